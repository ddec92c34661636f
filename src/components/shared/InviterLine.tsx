/**
 * Who sent an invite, the same way everywhere it is shown (`InvitePreview`'s byline and an
 * `InviteList` row): "Invited by Alice Liddell (@alice:localhost)", the display name on one
 * line and cut with "…" so the user ID always sits right beside it, and a warning when the
 * name could pass for someone else (the core's rule, `isInviterAmbiguous`).
 */
import "./InviterLine.css";
import type { ReactNode } from "react";
import { indexDisplayNames, isInviterAmbiguous, type DisplayNameIndex } from "../../core/displayNames";
import type { Inviter, RoomMember, RoomSummary } from "../../core/types";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon } from "../../i18n/english";
import { NetworkText } from "./NetworkText";

/** Props of {@link InviterLine}. */
export interface InviterLineProps {
  /** The invite summary (untrusted): its inviter, and the members it lists. */
  summary: RoomSummary;
  /** People the user already knows: an inviter using one of their names under another ID is flagged. */
  knownUsers?: readonly RoomMember[];
  /** The sentence that names the inviter, in the caller's words ("Invited by {name}"); `identity` is the name and user ID. */
  sentence(identity: ReactNode): ReactNode;
  /** What to say when the invite names no valid sender. */
  unknownSender: ReactNode;
  /** `regular` in the preview's header, `compact` in a list row (smaller text). */
  density: "regular" | "compact";
  /** ID of the element holding the sentence and the warning (a list row's description). */
  id?: string;
}

// The user's contacts, indexed once per array (the same array is passed to every row of a
// list), so that comparing each inviter with thousands of names costs a lookup per name.
const indexes = new WeakMap<readonly RoomMember[], DisplayNameIndex>();

function indexOf(knownUsers: readonly RoomMember[] | undefined): DisplayNameIndex | undefined {
  if (knownUsers === undefined) return undefined;
  let index = indexes.get(knownUsers);
  if (index === undefined) {
    index = indexDisplayNames(knownUsers);
    indexes.set(knownUsers, index);
  }
  return index;
}

/**
 * Whether the room's title is made of its members' names, the inviter's among them: the
 * title then shows a display name the inviter chose, which proves nothing about who they are.
 */
export function isInviterInTitle(summary: RoomSummary): boolean {
  const { inviter, name } = summary;
  if (!inviter?.displayName || name.kind !== "members") return false;
  return name.members.some((member) => member.userId === inviter.userId);
}

/**
 * Whether the title of a direct chat already shows the inviter's display name: the line
 * under it then gives the user ID alone, instead of the same name a second time.
 */
export function isInviterNamedByTitle(summary: RoomSummary): boolean {
  return summary.isDirect && isInviterInTitle(summary);
}

/** The sentence naming the inviter, and beneath it the lookalike warning when the name could belong to someone else. */
export function InviterLine({ summary, knownUsers, sentence, unknownSender, density, id }: InviterLineProps) {
  const i18n = useI18n(enCommon);
  const inviter = summary.inviter;
  const ambiguous = isInviterAmbiguous(summary, indexOf(knownUsers));
  const identity = inviter ? <InviterIdentity inviter={inviter} userIdOnly={isInviterNamedByTitle(summary)} /> : null;
  return (
    <div className="mmui-inviter-line" data-density={density} data-ambiguous={ambiguous ? "" : undefined} id={id}>
      <p className="mmui-inviter-line__sentence">{identity ? sentence(identity) : unknownSender}</p>
      {ambiguous ? (
        <p className="mmui-inviter-line__warning" data-mmui-warning="">
          {i18n.t("common.inviter_ambiguous")}
        </p>
      ) : null}
    </div>
  );
}

/** The inviter's display name (one line, cut with "…") and user ID, each isolated in `<bdi>`; the user ID alone when the title shows the name. */
function InviterIdentity({ inviter, userIdOnly }: { inviter: Inviter; userIdOnly: boolean }) {
  const i18n = useI18n(enCommon);
  const userId = <NetworkText className="mmui-inviter-line__user-id">{inviter.userId}</NetworkText>;
  if (userIdOnly || !inviter.displayName || inviter.displayName === inviter.userId) return <span className="mmui-inviter-line__identity">{userId}</span>;
  return (
    <span className="mmui-inviter-line__identity">
      {i18n.t("common.name_with_user_id", {
        name: <NetworkText className="mmui-inviter-line__name">{inviter.displayName}</NetworkText>,
        userId,
      })}
    </span>
  );
}

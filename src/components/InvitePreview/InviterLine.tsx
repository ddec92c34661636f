/**
 * Who sent the invite: "Invited by Alice Liddell (@alice:localhost)". The user ID is
 * always on screen beside the display name, because a display name proves nothing.
 */
import type { ReactNode } from "react";
import { disambiguateDisplayNames } from "../../core/displayNames";
import type { RoomMember, RoomSummary } from "../../core/types";
import { NetworkText } from "../shared/NetworkText";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enInvite } from "../../i18n/english";
import type { I18n } from "../../i18n/types";

/** Props of {@link InviterLine}. */
export interface InviterLineProps {
  /** The invite summary (untrusted). */
  summary: RoomSummary;
  /** People the user already knows; an inviter whose name matches one of them under another ID is flagged. */
  knownUsers?: readonly RoomMember[];
}

/** The inviter's display name and user ID as nodes, each isolated in `<bdi>`. */
export function formatInviterIdentity(inviter: NonNullable<RoomSummary["inviter"]>, i18n: I18n): ReactNode {
  const userId = <NetworkText className="mmui-invite-preview__user-id">{inviter.userId}</NetworkText>;
  if (!inviter.displayName || inviter.displayName === inviter.userId) {
    return <span className="mmui-invite-preview__inviter">{userId}</span>;
  }
  return (
    <span className="mmui-invite-preview__inviter">
      {i18n.t("common.name_with_user_id", {
        name: <NetworkText className="mmui-invite-preview__inviter-name">{inviter.displayName}</NetworkText>,
        userId,
      })}
    </span>
  );
}

/**
 * Whether the inviter's display name could pass for someone else: it looks like another
 * user ID, or a member of the room or a known user has the same name under another ID.
 */
export function isInviterAmbiguous(summary: RoomSummary, knownUsers: readonly RoomMember[] = []): boolean {
  const inviter = summary.inviter;
  if (!inviter?.displayName) return false;
  const others = summary.name.kind === "members" ? summary.name.members : [];
  const candidates = [inviter, ...others, ...knownUsers].filter(
    (member, index) => index === 0 || member.userId !== inviter.userId,
  );
  return disambiguateDisplayNames(candidates)[0]?.isAmbiguous === true;
}

/** "Invited by {name}", "{name} wants to chat with you" or the space wording, plus a warning when the name is ambiguous. */
export function InviterLine({ summary, knownUsers }: InviterLineProps) {
  const i18n = useI18n(enInvite, enCommon);
  const inviter = summary.inviter;
  if (!inviter) {
    return <p className="mmui-invite-preview__byline">{i18n.t("invite.inviter_unknown")}</p>;
  }
  const name = formatInviterIdentity(inviter, i18n);
  const key = summary.isSpace ? "invite.space_invited_by" : summary.isDirect ? "invite.dm_from" : "invite.invited_by";
  const ambiguous = isInviterAmbiguous(summary, knownUsers);
  return (
    <>
      <p className="mmui-invite-preview__byline">{i18n.t(key, { name })}</p>
      {summary.thirdPartyInvite ? (
        <p className="mmui-invite-preview__byline">
          {i18n.t("invite.third_party", { name: <NetworkText>{summary.thirdPartyInvite.displayName}</NetworkText> })}
        </p>
      ) : null}
      {ambiguous ? (
        <p className="mmui-invite-preview__warning" data-mmui-warning="">
          {i18n.t("invite.inviter_ambiguous")}
        </p>
      ) : null}
    </>
  );
}

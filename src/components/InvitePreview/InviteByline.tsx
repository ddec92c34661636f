/**
 * Who sent the invite, in the preview's header: "Invited by Alice Liddell (@alice:localhost)"
 * (the shared `InviterLine`, with its lookalike warning), and the address a third-party
 * invite was sent to. The user ID is always on screen beside the display name, because a
 * display name proves nothing.
 */
import type { RoomMember, RoomSummary } from "../../core/types";
import { useI18n } from "../../i18n/I18nProvider";
import { enInvite } from "../../i18n/english";
import { InviterLine } from "../shared/InviterLine";
import { NetworkText } from "../shared/NetworkText";

/** Props of {@link InviteByline}. */
export interface InviteBylineProps {
  /** The invite summary (untrusted). */
  summary: RoomSummary;
  /** People the user already knows; an inviter whose name looks like one of theirs under another ID is flagged. */
  knownUsers?: readonly RoomMember[];
  /** ID of the element holding who sent the invite and the lookalike warning: what the article and its buttons are described by. */
  id?: string;
}

/** "Invited by {name}", "{name} wants to chat with you" or the space wording, the warning when the name is ambiguous, and "Sent to {address}". */
export function InviteByline({ summary, knownUsers, id }: InviteBylineProps) {
  const i18n = useI18n(enInvite);
  const key = summary.isSpace ? "invite.space_invited_by" : summary.isDirect ? "invite.dm_from" : "invite.invited_by";
  return (
    <>
      <InviterLine
        summary={summary}
        knownUsers={knownUsers}
        id={id}
        density="regular"
        sentence={(name) => i18n.t(key, { name })}
        unknownSender={i18n.t("invite.inviter_unknown")}
      />
      {summary.thirdPartyInvite ? (
        <p className="mmui-invite-preview__byline">
          {i18n.t("invite.third_party", { name: <NetworkText>{summary.thirdPartyInvite.displayName}</NetworkText> })}
        </p>
      ) : null}
    </>
  );
}

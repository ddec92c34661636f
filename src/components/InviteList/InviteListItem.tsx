import type { ComponentPropsWithRef, ReactNode } from "react";
import type { InviteActionState } from "../../core/actions/inviteActionTypes";
import type { MembershipClient } from "../../core/client/types";
import type { MediaPolicy } from "../../core/mediaPolicy";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { RoomMember } from "../../core/types";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enInbox, enTriage } from "../../i18n/english";
import { formatRoomNameText } from "../../i18n/roomName";
import { RoomNameText } from "../RoomName/RoomNameText";
import type { I18n } from "../../i18n/types";
import { Badge } from "../shared/Badge";
import { Button } from "../shared/Button";
import { InviterLine } from "../shared/InviterLine";
import { RoomAvatar, UserAvatar } from "../Avatar/Avatar";

/** Avatar size of a compact row, in CSS pixels. */
const AVATAR_SIZE = 36;

/** Props of {@link InviteListItem}. */
export interface InviteListItemProps extends Omit<ComponentPropsWithRef<"div">, "children"> {
  /** The invite (or knock) to show. */
  entry: InviteEntry;
  /** Loads the avatar thumbnail; without it only initials show. */
  client?: Pick<MembershipClient, "fetchThumbnail">;
  /**
   * The user's media policy for this row: avatars are fetched only when it allows them;
   * without it, initials only and nothing is fetched.
   */
  mediaPolicy?: MediaPolicy;
  /** The row's accept/decline state: the same invite-actions state `InvitePreview` shows. */
  state?: InviteActionState;
  /** Whether the buttons are in the tab order (only the focused row's are, in a roving-focus list). */
  tabbable?: boolean;
  /** ID for the room name element (buttons and the row point at it). */
  nameId?: string;
  /** ID for the "Invited by …" line and its lookalike warning (the row's description). */
  descriptionId?: string;
  /**
   * People the user already knows: an inviter whose display name looks like one of theirs
   * under another user ID is flagged, as `InvitePreview` flags it. Pass the same array to
   * every row (it is indexed once per array).
   */
  knownUsers?: readonly RoomMember[];
  /**
   * The inviter shares no room with the user (the inbox's group of strangers): Accept is a
   * secondary button, no louder than Decline, so a wave of spam invites is not one click away.
   */
  fromStranger?: boolean;
  /**
   * A running "Decline all" will decline this invite: the row says so ("Waiting to be
   * declined") in place of Accept and Decline.
   */
  queued?: boolean;
  /** Accept pressed (not offered for knocks). */
  onAccept?(entry: InviteEntry): void;
  /** Decline pressed (not offered for knocks). */
  onDecline?(entry: InviteEntry): void;
  /** Open pressed: the host shows the full preview. */
  onOpen?(entry: InviteEntry): void;
  /** "Ignore" pressed (a quiet button, for invites with a known sender): block and clear the inviter. */
  onBlock?(entry: InviteEntry): void;
}

/**
 * One compact inbox row: avatar, room name, who sent it (name beside user ID, with the same
 * lookalike warning as `InvitePreview`), badges, and Accept / Decline / Open. All network text is plain text in `<bdi>`. `data-state`
 * is the row's action state (`idle`, `accepting`, `declining`, `accepted`, `declined`, `error`).
 */
export function InviteListItem({
  entry,
  client,
  mediaPolicy,
  state,
  tabbable = true,
  nameId,
  descriptionId,
  knownUsers,
  fromStranger = false,
  queued = false,
  onAccept,
  onDecline,
  onOpen,
  onBlock,
  className,
  ...rest
}: InviteListItemProps) {
  const i18n = useI18n(enInbox, enTriage);
  const { summary } = entry;
  const status = state?.status ?? "idle";
  const busy = status === "accepting" || status === "declining";
  const tabIndex = tabbable ? undefined : -1;
  const isInvite = entry.kind === "invite";
  return (
    <div
      {...rest}
      className={className ? `mmui-invite-list-item ${className}` : "mmui-invite-list-item"}
      data-state={status}
      data-kind={entry.kind}
      data-queued={queued || undefined}
    >
      {summary.isDirect && summary.inviter && !summary.avatarUrl ? (
        <UserAvatar
          client={client}
          userId={summary.inviter.userId}
          name={summary.inviter.displayName ?? summary.inviter.userId}
          avatarUrl={summary.inviter.avatarUrl}
          mediaPolicy={mediaPolicy}
          size={AVATAR_SIZE}
        />
      ) : (
        <RoomAvatar
          client={client}
          roomId={entry.roomId}
          name={formatRoomNameText(summary.name, i18n)}
          avatarUrl={summary.avatarUrl}
          mediaPolicy={mediaPolicy}
          size={AVATAR_SIZE}
        />
      )}
      <div className="mmui-invite-list-item__body">
        {/* The badges sit beside the name, so every row has the same height. */}
        <span className="mmui-invite-list-item__title">
          <span className="mmui-invite-list-item__name" id={nameId}>
            <RoomNameText name={summary.name} />
          </span>
          <Badges entry={entry} i18n={i18n} />
        </span>
        {isInvite ? (
          <InviterLine
            id={descriptionId}
            summary={summary}
            knownUsers={knownUsers}
            density="compact"
            sentence={(name) => i18n.t(senderKey(summary), { name })}
            unknownSender={i18n.t("inbox.item.inviter_unknown")}
          />
        ) : (
          <span className="mmui-invite-list-item__from" id={descriptionId}>
            {i18n.t("inbox.item.knock_pending")}
          </span>
        )}
        {state?.status === "error" ? (
          <span className="mmui-invite-list-item__error">{getErrorMessage(i18n, state.error.code, { retryAfterMs: state.error.retryAfterMs })}</span>
        ) : null}
      </div>
      <div className="mmui-invite-list-item__actions">
        {queued ? <span className="mmui-invite-list-item__queued">{i18n.t("inbox.item.queued")}</span> : null}
        {isInvite && onAccept && !queued ? (
          <Button
            size="small"
            variant={fromStranger ? "secondary" : "primary"}
            isPending={status === "accepting"}
            tabIndex={tabIndex}
            aria-describedby={nameId}
            onClick={() => {
              if (!busy) onAccept(entry);
            }}
          >
            {i18n.t("inbox.item.accept")}
          </Button>
        ) : null}
        {isInvite && onDecline && !queued ? (
          <Button
            size="small"
            isPending={status === "declining"}
            tabIndex={tabIndex}
            aria-describedby={nameId}
            onClick={() => {
              if (!busy) onDecline(entry);
            }}
          >
            {i18n.t("inbox.item.decline")}
          </Button>
        ) : null}
        {onOpen ? (
          <Button size="small" variant="ghost" tabIndex={tabIndex} aria-describedby={nameId} onClick={() => onOpen(entry)}>
            {i18n.t("inbox.item.open")}
          </Button>
        ) : null}
        {isInvite && onBlock && summary.inviter ? (
          <Button
            size="small"
            variant="ghost"
            tabIndex={tabIndex}
            data-block={summary.inviter.userId}
            aria-label={i18n.t("inbox.block.action", { name: senderLabel(summary.inviter) })}
            onClick={() => onBlock(entry)}
          >
            {i18n.t("triage.ignore")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/** How a sender is named in "Ignore {name}": the display name beside the user ID, or the user ID alone. */
export function senderLabel(inviter: { userId: string; displayName?: string }): string {
  return inviter.displayName && inviter.displayName !== inviter.userId ? `${inviter.displayName} (${inviter.userId})` : inviter.userId;
}

/** The wording of "Invited by {name}" for a room, a direct chat or a space. */
function senderKey(summary: InviteEntry["summary"]) {
  return summary.isSpace ? "inbox.item.space_invited_by" : summary.isDirect ? "inbox.item.dm_from" : "inbox.item.invited_by";
}

function Badges({ entry, i18n }: { entry: InviteEntry; i18n: I18n }) {
  const { summary } = entry;
  const badges: ReactNode[] = [];
  if (summary.isSpace) badges.push(<Badge key="space" variant="info">{i18n.t("inbox.item.badge.space")}</Badge>);
  if (summary.isDirect) badges.push(<Badge key="direct">{i18n.t("inbox.item.badge.direct")}</Badge>);
  if (summary.isEncrypted) badges.push(<Badge key="encrypted" variant="success">{i18n.t("inbox.item.badge.encrypted")}</Badge>);
  if (summary.joinRule === "public") badges.push(<Badge key="public" variant="warning">{i18n.t("inbox.item.badge.public")}</Badge>);
  if (badges.length === 0) return null;
  return <span className="mmui-invite-list-item__badges">{badges}</span>;
}

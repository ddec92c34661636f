import { createElement, useId } from "react";
import type { ComponentPropsWithRef, ReactNode } from "react";
import type { MembershipClient } from "../../core/client/types";
import { readLeaveEntry } from "../../core/leaveEntry";
import type { LeaveNotice } from "../../core/leaveEntry";
import type { RoomName } from "../../core/types";
import { useLeftRoomActions } from "../../hooks/useLeftRoomActions";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enMembership } from "../../i18n/english";
import { getErrorMessage } from "../../i18n/errors";
import { formatName, lookUpName, resolveNames } from "../MembershipEventText/memberNames";
import type { GetMemberName } from "../MembershipEventText/memberNames";
import { formatRoomName } from "../RoomName/RoomNameText";
import { Button } from "../shared/Button";
import { NetworkText } from "../shared/NetworkText";
import { useMergedRef } from "../shared/useMergedRef";
import { RoomAvatar } from "../Avatar/Avatar";
import { CARD_AVATAR_SIZE, CardHeader } from "../shared/Card";
import { formatRoomNameText } from "../../i18n/roomName";
import "./MembershipNotice.css";

/** Props of {@link MembershipNotice}. */
export interface MembershipNoticeProps extends Omit<ComponentPropsWithRef<"article">, "children"> {
  /** The homeserver client (rejoin and forget). */
  client: MembershipClient;
  /** The room left. */
  roomId: string;
  /** The signed-in user. */
  userId: string;
  /** The room's `/sync` entry under `rooms.leave` (untrusted). */
  leaveEntry: unknown;
  /** The room's name when you know better than the entry (e.g. from the invite). */
  roomName?: RoomName;
  /** Looks up the display name of whoever removed the user. */
  getMemberName?: GetMemberName;
  /** Heading level (default 2). */
  headingLevel?: 2 | 3 | 4;
  /** The user joined the room again. */
  onRejoined?(roomId: string): void;
  /** The room was forgotten. */
  onForgotten?(roomId: string): void;
}

/**
 * How a notice offers to join again, from the join rule in the entry's state:
 * - `public`: "Rejoin" (the rules let anyone not banned join);
 * - `restricted`, `knock_restricted`: "Try to rejoin", since only the server knows whether
 *   the user is in one of the rooms the `allow` list names; a refusal says so;
 * - `knock`, `invite`, `private`, unknown or absent: nothing (after leaving, a `knock`
 *   room needs a new request to join: a host shows `KnockPreview` for that).
 * Only after leaving, being removed or unbanned; never after a ban, an invitation declined
 * or withdrawn, or a request to join withdrawn or declined.
 */
function rejoinOffer(notice: LeaveNotice): "rejoin" | "try" | undefined {
  if (notice.kind !== "left" && notice.kind !== "kicked" && notice.kind !== "unbanned") return undefined;
  switch (notice.joinRule) {
    case "public":
      return "rejoin";
    case "restricted":
    case "knock_restricted":
      return "try";
    default:
      return undefined;
  }
}

/**
 * Why the user is no longer in a room, from the `/sync` `rooms.leave` entry: "You were
 * removed from {room} by {user}: {reason}" with Rejoin (when the join rule allows, see
 * `rejoinOffer`) and Forget; "You were banned from {room} by {user}" with Forget; "You left {room}" with
 * Rejoin / Forget; a lifted ban with Rejoin / Forget; an invitation declined or withdrawn,
 * or a request to join withdrawn or declined, with Forget. Names
 * and reasons are plain text in `<bdi>`. `data-kind` says why; `data-state` the action's status.
 * A new `roomId` starts afresh: the previous room's action is neither shown nor reported.
 */
export function MembershipNotice({
  client,
  roomId,
  userId,
  leaveEntry,
  roomName,
  getMemberName,
  headingLevel = 2,
  onRejoined,
  onForgotten,
  className,
  ref,
  ...rest
}: MembershipNoticeProps) {
  const i18n = useI18n(enMembership, enCommon);
  const headingId = useId();
  const [articleRef, setArticle] = useMergedRef<HTMLElement>(ref);
  // One state per room: another room in the same place starts afresh, and the previous
  // room's late answer is dropped.
  const { state, rejoin, forget } = useLeftRoomActions(client, roomId, {
    onRejoined,
    onForgotten(forgotten) {
      // Forgetting removes the buttons: keep focus on the notice rather than losing it.
      articleRef.current?.focus();
      onForgotten?.(forgotten);
    },
  });

  const notice = readLeaveEntry(leaveEntry, userId, roomId);
  const name = roomName ?? notice.roomName;
  const room = name.kind === "empty" ? <NetworkText>{roomId}</NetworkText> : formatRoomName(name, i18n);
  const roomText = name.kind === "empty" ? roomId : formatRoomNameText(name, i18n);
  const sources = { getMemberName, members: notice.members };
  const actorId = notice.actor ?? userId;
  const [actorName] = resolveNames([{ userId: actorId, displayName: lookUpName(actorId, sources) }], notice.members);
  const actor = actorName ? formatName(actorName, i18n) : <NetworkText>{actorId}</NetworkText>;
  const offer = rejoinOffer(notice);
  // A declined direct chat is named after who sent it, not after a room that has no name.
  const declinedChatFrom = notice.kind === "invite_rejected" && notice.isDirect === true ? notice.inviter : undefined;
  let title: ReactNode = i18n.t(`membership.notice.${notice.kind}`, { room, actor });
  if (declinedChatFrom !== undefined) {
    const [inviterName] = resolveNames([{ userId: declinedChatFrom, displayName: lookUpName(declinedChatFrom, sources) }], notice.members);
    const inviter = inviterName ? formatName(inviterName, i18n) : <NetworkText>{declinedChatFrom}</NetworkText>;
    title = i18n.t("membership.notice.dm_invite_rejected", { inviter });
  }

  const pendingAction = state.status === "pending" ? state.action : undefined;
  const forgotten = state.status === "done" && state.action === "forget";
  return (
    <article
      {...rest}
      ref={setArticle}
      tabIndex={-1}
      aria-labelledby={headingId}
      className={className ? `mmui-card mmui-membership-notice ${className}` : "mmui-card mmui-membership-notice"}
      data-kind={notice.kind}
      data-state={state.status}
    >
      <CardHeader avatar={<RoomAvatar roomId={roomId} name={roomText} size={CARD_AVATAR_SIZE} />}>
        {createElement(
          `h${headingLevel}`,
          { id: headingId, className: "mmui-card__title mmui-membership-notice__title" },
          title,
        )}
      </CardHeader>
      {notice.reason !== undefined ? (
        <p className="mmui-membership-notice__reason">
          {i18n.t("membership.notice.reason", { reason: <NetworkText>{notice.reason}</NetworkText> })}
        </p>
      ) : null}
      {forgotten ? null : (
        <div className="mmui-membership-notice__actions">
          {offer === undefined ? null : (
            <Button variant="primary" isPending={pendingAction === "rejoin"} onClick={() => rejoin(notice.via)}>
              {i18n.t(offer === "try" ? "membership.notice.try_rejoin" : "membership.notice.rejoin")}
            </Button>
          )}
          <Button isPending={pendingAction === "forget"} onClick={forget}>
            {i18n.t("membership.notice.forget")}
          </Button>
        </div>
      )}
      <p role="status" className="mmui-membership-notice__status">
        {pendingAction === "rejoin" ? i18n.t("membership.notice.rejoining") : null}
        {pendingAction === "forget" ? i18n.t("membership.notice.forgetting") : null}
        {forgotten ? i18n.t("membership.notice.forgotten") : null}
      </p>
      {state.status === "error" ? (
        <p role="alert" className="mmui-membership-notice__error">
          {offer === "try" && state.action === "rejoin" && state.code === "forbidden"
            ? i18n.t("membership.notice.rejoin_restricted_refused")
            : getErrorMessage(i18n, state.code, { retryAfterMs: state.retryAfterMs })}
        </p>
      ) : null}
    </article>
  );
}

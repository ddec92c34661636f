/**
 * Accept and Decline on the inbox's compact rows: the actions (`useInviteListActions`), their
 * announcements, hiding the invite once it is settled, and stable handlers that call the
 * latest ones, so memoized rows keep their props while the list renders again.
 */
import { useCallback, useEffect, useRef } from "react";
import type { MembershipClient } from "../../core/client/types";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { RoomSummary } from "../../core/types";
import { useInviteListActions } from "../../hooks/useInviteListActions";
import { formatRoomNameText } from "../../i18n/roomName";
import type { I18n } from "../../i18n/types";

/** Options of {@link useInboxRowActions}. */
export interface InboxRowActionsOptions {
  /** Sends the joins and leaves. */
  client: MembershipClient;
  /** The signed-in user (the invitee). */
  userId: string;
  /** The pending invites and knocks. */
  invites: readonly InviteEntry[];
  /** The translator, for announcements. */
  i18n: I18n;
  /** Queues a live-region announcement. */
  announce(text: string): void;
  /** Hides an invite at once (it was accepted or declined). */
  hideEntry(entry: InviteEntry): void;
  /** The host's callback: the user joined from a row (`summary`: live state, when it could be read). */
  onAccepted?(entry: InviteEntry, summary: RoomSummary | undefined): void;
  /** The host's callback: an invite was declined from a row. */
  onDeclined?(entry: InviteEntry): void;
}

/** What {@link useInboxRowActions} returns. */
export interface InboxRowActions {
  /** Whether a room is busy with its own accept or decline. */
  isBusy(roomId: string): boolean;
  /** A row's action state. */
  stateOf: ReturnType<typeof useInviteListActions>["stateOf"];
  /** A row's Accept (stable). */
  onAcceptRow(entry: InviteEntry): void;
  /** A row's Decline (stable). */
  onDeclineRow(entry: InviteEntry): void;
}

/** Accept and Decline on the inbox's rows; see the module documentation. */
export function useInboxRowActions({ client, userId, invites, i18n, announce, hideEntry, onAccepted, onDeclined }: InboxRowActionsOptions): InboxRowActions {
  function accepted(entry: InviteEntry, summary: RoomSummary | undefined) {
    hideEntry(entry);
    announce(i18n.t("inbox.item.accepted", { room: formatRoomNameText(entry.summary.name, i18n) }));
    onAccepted?.(entry, summary);
  }
  const rowActions = useInviteListActions(client, userId, invites, {
    onAccepted: accepted,
    onDeclined(entry) {
      hideEntry(entry);
      announce(i18n.t("inbox.item.declined", { room: formatRoomNameText(entry.summary.name, i18n) }));
      onDeclined?.(entry);
    },
    onError(entry, error) {
      // The join went through; only the live state is missing: the invite is gone from the inbox.
      if (error.joined === true) accepted(entry, undefined);
    },
  });

  function acceptRow(entry: InviteEntry) {
    if (rowActions.isBusy(entry.roomId)) return;
    announce(i18n.t("inbox.item.accepting", { room: formatRoomNameText(entry.summary.name, i18n) }));
    rowActions.accept(entry);
  }

  function declineRow(entry: InviteEntry) {
    if (rowActions.isBusy(entry.roomId)) return;
    announce(i18n.t("inbox.item.declining", { room: formatRoomNameText(entry.summary.name, i18n) }));
    rowActions.decline(entry);
  }

  // Stable row handlers that call the latest acceptRow/declineRow.
  const rowHandlers = useRef({ acceptRow, declineRow });
  useEffect(() => {
    rowHandlers.current = { acceptRow, declineRow };
  });
  const onAcceptRow = useCallback((entry: InviteEntry) => rowHandlers.current.acceptRow(entry), []);
  const onDeclineRow = useCallback((entry: InviteEntry) => rowHandlers.current.declineRow(entry), []);
  return { isBusy: rowActions.isBusy, stateOf: rowActions.stateOf, onAcceptRow, onDeclineRow };
}

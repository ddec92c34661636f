/**
 * Accept and decline for the compact rows of the inbox. The state lives in the list, not in
 * the rows: a virtualized row unmounts as soon as it scrolls out of view, and an accept in
 * flight must not be forgotten (or aborted) because of that.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { MembershipClient, MembershipErrorCode } from "../../core/client/types";
import { isAbortError, MembershipActionError, toMembershipError } from "../../core/client/errors";
import { acceptInvite } from "../../core/flows/acceptInvite";
import { declineInvite } from "../../core/flows/declineInvite";
import { viaServersFromSummary } from "../../core/flows/via";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { RoomSummary } from "../../core/types";
import { inviteKey } from "./groupInvites";

/** Where a row's own action stands (rows without an entry are idle). */
export type InviteRowState =
  | { status: "accepting" }
  | { status: "declining" }
  | { status: "accepted" }
  | { status: "declined" }
  | { status: "error"; action: "accept" | "decline"; code: MembershipErrorCode; retryAfterMs?: number };

/** Callbacks the host passes through the list. */
export interface InviteRowCallbacks {
  /** The user joined the room (`summary` is the live state; `undefined` when it could not be read). */
  onAccepted?(entry: InviteEntry, summary: RoomSummary | undefined): void;
  /** The invite was declined. */
  onDeclined?(entry: InviteEntry): void;
}

/** What {@link useInviteRowActions} returns. */
export interface InviteRowActions {
  /** The row's state: pending for its room, or the outcome for this very invite; `undefined` when idle. */
  stateOf(entry: InviteEntry): InviteRowState | undefined;
  /** Whether an accept or decline is in flight for the room. */
  isBusy(roomId: string): boolean;
  /** Accepts the invite (ignored while that row is busy or done). */
  accept(entry: InviteEntry): void;
  /** Declines the invite without extras (ignored while that row is busy or done). */
  decline(entry: InviteEntry): void;
}

type Client = Pick<MembershipClient, "joinRoom" | "getRoomState" | "leaveRoom" | "forgetRoom" | "reportRoom" | "getAccountData" | "setAccountData">;

/**
 * Per-row accept and decline through the core flows. Writes are never aborted (a join
 * cut mid-flight may still happen on the server); after unmount the answers are dropped
 * and no callback runs.
 */
export function useInviteRowActions(client: Client, userId: string, callbacks: InviteRowCallbacks): InviteRowActions {
  const [states, setStates] = useState<ReadonlyMap<string, { key: string; state: InviteRowState }>>(() => new Map());
  const busy = useRef(new Set<string>());
  const mounted = useRef(true);
  const latest = useRef({ client, userId, callbacks });
  useEffect(() => {
    latest.current = { client, userId, callbacks };
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const set = useCallback((entry: InviteEntry, state: InviteRowState) => {
    if (state.status !== "accepting" && state.status !== "declining") busy.current.delete(entry.roomId);
    if (!mounted.current) return;
    setStates((previous) => new Map(previous).set(entry.roomId, { key: inviteKey(entry), state }));
  }, []);

  const accept = useCallback(
    (entry: InviteEntry) => {
      if (busy.current.has(entry.roomId)) return;
      busy.current.add(entry.roomId);
      set(entry, { status: "accepting" });
      const { client: current, userId: self } = latest.current;
      acceptInvite(current, { roomId: entry.roomId, userId: self, via: viaServersFromSummary(entry.summary, [], entry.roomId) }).then(
        (summary) => {
          set(entry, { status: "accepted" });
          if (mounted.current) latest.current.callbacks.onAccepted?.(entry, summary);
        },
        (error: unknown) => {
          if (error instanceof MembershipActionError && error.action === "state") {
            // The join went through; only the live state is missing.
            set(entry, { status: "accepted" });
            if (mounted.current) latest.current.callbacks.onAccepted?.(entry, undefined);
            return;
          }
          if (isAbortError(error)) {
            busy.current.delete(entry.roomId);
            return;
          }
          const info = toMembershipError(error, "join") ?? { code: "unknown" as const };
          set(entry, { status: "error", action: "accept", code: info.code, retryAfterMs: info.retryAfterMs });
        },
      );
    },
    [set],
  );

  const decline = useCallback(
    (entry: InviteEntry) => {
      if (busy.current.has(entry.roomId)) return;
      busy.current.add(entry.roomId);
      set(entry, { status: "declining" });
      declineInvite(latest.current.client, { roomId: entry.roomId }).then(
        () => {
          set(entry, { status: "declined" });
          if (mounted.current) latest.current.callbacks.onDeclined?.(entry);
        },
        (error: unknown) => {
          const info = toMembershipError(error, "decline");
          if (info?.code === "invite_revoked") {
            // Already withdrawn: the invite is gone, which is what the user wanted.
            set(entry, { status: "declined" });
            if (mounted.current) latest.current.callbacks.onDeclined?.(entry);
            return;
          }
          if (!info) {
            busy.current.delete(entry.roomId);
            return;
          }
          set(entry, { status: "error", action: "decline", code: info.code, retryAfterMs: info.retryAfterMs });
        },
      );
    },
    [set],
  );

  const stateOf = useCallback(
    (entry: InviteEntry) => {
      const record = states.get(entry.roomId);
      if (!record) return undefined;
      const pending = record.state.status === "accepting" || record.state.status === "declining";
      return pending || record.key === inviteKey(entry) ? record.state : undefined;
    },
    [states],
  );
  const isBusy = useCallback((roomId: string) => {
    const status = states.get(roomId)?.state.status;
    return status === "accepting" || status === "declining";
  }, [states]);

  return { stateOf, isBusy, accept, decline };
}


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
import { serverNameOf } from "../../core/identifiers";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { RoomSummary } from "../../core/types";

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
  /** Per-room state; absent rooms are idle. */
  states: ReadonlyMap<string, InviteRowState>;
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
  const [states, setStates] = useState<ReadonlyMap<string, InviteRowState>>(() => new Map());
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

  const set = useCallback((roomId: string, state: InviteRowState) => {
    if (!mounted.current) return;
    setStates((previous) => new Map(previous).set(roomId, state));
  }, []);

  const accept = useCallback(
    (entry: InviteEntry) => {
      if (busy.current.has(entry.roomId)) return;
      busy.current.add(entry.roomId);
      set(entry.roomId, { status: "accepting" });
      const { client: current, userId: self } = latest.current;
      acceptInvite(current, { roomId: entry.roomId, userId: self, via: viaServers(entry) }).then(
        (summary) => {
          set(entry.roomId, { status: "accepted" });
          if (mounted.current) latest.current.callbacks.onAccepted?.(entry, summary);
        },
        (error: unknown) => {
          if (error instanceof MembershipActionError && error.action === "state") {
            // The join went through; only the live state is missing.
            set(entry.roomId, { status: "accepted" });
            if (mounted.current) latest.current.callbacks.onAccepted?.(entry, undefined);
            return;
          }
          busy.current.delete(entry.roomId);
          if (isAbortError(error)) return;
          const info = toMembershipError(error, "join") ?? { code: "unknown" as const };
          set(entry.roomId, { status: "error", action: "accept", code: info.code, retryAfterMs: info.retryAfterMs });
        },
      );
    },
    [set],
  );

  const decline = useCallback(
    (entry: InviteEntry) => {
      if (busy.current.has(entry.roomId)) return;
      busy.current.add(entry.roomId);
      set(entry.roomId, { status: "declining" });
      declineInvite(latest.current.client, { roomId: entry.roomId }).then(
        () => {
          set(entry.roomId, { status: "declined" });
          if (mounted.current) latest.current.callbacks.onDeclined?.(entry);
        },
        (error: unknown) => {
          const info = toMembershipError(error, "decline");
          if (info?.code === "invite_revoked") {
            // Already withdrawn: the invite is gone, which is what the user wanted.
            set(entry.roomId, { status: "declined" });
            if (mounted.current) latest.current.callbacks.onDeclined?.(entry);
            return;
          }
          busy.current.delete(entry.roomId);
          if (!info) return;
          set(entry.roomId, { status: "error", action: "decline", code: info.code, retryAfterMs: info.retryAfterMs });
        },
      );
    },
    [set],
  );

  return { states, accept, decline };
}

/** Servers to join through: the inviter's, then the creators' (room version 12 IDs have no server part). */
function viaServers(entry: InviteEntry): string[] {
  const servers = [entry.summary.inviter?.userId, ...entry.summary.creators]
    .map((id) => (id === undefined ? undefined : serverNameOf(id)))
    .filter((server): server is string => server !== undefined);
  return [...new Set(servers)];
}

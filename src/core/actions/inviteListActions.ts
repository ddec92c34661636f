/**
 * Accept and decline for the rows of an invite list: one invite-actions observer per room
 * acted on, the same one `InvitePreview` uses, kept by the list rather than by the rows. A
 * virtualized row unmounts as soon as it scrolls out of view; its accept in flight must
 * neither be forgotten nor aborted because of that.
 */
import type { MembershipClient } from "../client/types";
import type { InviteEntry } from "../store/inviteStore";
import type { RoomSummary } from "../types";
import type { DeclineOutcome, DeclineRequest, InviteActionError, InviteActionsSnapshot } from "./inviteActionTypes";
import { createInviteActions, type InviteActionsObserver } from "./inviteActions";
import { getActionRunner } from "./runner";

/** Called for the list's own calls, with the entry acted on; never once the list was left or disposed. */
export interface InviteListActionCallbacks {
  /** The invite was accepted; `summary` is built from the live state. */
  onAccepted?(entry: InviteEntry, summary: RoomSummary): void;
  /** The invite was declined. */
  onDeclined?(entry: InviteEntry, outcome: DeclineOutcome): void;
  /** The accept or decline failed (`error.joined`: the join worked, only the live state is missing). */
  onError?(entry: InviteEntry, error: InviteActionError): void;
}

/** The rows' actions; see {@link createInviteListActions}. */
export interface InviteListActionsObserver {
  /** Calls `listener` when any row's state changes; the observers are live while subscribed. */
  subscribe(listener: () => void): () => void;
  /** A number that changes whenever any row's state does (for `useSyncExternalStore`). */
  getSnapshot(): number;
  /** The row's state: its room's pending action, or the outcome for this very invite; idle otherwise. */
  stateOf(entry: InviteEntry): InviteActionsSnapshot;
  /** Whether any action holds the room (this list's, or another component's through the same client). */
  isBusy(roomId: string): boolean;
  /** Accepts the invite (refused while its room is busy or once done). */
  accept(entry: InviteEntry): void;
  /** Declines the invite (refused while its room is busy or once done). */
  decline(entry: InviteEntry, request?: DeclineRequest): void;
  /** Drops the observers of invites no longer listed (or replaced by a new invite), unless busy. */
  retain(entries: readonly InviteEntry[]): void;
  /**
   * Sends the next requests through `client` (a host that makes a new client object on every
   * render keeps its state). The runner stays the one of the client the observer was made with.
   */
  setClient(client: MembershipClient): void;
  /** Replaces the callbacks (the latest ones are called). */
  setCallbacks(callbacks: InviteListActionCallbacks): void;
  /** Ends every observer: reads aborted, no callback. */
  dispose(): void;
}

interface RowRecord {
  entry: InviteEntry;
  actions: InviteActionsObserver;
  unsubscribe: (() => void) | undefined;
}

const IDLE: InviteActionsSnapshot = /* @__PURE__ */ Object.freeze({ state: Object.freeze({ status: "idle" }), isPending: false });

/** Creates the row actions of a list acting as `userId` through `client`. */
export function createInviteListActions(initialClient: MembershipClient, userId: string, callbacks: InviteListActionCallbacks = {}): InviteListActionsObserver {
  const runner = getActionRunner(initialClient);
  let client = initialClient;
  const records = new Map<string, RowRecord>();
  const listeners = new Set<() => void>();
  let latestCallbacks = callbacks;
  let version = 0;
  let disposed = false;

  const emit = (): void => {
    version++;
    for (const listener of [...listeners]) listener();
  };

  function drop(roomId: string, record: RowRecord): void {
    record.unsubscribe?.();
    record.actions.dispose();
    records.delete(roomId);
  }

  function recordFor(entry: InviteEntry): RowRecord | undefined {
    if (disposed) return undefined;
    const existing = records.get(entry.roomId);
    if (existing !== undefined && existing.entry.summary.invitedAt === entry.summary.invitedAt) {
      existing.entry = entry;
      return existing;
    }
    if (existing !== undefined) {
      if (existing.actions.getSnapshot().isPending) return existing;
      drop(entry.roomId, existing);
    }
    const record: RowRecord = { entry, actions: undefined as unknown as InviteActionsObserver, unsubscribe: undefined };
    // Made with the list's first client, so every row shares the list's runner; requests go through the latest one.
    record.actions = createInviteActions(initialClient, { roomId: entry.roomId, userId, summary: entry.summary }, {
      onAccepted: (summary) => latestCallbacks.onAccepted?.(record.entry, summary),
      onDeclined: (outcome) => latestCallbacks.onDeclined?.(record.entry, outcome),
      onError: (error) => latestCallbacks.onError?.(record.entry, error),
    });
    record.actions.setClient(client);
    if (listeners.size > 0) record.unsubscribe = record.actions.subscribe(emit);
    records.set(entry.roomId, record);
    return record;
  }

  return {
    subscribe(listener) {
      if (disposed) return () => undefined;
      listeners.add(listener);
      if (listeners.size === 1) for (const record of records.values()) record.unsubscribe ??= record.actions.subscribe(emit);
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        for (const record of records.values()) {
          record.unsubscribe?.();
          record.unsubscribe = undefined;
        }
      };
    },
    getSnapshot: () => version,
    stateOf(entry) {
      const record = records.get(entry.roomId);
      if (record === undefined) return IDLE;
      const snapshot = record.actions.getSnapshot();
      return snapshot.isPending || record.entry.summary.invitedAt === entry.summary.invitedAt ? snapshot : IDLE;
    },
    isBusy: (roomId) => runner.isBusy(roomId),
    accept(entry) {
      recordFor(entry)?.actions.accept();
    },
    decline(entry, request) {
      recordFor(entry)?.actions.decline(request);
    },
    retain(entries) {
      const listed = new Map(entries.map((entry) => [entry.roomId, entry]));
      for (const [roomId, record] of [...records]) {
        const entry = listed.get(roomId);
        const current = entry !== undefined && entry.summary.invitedAt === record.entry.summary.invitedAt;
        if (!current && !record.actions.getSnapshot().isPending) drop(roomId, record);
      }
    },
    setClient(next) {
      client = next;
      for (const record of records.values()) record.actions.setClient(next);
    },
    setCallbacks(next) {
      latestCallbacks = next;
    },
    dispose() {
      disposed = true;
      for (const [roomId, record] of [...records]) drop(roomId, record);
      listeners.clear();
    },
  };
}

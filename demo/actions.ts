/**
 * What the demo does when the user presses Accept or Decline, kept outside React so an
 * action survives its card being unmounted (a `/sync` that sees the join removes the invite
 * from the list while the join is still settling). Views read it with `useSyncExternalStore`.
 */
import {
  MatrixNetworkError,
  addIgnoredUser,
  serverNameOf,
  summarizeRoomState,
  toMembershipError,
  type InviteEntry,
  type InviteStore,
  type MatrixHttpClient,
  type MembershipErrorCode,
  type RoomSummary,
} from "../src/index";

/** A failure the view turns into words. */
export interface ActionFailure {
  /** The library's error code. */
  code: MembershipErrorCode;
  /** For `rate_limited`: the server's wait. */
  retryAfterMs?: number;
  /** The request may have reached the server (dropped connection on a POST). */
  uncertain?: boolean;
}

/** Where one room's action stands. */
export type RoomAction =
  | { status: "accepting"; entry: InviteEntry }
  | { status: "accept_failed"; entry: InviteEntry; failure: ActionFailure }
  | { status: "loading_state"; entry: InviteEntry }
  | { status: "joined"; entry: InviteEntry; summary: RoomSummary }
  | { status: "state_failed"; entry: InviteEntry; failure: ActionFailure }
  | { status: "declining"; entry: InviteEntry }
  | { status: "decline_failed"; entry: InviteEntry; failure: ActionFailure }
  | { status: "declined"; entry: InviteEntry; blocked: boolean };

/** Options of a decline. */
export interface DeclineChoice {
  /** Reason shown to the room. */
  reason?: string;
  /** Also put the inviter on the ignored-user list. */
  block?: boolean;
}

/** The action store: one state per room ID. */
export interface RoomActions {
  subscribe(listener: () => void): () => void;
  get(roomId: string): RoomAction | undefined;
  /** Rooms joined (or joined without their state yet), oldest first. */
  getJoined(): readonly RoomAction[];
  accept(entry: InviteEntry): void;
  /** Fetches the live state again after a join whose state request failed. */
  retryState(roomId: string): void;
  decline(entry: InviteEntry, choice?: DeclineChoice): Promise<boolean>;
  /** Announcements for the live region (last one wins). */
  getAnnouncement(): string;
}

const EMPTY: readonly RoomAction[] = Object.freeze([]);

function toFailure(error: unknown, action: "join" | "state" | "decline"): ActionFailure {
  const info = toMembershipError(error, action);
  const failure: ActionFailure = { code: info?.code ?? "unknown" };
  if (info?.retryAfterMs !== undefined) failure.retryAfterMs = info.retryAfterMs;
  if (error instanceof MatrixNetworkError && error.requestMayHaveReachedServer) failure.uncertain = true;
  return failure;
}

/** Servers to join through: the inviter's, then the room ID's (v12 room IDs have none). */
export function viaServers(entry: InviteEntry): string[] {
  const servers = [entry.summary.inviter?.userId, entry.roomId, ...entry.summary.creators]
    .map((id) => (id === undefined ? undefined : serverNameOf(id)))
    .filter((server): server is string => server !== undefined);
  return [...new Set(servers)].slice(0, 3);
}

/** Creates the action store for one signed-in client. */
export function createRoomActions(client: MatrixHttpClient, invites: InviteStore, userId: string): RoomActions {
  const states = new Map<string, RoomAction>();
  const listeners = new Set<() => void>();
  let joined: readonly RoomAction[] = EMPTY;
  let announcement = "";

  function set(roomId: string, action: RoomAction, announce?: string): void {
    states.set(roomId, action);
    if (announce !== undefined) announcement = announce;
    joined = [...states.values()].filter((item) => item.status === "joined" || item.status === "state_failed" || item.status === "loading_state");
    for (const listener of listeners) listener();
  }

  async function loadState(entry: InviteEntry): Promise<void> {
    set(entry.roomId, { status: "loading_state", entry });
    try {
      const state = await client.getRoomState(entry.roomId);
      set(entry.roomId, { status: "joined", entry, summary: summarizeRoomState(state, { userId, roomId: entry.roomId }) }, "Invite accepted.");
    } catch (error) {
      set(entry.roomId, { status: "state_failed", entry, failure: toFailure(error, "state") }, "Joined, but the room details could not be loaded.");
    }
  }

  /** After a dropped join: ask whether the server holds the user as joined before joining again. */
  async function isJoined(roomId: string): Promise<boolean> {
    try {
      const state = await client.getRoomState(roomId);
      return summarizeRoomState(state, { userId, roomId }).membership === "join";
    } catch {
      return false;
    }
  }

  async function runAccept(entry: InviteEntry): Promise<void> {
    set(entry.roomId, { status: "accepting", entry }, "Accepting the invite…");
    try {
      await client.joinRoom(entry.roomId, { via: viaServers(entry) });
    } catch (error) {
      const failure = toFailure(error, "join");
      if (!(failure.uncertain && (await isJoined(entry.roomId)))) {
        set(entry.roomId, { status: "accept_failed", entry, failure }, "Accepting the invite failed.");
        return;
      }
    }
    invites.remove(entry.roomId);
    await loadState(entry);
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: (roomId) => states.get(roomId),
    getJoined: () => joined,
    getAnnouncement: () => announcement,
    accept(entry) {
      const current = states.get(entry.roomId)?.status;
      if (current === "accepting" || current === "declining" || current === "loading_state" || current === "joined") return;
      if (current === "state_failed") {
        void loadState(entry);
        return;
      }
      void runAccept(entry);
    },
    retryState(roomId) {
      const current = states.get(roomId);
      if (current?.status === "state_failed") void loadState(current.entry);
    },
    async decline(entry, choice = {}) {
      const current = states.get(entry.roomId)?.status;
      if (current === "accepting" || current === "declining" || current === "loading_state" || current === "joined") return false;
      set(entry.roomId, { status: "declining", entry });
      try {
        await client.leaveRoom(entry.roomId, choice.reason ? { reason: choice.reason } : {});
      } catch (error) {
        set(entry.roomId, { status: "decline_failed", entry, failure: toFailure(error, "decline") }, "Declining the invite failed.");
        return false;
      }
      invites.remove(entry.roomId);
      const inviter = entry.summary.inviter?.userId;
      let blocked = false;
      if (choice.block && inviter !== undefined) {
        try {
          await addIgnoredUser(client, inviter);
          blocked = true;
        } catch {
          blocked = false;
        }
      }
      const words = choice.block ? (blocked ? "Invite declined and inviter blocked." : "Invite declined, but blocking the inviter failed.") : "Invite declined.";
      set(entry.roomId, { status: "declined", entry, blocked }, words);
      return true;
    },
  };
}

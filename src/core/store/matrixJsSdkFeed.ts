/**
 * An event-driven feed from a running matrix-js-sdk `MatrixClient` into an invite store.
 * The SDK is typed structurally (never imported): any object with these members works,
 * which also makes the feed testable with a plain fake.
 */
import { accountDataTypes } from "../accountData";
import { ignoredUserList, invitePermissionConfig, mediaPreviewConfig } from "../accountDataSettings";
import type { InviteStore } from "./inviteStore";

/** The parts of a matrix-js-sdk `MatrixEvent` the feed reads. */
export interface MatrixJsSdkEventLike {
  /** Event type. */
  getType(): string;
  /** State key (`undefined` for non-state events). */
  getStateKey(): string | undefined;
  /** Sender user ID. */
  getSender(): string | null | undefined;
  /** Event content. */
  getContent(): object;
  /** `origin_server_ts` (0 when unknown). */
  getTs(): number;
  /** Event ID, when the event has one (stripped state usually does not). */
  getId(): string | null | undefined;
  /** `unsigned`, when present. */
  getUnsigned?(): object;
}

/** The parts of a matrix-js-sdk `Room` the feed reads. */
export interface MatrixJsSdkRoomLike {
  /** The room ID. */
  readonly roomId: string;
  /** The user's membership (`invite`, `knock`, `join`, `leave`, `ban`). */
  getMyMembership(): string;
  /** Current state; for invites and knocks it holds the stripped state from `/sync`. */
  readonly currentState: { readonly events: ReadonlyMap<string, ReadonlyMap<string, MatrixJsSdkEventLike>> };
}

/** The parts of a matrix-js-sdk `MatrixClient` the feed uses. */
export interface MatrixJsSdkEventSource {
  /** Every room the SDK knows. */
  getRooms(): MatrixJsSdkRoomLike[];
  /** One room by ID. */
  getRoom(roomId: string): MatrixJsSdkRoomLike | null | undefined;
  /** Cached global account data. */
  getAccountData(type: string): { getContent(): object } | undefined | null;
  /** Adds an event listener. */
  on(event: string, listener: (...args: never[]) => void): unknown;
  /** Removes an event listener. */
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
}

// The SDK's event names (`RoomEvent.MyMembership`, `ClientEvent.Room`, …) as plain strings.
const MY_MEMBERSHIP_EVENT = "Room.myMembership";
const ROOM_EVENT = "Room";
const DELETE_ROOM_EVENT = "deleteRoom";
const ACCOUNT_DATA_EVENT = "accountData";
const SYNC_EVENT = "sync";

const WATCHED_ACCOUNT_DATA: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ [ignoredUserList, invitePermissionConfig, mediaPreviewConfig].flatMap(accountDataTypes),
);

/**
 * Keeps `store` in step with a matrix-js-sdk client: reads the rooms the SDK already knows,
 * then follows membership changes (`Room.myMembership`), new and deleted rooms and account
 * data. Updates arriving in one burst (an SDK sync) are applied together, in one snapshot
 * rebuild. Returns the function that disconnects the feed.
 */
export function connectMatrixJsSdk(store: InviteStore, client: MatrixJsSdkEventSource): () => void {
  const dirtyRooms = new Set<string>();
  const dirtyAccountData = new Map<string, unknown>();
  let flushQueued = false;
  let connected = true;
  let consecutiveErrors = 0;

  function flush(): void {
    flushQueued = false;
    if (!connected) return;
    const rooms = [...dirtyRooms].map((roomId) => safeGetRoom(client, roomId) ?? roomId);
    const accountData = [...dirtyAccountData];
    dirtyRooms.clear();
    dirtyAccountData.clear();
    store.applySync(buildSyncResponse(rooms, accountData));
  }

  function schedule(): void {
    if (flushQueued) return;
    flushQueued = true;
    queueMicrotask(flush);
  }

  const onRoom = (room: MatrixJsSdkRoomLike) => {
    const roomId = readRoomId(room);
    if (roomId === undefined) return;
    dirtyRooms.add(roomId);
    schedule();
  };
  const onDeleteRoom = (roomId: string) => {
    if (typeof roomId !== "string") return;
    dirtyRooms.add(roomId);
    schedule();
  };
  const onAccountData = (event: MatrixJsSdkEventLike) => {
    const type = safeCall(() => event.getType());
    if (typeof type !== "string" || !WATCHED_ACCOUNT_DATA.has(type)) return;
    dirtyAccountData.set(type, safeCall(() => event.getContent()));
    schedule();
  };
  const onSync = (state: string, _previous: string | null, data?: { error?: unknown }) => {
    if (state === "PREPARED" || state === "SYNCING" || state === "CATCHUP") {
      consecutiveErrors = 0;
      const current = store.getSyncStatus();
      if (current.state !== "syncing" || !current.caughtUp) store.setSyncStatus({ state: "syncing", caughtUp: true });
    } else if (state === "ERROR" || state === "RECONNECTING") {
      consecutiveErrors += 1;
      store.setSyncStatus({ state: "error", error: data?.error, attempt: consecutiveErrors });
    } else if (state === "STOPPED") {
      store.setSyncStatus({ state: "stopped" });
    }
  };

  const subscriptions: Array<[string, (...args: never[]) => void]> = [
    [MY_MEMBERSHIP_EVENT, onRoom as (...args: never[]) => void],
    [ROOM_EVENT, onRoom as (...args: never[]) => void],
    [DELETE_ROOM_EVENT, onDeleteRoom as (...args: never[]) => void],
    [ACCOUNT_DATA_EVENT, onAccountData as (...args: never[]) => void],
    [SYNC_EVENT, onSync as (...args: never[]) => void],
  ];
  for (const [event, listener] of subscriptions) client.on(event, listener);

  // What the SDK already holds: a full picture, so it replaces the store's pending list.
  const rooms = safeCall(() => client.getRooms()) ?? [];
  const accountData: Array<[string, unknown]> = [];
  for (const type of WATCHED_ACCOUNT_DATA) {
    const event = safeCall(() => client.getAccountData(type));
    if (event) accountData.push([type, safeCall(() => event.getContent())]);
  }
  store.applySync(buildSyncResponse(Array.isArray(rooms) ? rooms : [], accountData), { full: true });

  return () => {
    if (!connected) return;
    connected = false;
    for (const [event, listener] of subscriptions) client.removeListener(event, listener);
  };
}

/**
 * Builds a `/sync`-shaped object from SDK rooms, so the store has one way in. A room ID
 * without a room object (deleted or forgotten) counts as settled.
 */
function buildSyncResponse(rooms: ReadonlyArray<MatrixJsSdkRoomLike | string>, accountData: ReadonlyArray<[string, unknown]>) {
  // Null-prototype maps: a room ID such as "__proto__" stays an ordinary key.
  const invite: Record<string, unknown> = Object.create(null);
  const knock: Record<string, unknown> = Object.create(null);
  const leave: Record<string, unknown> = Object.create(null);
  for (const room of rooms) {
    if (typeof room === "string") {
      leave[room] = {};
      continue;
    }
    const roomId = readRoomId(room);
    if (roomId === undefined) continue;
    const membership = safeCall(() => room.getMyMembership());
    if (membership === "invite") invite[roomId] = { invite_state: { events: readState(room) } };
    else if (membership === "knock") knock[roomId] = { knock_state: { events: readState(room) } };
    else if (membership === "join" || membership === "leave" || membership === "ban") leave[roomId] = {};
  }
  return {
    rooms: { invite, knock, leave },
    account_data: { events: accountData.map(([type, content]) => ({ type, content })) },
  };
}

/** The room's current state as raw stripped-state events (validated later by the summary). */
function readState(room: MatrixJsSdkRoomLike): unknown[] {
  const events: unknown[] = [];
  const byType = safeCall(() => room.currentState.events);
  if (!(byType instanceof Map)) return events;
  try {
    for (const byStateKey of byType.values()) {
      if (!(byStateKey instanceof Map)) continue;
      for (const event of byStateKey.values()) {
        const raw = toRawEvent(event as MatrixJsSdkEventLike);
        if (raw) events.push(raw);
      }
    }
  } catch {
    // A broken map: keep what was read.
  }
  return events;
}

function toRawEvent(event: MatrixJsSdkEventLike): Record<string, unknown> | undefined {
  const raw = safeCall(() => ({
    type: event.getType(),
    state_key: event.getStateKey(),
    sender: event.getSender(),
    content: event.getContent(),
    origin_server_ts: event.getTs(),
    event_id: event.getId() ?? undefined,
    unsigned: event.getUnsigned?.(),
  }));
  if (!raw) return undefined;
  // The SDK reports 0 for an event without a timestamp; absent is the honest value.
  if (raw.origin_server_ts === 0) return { ...raw, origin_server_ts: undefined };
  return raw;
}

function readRoomId(room: unknown): string | undefined {
  const roomId = safeCall(() => (room as MatrixJsSdkRoomLike).roomId);
  return typeof roomId === "string" ? roomId : undefined;
}

function safeGetRoom(client: MatrixJsSdkEventSource, roomId: string): MatrixJsSdkRoomLike | undefined {
  return safeCall(() => client.getRoom(roomId)) ?? undefined;
}

function safeCall<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Reads the parts of a `/sync` response the invite store needs, from untrusted JSON.
 * Every section is read on its own and every room on its own, so garbage in one place
 * never hides valid data elsewhere, and nothing here throws.
 */
import { isRoomId } from "../identifiers";
import { isPlainObject, ownProperty } from "../strippedState";

/** The kind of pending membership an entry stands for. */
export type InviteKind = "invite" | "knock";

/** One invited or knocked room found in a `/sync` response, with its raw stripped state. */
export interface PendingRoomUpdate {
  /** The room ID (validated). */
  roomId: string;
  /** `invite` from `rooms.invite`, `knock` from `rooms.knock`. */
  kind: InviteKind;
  /** The raw `invite_state` / `knock_state` (parsed later by `summarizeInvite`). */
  state: unknown;
}

/** What a `/sync` response says about pending invites and the account data we honour. */
export interface SyncDelta {
  /** Rooms the user is invited to or has knocked on, in response order. */
  pending: PendingRoomUpdate[];
  /** Rooms in `rooms.join` or `rooms.leave`: no longer pending. */
  settled: string[];
  /** Global account data content by type; the last event of a type wins. */
  accountData: Map<string, unknown>;
  /**
   * Whether the response can stand as a complete list of pending rooms: an object whose
   * `rooms`, `rooms.invite` and `rooms.knock` are each absent or an object. Junk in their
   * place (`null`, an array, a string) must not be read as "nothing is pending".
   */
  complete: boolean;
}

/** Which pending rooms a complete answer replaces: those of `kinds` it does not list. */
export interface Replacement {
  /** Room IDs the answer lists besides its pending rooms (a sliding sync list's `SYNC` op). */
  listed: ReadonlySet<string> | undefined;
  /** The kinds of entry the answer speaks for. */
  kinds: ReadonlySet<InviteKind>;
}

/** Both kinds: a complete `/sync` answer speaks for invites and knocks. */
export const ALL_KINDS: ReadonlySet<InviteKind> = /* @__PURE__ */ new Set<InviteKind>(["invite", "knock"]);

/** Most rooms read from one section; beyond this a response is treated as hostile. */
export const MAX_ROOMS_PER_SECTION = 200_000;

/** Extracts a {@link SyncDelta} from a raw `/sync` response. Never throws. */
export function readSyncDelta(response: unknown): SyncDelta {
  const rooms = safeGet(response, "rooms");
  const complete =
    isAbsentOrObject(response, "rooms") &&
    (rooms === undefined || (isAbsentOrObject(rooms, "invite") && isAbsentOrObject(rooms, "knock")));
  const delta: SyncDelta = { pending: [], settled: [], accountData: new Map(), complete };
  for (const section of ["join", "leave"] as const) {
    forEachRoom(safeGet(rooms, section), (roomId) => delta.settled.push(roomId));
  }
  forEachRoom(safeGet(rooms, "invite"), (roomId, value) => {
    if (isPlainObject(value)) delta.pending.push({ roomId, kind: "invite", state: safeGet(value, "invite_state") });
  });
  forEachRoom(safeGet(rooms, "knock"), (roomId, value) => {
    if (isPlainObject(value)) delta.pending.push({ roomId, kind: "knock", state: safeGet(value, "knock_state") });
  });
  readAccountDataEvents(safeGet(safeGet(response, "account_data"), "events"), delta.accountData);
  return delta;
}

/** The `next_batch` token of a `/sync` response, when it is a non-empty string. */
export function readNextBatch(response: unknown): string | undefined {
  const token = safeGet(response, "next_batch");
  return typeof token === "string" && token.length > 0 && token.length <= 4096 ? token : undefined;
}

/** Calls `visit` for each valid room ID of a room map (at most {@link MAX_ROOMS_PER_SECTION}); a room whose getter throws is skipped. */
export function forEachRoom(section: unknown, visit: (roomId: string, value: unknown) => void): void {
  if (!isPlainObject(section)) return;
  let keys: string[];
  try {
    keys = Object.keys(section);
  } catch {
    return;
  }
  const count = Math.min(keys.length, MAX_ROOMS_PER_SECTION);
  for (let index = 0; index < count; index++) {
    const roomId = keys[index];
    if (!isRoomId(roomId)) continue;
    try {
      visit(roomId, section[roomId]);
    } catch {
      // A hostile getter on one room: skip that room only.
    }
  }
}

/** Reads global account data events (`{ type, content }`) into `into`, the last of a type winning; junk events are skipped. */
export function readAccountDataEvents(events: unknown, into: Map<string, unknown>): void {
  if (!Array.isArray(events)) return;
  const count = Math.min(events.length, MAX_ROOMS_PER_SECTION);
  for (let index = 0; index < count; index++) {
    try {
      const event: unknown = events[index];
      if (!isPlainObject(event)) continue;
      const type = ownProperty(event, "type");
      const content = ownProperty(event, "content");
      if (typeof type === "string" && isPlainObject(content)) into.set(type, content);
    } catch {
      // Skip the broken event, keep the rest.
    }
  }
}

/** `container` is an object and its own `key` is either missing or an object. */
export function isAbsentOrObject(container: unknown, key: string): boolean {
  try {
    if (!isPlainObject(container)) return false;
    if (!Object.prototype.hasOwnProperty.call(container, key)) return true;
    return isPlainObject(container[key]);
  } catch {
    return false;
  }
}

/** An own property of a plain object, `undefined` for anything else or when a getter throws. */
export function safeGet(value: unknown, key: string): unknown {
  try {
    return isPlainObject(value) ? ownProperty(value, key) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the parts of a simplified sliding sync response (MSC4186) the invite store needs,
 * from untrusted JSON, into the same {@link SyncDelta} a `/sync` response gives. Every room
 * and every section is read on its own, so junk in one place never hides valid data
 * elsewhere, and nothing here throws.
 *
 * How a response says that an invite is gone, as Synapse 1.163 answers:
 * - a room that is accepted, declined or withdrawn is never sent again in `rooms` (the
 *   invite list no longer holds it); only the list's `ops` (a `SYNC` of every room ID in the
 *   requested range) and its `count` change. A `SYNC` op whose range covers the whole list
 *   is therefore a complete picture of the pending invites.
 * - MSC4186's final text drops list operations, leaving `count` only. A room sent in
 *   `rooms` without stripped state but with state, a timeline or a non-invite membership is
 *   a room the user is now in or has left: settled. When neither says which rooms left,
 *   {@link SlidingSyncDelta.count} lets the feed notice and start again without `pos`.
 */
import { isRoomId } from "../identifiers";
import { isPlainObject } from "../strippedState";
import {
  forEachRoom,
  isAbsentOrObject,
  MAX_ROOMS_PER_SECTION,
  readAccountDataEvents,
  safeGet,
  type InviteKind,
  type Replacement,
  type SyncDelta,
} from "./syncResponse";

/** The name the sliding sync feed gives its invite list (`lists.invites`). */
export const SLIDING_INVITE_LIST = "invites";

/** What a sliding sync response says about pending invites and the account data we honour. */
export interface SlidingSyncDelta extends SyncDelta {
  /**
   * Every room ID of the invite list, when the response says so: a `SYNC` op over a range
   * that covers the whole list, or a `count` of 0. `undefined` when it cannot be known.
   */
  listed: Set<string> | undefined;
  /** The list's `count` (rooms the server holds in it), when it is a sane number. */
  count: number | undefined;
}

/**
 * Extracts a {@link SlidingSyncDelta} from a raw sliding sync response for the list named
 * `listName`. Rooms with stripped state (`stripped_state`, the MSC's name, or
 * `invite_state`, what Synapse 1.163 sends) are pending invites; rooms without it that show
 * state, a timeline or a non-invite membership are settled. Never throws.
 */
export function readSlidingSyncDelta(response: unknown, listName: string = SLIDING_INVITE_LIST): SlidingSyncDelta {
  const delta: SlidingSyncDelta = {
    pending: [],
    settled: [],
    accountData: new Map(),
    complete: isAbsentOrObject(response, "rooms") && isAbsentOrObject(response, "lists"),
    listed: undefined,
    count: undefined,
  };
  forEachRoom(safeGet(response, "rooms"), (roomId, room) => {
    const state = strippedStateOf(room);
    if (state !== undefined) delta.pending.push({ roomId, kind: "invite", state });
    else if (isSettled(room)) delta.settled.push(roomId);
  });
  const list = safeGet(safeGet(response, "lists"), listName);
  delta.count = readCount(list);
  delta.listed = delta.complete ? readListedRooms(list, delta.count) : undefined;
  readAccountDataEvents(safeGet(safeGet(safeGet(response, "extensions"), "account_data"), "global"), delta.accountData);
  return delta;
}

// A sliding sync list filtered with `is_invite` holds invites only: it says nothing of knocks.
const INVITES_ONLY: ReadonlySet<InviteKind> = /* @__PURE__ */ new Set<InviteKind>(["invite"]);

/**
 * What a sliding sync answer replaces in the store: the invites its list does not hold, when
 * its list operations say which rooms are listed; for the answer to a request without `pos`
 * (`full`), also when its rooms are the whole list (as many invites as the list's `count`).
 */
export function slidingReplacement(delta: SlidingSyncDelta, full: boolean): Replacement | undefined {
  if (delta.listed !== undefined) return { listed: delta.listed, kinds: INVITES_ONLY };
  if (full && delta.complete && delta.count !== undefined && delta.count === delta.pending.length) {
    return { listed: undefined, kinds: INVITES_ONLY };
  }
  return undefined;
}

/** The `pos` of a sliding sync response, when it is a sane non-empty string. */
export function readSlidingSyncPos(response: unknown): string | undefined {
  const pos = safeGet(response, "pos");
  return typeof pos === "string" && pos.length > 0 && pos.length <= 4096 ? pos : undefined;
}

/**
 * The room's stripped state under either name (an array, else whatever junk is there:
 * the user is invited all the same, and the summary degrades per field); `undefined` when
 * the room has neither key.
 */
function strippedStateOf(room: unknown): unknown {
  let found: unknown = undefined;
  for (const key of ["stripped_state", "invite_state"]) {
    const state = safeGet(room, key);
    if (Array.isArray(state)) return state;
    if (found === undefined && state !== undefined) found = state;
  }
  if (found !== undefined) return found;
  try {
    return isPlainObject(room) && (Object.hasOwn(room, "stripped_state") || Object.hasOwn(room, "invite_state")) ? null : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A room sent without stripped state that shows what only a member (or a former member)
 * gets: room state, a timeline, member counts, or a membership other than invite or knock.
 * `bump_stamp` alone proves nothing: invites carry one too.
 */
function isSettled(room: unknown): boolean {
  if (!isPlainObject(room)) return false;
  const membership = safeGet(room, "membership");
  if (typeof membership === "string") return membership !== "invite" && membership !== "knock";
  return (
    Array.isArray(safeGet(room, "required_state")) ||
    Array.isArray(safeGet(room, "timeline")) ||
    typeof safeGet(room, "joined_count") === "number"
  );
}

function readCount(list: unknown): number | undefined {
  const count = safeGet(list, "count");
  return typeof count === "number" && Number.isInteger(count) && count >= 0 && count <= MAX_ROOMS_PER_SECTION ? count : undefined;
}

/**
 * The complete set of the list's room IDs, when the response proves it: `count` 0, or a
 * `SYNC` op starting at 0 whose range reaches past the last room (`count − 1`) and whose
 * `room_ids` are all room IDs and no more than the range holds.
 */
function readListedRooms(list: unknown, count: number | undefined): Set<string> | undefined {
  if (count === 0) return new Set();
  if (count === undefined) return undefined;
  const ops = safeGet(list, "ops");
  if (!Array.isArray(ops)) return undefined;
  try {
    for (const op of ops.slice(0, 100) as unknown[]) {
      if (safeGet(op, "op") !== "SYNC") continue;
      const range = safeGet(op, "range");
      const roomIds = safeGet(op, "room_ids");
      if (!Array.isArray(range) || !Array.isArray(roomIds) || range[0] !== 0) continue;
      const end: unknown = range[1];
      if (typeof end !== "number" || end < count - 1 || roomIds.length !== count) continue;
      if (!roomIds.every((roomId) => isRoomId(roomId))) continue;
      return new Set(roomIds as string[]);
    }
  } catch {
    // A hostile array: no complete picture.
  }
  return undefined;
}

/**
 * Choosing the servers to join a room through (`via`). A homeserver that is not yet in the
 * room needs a resident server to make the join through; for an invite, the inviter's
 * server is one by definition, and a creator's server very likely is.
 *
 * This is the one place that orders them, whether the caller holds the invite's summary
 * (a store entry) or its raw `invite_state`.
 */
import { isRoomId, isServerName, isUserId, serverNameOf } from "../identifiers";
import { getRoomCreators } from "../powerLevels";
import { findStateEvent, isPlainObject, ownProperty, parseStrippedState } from "../strippedState";
import type { RoomSummary } from "../types";

/** Most `via` servers {@link pickViaServers} returns: a join tries them in turn, so a few suffice. */
export const MAX_VIA_SERVERS = 3;

/** The parts of an invite's summary that name servers to join through. */
export type ViaSummary = Pick<RoomSummary, "inviter" | "creators">;

/** Options of {@link pickViaServers}. */
export interface PickViaOptions {
  /**
   * The invitee. When given, the inviter is the sender of this user's own invite event;
   * otherwise the sender of the first invite event in the state.
   */
  userId?: string;
  /**
   * The invite's summary (e.g. a store entry's `summary`), read instead of the raw invite
   * state: its `inviter` and `creators` are already validated.
   */
  summary?: ViaSummary;
}

/**
 * Picks the servers to join `roomId` through, in this order: the inviter's server; then the
 * room ID's server part (room versions 1–11) or, for a room ID without one (room version
 * 12), the creators' servers (the `m.room.create` sender and `additional_creators`); then
 * `extra`. Deduplicated, valid server names only, at most `MAX_VIA_SERVERS` (3).
 *
 * The inviter and creators come from `options.summary` when given, else from the raw
 * `inviteState` (untrusted: `rooms.invite[roomId].invite_state`, its `events`, or any state
 * events array). Never throws.
 */
export function pickViaServers(
  roomId: string,
  inviteState: unknown,
  extra?: readonly string[],
  options: PickViaOptions = {},
): string[] {
  if (options.summary !== undefined && options.summary !== null) return viaServersOf(roomId, options.summary, extra);
  const events = parseStrippedState(inviteState);
  return orderViaServers(roomId, findInviter(events, options.userId), getRoomCreators(events), extra);
}

/**
 * {@link pickViaServers} for a caller that holds the invite's summary (`acceptInvite`):
 * the same order, without the raw-state reader in its bundle. Never throws.
 */
export function viaServersOf(roomId: string, summary: ViaSummary, extra?: readonly string[]): string[] {
  let inviterId: unknown;
  let creators: readonly unknown[] = [];
  try {
    inviterId = summary.inviter?.userId;
    if (Array.isArray(summary.creators)) creators = summary.creators.slice(0, 100);
  } catch {
    // A summary from untyped code that cannot be read names no server.
  }
  return orderViaServers(roomId, inviterId, creators, extra);
}

/** The one order: the inviter's server, the room ID's (or, without one, the creators'), the extras. */
function orderViaServers(roomId: string, inviterId: unknown, creators: readonly unknown[], extra: readonly string[] | undefined): string[] {
  const servers: string[] = [];
  const add = (userOrRoomId: unknown, isServer = false): void => {
    const server = isServer ? userOrRoomId : typeof userOrRoomId === "string" ? serverNameOf(userOrRoomId) : undefined;
    if (servers.length < MAX_VIA_SERVERS && isServerName(server) && !servers.includes(server)) servers.push(server);
  };
  if (isUserId(inviterId)) add(inviterId);
  const roomServer = isRoomId(roomId) ? serverNameOf(roomId) : undefined;
  if (roomServer !== undefined) add(roomServer, true);
  else for (const creator of creators) if (isUserId(creator)) add(creator);
  for (const server of readExtra(extra)) add(server, true);
  return servers;
}

function findInviter(events: ReturnType<typeof parseStrippedState>, userId: unknown): string | undefined {
  if (isUserId(userId)) {
    const own = findStateEvent(events, "m.room.member", userId);
    if (own && isInvite(own.content) && isUserId(own.sender)) return own.sender;
    return undefined;
  }
  for (const event of events) {
    if (event.type === "m.room.member" && isInvite(event.content) && isUserId(event.sender)) return event.sender;
  }
  return undefined;
}

function isInvite(content: unknown): boolean {
  return isPlainObject(content) && ownProperty(content, "membership") === "invite";
}

/** Copies the caller's list defensively: it may be anything at runtime. */
function readExtra(extra: unknown): string[] {
  try {
    if (!Array.isArray(extra)) return [];
    const values: string[] = [];
    const length = Math.min(extra.length, 100);
    for (let index = 0; index < length; index++) {
      const value: unknown = extra[index];
      if (typeof value === "string") values.push(value);
    }
    return values;
  } catch {
    return [];
  }
}

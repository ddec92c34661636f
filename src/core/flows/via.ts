/**
 * Choosing the servers to join a room through (`via`). A homeserver that is not yet in the
 * room needs a resident server to make the join through; for an invite, the inviter's
 * server is one by definition, and the creator's server very likely is.
 */
import { isRoomId, isServerName, isUserId, serverNameOf } from "../identifiers";
import { findStateEvent, isPlainObject, ownProperty, parseStrippedState } from "../strippedState";
import type { RoomSummary } from "../types";

/** Most `via` servers {@link pickViaServers} returns: a join tries them in turn, so a few suffice. */
export const MAX_VIA_SERVERS = 3;

/** Options of {@link pickViaServers}. */
export interface PickViaOptions {
  /**
   * The invitee. When given, the inviter is the sender of this user's own invite event;
   * otherwise the sender of the first invite event in the state.
   */
  userId?: string;
}

/**
 * Picks the servers to join `roomId` through: the inviter's server, then the creator's (the
 * room ID's server part for room versions 1–11; the `m.room.create` sender's server for room
 * version 12, whose IDs have none), then `extra`. Deduplicated, valid server names only, at
 * most {@link MAX_VIA_SERVERS}. `inviteState` is untrusted; this never throws.
 */
export function pickViaServers(
  roomId: string,
  inviteState: unknown,
  extra?: readonly string[],
  options: PickViaOptions = {},
): string[] {
  const servers: string[] = [];
  const add = (server: string | undefined): void => {
    if (servers.length < MAX_VIA_SERVERS && isServerName(server) && !servers.includes(server)) servers.push(server);
  };
  const events = parseStrippedState(inviteState);
  const inviter = findInviter(events, options.userId);
  if (inviter) add(serverNameOf(inviter));
  const roomServer = isRoomId(roomId) ? serverNameOf(roomId) : undefined;
  if (roomServer !== undefined) {
    add(roomServer);
  } else {
    const creator = findStateEvent(events, "m.room.create")?.sender;
    if (isUserId(creator)) add(serverNameOf(creator));
  }
  for (const server of readExtra(extra)) add(server);
  return servers;
}

function findInviter(events: ReturnType<typeof parseStrippedState>, userId: string | undefined): string | undefined {
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

/**
 * The servers a room can be joined through, from an invite's summary, in the order
 * {@link pickViaServers} uses: the inviter's (resident by definition), then, for a room ID
 * without a server part (room version 12), the creators', then `extra`. Deduplicated, valid
 * server names only, at most {@link MAX_VIA_SERVERS}. `acceptInvite` adds the room ID's
 * server itself for older room versions. Used by both `InvitePreview` and `InviteList`.
 */
export function viaServersFromSummary(summary: RoomSummary, extra: readonly string[] = [], roomId: string | undefined = summary.roomId): string[] {
  const servers: string[] = [];
  const hasServerPart = roomId !== undefined && serverNameOf(roomId) !== undefined;
  const candidates = [summary.inviter?.userId, ...(hasServerPart ? [] : summary.creators)].map((id) =>
    id === undefined ? undefined : serverNameOf(id),
  );
  for (const server of [...candidates, ...extra]) {
    if (servers.length === MAX_VIA_SERVERS) break;
    if (server && isServerName(server) && !servers.includes(server)) servers.push(server);
  }
  return servers;
}

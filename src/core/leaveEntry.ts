/**
 * Reads a `/sync` `rooms.leave[roomId]` entry: why the user is no longer in the room (their
 * last `m.room.member` event), who did it, the reason, the room's name and join rule.
 */
import { pickViaServers } from "./flows/via";
import { isUserId, serverNameOf } from "./identifiers";
import { describeMembershipChange } from "./membership";
import { isPlainObject, ownProperty, parseStrippedState } from "./strippedState";
import { summarizeRoomState } from "./summary";
import { cleanName } from "./text";
import type { JoinRule, RoomMember, RoomName } from "./types";

/** Why the user is out of the room, as the notice words it. */
export type LeaveKind =
  | "kicked"
  | "banned"
  | "unbanned"
  | "left"
  | "invite_rejected"
  | "invite_revoked"
  | "knock_retracted"
  | "knock_denied";

/** What a notice needs from a leave entry. */
export interface LeaveNotice {
  /** Why the user is out. */
  kind: LeaveKind;
  /** Who sent the membership event (the user themselves for `left`). */
  actor: string | undefined;
  /** The event's reason, cleaned. */
  reason?: string;
  /** The room's name from the entry's state. */
  roomName: RoomName;
  /** The join rule from the entry's state, when present. */
  joinRule?: JoinRule;
  /** Members named in the entry's state, to name and disambiguate the actor. */
  members: RoomMember[];
  /**
   * Servers to rejoin through: the room's (or, for room version 12 IDs, its creator's) and
   * the server of whoever removed the user, which was in the room then. Without them a
   * homeserver with no one left in the room cannot find it.
   */
  via: string[];
  /**
   * For `invite_rejected`: who sent the invite the user declined (`unsigned.prev_sender`),
   * when it is a valid user ID, so the notice can name them instead of a bare room ID.
   */
  inviter?: string;
  /** For `invite_rejected`: the declined invite was to a direct chat (`prev_content.is_direct`). */
  isDirect?: boolean;
}

function eventsOf(entry: Record<string, unknown>, section: "state" | "timeline"): unknown[] {
  const part = ownProperty(entry, section);
  const events = isPlainObject(part) ? ownProperty(part, "events") : undefined;
  return Array.isArray(events) ? (events as unknown[]) : [];
}

/** Whether `event` is `userId`'s own `m.room.member` event; `false` when reading it throws (a hostile getter). */
function isOwnMemberEvent(event: unknown, userId: string): boolean {
  try {
    return isPlainObject(event) && ownProperty(event, "type") === "m.room.member" && ownProperty(event, "state_key") === userId;
  } catch {
    return false;
  }
}

/** The inviter and `is_direct` of the invite that `own` (a leave after an invite) declined; nothing when unreadable. */
function readDeclinedInvite(own: unknown): { inviter?: string; isDirect: boolean } {
  try {
    const unsigned = isPlainObject(own) ? ownProperty(own, "unsigned") : undefined;
    if (!isPlainObject(unsigned)) return { isDirect: false };
    const sender = ownProperty(unsigned, "prev_sender");
    const previous = ownProperty(unsigned, "prev_content");
    const isDirect = isPlainObject(previous) && ownProperty(previous, "is_direct") === true;
    return isUserId(sender) ? { inviter: sender, isDirect } : { isDirect };
  } catch {
    return { isDirect: false };
  }
}

/** Reads `entry` for `userId`. A malformed entry reads as "you left", with no actor. Never throws. */
export function readLeaveEntry(entry: unknown, userId: string, roomId: string): LeaveNotice {
  const all: unknown[] = [];
  try {
    if (isPlainObject(entry)) all.push(...eventsOf(entry, "state"), ...eventsOf(entry, "timeline"));
  } catch {
    // A hostile entry: read nothing from it.
  }
  // Only state events (with a `state_key`) pass: the timeline's messages drop out here.
  const stateEvents = parseStrippedState(all);
  const summary = summarizeRoomState(stateEvents, { userId, roomId });
  const members: RoomMember[] = [];
  for (const event of stateEvents) {
    if (event.type !== "m.room.member" || event.state_key === userId) continue;
    const displayName = cleanName(ownProperty(event.content, "displayname"));
    members.push(displayName === undefined ? { userId: event.state_key } : { userId: event.state_key, displayName });
  }
  let own: unknown;
  for (const event of all) {
    if (isOwnMemberEvent(event, userId)) own = event;
  }
  const change = describeMembershipChange(own);
  const notice: LeaveNotice = { kind: "left", actor: undefined, roomName: summary.name, members, via: [] };
  if (summary.joinRule !== undefined) notice.joinRule = summary.joinRule;
  const actorServer = change.kind === "invalid" || change.actor === userId ? undefined : serverNameOf(change.actor);
  notice.via = pickViaServers(roomId, stateEvents, actorServer === undefined ? [] : [actorServer], { userId });
  if (change.kind === "invalid") return notice;
  notice.actor = change.actor;
  if (change.reason !== undefined) notice.reason = change.reason;
  if (change.kind === "invite_rejected") {
    const declined = readDeclinedInvite(own);
    if (declined.inviter !== undefined && declined.inviter !== userId) notice.inviter = declined.inviter;
    if (declined.isDirect) notice.isDirect = true;
  }
  switch (change.kind) {
    case "kicked":
    case "banned":
    case "unbanned":
    case "invite_rejected":
    case "invite_revoked":
    case "knock_retracted":
    case "knock_denied":
      notice.kind = change.kind;
      break;
    default:
      notice.kind = "left";
  }
  return notice;
}

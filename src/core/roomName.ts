import { cleanLongText, cleanName } from "./text";
import { isRoomAlias, isUserId } from "./identifiers";
import { isPlainObject, ownProperty } from "./strippedState";
import type { Membership, RoomMember, RoomName, StrippedStateEvent } from "./types";

/** How many members a `{ kind: "members" }` name lists (the spec's "heroes" are up to 5). */
export const MAX_NAME_MEMBERS = 5;

// m.topic representations we look at; a topic has a handful, never thousands.
const MAX_TOPIC_REPRESENTATIONS = 32;

const MEMBERSHIPS: ReadonlySet<string> = new Set<Membership>(["invite", "join", "leave", "ban", "knock"]);

/**
 * Room state indexed in one pass, so every lookup afterwards is constant time and the
 * whole summary stays linear in the number of events.
 */
export interface IndexedRoomState {
  /** Room-wide state (`state_key === ""`) by event type. */
  roomState: Map<string, StrippedStateEvent>;
  /** `m.room.member` events whose state key is a valid user ID, in state order. */
  members: StrippedStateEvent[];
  /** The same member events by user ID. */
  memberByUserId: Map<string, StrippedStateEvent>;
}

/** Indexes validated state events by type (room-wide) and by member user ID. */
export function indexRoomState(events: readonly StrippedStateEvent[]): IndexedRoomState {
  const roomState = new Map<string, StrippedStateEvent>();
  const members: StrippedStateEvent[] = [];
  const memberByUserId = new Map<string, StrippedStateEvent>();
  for (const event of events) {
    if (event.type === "m.room.member") {
      if (!isUserId(event.state_key) || memberByUserId.has(event.state_key)) continue;
      memberByUserId.set(event.state_key, event);
      members.push(event);
    } else if (event.state_key === "") {
      roomState.set(event.type, event);
    }
  }
  return { roomState, members, memberByUserId };
}

/** The `membership` of a member event, when it is one the spec defines. */
export function readMembership(event: StrippedStateEvent | undefined): Membership | undefined {
  if (!event) return undefined;
  const membership = ownProperty(event.content, "membership");
  return typeof membership === "string" && MEMBERSHIPS.has(membership) ? (membership as Membership) : undefined;
}

/** A member as the UI shows them: validated user ID plus cleaned display name. */
export function toRoomMember(userId: string, event: StrippedStateEvent | undefined): RoomMember {
  const displayName = event ? cleanName(ownProperty(event.content, "displayname")) : undefined;
  return displayName === undefined ? { userId } : { userId, displayName };
}

/**
 * The room's name per the spec's algorithm ("Calculating the display name for a room"), in
 * order: a non-empty `m.room.name`, then a valid canonical alias, then up to five other
 * joined or invited members (the inviter first) plus how many more, else empty.
 *
 * The inviter counts as a member even without a member event of their own: the auth rules
 * only let joined users invite, so the invite event is evidence enough.
 */
export function computeRoomName(
  state: IndexedRoomState,
  userId: string | undefined,
  inviterId: string | undefined,
): RoomName {
  const nameEvent = state.roomState.get("m.room.name");
  const name = nameEvent ? cleanName(ownProperty(nameEvent.content, "name")) : undefined;
  if (name !== undefined) return { kind: "named", name };

  const alias = readCanonicalAlias(state);
  if (alias !== undefined) return { kind: "alias", alias };

  const members: RoomMember[] = [];
  let total = 0;
  if (inviterId !== undefined && inviterId !== userId) {
    const inviterEvent = state.memberByUserId.get(inviterId);
    const inviterMembership = readMembership(inviterEvent);
    if (inviterEvent === undefined || inviterMembership === "join" || inviterMembership === "invite") {
      members.push(toRoomMember(inviterId, inviterEvent));
      total += 1;
    }
  }
  for (const event of state.members) {
    const memberId = event.state_key;
    if (memberId === userId || memberId === inviterId) continue;
    const membership = readMembership(event);
    if (membership !== "join" && membership !== "invite") continue;
    total += 1;
    if (members.length < MAX_NAME_MEMBERS) members.push(toRoomMember(memberId, event));
  }
  if (total === 0) return { kind: "empty" };
  return { kind: "members", members, othersCount: total - members.length };
}

/** The `alias` of `m.room.canonical_alias`, when it is a valid `#localpart:server` alias. */
export function readCanonicalAlias(state: IndexedRoomState): string | undefined {
  const event = state.roomState.get("m.room.canonical_alias");
  const alias = event ? ownProperty(event.content, "alias") : undefined;
  return isRoomAlias(alias) ? alias : undefined;
}

/**
 * The plain-text topic of an `m.room.topic` event: the `text/plain` representation of
 * `m.topic` (an entry without `mimetype` is plain text, per the spec) when it has one,
 * else the legacy `topic` field. HTML representations are never used.
 */
export function readTopic(event: StrippedStateEvent | undefined): string | undefined {
  if (!event) return undefined;
  const rich = ownProperty(event.content, "m.topic");
  // The spec shape is `{ "m.text": [...] }`; some servers send the bare array (older drafts).
  const representations = isPlainObject(rich) ? ownProperty(rich, "m.text") : rich;
  if (Array.isArray(representations)) {
    const count = Math.min(representations.length, MAX_TOPIC_REPRESENTATIONS);
    for (let index = 0; index < count; index++) {
      const entry: unknown = representations[index];
      if (!isPlainObject(entry)) continue;
      const mimetype = ownProperty(entry, "mimetype");
      if (mimetype !== undefined && !isPlainTextMimetype(mimetype)) continue;
      const body = cleanLongText(ownProperty(entry, "body"));
      if (body !== undefined) return body;
    }
  }
  return cleanLongText(ownProperty(event.content, "topic"));
}

function isPlainTextMimetype(mimetype: unknown): boolean {
  if (typeof mimetype !== "string") return false;
  const essence = mimetype.split(";", 1)[0] ?? "";
  return essence.trim().toLowerCase() === "text/plain";
}

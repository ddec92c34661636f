import { cleanLongText } from "./text";
import { isRoomAlias, isUserId } from "./identifiers";
import { isPlainObject, ownProperty, readField, type ValidatedStateEvent } from "./strippedState";
import type { JoinRule, Membership, StrippedStateEvent } from "./types";

/** How many members a `{ kind: "members" }` name lists (the spec's "heroes" are up to 5). */
export const MAX_NAME_MEMBERS = 5;

// m.topic representations we look at; a topic has a handful, never thousands.
const MAX_TOPIC_REPRESENTATIONS = 32;

/** An event whose content can be read: parsed (a copy) or validated and not yet copied. */
type EventWithContent = Pick<ValidatedStateEvent, "content">;

const MEMBERSHIPS: ReadonlySet<string> = new Set<Membership>(["invite", "join", "leave", "ban", "knock"]);
const JOIN_RULES: ReadonlySet<string> = new Set<JoinRule>(["public", "invite", "knock", "restricted", "knock_restricted", "private"]);

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

/** The `membership` of a member event (parsed, or validated and not yet copied), when it is one the spec defines. */
export function readMembership(event: EventWithContent | undefined): Membership | undefined {
  if (!event) return undefined;
  return toMembership(readField(event.content, "membership"));
}

/** The `membership` value of a member event's content, when it is one the spec defines. */
export function toMembership(value: unknown): Membership | undefined {
  return typeof value === "string" && MEMBERSHIPS.has(value) ? (value as Membership) : undefined;
}

/** A `join_rule` value (of `m.room.join_rules` content, or a server's room summary), when it is one the spec defines. */
export function toJoinRule(value: unknown): JoinRule | undefined {
  return typeof value === "string" && JOIN_RULES.has(value) ? (value as JoinRule) : undefined;
}

/** The `alias` of an `m.room.canonical_alias` event, when it is a valid `#localpart:server` alias. */
export function readCanonicalAlias(event: EventWithContent | undefined): string | undefined {
  const alias = event ? readField(event.content, "alias") : undefined;
  return isRoomAlias(alias) ? alias : undefined;
}

/**
 * The plain-text topic of an `m.room.topic` event: the `text/plain` representation of
 * `m.topic` (an entry without `mimetype` is plain text, per the spec) when it has one,
 * else the legacy `topic` field. HTML representations are never used. The nested values
 * are the caller's objects, possibly Proxies: a representation that throws is skipped, and
 * an `m.topic` that throws falls back to `topic`, so one bad field never hides a good one.
 */
export function readTopic(event: EventWithContent | undefined): string | undefined {
  if (!event) return undefined;
  return readRichTopic(readField(event.content, "m.topic")) ?? cleanLongText(readField(event.content, "topic"));
}

/** The first plain-text representation of an `m.topic` value, cleaned; `undefined` when there is none or it cannot be read. */
function readRichTopic(rich: unknown): string | undefined {
  let representations: unknown;
  let count: number;
  try {
    // The spec shape is `{ "m.text": [...] }`; some servers send the bare array (older drafts).
    representations = isPlainObject(rich) ? ownProperty(rich, "m.text") : rich;
    if (!Array.isArray(representations)) return undefined;
    count = Math.min(representations.length, MAX_TOPIC_REPRESENTATIONS);
  } catch {
    return undefined;
  }
  for (let index = 0; index < count; index++) {
    try {
      const entry: unknown = (representations as readonly unknown[])[index];
      if (!isPlainObject(entry)) continue;
      const mimetype = ownProperty(entry, "mimetype");
      if (mimetype !== undefined && !isPlainTextMimetype(mimetype)) continue;
      const body = cleanLongText(ownProperty(entry, "body"));
      if (body !== undefined) return body;
    } catch {
      // This representation cannot be read: try the next one.
    }
  }
  return undefined;
}

function isPlainTextMimetype(mimetype: unknown): boolean {
  if (typeof mimetype !== "string") return false;
  if (mimetype === "text/plain") return true;
  const essence = mimetype.split(";", 1)[0] ?? "";
  return essence.trim().toLowerCase() === "text/plain";
}

/**
 * The events a summary reads (internal to the core), gathered in one pass over the state
 * list by `forEachStateEvent` and `validateStateEvent`, the same path `parseStrippedState`
 * takes. Events a summary never reads are skipped after their type and state key, and
 * nothing is copied: the summary reads the few content fields it shows in place.
 */
import { isUserId } from "./identifiers";
import { forEachStateEvent, validateStateEvent, type ValidatedStateEvent } from "./strippedState";

/**
 * The latest valid event for each type and state key a summary reads. A Map keeps a key's
 * first position when it is set again, so members stay in the order each user first
 * appeared, as `parseStrippedState` keeps them.
 */
export interface SummaryEvents {
  /** `m.room.name`. */
  name: ValidatedStateEvent | undefined;
  /** `m.room.canonical_alias`. */
  canonicalAlias: ValidatedStateEvent | undefined;
  /** `m.room.topic`. */
  topic: ValidatedStateEvent | undefined;
  /** `m.room.avatar`. */
  avatar: ValidatedStateEvent | undefined;
  /** `m.room.join_rules`. */
  joinRules: ValidatedStateEvent | undefined;
  /** `m.room.create`. */
  create: ValidatedStateEvent | undefined;
  /** `m.room.encryption`. */
  encryption: ValidatedStateEvent | undefined;
  /** `m.room.member` events whose state key is a valid user ID, by user ID. */
  members: Map<string, ValidatedStateEvent>;
}

type RoomStateField = Exclude<keyof SummaryEvents, "members">;

// The room-wide state (state key "") a summary reads, and where it keeps each type; every
// other room-wide event is skipped unread.
const ROOM_STATE_FIELDS: ReadonlyMap<string, RoomStateField> = new Map<string, RoomStateField>([
  ["m.room.name", "name"],
  ["m.room.canonical_alias", "canonicalAlias"],
  ["m.room.topic", "topic"],
  ["m.room.avatar", "avatar"],
  ["m.room.join_rules", "joinRules"],
  ["m.room.create", "create"],
  ["m.room.encryption", "encryption"],
]);

/** The room-wide state event types (state key `""`) a summary reads, besides `m.room.member`. */
export const SUMMARY_STATE_TYPES: readonly string[] = /* @__PURE__ */ [...ROOM_STATE_FIELDS.keys()];

/** Reads the events a summary needs from `invite_state`, `knock_state` or room state. Never throws. */
export function readSummaryEvents(input: unknown): SummaryEvents {
  const events: SummaryEvents = {
    name: undefined,
    canonicalAlias: undefined,
    topic: undefined,
    avatar: undefined,
    joinRules: undefined,
    create: undefined,
    encryption: undefined,
    members: new Map(),
  };
  forEachStateEvent(input, readSummaryEvent, (event) => {
    const field = ROOM_STATE_FIELDS.get(event.type);
    if (field !== undefined) events[field] = event;
    else events.members.set(event.state_key, event);
  });
  return events;
}

/** A valid event of a kind the summary reads (see {@link isSummaryEvent}). */
function readSummaryEvent(raw: unknown): ValidatedStateEvent | undefined {
  return validateStateEvent(raw, isSummaryEvent);
}

/** Member events of a valid user ID, and the room-wide types a summary shows. */
function isSummaryEvent(type: string, stateKey: string): boolean {
  if (type === "m.room.member") return isUserId(stateKey);
  return stateKey === "" && ROOM_STATE_FIELDS.has(type);
}

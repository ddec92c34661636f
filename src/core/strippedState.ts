import type { StrippedStateEvent } from "./types";

/**
 * Whether `value` is a plain JSON object (not an array, not null, not a class instance).
 * Objects from another realm (an iframe, a `vm` context) count: their prototype is that
 * realm's `Object.prototype`, recognisable by having no prototype itself.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  try {
    if (Array.isArray(value)) return false;
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype === Object.prototype || prototype === null) return true;
    return (
      typeof prototype === "object" &&
      Object.getPrototypeOf(prototype) === null &&
      Object.prototype.toString.call(value) === "[object Object]"
    );
  } catch {
    // A revoked Proxy, or one whose getPrototypeOf trap throws: not JSON we can read.
    return false;
  }
}

/**
 * A shallow copy of a plain object's own enumerable keys onto a null-prototype object, so
 * that keys such as `__proto__` or `constructor` stay ordinary data and can never reach
 * `Object.prototype`. Values are not copied deeply: readers pick the fields they need.
 */
export function copyObject(value: Record<string, unknown>): Record<string, unknown> {
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    // Plain assignment is safe here: with no prototype there is no inherited `__proto__`
    // setter, so "__proto__" becomes an own data property like any other key (and it is
    // markedly faster than Object.defineProperty).
    copy[key] = value[key];
  }
  return copy;
}

/**
 * {@link copyObject} for an event's content, one field at a time: a field whose getter
 * throws is left out of the copy, and the other fields stay (a Proxy that will not list its
 * keys gives an empty copy). The copy holds exactly what {@link readField} can read.
 */
function copyReadableFields(value: Record<string, unknown>): Record<string, unknown> {
  const copy = Object.create(null) as Record<string, unknown>;
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return copy;
  }
  for (const key of keys) {
    try {
      copy[key] = value[key];
    } catch {
      // This field cannot be read: it is absent, like a field that fails validation.
    }
  }
  return copy;
}

/** Reads an own property without walking the prototype chain (so `"constructor"` is not inherited). */
export function ownProperty(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/**
 * A field of an object from the caller (an event's `content`, not yet copied): an own
 * enumerable property, so exactly what a copy would hold. `undefined` when absent, and when
 * a hostile getter or Proxy throws, so one bad field never hides the rest of the event.
 */
export function readField(value: Record<string, unknown>, key: string): unknown {
  try {
    return Object.prototype.propertyIsEnumerable.call(value, key) ? value[key] : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a caller's object holds `key` as an own enumerable property (see {@link readField}); never throws. */
export function hasField(value: Record<string, unknown>, key: string): boolean {
  try {
    return Object.prototype.propertyIsEnumerable.call(value, key);
  } catch {
    return false;
  }
}

/** Most events we look at in one state list; beyond this the rest is dropped, not parsed. */
export const MAX_STATE_EVENTS = 200_000;

/**
 * A stripped state event that passed validation, before anything is copied (internal to
 * the core). `content` is still the caller's own object: read it with {@link readField}.
 * {@link parseStrippedState} copies it into a {@link StrippedStateEvent} (and drops the event
 * if a hostile getter or Proxy keeps its content from being copied); summaries read the
 * few fields they need in place, and a field that throws there just reads as absent.
 */
export interface ValidatedStateEvent {
  /** Event type, e.g. `m.room.name`. */
  type: string;
  /** State key; `""` for room-wide state, a user ID for `m.room.member`. */
  state_key: string;
  /** Who sent it (claimed by the remote server; not verified), when it is a string. */
  sender?: string;
  /** The event content: a plain object, the caller's own (not copied). */
  content: Record<string, unknown>;
  /** The event object itself, the caller's own: optional fields are read from it on demand (see {@link readTimestamp}). */
  source: Record<string, unknown>;
}

/** Tells which `(type, state_key)` pairs a reader has any use for; the others are skipped unread. */
export type StateEventFilter = (type: string, stateKey: string) => boolean;

/**
 * Validates one stripped state event. This is the one place that decides whether an event
 * counts, for {@link parseStrippedState} and for the summaries alike. An event counts for
 * whatever it validly says: it needs what places it (`type` and `state_key`, strings) and
 * something to say (`content`, a plain object); every other field is read on its own, so an
 * invalid `sender` (absent, not a string, a getter that throws) drops the sender, not the
 * event, and a content field that fails validation drops that field only. Events `isWanted`
 * refuses are skipped after reading their type and state key. Nothing is copied. Never
 * throws: a hostile getter or Proxy on `type`, `state_key` or `content` makes the event
 * malformed.
 */
export function validateStateEvent(input: unknown, isWanted?: StateEventFilter): ValidatedStateEvent | undefined {
  try {
    if (!isPlainObject(input)) return undefined;
    const type = ownProperty(input, "type");
    const stateKey = ownProperty(input, "state_key");
    if (typeof type !== "string" || typeof stateKey !== "string") return undefined;
    if (isWanted !== undefined && !isWanted(type, stateKey)) return undefined;
    const content = ownProperty(input, "content");
    if (!isPlainObject(content)) return undefined;
    const sender = readField(input, "sender");
    return typeof sender === "string" ? { type, state_key: stateKey, sender, content, source: input } : { type, state_key: stateKey, content, source: input };
  } catch {
    return undefined;
  }
}

/**
 * An event's `origin_server_ts`, when it is a finite non-negative number. Optional: when a
 * hostile getter keeps it from being read, it is absent and the event still counts.
 */
export function readTimestamp(event: ValidatedStateEvent): number | undefined {
  const timestamp = readField(event.source, "origin_server_ts");
  return typeof timestamp === "number" && Number.isFinite(timestamp) && timestamp >= 0 ? timestamp : undefined;
}

/**
 * Validates one stripped state event on its own (the checks of `validateStateEvent`).
 * Returns a fresh copy holding only the fields we use, or `undefined` for a malformed event.
 * A content field that a hostile getter keeps from being read is left out of the copy.
 */
export function parseStrippedStateEvent(input: unknown): StrippedStateEvent | undefined {
  const valid = validateStateEvent(input);
  if (valid === undefined) return undefined;
  try {
    const content = copyReadableFields(valid.content);
    const event: StrippedStateEvent =
      valid.sender === undefined
        ? { type: valid.type, state_key: valid.state_key, content }
        : { type: valid.type, state_key: valid.state_key, sender: valid.sender, content };
    const timestamp = readTimestamp(valid);
    if (timestamp !== undefined) event.origin_server_ts = timestamp;
    const eventId = readField(valid.source, "event_id");
    if (typeof eventId === "string" && eventId.length <= 255) event.event_id = eventId;
    const unsigned = readField(valid.source, "unsigned");
    if (isPlainObject(unsigned)) event.unsigned = copyReadableFields(unsigned);
    return event;
  } catch {
    return undefined;
  }
}

/**
 * Parses `invite_state` / `knock_state` / live room state into validated events.
 *
 * Accepts the `/sync` shape `{ events: [...] }` or a bare array. Each event is checked on
 * its own and only the bad ones are dropped, so one malformed event never hides the rest
 * of an invite. Later events replace earlier ones with the same `(type, state_key)`, at
 * the position of the first. Never throws, whatever the input.
 */
export function parseStrippedState(input: unknown): StrippedStateEvent[] {
  const events: StrippedStateEvent[] = [];
  // Where each (type, state_key) first appeared; Maps, so untrusted strings never become object keys.
  const positions = new Map<string, Map<string, number>>();
  forEachStateEvent(input, parseStrippedStateEvent, (event) => {
    const byStateKey = positions.get(event.type) ?? new Map<string, number>();
    positions.set(event.type, byStateKey);
    const position = byStateKey.get(event.state_key);
    if (position === undefined) {
      byStateKey.set(event.state_key, events.length);
      events.push(event);
    } else {
      events[position] = event;
    }
  });
  return events;
}

/**
 * Calls `visit` with each event of a state list (`{ events }` or a bare array, at most
 * {@link MAX_STATE_EVENTS}), in order, that `readEvent` accepts: `validateStateEvent`, or
 * {@link parseStrippedStateEvent} to copy it too. Duplicates are left to the caller.
 * Internal to the core. Never throws, except what `visit` itself throws.
 */
export function forEachStateEvent<Event>(input: unknown, readEvent: (raw: unknown) => Event | undefined, visit: (event: Event) => void): void {
  const list = readStateList(input);
  const count = readLength(list);
  for (let index = 0; index < count; index++) {
    let raw: unknown;
    try {
      raw = list[index];
    } catch {
      continue;
    }
    const event = readEvent(raw);
    if (event !== undefined) visit(event);
  }
}

/** The events array of `{ events }`, or the input itself when it is an array; else empty. */
function readStateList(input: unknown): readonly unknown[] {
  try {
    const candidate: unknown = Array.isArray(input) ? input : isPlainObject(input) ? ownProperty(input, "events") : undefined;
    return Array.isArray(candidate) ? candidate : [];
  } catch {
    return [];
  }
}

/** How many items of the list to read. A Proxy can make `length` anything, or throw: it is read once, as a bounded integer. */
function readLength(list: readonly unknown[]): number {
  try {
    const length: unknown = list.length;
    return typeof length === "number" && length > 0 ? Math.min(Math.floor(length), MAX_STATE_EVENTS) : 0;
  } catch {
    return 0;
  }
}

/** Finds the state event with this type and state key, if any. */
export function findStateEvent(
  events: readonly StrippedStateEvent[],
  type: string,
  stateKey = "",
): StrippedStateEvent | undefined {
  for (const event of events) {
    if (event.type === type && event.state_key === stateKey) return event;
  }
  return undefined;
}

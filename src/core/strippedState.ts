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

/** Reads an own property without walking the prototype chain (so `"constructor"` is not inherited). */
export function ownProperty(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/** Most events we look at in one state list; beyond this the rest is dropped, not parsed. */
export const MAX_STATE_EVENTS = 200_000;

/**
 * Validates one stripped state event on its own: `type`, `state_key` and `sender` must be
 * strings and `content` a plain object. Returns a fresh copy holding only the fields we
 * use, or `undefined` for a malformed event.
 */
export function parseStrippedStateEvent(input: unknown): StrippedStateEvent | undefined {
  try {
    if (!isPlainObject(input)) return undefined;
    const type = ownProperty(input, "type");
    const stateKey = ownProperty(input, "state_key");
    const sender = ownProperty(input, "sender");
    const content = ownProperty(input, "content");
    if (typeof type !== "string" || typeof stateKey !== "string" || typeof sender !== "string") return undefined;
    if (!isPlainObject(content)) return undefined;
    const event: StrippedStateEvent = { type, state_key: stateKey, sender, content: copyObject(content) };
    const timestamp = ownProperty(input, "origin_server_ts");
    if (typeof timestamp === "number" && Number.isFinite(timestamp) && timestamp >= 0) event.origin_server_ts = timestamp;
    const eventId = ownProperty(input, "event_id");
    if (typeof eventId === "string" && eventId.length <= 255) event.event_id = eventId;
    const unsigned = ownProperty(input, "unsigned");
    if (isPlainObject(unsigned)) event.unsigned = copyObject(unsigned);
    return event;
  } catch {
    // A hostile getter or proxy: treat the event as malformed, never throw.
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
  let list: unknown[];
  let count: number;
  try {
    const candidate: unknown = Array.isArray(input) ? input : isPlainObject(input) ? ownProperty(input, "events") : undefined;
    if (!Array.isArray(candidate)) return [];
    list = candidate;
    // A Proxy can make `length` anything, or throw: read it once, as a bounded integer.
    const length: unknown = list.length;
    count = typeof length === "number" && length > 0 ? Math.min(Math.floor(length), MAX_STATE_EVENTS) : 0;
  } catch {
    return [];
  }
  const events: StrippedStateEvent[] = [];
  // Keyed by type and state key; a Map, so untrusted strings never become object keys.
  const indexByKey = new Map<string, Map<string, number>>();
  for (let i = 0; i < count; i++) {
    let raw: unknown;
    try {
      raw = list[i];
    } catch {
      continue;
    }
    const event = parseStrippedStateEvent(raw);
    if (!event) continue;
    let byStateKey = indexByKey.get(event.type);
    if (!byStateKey) {
      byStateKey = new Map();
      indexByKey.set(event.type, byStateKey);
    }
    const existing = byStateKey.get(event.state_key);
    if (existing === undefined) {
      byStateKey.set(event.state_key, events.length);
      events.push(event);
    } else {
      events[existing] = event;
    }
  }
  return events;
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

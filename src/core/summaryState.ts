/**
 * The one pass over untrusted room state that a summary needs (internal to the core, not
 * exported from the public entry). It keeps, for each `(type, state_key)` the summary
 * looks at, the last valid event, exactly as `parseStrippedState` followed by
 * `indexRoomState` would, but without copying any content: the summary reads the few
 * fields it needs from the winners afterwards, each field at most once.
 */
import { isPlainObject, MAX_STATE_EVENTS, ownProperty } from "./strippedState";

const hasOwnProperty = Object.prototype.hasOwnProperty;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * A field of an event's `content`: an own enumerable property, so exactly the fields a
 * copy of the content's `Object.keys` would hold, never an inherited one. `undefined`
 * when a hostile getter or Proxy throws. Call it once per field and keep the value.
 */
export function readContent(content: Record<string, unknown>, key: string): unknown {
  try {
    // hasOwnProperty first: it is much faster than propertyIsEnumerable and most reads are
    // of absent fields; the second check only matters for non-JSON objects.
    return hasOwnProperty.call(content, key) && propertyIsEnumerable.call(content, key) ? content[key] : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `content` holds `key` as an own enumerable property (see {@link readContent}); never throws. */
export function hasContent(content: Record<string, unknown>, key: string): boolean {
  try {
    return propertyIsEnumerable.call(content, key);
  } catch {
    return false;
  }
}

/** The latest valid `m.room.member` event for one state key. */
export interface MemberState {
  /** The event's `state_key`: starts with "@", not yet validated as a user ID. */
  stateKey: string;
  /** The event's `sender` (a string, not yet validated as a user ID). */
  sender: string;
  /** The event's `content`, the caller's own object (read fields with {@link readContent}). */
  content: Record<string, unknown>;
  /** The event itself, for fields read only for the user's own event (`origin_server_ts`). */
  event: Record<string, unknown>;
}

/**
 * The winners of one pass: the `content` of the latest valid room-wide event of each type a
 * summary uses, and the latest valid member event per state key, in the order each state
 * key first appeared (a later event for a known key replaces it in place).
 */
export interface SummaryState {
  /** `m.room.name` content. */
  name: Record<string, unknown> | undefined;
  /** `m.room.canonical_alias` content. */
  canonicalAlias: Record<string, unknown> | undefined;
  /** `m.room.topic` content. */
  topic: Record<string, unknown> | undefined;
  /** `m.room.avatar` content. */
  avatar: Record<string, unknown> | undefined;
  /** `m.room.join_rules` content. */
  joinRules: Record<string, unknown> | undefined;
  /** `m.room.create` content. */
  create: Record<string, unknown> | undefined;
  /** The sender of that `m.room.create` event. */
  createSender: string;
  /** Whether there is a valid `m.room.encryption` event. */
  isEncrypted: boolean;
  /**
   * The member events, one per state key, in the order each state key first appeared:
   * the first {@link SummaryState.memberCount} entries (the rest are spare, for reuse).
   * Keys are only known to start with "@": the reader checks each winner's key with
   * `isUserId`, as `indexRoomState` would have. Look one up with {@link findMember}.
   */
  members: MemberState[];
  /** How many entries of `members` are in use. */
  memberCount: number;
  /** The same members by state key, built once there are too many for a linear search. */
  memberIndex: Map<string, MemberState> | undefined;
}

// Most invites carry two or three member events: below this, a linear search beats a Map.
const LINEAR_SEARCH_LIMIT = 8;

/** The member event for this state key, if any. */
export function findMember(state: SummaryState, stateKey: string): MemberState | undefined {
  if (state.memberIndex !== undefined) return state.memberIndex.get(stateKey);
  const members = state.members;
  const count = state.memberCount;
  for (let index = 0; index < count; index++) {
    const member = members[index] as MemberState;
    if (member.stateKey === stateKey) return member;
  }
  return undefined;
}

function addMember(state: SummaryState, stateKey: string, sender: string, content: Record<string, unknown>, event: Record<string, unknown>): void {
  const members = state.members;
  const count = state.memberCount;
  let member = members[count];
  if (member === undefined) {
    member = { stateKey, sender, content, event };
    members.push(member);
  } else {
    member.stateKey = stateKey;
    member.sender = sender;
    member.content = content;
    member.event = event;
  }
  state.memberCount = count + 1;
  if (state.memberIndex !== undefined) {
    state.memberIndex.set(stateKey, member);
  } else if (count + 1 > LINEAR_SEARCH_LIMIT) {
    const memberIndex = new Map<string, MemberState>();
    for (let index = 0; index <= count; index++) {
      const known = members[index] as MemberState;
      memberIndex.set(known.stateKey, known);
    }
    state.memberIndex = memberIndex;
  }
}

// Every object below is created whole by one object literal, never grown field by field:
// V8 keeps a literal's hidden class alive, while the classes an object passes through as
// fields are added die at each full GC, and with them the optimised code of every function
// that saw them (a benchmark with a GC between rounds then runs unoptimised code).
function emptySummaryState(): SummaryState {
  return {
    name: undefined,
    canonicalAlias: undefined,
    topic: undefined,
    avatar: undefined,
    joinRules: undefined,
    create: undefined,
    createSender: "",
    isEncrypted: false,
    members: [],
    memberCount: 0,
    memberIndex: undefined,
  };
}

// One state (and its member entries) is reused from one summary to the next, so that
// summarising a thousand invites allocates little more than the summaries themselves. A
// hostile getter can call back into the summary while the state is in use: that call
// gets a fresh state of its own.
let sharedState: SummaryState | undefined;
let sharedStateInUse = false;
// Past this many member entries, the spare ones are dropped rather than kept for reuse.
const MAX_SPARE_MEMBERS = 64;
const NOTHING: Record<string, unknown> = Object.freeze(Object.create(null) as Record<string, unknown>);

function acquireSummaryState(): SummaryState {
  if (sharedStateInUse) return emptySummaryState();
  sharedStateInUse = true;
  sharedState ??= emptySummaryState();
  return sharedState;
}

/**
 * Hands back a state from {@link scanSummaryState} once the summary is built. The shared
 * state is emptied, so it never keeps the caller's events alive.
 */
export function releaseSummaryState(state: SummaryState): void {
  if (state !== sharedState) return;
  state.name = undefined;
  state.canonicalAlias = undefined;
  state.topic = undefined;
  state.avatar = undefined;
  state.joinRules = undefined;
  state.create = undefined;
  state.createSender = "";
  state.isEncrypted = false;
  const members = state.members;
  for (let index = 0; index < state.memberCount; index++) {
    const member = members[index] as MemberState;
    member.stateKey = "";
    member.sender = "";
    member.content = NOTHING;
    member.event = NOTHING;
  }
  if (members.length > MAX_SPARE_MEMBERS) members.length = 0;
  state.memberCount = 0;
  state.memberIndex = undefined;
  sharedStateInUse = false;
}

/**
 * Reads `invite_state` / `knock_state` / room state (the `{ events }` shape or a bare
 * array) in one pass. Events of other types, or room-wide types with a non-empty state
 * key, cannot change a summary and are skipped after reading their type and state key.
 * An event counts only when `parseStrippedStateEvent` would accept it (`type`,
 * `state_key` and `sender` strings, `content` a plain object), with one difference for
 * hostile objects: `parseStrippedStateEvent` copies the whole content (and reads
 * `origin_server_ts`, `event_id`, `unsigned`), so a getter or Proxy trap throwing there
 * dropped the event; here such an event counts and only the throwing field reads as
 * absent. Never throws. Give the state back with {@link releaseSummaryState} when done with it.
 */
export function scanSummaryState(input: unknown): SummaryState {
  const state = acquireSummaryState();
  let list: unknown[];
  let count: number;
  try {
    const candidate: unknown = Array.isArray(input) ? input : isPlainObject(input) ? ownProperty(input, "events") : undefined;
    if (!Array.isArray(candidate)) return state;
    list = candidate;
    // A Proxy can make `length` anything, or throw: read it once, as a bounded integer.
    const length: unknown = list.length;
    count = typeof length === "number" && length > 0 ? Math.min(Math.floor(length), MAX_STATE_EVENTS) : 0;
  } catch {
    return state;
  }
  for (let index = 0; index < count; index++) {
    try {
      scanEvent(state, list[index]);
    } catch {
      // A hostile getter or Proxy: this event counts as malformed, the others still count.
    }
  }
  return state;
}

function scanEvent(state: SummaryState, raw: unknown): void {
  if (!isPlainObject(raw)) return;
  const type = ownProperty(raw, "type");
  if (typeof type !== "string") return;
  const stateKey = ownProperty(raw, "state_key");
  if (typeof stateKey !== "string") return;
  if (type === "m.room.member") {
    // Anything else cannot be a user ID, so `indexRoomState` would drop it.
    if (stateKey.charCodeAt(0) !== 0x40 /* @ */) return;
  } else if (stateKey !== "" || !isSummaryRoomType(type)) {
    return;
  }
  const sender = ownProperty(raw, "sender");
  if (typeof sender !== "string") return;
  const content = ownProperty(raw, "content");
  if (!isPlainObject(content)) return;
  switch (type) {
    case "m.room.member": {
      const existing = findMember(state, stateKey);
      if (existing === undefined) {
        addMember(state, stateKey, sender, content, raw);
      } else {
        existing.sender = sender;
        existing.content = content;
        existing.event = raw;
      }
      return;
    }
    case "m.room.name":
      state.name = content;
      return;
    case "m.room.canonical_alias":
      state.canonicalAlias = content;
      return;
    case "m.room.topic":
      state.topic = content;
      return;
    case "m.room.avatar":
      state.avatar = content;
      return;
    case "m.room.join_rules":
      state.joinRules = content;
      return;
    case "m.room.create":
      state.create = content;
      state.createSender = sender;
      return;
    case "m.room.encryption":
      state.isEncrypted = true;
  }
}

function isSummaryRoomType(type: string): boolean {
  switch (type) {
    case "m.room.name":
    case "m.room.canonical_alias":
    case "m.room.topic":
    case "m.room.avatar":
    case "m.room.join_rules":
    case "m.room.create":
    case "m.room.encryption":
      return true;
    default:
      return false;
  }
}

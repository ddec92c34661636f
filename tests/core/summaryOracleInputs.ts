/**
 * Inputs of the summary oracle (`summaryOracle.test.ts`): every state list in the real
 * Synapse captures, and seeded fast-check states built to reach every branch of the
 * summary (duplicated keys, many members, the user's own invite among junk, hostile text).
 */
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";

/** One call to make: the state input and the options. */
export interface OracleCase {
  /** What the case is, for failure messages. */
  name: string;
  /** The state passed to `summarizeInvite` / `summarizeRoomState`. */
  input: unknown;
  /** The options passed with it. */
  options: { userId?: string; roomId?: string };
}

const FIXTURE_USERS = ["@bob:localhost", "@alice:localhost", "@carol:localhost", "@mallory:localhost", undefined];

/** Every state list inside a capture: each array of event-like objects and each `{ events }` block. */
function collectStateLists(value: unknown, path: string, found: [string, unknown][]): void {
  if (Array.isArray(value)) {
    if (value.some((item) => typeof item === "object" && item !== null && "type" in item)) found.push([path, value]);
    value.forEach((item, index) => collectStateLists(item, `${path}[${index}]`, found));
  } else if (typeof value === "object" && value !== null) {
    if (Array.isArray((value as { events?: unknown }).events)) found.push([`${path}{events}`, value]);
    for (const [key, child] of Object.entries(value)) collectStateLists(child, `${path}.${key}`, found);
  }
}

/** Every state list of every capture in `fixturesDirectory`, seen by each of the capture's users. */
export function fixtureCases(fixturesDirectory: string): OracleCase[] {
  const cases: OracleCase[] = [];
  for (const file of readdirSync(fixturesDirectory).filter((name) => name.endsWith(".json")).sort()) {
    const capture = JSON.parse(readFileSync(`${fixturesDirectory}${file}`, "utf8")) as { room_id?: unknown };
    const roomId = typeof capture.room_id === "string" ? capture.room_id : undefined;
    const lists: [string, unknown][] = [];
    collectStateLists(capture, file, lists);
    for (const [path, input] of lists) {
      for (const userId of FIXTURE_USERS) cases.push({ name: `${path} as ${userId ?? "nobody"}`, input, options: { userId, roomId } });
    }
  }
  return cases;
}

const ME = "@me:example.org";
const USERS = [ME, "@inviter:example.org", ..."abcdefghij".split("").map((letter) => `@${letter}:example.org`)];
const hostileText = fc.oneof(
  fc.constantFrom("Room", "Alice", "Alice Liddell", "  spaced  out ", "Zażółć gęślą", "名前", "", " ", "\u200B", "a\u202Eb", "x\ny", "a  b", " lead", "trail "),
  fc.string({ unit: "binary", maxLength: 24 }),
  fc.string({ unit: fc.constantFrom("\u202E", "\u2066", "\u0000", "\u0085", "\uD800", "\uDC00", "a", " ", "\u200B", "😀", "\t", "\u00A0"), maxLength: 20 }),
  fc.string({ unit: "grapheme-ascii", minLength: 250, maxLength: 1_100 }),
  fc.constantFrom("mxc://example.org/abc", "mxc://example.org/a/b", "https://evil.example/a.png", "#room:example.org", "#bad", "@a:example.org"),
);
const anyValue = fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
const membership = fc.oneof({ weight: 8, arbitrary: fc.constantFrom("join", "invite", "leave", "ban", "knock") }, { weight: 1, arbitrary: anyValue });
const topicRepresentations = fc.array(
  fc.record(
    { mimetype: fc.oneof(fc.constantFrom("text/plain", "text/html", " Text/Plain; charset=utf-8", "text/plain;x"), anyValue), body: anyValue },
    { requiredKeys: [] },
  ),
  { maxLength: 4 },
);
const memberContent = fc.record(
  {
    membership,
    displayname: anyValue,
    avatar_url: fc.oneof(fc.constantFrom("mxc://example.org/avatar", "mxc://x/y z"), anyValue),
    reason: anyValue,
    is_direct: fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: anyValue }),
    third_party_invite: fc.oneof(fc.record({ display_name: anyValue }, { requiredKeys: [] }), anyValue),
  },
  { requiredKeys: [] },
);
const contentByType = new Map<string, fc.Arbitrary<Record<string, unknown>>>([
  [
    "m.room.create",
    fc.record(
      {
        room_version: fc.oneof(fc.constantFrom("1", "10", "11", "12", "12", "org.example.v1", "bad version", "x".repeat(33)), anyValue),
        type: fc.oneof(fc.constantFrom("m.space", "m.space\u202E", "org.example.type"), anyValue),
        additional_creators: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...USERS), anyValue), { maxLength: 6 }), anyValue),
      },
      { requiredKeys: [] },
    ),
  ],
  ["m.room.name", fc.record({ name: anyValue }, { requiredKeys: [] })],
  ["m.room.canonical_alias", fc.record({ alias: fc.oneof(fc.constantFrom("#room:example.org", "#x:y.z:80", "#bad"), anyValue) }, { requiredKeys: [] })],
  [
    "m.room.topic",
    fc.record({ topic: anyValue, "m.topic": fc.oneof(fc.record({ "m.text": topicRepresentations }), topicRepresentations, anyValue) }, { requiredKeys: [] }),
  ],
  ["m.room.avatar", fc.record({ url: fc.oneof(fc.constantFrom("mxc://example.org/room", "mxc://bad/../x"), anyValue) }, { requiredKeys: [] })],
  [
    "m.room.join_rules",
    fc.record({ join_rule: fc.oneof(fc.constantFrom("public", "invite", "knock", "restricted", "knock_restricted", "private", "Public"), anyValue) }, { requiredKeys: [] }),
  ],
  ["m.room.encryption", fc.record({ algorithm: anyValue }, { requiredKeys: [] })],
  ["m.room.member", memberContent],
]);
const TYPES = [...contentByType.keys()];
const stateEvent = fc
  .record({
    type: fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom(...TYPES) },
      { weight: 12, arbitrary: fc.constant("m.room.member") },
      { weight: 1, arbitrary: fc.constantFrom("m.room.power_levels", "__proto__", "x") },
    ),
    roomKey: fc.oneof({ weight: 8, arbitrary: fc.constant("") }, { weight: 1, arbitrary: hostileText }),
    memberKey: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...USERS) }, { weight: 1, arbitrary: hostileText }),
    sender: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...USERS) }, { weight: 1, arbitrary: anyValue }),
    timestamp: fc.option(fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER)), { nil: undefined }),
    flaw: fc.constantFrom("none", "none", "none", "none", "none", "no-content", "array-content", "numeric-type", "no-sender"),
  })
  .chain(({ type, roomKey, memberKey, sender, timestamp, flaw }) =>
    (contentByType.get(type) ?? fc.dictionary(fc.string({ maxLength: 4 }), anyValue)).map((content) => {
      const event: Record<string, unknown> = { type, state_key: type === "m.room.member" ? memberKey : roomKey, sender, content };
      if (timestamp !== undefined) event.origin_server_ts = timestamp;
      if (flaw === "no-content") delete event.content;
      if (flaw === "array-content") event.content = [content];
      if (flaw === "numeric-type") event.type = 7;
      if (flaw === "no-sender") delete event.sender;
      return event;
    }),
  );
const ownInvite = fc.record({
  sender: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...USERS.slice(1)) }, { weight: 1, arbitrary: fc.constantFrom(ME, "bad") }),
  content: memberContent.map((content) => ({ ...content, membership: "invite" })),
  timestamp: fc.option(fc.nat(), { nil: undefined }),
});
// A crowd of members, so that names with more than five members and "others" come up.
const crowd = fc.array(fc.record({ userId: fc.constantFrom(...USERS), membership, displayname: anyValue }), { minLength: 5, maxLength: 14 });
const generatedCase = fc.record({
  crowd: fc.option(crowd, { freq: 4, nil: undefined }),
  before: fc.array(fc.oneof({ weight: 12, arbitrary: stateEvent }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 30 }),
  after: fc.array(stateEvent, { maxLength: 8 }),
  invite: fc.option(ownInvite, { freq: 3, nil: undefined }),
  wrap: fc.constantFrom("array", "array", "array", "events", "events", "array-like"),
  userId: fc.constantFrom(ME, ME, ME, ME, "@inviter:example.org", "@a:example.org", "not a user", undefined),
  roomId: fc.constantFrom(undefined, "!room:example.org", "!opaqueV12", "bad"),
});

/** `runs` seeded generated cases; the same seed and fast-check version give the same cases. */
export function generatedCases(seed: number, runs: number): OracleCase[] {
  return fc.sample(generatedCase, { seed, numRuns: runs }).map(({ crowd: members, before, after, invite, wrap, userId, roomId }, index) => {
    const events: unknown[] = (members ?? []).map(({ userId: memberId, membership: value, displayname }) => ({
      type: "m.room.member",
      state_key: memberId,
      sender: memberId,
      content: { membership: value, displayname },
    }));
    events.push(...before);
    if (invite) {
      const event: Record<string, unknown> = { type: "m.room.member", state_key: ME, sender: invite.sender, content: invite.content };
      if (invite.timestamp !== undefined) event.origin_server_ts = invite.timestamp;
      events.push(event);
    }
    events.push(...after);
    const input = wrap === "array" ? events : wrap === "events" ? { events } : { events: Object.assign({}, events, { length: events.length }) };
    return { name: `generated case ${index}`, input, options: { userId, roomId } };
  });
}

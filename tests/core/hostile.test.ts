import { describe, expect, it } from "vitest";
import { isMxcUri, summarizeInvite, summarizeRoomState } from "../../src/core";
import type { InviteSummary, RoomSummary } from "../../src/core";

const me = "@me:example.org";
const inviterId = "@inviter:example.org";
const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

/** The user's own valid invite event: the one thing that must survive any junk around it. */
function ownInvite(content: Record<string, unknown> = {}, sender = inviterId): Record<string, unknown> {
  return { type: "m.room.member", state_key: me, sender, content: { membership: "invite", ...content } };
}

function stateEvent(type: string, content: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type, state_key: "", sender: inviterId, content, ...extra };
}

function member(userId: string, content: Record<string, unknown>): Record<string, unknown> {
  return { type: "m.room.member", state_key: userId, sender: userId, content };
}

function deepObject(depth: number): unknown {
  let value: unknown = {};
  for (let level = 0; level < depth; level++) value = { nested: value, events: [value] };
  return value;
}

function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

const throwingProxy = new Proxy(
  {},
  {
    get: () => {
      throw new Error("get trap");
    },
    has: () => {
      throw new Error("has trap");
    },
    ownKeys: () => {
      throw new Error("ownKeys trap");
    },
    getOwnPropertyDescriptor: () => {
      throw new Error("descriptor trap");
    },
    getPrototypeOf: () => {
      throw new Error("prototype trap");
    },
  },
);
const revocable = Proxy.revocable({}, {});
revocable.revoke();

const megabyte = "A".repeat(1024 * 1024);
const BANNED_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Checks what must hold for every summary: strings clean and capped, avatars mxc or absent. */
function expectSafe(summary: RoomSummary): void {
  const walk = (value: unknown, key: string): void => {
    if (typeof value === "string") {
      expect(value).not.toMatch(BANNED_CHARACTERS);
      expect(value).not.toMatch(LONE_SURROGATE);
      expect(value.length).toBeLessThanOrEqual(key === "topic" || key === "reason" ? 1024 : 256);
      if (key === "avatarUrl") expect(isMxcUri(value)).toBe(true);
    } else if (Array.isArray(value)) {
      value.forEach((item) => walk(item, key));
    } else if (typeof value === "object" && value !== null) {
      for (const [childKey, child] of Object.entries(value)) walk(child, childKey);
    }
  };
  walk(summary, "");
}

interface HostileCase {
  title: string;
  input: () => unknown;
  options?: unknown;
  expectSummary?: (summary: InviteSummary) => void;
}

const expectInviteSurvives = (summary: InviteSummary) => {
  expect(summary.membership).toBe("invite");
  expect(summary.inviter?.userId).toBe(inviterId);
};
const expectEmpty = (summary: InviteSummary) => {
  expect(summary.membership).toBeUndefined();
  expect(summary.name).toEqual({ kind: "empty" });
  expect(summary.creators).toEqual([]);
};

const cases: HostileCase[] = [
  { title: "null", input: () => null, expectSummary: expectEmpty },
  { title: "undefined", input: () => undefined, expectSummary: expectEmpty },
  { title: "a number", input: () => 42, expectSummary: expectEmpty },
  { title: "NaN", input: () => Number.NaN, expectSummary: expectEmpty },
  { title: "a string", input: () => "events", expectSummary: expectEmpty },
  { title: "a boolean", input: () => true, expectSummary: expectEmpty },
  { title: "a function", input: () => () => [ownInvite()], expectSummary: expectEmpty },
  { title: "events that is not an array", input: () => ({ events: "nope" }), expectSummary: expectEmpty },
  { title: "an array-like object", input: () => ({ events: { length: 3, 0: ownInvite() } }), expectSummary: expectEmpty },
  { title: "an array of primitives", input: () => [null, 1, "x", true, [], undefined], expectSummary: expectEmpty },
  { title: "100,000-deep nested objects", input: () => deepObject(100_000), expectSummary: expectEmpty },
  { title: "100,000-deep nested arrays", input: () => deepArray(100_000), expectSummary: expectEmpty },
  {
    title: "100,000-deep nesting inside content next to a valid invite",
    input: () => [stateEvent("m.room.topic", { topic: "fine", "m.topic": deepObject(100_000) }), ownInvite()],
    expectSummary: (summary) => {
      expectInviteSurvives(summary);
      expect(summary.topic).toBe("fine");
    },
  },
  {
    title: "__proto__, constructor and prototype keys from JSON",
    input: () =>
      JSON.parse(
        `{"events":[{"type":"m.room.name","state_key":"","sender":"@a:b.c","content":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"name":"Room"}},` +
          `{"type":"m.room.member","state_key":"${me}","sender":"${inviterId}","content":{"membership":"invite","__proto__":{"is_direct":true}}},` +
          `{"__proto__":{"type":"m.room.encryption"},"type":"x","state_key":"","sender":"@a:b.c","content":{}}]}`,
      ),
    expectSummary: (summary) => {
      expectInviteSurvives(summary);
      expect(summary.name).toEqual({ kind: "named", name: "Room" });
      expect(summary.isDirect).toBe(false);
      expect(summary.isEncrypted).toBe(false);
    },
  },
  {
    title: "state keys and types named __proto__ and constructor",
    input: () => [
      { type: "__proto__", state_key: "__proto__", sender: "@a:b.c", content: { polluted: "yes" } },
      { type: "constructor", state_key: "constructor", sender: "@a:b.c", content: {} },
      { type: "m.room.member", state_key: "__proto__", sender: "@a:b.c", content: { membership: "join" } },
      ownInvite(),
    ],
    expectSummary: (summary) => {
      expectInviteSurvives(summary);
      expect(summary.joinedMemberCount).toBe(0);
    },
  },
  {
    title: "a content object inheriting fields from a prototype",
    input: () => [stateEvent("m.room.name", Object.create({ name: "Inherited" })), ownInvite()],
    expectSummary: (summary) => expect(summary.name).not.toEqual({ kind: "named", name: "Inherited" }),
  },
  {
    title: "an event whose getter throws",
    input: () => [
      Object.defineProperty({ state_key: "", sender: "@a:b.c", content: {} }, "type", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      }),
      ownInvite(),
    ],
    expectSummary: expectInviteSurvives,
  },
  { title: "a Proxy event that throws on every trap", input: () => [throwingProxy, ownInvite()], expectSummary: expectInviteSurvives },
  { title: "a Proxy as the whole input", input: () => throwingProxy, expectSummary: expectEmpty },
  { title: "a revoked Proxy as the whole input", input: () => revocable.proxy, expectSummary: expectEmpty },
  {
    title: "an events array whose length getter throws",
    input: () =>
      ({
        events: new Proxy([ownInvite()], {
          get(target, key, receiver) {
            if (key === "length") throw new Error("length");
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
      }) as unknown,
    expectSummary: expectEmpty,
  },
  {
    title: "Proxies inside m.topic, additional_creators and third_party_invite",
    input: () => [
      stateEvent("m.room.create", { room_version: "12", additional_creators: throwingProxy }),
      stateEvent("m.room.topic", { "m.topic": throwingProxy, topic: "fallback" }),
      ownInvite({ third_party_invite: throwingProxy, is_direct: true }),
    ],
    expectSummary: (summary) => {
      expectInviteSurvives(summary);
      expect(summary.isDirect).toBe(true);
      expect(summary.creators).toEqual([inviterId]);
      expect(summary.thirdPartyInvite).toBeUndefined();
    },
  },
  {
    title: "a 1 MB room name",
    input: () => [stateEvent("m.room.name", { name: megabyte }), ownInvite()],
    expectSummary: (summary) => {
      expect(summary.name.kind).toBe("named");
      if (summary.name.kind === "named") {
        expect(summary.name.name).toHaveLength(256);
        expect(summary.name.name.endsWith("…")).toBe(true);
      }
    },
  },
  {
    title: "a 1 MB topic and reason",
    input: () => [stateEvent("m.room.topic", { topic: megabyte }), ownInvite({ reason: megabyte })],
    expectSummary: (summary) => {
      expect(summary.topic).toHaveLength(1024);
      expect(summary.reason).toHaveLength(1024);
    },
  },
  {
    title: "a 1 MB inviter display name",
    input: () => [member(inviterId, { membership: "join", displayname: megabyte }), ownInvite()],
    expectSummary: (summary) => expect(summary.inviter?.displayName).toHaveLength(256),
  },
  {
    title: "bidi overrides in the room name",
    input: () => [stateEvent("m.room.name", { name: "\u202eevil\u202c.exe\u202d" }), ownInvite()],
    expectSummary: (summary) => expect(summary.name).toEqual({ kind: "named", name: "evil.exe" }),
  },
  {
    title: "bidi isolates in the inviter's display name",
    input: () => [member(inviterId, { membership: "join", displayname: "\u2066Ad\u2067min\u2068\u2069" }), ownInvite()],
    expectSummary: (summary) => expect(summary.inviter?.displayName).toBe("Admin"),
  },
  {
    title: "C0 controls in the reason",
    input: () => [ownInvite({ reason: "line\u0000one\u0007\nline\u001btwo" })],
    expectSummary: (summary) => expect(summary.reason).toBe("lineone linetwo"),
  },
  {
    title: "C1 controls in the topic",
    input: () => [stateEvent("m.room.topic", { topic: "a\u0080b\u009bc\u0085d" }), ownInvite()],
    expectSummary: (summary) => expect(summary.topic).toBe("abcd"),
  },
  {
    title: "lone surrogates in the name",
    input: () => [stateEvent("m.room.name", { name: "a\ud800b\udc00c" }), ownInvite()],
    expectSummary: (summary) => expect(summary.name).toEqual({ kind: "named", name: "abc" }),
  },
  {
    title: "an emoji across the 256-character cut",
    input: () => [stateEvent("m.room.name", { name: "x".repeat(254) + "😀😀😀" }), ownInvite()],
    expectSummary: (summary) => {
      if (summary.name.kind !== "named") throw new Error("expected a named room");
      expect(summary.name.name).toBe("x".repeat(254) + "…");
    },
  },
  {
    title: "a name made only of invisible characters",
    input: () => [stateEvent("m.room.name", { name: "\u3164\u200b\ufeff" }), ownInvite()],
    expectSummary: (summary) => expect(summary.name.kind).toBe("members"),
  },
  ...["javascript:alert(1)", "data:image/png;base64,AAAA", "http://evil.example/a.png", "https://x.org/a.png"].map(
    (url): HostileCase => ({
      title: `a room avatar ${url.slice(0, 12)}`,
      input: () => [stateEvent("m.room.avatar", { url }), member(inviterId, { membership: "join", avatar_url: url }), ownInvite()],
      expectSummary: (summary) => {
        expect(summary.avatarUrl).toBeUndefined();
        expect(summary.inviter?.avatarUrl).toBeUndefined();
      },
    }),
  ),
  ...["mxc://", "mxc://server", "mxc://server/", "mxc://server/id/extra", "mxc://bad server/id", "mxc://x.org/../etc", "MXC://x.org/id", " mxc://x.org/id"].map(
    (url): HostileCase => ({
      title: `a malformed mxc avatar ${JSON.stringify(url)}`,
      input: () => [stateEvent("m.room.avatar", { url }), ownInvite()],
      expectSummary: (summary) => expect(summary.avatarUrl).toBeUndefined(),
    }),
  ),
  {
    title: "wrong-typed fields everywhere",
    input: () => [
      stateEvent("m.room.name", { name: 5 }),
      stateEvent("m.room.canonical_alias", { alias: { evil: true } }),
      stateEvent("m.room.join_rules", { join_rule: ["public"] }),
      stateEvent("m.room.create", { room_version: 11, type: { space: true } }),
      stateEvent("m.room.topic", { topic: ["x"], "m.topic": "text" }),
      stateEvent("m.room.avatar", { url: 1 }),
      member("@other:example.org", { membership: 1, displayname: 2 }),
      ownInvite({ is_direct: "true", reason: 7, third_party_invite: "email" }),
    ],
    expectSummary: (summary) => {
      expectInviteSurvives(summary);
      expect(summary.name).toEqual({ kind: "members", members: [{ userId: inviterId }], othersCount: 0 });
      expect(summary.joinRule).toBeUndefined();
      expect(summary.roomVersion).toBeUndefined();
      expect(summary.roomType).toBeUndefined();
      expect(summary.isSpace).toBe(false);
      expect(summary.topic).toBeUndefined();
      expect(summary.isDirect).toBe(false);
      expect(summary.reason).toBeUndefined();
      expect(summary.thirdPartyInvite).toBeUndefined();
    },
  },
  {
    title: "events with the wrong field types around a valid invite",
    input: () => [
      { type: 1, state_key: "", sender: "@a:b.c", content: {} },
      { type: "m.room.name", state_key: null, sender: "@a:b.c", content: { name: "x" } },
      { type: "m.room.name", state_key: "", sender: 3, content: { name: "y" } },
      { type: "m.room.name", state_key: "", sender: "@a:b.c", content: ["z"] },
      ownInvite(),
    ],
    expectSummary: (summary) => {
      expectInviteSurvives(summary);
      // A sender that is not a string drops the sender, not the name the event gives.
      expect(summary.name).toEqual({ kind: "named", name: "y" });
    },
  },
  {
    title: "a sparse events array",
    // eslint-disable-next-line no-sparse-arrays
    input: () => [, , ownInvite(), ,],
    expectSummary: expectInviteSurvives,
  },
  {
    title: "duplicate (type, state_key): the later event replaces the earlier",
    input: () => [stateEvent("m.room.name", { name: "First" }), ownInvite(), stateEvent("m.room.name", { name: "Second" })],
    expectSummary: (summary) => expect(summary.name).toEqual({ kind: "named", name: "Second" }),
  },
  {
    title: "a later leave replacing the user's own invite",
    input: () => [ownInvite({ is_direct: true }), member(me, { membership: "leave" })],
    expectSummary: (summary) => {
      expect(summary.membership).toBe("leave");
      expect(summary.inviter).toBeUndefined();
      expect(summary.isDirect).toBe(false);
    },
  },
  {
    title: "is_direct on someone else's invite only",
    input: () => [member("@other:example.org", { membership: "invite", is_direct: true }), ownInvite()],
    expectSummary: (summary) => expect(summary.isDirect).toBe(false),
  },
  {
    title: "an invite event whose sender is not a user ID",
    input: () => [ownInvite({}, "mallory")],
    expectSummary: (summary) => {
      expect(summary.membership).toBe("invite");
      expect(summary.inviter).toBeUndefined();
      expect(summary.name).toEqual({ kind: "empty" });
    },
  },
  {
    title: "a 255-character inviter ID (allowed)",
    input: () => [ownInvite({}, `@${"a".repeat(255 - "@:example.org".length)}:example.org`)],
    expectSummary: (summary) => expect(summary.inviter?.userId).toHaveLength(255),
  },
  {
    title: "a 256-character inviter ID (rejected)",
    input: () => [ownInvite({}, `@${"a".repeat(256 - "@:example.org".length)}:example.org`)],
    expectSummary: (summary) => {
      expect(summary.membership).toBe("invite");
      expect(summary.inviter).toBeUndefined();
    },
  },
  {
    title: "a version 12 room ID and a garbage room ID in the options",
    input: () => [ownInvite()],
    options: { userId: me, roomId: "!cm-oLNpToQyxA3S0qZ4_yC7fwgbPHgeJg1J78kbticI" },
    expectSummary: (summary) => expect(summary.roomId).toBe("!cm-oLNpToQyxA3S0qZ4_yC7fwgbPHgeJg1J78kbticI"),
  },
  {
    title: "a room ID with spaces in the options",
    input: () => [ownInvite()],
    options: { userId: me, roomId: "!room id:x.org" },
    expectSummary: (summary) => expect(summary.roomId).toBeUndefined(),
  },
  ...[null, undefined, 42, "me", { userId: 5 }, { userId: "not an id" }, throwingProxy].map(
    (options): HostileCase => ({
      title: `garbage options ${String(typeof options)} ${JSON.stringify(options === throwingProxy ? "proxy" : options)}`,
      input: () => [ownInvite()],
      options,
      expectSummary: (summary) => {
        expect(summary.membership).toBeUndefined();
        expect(summary.inviter).toBeUndefined();
      },
    }),
  ),
  {
    title: "a 100,000-member list",
    input: () => [
      ...Array.from({ length: 100_000 }, (_, index) => member(`@user${index}:example.org`, { membership: index % 2 ? "join" : "invite" })),
      ownInvite(),
    ],
    expectSummary: (summary) => {
      if (summary.name.kind !== "members") throw new Error("expected members");
      expect(summary.name.members).toHaveLength(5);
      expect(summary.name.members[0]?.userId).toBe(inviterId);
      expect(summary.name.othersCount).toBe(100_000 + 1 - 5);
      expect(summary.joinedMemberCount).toBe(50_000);
      expect(summary.invitedMemberCount).toBe(50_001);
    },
  },
  {
    title: "additional_creators in a version 11 room (ignored)",
    input: () => [stateEvent("m.room.create", { room_version: "11", additional_creators: ["@x:example.org"] }), ownInvite()],
    expectSummary: (summary) => expect(summary.creators).toEqual([inviterId]),
  },
  {
    title: "additional_creators with invalid and duplicate entries in version 12",
    input: () => [
      stateEvent("m.room.create", {
        room_version: "12",
        additional_creators: ["@x:example.org", "x", 5, null, inviterId, "@x:example.org", `@${"a".repeat(300)}:x.org`],
      }),
      ownInvite(),
    ],
    expectSummary: (summary) => expect(summary.creators).toEqual([inviterId, "@x:example.org"]),
  },
  {
    title: "a create event without room_version (version 1)",
    input: () => [stateEvent("m.room.create", { creator: inviterId }), ownInvite()],
    expectSummary: (summary) => expect(summary.roomVersion).toBe("1"),
  },
  {
    title: "room-wide events with a non-empty state key (ignored)",
    input: () => [stateEvent("m.room.name", { name: "Hidden" }, { state_key: "x" }), stateEvent("m.room.encryption", { algorithm: "a" }, { state_key: "x" }), ownInvite()],
    expectSummary: (summary) => {
      expect(summary.name.kind).toBe("members");
      expect(summary.isEncrypted).toBe(false);
    },
  },
  {
    title: "member events whose state key is not a user ID",
    input: () => [member("alice", { membership: "join", displayname: "Alice" }), member("", { membership: "join" }), ownInvite()],
    expectSummary: (summary) => {
      expect(summary.joinedMemberCount).toBe(0);
      expect(summary.name).toEqual({ kind: "members", members: [{ userId: inviterId }], othersCount: 0 });
    },
  },
  {
    title: "an unknown membership value",
    input: () => [member(me, { membership: "joined" })],
    expectSummary: (summary) => expect(summary.membership).toBeUndefined(),
  },
  {
    title: "a third-party invite with a hostile display name",
    input: () => [ownInvite({ third_party_invite: { display_name: "\u202ebob@example.org\u0000", signed: {} } })],
    expectSummary: (summary) => expect(summary.thirdPartyInvite).toEqual({ displayName: "bob@example.org" }),
  },
  {
    title: "bad origin_server_ts values",
    input: () => [ownInvite({}, inviterId), { ...ownInvite(), origin_server_ts: -5 }],
    expectSummary: (summary) => expect(summary.invitedAt).toBeUndefined(),
  },
  {
    title: "an HTML-only m.topic (the legacy topic is used, never the HTML)",
    input: () => [
      stateEvent("m.room.topic", { "m.topic": { "m.text": [{ mimetype: "text/html", body: "<script>x</script>" }] }, topic: "plain" }),
      ownInvite(),
    ],
    expectSummary: (summary) => expect(summary.topic).toBe("plain"),
  },
  {
    title: "a canonical alias that breaks the grammar",
    input: () => [stateEvent("m.room.canonical_alias", { alias: "#no-server" }), ownInvite()],
    expectSummary: (summary) => {
      expect(summary.canonicalAlias).toBeUndefined();
      expect(summary.name.kind).toBe("members");
    },
  },
];

describe("summarizeInvite on hostile input", () => {
  it("has at least forty distinct cases", () => {
    expect(new Set(cases.map((testCase) => testCase.title)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((testCase) => [testCase.title, testCase] as const))("stays safe with %s", (_title, testCase) => {
    const options = "options" in testCase ? testCase.options : { userId: me };
    const summary = summarizeInvite(testCase.input(), options as { userId: string });
    expect(summary.trusted).toBe(false);
    expectSafe(summary);
    testCase.expectSummary?.(summary);
  });

  it("does the same for live state, marked trusted", () => {
    for (const testCase of cases) {
      const summary = summarizeRoomState(testCase.input(), { userId: me });
      expect(summary.trusted).toBe(true);
      expectSafe(summary);
    }
  });
});

describe("prototype pollution", () => {
  it("leaves Object.prototype untouched after every hostile case", () => {
    for (const testCase of cases) summarizeInvite(testCase.input(), { userId: me });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).is_direct).toBeUndefined();
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });
});

import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStrippedState } from "../../src/core";
import { MAX_STATE_EVENTS } from "../../src/core/strippedState";

const ME = "@me:example.org";

function member(userId: string, membership: string, extra: Record<string, unknown> = {}) {
  return { type: "m.room.member", state_key: userId, sender: "@inviter:example.org", content: { membership, ...extra } };
}

describe("parseStrippedState input shapes", () => {
  it("reads the /sync shape { events } and a bare array the same way", () => {
    const events = [member(ME, "invite"), { type: "m.room.name", state_key: "", sender: "@a:b.c", content: { name: "Room" } }];
    expect(parseStrippedState({ events })).toEqual(parseStrippedState(events));
    expect(parseStrippedState(events)).toHaveLength(2);
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 7],
    ["a string", "[{}]"],
    ["an object without events", { state: [member(ME, "invite")] }],
    ["an array-like object", { length: 1, 0: member(ME, "invite") }],
  ])("returns an empty list for %s", (_title, input) => {
    expect(parseStrippedState(input)).toEqual([]);
  });

  it("drops only the events with nothing to place them or nothing to say, and keeps the rest in order", () => {
    const good = member(ME, "invite");
    const name = { type: "m.room.name", state_key: "", sender: "@a:b.c", content: { name: "Room" } };
    const parsed = parseStrippedState([
      { type: 1, state_key: "", sender: "@a:b.c", content: {} },
      { type: "m.room.topic", sender: "@a:b.c", content: {} },
      { type: "m.room.topic", state_key: "", sender: null, content: {} },
      { type: "m.room.topic", state_key: "", sender: "@a:b.c", content: [] },
      { type: "m.room.topic", state_key: "", sender: "@a:b.c", content: null },
      good,
      null,
      name,
    ]);
    // The topic whose sender is null still counts, without a sender (degrade per field).
    expect(parsed.map((event) => [event.type, event.sender])).toEqual([
      ["m.room.topic", undefined],
      ["m.room.member", "@inviter:example.org"],
      ["m.room.name", "@a:b.c"],
    ]);
    expect(parsed[0]).not.toHaveProperty("sender");
  });

  it("lets a later event replace an earlier one with the same type and state key", () => {
    const parsed = parseStrippedState([
      member(ME, "invite"),
      { type: "m.room.name", state_key: "", sender: "@a:b.c", content: { name: "Old" } },
      member(ME, "leave"),
      { type: "m.room.name", state_key: "", sender: "@a:b.c", content: { name: "New" } },
      member("@other:example.org", "join"),
    ]);
    expect(parsed.map((event) => [event.type, event.state_key, event.content.membership ?? event.content.name])).toEqual([
      ["m.room.member", ME, "leave"],
      ["m.room.name", "", "New"],
      ["m.room.member", "@other:example.org", "join"],
    ]);
  });

  it("reads events built in another realm (an iframe or vm context) but not class instances", () => {
    const foreign: unknown = runInNewContext(
      `[{ type: "m.room.member", state_key: "${ME}", sender: "@inviter:example.org", content: { membership: "invite" } }]`,
    );
    expect(parseStrippedState(foreign).map((event) => event.content.membership)).toEqual(["invite"]);
    class Content {
      membership = "invite";
    }
    const instance = { type: "m.room.member", state_key: ME, sender: "@a:b.c", content: new Content() };
    const inherited = { type: "m.room.member", state_key: ME, sender: "@a:b.c", content: Object.create({ membership: "invite" }) };
    expect(parseStrippedState([instance, inherited, new Date()])).toEqual([]);
  });

  it("copies only the fields it uses onto fresh objects", () => {
    const input = { ...member(ME, "invite"), room_id: "!r:x", hashes: { sha256: "x" }, origin_server_ts: 5, event_id: "$e" };
    const [event] = parseStrippedState([input]);
    expect(Object.keys(event ?? {}).sort()).toEqual(["content", "event_id", "origin_server_ts", "sender", "state_key", "type"]);
    expect(event?.content).not.toBe(input.content);
    expect(Object.getPrototypeOf(event?.content)).toBeNull();
  });
});

describe("parseStrippedState never throws", () => {
  it("survives 100,000-deep nesting, as input and inside content", () => {
    let deep: unknown = {};
    for (let level = 0; level < 100_000; level++) deep = { events: [deep], content: deep };
    expect(parseStrippedState(deep)).toEqual([]);
    const parsed = parseStrippedState([member(ME, "invite", { nested: deep })]);
    expect(parsed).toHaveLength(1);
  });

  it("keeps __proto__ and constructor keys as plain data and pollutes nothing", () => {
    const json = `[{"type":"m.room.member","state_key":"${ME}","sender":"@a:b.c","content":{"membership":"invite","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}},"__proto__":{"polluted":true}},
      {"type":"__proto__","state_key":"constructor","sender":"@a:b.c","content":{}}]`;
    const parsed = parseStrippedState(JSON.parse(json));
    expect(parsed).toHaveLength(2);
    expect(parsed[0]?.content.membership).toBe("invite");
    expect(Object.prototype.hasOwnProperty.call(parsed[0]?.content, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("skips events whose getters throw on what places them or that are hostile Proxies, keeping the others", () => {
    const throwing = {
      type: "m.room.name",
      get state_key(): string {
        throw new Error("boom");
      },
      sender: "@a:b.c",
      content: {},
    };
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        getPrototypeOf() {
          throw new Error("trap");
        },
      },
    );
    const list = [throwing, proxy, member(ME, "invite")];
    expect(parseStrippedState(list)).toHaveLength(1);
    const elementGetter = [member(ME, "invite")];
    Object.defineProperty(elementGetter, 1, {
      get() {
        throw new Error("index getter");
      },
    });
    expect(parseStrippedState(elementGetter)).toHaveLength(1);
  });

  it("bounds huge and lying arrays", () => {
    const sparse: unknown[] = [member(ME, "invite")];
    sparse.length = 2 ** 32 - 1;
    expect(parseStrippedState(sparse)).toHaveLength(1);
    const lying = new Proxy([member(ME, "invite")], {
      get(target, key, receiver) {
        return key === "length" ? Number.POSITIVE_INFINITY : Reflect.get(target, key, receiver);
      },
    });
    expect(parseStrippedState(lying)).toHaveLength(1);
    expect(MAX_STATE_EVENTS).toBeGreaterThanOrEqual(100_000);
  });

  it("returns only well-formed, de-duplicated events for arbitrary JSON", () => {
    const key = fc.constantFrom("type", "state_key", "sender", "content", "events", "__proto__", "constructor", "membership");
    const event = fc.record({
      type: fc.oneof(fc.constantFrom("m.room.member", "m.room.name", "__proto__"), fc.jsonValue()),
      state_key: fc.oneof(fc.constantFrom("", ME), fc.jsonValue()),
      sender: fc.oneof(fc.constant("@a:b.c"), fc.jsonValue()),
      content: fc.oneof(fc.dictionary(key, fc.jsonValue()), fc.jsonValue()),
    });
    const input = fc.oneof(fc.jsonValue(), fc.array(fc.oneof(event, fc.jsonValue())), fc.record({ events: fc.array(event) }));
    fc.assert(
      fc.property(input, (value) => {
        const parsed = parseStrippedState(value);
        const seen = new Set<string>();
        for (const parsedEvent of parsed) {
          expect(typeof parsedEvent.type).toBe("string");
          expect(typeof parsedEvent.state_key).toBe("string");
          expect(["string", "undefined"]).toContain(typeof parsedEvent.sender);
          expect(Object.getPrototypeOf(parsedEvent.content)).toBeNull();
          const id = JSON.stringify([parsedEvent.type, parsedEvent.state_key]);
          expect(seen.has(id)).toBe(false);
          seen.add(id);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Summaries must stay plain data, indistinguishable from object literals to the code that
 * receives them, whatever way the summary builds them.
 */
import { describe, expect, it } from "vitest";
import { isPlainObject } from "../../src/core/strippedState";
import { summarizeInvite, summarizeRoomState } from "../../src/core/summary";

const me = "@me:example.org";
const state = [
  { type: "m.room.name", state_key: "", sender: "@a:example.org", content: { name: "Room" } },
  { type: "m.room.member", state_key: me, sender: "@a:example.org", content: { membership: "invite", reason: "hi" }, origin_server_ts: 1_700_000_000_000 },
];

describe("summaries are plain objects", () => {
  it("has Object.prototype, Object as constructor and only its own data fields", () => {
    for (const summary of [summarizeInvite(state, { userId: me }), summarizeRoomState(state, { userId: me }), summarizeInvite(null, { userId: me })]) {
      expect(Object.getPrototypeOf(summary)).toBe(Object.prototype);
      expect(summary.constructor).toBe(Object);
      expect(isPlainObject(summary)).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(summary, "constructor")).toBe(false);
      expect(structuredClone(summary)).toStrictEqual(summary);
      expect(JSON.parse(JSON.stringify(summary))).toStrictEqual(summary);
    }
  });

  it("equals the same summary written as a literal, field for field and in order", () => {
    const summary = summarizeInvite(state, { userId: me, roomId: "!r:example.org" });
    const literal = {
      name: { kind: "named", name: "Room" },
      isSpace: false,
      isEncrypted: false,
      creators: [],
      isDirect: false,
      joinedMemberCount: 0,
      invitedMemberCount: 1,
      roomId: "!r:example.org",
      membership: "invite",
      reason: "hi",
      inviter: { userId: "@a:example.org" },
      invitedAt: 1_700_000_000_000,
      trusted: false,
    };
    expect(summary).toStrictEqual(literal);
    expect(Object.keys(summary)).toEqual(Object.keys(literal));
  });
});

describe("a polluted Object.prototype", () => {
  // A read-only field inherited from Object.prototype makes strict-mode assignment of that
  // field throw, where an object literal would not.
  it("still never throws when Object.prototype holds a read-only field of the same name", () => {
    Object.defineProperty(Object.prototype, "isDirect", { configurable: true, writable: false, value: true });
    let summaries: unknown[];
    try {
      summaries = [summarizeInvite(state, { userId: me, roomId: "!r:example.org" }), summarizeRoomState(state, { userId: me })];
    } finally {
      delete (Object.prototype as Record<string, unknown>)["isDirect"];
    }
    for (const summary of summaries) {
      expect(Object.keys(summary as object)).toEqual(expect.arrayContaining(["name", "creators", "isDirect", "trusted"]));
      expect(Object.prototype.hasOwnProperty.call(summary, "isDirect")).toBe(true);
      expect((summary as { creators: unknown }).creators).toEqual([]);
    }
    expect(summarizeInvite(state, { userId: me }).isDirect).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import { MAX_ROOMS_PER_SECTION } from "../../../src/core/store/syncResponse";
import { AFTER_CAPTURE, BOB, dm, knock, namedRoom, roomsOf, syncResponse } from "./syncFixtures";

const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

/** A store already holding two good invites and a knock: none may be lost to junk. */
function storeWithGoodInvites(): InviteStore {
  const store = createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
  store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm), knock: roomsOf(knock) }), { full: true });
  return store;
}

function expectGoodInvitesKept(store: InviteStore): void {
  expect(store.getSnapshot().map((entry) => entry.roomId).sort()).toEqual([namedRoom.roomId, dm.roomId, knock.roomId].sort());
}

const throwingProxy = new Proxy(
  {},
  {
    get: () => {
      throw new Error("get trap");
    },
    ownKeys: () => {
      throw new Error("ownKeys trap");
    },
    getPrototypeOf: () => {
      throw new Error("getPrototypeOf trap");
    },
  },
);

const junkResponses: Array<[string, unknown]> = [
  ["null", null],
  ["undefined", undefined],
  ["a string", "rooms"],
  ["a number", 42],
  ["an array", [{ rooms: {} }]],
  ["rooms: null", { rooms: null }],
  ["rooms as an array", { rooms: [namedRoom.entry] }],
  ["sections of the wrong type", { rooms: { invite: "x", knock: 7, join: [], leave: true } }],
  ["a throwing proxy", throwingProxy],
  ["rooms as a throwing proxy", { rooms: throwingProxy }],
  ["the invite section as a throwing proxy", { rooms: { invite: throwingProxy, leave: throwingProxy } }],
  ["account_data of the wrong type", { account_data: { events: "m.ignored_user_list" } }],
  ["account data events that are junk", { account_data: { events: [null, 1, "x", { type: 5 }, { type: "m.ignored_user_list", content: [] }] } }],
  ["room IDs that are not room IDs", { rooms: { leave: { "": {}, "not a room": {}, "@user:localhost": {}, "#alias:localhost": {} } } }],
];

describe("createInviteStore: hostile /sync responses", () => {
  it.each(junkResponses)("never throws on %s and keeps the invites it had", (_label, response) => {
    const store = storeWithGoodInvites();
    const before = store.getSnapshot();
    expect(() => store.applySync(response)).not.toThrow();
    expect(store.getSnapshot()).toBe(before);
    expectGoodInvitesKept(store);
  });

  it.each(junkResponses.slice(0, 11))("does not take %s for a complete picture with full: true", (_label, response) => {
    const store = storeWithGoodInvites();
    expect(() => store.applySync(response, { full: true })).not.toThrow();
    expectGoodInvitesKept(store);
  });

  it("still takes a well-formed full response without rooms as 'nothing pending'", () => {
    const store = storeWithGoodInvites();
    store.applySync({ next_batch: "s9" }, { full: true });
    expect(store.getSnapshot()).toEqual([]);
  });

  it("keeps the valid rooms of a section when other rooms in it are junk", () => {
    const store = createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
    const invite: Record<string, unknown> = {
      ...roomsOf(namedRoom),
      "!number:localhost": 5,
      "!null:localhost": null,
      "!array:localhost": [namedRoom.entry],
      "not-a-room-id": namedRoom.entry,
    };
    Object.defineProperty(invite, "!getter:localhost", {
      enumerable: true,
      get: () => {
        throw new Error("hostile getter");
      },
    });
    invite[dm.roomId] = dm.entry;
    expect(() => store.applySync(syncResponse({ invite }))).not.toThrow();
    expect(store.getSnapshot().map((entry) => entry.roomId).sort()).toEqual([namedRoom.roomId, dm.roomId].sort());
  });

  it("lists an invite whose invite_state is malformed (the user is invited), with an empty preview", () => {
    const store = createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
    const malformed = [null, "state", { events: "x" }, { events: [null, 1, { type: "m.room.name", content: "x" }] }, {}];
    const invite = Object.fromEntries(malformed.map((state, index) => [`!bad${index}:localhost`, { invite_state: state }]));
    expect(() => store.applySync(syncResponse({ invite: { ...invite, ...roomsOf(namedRoom) } }))).not.toThrow();
    expect(store.getSnapshot()).toHaveLength(malformed.length + 1);
    expect(store.getEntry("!bad0:localhost")?.summary.name).toEqual({ kind: "empty" });
    expect(store.getEntry("!bad0:localhost")?.sortTime).toBe(AFTER_CAPTURE);
    expect(store.getEntry(namedRoom.roomId)?.summary.name).toEqual({ kind: "named", name: "Design Review" });
  });

  it("treats a __proto__ key as data: no prototype pollution, the good invites stay", () => {
    const store = storeWithGoodInvites();
    const response = JSON.parse(
      `{"rooms":{"invite":{"__proto__":{"invite_state":{"events":[]}},"constructor":{},"!x:localhost":{"__proto__":{"polluted":true},"invite_state":{"__proto__":{"events":[]}}}},` +
        `"leave":{"__proto__":{},"hasOwnProperty":{}}},"account_data":{"events":[{"type":"__proto__","content":{"polluted":true}}]}}`,
    ) as unknown;
    expect(() => store.applySync(response)).not.toThrow();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(store.getEntry("__proto__")).toBeUndefined();
    expect(store.getEntry("!x:localhost")?.kind).toBe("invite");
    for (const roomId of [namedRoom.roomId, dm.roomId, knock.roomId]) expect(store.getEntry(roomId)).toBeDefined();
    expect(store.getSnapshot()).toHaveLength(4);
  });

  it("survives 100,000 invites in one response (a hostile server) and stays consistent", () => {
    const store = storeWithGoodInvites();
    const invite: Record<string, unknown> = {};
    for (let index = 0; index < 100_000; index++) invite[`!flood${index}:evil.example`] = {};
    expect(100_000).toBeLessThan(MAX_ROOMS_PER_SECTION);
    expect(() => store.applySync(syncResponse({ invite }))).not.toThrow();
    expect(store.getSnapshot()).toHaveLength(100_003);
    expect(store.getSnapshot()).toBe(store.getSnapshot());

    // A later full sync from an honest server clears the flood again.
    store.applySync(syncResponse({ invite: roomsOf(namedRoom) }), { full: true });
    expect(store.getSnapshot().map((entry) => entry.roomId)).toEqual([namedRoom.roomId]);
  });

  it("reads at most MAX_ROOMS_PER_SECTION rooms of one section", () => {
    const store = createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
    const knockSection: Record<string, unknown> = {};
    for (let index = 0; index < MAX_ROOMS_PER_SECTION + 10; index++) knockSection[`!k${index}:evil.example`] = {};
    store.applySync(syncResponse({ knock: knockSection }));
    expect(store.getSnapshot()).toHaveLength(MAX_ROOMS_PER_SECTION);
  });
});

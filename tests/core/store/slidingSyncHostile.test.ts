import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import { AFTER_SLIDING_CAPTURE, DM_ROOM, NAMED_ROOM, SLIDING_USER, slidingAnswer } from "./slidingSyncFixtures";

const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function storeWithInvites(): InviteStore {
  const store = createInviteStore({ userId: SLIDING_USER, now: () => AFTER_SLIDING_CAPTURE });
  store.applySlidingSync(slidingAnswer("first"), { full: true });
  return store;
}

function expectInvitesKept(store: InviteStore): void {
  expect(store.getSnapshot().map((entry) => entry.roomId).sort()).toEqual([NAMED_ROOM, DM_ROOM].sort());
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

/** An answer with two invites listed, whose `path` is replaced by `value`. */
function answerWith(path: string[], value: unknown): Record<string, unknown> {
  const answer = slidingAnswer("first");
  let target: Record<string, unknown> = answer;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path.at(-1)!] = value;
  return answer;
}

const junk: Array<[string, unknown]> = [
  ["null", null],
  ["a string", "pos"],
  ["an array", [slidingAnswer("first")]],
  ["a throwing proxy", throwingProxy],
  ["lists as a throwing proxy", answerWith(["lists"], throwingProxy)],
  ["rooms as a throwing proxy", answerWith(["rooms"], throwingProxy)],
  ["rooms as an array", answerWith(["rooms"], [])],
  ["lists as junk", answerWith(["lists"], "invites")],
  ["the list as null", answerWith(["lists", "invites"], null)],
  ["ops as a throwing proxy", answerWith(["lists", "invites", "ops"], throwingProxy)],
  ["ops with a partial range", answerWith(["lists", "invites", "ops"], [{ op: "SYNC", range: [1, 99], room_ids: [] }])],
  ["ops listing fewer rooms than count", answerWith(["lists", "invites", "ops"], [{ op: "SYNC", range: [0, 99], room_ids: [NAMED_ROOM] }])],
  ["ops listing junk room IDs", answerWith(["lists", "invites", "ops"], [{ op: "SYNC", range: [0, 99], room_ids: ["x", 5] }])],
  ["a negative count", answerWith(["lists", "invites", "count"], -1)],
  ["a count that is a string", answerWith(["lists", "invites", "count"], "0")],
  ["a count of NaN", answerWith(["lists", "invites", "count"], Number.NaN)],
  ["extensions as junk", answerWith(["extensions"], { account_data: { global: [null, 1, { type: 5 }, throwingProxy] } })],
];

describe("applySlidingSync: hostile answers", () => {
  it.each(junk)("never throws on %s and keeps the invites it had", (_label, response) => {
    const store = storeWithInvites();
    expect(() => store.applySlidingSync(response)).not.toThrow();
    expect(() => store.applySlidingSync(response, { full: true })).not.toThrow();
    expectInvitesKept(store);
  });

  it("treats __proto__ keys as data: no prototype pollution", () => {
    const store = storeWithInvites();
    const response = JSON.parse(
      `{"pos":"1","rooms":{"__proto__":{"invite_state":[]},"!x:localhost":{"__proto__":{"polluted":true},"invite_state":[{"__proto__":{"polluted":true}}]}},` +
        `"lists":{"__proto__":{"count":0},"invites":{"__proto__":{"count":0}}},"extensions":{"account_data":{"global":[{"type":"__proto__","content":{"polluted":true}}]}}}`,
    ) as unknown;
    expect(() => store.applySlidingSync(response)).not.toThrow();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(store.getEntry("!x:localhost")?.kind).toBe("invite");
    expect(store.getSnapshot()).toHaveLength(3);
  });

  it("lists a room whose stripped state is junk (the user is invited) with an empty preview", () => {
    const store = createInviteStore({ userId: SLIDING_USER });
    store.applySlidingSync({ pos: "1", rooms: { "!a:localhost": { invite_state: { events: "x" } }, "!b:localhost": { stripped_state: null } } });
    expect(store.getEntry("!a:localhost")?.summary.name).toEqual({ kind: "empty" });
    expect(store.getEntry("!b:localhost")?.kind).toBe("invite");
  });

  it("never throws on any JSON value as the whole answer", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (response) => {
        const store = storeWithInvites();
        store.applySlidingSync(response);
        store.applySlidingSync(response, { full: true });
      }),
      { numRuns: 300 },
    );
  });

  it("never takes junk in the list's ops for the complete list while count says there are invites", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 10_000 }), (ops, count) => {
        const store = storeWithInvites();
        const answer = answerWith(["lists", "invites", "ops"], ops);
        (answer["lists"] as { invites: { count: number } }).invites.count = count;
        store.applySlidingSync(answer);
        expectInvitesKept(store);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the other invites when one room's entry is any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (room) => {
        const store = storeWithInvites();
        const answer = slidingAnswer("first");
        delete (answer["lists"] as Record<string, unknown>)["invites"];
        answer["rooms"] = { [NAMED_ROOM]: room };
        store.applySlidingSync(answer);
        expect(store.getEntry(DM_ROOM)).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});

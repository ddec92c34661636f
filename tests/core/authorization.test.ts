/**
 * The `m.room.member` authorization rules, written out from the spec (Room Versions →
 * authorization rules, versions 1–12) as explicit cases, not computed by the code under test.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getMemberActions, isMembershipChangeAllowed } from "../../src/core";
import type { Membership } from "../../src/core";
import accepted from "../fixtures/accept-named-room-full.json";

const CREATOR = "@creator:example.org";
const SECOND_CREATOR = "@second:example.org";
const ADMIN = "@admin:example.org";
const MODERATOR = "@mod:example.org";
const MEMBER = "@member:example.org";
const OUTSIDER = "@outsider:example.org";
const INVITED = "@invited:example.org";
const BANNED = "@banned:example.org";
const KNOCKER = "@knocker:example.org";

interface RoomOptions {
  version?: string | undefined;
  joinRule?: string | undefined;
  /** `null`: no power-levels event at all. */
  powerLevels?: Record<string, unknown> | null;
  members?: Record<string, Membership>;
  additionalCreators?: unknown;
  federate?: boolean;
}

function event(type: string, stateKey: string, sender: string, content: Record<string, unknown>) {
  return { type, state_key: stateKey, sender, content };
}

/** A room's state: create event, optional power levels and join rules, then members. */
function room(options: RoomOptions = {}): Record<string, unknown>[] {
  const version = options.version ?? "11";
  const create: Record<string, unknown> = {};
  if (options.version !== undefined || !("version" in options)) create.room_version = version;
  if (Number(version) <= 10) create.creator = CREATOR;
  if (options.additionalCreators !== undefined) create.additional_creators = options.additionalCreators;
  if (options.federate === false) create["m.federate"] = false;
  const events = [event("m.room.create", "", CREATOR, create)];
  if (options.powerLevels !== null) {
    events.push(
      event(
        "m.room.power_levels",
        "",
        CREATOR,
        options.powerLevels ?? { users: { [CREATOR]: 100, [ADMIN]: 100, [MODERATOR]: 50 } },
      ),
    );
  }
  if (options.joinRule !== undefined) events.push(event("m.room.join_rules", "", CREATOR, { join_rule: options.joinRule }));
  const members = options.members ?? {
    [CREATOR]: "join",
    [ADMIN]: "join",
    [MODERATOR]: "join",
    [MEMBER]: "join",
    [INVITED]: "invite",
    [BANNED]: "ban",
    [KNOCKER]: "knock",
  };
  for (const [userId, membership] of Object.entries(members)) {
    events.push(event("m.room.member", userId, userId, { membership }));
  }
  return events;
}

function allowed(state: unknown, sender: string, target: string, membership: Membership): boolean {
  return isMembershipChangeAllowed(state, { sender, target, membership });
}

describe("joining", () => {
  it("lets anyone not banned join a public room, and nobody join for someone else", () => {
    const state = room({ joinRule: "public" });
    expect(allowed(state, OUTSIDER, OUTSIDER, "join")).toBe(true);
    expect(allowed(state, KNOCKER, KNOCKER, "join")).toBe(true);
    expect(allowed(state, BANNED, BANNED, "join")).toBe(false);
    expect(allowed(state, ADMIN, OUTSIDER, "join")).toBe(false);
  });

  it("lets only invited or joined users join an invite-only room", () => {
    const state = room({ joinRule: "invite" });
    expect(allowed(state, INVITED, INVITED, "join")).toBe(true);
    expect(allowed(state, MEMBER, MEMBER, "join")).toBe(true);
    expect(allowed(state, OUTSIDER, OUTSIDER, "join")).toBe(false);
    expect(allowed(state, KNOCKER, KNOCKER, "join")).toBe(false);
  });

  it("treats a room without a join-rules event as invite-only", () => {
    const state = room({ joinRule: undefined });
    expect(allowed(state, OUTSIDER, OUTSIDER, "join")).toBe(false);
    expect(allowed(state, INVITED, INVITED, "join")).toBe(true);
  });

  it("lets invited users join a knock room from version 7 on, and nobody before", () => {
    expect(allowed(room({ version: "7", joinRule: "knock" }), INVITED, INVITED, "join")).toBe(true);
    expect(allowed(room({ version: "7", joinRule: "knock" }), OUTSIDER, OUTSIDER, "join")).toBe(false);
    expect(allowed(room({ version: "6", joinRule: "knock" }), INVITED, INVITED, "join")).toBe(false);
  });

  it("allows a restricted join only with a vouching user who is joined and may invite (v8+)", () => {
    const state = room({ version: "10", joinRule: "restricted", powerLevels: { invite: 50, users: { [MODERATOR]: 50 } } });
    const join = (via: string | undefined) =>
      isMembershipChangeAllowed(state, {
        sender: OUTSIDER,
        target: OUTSIDER,
        membership: "join",
        ...(via === undefined ? {} : { joinAuthorisedViaUsersServer: via }),
      });
    expect(join(undefined)).toBe(false);
    expect(join(MODERATOR)).toBe(true);
    expect(join(MEMBER)).toBe(false); // joined, but level 0 < invite 50
    expect(join(INVITED)).toBe(false); // not joined
    expect(allowed(state, INVITED, INVITED, "join")).toBe(true);
    expect(allowed(room({ version: "7", joinRule: "restricted" }), INVITED, INVITED, "join")).toBe(false);
  });

  it("supports knock_restricted from version 10 only", () => {
    expect(allowed(room({ version: "10", joinRule: "knock_restricted" }), INVITED, INVITED, "join")).toBe(true);
    expect(allowed(room({ version: "9", joinRule: "knock_restricted" }), INVITED, INVITED, "join")).toBe(false);
    expect(allowed(room({ version: "10", joinRule: "knock_restricted" }), OUTSIDER, OUTSIDER, "knock")).toBe(true);
    expect(allowed(room({ version: "9", joinRule: "knock_restricted" }), OUTSIDER, OUTSIDER, "knock")).toBe(false);
  });

  it("lets the creator join right after the create event, and nobody else", () => {
    const onlyCreate = [event("m.room.create", "", CREATOR, { room_version: "12" })];
    expect(allowed(onlyCreate, CREATOR, CREATOR, "join")).toBe(true);
    expect(allowed(onlyCreate, OUTSIDER, OUTSIDER, "join")).toBe(false);
  });

  it("refuses joins under the reserved private rule or an unknown one", () => {
    expect(allowed(room({ joinRule: "private" }), INVITED, INVITED, "join")).toBe(false);
    expect(allowed(room({ joinRule: "whatever" }), INVITED, INVITED, "join")).toBe(false);
  });
});

describe("inviting", () => {
  it("needs the sender joined with the invite level, and a target neither joined nor banned", () => {
    const state = room({ powerLevels: { invite: 50, users: { [MODERATOR]: 50 } } });
    expect(allowed(state, MODERATOR, OUTSIDER, "invite")).toBe(true);
    expect(allowed(state, MODERATOR, KNOCKER, "invite")).toBe(true);
    expect(allowed(state, MODERATOR, INVITED, "invite")).toBe(true);
    expect(allowed(state, MEMBER, OUTSIDER, "invite")).toBe(false);
    expect(allowed(state, MODERATOR, MEMBER, "invite")).toBe(false);
    expect(allowed(state, MODERATOR, BANNED, "invite")).toBe(false);
    expect(allowed(state, INVITED, OUTSIDER, "invite")).toBe(false);
  });

  it("lets any member invite when the invite level is the default 0", () => {
    expect(allowed(room(), MEMBER, OUTSIDER, "invite")).toBe(true);
  });
});

describe("leaving, kicking and unbanning", () => {
  it("lets users leave from invite, join and (v7+) knock, but not from ban or leave", () => {
    const state = room({ version: "7" });
    expect(allowed(state, INVITED, INVITED, "leave")).toBe(true);
    expect(allowed(state, MEMBER, MEMBER, "leave")).toBe(true);
    expect(allowed(state, KNOCKER, KNOCKER, "leave")).toBe(true);
    expect(allowed(state, BANNED, BANNED, "leave")).toBe(false);
    expect(allowed(state, OUTSIDER, OUTSIDER, "leave")).toBe(false);
    expect(allowed(room({ version: "6" }), KNOCKER, KNOCKER, "leave")).toBe(false);
  });

  it("kicks only with the kick level and a strictly higher level than the target", () => {
    const state = room();
    expect(allowed(state, MODERATOR, MEMBER, "leave")).toBe(true);
    expect(allowed(state, MODERATOR, INVITED, "leave")).toBe(true);
    expect(allowed(state, MODERATOR, KNOCKER, "leave")).toBe(true);
    expect(allowed(state, MODERATOR, ADMIN, "leave")).toBe(false);
    expect(allowed(state, ADMIN, CREATOR, "leave")).toBe(false); // equal levels (100)
    expect(allowed(state, MEMBER, OUTSIDER, "leave")).toBe(false);
  });

  it("needs the ban level to unban, not only the kick level", () => {
    const state = room({ powerLevels: { kick: 50, ban: 75, users: { [ADMIN]: 100, [MODERATOR]: 50 } } });
    expect(allowed(state, MODERATOR, BANNED, "leave")).toBe(false);
    expect(allowed(state, ADMIN, BANNED, "leave")).toBe(true);
  });

  it("needs the sender to be joined to remove someone else", () => {
    const state = room({ powerLevels: { users: { [INVITED]: 100 } } });
    expect(allowed(state, INVITED, MEMBER, "leave")).toBe(false);
  });
});

describe("banning", () => {
  it("needs the ban level and a strictly higher level than the target", () => {
    const state = room();
    expect(allowed(state, MODERATOR, MEMBER, "ban")).toBe(true);
    expect(allowed(state, MODERATOR, OUTSIDER, "ban")).toBe(true);
    expect(allowed(state, MODERATOR, ADMIN, "ban")).toBe(false);
    expect(allowed(state, MEMBER, OUTSIDER, "ban")).toBe(false);
  });
});

describe("knocking", () => {
  it("lets a user knock for themselves on a knock room (v7+) unless banned, invited or joined", () => {
    const state = room({ version: "7", joinRule: "knock" });
    expect(allowed(state, OUTSIDER, OUTSIDER, "knock")).toBe(true);
    expect(allowed(state, KNOCKER, KNOCKER, "knock")).toBe(true);
    expect(allowed(state, BANNED, BANNED, "knock")).toBe(false);
    expect(allowed(state, INVITED, INVITED, "knock")).toBe(false);
    expect(allowed(state, MEMBER, MEMBER, "knock")).toBe(false);
    expect(allowed(state, ADMIN, OUTSIDER, "knock")).toBe(false);
  });

  it("refuses knocks on other join rules and before version 7", () => {
    expect(allowed(room({ version: "7", joinRule: "invite" }), OUTSIDER, OUTSIDER, "knock")).toBe(false);
    expect(allowed(room({ version: "7", joinRule: "public" }), OUTSIDER, OUTSIDER, "knock")).toBe(false);
    expect(allowed(room({ version: "6", joinRule: "knock" }), OUTSIDER, OUTSIDER, "knock")).toBe(false);
  });
});

describe("power-level defaults without a power-levels event", () => {
  it("gives the v1–v11 creator 100 and everyone else 0", () => {
    for (const version of ["1", "6", "10", "11"]) {
      const state = room({ version, powerLevels: null });
      expect(allowed(state, CREATOR, MEMBER, "ban"), version).toBe(true);
      expect(allowed(state, CREATOR, MEMBER, "leave"), version).toBe(true);
      expect(allowed(state, ADMIN, MEMBER, "ban"), version).toBe(false);
      expect(allowed(state, MEMBER, OUTSIDER, "invite"), version).toBe(true);
    }
  });

  it("reads a create event without room_version as version 1", () => {
    const state = room({ version: undefined, powerLevels: null });
    expect(allowed(state, CREATOR, MEMBER, "ban")).toBe(true);
    // Version 1 has no knocking.
    expect(allowed(room({ version: undefined, joinRule: "knock" }), OUTSIDER, OUTSIDER, "knock")).toBe(false);
  });

  it("takes the v1–v10 creator from content.creator", () => {
    const state = [
      event("m.room.create", "", OUTSIDER, { room_version: "10", creator: CREATOR }),
      event("m.room.member", CREATOR, CREATOR, { membership: "join" }),
      event("m.room.member", MEMBER, MEMBER, { membership: "join" }),
    ];
    expect(allowed(state, CREATOR, MEMBER, "ban")).toBe(true);
  });
});

describe("room version 12 creators", () => {
  const members = { [CREATOR]: "join", [SECOND_CREATOR]: "join", [ADMIN]: "join", [MEMBER]: "join" } as const;
  const v12 = (powerLevels: Record<string, unknown> | null = { users: { [ADMIN]: 100 } }) =>
    room({ version: "12", additionalCreators: [SECOND_CREATOR], powerLevels, members: { ...members } });

  it("gives the sender and additional_creators infinite power over any level", () => {
    const state = v12({ users: { [ADMIN]: 9_007_199_254_740_991 } });
    expect(allowed(state, CREATOR, ADMIN, "ban")).toBe(true);
    expect(allowed(state, SECOND_CREATOR, ADMIN, "leave")).toBe(true);
  });

  it("lets nobody, not even another creator, kick or ban a creator", () => {
    const state = v12({ users: { [ADMIN]: 9_007_199_254_740_991 } });
    expect(allowed(state, ADMIN, CREATOR, "ban")).toBe(false);
    expect(allowed(state, ADMIN, SECOND_CREATOR, "leave")).toBe(false);
    expect(allowed(state, CREATOR, SECOND_CREATOR, "ban")).toBe(false);
    expect(allowed(state, SECOND_CREATOR, CREATOR, "leave")).toBe(false);
  });

  it("ignores a users entry that claims a level for a creator", () => {
    const state = v12({ users: { [CREATOR]: 0, [ADMIN]: 100 } });
    expect(allowed(state, ADMIN, CREATOR, "ban")).toBe(false);
    expect(allowed(state, CREATOR, ADMIN, "ban")).toBe(true);
  });

  it("keeps creators' infinite power without a power-levels event", () => {
    const state = v12(null);
    expect(allowed(state, SECOND_CREATOR, MEMBER, "ban")).toBe(true);
    expect(allowed(state, ADMIN, MEMBER, "ban")).toBe(false);
  });

  it("gives additional_creators no power before version 12", () => {
    const state = room({ version: "11", additionalCreators: [SECOND_CREATOR], members: { ...members } });
    expect(allowed(state, SECOND_CREATOR, MEMBER, "ban")).toBe(false);
  });

  it("denies everything when additional_creators is not a list of user IDs", () => {
    for (const additionalCreators of ["@x:y", ["not a user"], [42], { 0: SECOND_CREATOR }]) {
      const state = room({ version: "12", additionalCreators, members: { ...members } });
      expect(allowed(state, CREATOR, MEMBER, "ban")).toBe(false);
    }
  });

  it("offers creators every action on ordinary members and nothing on other creators", () => {
    const state = v12();
    expect(getMemberActions(state, CREATOR, MEMBER)).toEqual({ invite: false, kick: true, ban: true, unban: false });
    expect(getMemberActions(state, SECOND_CREATOR, CREATOR)).toEqual({ invite: false, kick: false, ban: false, unban: false });
    expect(getMemberActions(state, ADMIN, SECOND_CREATOR)).toEqual({ invite: false, kick: false, ban: false, unban: false });
  });
});

describe("power-level values", () => {
  it("accepts string levels in versions 1–9 and refuses them from version 10", () => {
    const levels = { ban: "50", users: { [MODERATOR]: "50" } };
    expect(allowed(room({ version: "9", powerLevels: levels }), MODERATOR, MEMBER, "ban")).toBe(true);
    expect(allowed(room({ version: "10", powerLevels: levels }), MODERATOR, MEMBER, "ban")).toBe(false);
  });

  it("refuses fractional levels from version 6 on", () => {
    const levels = { users: { [MODERATOR]: 50.5 } };
    expect(allowed(room({ version: "5", powerLevels: levels }), MODERATOR, MEMBER, "ban")).toBe(true);
    expect(allowed(room({ version: "6", powerLevels: levels }), MODERATOR, MEMBER, "ban")).toBe(false);
  });
});

describe("broken or unknown state denies", () => {
  const cases: [string, unknown][] = [
    ["null", null],
    ["a number", 42],
    ["a string", "state"],
    ["an empty list", []],
    ["no create event", room().filter((e) => e.type !== "m.room.create")],
    ["an unknown room version", room({ version: "13" })],
    ["a non-string room version", [event("m.room.create", "", CREATOR, { room_version: 12 }), ...room().slice(1)]],
    ["a create event from a non-user", [event("m.room.create", "", "creator", { room_version: "11" }), ...room().slice(1)]],
    ["a power-levels event with a junk value", room({ powerLevels: { ban: "lots" } })],
    ["a power-levels event whose users is a list", room({ powerLevels: { users: [MODERATOR] } })],
  ];
  it.each(cases)("denies a moderator's ban with %s", (_title, state) => {
    expect(isMembershipChangeAllowed(state, { sender: MODERATOR, target: MEMBER, membership: "ban" })).toBe(false);
    expect(getMemberActions(state, MODERATOR, MEMBER)).toEqual({ invite: false, kick: false, ban: false, unban: false });
  });

  it("denies malformed requests", () => {
    const state = room();
    const requests: unknown[] = [
      null,
      {},
      { sender: "moderator", target: MEMBER, membership: "ban" },
      { sender: MODERATOR, target: MEMBER, membership: "destroy" },
      { sender: MODERATOR, target: 42, membership: "ban" },
    ];
    for (const request of requests) {
      expect(isMembershipChangeAllowed(state, request as never)).toBe(false);
    }
  });

  it("denies when the sender's or target's member event has an unknown membership", () => {
    const state = room({ members: { [MODERATOR]: "join", [MEMBER]: "dancing" as Membership } });
    expect(allowed(state, MODERATOR, MEMBER, "ban")).toBe(false);
  });

  it("keeps other servers out of a room created with m.federate false", () => {
    const state = room({ federate: false, joinRule: "public" });
    expect(allowed(state, MEMBER, MEMBER, "leave")).toBe(true);
    expect(allowed(state, "@visitor:elsewhere.org", "@visitor:elsewhere.org", "join")).toBe(false);
  });

  it("never throws on arbitrary state and requests", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.string(), fc.string(), (state, change, actor, target) => {
        expect(typeof isMembershipChangeAllowed(state, change as never)).toBe("boolean");
        const actions = getMemberActions(state, actor, target);
        expect(Object.keys(actions).sort()).toEqual(["ban", "invite", "kick", "unban"]);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on a Proxy whose traps throw, or a getter that throws", () => {
    const hostile = new Proxy([], {
      get: () => {
        throw new Error("trap");
      },
    });
    const getter = { get sender(): string { throw new Error("getter"); }, target: MEMBER, membership: "ban" };
    expect(isMembershipChangeAllowed(hostile, { sender: MODERATOR, target: MEMBER, membership: "ban" })).toBe(false);
    expect(isMembershipChangeAllowed(room(), getter as never)).toBe(false);
    expect(getMemberActions(hostile, MODERATOR, MEMBER)).toEqual({ invite: false, kick: false, ban: false, unban: false });
  });
});

describe("cost on hostile state", () => {
  it("answers correctly with 10,000 additional creators and 100,000 members", () => {
    // Quadratic work here takes over a minute and fails on the test timeout; timing belongs in a benchmark, not here.
    const creators = Array.from({ length: 10_000 }, (_, index) => `@creator${index}:example.org`);
    const members = Array.from({ length: 100_000 }, (_, index) => event("m.room.member", `@m${index}:example.org`, CREATOR, { membership: "join" }));
    const state = [
      event("m.room.create", "", CREATOR, { room_version: "12", additional_creators: creators }),
      event("m.room.member", CREATOR, CREATOR, { membership: "join" }),
      ...members,
    ];
    expect(allowed(state, CREATOR, "@m5:example.org", "ban")).toBe(true);
    expect(allowed(state, "@m5:example.org", "@creator9999:example.org", "ban")).toBe(false);
    expect(getMemberActions(state, CREATOR, "@m7:example.org")).toMatchObject({ kick: true, ban: true });
    expect(getMemberActions(state, "@m7:example.org", "@creator42:example.org")).toMatchObject({ kick: false, ban: false });
  });

  it("treats a list of creators longer than a create event can hold as broken state", () => {
    const endless = new Proxy([] as string[], {
      get: (target, key, receiver) =>
        key === "length" ? 2 ** 32 - 1 : typeof key === "string" && /^\d+$/.test(key) ? `@c${key}:example.org` : Reflect.get(target, key, receiver),
    });
    const state = [
      event("m.room.create", "", CREATOR, { room_version: "12", additional_creators: endless }),
      event("m.room.member", CREATOR, CREATOR, { membership: "join" }),
      event("m.room.member", MEMBER, MEMBER, { membership: "join" }),
    ];
    expect(allowed(state, CREATOR, MEMBER, "ban")).toBe(false);
    expect(allowed(room({ version: "12", additionalCreators: Array.from({ length: 10_001 }, (_, i) => `@c${i}:x.org`) }), CREATOR, MEMBER, "ban")).toBe(false);
  });
});

describe("getMemberActions", () => {
  it("offers each action only where it would change something", () => {
    const state = room({ joinRule: "knock" });
    expect(getMemberActions(state, MODERATOR, MEMBER)).toEqual({ invite: false, kick: true, ban: true, unban: false });
    expect(getMemberActions(state, MODERATOR, INVITED)).toEqual({ invite: false, kick: true, ban: true, unban: false });
    expect(getMemberActions(state, MODERATOR, KNOCKER)).toEqual({ invite: true, kick: true, ban: true, unban: false });
    expect(getMemberActions(state, MODERATOR, BANNED)).toEqual({ invite: false, kick: false, ban: false, unban: true });
    expect(getMemberActions(state, MODERATOR, OUTSIDER)).toEqual({ invite: true, kick: false, ban: true, unban: false });
  });

  it("offers an ordinary member only invitations, and nothing on oneself", () => {
    const state = room();
    expect(getMemberActions(state, MEMBER, OUTSIDER)).toEqual({ invite: true, kick: false, ban: false, unban: false });
    expect(getMemberActions(state, MEMBER, MODERATOR)).toEqual({ invite: false, kick: false, ban: false, unban: false });
    expect(getMemberActions(state, MODERATOR, MODERATOR)).toEqual({ invite: false, kick: false, ban: false, unban: false });
  });

  it("reads the real live state captured from Synapse", () => {
    const state = accepted.live_state;
    const creator = state.find((e) => e.type === "m.room.create")?.sender ?? "";
    const joined = state.filter((e) => e.type === "m.room.member" && e.content.membership === "join").map((e) => e.state_key);
    const other = joined.find((userId) => userId !== creator) ?? "";
    expect(other).toMatch(/^@/);
    expect(getMemberActions(state, creator, other)).toMatchObject({ kick: true, ban: true });
    expect(getMemberActions(state, other, creator)).toMatchObject({ kick: false, ban: false });
  });
});

import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { summarizeInvite, summarizeRoomState } from "../../src/core";
import type { InviteSummary } from "../../src/core";

const fixturesDirectory = fileURLToPath(new URL("../fixtures/", import.meta.url));

interface InviteFixture {
  room_id: string;
  user_id: string;
  sync_invite_entry?: { invite_state: unknown };
  sync_knock_entry?: { knock_state: unknown };
}

function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(`${fixturesDirectory}${name}.json`, "utf8")) as T;
}

function summarizeFixture(name: string): InviteSummary {
  const fixture = loadFixture<InviteFixture>(name);
  const state = fixture.sync_invite_entry?.invite_state ?? fixture.sync_knock_entry?.knock_state;
  return summarizeInvite(state, { userId: fixture.user_id, roomId: fixture.room_id });
}

const alice = {
  userId: "@alice:localhost",
  displayName: "Alice Liddell",
  avatarUrl: "mxc://localhost/oJIHkPlLpjpZUAFXGfCeUPeK",
};

describe("summarizeInvite over real Synapse invites", () => {
  it("covers every invite capture in the fixtures folder", () => {
    const names = readdirSync(fixturesDirectory).filter((file) => file.startsWith("invite-"));
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const file of names) {
      const summary = summarizeFixture(file.replace(/\.json$/, ""));
      expect(summary.membership, file).toBe("invite");
      expect(summary.trusted, file).toBe(false);
      expect(summary.inviter?.userId, file).toMatch(/^@(alice|mallory):localhost$/);
      expect(summary.roomVersion, file).toMatch(/^1[12]$/);
    }
  });

  /** What a person expects of each capture: [name kind, name text, inviter, DM, space, encrypted]. */
  const EXPECTED: Record<string, [string, string, string, boolean, boolean, boolean]> = {
    "invite-after-knock": ["named", "Knock Knock", "@alice:localhost", false, false, false],
    "invite-dm-unnamed": ["members", "@alice:localhost", "@alice:localhost", true, false, false],
    "invite-dm-v12": ["members", "@alice:localhost", "@alice:localhost", true, false, false],
    "invite-impersonation": ["named", "Totally official", "@alice:localhost", false, false, false],
    "invite-inviter-left": ["members", "@alice:localhost", "@alice:localhost", false, false, false],
    "invite-lookalike-dm": ["members", "@mallory:localhost", "@mallory:localhost", false, false, false],
    "invite-named-room-full": ["named", "Design Review", "@alice:localhost", false, false, true],
    "invite-named-room-v12": ["named", "Hydra Room", "@alice:localhost", false, false, false],
    "invite-public-room-alias-only": ["alias", "#lobby:localhost", "@alice:localhost", false, false, false],
    "invite-space": ["named", "Engineering", "@alice:localhost", false, true, false],
    "invite-topic-rich": ["named", "Rich topic", "@alice:localhost", false, false, false],
    "invite-unnamed-group": ["members", "@alice:localhost", "@alice:localhost", false, false, false],
  };

  it("gives every invite capture the name, inviter, DM, space and encryption a person expects", () => {
    const names = readdirSync(fixturesDirectory)
      .filter((file) => file.startsWith("invite-"))
      .map((file) => file.replace(/\.json$/, ""));
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const name of names) {
      const [kind, text, inviter, isDirect, isSpace, isEncrypted] = EXPECTED[name] ?? [];
      const summary = summarizeFixture(name);
      const shown =
        summary.name.kind === "named"
          ? summary.name.name
          : summary.name.kind === "alias"
            ? summary.name.alias
            : summary.name.kind === "members"
              ? summary.name.members[0]?.userId
              : undefined;
      expect([summary.name.kind, shown], name).toEqual([kind, text]);
      expect(summary.inviter?.userId, name).toBe(inviter);
      expect(summary.isDirect, name).toBe(isDirect);
      expect(summary.isSpace, name).toBe(isSpace);
      expect(summary.isEncrypted, name).toBe(isEncrypted);
    }
  });

  it("shows a fully described room with name, topic, avatar, alias, encryption and the invite message", () => {
    expect(summarizeFixture("invite-named-room-full")).toEqual({
      roomId: "!hDUENNEbhZzdiyDsME:localhost",
      membership: "invite",
      name: { kind: "named", name: "Design Review" },
      avatarUrl: "mxc://localhost/oJIHkPlLpjpZUAFXGfCeUPeK",
      topic: "Weekly review of UI designs. Bring screenshots.",
      canonicalAlias: "#design-review:localhost",
      joinRule: "invite",
      isSpace: false,
      isEncrypted: true,
      roomVersion: "11",
      creators: ["@alice:localhost"],
      isDirect: false,
      inviter: alice,
      reason: "Join us for the review",
      invitedAt: 1795710046035,
      joinedMemberCount: 1,
      invitedMemberCount: 1,
      trusted: false,
    });
  });

  it("names an unnamed DM after the inviter and marks it direct", () => {
    const summary = summarizeFixture("invite-dm-unnamed");
    expect(summary.name).toEqual({
      kind: "members",
      members: [{ userId: "@alice:localhost", displayName: "Alice Liddell" }],
      othersCount: 0,
    });
    expect(summary.isDirect).toBe(true);
    expect(summary.inviter).toEqual(alice);
    expect(summary.isEncrypted).toBe(false);
    expect(summary.topic).toBeUndefined();
  });

  it("lists the invitee among the creators of a room version 12 DM", () => {
    const summary = summarizeFixture("invite-dm-v12");
    expect(summary.roomVersion).toBe("12");
    expect(summary.creators).toEqual(["@alice:localhost", "@bob:localhost"]);
    expect(summary.isDirect).toBe(true);
    expect(summary.roomId).toBe("!cm-oLNpToQyxA3S0qZ4_yC7fwgbPHgeJg1J78kbticI");
  });

  it("keeps a version 12 room ID without a server part and names the room", () => {
    const summary = summarizeFixture("invite-named-room-v12");
    expect(summary.roomId).toBe("!ohGuVw-J7L7W4u7z4PUMR_C-WGSJ2lhwyd8sQ0i5tvo");
    expect(summary.name).toEqual({ kind: "named", name: "Hydra Room" });
    expect(summary.creators).toEqual(["@alice:localhost"]);
    expect(summary.topic).toBe("A room version 12 room");
  });

  it("recognises a space from its create event", () => {
    const summary = summarizeFixture("invite-space");
    expect(summary.isSpace).toBe(true);
    expect(summary.roomType).toBe("m.space");
    expect(summary.name).toEqual({ kind: "named", name: "Engineering" });
  });

  it("recognises a space only by the exact m.space type, and drops a type that cleaning would alter", () => {
    const create = (type: string) => [
      { type: "m.room.create", state_key: "", sender: "@a:x.org", content: { room_version: "11", type } },
    ];
    expect(summarizeInvite(create("m.space"), { userId: "@me:x.org" }).isSpace).toBe(true);
    const disguised = summarizeInvite(create("m.space\u202E"), { userId: "@me:x.org" });
    expect(disguised.isSpace).toBe(false);
    expect(disguised.roomType).toBeUndefined();
  });

  it("names a public room by its alias when it has no name", () => {
    const summary = summarizeFixture("invite-public-room-alias-only");
    expect(summary.name).toEqual({ kind: "alias", alias: "#lobby:localhost" });
    expect(summary.canonicalAlias).toBe("#lobby:localhost");
    expect(summary.joinRule).toBe("public");
  });

  it("names an unnamed group after the members the invite state reveals", () => {
    const summary = summarizeFixture("invite-unnamed-group");
    expect(summary.name.kind).toBe("members");
    if (summary.name.kind !== "members") return;
    expect(summary.name.members[0]).toEqual({ userId: "@alice:localhost", displayName: "Alice Liddell" });
    expect(summary.name.members.some((member) => member.userId === "@bob:localhost")).toBe(false);
    expect(summary.isDirect).toBe(false);
  });

  it("still shows who invited when the inviter has since left (the invite state is a snapshot)", () => {
    const summary = summarizeFixture("invite-inviter-left");
    expect(summary.inviter).toEqual(alice);
    expect(summary.membership).toBe("invite");
  });

  it("prefers the plain-text entry of a rich m.topic over the HTML one", () => {
    const summary = summarizeFixture("invite-topic-rich");
    expect(summary.topic).toBe("Plain *topic*");
    expect(summary.topic).not.toContain("<b>");
  });

  it("keeps an official-sounding name as plain data and shows the real inviter", () => {
    const summary = summarizeFixture("invite-impersonation");
    expect(summary.name).toEqual({ kind: "named", name: "Totally official" });
    expect(summary.reason).toBe("Security notice");
    expect(summary.inviter?.userId).toBe("@alice:localhost");
  });

  it("exposes the real user ID of a lookalike DM from @mallory calling itself Alice Liddell", () => {
    const summary = summarizeFixture("invite-lookalike-dm");
    expect(summary.inviter).toEqual({ userId: "@mallory:localhost", displayName: "Alice Liddell" });
    expect(summary.name).toEqual({
      kind: "members",
      members: [{ userId: "@mallory:localhost", displayName: "Alice Liddell" }],
      othersCount: 0,
    });
    expect(summary.creators).toEqual(["@mallory:localhost"]);
    expect(summary.reason).toBe("It is me, Alice, from my new account");
  });

  it("summarises the invite that accepts a knock as an invite with its message", () => {
    const summary = summarizeFixture("invite-after-knock");
    expect(summary.membership).toBe("invite");
    expect(summary.joinRule).toBe("knock");
    expect(summary.name).toEqual({ kind: "named", name: "Knock Knock" });
    expect(summary.reason).toBe("Welcome");
    expect(summary.inviter).toEqual(alice);
  });

  it("summarises a pending knock without an inviter", () => {
    const summary = summarizeFixture("knock-pending");
    expect(summary.membership).toBe("knock");
    expect(summary.reason).toBe("Please let me in");
    expect(summary.inviter).toBeUndefined();
    expect(summary.isDirect).toBe(false);
    expect(summary.invitedAt).toBeUndefined();
  });
});

describe("summarizeRoomState over live state after joining", () => {
  const fixture = loadFixture<{ room_id: string; live_state: unknown }>("accept-named-room-full");

  it("reports the joined room as trusted with its full description", () => {
    const summary = summarizeRoomState(fixture.live_state, { userId: "@bob:localhost", roomId: fixture.room_id });
    expect(summary).toMatchObject({
      roomId: "!hDUENNEbhZzdiyDsME:localhost",
      membership: "join",
      name: { kind: "named", name: "Design Review" },
      topic: "Weekly review of UI designs. Bring screenshots.",
      canonicalAlias: "#design-review:localhost",
      isEncrypted: true,
      joinedMemberCount: 2,
      invitedMemberCount: 0,
      trusted: true,
    });
    expect(summary.inviter).toBeUndefined();
  });
});

describe("room names from members", () => {
  const member = (userId: string, membership: string, displayName?: string) => ({
    type: "m.room.member",
    state_key: userId,
    sender: userId,
    content: displayName === undefined ? { membership } : { membership, displayname: displayName },
  });
  const invite = { type: "m.room.member", state_key: "@me:x.org", sender: "@inviter:x.org", content: { membership: "invite" } };

  it("lists the inviter first, at most five members, and counts the rest", () => {
    const others = Array.from({ length: 8 }, (_, index) => member(`@user${index}:x.org`, index % 2 ? "join" : "invite"));
    const summary = summarizeInvite([...others, member("@inviter:x.org", "join", "Inviter"), invite], { userId: "@me:x.org" });
    expect(summary.name).toEqual({
      kind: "members",
      members: [
        { userId: "@inviter:x.org", displayName: "Inviter" },
        { userId: "@user0:x.org" },
        { userId: "@user1:x.org" },
        { userId: "@user2:x.org" },
        { userId: "@user3:x.org" },
      ],
      othersCount: 4,
    });
  });

  it("leaves out members who left, were banned or only knocked", () => {
    const summary = summarizeInvite(
      [member("@gone:x.org", "leave"), member("@banned:x.org", "ban"), member("@knocker:x.org", "knock"), invite],
      { userId: "@me:x.org" },
    );
    expect(summary.name).toEqual({ kind: "members", members: [{ userId: "@inviter:x.org" }], othersCount: 0 });
  });

  it("falls back to empty when nobody else is known", () => {
    const summary = summarizeInvite([member("@me:x.org", "knock")], { userId: "@me:x.org" });
    expect(summary.name).toEqual({ kind: "empty" });
  });

  it("follows the spec's order: name, then canonical alias, then members, then empty", () => {
    const name = { type: "m.room.name", state_key: "", sender: "@a:x.org", content: { name: "Named" } };
    const alias = { type: "m.room.canonical_alias", state_key: "", sender: "@a:x.org", content: { alias: "#room:x.org" } };
    const badAlias = { type: "m.room.canonical_alias", state_key: "", sender: "@a:x.org", content: { alias: "room" } };
    const other = member("@other:x.org", "join", "Other");
    const options = { userId: "@me:x.org" };
    expect(summarizeInvite([other, alias, name, invite], options).name).toEqual({ kind: "named", name: "Named" });
    expect(summarizeInvite([other, alias, invite], options).name).toEqual({ kind: "alias", alias: "#room:x.org" });
    expect(summarizeInvite([other, badAlias], options).name).toEqual({
      kind: "members",
      members: [{ userId: "@other:x.org", displayName: "Other" }],
      othersCount: 0,
    });
    expect(summarizeInvite([badAlias, member("@me:x.org", "join")], options).name).toEqual({ kind: "empty" });
  });

  it("falls through a name that is blank after cleaning to the alias", () => {
    const summary = summarizeInvite(
      [
        { type: "m.room.name", state_key: "", sender: "@a:x.org", content: { name: "\u202e\u200b \u0007" } },
        { type: "m.room.canonical_alias", state_key: "", sender: "@a:x.org", content: { alias: "#room:x.org" } },
      ],
      { userId: "@me:x.org" },
    );
    expect(summary.name).toEqual({ kind: "alias", alias: "#room:x.org" });
  });
});

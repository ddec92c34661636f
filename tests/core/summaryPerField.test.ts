/**
 * Degrade per field, not per event (issue 12): a malformed event still counts for whatever
 * it validly says, and a field the summary cannot trust drops that field only. One group of
 * hostile cases for each event type the summary reads.
 */
import { describe, expect, it } from "vitest";
import { getMemberDisplayNames } from "../../src/core/displayNames";
import { summarizeInvite, summarizeRoomState } from "../../src/core/summary";

const ME = "@me:example.org";
const INVITER = "@inviter:example.org";
const CREATOR = "@creator:example.org";

/** A room-wide state event, with the fields given (a field set to `undefined` is left out). */
function roomEvent(type: string, content: unknown, fields: Record<string, unknown> = { sender: INVITER }): Record<string, unknown> {
  const event: Record<string, unknown> = { type, state_key: "" };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) event[key] = value;
  event.content = content;
  return event;
}

/** Passed as a sender: the event has no `sender` field at all. */
const NO_SENDER = Symbol("no sender");

function member(userId: string, content: Record<string, unknown>, sender: unknown = userId): Record<string, unknown> {
  const event: Record<string, unknown> = { type: "m.room.member", state_key: userId, content };
  if (sender !== NO_SENDER) event.sender = sender;
  return event;
}

function ownInvite(): Record<string, unknown> {
  return member(ME, { membership: "invite" }, INVITER);
}

function throwing(target: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.defineProperty(target, key, {
    enumerable: true,
    get() {
      throw new Error(`${key} getter`);
    },
  });
}

const summarize = (state: unknown[]) => summarizeInvite(state, { userId: ME });

describe("m.room.create", () => {
  it("keeps the creator and the room type when room_version has the wrong type", () => {
    const summary = summarize([roomEvent("m.room.create", { room_version: 12, type: "m.space" }, { sender: CREATOR }), ownInvite()]);
    expect(summary.creators).toEqual([CREATOR]);
    expect(summary.isSpace).toBe(true);
    expect(summary.roomVersion).toBeUndefined();
  });

  it("keeps the room type and version when the sender is missing or not a string", () => {
    for (const sender of [undefined, 42, null, { id: CREATOR }]) {
      const summary = summarize([roomEvent("m.room.create", { room_version: "11", type: "m.space" }, { sender }), ownInvite()]);
      expect(summary, String(sender)).toMatchObject({ isSpace: true, roomType: "m.space", roomVersion: "11", creators: [] });
    }
  });

  it("keeps the version and the valid additional creators beside garbage", () => {
    const summary = summarize([
      roomEvent("m.room.create", { room_version: "12", type: 7, additional_creators: ["@a:example.org", 5, "nope", null, "@b:example.org"], junk: { deep: [1] } }, { sender: CREATOR }),
      ownInvite(),
    ]);
    expect(summary).toMatchObject({ roomVersion: "12", creators: [CREATOR, "@a:example.org", "@b:example.org"], isSpace: false });
    expect(summary.roomType).toBeUndefined();
  });

  it("keeps the creators read before an additional_creators array throws", () => {
    const creators = ["@a:example.org", "@b:example.org"];
    Object.defineProperty(creators, 1, {
      get() {
        throw new Error("index getter");
      },
    });
    const summary = summarize([roomEvent("m.room.create", { room_version: "12", additional_creators: creators }, { sender: CREATOR }), ownInvite()]);
    expect(summary.creators).toEqual([CREATOR, "@a:example.org"]);
  });
});

describe("m.room.name", () => {
  it("keeps the name when the content also carries garbage, even a field that throws", () => {
    const content = throwing({ name: "Book club", junk: [{ a: null }], "m.name": 5 }, "extra");
    expect(summarize([roomEvent("m.room.name", content), ownInvite()]).name).toEqual({ kind: "named", name: "Book club" });
  });

  it("keeps the name when the sender is missing, not a string or a getter that throws", () => {
    for (const event of [roomEvent("m.room.name", { name: "Book club" }, {}), roomEvent("m.room.name", { name: "Book club" }, { sender: 3 }), throwing(roomEvent("m.room.name", { name: "Book club" }, {}), "sender")]) {
      expect(summarize([event, ownInvite()]).name).toEqual({ kind: "named", name: "Book club" });
    }
  });

  it("falls through a name of the wrong type to the alias, keeping the rest", () => {
    const summary = summarize([roomEvent("m.room.name", { name: 42 }), roomEvent("m.room.canonical_alias", { alias: "#club:example.org" }), ownInvite()]);
    expect(summary.name).toEqual({ kind: "alias", alias: "#club:example.org" });
  });
});

describe("m.room.canonical_alias", () => {
  it("keeps a valid alias beside invalid alt_aliases and without a sender", () => {
    const summary = summarize([roomEvent("m.room.canonical_alias", { alias: "#club:example.org", alt_aliases: [5, "#bad"] }, {}), ownInvite()]);
    expect(summary.canonicalAlias).toBe("#club:example.org");
  });

  it("drops an invalid alias only: the room is named after its members", () => {
    const summary = summarize([roomEvent("m.room.canonical_alias", { alias: "club" }), member(INVITER, { membership: "join", displayname: "Ivy" }), ownInvite()]);
    expect(summary.canonicalAlias).toBeUndefined();
    expect(summary.name).toEqual({ kind: "members", members: [{ userId: INVITER, displayName: "Ivy" }], othersCount: 0 });
  });
});

describe("m.room.avatar", () => {
  it("keeps the avatar beside garbage info and without a sender", () => {
    const summary = summarize([roomEvent("m.room.avatar", { url: "mxc://example.org/abc", info: "not an object" }, { sender: null }), ownInvite()]);
    expect(summary.avatarUrl).toBe("mxc://example.org/abc");
  });

  it("drops an avatar that is not an mxc URI, keeping the rest of the room", () => {
    const summary = summarize([roomEvent("m.room.avatar", { url: "https://tracker.example/pixel.png" }), roomEvent("m.room.name", { name: "Club" }), ownInvite()]);
    expect(summary.avatarUrl).toBeUndefined();
    expect(summary.name).toEqual({ kind: "named", name: "Club" });
  });
});

describe("m.room.topic", () => {
  it("falls back to the legacy topic when m.topic throws", () => {
    const content = throwing({ topic: "Plain topic" }, "m.topic");
    expect(summarize([roomEvent("m.room.topic", content), ownInvite()]).topic).toBe("Plain topic");
  });

  it("falls back to the legacy topic when m.topic's m.text throws", () => {
    const rich = throwing({}, "m.text");
    expect(summarize([roomEvent("m.room.topic", { topic: "Plain topic", "m.topic": rich }), ownInvite()]).topic).toBe("Plain topic");
  });

  it("skips a representation that throws and uses the next plain-text one", () => {
    const broken = throwing({ mimetype: "text/plain" }, "body");
    const content = { "m.topic": { "m.text": [broken, { mimetype: "text/html", body: "<b>x</b>" }, { body: "Rich plain" }] }, topic: "Legacy" };
    expect(summarize([roomEvent("m.room.topic", content), ownInvite()]).topic).toBe("Rich plain");
  });

  it("keeps the topic without a sender", () => {
    expect(summarize([roomEvent("m.room.topic", { topic: "Plain topic" }, {}), ownInvite()]).topic).toBe("Plain topic");
  });
});

describe("m.room.join_rules", () => {
  it("keeps a valid join rule beside a garbage allow list and without a sender", () => {
    const summary = summarize([roomEvent("m.room.join_rules", { join_rule: "knock", allow: "everyone" }, { sender: ["x"] }), ownInvite()]);
    expect(summary.joinRule).toBe("knock");
  });

  it("drops a join rule the spec does not define, keeping the rest", () => {
    const summary = summarize([roomEvent("m.room.join_rules", { join_rule: "Public" }), roomEvent("m.room.encryption", { algorithm: "m.megolm.v1.aes-sha2" }), ownInvite()]);
    expect(summary.joinRule).toBeUndefined();
    expect(summary.isEncrypted).toBe(true);
  });
});

describe("m.room.encryption", () => {
  it("still says the room is encrypted when the algorithm is garbage or the sender is missing", () => {
    expect(summarize([roomEvent("m.room.encryption", { algorithm: 42 }), ownInvite()]).isEncrypted).toBe(true);
    expect(summarize([roomEvent("m.room.encryption", { algorithm: "m.megolm.v1.aes-sha2" }, {}), ownInvite()]).isEncrypted).toBe(true);
  });

  it("does not count an encryption event whose content is not an object: it says nothing to show", () => {
    expect(summarize([roomEvent("m.room.encryption", null), ownInvite()]).isEncrypted).toBe(false);
  });
});

describe("m.room.member", () => {
  it("keeps the inviter's display name when the avatar_url is invalid", () => {
    for (const avatarUrl of ["https://evil.example/a.png", 42, { url: "mxc://x/y" }]) {
      const summary = summarize([member(INVITER, { membership: "join", displayname: "Ivy", avatar_url: avatarUrl }), ownInvite()]);
      expect(summary.inviter).toEqual({ userId: INVITER, displayName: "Ivy" });
    }
  });

  it("keeps the inviter's avatar when the display name is invalid", () => {
    const summary = summarize([member(INVITER, { membership: "join", displayname: 42, avatar_url: "mxc://example.org/ivy" }), ownInvite()]);
    expect(summary.inviter).toEqual({ userId: INVITER, avatarUrl: "mxc://example.org/ivy" });
  });

  it("keeps the user's own invite, its message and DM flag when the invite's sender is missing", () => {
    for (const sender of [NO_SENDER, 7, null]) {
      const summary = summarize([member(ME, { membership: "invite", reason: "Join us", is_direct: true }, sender)]);
      expect(summary, String(sender)).toMatchObject({ membership: "invite", reason: "Join us", isDirect: true });
      expect(summary.inviter).toBeUndefined();
    }
  });

  it("keeps the invite when is_direct, reason or third_party_invite are garbage or throw", () => {
    const content = throwing({ membership: "invite", is_direct: "yes", third_party_invite: [1] }, "reason");
    const summary = summarize([member(ME, content, INVITER)]);
    expect(summary).toMatchObject({ membership: "invite", isDirect: false, inviter: { userId: INVITER } });
    expect(summary.reason).toBeUndefined();
    expect(summary.thirdPartyInvite).toBeUndefined();
  });

  it("counts members whose sender is missing, and names the room after them", () => {
    const summary = summarize([member("@a:example.org", { membership: "join", displayname: "Ann" }, NO_SENDER), member("@b:example.org", { membership: "invite" }, 5), ownInvite()]);
    expect(summary.joinedMemberCount).toBe(1);
    expect(summary.invitedMemberCount).toBe(2);
    expect(summary.name).toMatchObject({ kind: "members", othersCount: 0 });
    expect(summary.name.kind === "members" && summary.name.members.map((entry) => entry.userId)).toEqual([INVITER, "@a:example.org", "@b:example.org"]);
  });

  it("keeps a member's display name in room state when another content field throws or the sender is missing", () => {
    const names = getMemberDisplayNames([
      member("@a:example.org", throwing({ membership: "join", displayname: "Ann" }, "avatar_url")),
      member("@b:example.org", { membership: "join", displayname: "Bea" }, NO_SENDER),
    ]);
    expect(names.get("@a:example.org")?.label).toBe("Ann");
    expect(names.get("@b:example.org")?.label).toBe("Bea");
  });

  it("degrades the same way in live state", () => {
    const summary = summarizeRoomState([roomEvent("m.room.name", { name: "Live" }, {}), member(ME, { membership: "join" }, NO_SENDER)], { userId: ME });
    expect(summary).toMatchObject({ name: { kind: "named", name: "Live" }, membership: "join", joinedMemberCount: 1, trusted: true });
  });
});

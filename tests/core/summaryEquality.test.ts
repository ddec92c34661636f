/**
 * `isSameSummary` decides whether the invite store keeps an entry (and the snapshot React
 * renders) or replaces it: equal data must compare equal however it was built, and a
 * change to any one field must not.
 */
import { describe, expect, it } from "vitest";
import { summarizeInvite } from "../../src/core/summary";
import { isSameSummary } from "../../src/core/summaryEquality";
import type { RoomSummary } from "../../src/core/types";
import namedRoomFixture from "../fixtures/invite-named-room-full.json";

/** A summary with every field present, the name listing members. */
const full: RoomSummary = {
  name: { kind: "members", members: [{ userId: "@alice:example.org", displayName: "Alice" }, { userId: "@carol:example.org" }], othersCount: 2 },
  isSpace: false,
  isEncrypted: true,
  creators: ["@alice:example.org", "@dave:example.org"],
  isDirect: true,
  joinedMemberCount: 3,
  invitedMemberCount: 1,
  roomId: "!room:example.org",
  membership: "invite",
  avatarUrl: "mxc://example.org/avatar",
  topic: "Weekly review",
  canonicalAlias: "#review:example.org",
  joinRule: "invite",
  roomType: "org.example.custom",
  roomVersion: "12",
  reason: "Join us",
  inviter: { userId: "@alice:example.org", displayName: "Alice", avatarUrl: "mxc://example.org/alice" },
  invitedAt: 1_700_000_000_000,
  thirdPartyInvite: { displayName: "bob@example.org" },
  trusted: false,
};

/** A deep copy, so no part of it is shared with the original. */
function copy(summary: RoomSummary): RoomSummary {
  return structuredClone(summary);
}

// One change per field; `satisfies` makes this list fail to compile when RoomSummary gains a field.
const changes = {
  roomId: (summary) => ({ ...summary, roomId: "!other:example.org" }),
  membership: (summary) => ({ ...summary, membership: "leave" }),
  name: (summary) => ({ ...summary, name: { kind: "named", name: "Review" } }),
  avatarUrl: (summary) => ({ ...summary, avatarUrl: undefined }),
  topic: (summary) => ({ ...summary, topic: "Monthly review" }),
  canonicalAlias: (summary) => ({ ...summary, canonicalAlias: "#other:example.org" }),
  joinRule: (summary) => ({ ...summary, joinRule: "public" }),
  roomType: (summary) => ({ ...summary, roomType: "m.space" }),
  isSpace: (summary) => ({ ...summary, isSpace: true }),
  isEncrypted: (summary) => ({ ...summary, isEncrypted: false }),
  roomVersion: (summary) => ({ ...summary, roomVersion: "11" }),
  creators: (summary) => ({ ...summary, creators: ["@alice:example.org"] }),
  isDirect: (summary) => ({ ...summary, isDirect: false }),
  inviter: (summary) => ({ ...summary, inviter: { userId: "@alice:example.org", displayName: "Alice" } }),
  reason: (summary) => ({ ...summary, reason: "Please join" }),
  invitedAt: (summary) => ({ ...summary, invitedAt: 1_700_000_000_001 }),
  thirdPartyInvite: (summary) => ({ ...summary, thirdPartyInvite: { displayName: "robert@example.org" } }),
  joinedMemberCount: (summary) => ({ ...summary, joinedMemberCount: 4 }),
  invitedMemberCount: (summary) => ({ ...summary, invitedMemberCount: 0 }),
  trusted: (summary) => ({ ...summary, trusted: true }),
} satisfies Record<keyof RoomSummary, (summary: RoomSummary) => RoomSummary>;

describe("isSameSummary: equal data", () => {
  it("holds for two summaries built separately from the same invite state", () => {
    const options = { userId: namedRoomFixture.user_id, roomId: namedRoomFixture.room_id };
    const first = summarizeInvite(namedRoomFixture.sync_invite_entry.invite_state, options);
    const second = summarizeInvite(structuredClone(namedRoomFixture.sync_invite_entry.invite_state), options);
    expect(second).not.toBe(first);
    expect(isSameSummary(first, second)).toBe(true);
  });

  it("holds for deep copies, whatever order the fields were added in", () => {
    const reordered = Object.fromEntries(Object.entries(copy(full)).reverse()) as unknown as RoomSummary;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(full));
    expect(isSameSummary(full, copy(full))).toBe(true);
    expect(isSameSummary(full, reordered)).toBe(true);
  });

  it("treats an absent optional field like one that is undefined", () => {
    const { topic: _topic, ...withoutTopic } = full;
    expect(isSameSummary(withoutTopic, { ...full, topic: undefined })).toBe(true);
  });
});

describe("isSameSummary: a change to one field", () => {
  it.each(Object.entries(changes))("tells the summaries apart when %s differs", (_field, change) => {
    const changed = change(copy(full));
    expect(isSameSummary(full, changed)).toBe(false);
    expect(isSameSummary(changed, full)).toBe(false);
  });

  it("tells member names apart by member, display name, order and count of others", () => {
    const named = (members: { userId: string; displayName?: string }[], othersCount = 0): RoomSummary => ({
      ...copy(full),
      name: { kind: "members", members, othersCount },
    });
    const alice = { userId: "@alice:example.org", displayName: "Alice" };
    const carol = { userId: "@carol:example.org" };
    expect(isSameSummary(named([alice, carol]), named([{ ...alice }, { ...carol }]))).toBe(true);
    expect(isSameSummary(named([alice, carol]), named([carol, alice]))).toBe(false);
    expect(isSameSummary(named([alice, carol]), named([alice]))).toBe(false);
    expect(isSameSummary(named([alice]), named([{ userId: alice.userId }]))).toBe(false);
    expect(isSameSummary(named([alice], 1), named([alice], 2))).toBe(false);
  });

  it("tells a name apart from an alias with the same text, and empty names are alike", () => {
    const withName = (name: RoomSummary["name"]): RoomSummary => ({ ...copy(full), name });
    expect(isSameSummary(withName({ kind: "named", name: "#a:b.c" }), withName({ kind: "alias", alias: "#a:b.c" }))).toBe(false);
    expect(isSameSummary(withName({ kind: "alias", alias: "#a:b.c" }), withName({ kind: "alias", alias: "#d:b.c" }))).toBe(false);
    expect(isSameSummary(withName({ kind: "empty" }), withName({ kind: "empty" }))).toBe(true);
  });

  it("tells inviters apart by avatar, and a missing inviter from a present one", () => {
    const inviter = full.inviter as NonNullable<RoomSummary["inviter"]>;
    expect(isSameSummary(full, { ...copy(full), inviter: { ...inviter, avatarUrl: "mxc://example.org/new" } })).toBe(false);
    expect(isSameSummary(full, { ...copy(full), inviter: undefined })).toBe(false);
    expect(isSameSummary({ ...copy(full), inviter: undefined }, { ...copy(full), inviter: undefined })).toBe(true);
  });
});

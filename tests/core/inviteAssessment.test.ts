/**
 * `assessInvite`: the level and reasons of an invite's sender, from the Synapse captures and
 * what a host knows (known users, contacts' names, pending invites, the mutual-rooms answer).
 */
import { describe, expect, it } from "vitest";
import { assessInvite, summarizeInvite } from "../../src/core";
import type { InviteEntry, InviteSummary } from "../../src/core";
import lookalikeDm from "../fixtures/invite-lookalike-dm.json";
import namedRoom from "../fixtures/invite-named-room-full.json";
import dmUnnamed from "../fixtures/invite-dm-unnamed.json";

const BOB = "@bob:localhost";
const ALICE = "@alice:localhost";
const MALLORY = "@mallory:localhost";
const MINUTE = 60_000;

function summaryOf(capture: { room_id: string; sync_invite_entry: { invite_state: unknown } }): InviteSummary {
  return summarizeInvite(capture.sync_invite_entry.invite_state, { userId: BOB, roomId: capture.room_id });
}

/** A pending invite from `sender` at `time`, in its own room. */
function pending(sender: string, time: number, index: number, kind: "invite" | "knock" = "invite"): InviteEntry {
  const summary = { ...summaryOf(namedRoom), inviter: { userId: sender } } as InviteSummary;
  return { roomId: `!wave${index}:localhost`, kind, summary, receivedAt: time, sortTime: time, sequence: index };
}

describe("assessInvite without context", () => {
  it("calls every sender unknown and says nothing against them", () => {
    const result = assessInvite(summaryOf(namedRoom));
    expect(result.level).toBe("unknown");
    expect(result.reasons).toEqual([]);
    expect(result.details.senderId).toBe(summaryOf(namedRoom).inviter?.userId);
  });

  it("marks a direct-message invite from an unknown sender as unknown_dm", () => {
    const summary = summaryOf(dmUnnamed);
    expect(summary.isDirect).toBe(true);
    expect(assessInvite(summary)).toMatchObject({ level: "unknown", reasons: ["unknown_dm"] });
  });

  it("treats an invite without a valid sender as unknown", () => {
    expect(assessInvite({ isDirect: false }).level).toBe("unknown");
    expect(assessInvite({ isDirect: true, inviter: { userId: "not an id" } })).toEqual({ level: "unknown", reasons: ["unknown_dm"], details: {} });
  });
});

describe("known senders", () => {
  const summary = summaryOf(namedRoom);
  const sender = summary.inviter?.userId ?? "";

  it("is known when the host knows the sender", () => {
    expect(assessInvite(summary, { knownUserIds: new Set([sender]) })).toMatchObject({ level: "known", reasons: [] });
  });

  it("is known when the mutual-rooms answer lists a shared room", () => {
    const result = assessInvite(summary, { sharedRoomIds: ["!shared:localhost"] });
    expect(result).toMatchObject({ level: "known", reasons: [] });
    expect(result.details.sharedRoomCount).toBe(1);
  });

  it("is known when the sender is among the people of the user's rooms", () => {
    expect(assessInvite(summary, { knownDisplayNames: new Map([[sender, "Someone"]]) }).level).toBe("known");
  });

  it("says no_shared_room when the mutual-rooms answer is empty, and when the fallback lists lack the sender", () => {
    expect(assessInvite(summary, { sharedRoomIds: [] })).toMatchObject({ level: "unknown", reasons: ["no_shared_room"] });
    expect(assessInvite(summary, { knownUserIds: new Set(["@carol:localhost"]) })).toMatchObject({ level: "unknown", reasons: ["no_shared_room"] });
  });

  it("counts only valid room IDs in the mutual-rooms answer", () => {
    expect(assessInvite(summary, { sharedRoomIds: ["nope", "#alias:localhost"] })).toMatchObject({ level: "unknown", reasons: ["no_shared_room"] });
  });

  it("keeps a known DM sender out of unknown_dm", () => {
    const dm = summaryOf(dmUnnamed);
    expect(assessInvite(dm, { knownUserIds: new Set([dm.inviter?.userId ?? ""]) })).toMatchObject({ level: "known", reasons: [] });
  });
});

describe("suspicious senders", () => {
  it("flags a display name that looks like a contact's under another user ID, and names the contact", () => {
    const summary = summaryOf(lookalikeDm);
    expect(summary.inviter).toMatchObject({ userId: MALLORY, displayName: "Alice Liddell" });
    const result = assessInvite(summary, { knownDisplayNames: new Map([[ALICE, "Alice Liddell"]]) });
    expect(result.level).toBe("suspicious");
    expect(result.reasons).toEqual(["name_like_contact", "no_shared_room"]);
    expect(result.details.lookalikeContacts).toEqual([{ userId: ALICE, displayName: "Alice Liddell" }]);
  });

  it("catches a confusable spelling of the contact's name (Cyrillic А)", () => {
    const summary = { isDirect: false, inviter: { userId: MALLORY, displayName: "\u0410lice Liddell" } };
    expect(assessInvite(summary, { knownDisplayNames: new Map([[ALICE, "Alice Liddell"]]) }).reasons).toContain("name_like_contact");
  });

  it("does not flag a sender whose name matches only their own entry", () => {
    const summary = { isDirect: false, inviter: { userId: ALICE, displayName: "Alice Liddell" } };
    expect(assessInvite(summary, { knownDisplayNames: new Map([[ALICE, "Alice Liddell"]]) })).toMatchObject({ level: "known", reasons: [] });
  });

  it("flags a display name shaped like another user ID, even from a known sender", () => {
    const summary = { isDirect: false, inviter: { userId: MALLORY, displayName: "@alice\u2236localhost" } };
    expect(assessInvite(summary, { knownUserIds: new Set([MALLORY]) })).toMatchObject({ level: "suspicious", reasons: ["name_is_user_id"] });
  });

  it("does not flag a display name that is the sender's own user ID", () => {
    const summary = { isDirect: false, inviter: { userId: MALLORY, displayName: MALLORY } };
    expect(assessInvite(summary).reasons).not.toContain("name_is_user_id");
  });
});

describe("invite waves", () => {
  const summary = { isDirect: false, inviter: { userId: MALLORY } };
  const start = 1_800_000_000_000;

  it("flags five pending invites from the sender within ten minutes, with the count and window", () => {
    const pendingInvites = [0, 2, 4, 6, 8].map((minutes, index) => pending(MALLORY, start + minutes * MINUTE, index));
    const result = assessInvite(summary, { pendingInvites });
    expect(result.level).toBe("suspicious");
    expect(result.reasons).toEqual(["invite_wave"]);
    expect(result.details.wave).toEqual({ count: 5, windowMs: 10 * MINUTE });
  });

  it("does not flag the same invites spread over an hour, four in a window, or another sender's", () => {
    const spread = [0, 15, 30, 45, 60].map((minutes, index) => pending(MALLORY, start + minutes * MINUTE, index));
    expect(assessInvite(summary, { pendingInvites: spread }).reasons).toEqual([]);
    const four = [0, 1, 2, 3].map((minutes, index) => pending(MALLORY, start + minutes * MINUTE, index));
    expect(assessInvite(summary, { pendingInvites: four }).reasons).toEqual([]);
    const others = [0, 1, 2, 3, 4].map((minutes, index) => pending(ALICE, start + minutes * MINUTE, index));
    expect(assessInvite(summary, { pendingInvites: others }).reasons).toEqual([]);
  });

  it("counts each room once and leaves knocks out", () => {
    const same = [0, 1, 2, 3, 4].map((minutes) => ({ ...pending(MALLORY, start + minutes * MINUTE, 0) }));
    expect(assessInvite(summary, { pendingInvites: same }).reasons).toEqual([]);
    const knocks = [0, 1, 2, 3, 4].map((minutes, index) => pending(MALLORY, start + minutes * MINUTE, index, "knock"));
    expect(assessInvite(summary, { pendingInvites: knocks }).reasons).toEqual([]);
  });

  it("lets the host change the size and window, and ignores invites timed after now", () => {
    const three = [0, 20, 40].map((minutes, index) => pending(MALLORY, start + minutes * MINUTE, index));
    expect(assessInvite(summary, { pendingInvites: three, waveSize: 3, waveWindowMs: 60 * MINUTE }).details.wave).toEqual({ count: 3, windowMs: 60 * MINUTE });
    expect(assessInvite(summary, { pendingInvites: three, waveSize: 3, waveWindowMs: 60 * MINUTE, now: start + 30 * MINUTE }).reasons).toEqual([]);
  });
});

describe("a host that keeps its context objects and adds to them", () => {
  it("hears a contact added to the same Map and invites pushed onto the same array", () => {
    const names = new Map<string, string>();
    const lookalike = { isDirect: false, inviter: { userId: MALLORY, displayName: "Alice Liddell" } };
    expect(assessInvite(lookalike, { knownDisplayNames: names }).reasons).not.toContain("name_like_contact");
    names.set(ALICE, "Alice Liddell");
    expect(assessInvite(lookalike, { knownDisplayNames: names }).reasons).toContain("name_like_contact");

    const pendingInvites: InviteEntry[] = [];
    const summary = { isDirect: false, inviter: { userId: MALLORY } };
    expect(assessInvite(summary, { pendingInvites }).reasons).not.toContain("invite_wave");
    for (let index = 0; index < 5; index++) pendingInvites.push(pending(MALLORY, 1_800_000_000_000 + index * MINUTE, index));
    expect(assessInvite(summary, { pendingInvites }).reasons).toContain("invite_wave");
  });
});

describe("preview changes", () => {
  it("adds preview_changed when the freshness check found changes, without changing the level", () => {
    const summary = summaryOf(namedRoom);
    const sender = summary.inviter?.userId ?? "";
    const result = assessInvite(summary, { knownUserIds: new Set([sender]), freshness: { changes: ["renamed", "room_empty"] } });
    expect(result).toMatchObject({ level: "known", reasons: ["preview_changed"] });
    expect(result.details.previewChanges).toEqual(["renamed", "room_empty"]);
    expect(assessInvite(summary, { freshness: { changes: [] } }).reasons).toEqual([]);
  });
});

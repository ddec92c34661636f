/**
 * `readLeaveEntry` on `/sync` `rooms.leave` entries built from Synapse captures (the
 * "Design Review" state and bob's own membership events), and on malformed entries.
 */
import { describe, expect, it } from "vitest";
import { readLeaveEntry } from "../../src/core";
import type { LeaveKind } from "../../src/core";
import * as entries from "../components/MembershipNotice/leaveEntries";

const BOB = "@bob:localhost";
const ALICE = "@alice:localhost";
const ROOM = entries.leftRoomId;

describe("readLeaveEntry: why the user is out", () => {
  it.each<[string, unknown, LeaveKind, string | undefined, string | undefined]>([
    ["a kick", entries.kickedFromPrivateRoom, "kicked", ALICE, "spam"],
    ["a ban", entries.banned, "banned", ALICE, "more spam"],
    ["a lifted ban", entries.unbannedInPublicRoom, "unbanned", ALICE, undefined],
    ["leaving", entries.leftPublicRoom, "left", BOB, "bye"],
    ["a declined invitation", entries.inviteDeclined, "invite_rejected", BOB, "busy"],
    ["a withdrawn invitation", entries.inviteWithdrawn, "invite_revoked", ALICE, "oops"],
    ["a withdrawn request to join", entries.knockWithdrawn, "knock_retracted", BOB, undefined],
    ["a declined request to join", entries.knockDeclined, "knock_denied", ALICE, "not now"],
  ])("reads %s", (_label, entry, kind, actor, reason) => {
    const notice = readLeaveEntry(entry, BOB, ROOM);
    expect(notice).toMatchObject({ kind, actor });
    expect(notice.reason).toBe(reason);
  });

  it("reads the room's name, join rule and other members from the entry's state", () => {
    const notice = readLeaveEntry(entries.kickedFromPublicRoom, BOB, ROOM);
    expect(notice.roomName).toEqual({ kind: "named", name: "Design Review" });
    expect(notice.joinRule).toBe("public");
    expect(notice.members).toContainEqual({ userId: ALICE, displayName: "Alice Liddell" });
    expect(notice.members.map((member) => member.userId)).not.toContain(BOB);
  });

  it("rejoins through the server of whoever removed the user", () => {
    expect(readLeaveEntry(entries.kickedFromPrivateRoom, BOB, ROOM).via).toEqual(["localhost"]);
  });

  it("reads the captured decline of a DM, which carries no state", () => {
    const notice = readLeaveEntry(entries.declinedInvite, BOB, entries.declinedRoomId);
    expect(notice).toMatchObject({ kind: "invite_rejected", actor: BOB, reason: "Not now", roomName: { kind: "empty" }, members: [] });
    expect(notice).not.toHaveProperty("joinRule");
  });

  it("reads who sent the declined DM invite and that it was a direct chat", () => {
    const notice = readLeaveEntry(entries.declinedInvite, BOB, entries.declinedRoomId);
    expect(notice).toMatchObject({ inviter: ALICE, isDirect: true });
    // A room invite declined: the inviter, but no direct chat.
    expect(readLeaveEntry(entries.inviteDeclined, BOB, ROOM).isDirect).toBeUndefined();
  });

  it("ignores a prev_sender that is no user ID, and a hostile unsigned", () => {
    const leave = (unsigned: unknown) => ({
      timeline: { events: [{ type: "m.room.member", state_key: BOB, sender: BOB, content: { membership: "leave" }, unsigned }] },
    });
    expect(readLeaveEntry(leave({ prev_sender: "..", prev_content: { membership: "invite", is_direct: true } }), BOB, ROOM)).not.toHaveProperty("inviter");
    const hostile = { get prev_sender(): string { throw new Error("boom"); }, prev_content: { membership: "invite" } };
    expect(() => readLeaveEntry(leave(hostile), BOB, ROOM)).not.toThrow();
  });
});

describe("readLeaveEntry on malformed entries", () => {
  it("reads anything malformed as 'you left', with no actor, rejoining through the room ID's server only", () => {
    for (const entry of [null, "leave", [], { timeline: "x" }, { state: { events: [null, 4] } }]) {
      const notice = readLeaveEntry(entry, BOB, ROOM);
      expect(notice).toEqual({ kind: "left", actor: undefined, roomName: { kind: "empty" }, members: [], via: ["localhost"] });
      expect(notice.actor).toBeUndefined();
    }
  });

  it("skips an event whose getters throw and reads the rest", () => {
    const hostile = Object.defineProperty({}, "type", {
      get: () => {
        throw new Error("getter");
      },
      enumerable: true,
    });
    const entry = entries.kickedFromPrivateRoom;
    const notice = readLeaveEntry({ ...entry, timeline: { events: [hostile, ...entry.timeline.events] } }, BOB, ROOM);
    expect(notice).toMatchObject({ kind: "kicked", actor: ALICE, roomName: { kind: "named", name: "Design Review" } });
  });

  it("uses the last of the user's own membership events", () => {
    const entry = entries.kickedFromPrivateRoom;
    const later = entries.banned.timeline.events[0];
    expect(readLeaveEntry({ ...entry, timeline: { events: [...entry.timeline.events, later] } }, BOB, ROOM).kind).toBe("banned");
  });
});

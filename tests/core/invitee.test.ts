/**
 * `validateInvitee` against live room states derived from the captured "Design Review"
 * state: the identifier grammar first, then who is already in the room, then the auth rules.
 */
import { describe, expect, it } from "vitest";
import { validateInvitee } from "../../src/core";
import { liveState } from "../components/MemberActions/roomStates";

const ALICE = "@alice:localhost";
const state = liveState({
  roomVersion: "11",
  users: { [ALICE]: 100 },
  members: {
    [ALICE]: { membership: "join" },
    "@bob:localhost": { membership: "join" },
    "@carol:localhost": { membership: "invite" },
    "@mallory:localhost": { membership: "ban" },
    "@dave:localhost": { membership: "leave" },
  },
});

describe("validateInvitee: the typed ID", () => {
  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["bob", "format"],
    ["@bob", "format"],
    ["#room:localhost", "format"],
    [`@${"a".repeat(250)}:localhost`, "too_long"],
  ])("refuses %j as %s", (typed, problem) => {
    expect(validateInvitee(typed, state, ALICE)).toBe(problem);
  });

  it("trims the typed ID before checking it", () => {
    expect(validateInvitee("  @erin:localhost \n", state, ALICE)).toBeUndefined();
  });
});

describe("validateInvitee: the room's live state", () => {
  it.each([
    [ALICE, "self"],
    ["@bob:localhost", "joined"],
    ["@carol:localhost", "invited"],
    ["@mallory:localhost", "banned"],
  ])("refuses %s as %s", (userId, problem) => {
    expect(validateInvitee(userId, state, ALICE)).toBe(problem);
  });

  it("allows someone who left, or was never there", () => {
    expect(validateInvitee("@dave:localhost", state, ALICE)).toBeUndefined();
    expect(validateInvitee("@erin:localhost", state, ALICE)).toBeUndefined();
  });

  it("refuses when the auth rules do not let the actor invite", () => {
    const strict = liveState({
      roomVersion: "11",
      users: { [ALICE]: 100 },
      members: { [ALICE]: { membership: "join" }, "@bob:localhost": { membership: "join" } },
    }).map((event) => (event.type === "m.room.power_levels" ? { ...event, content: { ...(event.content as object), invite: 50 } } : event));
    expect(validateInvitee("@erin:localhost", strict, "@bob:localhost")).toBe("not_allowed");
    expect(validateInvitee("@erin:localhost", strict, ALICE)).toBeUndefined();
  });

  it("refuses, without throwing, against state it cannot read", () => {
    for (const broken of [[], [null, "x"], null as never, { events: 3 } as never]) {
      expect(validateInvitee("@erin:localhost", broken, ALICE)).toBe("not_allowed");
    }
  });
});

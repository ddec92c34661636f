import { describe, expect, it } from "vitest";
import { describePowerLevel, getPowerLevels, getRoomCreators, getUserPowerLevel } from "../../src/core";
import accepted from "../fixtures/accept-named-room-full.json";
import dmV12 from "../fixtures/invite-dm-v12.json";

const CREATOR = "@creator:example.org";

function state(version: string, content: Record<string, unknown>, levels?: Record<string, unknown>) {
  const events: Record<string, unknown>[] = [
    { type: "m.room.create", state_key: "", sender: CREATOR, content: { room_version: version, ...content } },
  ];
  if (levels) events.push({ type: "m.room.power_levels", state_key: "", sender: CREATOR, content: levels });
  return events;
}

describe("power levels from room state", () => {
  it("reads the real live state: alice (creator) is admin, bob is at the default", () => {
    expect(getUserPowerLevel(accepted.live_state, "@alice:localhost")).toBe(100);
    expect(describePowerLevel(accepted.live_state, "@alice:localhost")).toEqual({ kind: "admin", level: 100 });
    expect(describePowerLevel(accepted.live_state, "@bob:localhost")).toEqual({ kind: "default", level: 0 });
    expect(getRoomCreators(accepted.live_state)).toEqual(["@alice:localhost"]);
  });

  it("lists the v12 DM invitee among the creators of the real capture, with infinite power", () => {
    const inviteState = dmV12.sync_invite_entry.invite_state;
    expect(getRoomCreators(inviteState)).toEqual(["@alice:localhost", "@bob:localhost"]);
    expect(getUserPowerLevel(inviteState, "@bob:localhost")).toBe(Infinity);
    expect(describePowerLevel(inviteState, "@bob:localhost")).toEqual({ kind: "creator", level: Infinity });
  });

  it("fills the spec's defaults, with and without a power-levels event", () => {
    expect(getPowerLevels(state("11", {}))).toMatchObject({ invite: 0, kick: 50, ban: 50, usersDefault: 0, stateDefault: 0, hasPowerLevelsEvent: false });
    expect(getPowerLevels(state("11", {}, {}))).toMatchObject({ invite: 0, kick: 50, ban: 50, stateDefault: 50, hasPowerLevelsEvent: true });
    expect(getUserPowerLevel(state("11", {}), CREATOR)).toBe(100);
    expect(getUserPowerLevel(state("11", {}, {}), CREATOR)).toBe(0);
    expect(getUserPowerLevel(state("12", {}, {}), CREATOR)).toBe(Infinity);
  });

  it("describes moderators, custom levels and the room's default", () => {
    const levels = state("11", {}, { users_default: 10, users: { "@mod:x.org": 50, "@helper:x.org": 20 } });
    expect(describePowerLevel(levels, "@mod:x.org")).toEqual({ kind: "moderator", level: 50 });
    expect(describePowerLevel(levels, "@helper:x.org")).toEqual({ kind: "custom", level: 20 });
    expect(describePowerLevel(levels, "@anyone:x.org")).toEqual({ kind: "default", level: 10 });
  });

  it("gives additional_creators no role before version 12", () => {
    expect(getRoomCreators(state("11", { additional_creators: ["@other:x.org"] }))).toEqual([CREATOR]);
    expect(getRoomCreators(state("12", { additional_creators: ["@other:x.org", CREATOR] }))).toEqual([CREATOR, "@other:x.org"]);
  });

  it("answers undefined or empty for broken state and non-user IDs", () => {
    expect(getPowerLevels(state("99", {}))).toBeUndefined();
    expect(getUserPowerLevel(state("11", {}), "creator")).toBeUndefined();
    expect(describePowerLevel([], CREATOR)).toBeUndefined();
    expect(getRoomCreators(null)).toEqual([]);
  });
});

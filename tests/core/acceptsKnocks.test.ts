/**
 * `acceptsKnocks`: whether a room read before joining (a room summary) takes knocks. The
 * cases are written out from the spec's room versions; a property then checks that it says
 * what the authorization rules say for every version the core implements.
 */
import { describe, expect, it } from "vitest";
import { acceptsKnocks, isMembershipChangeAllowed } from "../../src/core";
import { LATEST_SUPPORTED_ROOM_VERSION } from "../../src/core/powerLevels";
import type { JoinRule } from "../../src/core";

const JOIN_RULES: JoinRule[] = ["public", "invite", "knock", "restricted", "knock_restricted", "private"];
const OWNER = "@owner:example.org";
const STRANGER = "@stranger:example.org";

/** A room of `version` with `joinRule`, its owner joined. */
function room(version: number, joinRule: JoinRule) {
  const create: Record<string, unknown> = { room_version: String(version) };
  if (version <= 10) create.creator = OWNER;
  return [
    { type: "m.room.create", state_key: "", sender: OWNER, content: create },
    { type: "m.room.join_rules", state_key: "", sender: OWNER, content: { join_rule: joinRule } },
    { type: "m.room.member", state_key: OWNER, sender: OWNER, content: { membership: "join" } },
  ];
}

describe("acceptsKnocks", () => {
  it("takes knocks on knock rooms from version 7 and knock_restricted rooms from version 10", () => {
    expect(acceptsKnocks("knock", "7")).toBe(true);
    expect(acceptsKnocks("knock", "6")).toBe(false);
    expect(acceptsKnocks("knock_restricted", "10")).toBe(true);
    expect(acceptsKnocks("knock_restricted", "9")).toBe(false);
    expect(acceptsKnocks("knock", "12")).toBe(true);
  });

  it("never takes knocks on other join rules, or without one", () => {
    for (const joinRule of ["public", "invite", "restricted", "private", undefined] as const) {
      expect(acceptsKnocks(joinRule, "12"), String(joinRule)).toBe(false);
      expect(acceptsKnocks(joinRule, undefined), String(joinRule)).toBe(false);
    }
  });

  it("gives an unknown room version the benefit of the doubt: the server has the last word", () => {
    expect(acceptsKnocks("knock", undefined)).toBe(true);
    expect(acceptsKnocks("knock_restricted", "org.example.v1")).toBe(true);
    expect(acceptsKnocks("knock", "13")).toBe(true);
  });

  it("agrees with the authorization rules for a stranger's knock in every supported version", () => {
    for (let version = 1; version <= LATEST_SUPPORTED_ROOM_VERSION; version++) {
      for (const joinRule of JOIN_RULES) {
        const allowed = isMembershipChangeAllowed(room(version, joinRule), { sender: STRANGER, target: STRANGER, membership: "knock" });
        expect(acceptsKnocks(joinRule, String(version)), `${joinRule} in version ${version}`).toBe(allowed);
      }
    }
  });
});

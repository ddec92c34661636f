/**
 * `readTimelineEvent` on the real membership timeline captured from Synapse
 * (`membership-transitions.json`) and on what a hostile server may send instead.
 */
import { describe, expect, it } from "vitest";
import { readTimelineEvent } from "../../src/core";
import type { MembershipLineKind } from "../../src/core";
import transitions from "../fixtures/membership-transitions.json";
import { ALICE, BOB, memberEvent, thirdPartyInviteEvent } from "../components/MembershipEventText/events";

describe("readTimelineEvent on the captured timeline", () => {
  it("gives every captured event its sentence", () => {
    const kinds = transitions.timeline.map((event) => readTimelineEvent(event).kind);
    expect(kinds).toEqual<MembershipLineKind[]>([
      "joined",
      "invited",
      "invite_rejected",
      "invited",
      "invite_revoked",
      "knocked",
      "knock_retracted",
      "knocked",
      "knock_denied",
      "knocked",
      "knock_accepted",
      "joined",
      "display_name_changed",
      "avatar_set",
      "left",
      "invited",
      "joined",
      "kicked",
      "banned",
      "unbanned",
      "invited",
      "joined",
      "banned",
    ]);
  });

  it("keeps who acted, on whom, with which names and reason", () => {
    expect(readTimelineEvent(transitions.timeline[17])).toEqual({
      kind: "kicked",
      changeKind: "kicked",
      actor: ALICE,
      target: BOB,
      targetName: "Bob",
      oldName: "Bob",
      reason: "spam",
    });
    expect(readTimelineEvent(transitions.timeline[12])).toMatchObject({ kind: "display_name_changed", oldName: "Bob", newName: "Robert", actor: BOB });
  });
});

describe("readTimelineEvent refines profile changes", () => {
  it.each([
    [{ membership: "join", displayname: "Bob" }, { membership: "join" }, "display_name_set"],
    [{ membership: "join" }, { membership: "join", displayname: "Bob" }, "display_name_removed"],
    [{ membership: "join", avatar_url: "mxc://x.org/a" }, { membership: "join" }, "avatar_set"],
    [{ membership: "join" }, { membership: "join", avatar_url: "mxc://x.org/a" }, "avatar_removed"],
    [{ membership: "join", avatar_url: "mxc://x.org/b" }, { membership: "join", avatar_url: "mxc://x.org/a" }, "avatar_changed"],
  ])("reads %j after %j as %s", (content, previous, kind) => {
    expect(readTimelineEvent(memberEvent(BOB, BOB, content, previous)).kind).toBe(kind);
  });
});

describe("readTimelineEvent on third-party invites", () => {
  it("reads a sent invite with its masked address, and a revoked one with or without it", () => {
    expect(readTimelineEvent(thirdPartyInviteEvent(ALICE, "token", { display_name: "c...@example.org" }))).toEqual({
      kind: "third_party_sent",
      changeKind: "third_party",
      actor: ALICE,
      address: "c...@example.org",
    });
    expect(readTimelineEvent(thirdPartyInviteEvent(ALICE, "token", {}, { display_name: "c...@example.org" })).kind).toBe("third_party_revoked");
    expect(readTimelineEvent(thirdPartyInviteEvent(ALICE, "token", {})).kind).toBe("third_party_revoked_unknown");
  });

  it("reads an invite that claims an earlier third-party invite as accepted", () => {
    const event = memberEvent(ALICE, BOB, { membership: "invite", third_party_invite: { display_name: "b...@example.org", signed: { mxid: BOB, token: "t", signatures: {} } } });
    expect(readTimelineEvent(event)).toMatchObject({ kind: "third_party_accepted", address: "b...@example.org" });
  });
});

describe("readTimelineEvent on hostile events", () => {
  it("reads anything else as invalid, with nothing more", () => {
    for (const event of [null, "m.room.member", [], { type: "m.room.message", content: { body: "hi" } }, memberEvent("not a user", BOB, { membership: "join" })]) {
      expect(readTimelineEvent(event)).toEqual({ kind: "invalid" });
    }
  });

  it("reads an event whose type getter throws as invalid", () => {
    const event = Object.defineProperty({ ...memberEvent(BOB, BOB, { membership: "join" }) }, "type", {
      get: () => {
        throw new Error("getter");
      },
      enumerable: true,
    });
    expect(readTimelineEvent(event)).toEqual({ kind: "invalid" });
  });

  it("cleans the reason", () => {
    expect(readTimelineEvent(memberEvent(ALICE, BOB, { membership: "leave", reason: "sp\u202Eam" }, { membership: "join" }))).toMatchObject({ reason: "spam" });
  });
});

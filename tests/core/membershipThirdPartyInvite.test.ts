import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { describeMembershipChange, describeThirdPartyInvite } from "../../src/core";
import type { MembershipChangeKind } from "../../src/core";

const ALICE = "@alice:example.org";

function thirdPartyInviteEvent(content: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { type: "m.room.third_party_invite", sender: ALICE, state_key: "token-123", content, ...extra };
}

describe("describeThirdPartyInvite", () => {
  it("reports an invitation sent to an email address with its display name and token", () => {
    const event = thirdPartyInviteEvent({
      display_name: "bob@example.org",
      key_validity_url: "https://identity.example.org/_matrix/identity/v2/pubkey/isvalid",
      public_key: "abc",
    });
    expect(describeThirdPartyInvite(event)).toEqual({
      kind: "sent",
      actor: ALICE,
      displayName: "bob@example.org",
      token: "token-123",
    });
  });

  it("reports empty content as a revoked invitation, naming it from prev_content", () => {
    const event = thirdPartyInviteEvent({}, { unsigned: { prev_content: { display_name: "bob@example.org" } } });
    expect(describeThirdPartyInvite(event)).toEqual({
      kind: "revoked",
      actor: ALICE,
      token: "token-123",
      displayName: "bob@example.org",
    });
  });

  it("reports a revocation without a known previous invitation", () => {
    expect(describeThirdPartyInvite(thirdPartyInviteEvent({}))).toEqual({ kind: "revoked", actor: ALICE, token: "token-123" });
  });

  it("cleans bidi overrides out of the display name", () => {
    const change = describeThirdPartyInvite(thirdPartyInviteEvent({ display_name: "\u202Egro.elpmaxe@bob" }));
    expect(change).toMatchObject({ kind: "sent", displayName: "gro.elpmaxe@bob" });
  });

  const invalid: [string, unknown][] = [
    ["null", null],
    ["a member event", { ...thirdPartyInviteEvent({ display_name: "x" }), type: "m.room.member" }],
    ["an empty token", { ...thirdPartyInviteEvent({ display_name: "x" }), state_key: "" }],
    ["a sender that is not a user ID", { ...thirdPartyInviteEvent({ display_name: "x" }), sender: "alice" }],
    ["content without a display name", thirdPartyInviteEvent({ public_key: "abc" })],
    ["a display name that is not text", thirdPartyInviteEvent({ display_name: 7 })],
    ["a display name of only control characters", thirdPartyInviteEvent({ display_name: "\u0000\u202E" })],
    ["content that is a string", { ...thirdPartyInviteEvent({}), content: "revoked" }],
  ];
  it.each(invalid)("describes %s as invalid", (_name, event) => {
    expect(describeThirdPartyInvite(event)).toEqual({ kind: "invalid" });
  });
});

describe("describing arbitrary JSON", () => {
  const kinds: MembershipChangeKind[] = [
    "joined",
    "invited",
    "invite_rejected",
    "invite_revoked",
    "left",
    "kicked",
    "banned",
    "unbanned",
    "knocked",
    "knock_retracted",
    "knock_denied",
    "knock_accepted",
    "display_name_changed",
    "avatar_changed",
    "profile_changed",
    "no_change",
    "invalid",
  ];
  const membership = fc.constantFrom("invite", "join", "leave", "ban", "knock", "owner", "");
  const userId = fc.constantFrom(ALICE, "@bob:example.org", "bob", "", `@${"x".repeat(300)}:a.org`);
  const memberContent = fc.record(
    {
      membership,
      displayname: fc.oneof(fc.string({ maxLength: 600 }), fc.jsonValue()),
      avatar_url: fc.oneof(fc.constant("mxc://example.org/abc"), fc.string(), fc.jsonValue()),
      reason: fc.oneof(fc.string({ maxLength: 3000 }), fc.jsonValue()),
      third_party_invite: fc.oneof(fc.record({ display_name: fc.string({ maxLength: 600 }) }), fc.jsonValue()),
    },
    { requiredKeys: [] },
  );
  const memberLike = fc.record(
    {
      type: fc.constantFrom("m.room.member", "m.room.third_party_invite", "m.room.name"),
      sender: userId,
      state_key: userId,
      content: fc.oneof(memberContent, fc.jsonValue()),
      unsigned: fc.oneof(fc.record({ prev_content: fc.oneof(memberContent, fc.jsonValue()), prev_sender: userId }), fc.jsonValue()),
    },
    { requiredKeys: [] },
  );

  it("never throws and returns a known kind with clean, capped text", () => {
    fc.assert(
      fc.property(fc.oneof(memberLike, fc.jsonValue()), (event) => {
        const change = describeMembershipChange(event);
        expect(kinds).toContain(change.kind);
        if (change.kind === "invalid") return;
        for (const name of [change.newDisplayName, change.oldDisplayName, change.thirdPartyInvite?.displayName]) {
          if (name !== undefined) {
            expect(name.length).toBeLessThanOrEqual(256);
            expect(name).not.toMatch(/[\u0000-\u001F\u202A-\u202E\u2066-\u2069]/);
          }
        }
        if (change.reason !== undefined) expect(change.reason.length).toBeLessThanOrEqual(1024);
        for (const avatar of [change.newAvatarUrl, change.oldAvatarUrl]) {
          if (avatar !== undefined) expect(avatar).toMatch(/^mxc:\/\/[^/]+\/[A-Za-z0-9_-]+$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary third-party invite events", () => {
    fc.assert(
      fc.property(fc.oneof(memberLike, fc.jsonValue()), (event) => {
        expect(["sent", "revoked", "invalid"]).toContain(describeThirdPartyInvite(event).kind);
      }),
      { numRuns: 300 },
    );
  });
});

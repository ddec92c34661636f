/**
 * Property-based checks of `summarizeInvite` (fast-check): for arbitrary JSON and for
 * state-shaped junk, it never throws, every string it returns is clean and capped, every
 * avatar is a valid mxc URI or absent, and the user's own valid invite always survives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMxcUri, summarizeInvite, summarizeRoomState } from "../../src/core";
import { MAX_LONG_TEXT_LENGTH, MAX_NAME_LENGTH } from "../../src/core/text";
import type { RoomSummary } from "../../src/core";

const ME = "@me:example.org";
const INVITER = "@inviter:example.org";
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONG_TEXT_FIELDS = new Set(["topic", "reason"]);

/** Every string in the summary, with the name of the field that holds it. */
function stringsOf(value: unknown, key = ""): [string, string][] {
  if (typeof value === "string") return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((item) => stringsOf(item, key));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([childKey, child]) => stringsOf(child, childKey));
  }
  return [];
}

function expectSafe(summary: RoomSummary): void {
  for (const [key, text] of stringsOf(summary)) {
    expect(text, key).not.toMatch(CONTROL_OR_BIDI);
    expect(text, key).not.toMatch(LONE_SURROGATE);
    expect(text.trim().length, key).toBeGreaterThan(0);
    expect(text.length, key).toBeLessThanOrEqual(LONG_TEXT_FIELDS.has(key) ? MAX_LONG_TEXT_LENGTH : MAX_NAME_LENGTH);
  }
  if (summary.avatarUrl !== undefined) expect(isMxcUri(summary.avatarUrl)).toBe(true);
  if (summary.inviter?.avatarUrl !== undefined) expect(isMxcUri(summary.inviter.avatarUrl)).toBe(true);
}

// Text that tries everything: controls, bidi, surrogates, long runs, lookalike IDs.
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("\u202E", "\u2066", "\u0000", "\u0085", "\uD800", "\uDC00", "a", " ", "\u200B", "😀"), maxLength: 30 }),
  fc.string({ unit: "grapheme", minLength: 250, maxLength: 1_200 }),
  fc.constantFrom("mxc://example.org/abc", "https://evil.example/a.png", "javascript:alert(1)", "mxc://bad/../x", "#room:example.org"),
);
const contentValue = fc.oneof(hostileText, fc.jsonValue({ maxDepth: 2 }));
const content = fc.dictionary(
  fc.constantFrom(
    "name",
    "alias",
    "topic",
    "url",
    "membership",
    "displayname",
    "avatar_url",
    "reason",
    "is_direct",
    "room_version",
    "type",
    "join_rule",
    "additional_creators",
    "third_party_invite",
    "m.topic",
    "__proto__",
    "constructor",
  ),
  contentValue,
);
const stateEvent = fc.record({
  type: fc.constantFrom(
    "m.room.create",
    "m.room.name",
    "m.room.canonical_alias",
    "m.room.topic",
    "m.room.avatar",
    "m.room.join_rules",
    "m.room.encryption",
    "m.room.member",
    "__proto__",
  ),
  state_key: fc.oneof(fc.constantFrom("", ME, INVITER, "@other:example.org"), hostileText),
  sender: fc.oneof(fc.constantFrom(ME, INVITER), hostileText),
  content,
});
const junk = fc.array(fc.oneof({ weight: 4, arbitrary: stateEvent }, { weight: 1, arbitrary: fc.jsonValue() }), { maxLength: 25 });

describe("summarizeInvite properties", () => {
  it("never throws on arbitrary JSON and returns a safe summary", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const summary = summarizeInvite(input, { userId: ME });
        expect(summary.trusted).toBe(false);
        expectSafe(summary);
        expectSafe(summarizeRoomState(input, { userId: ME }));
      }),
      { numRuns: 300 },
    );
  });

  it("returns clean, capped strings and only mxc avatars for hostile state", () => {
    fc.assert(
      fc.property(junk, fc.boolean(), (events, wrapped) => {
        expectSafe(summarizeInvite(wrapped ? { events } : events, { userId: ME }));
      }),
      { numRuns: 400 },
    );
  });

  it("always keeps a valid own invite event, whatever junk surrounds it", () => {
    const ownInvite = fc.record({
      reason: fc.option(hostileText, { nil: undefined }),
      isDirect: fc.boolean(),
    });
    fc.assert(
      fc.property(junk, junk, ownInvite, (before, after, invite) => {
        // Junk after the invite must not replace it: drop later events for the same (type, state_key).
        const safeAfter = after.filter(
          (event) => !(typeof event === "object" && event !== null && "type" in event && event.type === "m.room.member" && event.state_key === ME),
        );
        const inviteContent: Record<string, unknown> = { membership: "invite", is_direct: invite.isDirect };
        if (invite.reason !== undefined) inviteContent.reason = invite.reason;
        const inviteEvent = { type: "m.room.member", state_key: ME, sender: INVITER, content: inviteContent };
        const summary = summarizeInvite([...before, inviteEvent, ...safeAfter], { userId: ME });
        expect(summary.membership).toBe("invite");
        expect(summary.inviter?.userId).toBe(INVITER);
        expect(summary.isDirect).toBe(invite.isDirect);
        expectSafe(summary);
      }),
      { numRuns: 300 },
    );
  });
});

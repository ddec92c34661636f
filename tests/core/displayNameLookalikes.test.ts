/**
 * Names that can't impersonate (issue 12): beside a known contact "Alice", a name that only
 * looks like hers (Cyrillic letters, a Braille blank, a colon lookalike that makes it pass
 * for a user ID) is flagged, by the same rule in every place that compares names.
 */
import { describe, expect, it } from "vitest";
import { disambiguateDisplayNames, getMemberDisplayNames, indexDisplayNames, isInviterAmbiguous, normalizeDisplayName } from "../../src/core/displayNames";
import { summarizeInvite } from "../../src/core/summary";
import { findAmbiguousMembers } from "../../src/i18n/displayNames";

const ALICE = "@alice:matrix.org";
const MALLORY = "@mallory:evil.com";
const ME = "@me:example.org";

/** Lookalikes of "Alice" and of her user ID, as the issue lists them. */
const LOOKALIKES = {
  "Cyrillic А": "\u0410lice",
  "Cyrillic е": "Alic\u0435",
  "Braille blank": "Alice\u2800",
  "modifier letter colon": "@alice\uA789matrix.org",
  "ratio colon": "@alice\u2236matrix.org",
};

function member(userId: string, membership: string, displayname: string) {
  return { type: "m.room.member", state_key: userId, sender: userId, content: { membership, displayname } };
}

/** Mallory's invite to the user, with Mallory's member event under the given name. */
function inviteFrom(displayname: string) {
  return summarizeInvite(
    [member(MALLORY, "join", displayname), { type: "m.room.member", state_key: ME, sender: MALLORY, content: { membership: "invite" } }],
    { userId: ME },
  );
}

describe("lookalike display names beside a known contact 'Alice'", () => {
  for (const [title, name] of Object.entries(LOOKALIKES)) {
    it(`flags ${title} (${JSON.stringify(name)}) in disambiguateDisplayNames`, () => {
      const [, mallory] = disambiguateDisplayNames([
        { userId: ALICE, displayName: "Alice" },
        { userId: MALLORY, displayName: name },
      ]);
      expect(mallory?.isAmbiguous).toBe(true);
      expect(mallory?.label).toContain(`(${MALLORY})`);
    });

    it(`flags ${title} in room state (getMemberDisplayNames)`, () => {
      const names = getMemberDisplayNames([member(ALICE, "join", "Alice"), member(MALLORY, "join", name)]);
      expect(names.get(MALLORY)?.isAmbiguous).toBe(true);
    });

    it(`flags ${title} as an inviter beside the user's contacts`, () => {
      const contacts = indexDisplayNames([{ userId: ALICE, displayName: "Alice" }]);
      expect(isInviterAmbiguous(inviteFrom(name), contacts)).toBe(true);
    });

    it(`flags ${title} in a room named after its members`, () => {
      expect(findAmbiguousMembers([{ userId: ALICE, displayName: "Alice" }, { userId: MALLORY, displayName: name }]).has(MALLORY)).toBe(true);
    });
  }

  it("flags a name shaped like another user's ID with a lookalike colon even with no contact to compare", () => {
    for (const name of [LOOKALIKES["modifier letter colon"], LOOKALIKES["ratio colon"], "\uFF20alice:matrix.org"]) {
      expect(isInviterAmbiguous(inviteFrom(name)), name).toBe(true);
      expect(disambiguateDisplayNames([{ userId: MALLORY, displayName: name }])[0]?.isAmbiguous, name).toBe(true);
    }
  });

  it("catches a capital I passing for a lower-case l, which case folding alone would hide", () => {
    const [, mallory] = disambiguateDisplayNames([
      { userId: ALICE, displayName: "Alice" },
      { userId: MALLORY, displayName: "AIice" },
    ]);
    expect(mallory?.isAmbiguous).toBe(true);
  });
});

describe("names that only resemble each other in meaning stay apart", () => {
  it("does not flag different names, or the same person under a lookalike of their own ID", () => {
    for (const name of ["Alicia", "Bob", "\u0410\u043B\u0438\u0441\u0430", "Al", "Alice Liddell"]) {
      const [, other] = disambiguateDisplayNames([
        { userId: ALICE, displayName: "Alice" },
        { userId: MALLORY, displayName: name },
      ]);
      expect(other?.isAmbiguous, name).toBe(false);
    }
    expect(disambiguateDisplayNames([{ userId: ALICE, displayName: "@alice\uA789matrix.org" }])[0]?.isAmbiguous).toBe(false);
  });

  it("does not flag the real contact as an inviter", () => {
    const contacts = indexDisplayNames([{ userId: MALLORY, displayName: "Alice" }]);
    expect(isInviterAmbiguous(inviteFrom("Alice"), contacts)).toBe(false);
  });

  it("keys a name by its skeleton: case, width, accents, invisible and blank characters folded", () => {
    expect(normalizeDisplayName("  \uFF21l\u00EDc\u0435\u200B\u2800 Liddell ")).toBe(normalizeDisplayName("alice liddell"));
    expect(normalizeDisplayName("@alice\u2236matrix.org")).toBe(normalizeDisplayName("@alice:matrix.org"));
  });
});

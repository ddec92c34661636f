/**
 * Display-name disambiguation (spec: "Calculating the display name for a user"): no name
 * shows the user ID, a name unique among joined and invited members shows alone, a shared
 * one shows with the user ID.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disambiguateDisplayNames, getMemberDisplayNames, normalizeDisplayName } from "../../src/core/displayNames";
import accepted from "../fixtures/accept-named-room-full.json";
import lookalike from "../fixtures/invite-lookalike-dm.json";

const ALICE = "@alice:localhost";
const MALLORY = "@mallory:localhost";

function member(userId: string, membership: string, displayname?: unknown) {
  const content: Record<string, unknown> = { membership };
  if (displayname !== undefined) content.displayname = displayname;
  return { type: "m.room.member", state_key: userId, sender: userId, content };
}

describe("disambiguateDisplayNames", () => {
  it("shows a unique name alone and a missing name as the user ID", () => {
    expect(disambiguateDisplayNames([{ userId: ALICE, displayName: "Alice Liddell" }, { userId: "@bob:localhost" }])).toEqual([
      { userId: ALICE, displayName: "Alice Liddell", isAmbiguous: false, label: "Alice Liddell" },
      { userId: "@bob:localhost", isAmbiguous: false, label: "@bob:localhost" },
    ]);
  });

  it("adds the user ID to both members sharing a name", () => {
    const result = disambiguateDisplayNames([
      { userId: ALICE, displayName: "Alice Liddell" },
      { userId: MALLORY, displayName: "Alice Liddell" },
    ]);
    expect(result.map((entry) => entry.label)).toEqual(["Alice Liddell (@alice:localhost)", "Alice Liddell (@mallory:localhost)"]);
  });

  it("sees through case, full-width letters, zero-width spaces and bidi controls", () => {
    for (const lookalikeName of ["alice liddell", "Ａｌｉｃｅ Liddell", "Alice\u200B Liddell", "\u202EAlice Liddell", "Alice   Liddell"]) {
      const [, mallory] = disambiguateDisplayNames([
        { userId: ALICE, displayName: "Alice Liddell" },
        { userId: MALLORY, displayName: lookalikeName },
      ]);
      expect(mallory?.isAmbiguous, lookalikeName).toBe(true);
    }
  });

  it("flags a name that poses as another user's ID, but not one's own ID", () => {
    const [poser] = disambiguateDisplayNames([{ userId: MALLORY, displayName: "@alice:localhost" }]);
    expect(poser?.isAmbiguous).toBe(true);
    expect(poser?.label).toBe("@alice:localhost (@mallory:localhost)");
    const [honest] = disambiguateDisplayNames([{ userId: ALICE, displayName: "@alice:localhost" }]);
    expect(honest).toMatchObject({ isAmbiguous: false, label: "@alice:localhost" });
  });

  it("treats one user listed twice as one member", () => {
    const result = disambiguateDisplayNames([
      { userId: ALICE, displayName: "Alice" },
      { userId: ALICE, displayName: "Alice" },
    ]);
    expect(result.every((entry) => !entry.isAmbiguous)).toBe(true);
  });

  it("never throws and always labels with clean text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        for (const entry of disambiguateDisplayNames(input as never)) {
          expect(entry.label).not.toMatch(/[\u0000-\u001F\u202A-\u202E\u2066-\u2069]/);
          expect(typeof entry.isAmbiguous).toBe("boolean");
        }
      }),
    );
  });

  it("normalises names the way a reader compares them", () => {
    expect(normalizeDisplayName("  ＡＬＩＣＥ\u200B  Liddell ")).toBe("alice liddell");
  });
});

describe("getMemberDisplayNames over room state", () => {
  it("labels the real lookalike DM's inviter alone when nobody else in the state uses the name", () => {
    const names = getMemberDisplayNames(lookalike.sync_invite_entry.invite_state);
    expect(names.get(MALLORY)).toMatchObject({ displayName: "Alice Liddell", isAmbiguous: false });
  });

  it("disambiguates both members when a joined member takes the name of another", () => {
    const state = [...accepted.live_state, member(MALLORY, "join", "Alice Liddell")];
    const names = getMemberDisplayNames(state);
    expect(names.get(ALICE)?.label).toBe("Alice Liddell (@alice:localhost)");
    expect(names.get(MALLORY)?.label).toBe("Alice Liddell (@mallory:localhost)");
    expect(names.get("@bob:localhost")?.label).toBe("Bob");
  });

  it("counts only joined and invited members for uniqueness", () => {
    const names = getMemberDisplayNames([
      member(ALICE, "join", "Alice"),
      member(MALLORY, "leave", "Alice"),
      member("@eve:localhost", "ban", "Alice"),
      member("@carol:localhost", "invite", "Carol"),
    ]);
    expect(names.get(ALICE)?.label).toBe("Alice");
    // A member who left is compared with the joined ones: her old name collides with Alice's.
    expect(names.get(MALLORY)?.label).toBe("Alice (@mallory:localhost)");
    expect(names.get("@carol:localhost")?.label).toBe("Carol");
  });

  it("falls back to the user ID for a missing, null, empty or non-text display name", () => {
    const names = getMemberDisplayNames([
      member("@a:localhost", "join"),
      member("@b:localhost", "join", null),
      member("@c:localhost", "join", " \u200B "),
      member("@d:localhost", "join", 42),
    ]);
    expect([...names.values()].map((entry) => entry.label)).toEqual(["@a:localhost", "@b:localhost", "@c:localhost", "@d:localhost"]);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(getMemberDisplayNames(input)).toBeInstanceOf(Map);
      }),
    );
  });
});

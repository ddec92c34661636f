import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AVATAR_COLOR_COUNT, getAvatarColorIndex, getAvatarInitial } from "../../../src/components/Avatar/avatarInitial";

describe("getAvatarInitial", () => {
  it.each([
    ["a plain name", "Design Review", "D"],
    ["a lower-case name", "bob", "B"],
    ["a user ID", "@alice:localhost", "A"],
    ["an alias", "#design-review:localhost", "D"],
    ["leading punctuation and spaces", "  ...«Hello»", "H"],
    ["an accented letter written with a combining mark", "e\u0301cole", "E\u0301"],
    ["a Polish letter", "żaneta", "Ż"],
    ["a family emoji (ZWJ sequence)", "👨‍👩‍👧 Family", "👨‍👩‍👧"],
    ["a flag", "🇵🇱 Polska", "🇵🇱"],
    ["Hebrew after a right-to-left mark", "\u200Fשלום", "ש"],
    ["Arabic", "مرحبا", "م"],
    ["a right-to-left override", "\u202Etxt.exe", "T"],
    ["isolates and zero-width characters", "\u2067\u200B\u2069zed", "Z"],
    ["a control character", "\u0007bell", "B"],
    ["ß, which upper-cases to two letters", "ßeta", "ß"],
  ])("takes the first grapheme of %s", (_case, name, expected) => {
    expect(getAvatarInitial(name, "!room:localhost")).toBe(expected);
  });

  it.each([
    ["no name", undefined, "@carol:localhost", "C"],
    ["an empty name", "", "!qwerty:localhost", "Q"],
    ["only bidi controls", "\u202E\u202D\u2066", "@dave:localhost", "D"],
    ["only punctuation", "!!!???", "@erin:localhost", "E"],
  ])("falls back to the ID for %s", (_case, name, id, expected) => {
    expect(getAvatarInitial(name, id)).toBe(expected);
  });

  it("gives an empty initial when neither the name nor the ID has a letter", () => {
    expect(getAvatarInitial("\u202E", "")).toBe("");
  });

  it("reads only the start of a huge name", () => {
    expect(getAvatarInitial(`${"x".repeat(5_000_000)}`, "!r:localhost")).toBe("X");
    // A letter far past the start is never reached: the initial comes from the ID instead.
    expect(getAvatarInitial(`${".".repeat(5_000_000)}y`, "@z:localhost")).toBe("Z");
  });

  it("never returns a control, format or bidi character, whatever the name", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 40 }), fc.string({ maxLength: 20 }), (name, id) => {
        expect(getAvatarInitial(name, id)).not.toMatch(/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u);
      }),
    );
  });
});

describe("getAvatarColorIndex", () => {
  it("is deterministic and within the palette", () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const index = getAvatarColorIndex(id);
        expect(index).toBe(getAvatarColorIndex(id));
        expect(index).toBeGreaterThanOrEqual(1);
        expect(index).toBeLessThanOrEqual(AVATAR_COLOR_COUNT);
      }),
    );
  });

  it("spreads similar IDs over the whole palette", () => {
    const used = new Set(Array.from({ length: 64 }, (_, index) => getAvatarColorIndex(`@user${index}:localhost`)));
    expect(used.size).toBe(AVATAR_COLOR_COUNT);
  });
});

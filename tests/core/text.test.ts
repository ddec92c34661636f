import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLongText, cleanName, cleanText, MAX_LONG_TEXT_LENGTH, MAX_NAME_LENGTH, truncate } from "../../src/core/text";

describe("cleaning network text", () => {
  it("strips C0 and C1 controls and every bidi embedding, override and isolate", () => {
    const bidi = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
    expect(cleanName(`Al\u0000i\u0007c\u009Fe${bidi} Liddell`)).toBe("Alice Liddell");
  });

  it("turns line breaks and tabs into single spaces", () => {
    expect(cleanLongText("line one\r\n\tline two\u2028three")).toBe("line one line two three");
  });

  it("treats text that is empty after cleaning as absent", () => {
    for (const value of ["", "   ", "\u202E\u2066", "\u0000\u0001", "\u200B\u3164\uFEFF", 42, null, undefined, {}]) {
      expect(cleanName(value)).toBeUndefined();
    }
  });

  it("caps names at 256 and long text at 1,024 characters, ending a cut with an ellipsis", () => {
    const name = cleanName("n".repeat(300));
    expect(name).toHaveLength(MAX_NAME_LENGTH);
    expect(name?.endsWith("…")).toBe(true);
    const topic = cleanLongText("t".repeat(5_000));
    expect(topic).toHaveLength(MAX_LONG_TEXT_LENGTH);
    expect(topic?.endsWith("…")).toBe(true);
    expect(cleanName("n".repeat(MAX_NAME_LENGTH))).toBe("n".repeat(MAX_NAME_LENGTH));
  });

  it("says a megabyte of text was cut even when cleaning leaves little of it", () => {
    const cleaned = cleanName(`Short${"\u202E".repeat(1024 * 1024)}`);
    expect(cleaned).toBe("Short…");
  });

  it("never cuts an emoji in half", () => {
    const cut = truncate(`${"a".repeat(254)}😀😀`, MAX_NAME_LENGTH);
    expect(cut).toBe(`${"a".repeat(254)}…`);
  });

  it("returns clean, capped text for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2_000 }), fc.integer({ min: 1, max: 2_000 }), (value, maxLength) => {
        const cleaned = cleanText(value, { maxLength });
        if (cleaned === undefined) return;
        expect(cleaned.length).toBeLessThanOrEqual(maxLength);
        expect(cleaned).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
        expect(cleaned).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(cleaned).toBe(cleaned.trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe("cleaning text that is already clean", () => {
  it("returns printable ASCII unchanged apart from collapsed, trimmed spaces and the cap", () => {
    const ascii = fc.string({ unit: fc.constantFrom(" ", " ", "a", "Z", "0", "~", "!", "#", "."), maxLength: 300 });
    fc.assert(
      fc.property(ascii, fc.integer({ min: 1, max: 400 }), (value, maxLength) => {
        const collapsed = value.replace(/ {2,}/g, " ").trim();
        const expected = collapsed === "" ? undefined : truncate(collapsed, maxLength);
        expect(cleanText(value, { maxLength })).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("still cleans text that only looks clean at first", () => {
    expect(cleanName("Alice\u00A0")).toBe("Alice");
    expect(cleanName("Alice\u007F")).toBe("Alice");
    expect(cleanName(" Alice")).toBe("Alice");
    expect(cleanName("Al  ice")).toBe("Al ice");
    expect(cleanName("\u200B")).toBeUndefined();
  });
});

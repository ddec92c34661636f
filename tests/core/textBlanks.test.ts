/**
 * Blank and invisible characters in network text (issue 12): a name padded with Braille
 * blanks must not push the real user ID out of view, zero-width and format characters must
 * not hide text or pad a name, and emoji sequences (which need the zero-width joiner) and
 * scripts that need the joiners must survive.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLongText, cleanName, cleanText, MAX_NAME_LENGTH } from "../../src/core/text";

const FAMILY = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}"; // 👨‍👩‍👧
const HEART_ON_FIRE = "\u2764\uFE0F\u200D\u{1F525}"; // ❤️‍🔥
const WOMAN_TECHNOLOGIST_DARK = "\u{1F469}\u{1F3FF}\u200D\u{1F4BB}"; // 👩🏿‍💻
const RAINBOW_FLAG = "\u{1F3F3}\uFE0F\u200D\u{1F308}"; // 🏳️‍🌈
const SCOTLAND = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"; // 🏴󠁧󠁢󠁳󠁣󠁴󠁿
const EMOJI_SEQUENCES = [FAMILY, HEART_ON_FIRE, WOMAN_TECHNOLOGIST_DARK, RAINBOW_FLAG, SCOTLAND];

// Blank-rendering characters: White_Space, the Hangul fillers, the Braille blank.
const BLANKS = [
  "\u2800", "\u3000", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009",
  "\u200A", "\u3164", "\u115F", "\u1160", "\uFFA0", "\u00A0", "\u202F", "\u205F", "\u1680", "\u{1D159}",
];
// Zero-width and format characters that render as nothing.
const INVISIBLES = ["\u200B", "\u2060", "\uFEFF", "\u180E", "\u00AD", "\u034F", "\u2061", "\u2062", "\u2063", "\u2064", "\uFFF9", "\u{E0041}", "\u{1D173}"];

describe("blank-rendering characters", () => {
  it("keeps the real user ID beside a name padded with 230 Braille blanks", () => {
    expect(cleanName(`Alice${"\u2800".repeat(230)}x`)).toBe("Alice x");
  });

  it("collapses a run of any blank-rendering characters into one space", () => {
    for (const blank of BLANKS) {
      expect(cleanName(`Alice${blank.repeat(40)}x`), `U+${blank.codePointAt(0)?.toString(16)}`).toBe("Alice x");
      expect(cleanName(`Alice ${blank} ${blank}x`), `U+${blank.codePointAt(0)?.toString(16)}`).toBe("Alice x");
    }
  });

  it("trims blanks at either end, so 'Alice' and 'Alice' + a Braille blank read the same", () => {
    expect(cleanName("Alice\u2800")).toBe("Alice");
    expect(cleanName("\u3164Alice\u115F")).toBe("Alice");
    expect(cleanName("\u2800\u3164\u1160")).toBeUndefined();
  });

  it("turns a single blank that is not a space into a plain space, and keeps a lone space separator", () => {
    expect(cleanName("Alice\u2800Liddell")).toBe("Alice Liddell");
    expect(cleanName("Alice\u3164Liddell")).toBe("Alice Liddell");
    // A no-break space in French typography and an ideographic space stay as they are.
    expect(cleanLongText("Bonjour\u00A0!")).toBe("Bonjour\u00A0!");
    expect(cleanName("山田\u3000太郎")).toBe("山田\u3000太郎");
  });
});

describe("zero-width and format characters", () => {
  it("strips zero-width spaces, word joiners, the BOM and the Mongolian vowel separator", () => {
    expect(cleanName("A\u200Bl\u2060i\uFEFFc\u180Ee")).toBe("Alice");
    for (const invisible of INVISIBLES) {
      expect(cleanName(`Al${invisible.repeat(30)}ice`), `U+${invisible.codePointAt(0)?.toString(16)}`).toBe("Alice");
    }
  });

  it("keeps emoji ZWJ sequences, skin tones and flag tag sequences whole", () => {
    for (const emoji of EMOJI_SEQUENCES) {
      expect(cleanName(emoji)).toBe(emoji);
      expect(cleanName(`Family ${emoji} time`)).toBe(`Family ${emoji} time`);
    }
  });

  it("keeps the joiners that Persian and Indic spelling need, one at a time", () => {
    const persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"; // می‌خواهم
    expect(cleanName(persian)).toBe(persian);
    const malayalam = "\u0D28\u0D4D\u200D"; // a chillu written with ZWJ, then text
    expect(cleanName(`${malayalam}\u0D28`)).toBe(`${malayalam}\u0D28`);
    expect(cleanName(`a${"\u200D".repeat(500)}b`)).toBe("a\u200Db");
  });

  it("drops joiners and variation selectors with nothing to attach to", () => {
    expect(cleanName("\u200DAlice\u200C")).toBe("Alice");
    expect(cleanName("Alice \u200D\uFE0F Liddell")).toBe("Alice Liddell");
    expect(cleanName("\u200D\u200C\uFE0F")).toBeUndefined();
    expect(cleanName("\u2764\uFE0F\uFE0F\uFE0F")).toBe("\u2764\uFE0F");
  });

  it("never leaves a joiner or half a flag before the ellipsis of a cut", () => {
    const cut = cleanName(`${"a".repeat(254)}${FAMILY}`);
    expect(cut).toHaveLength(MAX_NAME_LENGTH - 1);
    expect(cut).toBe(`${"a".repeat(254)}…`);
    const flagCut = cleanText(`abc${SCOTLAND}`, { maxLength: 8 });
    expect(flagCut).toBe("abc\u{1F3F4}…");
  });
});

// Text rich in what cleaning must handle: blanks, invisibles, joiners, selectors, emoji, letters.
const trickyUnit = fc.constantFrom(
  ...BLANKS,
  ...INVISIBLES,
  "\u200C", "\u200D", "\uFE0F", "\uFE0E", "\u180B", "\u{E0100}", "\u{E007F}", "\u{E0067}",
  "\u{1F3F4}", "\u{1F468}", "\u{1F3FF}", "\u2764", "a", "Z", " ", "é", "\u0301", "\u0645", "\n", "\u202E", "\u0000", "\uD800",
);
const trickyText = fc.oneof(
  fc.string({ unit: trickyUnit, maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.tuple(fc.string({ unit: trickyUnit, maxLength: 20 }), fc.constantFrom(...EMOJI_SEQUENCES), fc.string({ unit: trickyUnit, maxLength: 20 })).map((parts) => parts.join("")),
);
const maxLength = fc.oneof(fc.constant(MAX_NAME_LENGTH), fc.integer({ min: 1, max: 100 }));

const BLANK_CLASS = "[\\p{White_Space}\\u115F\\u1160\\u2800\\u3164\\uFFA0\\u{1D159}]";
const JOINER_CLASS = "[\\u200C\\u200D]";
const SELECTOR_CLASS = "[\\u180B-\\u180D\\u180F\\uFE00-\\uFE0F\\u{E0100}-\\u{E01EF}]";
/** Every shape of invisible run that must not survive cleaning. */
const INVISIBLE_RUNS = [
  new RegExp(`${BLANK_CLASS}{2,}`, "u"),
  /[\t-\r\u0085\u2028\u2029\u115F\u1160\u2800\u3164\uFFA0\u{1D159}]/u,
  // eslint-disable-next-line no-misleading-character-class -- each listed code point is meant on its own
  /[\u200B\u2060-\u2064\uFEFF\u180E\u00AD\u034F\uFFF9-\uFFFB\u{1D173}-\u{1D17A}]/u,
  new RegExp(`^(?:${JOINER_CLASS}|${SELECTOR_CLASS})|${JOINER_CLASS}$|${JOINER_CLASS}{2}|${BLANK_CLASS}(?:${JOINER_CLASS}|${SELECTOR_CLASS})|${JOINER_CLASS}${BLANK_CLASS}`, "u"),
  new RegExp(`${SELECTOR_CLASS}{2}`, "u"),
];

describe("cleaning properties", () => {
  it("is idempotent: cleaning clean text changes nothing", () => {
    fc.assert(
      fc.property(trickyText, maxLength, (value, max) => {
        const once = cleanText(value, { maxLength: max });
        if (once !== undefined) expect(cleanText(once, { maxLength: max })).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves no run of blank or invisible characters, and never only invisible ones", () => {
    fc.assert(
      fc.property(trickyText, maxLength, (value, max) => {
        const cleaned = cleanText(value, { maxLength: max });
        if (cleaned === undefined) return;
        for (const pattern of INVISIBLE_RUNS) expect(cleaned, JSON.stringify(cleaned)).not.toMatch(pattern);
        expect(cleaned).toMatch(/[^\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]/u);
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps emoji ZWJ and tag sequences whole whatever surrounds them", () => {
    fc.assert(
      fc.property(fc.string({ unit: trickyUnit, maxLength: 30 }), fc.constantFrom(...EMOJI_SEQUENCES), fc.string({ unit: trickyUnit, maxLength: 30 }), (before, emoji, after) => {
        expect(cleanLongText(`${before} ${emoji} ${after}`)).toContain(emoji);
      }),
      { numRuns: 2000 },
    );
  });

  it("holds the length cap, ends a cut with the ellipsis, and never splits a surrogate pair", () => {
    fc.assert(
      fc.property(fc.string({ unit: trickyUnit, minLength: 50, maxLength: 600 }), maxLength, (value, max) => {
        const cleaned = cleanText(value, { maxLength: max });
        if (cleaned === undefined) return;
        expect(cleaned.length).toBeLessThanOrEqual(max);
        expect(cleaned).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 2000 },
    );
  });
});

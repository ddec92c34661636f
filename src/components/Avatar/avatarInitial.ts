/**
 * What an avatar shows when it shows no image: one initial from the name, and a background
 * colour picked from the room or user ID (so renaming a room keeps its colour, and two
 * people who share a display name still get different colours).
 */

/** How many avatar colours the theme defines (`--mmui-avatar-1` … `--mmui-avatar-8`). */
export const AVATAR_COLOR_COUNT = 8;

// Only the start of a (possibly megabyte-long) name is looked at.
const MAX_GRAPHEMES_SCANNED = 64;
const MAX_CODE_UNITS_SCANNED = 512;
// A grapheme that cannot be an initial: punctuation (`@`, `#`, `!`, quotes…), separators,
// controls and format characters (bidi overrides, zero-width joiners), unassigned and
// private-use code points, lone combining marks, and maths/currency/modifier symbols.
const NOT_AN_INITIAL = /^[\p{P}\p{Z}\p{C}\p{M}\p{Sm}\p{Sc}\p{Sk}]/u;
// Removed from inside the chosen grapheme, in case a segmenter kept one attached.
const INVISIBLE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

let segmenter: Intl.Segmenter | undefined;

function graphemesOf(text: string): Iterable<string> {
  if (typeof Intl.Segmenter === "function") {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    return (function* () {
      for (const { segment } of segmenter.segment(text)) yield segment;
    })();
  }
  // Without Intl.Segmenter: code points, which is right for letters and most single emoji.
  return Array.from(text);
}

function firstInitial(text: string, locale: string | undefined): string | undefined {
  let scanned = 0;
  for (const grapheme of graphemesOf(text.slice(0, MAX_CODE_UNITS_SCANNED))) {
    if (++scanned > MAX_GRAPHEMES_SCANNED) return undefined;
    if (NOT_AN_INITIAL.test(grapheme)) continue;
    const visible = grapheme.replace(INVISIBLE, "");
    if (visible === "") continue;
    const upper = safeUpperCase(visible, locale);
    // "ß" upper-cases to "SS" and "ﬁ" to "FI": keep the letter as it was rather than show two.
    return Array.from(upper).length <= Array.from(visible).length ? upper : visible;
  }
  return undefined;
}

function safeUpperCase(text: string, locale: string | undefined): string {
  try {
    return text.toLocaleUpperCase(locale);
  } catch {
    return text.toUpperCase();
  }
}

/**
 * The initial to show for `name`: its first grapheme (an emoji stays whole, an accented
 * letter keeps its accent), upper-cased, skipping leading `@`, `#`, `!`, punctuation,
 * spaces and every control or bidi character. When the name has no usable character the
 * ID is tried the same way (`@alice:example.org` gives "A"); failing that, `""`.
 *
 * @param locale BCP 47 tag for upper-casing (Turkish "i" → "İ"); the runtime default if omitted.
 */
export function getAvatarInitial(name: string | undefined, id: string, locale?: string): string {
  return (typeof name === "string" ? firstInitial(name, locale) : undefined) ?? firstInitial(id, locale) ?? "";
}

/**
 * Which avatar colour (1 … {@link AVATAR_COLOR_COUNT}) belongs to an ID: an FNV-1a hash of
 * its UTF-16 code units, so every client shows the same room in the same colour.
 */
export function getAvatarColorIndex(id: string): number {
  let hash = 0x81_1c_9d_c5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01_00_01_93);
  }
  return ((hash >>> 0) % AVATAR_COLOR_COUNT) + 1;
}

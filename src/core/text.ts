/**
 * Text safety for strings that come from the network (remote servers choose them).
 *
 * We strip C0/C1 control characters and bidi embedding/override/isolate characters so a
 * name cannot reorder the sentence around it; strip characters that render as nothing
 * (zero-width spaces, word joiners, the BOM…) so a name cannot hide text or pad itself; turn
 * runs of blank-rendering characters (Braille blanks, Hangul fillers, ideographic spaces…)
 * into one space so a name cannot push what follows it out of view; then cap the length so a
 * 1 MB name cannot freeze the layout. The UI still renders every such string inside `<bdi>` /
 * `dir="auto"`.
 */

/** Longest name, display name or alias we keep, in UTF-16 code units (ellipsis included). */
export const MAX_NAME_LENGTH = 256;
/** Longest topic or reason we keep, in UTF-16 code units (ellipsis included). */
export const MAX_LONG_TEXT_LENGTH = 1024;

const ELLIPSIS = "…";

// C0 controls other than whitespace, DEL and C1 controls; bidi embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069) plus the implicit marks LRM, RLM and ALM, which
// can also flip how neighbouring text reads; lone surrogates, which are not text at all.
const STRIPPED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Characters that render as nothing (Unicode's Default_Ignorable_Code_Point: zero-width
// spaces, word joiners, U+180E, the BOM, soft hyphens, tags…, plus the interlinear annotation
// marks U+FFF9–U+FFFB, which can hide text): removed. Kept for the next steps: the joiners
// (emoji sequences and Indic and Persian spelling need them), variation selectors (emoji and
// Mongolian glyph choice) and the Hangul fillers, which render blank and count as blanks.
// A flag's tag sequence (🏴 + tag letters + cancel tag, e.g. Scotland's) is kept whole.
const IGNORABLE =
  // eslint-disable-next-line no-misleading-character-class -- each listed code point is meant on its own
  /(\u{1F3F4}[\u{E0020}-\u{E007E}]{1,30}\u{E007F})|(?![\u115F\u1160\u3164\uFFA0\u180B-\u180D\u180F\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/gu;
// Zero-width characters that attach to their neighbours: ZWNJ and ZWJ, and the variation
// selectors (standard, Mongolian free and supplementary).
// eslint-disable-next-line no-misleading-character-class -- each listed code point is meant on its own
const ATTACHED = /[\u200C\u200D\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]+/gu;
const JOINER = /[\u200C\u200D]/u;
// Characters that render as blank space: Unicode White_Space (spaces of every width, tabs,
// line and paragraph separators) and characters fonts draw blank though they are not spaces:
// the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the Braille blank U+2800 and the
// musical null notehead U+1D159.
const BLANK = /^[\p{White_Space}\u115F\u1160\u2800\u3164\uFFA0\u{1D159}]$/u;
// A run of two or more blanks, or one blank that is not a space separator (a line break, a
// tab, a Hangul filler, a Braille blank): each becomes one plain space. A lone space
// separator (a no-break space in French, an ideographic space in Japanese) stays as it is.
const BLANK_RUNS =
  /[\p{White_Space}\u115F\u1160\u2800\u3164\uFFA0\u{1D159}]{2,}|[\t-\r\u0085\u2028\u2029\u115F\u1160\u2800\u3164\uFFA0\u{1D159}]/gu;
// What a cut may leave dangling before the ellipsis: a joiner, or the tag letters of a flag
// whose cancel tag was cut off.
const DANGLING_END = /(?:[\u200C\u200D]|[\u{E0020}-\u{E007E}])+$/u;

/** Options for {@link cleanText}. */
export interface CleanTextOptions {
  /** Longest result in UTF-16 code units, ellipsis included. Defaults to `MAX_NAME_LENGTH`. */
  maxLength?: number;
}

/**
 * Returns network text cleaned of control and bidi formatting characters and capped in
 * length (a cut ends with "…"), or `undefined` when the input is not a string or nothing
 * readable is left. Never throws.
 */
export function cleanText(value: unknown, options?: CleanTextOptions): string | undefined {
  if (typeof value !== "string") return undefined;
  const requested = readMaxLength(options);
  const maxLength =
    typeof requested === "number" && Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : MAX_NAME_LENGTH;
  return cleanString(value, maxLength);
}

/** {@link cleanText} for a string and a valid maximum length (a whole number ≥ 1). */
function cleanString(value: string, maxLength: number): string | undefined {
  // Most names and topics are already clean ASCII: nothing below would change them.
  if (isCleanAscii(value, maxLength)) return value;
  // Bound the work on enormous input: we look at a generous prefix only. Cleaning can
  // remove characters, so the prefix is larger than the cap, but never the whole megabyte.
  const window = Math.max(maxLength * 8, 4096);
  const truncatedInput = value.length > window;
  let text = truncatedInput ? value.slice(0, window) : value;
  text = text.replace(STRIPPED, "");
  text = text.replace(IGNORABLE, keepFlag);
  text = text.replace(ATTACHED, keepAttached);
  // Line breaks, tabs and every run of blanks become one space: single-line text, and no
  // name can push what follows it out of view.
  text = text.replace(BLANK_RUNS, " ").trim();
  if (text.length === 0) return undefined;
  if (!truncatedInput) return truncate(text, maxLength);
  // The input was cut before cleaning: the result must say so with "…" even when short.
  if (text.length <= maxLength - ELLIPSIS.length) return text + ELLIPSIS;
  return cutWithEllipsis(text, maxLength);
}

/**
 * Whether `value` is printable ASCII (U+0020–U+007E) without leading, trailing or doubled
 * spaces, and not longer than `maxLength`: text that cleaning returns unchanged (it has a
 * visible character, no controls, no bidi marks, no surrogates and nothing to cut).
 */
function isCleanAscii(value: string, maxLength: number): boolean {
  const length = value.length;
  if (length === 0 || length > maxLength) return false;
  // Starts as if after a space, so that a leading space fails like a doubled one.
  let afterSpace = true;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (code > 0x20 && code < 0x7f) {
      afterSpace = false;
    } else {
      return false;
    }
  }
  return !afterSpace;
}

/** Reads `options.maxLength` defensively: options may come from untyped code, even a hostile Proxy. */
function readMaxLength(options: unknown): unknown {
  try {
    return typeof options === "object" && options !== null ? (options as CleanTextOptions).maxLength : undefined;
  } catch {
    return undefined;
  }
}

/** Cuts `text` to at most `maxLength` code units ending in "…", never splitting a surrogate pair. */
export function truncate(text: string, maxLength: number): string {
  const limit = Number.isFinite(maxLength) ? Math.max(1, Math.floor(maxLength)) : MAX_NAME_LENGTH;
  if (text.length <= limit) return text;
  return cutWithEllipsis(text, limit);
}

function cutWithEllipsis(text: string, maxLength: number): string {
  let end = Math.max(0, maxLength - ELLIPSIS.length);
  const last = text.charCodeAt(end - 1);
  // Never keep half of a surrogate pair (an emoji cut in two is not text).
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end).replace(DANGLING_END, "").trimEnd() + ELLIPSIS;
}

/** {@link IGNORABLE}'s replacement: a flag's tag sequence stays, any other match goes. */
function keepFlag(_match: string, flag: string | undefined): string {
  return flag ?? "";
}

/**
 * {@link ATTACHED}'s replacement for a run of joiners and variation selectors: nothing after
 * a blank or at the start (there is nothing to attach to); otherwise the run's leading
 * variation selector, then one joiner when a visible character follows (so 👨‍👩‍👧 and ❤️‍🔥
 * survive, and "a" + 500 joiners + "b" keeps one).
 */
function keepAttached(run: string, offset: number, whole: string): string {
  const before = codePointBefore(whole, offset);
  if (before === undefined || BLANK.test(before)) return "";
  const selector = JOINER.test(run[0] ?? "") ? "" : String.fromCodePoint(run.codePointAt(0) ?? 0);
  const after = whole.codePointAt(offset + run.length);
  const joiner = after === undefined || BLANK.test(String.fromCodePoint(after)) ? undefined : JOINER.exec(run)?.[0];
  return selector + (joiner ?? "");
}

/** The code point that ends just before `offset`, whole even when it is a surrogate pair. */
function codePointBefore(text: string, offset: number): string | undefined {
  if (offset === 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

/** {@link cleanText} for names, display names and aliases (256 code units). */
export function cleanName(value: unknown): string | undefined {
  return typeof value === "string" ? cleanString(value, MAX_NAME_LENGTH) : undefined;
}

/** {@link cleanText} for topics and reasons (1,024 code units). */
export function cleanLongText(value: unknown): string | undefined {
  return typeof value === "string" ? cleanString(value, MAX_LONG_TEXT_LENGTH) : undefined;
}

/**
 * Text safety for strings that come from the network (remote servers choose them).
 *
 * We strip C0/C1 control characters and bidi embedding/override/isolate characters so a
 * name cannot reorder the sentence around it, then cap the length so a 1 MB name cannot
 * freeze the layout. The UI still renders every such string inside `<bdi>` / `dir="auto"`.
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
// Whitespace controls (tab, newlines, vertical tab, form feed) and the Unicode line and
// paragraph separators become a plain space in single-line text.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\u0009-\u000D\u0085\u2028\u2029]/g;
const RUNS_OF_SPACES = / {2,}/g;
// Text made only of invisible characters (zero-width spaces, the Hangul filler, BOM…) and
// whitespace reads as blank, so it counts as absent like empty text.
const ONLY_INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{White_Space}]*$/u;

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
  // The contract strips every C0 control, newlines included: line breaks become spaces.
  text = text.replace(LINE_BREAKS, " ");
  text = text.replace(RUNS_OF_SPACES, " ").trim();
  if (text.length === 0 || ONLY_INVISIBLE.test(text)) return undefined;
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
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/** {@link cleanText} for names, display names and aliases (256 code units). */
export function cleanName(value: unknown): string | undefined {
  return typeof value === "string" ? cleanString(value, MAX_NAME_LENGTH) : undefined;
}

/** {@link cleanText} for topics and reasons (1,024 code units). */
export function cleanLongText(value: unknown): string | undefined {
  return typeof value === "string" ? cleanString(value, MAX_LONG_TEXT_LENGTH) : undefined;
}

/**
 * The confusables table (Unicode UTS #39, as the `unhomoglyph` package ships it; matrix-js-sdk
 * compares display names with the same package). The only module that imports it: the build
 * puts it in a chunk of its own (vite.config.ts), so a consumer that never compares display
 * names drops the table (about 30 KiB gzipped) with this chunk.
 */
import unhomoglyph from "unhomoglyph";

/**
 * Replaces every character that the table lists as confusable with its prototype (Cyrillic
 * "а" → "a", "∶" → ":", "m" → "rn"), so two strings that look alike map to the same text.
 */
export function replaceConfusables(text: string): string {
  return unhomoglyph(text);
}

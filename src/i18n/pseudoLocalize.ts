/**
 * The pseudo-locale `qps-ploc`: English with every letter accented, each message wrapped
 * in brackets and lengthened by about 40 %. Text that stays plain ASCII on screen under
 * this locale was not localised (see `findUnlocalizedText`), and the extra length shows
 * layouts that break with longer languages.
 *
 * This module never imports English: `loadLocale("qps-ploc")` loads it lazily and the
 * translator rewrites the English areas each component uses with `pseudoLocalizeMessage`.
 * `pseudo.ts` builds the whole catalog at once for tests and tools.
 */
import type { Catalog, MessageValue, PluralMessage } from "./types";

/** The BCP 47 tag of the pseudo-locale (Windows' "pseudo-locale, accented"). */
export const PSEUDO_LOCALE = "qps-ploc";

const ACCENTED: Record<string, string> = {
  a: "à", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "î", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "û", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "À", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Î", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ö", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Û", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

const PLACEHOLDER_OR_LETTER = /\{[A-Za-z0-9_]+\}|[A-Za-z]/g;

/** Accents every ASCII letter of `text`, leaving `{placeholders}` untouched. */
export function accentText(text: string): string {
  return text.replace(PLACEHOLDER_OR_LETTER, (match) => (match.length === 1 ? (ACCENTED[match] ?? match) : match));
}

/** One message in pseudo-locale form: `[Àççéñţéð ţéẋţ ~~~~]`. */
export function pseudoLocalizeText(text: string): string {
  const visibleLength = text.replace(/\{[A-Za-z0-9_]+\}/g, "").length;
  const padding = "~".repeat(Math.max(1, Math.ceil(visibleLength * 0.4)));
  return `[${accentText(text)} ${padding}]`;
}

/** One message (plain or plural) in pseudo-locale form. */
export function pseudoLocalizeMessage(message: MessageValue): MessageValue {
  if (typeof message === "string") return pseudoLocalizeText(message);
  const variants: Record<string, string> = {};
  for (const [category, text] of Object.entries(message)) {
    if (typeof text === "string") variants[category] = pseudoLocalizeText(text);
  }
  return variants as PluralMessage;
}

/** A whole catalog (English, in practice) in pseudo-locale form. */
export function pseudoLocalizeCatalog(source: Catalog): Catalog {
  const catalog: Record<string, MessageValue> = {};
  for (const [key, message] of Object.entries(source)) catalog[key] = pseudoLocalizeMessage(message);
  return catalog as Catalog;
}

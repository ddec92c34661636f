/**
 * The pseudo-bidi locale `qps-plocm` (Windows' "pseudo-locale, mirrored"; Android's `ar-XB`):
 * English turned into right-to-left text. Every word is wrapped in a right-to-left mark and a
 * right-to-left override, so it is made of strong RTL characters, reads mirrored, and places
 * punctuation as Arabic or Hebrew would ("?Design Review" shows how English in an RTL page
 * is not RTL text). Placeholders stay untouched, so names from the network keep their own
 * direction inside `<bdi>`.
 *
 * Internal: for stories and tests of right-to-left layouts; the package does not ship it.
 */
import { en } from "./locales/en/index";
import type { Catalog, MessageValue, PluralMessage } from "./types";

/** The BCP 47 tag of the pseudo-bidi locale. */
export const PSEUDO_BIDI_LOCALE = "qps-plocm";

const RIGHT_TO_LEFT_MARK = "\u200F";
const RIGHT_TO_LEFT_OVERRIDE = "\u202E";
const POP_DIRECTIONAL_FORMATTING = "\u202C";

const PLACEHOLDER_OR_WORD = /\{[A-Za-z0-9_]+\}|[A-Za-z]+/g;

/** One message text in pseudo-bidi form: each word becomes RTL text, placeholders stay as they are. */
export function pseudoBidiText(text: string): string {
  const mirrored = text.replace(PLACEHOLDER_OR_WORD, (match) =>
    match.startsWith("{") ? match : `${RIGHT_TO_LEFT_MARK}${RIGHT_TO_LEFT_OVERRIDE}${match}${POP_DIRECTIONAL_FORMATTING}${RIGHT_TO_LEFT_MARK}`,
  );
  // A leading mark makes the message's first strong character RTL even when it starts with a placeholder.
  return `${RIGHT_TO_LEFT_MARK}${mirrored}`;
}

/** One message (plain or plural) in pseudo-bidi form. */
export function pseudoBidiMessage(message: MessageValue): MessageValue {
  if (typeof message === "string") return pseudoBidiText(message);
  const variants: Record<string, string> = {};
  for (const [category, text] of Object.entries(message)) {
    if (typeof text === "string") variants[category] = pseudoBidiText(text);
  }
  return variants as PluralMessage;
}

let catalog: Catalog | undefined;

/** The whole English catalog in pseudo-bidi form (built once). */
export function createPseudoBidiCatalog(): Catalog {
  if (!catalog) {
    const messages: Record<string, MessageValue> = {};
    for (const [key, message] of Object.entries(en)) messages[key] = pseudoBidiMessage(message);
    catalog = messages as Catalog;
  }
  return catalog;
}

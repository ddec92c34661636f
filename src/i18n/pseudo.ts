/**
 * The pseudo-locale `qps-ploc` built from the English catalog (see `pseudoLocalize.ts` for
 * the transformation). `loadLocale` uses `pseudoLocalize.ts` directly with the English
 * catalog it already holds; this module is the synchronous shortcut for tests and tools.
 */
import { en } from "./locales/en/index";
import { pseudoLocalizeCatalog } from "./pseudoLocalize";
import type { Catalog } from "./types";

export { PSEUDO_LOCALE, accentText, pseudoLocalizeText, pseudoLocalizeCatalog } from "./pseudoLocalize";

/** The whole English catalog in pseudo-locale form. */
export function createPseudoCatalog(): Catalog {
  return pseudoLocalizeCatalog(en);
}

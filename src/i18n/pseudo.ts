/**
 * The pseudo-locale `qps-ploc` built from the complete English catalog (see
 * `pseudoLocalize.ts` for the transformation): a synchronous shortcut for tests and tools.
 * `loadLocale` does not use it (it rewrites only the English areas components ask for).
 */
import { en } from "./locales/en/index";
import { pseudoLocalizeCatalog } from "./pseudoLocalize";
import type { Catalog } from "./types";

export { PSEUDO_LOCALE, accentText, pseudoLocalizeText, pseudoLocalizeMessage, pseudoLocalizeCatalog } from "./pseudoLocalize";

/** The whole English catalog in pseudo-locale form. */
export function createPseudoCatalog(): Catalog {
  return pseudoLocalizeCatalog(en);
}

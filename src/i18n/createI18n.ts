/**
 * A complete translator outside React: message lookup, `{placeholder}` interpolation (text
 * or React nodes), plural selection with `Intl.PluralRules` and list formatting with
 * `Intl.ListFormat`, with the whole English catalog as the fallback. Components do not use
 * it (they ask `useI18n` for the English areas they need), so importing a component does
 * not bundle the whole English catalog; calling `createI18n` does.
 */
import { en } from "./locales/en/index";
import { createLocaleMessages, getTranslator } from "./translator";
import type { Catalog, I18n, MessageOverrides, MessageValue } from "./types";

export { getTextDirection } from "./translator";

/** What {@link createI18n} needs to build a translator. */
export interface CreateI18nOptions {
  /** BCP 47 tag of the catalog (`"en"`, `"pl"`, `"qps-ploc"`). Defaults to `"en"`. */
  locale?: string;
  /** The locale's complete catalog. Defaults to English. */
  catalog?: Catalog;
  /** Host overrides for individual messages, applied on top of the catalog. */
  messages?: MessageOverrides;
  /** Locale for `Intl` formatting when it differs from `locale` (the pseudo-locale uses English). */
  intlLocale?: string;
  /** Rewrites text produced by `Intl` (list conjunctions, relative times); the pseudo-locale accents it. */
  transformIntlText?: (text: string) => string;
  /** Rewrites each English message; the pseudo-locale (`loadLocale("qps-ploc")`) accents it. */
  transformEnglish?: (message: MessageValue) => MessageValue;
}

/**
 * Builds the translator for one locale, with every English message as the fallback for
 * keys the catalog lacks. Cheap enough to call whenever the locale changes.
 */
export function createI18n(options: CreateI18nOptions = {}): I18n {
  return getTranslator(createLocaleMessages(options), [en]);
}

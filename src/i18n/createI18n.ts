/**
 * A complete translator outside React: message lookup, `{placeholder}` interpolation (text
 * or React nodes), plural selection with `Intl.PluralRules` and list formatting with
 * `Intl.ListFormat`, with the whole English catalog as the fallback. Components do not use
 * it (they ask `useI18n` for the English areas they need), so importing a component does
 * not bundle the whole English catalog; calling `createI18n` does.
 */
import { en } from "./locales/en/index";
import { createLocaleMessages, getTranslator } from "./translator";
import type { LocaleMessagesOptions } from "./translator";
import type { I18n } from "./types";

export { getTextDirection } from "./translator";

/**
 * What {@link createI18n} needs to build a translator: the same options as the provider's
 * locale part. Without `catalog`, every English message is used.
 */
export type CreateI18nOptions = LocaleMessagesOptions;

/**
 * Builds the translator for one locale, with every English message as the fallback for
 * keys the catalog lacks. Cheap enough to call whenever the locale changes.
 */
export function createI18n(options: CreateI18nOptions = {}): I18n {
  return getTranslator(createLocaleMessages(options), [en]);
}

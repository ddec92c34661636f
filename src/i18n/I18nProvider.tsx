/**
 * React bindings for the translator: `I18nProvider` chooses the locale and the host's
 * message overrides; `useI18n` reads them. Without a provider, components speak English.
 */
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { createI18n } from "./createI18n";
import { getLoadedLocale, isAvailableLocale, loadLocale } from "./loadLocale";
import type { Catalog, I18n, MessageOverrides } from "./types";

/** Props of {@link I18nProvider}. */
export interface I18nProviderProps {
  /**
   * BCP 47 tag of the language to show (`"en"`, `"pl"`, `"qps-ploc"` or your own).
   * Defaults to `"en"`.
   */
  locale?: string;
  /**
   * The complete catalog for `locale`. Leave it out for a shipped locale: it is loaded on
   * demand (English shows until it arrives; call `loadLocale` first to avoid that). A locale
   * with neither a catalog nor a shipped one falls back to English words.
   */
  catalog?: Catalog;
  /** Your own wording for individual messages, applied on top of the catalog. */
  messages?: MessageOverrides;
  /** The components that speak this locale. */
  children?: ReactNode;
}

// Marked pure so a bundler drops them (and with them the translator and the English
// catalog) from an app that imports only the framework-free parts of the main entry.
const defaultI18n = /* @__PURE__ */ createI18n();
const I18nContext = /* @__PURE__ */ createContext<I18n>(defaultI18n);

/** Provides the locale, catalog and message overrides to every component below it. */
export function I18nProvider({ locale = "en", catalog, messages, children }: I18nProviderProps) {
  const [, setLoadedVersion] = useState(0);
  const loaded = catalog ? undefined : getLoadedLocale(locale);
  const needsLoading = !catalog && !loaded && isAvailableLocale(locale);

  useEffect(() => {
    if (!needsLoading || !isAvailableLocale(locale)) return;
    let active = true;
    void loadLocale(locale).then(() => {
      if (active) setLoadedVersion((version) => version + 1);
    });
    return () => {
      active = false;
    };
  }, [locale, needsLoading]);

  const value = useMemo(() => {
    if (catalog) return createI18n({ locale, catalog, messages });
    if (loaded) {
      return createI18n({
        locale: loaded.locale,
        catalog: loaded.catalog,
        intlLocale: loaded.intlLocale,
        transformIntlText: loaded.transformIntlText,
        messages,
      });
    }
    // Not loaded yet, or a locale we ship no catalog for: English words, the locale's formats.
    return createI18n({ locale: needsLoading ? "en" : locale, messages });
  }, [locale, catalog, messages, loaded, needsLoading]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator for the nearest `I18nProvider` (English when there is none). */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

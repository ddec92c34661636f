/**
 * React bindings for the translator: `I18nProvider` chooses the locale and the host's
 * message overrides; `useI18n(...areas)` reads them, with English from the areas the
 * caller names. Without a provider, components speak English. Nothing here imports the
 * complete English catalog, so a component bundles only the English areas it uses.
 */
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { getLoadedLocale, isAvailableLocale, loadLocale } from "./loadLocale";
import { createLocaleMessages, getTranslator } from "./translator";
import type { LocaleMessages } from "./translator";
import type { AreaKey, Catalog, EnglishArea, I18n, MessageOverrides } from "./types";

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

// Marked pure so a bundler drops them (and with them the translator) from an app that
// imports only the framework-free parts of the main entry.
const defaultMessages = /* @__PURE__ */ createLocaleMessages();
const I18nContext = /* @__PURE__ */ createContext<LocaleMessages>(defaultMessages);

/** Provides the locale, catalog and message overrides to every component below it. */
export function I18nProvider({ locale = "en", catalog, messages, children }: I18nProviderProps) {
  const [, setLoadedVersion] = useState(0);
  const loaded = catalog ? undefined : getLoadedLocale(locale);
  const needsLoading = !catalog && !loaded && isAvailableLocale(locale);

  useEffect(() => {
    if (!needsLoading || !isAvailableLocale(locale)) return;
    let active = true;
    loadLocale(locale).then(
      () => {
        if (active) setLoadedVersion((version) => version + 1);
      },
      () => {
        // The chunk did not load (offline, an old chunk gone after a deploy): English words
        // stay, and the next mount or locale change tries again (a failure is not cached).
      },
    );
    return () => {
      active = false;
    };
  }, [locale, needsLoading]);

  const value = useMemo(() => {
    if (catalog) return createLocaleMessages({ locale, catalog, messages });
    if (loaded) {
      return createLocaleMessages({
        locale: loaded.locale,
        catalog: loaded.catalog,
        intlLocale: loaded.intlLocale,
        transformIntlText: loaded.transformIntlText,
        transformEnglish: loaded.transformEnglish,
        messages,
      });
    }
    // Not loaded yet, or a locale we ship no catalog for: English words, the locale's formats.
    return createLocaleMessages({ locale: needsLoading ? "en" : locale, messages });
  }, [locale, catalog, messages, loaded, needsLoading]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The translator for the nearest `I18nProvider` (English when there is none), with English
 * words from the given areas: `useI18n(enInvite, enCommon)`. `t` accepts only the keys of
 * those areas; in another locale the loaded catalog supplies every key. Pass `en` for every
 * English message (it bundles the whole catalog). Without areas the translator still
 * formats lists, numbers and times, and helpers that bring their own areas
 * (`getErrorMessage`, `formatRoomName`, `formatRoomNameText`) work with it, but its `t`
 * knows only the host's overrides and a loaded non-English catalog.
 *
 * The same translator object comes back for the same provider value and areas, so it is
 * safe in dependency lists and costs no allocation per render.
 */
export function useI18n<const Areas extends readonly EnglishArea[]>(...areas: Areas): I18n<AreaKey<Areas>> {
  return getTranslator(useContext(I18nContext), areas);
}

/**
 * Locale loading. Polish is a separate chunk loaded by dynamic `import()`, so an
 * application that never asks for it never downloads it. English needs no loading:
 * components carry the English areas they use and fall back to them. The pseudo-locale is
 * a rewrite of those English words, so its chunk holds only the rewriting code.
 */
import type { Catalog, MessageValue } from "./types";

/** The locales this package ships: English, Polish and the `qps-ploc` pseudo-locale. */
export const AVAILABLE_LOCALES = ["en", "pl", "qps-ploc"] as const;

/** A locale this package ships a catalog for. */
export type AvailableLocale = (typeof AVAILABLE_LOCALES)[number];

/** A loaded locale: its catalog and how `Intl` should format for it. */
export interface LoadedLocale {
  /** The BCP 47 tag of the catalog. */
  locale: AvailableLocale;
  /**
   * The complete catalog. Absent for English and the pseudo-locale: their words are the
   * English areas each component asks `useI18n` for (all of them: the `en` export).
   */
  catalog?: Catalog;
  /** Locale for `Intl` formatting (English for the pseudo-locale). */
  intlLocale: string;
  /** Rewrites `Intl` output (the pseudo-locale accents it). */
  transformIntlText?: (text: string) => string;
  /** Rewrites each English message (the pseudo-locale accents, brackets and lengthens it). */
  transformEnglish?: (message: MessageValue) => MessageValue;
}

/** Whether `locale` is one of {@link AVAILABLE_LOCALES}. */
export function isAvailableLocale(locale: string): locale is AvailableLocale {
  return (AVAILABLE_LOCALES as readonly string[]).includes(locale);
}

/**
 * Loads a shipped locale. English resolves at once; Polish and the pseudo-locale are
 * fetched as separate chunks. Once it resolves, `<I18nProvider locale="pl">` renders in that
 * locale at once (with its plural rules and Intl settings); `catalog` is for locales we do not ship.
 */
export async function loadLocale(locale: AvailableLocale): Promise<LoadedLocale> {
  const cached = loadedLocales.get(locale);
  if (cached) return cached;
  const loaded = await importLocale(locale);
  loadedLocales.set(locale, loaded);
  return loaded;
}

/** A locale already loaded by {@link loadLocale}, so a provider can render it without waiting. */
export function getLoadedLocale(locale: string): LoadedLocale | undefined {
  return isAvailableLocale(locale) ? loadedLocales.get(locale) : undefined;
}

const loadedLocales = new Map<AvailableLocale, LoadedLocale>([["en", { locale: "en", intlLocale: "en" }]]);

async function importLocale(locale: AvailableLocale): Promise<LoadedLocale> {
  switch (locale) {
    case "en":
      return { locale, intlLocale: "en" };
    case "pl": {
      const { pl } = await import("./locales/pl/index");
      return { locale, catalog: pl, intlLocale: "pl" };
    }
    case "qps-ploc": {
      // No catalog: a chunk that imported the complete English one would make every bundle
      // that can load it carry all of English (the areas live in the main chunk).
      const { pseudoLocalizeMessage, accentText } = await import("./pseudoLocalize");
      return { locale, intlLocale: "en", transformIntlText: accentText, transformEnglish: pseudoLocalizeMessage };
    }
    default:
      return locale satisfies never;
  }
}

/**
 * Storybook wiring shared by every story: the theme, locale and direction toolbars, the
 * loader that fetches the chosen locale's catalog before a story renders, and the decorator
 * that wraps each story in `I18nProvider` and a themed root.
 */
import type { Decorator, Loader, Preview } from "@storybook/react-vite";
import { I18nProvider } from "../src/i18n/I18nProvider";
import { isAvailableLocale, loadLocale } from "../src/i18n/loadLocale";
import { createPseudoBidiCatalog, PSEUDO_BIDI_LOCALE } from "../src/i18n/pseudoBidi";

/** The themes the toolbar offers, as `data-mmui-theme` values. */
export const STORY_THEMES = ["light", "dark", "high-contrast"] as const;

/** One of {@link STORY_THEMES}. */
export type StoryTheme = (typeof STORY_THEMES)[number];

/** The toolbar menus: theme, locale and text direction. */
export const globalTypes: NonNullable<Preview["globalTypes"]> = {
  theme: {
    description: "Colour theme (data-mmui-theme)",
    toolbar: {
      title: "Theme",
      icon: "paintbrush",
      items: [
        { value: "light", title: "Light" },
        { value: "dark", title: "Dark" },
        { value: "high-contrast", title: "High contrast" },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: "Language of the message catalog",
    toolbar: {
      title: "Locale",
      icon: "globe",
      items: [
        { value: "en", title: "English" },
        { value: "pl", title: "Polski" },
        { value: "qps-ploc", title: "Pseudo-locale (qps-ploc)" },
        { value: PSEUDO_BIDI_LOCALE, title: "Pseudo-bidi, right to left (qps-plocm)" },
      ],
      dynamicTitle: true,
    },
  },
  direction: {
    description: "Text direction of the page",
    toolbar: {
      title: "Direction",
      icon: "transfer",
      items: [
        { value: "ltr", title: "Left to right" },
        { value: "rtl", title: "Right to left" },
      ],
      dynamicTitle: true,
    },
  },
};

/** What every story starts with. */
export const initialGlobals = { theme: "light", locale: "en", direction: "ltr" };

function readTheme(value: unknown): StoryTheme {
  return (STORY_THEMES as readonly unknown[]).includes(value) ? (value as StoryTheme) : "light";
}

function readLocale(value: unknown): string {
  if (value === PSEUDO_BIDI_LOCALE) return value;
  return typeof value === "string" && isAvailableLocale(value) ? value : "en";
}

/** Loads the chosen catalog first, so the story renders in its language on the first paint. */
export const loadStoryLocale: Loader = async ({ globals }) => {
  const locale = readLocale(globals["locale"]);
  if (isAvailableLocale(locale)) await loadLocale(locale);
  return {};
};

/**
 * Wraps a story in `I18nProvider` and a root carrying `data-mmui-theme`, `dir` and `lang`,
 * painted with the theme's background so contrast checks see what a reader would. The
 * pseudo-bidi locale (`qps-plocm`: English made right-to-left text) always renders right to
 * left: RTL stories use it, not English, whose punctuation an RTL page garbles.
 */
export const withMembershipRoot: Decorator = (Story, context) => {
  const theme = readTheme(context.globals["theme"]);
  const locale = readLocale(context.globals["locale"]);
  const pseudoBidi = locale === PSEUDO_BIDI_LOCALE;
  const direction = pseudoBidi || context.globals["direction"] === "rtl" ? "rtl" : "ltr";
  return (
    <I18nProvider locale={locale} catalog={pseudoBidi ? createPseudoBidiCatalog() : undefined}>
      <div
        className="mmui-storybook-root"
        data-mmui-theme={theme}
        dir={direction}
        // The pseudo-locales' tags are private use; axe rejects them as `lang` values.
        lang={locale === "qps-ploc" || pseudoBidi ? undefined : locale}
        style={{
          boxSizing: "border-box",
          minBlockSize: "100%",
          padding: "1rem",
          backgroundColor: "var(--mmui-color-background, #ffffff)",
          color: "var(--mmui-color-text, #1b1d22)",
          // The host's font, which the components inherit.
          fontFamily: "var(--mmui-font-family, system-ui, sans-serif)",
          fontSize: "var(--mmui-font-size-medium, 0.9375rem)",
          lineHeight: "var(--mmui-line-height, 1.45)",
        }}
      >
        <Story />
      </div>
    </I18nProvider>
  );
};

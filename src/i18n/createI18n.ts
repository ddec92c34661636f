/**
 * The translator: message lookup, `{placeholder}` interpolation (text or React nodes),
 * plural selection with `Intl.PluralRules` and list formatting with `Intl.ListFormat`.
 * Plain functions so it can be tested and used without rendering anything.
 */
import { Fragment, createElement, isValidElement } from "react";
import type { ReactNode } from "react";
import { en } from "./locales/en/index";
import type {
  Catalog,
  I18n,
  ListFormatOptions,
  MessageKey,
  MessageOverrides,
  MessageParams,
  MessageValue,
  PluralCategory,
  TextDirection,
  TextMessageParams,
  Translate,
} from "./types";

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
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
// Scripts written right to left (Arabic, Hebrew, Persian, Urdu, Pashto, Dhivehi, Yiddish, Sorani, Sindhi, Uyghur).
const RIGHT_TO_LEFT_LANGUAGES = new Set(["ar", "he", "iw", "fa", "ur", "ps", "dv", "yi", "ckb", "sd", "ug"]);

/** Text direction for a BCP 47 tag: `rtl` for right-to-left languages, else `ltr`. */
export function getTextDirection(locale: string): TextDirection {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  return RIGHT_TO_LEFT_LANGUAGES.has(language) ? "rtl" : "ltr";
}

/** Builds the translator for one locale. Cheap enough to call whenever the locale changes. */
export function createI18n(options: CreateI18nOptions = {}): I18n {
  const locale = options.locale ?? "en";
  const intlLocale = options.intlLocale ?? locale;
  const catalog = options.catalog ?? en;
  const overrides = options.messages;
  const transform = options.transformIntlText ?? ((text: string) => text);
  const pluralRules = new Intl.PluralRules(intlLocale);
  const numberFormat = new Intl.NumberFormat(intlLocale);
  const relativeTimeFormat = new Intl.RelativeTimeFormat(intlLocale, { numeric: "auto" });
  const listFormats = new Map<string, Intl.ListFormat>();

  function lookup(key: MessageKey): MessageValue | undefined {
    return overrides?.[key] ?? catalog[key] ?? en[key];
  }

  function pluralCategory(count: number): PluralCategory {
    return pluralRules.select(count);
  }

  function formatNumber(value: number): string {
    return numberFormat.format(value);
  }

  function selectVariant(message: MessageValue, params: MessageParams | undefined): string {
    if (typeof message === "string") return message;
    const count = params?.["count"];
    if (typeof count !== "number") return message.other;
    return message[pluralCategory(count)] ?? message.other;
  }

  const t = ((key: MessageKey, params?: MessageParams): ReactNode => {
    const message = lookup(key);
    // Unknown keys show the key itself: visible in review, never a crash.
    if (message === undefined) return key;
    return interpolate(selectVariant(message, params), params, formatNumber);
  }) as Translate;

  function plural(key: MessageKey, count: number, params?: TextMessageParams): string {
    return t(key, { ...params, count });
  }

  function getListFormat(options: ListFormatOptions | undefined): Intl.ListFormat {
    const type = options?.type ?? "conjunction";
    const style = options?.style ?? "long";
    const cacheKey = `${type}/${style}`;
    let format = listFormats.get(cacheKey);
    if (!format) {
      format = new Intl.ListFormat(intlLocale, { type, style });
      listFormats.set(cacheKey, format);
    }
    return format;
  }

  function formatList(items: readonly ReactNode[], options?: ListFormatOptions): ReactNode {
    const format = getListFormat(options);
    if (items.every((item) => typeof item === "string" || typeof item === "number")) {
      return transformLiterals(format.formatToParts(items.map(String)), transform);
    }
    // Format stand-ins, then put each item back where its stand-in landed, so React nodes
    // (names inside `<bdi>`) keep their place in the locale's word order.
    const parts = format.formatToParts(items.map((_, index) => `\u0000${index}\u0000`));
    let elementIndex = 0;
    return parts.map((part, partIndex) => {
      if (part.type === "literal") return createElement(Fragment, { key: `l${partIndex}` }, transform(part.value));
      const item = items[elementIndex++];
      return createElement(Fragment, { key: `e${partIndex}` }, item);
    });
  }

  function formatRelativeTime(timestamp: number, now: number = Date.now()): string {
    const seconds = Math.round((timestamp - now) / 1000);
    const absolute = Math.abs(seconds);
    if (absolute < 60) return transform(relativeTimeFormat.format(seconds, "second"));
    if (absolute < 3600) return transform(relativeTimeFormat.format(Math.round(seconds / 60), "minute"));
    if (absolute < 86_400) return transform(relativeTimeFormat.format(Math.round(seconds / 3600), "hour"));
    if (absolute < 2_592_000) return transform(relativeTimeFormat.format(Math.round(seconds / 86_400), "day"));
    if (absolute < 31_536_000) return transform(relativeTimeFormat.format(Math.round(seconds / 2_592_000), "month"));
    return transform(relativeTimeFormat.format(Math.round(seconds / 31_536_000), "year"));
  }

  return {
    locale,
    intlLocale,
    dir: getTextDirection(locale),
    t,
    plural,
    pluralCategory,
    formatList: formatList as I18n["formatList"],
    formatNumber,
    formatRelativeTime,
  };
}

function transformLiterals(parts: ReturnType<Intl.ListFormat["formatToParts"]>, transform: (text: string) => string): string {
  return parts.map((part) => (part.type === "literal" ? transform(part.value) : part.value)).join("");
}

function isTextValue(value: ReactNode): value is string | number {
  return typeof value === "string" || typeof value === "number";
}

/**
 * Fills `{name}` placeholders. Numbers are formatted for the locale. When every value used
 * is text the result is one string; otherwise it is an array of keyed nodes, so a name
 * rendered as `<bdi>` sits inside the sentence without becoming HTML.
 */
function interpolate(
  message: string,
  params: MessageParams | undefined,
  formatNumber: (value: number) => string,
): ReactNode {
  if (!params || !message.includes("{")) return message;
  const pieces: ReactNode[] = [];
  let onlyText = true;
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    if (!Object.hasOwn(params, name)) continue;
    const value = params[name];
    pieces.push(message.slice(last, match.index));
    if (typeof value === "number") pieces.push(formatNumber(value));
    else {
      if (!isTextValue(value) && value !== null && value !== undefined && typeof value !== "boolean") onlyText = false;
      pieces.push(value);
    }
    last = match.index + match[0].length;
  }
  pieces.push(message.slice(last));
  if (onlyText) return pieces.filter(isTextValue).join("");
  return pieces.map((piece, index) =>
    isValidElement(piece) || !isTextValue(piece) ? createElement(Fragment, { key: index }, piece) : piece,
  );
}

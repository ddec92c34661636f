/**
 * The translator without a built-in English catalog. A {@link LocaleMessages} holds what
 * the provider chose (locale, loaded catalog, host overrides, `Intl` formatters); a
 * component then asks for a translator over the English areas it uses
 * (`getTranslator(messages, [invite, common])`), so a bundler keeps only those areas.
 * Lookup order: host overrides, then the locale's catalog, then the English areas given.
 */
import { Fragment, createElement, isValidElement } from "react";
import type { ReactNode } from "react";
import type {
  AreaKey,
  Catalog,
  EnglishArea,
  I18n,
  ListFormatOptions,
  MessageKey,
  MessageOverrides,
  MessageParams,
  MessageValue,
  PluralCategory,
  TextDirection,
  TextMessageParams,
} from "./types";

/** What a translator needs (`createI18n`, `I18nProvider`): one locale's catalog, overrides and `Intl` settings. */
export interface LocaleMessagesOptions {
  /** BCP 47 tag of the catalog (`"en"`, `"pl"`, `"qps-ploc"`). Defaults to `"en"`. */
  locale?: string;
  /** The locale's complete catalog. Leave it out for English: the words then come from the areas each translator is given. */
  catalog?: Catalog;
  /** Host overrides for individual messages, applied on top of the catalog. */
  messages?: MessageOverrides;
  /** Locale for `Intl` formatting when it differs from `locale` (the pseudo-locale uses English). */
  intlLocale?: string;
  /** Rewrites text produced by `Intl` (list conjunctions, relative times); the pseudo-locale accents it. */
  transformIntlText?: (text: string) => string;
  /** Rewrites each English message before use; the pseudo-locale accents, brackets and lengthens it. */
  transformEnglish?: (message: MessageValue) => MessageValue;
}

/**
 * One locale as the provider holds it: everything of {@link I18n} except the English
 * words. Created once per provider value; {@link getTranslator} adds the English areas.
 */
export interface LocaleMessages extends Omit<I18n<never>, "t" | "plural"> {
  /** The message for `key` from the host overrides or the locale's catalog, if either has one. */
  lookup(key: MessageKey): MessageValue | undefined;
  /** What becomes of an English message in this locale (itself, except in the pseudo-locale). */
  fromEnglish(message: MessageValue): MessageValue;
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
// Scripts written right to left (Arabic, Hebrew, Persian, Urdu, Pashto, Dhivehi, Yiddish, Sorani, Sindhi, Uyghur).
const RIGHT_TO_LEFT_LANGUAGES = new Set(["ar", "he", "iw", "fa", "ur", "ps", "dv", "yi", "ckb", "sd", "ug"]);

/** Text direction for a BCP 47 tag: `rtl` for right-to-left languages, else `ltr`. */
export function getTextDirection(locale: string): TextDirection {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  return RIGHT_TO_LEFT_LANGUAGES.has(language) ? "rtl" : "ltr";
}

/** Builds the locale part of a translator. Cheap enough to call whenever the locale changes. */
export function createLocaleMessages(options: LocaleMessagesOptions = {}): LocaleMessages {
  const locale = options.locale ?? "en";
  const intlLocale = options.intlLocale ?? locale;
  const catalog = options.catalog;
  const overrides = options.messages;
  const transform = options.transformIntlText ?? ((text: string) => text);
  const fromEnglish = options.transformEnglish ?? ((message: MessageValue) => message);
  const pluralRules = new Intl.PluralRules(intlLocale);
  const numberFormat = new Intl.NumberFormat(intlLocale);
  const relativeTimeFormat = new Intl.RelativeTimeFormat(intlLocale, { numeric: "auto" });
  const listFormats = new Map<string, Intl.ListFormat>();

  function lookup(key: MessageKey): MessageValue | undefined {
    return overrides?.[key] ?? catalog?.[key];
  }

  function pluralCategory(count: number): PluralCategory {
    return pluralRules.select(count);
  }

  function formatNumber(value: number): string {
    return numberFormat.format(value);
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
    lookup,
    fromEnglish,
    pluralCategory,
    formatList: formatList as I18n["formatList"],
    formatNumber,
    formatRelativeTime,
  };
}

/** A node of the translator cache: one per (locale messages, area, area, …) path. */
interface CacheNode {
  translator?: I18n<MessageKey>;
  next?: WeakMap<EnglishArea, CacheNode>;
}

const translators = new WeakMap<LocaleMessages, CacheNode>();
/** Where each translator came from, so {@link withEnglishAreas} can add areas to it. */
const origins = new WeakMap<object, { messages: LocaleMessages; areas: readonly EnglishArea[] }>();

/**
 * The translator for `messages` with English from `areas`. The same object comes back for
 * the same locale messages and the same areas in the same order, so a component calling
 * this on every render neither allocates nor hands its children a new value.
 */
export function getTranslator<const Areas extends readonly EnglishArea[]>(
  messages: LocaleMessages,
  areas: Areas,
): I18n<AreaKey<Areas>> {
  let node = translators.get(messages);
  if (!node) {
    node = {};
    translators.set(messages, node);
  }
  for (const area of areas) {
    node.next ??= new WeakMap();
    let child = node.next.get(area);
    if (!child) {
      child = {};
      node.next.set(area, child);
    }
    node = child;
  }
  node.translator ??= buildTranslator(messages, [...areas]);
  return node.translator;
}

/**
 * `i18n` with more English areas: what a helper such as `getErrorMessage` uses so that its
 * own messages are in English whatever areas its caller asked for. Allocates nothing once
 * a translator has been extended by an area. A translator not made by this module (a
 * test's stand-in) comes back unchanged.
 */
export function withEnglishAreas<Key extends MessageKey, const Areas extends readonly EnglishArea[]>(
  i18n: I18n<Key>,
  ...areas: Areas
): I18n<Key | AreaKey<Areas>> {
  let extended: I18n<MessageKey> = i18n as I18n<MessageKey>;
  for (const area of areas) extended = withEnglishArea(extended, area);
  return extended as I18n<Key | AreaKey<Areas>>;
}

const extensions = new WeakMap<object, WeakMap<EnglishArea, I18n<MessageKey>>>();

function withEnglishArea(i18n: I18n<MessageKey>, area: EnglishArea): I18n<MessageKey> {
  const origin = origins.get(i18n);
  if (!origin || origin.areas.includes(area)) return i18n;
  let byArea = extensions.get(i18n);
  if (!byArea) {
    byArea = new WeakMap();
    extensions.set(i18n, byArea);
  }
  let extended = byArea.get(area);
  if (!extended) {
    extended = getTranslator(origin.messages, [...origin.areas, area]) as I18n<MessageKey>;
    byArea.set(area, extended);
  }
  return extended;
}

function buildTranslator(messages: LocaleMessages, areas: readonly EnglishArea[]): I18n<MessageKey> {
  function english(key: MessageKey): MessageValue | undefined {
    for (const area of areas) {
      const message = Object.hasOwn(area, key) ? area[key] : undefined;
      if (message !== undefined) return messages.fromEnglish(message);
    }
    return undefined;
  }

  function selectVariant(message: MessageValue, params: MessageParams | undefined): string {
    if (typeof message === "string") return message;
    const count = params?.["count"];
    if (typeof count !== "number") return message.other;
    return message[messages.pluralCategory(count)] ?? message.other;
  }

  function t(key: MessageKey, params?: MessageParams): ReactNode {
    const message = messages.lookup(key) ?? english(key);
    // Unknown keys (or an English area the caller did not ask for) show the key itself:
    // visible in review and caught by the tests, never a crash.
    if (message === undefined) return key;
    return interpolate(selectVariant(message, params), params, messages.formatNumber);
  }

  function plural(key: MessageKey, count: number, params?: TextMessageParams): string {
    return t(key, { ...params, count }) as string;
  }

  const translator: I18n<MessageKey> = {
    locale: messages.locale,
    intlLocale: messages.intlLocale,
    dir: messages.dir,
    t: t as I18n<MessageKey>["t"],
    plural,
    pluralCategory: messages.pluralCategory,
    formatList: messages.formatList,
    formatNumber: messages.formatNumber,
    formatRelativeTime: messages.formatRelativeTime,
  };
  origins.set(translator, { messages, areas });
  return translator;
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

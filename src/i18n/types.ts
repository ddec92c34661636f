/**
 * Types shared by the message catalogs and the translator.
 */
import type { ReactNode } from "react";
import type { en } from "./locales/en/index";
import type { MessageValue, PluralCategory } from "./messageValue";

export type { MessageValue, PluralCategory, PluralMessage } from "./messageValue";

/** Every message key. The English catalog defines them; other locales must provide each one. */
export type MessageKey = keyof typeof en;

/** A complete catalog for one locale: a message for every key. */
export type Catalog = { readonly [Key in MessageKey]: MessageValue };

/**
 * One area's catalog in another locale, complete with respect to the English file of the
 * same area (`AreaCatalog<typeof enInvite>`): a missing or extra key fails the type check.
 */
export type AreaCatalog<Area> = { readonly [Key in keyof Area]: MessageValue };

/**
 * One English area (`common`, `invite`, `errors`… from `locales/en/<area>.ts`, exported as
 * `enCommon`, `enInvite`…), or the whole `en`: the English words a translator falls back to.
 */
export type EnglishArea = { readonly [Key in MessageKey]?: MessageValue };

/** The message keys of one area (distributes over a union of areas). */
export type KeysOfArea<Area> = Area extends object ? Extract<keyof Area, MessageKey> : never;

/** The message keys the given English areas define: what `t` accepts from `useI18n(...areas)`. */
export type AreaKey<Areas extends readonly EnglishArea[]> = KeysOfArea<Areas[number]>;

/** Partial overrides a host application passes to `I18nProvider` (its own wording). */
export type MessageOverrides = Partial<Record<MessageKey, MessageValue>>;

/** Values for `{placeholders}`: text and numbers, or React nodes (names inside `<bdi>`). */
export type MessageParams = Readonly<Record<string, ReactNode>>;

/** Values for `{placeholders}` that are text or numbers only; `t` then returns a string. */
export type TextMessageParams = Readonly<Record<string, string | number>>;

/** Text direction of a locale. */
export type TextDirection = "ltr" | "rtl";

/**
 * Looks up and fills a message. With text-only params the result is a string; when a
 * param is a React node (e.g. `<NetworkText>`) the result is an array of nodes. A plural
 * message picks its variant by the `count` param.
 */
export interface Translate<Key extends MessageKey = MessageKey> {
  /** With text-only params (or none): the message as a string. */
  (key: Key, params?: TextMessageParams): string;
  /** With a React node among the params: the message as an array of nodes. */
  (key: Key, params: MessageParams): ReactNode;
}

/** Options for `I18n.formatList`. */
export interface ListFormatOptions {
  /** `conjunction` ("A, B and C", the default), `disjunction` ("A, B or C") or `unit` ("A, B, C"). */
  type?: "conjunction" | "disjunction" | "unit";
  /** `long` (default), `short` or `narrow`. */
  style?: "long" | "short" | "narrow";
}

/**
 * Everything a component needs to put words on screen in the current locale. `Key` is the
 * set of messages the translator has English words for (`useI18n(enInvite)` gives
 * `I18n<keyof typeof enInvite>`), so `t` rejects a key from an area the caller did not ask
 * for. `t` and `plural` are declared as methods: a translator for fewer areas can still be
 * passed where `I18n` is expected (a helper that adds its own areas, as `getErrorMessage` does).
 */
export interface I18n<Key extends MessageKey = MessageKey> {
  /** The BCP 47 tag of the active catalog (`"en"`, `"pl"`, `"qps-ploc"`…). */
  locale: string;
  /** The locale used for `Intl` formatting (the pseudo-locale formats as English). */
  intlLocale: string;
  /** Text direction of the locale, for `dir` on the host's root element. */
  dir: TextDirection;
  /**
   * Looks up and fills a message; see {@link Translate}. With text-only params the result
   * is a string; with a React node among them, an array of nodes.
   */
  t(key: Key, params?: TextMessageParams): string;
  /** With a React node among the params: the message as an array of nodes. */
  t(key: Key, params: MessageParams): ReactNode;
  /** Shorthand for `t(key, { ...params, count })` on a plural message. */
  plural(key: Key, count: number, params?: TextMessageParams): string;
  /** The plural category of `count` in this locale. */
  pluralCategory(count: number): PluralCategory;
  /**
   * Joins items as a list ("Alice, Bob and Carol"). Returns a string for text items, and
   * an array of nodes when an item is a React node.
   */
  formatList(items: readonly string[], options?: ListFormatOptions): string;
  /** Joins React nodes as a list: the result is an array of nodes. */
  formatList(items: readonly ReactNode[], options?: ListFormatOptions): ReactNode;
  /** Formats a number with the locale's digits and grouping. */
  formatNumber(value: number): string;
  /** "3 hours ago" / "in 2 minutes" for a timestamp (milliseconds) relative to `now`. */
  formatRelativeTime(timestamp: number, now?: number): string;
}

/**
 * Internationalisation: the provider and hook, locale loading, room names as text and error
 * messages (`formatRoomName` and `RoomNameText`, which render names in `<bdi>`, are
 * components). English comes in areas (`enCommon`, `enInvite`…) so each component bundles
 * only the ones it uses; `en` is all of them. Polish and `qps-ploc` load on demand.
 */
export { I18nProvider, useI18n } from "./I18nProvider";
export type { I18nProviderProps } from "./I18nProvider";
export { createI18n, getTextDirection } from "./createI18n";
export type { CreateI18nOptions } from "./createI18n";
export { loadLocale, getLoadedLocale, isAvailableLocale, AVAILABLE_LOCALES } from "./loadLocale";
export type { AvailableLocale, LoadedLocale } from "./loadLocale";
export { formatRoomNameText } from "./roomName";
export { findAmbiguousMembers } from "./displayNames";
export { getErrorMessage } from "./errors";
export type { ErrorMessageOptions } from "./errors";
export { en } from "./locales/en/index";
export {
  enCommon,
  enDecline,
  enErrors,
  enInbox,
  enInvite,
  enKnock,
  enMembers,
  enMembership,
  enSettings,
} from "./english";
export type {
  Catalog,
  AreaCatalog,
  AreaKey,
  EnglishArea,
  I18n,
  ListFormatOptions,
  MessageKey,
  MessageOverrides,
  MessageParams,
  MessageValue,
  PluralCategory,
  PluralMessage,
  TextDirection,
  TextMessageParams,
  Translate,
} from "./types";

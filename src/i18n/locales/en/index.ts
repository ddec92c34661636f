/**
 * The English catalog: every area combined. It defines `MessageKey`, so every other
 * locale has to provide each of these keys.
 */
import { common } from "./common";
import { decline } from "./decline";
import { errors } from "./errors";
import { inbox } from "./inbox";
import { invite } from "./invite";
import { knock } from "./knock";
import { members } from "./members";
import { membership } from "./membership";
import { settings } from "./settings";
import { trust } from "./trust";

/** Every English area combined: the type that defines `MessageKey`. */
export type EnglishCatalog = typeof common &
  typeof errors &
  typeof invite &
  typeof inbox &
  typeof membership &
  typeof members &
  typeof knock &
  typeof decline &
  typeof settings &
  typeof trust;

function combineAreas(areas: readonly object[]): EnglishCatalog {
  return Object.assign({}, ...areas) as EnglishCatalog;
}

/** The complete English catalog (bundled: English is the default locale). */
// A pure call rather than an object spread: bundlers keep a spread (it could run getters)
// even when nothing reads the catalog, so every bundle of the main entry carried it.
export const en: EnglishCatalog = /* @__PURE__ */ combineAreas([
  common,
  errors,
  invite,
  inbox,
  membership,
  members,
  knock,
  decline,
  settings,
  trust,
]);

/**
 * The Polish catalog (`pl`): every area combined. Loaded on demand by `loadLocale("pl")`,
 * so applications that only use English never bundle it.
 */
import type { Catalog } from "../../types";
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

/** The complete Polish catalog. */
export const pl: Catalog = {
  ...common,
  ...errors,
  ...invite,
  ...inbox,
  ...membership,
  ...members,
  ...knock,
  ...decline,
  ...settings,
  ...trust,
};

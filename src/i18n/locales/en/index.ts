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

/** The complete English catalog (bundled: English is the default locale). */
export const en = {
  ...common,
  ...errors,
  ...invite,
  ...inbox,
  ...membership,
  ...members,
  ...knock,
  ...decline,
  ...settings,
} as const;

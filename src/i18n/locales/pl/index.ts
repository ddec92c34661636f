/**
 * The Polish catalog (`pl`): every area combined. Loaded on demand by `loadLocale("pl")`,
 * so applications that only use English never bundle it.
 *
 * Glossary (the English one in `../en/index.ts`, in Polish words):
 * - invite: **zaproszenie**, **zaprosić**; Accept: **Przyjmij**; Decline: **Odrzuć**.
 * - Withdraw invite: **Wycofaj zaproszenie**.
 * - Ignore: **Ignoruj** (the ignore list only).
 * - Ban / Unban: **Zbanuj** / **Zdejmij bana** ("ban", never "blokada": that word is taken).
 * - Block all invites: **Blokuj wszystkie zaproszenia** (the setting only; no other "blok…").
 * - Remove: **Usuń**; Request to join: **prośba o dołączenie**; Forget: **Zapomnij**.
 * - Sign in again: **Zaloguj się ponownie**.
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
import { triage } from "./triage";
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
  ...triage,
};

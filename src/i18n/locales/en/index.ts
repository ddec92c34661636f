/**
 * The English catalog: every area combined. It defines `MessageKey`, so every other
 * locale has to provide each of these keys.
 *
 * Glossary (every locale follows it; `tests/i18n/vocabulary.test.ts` checks the catalogs):
 * - **invite**: the noun and the verb. Never "invitation".
 * - **Accept** / **Decline**: what the user does with an invite or a request to join. Never
 *   "Reject", in buttons or in the timeline ("{target} declined the invite").
 * - **Withdraw invite**: a moderator takes back an invite. Never "Disinvite" or "revoke".
 * - **Ignore**: only the user's ignore list (`m.ignored_user_list`): "Ignore {user}",
 *   "Decline and ignore…".
 * - **Ban** / **Unban**: only room bans (`membership: ban`).
 * - **Block all invites**: only the invite-permission setting (`settings.block_invites_*`).
 *   "Block" means nothing else.
 * - **Remove**: a kick. **Request to join**: a knock. **Forget**: `/forget` a room left.
 * - **Sign in again**: the session ended (`unauthorized`); the host signs the user in.
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
import { triage } from "./triage";
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
  typeof trust &
  typeof triage;

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
  triage,
]);

/**
 * The English areas under the names components and hosts import them by: `enCommon`,
 * `enInvite`… Each is a separate module, so a bundle keeps only the areas passed to
 * `useI18n` somewhere in it. `en` (every area) lives in `locales/en/index.ts`.
 */
export { common as enCommon } from "./locales/en/common";
export { decline as enDecline } from "./locales/en/decline";
export { errors as enErrors } from "./locales/en/errors";
export { inbox as enInbox } from "./locales/en/inbox";
export { invite as enInvite } from "./locales/en/invite";
export { knock as enKnock } from "./locales/en/knock";
export { members as enMembers } from "./locales/en/members";
export { membership as enMembership } from "./locales/en/membership";
export { settings as enSettings } from "./locales/en/settings";
export { trust as enTrust } from "./locales/en/trust";
export { triage as enTriage } from "./locales/en/triage";

/**
 * Room names as text: the core's `RoomName` data ("named", "alias", "members", "empty")
 * turned into "Alice and Bob", "Alice, Bob and 3 others" or "Unnamed room" in the active
 * locale, colliding display names disambiguated. The same name as React nodes, each
 * network name in `<bdi>`, is `formatRoomName` / `RoomNameText` in the components.
 */
import type { RoomMember, RoomName } from "../core/types";
import { findAmbiguousMembers } from "./displayNames";
import { common } from "./locales/en/common";
import { withEnglishAreas } from "./translator";
import type { I18n, MessageKey } from "./types";

/**
 * The room name as one string, for `aria-label`, `title` and initials. Brings its own
 * English (`common`), so any translator from `useI18n` will do.
 */
export function formatRoomNameText(name: RoomName, translator: I18n<MessageKey>): string {
  const i18n = withEnglishAreas(translator, common);
  switch (name.kind) {
    case "named":
      return name.name;
    case "alias":
      return name.alias;
    case "members": {
      const ambiguous = findAmbiguousMembers(name.members);
      const items = name.members.map((member) => formatMemberText(member, ambiguous.has(member.userId), i18n));
      if (name.othersCount > 0) items.push(i18n.plural("common.room_name.others", name.othersCount));
      if (items.length === 0) return i18n.t("common.room_name.empty");
      return i18n.formatList(items);
    }
    case "empty":
      return i18n.t("common.room_name.empty");
    default:
      return name satisfies never;
  }
}

function formatMemberText(member: RoomMember, ambiguous: boolean, i18n: I18n<keyof typeof common>): string {
  if (!member.displayName) return member.userId;
  if (!ambiguous) return member.displayName;
  return i18n.t("common.name_with_user_id", { name: member.displayName, userId: member.userId });
}

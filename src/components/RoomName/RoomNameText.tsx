/**
 * Room names as React nodes: the core's `RoomName` data in words of the active locale, with
 * every name from the network isolated in `<NetworkText>` (`<bdi>`). The plain-text form is
 * `formatRoomNameText` in `i18n/roomName.ts`.
 */
import type { ComponentPropsWithRef, ReactNode } from "react";
import type { RoomMember, RoomName } from "../../core/types";
import { findAmbiguousMembers } from "../../i18n/displayNames";
import { useI18n } from "../../i18n/I18nProvider";
import { common } from "../../i18n/locales/en/common";
import { withEnglishAreas } from "../../i18n/translator";
import type { I18n, MessageKey } from "../../i18n/types";
import { NetworkText } from "../shared/NetworkText";

/**
 * The room name as nodes for a sentence or heading: network text sits inside
 * `<NetworkText>` (`<bdi>`), our words come from the catalog. Brings its own English
 * (`common`), so any translator from `useI18n` will do.
 */
export function formatRoomName(name: RoomName, translator: I18n<MessageKey>): ReactNode {
  const i18n = withEnglishAreas(translator, common);
  switch (name.kind) {
    case "named":
      return <NetworkText>{name.name}</NetworkText>;
    case "alias":
      return <NetworkText>{name.alias}</NetworkText>;
    case "members": {
      const ambiguous = findAmbiguousMembers(name.members);
      const items: ReactNode[] = name.members.map((member) => formatMemberNode(member, ambiguous.has(member.userId), i18n));
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

/** A member's name as nodes: the display name, with the user ID when it is ambiguous. */
function formatMemberNode(member: RoomMember, ambiguous: boolean, i18n: I18n<keyof typeof common>): ReactNode {
  if (!member.displayName) return <NetworkText key={member.userId}>{member.userId}</NetworkText>;
  if (!ambiguous) return <NetworkText key={member.userId}>{member.displayName}</NetworkText>;
  return i18n.t("common.name_with_user_id", {
    name: <NetworkText>{member.displayName}</NetworkText>,
    userId: <NetworkText>{member.userId}</NetworkText>,
  });
}

/** Props of {@link RoomNameText}. */
export interface RoomNameTextProps extends Omit<ComponentPropsWithRef<"span">, "children"> {
  /** The room name from a `RoomSummary`. */
  name: RoomName;
}

/** Renders a room name in the active locale (see {@link formatRoomName}). */
export function RoomNameText({ name, className, ...rest }: RoomNameTextProps) {
  const i18n = useI18n(common);
  return (
    <span {...rest} className={className ? `mmui-room-name ${className}` : "mmui-room-name"} data-kind={name.kind}>
      {formatRoomName(name, i18n)}
    </span>
  );
}

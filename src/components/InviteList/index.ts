export { InviteList } from "./InviteList";
export type { InviteListProps } from "./InviteList";
export { InviteListItem } from "./InviteListItem";
export type { InviteListItemProps } from "./InviteListItem";

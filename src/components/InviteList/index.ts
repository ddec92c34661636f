export { InviteList } from "./InviteList";
export type { InviteListProps } from "./InviteList";
export type { InboxBlockStore } from "./useInboxBlock";
export { InviteListItem } from "./InviteListItem";
export type { InviteListItemProps } from "./InviteListItem";

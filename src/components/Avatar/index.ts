export { RoomAvatar, UserAvatar } from "./Avatar";
export type { AvatarProps, RoomAvatarProps, UserAvatarProps } from "./Avatar";

export { RoomAvatar, UserAvatar } from "./Avatar";
export type { AvatarProps, RoomAvatarProps, UserAvatarProps } from "./Avatar";
export { getAvatarInitial, getAvatarColorIndex, AVATAR_COLOR_COUNT } from "./avatarInitial";

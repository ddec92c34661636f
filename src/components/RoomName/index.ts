export { RoomNameText, formatRoomName } from "./RoomNameText";
export type { RoomNameTextProps } from "./RoomNameText";

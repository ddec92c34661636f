/** Reads one room's action (or the joined rooms) from the demo's action store. */
import { useCallback, useSyncExternalStore } from "react";
import type { RoomAction, RoomActions } from "./actions";

/** The action state of `roomId`, re-rendering when it changes. */
export function useRoomAction(actions: RoomActions, roomId: string): RoomAction | undefined {
  const getSnapshot = useCallback(() => actions.get(roomId), [actions, roomId]);
  return useSyncExternalStore(actions.subscribe, getSnapshot, getSnapshot);
}

/** The rooms joined in this session. */
export function useJoinedRooms(actions: RoomActions): readonly RoomAction[] {
  return useSyncExternalStore(actions.subscribe, actions.getJoined, actions.getJoined);
}

/** The latest announcement for the live region. */
export function useAnnouncement(actions: RoomActions): string {
  return useSyncExternalStore(actions.subscribe, actions.getAnnouncement, actions.getAnnouncement);
}

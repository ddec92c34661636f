/** Reads the demo's action store from React. */
import { useCallback, useSyncExternalStore } from "react";
import type { RoomAction, RoomActions } from "./actions";

/** The action record of `roomId`, re-rendering when it changes. */
export function useRoomAction(actions: RoomActions, roomId: string): RoomAction | undefined {
  const getSnapshot = useCallback(() => actions.get(roomId), [actions, roomId]);
  return useSyncExternalStore(actions.subscribe, getSnapshot, getSnapshot);
}

/** Every action record (stable between changes). */
export function useRoomActionRecords(actions: RoomActions): readonly RoomAction[] {
  return useSyncExternalStore(actions.subscribe, actions.getAll, actions.getAll);
}

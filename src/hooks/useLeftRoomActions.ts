/**
 * Rejoin and forget for a room the user left, in React: a thin `useSyncExternalStore`
 * adapter over the core's `createLeftRoomActions` (`MembershipNotice` uses it).
 */
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { createLeftRoomActions } from "../core/actions/leftRoomActions";
import type { LeftRoomActionState, LeftRoomCallbacks } from "../core/actions/leftRoomActions";
import type { MembershipClient } from "../core/client/types";

/** What {@link useLeftRoomActions} returns. */
export interface UseLeftRoomActionsResult {
  /** Where the rejoin or forget stands. */
  state: LeftRoomActionState;
  /** Joins again through `via`; ignored while pending or once forgotten. */
  rejoin(via?: readonly string[]): void;
  /** Forgets the room; ignored while pending or once forgotten. */
  forget(): void;
}

/** Rejoin and forget for `roomId`; a new `roomId` starts afresh (the previous room's answer is dropped). */
export function useLeftRoomActions(client: MembershipClient, roomId: string, callbacks: LeftRoomCallbacks = {}): UseLeftRoomActionsResult {
  const actions = useMemo(() => createLeftRoomActions(client, roomId, callbacks), [roomId]); // eslint-disable-line react-hooks/exhaustive-deps -- the latest client and callbacks are passed below
  useEffect(() => {
    actions.setClient(client);
    actions.setCallbacks(callbacks);
  });
  const state = useSyncExternalStore(actions.subscribe, actions.getSnapshot, actions.getSnapshot);
  return { state, rejoin: actions.rejoin, forget: actions.forget };
}

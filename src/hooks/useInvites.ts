/**
 * The pending invites and knocks, live, straight from an invite store through
 * `useSyncExternalStore` (no effect copies anything into React state).
 */
import { useCallback, useSyncExternalStore } from "react";
import type { InviteEntry, InviteStore } from "../core/store/inviteStore";

/** What {@link useInvites} needs from a store: `createInviteStore` or anything shaped like it. */
export type InviteSource = Pick<InviteStore, "subscribe" | "getSnapshot">;

/**
 * The visible pending invites and knocks, newest first, re-rendering whenever the store
 * changes. The array is the store's own snapshot: the same reference until the list
 * changes, so it is safe as a `useMemo` dependency. Ordering is the store's (`sortTime`,
 * then receipt order), which a remote server cannot game with a future timestamp.
 */
export function useInvites(store: InviteSource): readonly InviteEntry[] {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  const getSnapshot = useCallback(() => store.getSnapshot(), [store]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

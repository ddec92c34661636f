/**
 * The invites hidden because their sender is blocked, live from an invite store, for the
 * inbox's offer "3 hidden invites from people you ignore".
 */
import { useCallback, useSyncExternalStore } from "react";
import type { InviteEntry, InviteStore } from "../core/store/inviteStore";

/** What {@link useBlockedInvites} needs from a store: `createInviteStore` or anything shaped like it. */
export type BlockedInviteSource = Pick<InviteStore, "subscribe" | "getBlockedInvites">;

/**
 * The pending invites whose inviter is on the ignore list, newest first (the store's
 * `getBlockedInvites()`: the same array until it changes). Empty when nobody blocked has a
 * pending invite the store knows of; pass the count to the offer and decline them with
 * `useBlockAndClear().clearBlocked()`.
 */
export function useBlockedInvites(store: BlockedInviteSource): readonly InviteEntry[] {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  const getSnapshot = useCallback(() => store.getBlockedInvites(), [store]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

/**
 * Accept and decline for the rows of `InviteList`: a thin `useSyncExternalStore` adapter
 * over the core's `createInviteListActions`, one invite-actions observer per room acted on,
 * owned by the list so a row scrolled out of view keeps its state and its request.
 */
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { createInviteListActions } from "../core/actions/inviteListActions";
import type { InviteListActionCallbacks, InviteListActionsObserver } from "../core/actions/inviteListActions";
import type { MembershipClient } from "../core/client/types";
import type { InviteEntry } from "../core/store/inviteStore";

/**
 * The row actions of a list of `invites`, acting as `userId`. Re-renders when any row's
 * state changes; drops the observers of invites no longer listed; after unmount no callback
 * runs and the accepts' state reads are aborted (their joins finish).
 */
export function useInviteListActions(
  client: MembershipClient,
  userId: string,
  invites: readonly InviteEntry[],
  callbacks: InviteListActionCallbacks,
): InviteListActionsObserver {
  const actions = useMemo(() => createInviteListActions(client, userId, callbacks), [userId]); // eslint-disable-line react-hooks/exhaustive-deps -- the latest client and callbacks are passed below
  useEffect(() => {
    actions.setClient(client);
    actions.setCallbacks(callbacks);
  });
  useEffect(() => actions.retain(invites), [actions, invites]);
  useSyncExternalStore(actions.subscribe, actions.getSnapshot, actions.getSnapshot);
  return actions;
}

/**
 * Asking to join a room and withdrawing the request in React: a thin
 * `useSyncExternalStore` adapter over the core's knock observer (`createKnockActions`).
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import { createKnockActions } from "../core/actions/knockActions";
import type { CancelKnockRequest, KnockActionError, KnockActionState, KnockCallbacks, KnockRequest, KnockStatus } from "../core/actions/knockActions";
import type { MembershipClient } from "../core/client/types";

export type { CancelKnockRequest, KnockCallbacks, KnockRequest } from "../core/actions/knockActions";

/** What {@link useKnock} returns. */
export interface UseKnockResult {
  /** The full state, one variant per status. */
  state: KnockActionState;
  /** `idle`, `knocking`, `knocked`, `cancelling`, `cancelled` or `error`. */
  status: KnockStatus;
  /** The failure, when `status` is `error`. */
  error: KnockActionError | undefined;
  /** The room knocked on, once known (`knocked`, `cancelling`, `cancelled`). */
  roomId: string | undefined;
  /** Whether a knock or cancel is in flight (presses are then ignored). */
  isPending: boolean;
  /** Knocks. Ignored while pending or while a knock is already sent. */
  knock(request: KnockRequest): void;
  /** Withdraws a knock. Ignored while pending, or when no room is known. */
  cancel(request?: CancelKnockRequest): void;
  /** Repeats the failed action with the same arguments. */
  retry(): void;
  /** Back to `idle`; the answer of a call still in flight is then ignored. */
  reset(): void;
}

/**
 * Knock and cancel for one room form: a second press while pending is ignored (also when
 * another component acting through the same `client` holds the room), the latest call wins
 * (after `reset()`), after unmount nothing updates and no callback runs. Both requests are
 * writes, so they are never aborted: only their answer is dropped. A rate-limited failure
 * carries `retryAt` for `useCountdown`.
 */
export function useKnock(client: MembershipClient, callbacks: KnockCallbacks = {}): UseKnockResult {
  const [actions] = useState(() => createKnockActions(client, callbacks));
  useEffect(() => {
    actions.setClient(client);
    actions.setCallbacks(callbacks);
  });
  const { state, isPending } = useSyncExternalStore(actions.subscribe, actions.getSnapshot, actions.getSnapshot);
  return {
    state,
    status: state.status,
    error: state.status === "error" ? state.error : undefined,
    roomId: state.status === "knocked" || state.status === "cancelling" || state.status === "cancelled" ? state.roomId : undefined,
    isPending,
    knock: actions.knock,
    cancel: actions.cancel,
    retry: actions.retry,
    reset: actions.reset,
  };
}

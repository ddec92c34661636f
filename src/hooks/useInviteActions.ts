/**
 * Accepting and declining one invite in React: a thin `useSyncExternalStore` adapter over
 * the core's invite-actions observer (`createInviteActions`), which holds the state and the
 * rules of what may start when. The requests are the flows' (`acceptInvite`, `declineInvite`).
 */
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { createInviteActions } from "../core/actions/inviteActions";
import type {
  DeclineOutcome,
  DeclineRequest,
  InviteActionCallbacks,
  InviteActionError,
  InviteActionState,
  InviteActionStatus,
  InviteTarget,
} from "../core/actions/inviteActionTypes";
import type { MembershipClient } from "../core/client/types";
import type { RoomSummary } from "../core/types";

export type { DeclineRequest, InviteActionCallbacks, InviteTarget } from "../core/actions/inviteActionTypes";

/** What {@link useInviteActions} returns. */
export interface UseInviteActionsResult {
  /** The full state, one variant per status. */
  state: InviteActionState;
  /** Where the actions stand: `idle`, `accepting`, `declining`, `accepted`, `declined` or `error`. */
  status: InviteActionStatus;
  /** The failure, when `status` is `error`. */
  error: InviteActionError | undefined;
  /** The room as it is now (live state, `trusted: true`), once accepted. */
  liveSummary: RoomSummary | undefined;
  /** What the decline achieved beyond leaving, once declined. */
  declineOutcome: DeclineOutcome | undefined;
  /** Whether anything holds the room: an accept or decline, retried decline steps, or another component's action on it. */
  isPending: boolean;
  /** Accepts the invite: join, then fetch the live state. Ignored while pending or once done. */
  accept(): void;
  /** Declines the invite with the choices of the decline dialog. Ignored while pending or once done. */
  decline(request?: DeclineRequest): void;
  /**
   * Repeats the failed action; after "joined but the state failed" it only fetches the state.
   * After a decline whose optional steps failed (`declineOutcome.failedSteps`), it runs only
   * those steps again (never the leave); `isPending` is `true` meanwhile, `status` stays
   * `declined`, and `onDeclined` is called again with the new outcome.
   */
  retry(): void;
  /**
   * Back to `idle`; the answer of a call still in flight is then ignored. Ignored after
   * "joined but the state failed" (`error.joined`): there is no invite left, only `retry()`.
   */
  reset(): void;
  /** Forgets the room, e.g. once the invite turned out to be gone; `onForgotten` runs when it finished, even if it failed. */
  forget(): void;
}

/**
 * Accept and decline for one invite, with the rules of the core's invite-actions observer:
 * a second press while anything holds the room is ignored (also when another component,
 * such as "Decline all", holds it: every component acting through the same `client` object
 * shares one action runner); the latest call wins after `reset()`; after unmount nothing
 * updates and no callback runs, the state read of an accept is aborted and the writes
 * (join, leave, `m.direct`, the decline's follow-ups) finish; after "joined but the state
 * failed" (`error.joined`) a retry only reads the state; a rate-limited failure carries
 * `retryAt` for `useCountdown`; an invite already gone when declining counts as declined.
 *
 * Pass the invite's `summary` (a store entry's) when you have it: it names the servers to
 * join through and makes a direct chat land in `m.direct`. A new `roomId` starts afresh.
 * Pass the same `client` object on every render: the runner shared with other components is
 * the one of the first client (requests always go through the latest one).
 */
export function useInviteActions(client: MembershipClient, invite: InviteTarget, callbacks: InviteActionCallbacks = {}): UseInviteActionsResult {
  const actions = useMemo(() => createInviteActions(client, invite, callbacks), [invite.roomId]); // eslint-disable-line react-hooks/exhaustive-deps -- the latest client, invite and callbacks are passed below
  useEffect(() => {
    actions.setClient(client);
    actions.setTarget(invite);
    actions.setCallbacks(callbacks);
  });
  const { state, isPending } = useSyncExternalStore(actions.subscribe, actions.getSnapshot, actions.getSnapshot);
  return {
    state,
    status: state.status,
    error: state.status === "error" ? state.error : undefined,
    liveSummary: state.status === "accepted" ? state.liveSummary : undefined,
    declineOutcome: state.status === "declined" ? state.outcome : undefined,
    isPending,
    accept: actions.accept,
    decline: actions.decline,
    retry: actions.retry,
    reset: actions.reset,
    forget: actions.forget,
  };
}

/**
 * Accepting and declining one invite: the React side of the `acceptInvite` and
 * `declineInvite` flows. The hook holds state only (through {@link inviteActionReducer});
 * every request is made by the flows.
 */
import { useCallback, useEffect, useReducer, useRef } from "react";
import { writeSetting } from "../core/accountData";
import { directRooms } from "../core/accountDataSettings";
import { MembershipActionError, isAbortError, toMembershipError } from "../core/client/errors";
import type { MembershipClient } from "../core/client/types";
import { acceptInvite, declineInvite } from "../core/flows/index";
import type { AcceptInviteClient, DeclineInviteResult } from "../core/flows/index";
import type { RoomSummary } from "../core/types";
import { abortReadsOnly } from "./abortReadsOnly";
import { canRetryFollowUps, canStartInviteAction, initialInviteActionState, inviteActionReducer, isInviteActionPending } from "./inviteActionState";
import type {
  DeclineOutcome,
  InviteAction,
  InviteActionError,
  InviteActionEvent,
  InviteActionState,
  InviteActionStatus,
} from "./inviteActionState";

/** The invite the actions apply to. */
export interface InviteTarget {
  /** The room the user is invited to. */
  roomId: string;
  /** The signed-in user (the invitee): whose membership the live summary describes. */
  userId: string;
  /** Who invited; needed to ignore them when declining, and as the other person of a direct chat. */
  inviterId?: string;
  /**
   * Whether the invite is a direct message (`summary.isDirect`, the invite's `is_direct`). After
   * accepting one, the room is recorded under `inviterId` in the user's `m.direct` account data.
   */
  isDirect?: boolean;
  /** The raw `invite_state`, used only to pick the servers to join through. */
  inviteState?: unknown;
  /** Extra servers to join through. */
  via?: readonly string[];
}

/** What the person chose in the decline dialog. */
export interface DeclineRequest {
  /** Reason sent with the decline (the inviter sees it). */
  reason?: string;
  /** Also ignore the inviter (`m.ignored_user_list`). */
  ignoreInviter?: boolean;
  /** When defined, also report the room with this reason (may be ""). */
  reportReason?: string;
  /** Also forget the room. */
  forget?: boolean;
}

/** Called when an action of the current call finishes, never after unmount. */
export interface InviteActionCallbacks {
  /** The invite was accepted; `summary` is built from the live state. */
  onAccepted?(summary: RoomSummary): void;
  /** The invite was declined; `outcome` lists the optional steps that failed. */
  onDeclined?(outcome: DeclineOutcome): void;
  /** The action failed (an abort is not a failure). */
  onError?(error: InviteActionError): void;
}

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
  /** Whether an accept or decline is in flight (presses are then ignored). */
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
}

/**
 * Accept and decline for one invite, with the rules a person can trust:
 * - a second press while an action is pending is ignored, and only the latest call may
 *   change the state (after `reset()` the answer of an older call is dropped);
 * - after unmount nothing updates and no callback runs; the reads of an accept (the live
 *   state) are aborted, the writes (join, leave) never are, since aborting a write only
 *   hides its outcome (see `abortReadsOnly`);
 * - when the join worked but the live state could not be read, `error.joined` is `true` and
 *   `retry()` (or `accept()`) only fetches the state again, never joins twice; `decline()`
 *   is then ignored, since there is no invite left to decline;
 * - a rate-limited failure carries `retryAt` for `useCountdown`;
 * - a decline that finds the invite gone already (`invite_revoked`: an earlier leave whose
 *   answer was lost, or the inviter withdrew it) counts as declined, and its follow-ups
 *   (ignore, report, forget) still run instead of being dropped.
 *
 * A decline is not aborted on unmount at all: its account-data read belongs to the "ignore
 * the inviter" write the person asked for, which must still happen.
 *
 * Key the component by room ID: the state belongs to one invite.
 */
export function useInviteActions(
  client: MembershipClient,
  invite: InviteTarget,
  callbacks: InviteActionCallbacks = {},
): UseInviteActionsResult {
  const [state, dispatch] = useReducer(inviteActionReducer, initialInviteActionState);
  // A synchronous copy of the state, so two presses in the same tick see the first one.
  const current = useRef<InviteActionState>(initialInviteActionState);
  const lastCallId = useRef(0);
  const lifetime = useRef<AbortController | undefined>(undefined);
  const latest = useRef({ client, invite, callbacks });
  const joinedRoomId = useRef<string | undefined>(undefined);
  const lastDecline = useRef<DeclineRequest | undefined>(undefined);

  useEffect(() => {
    latest.current = { client, invite, callbacks };
  });

  useEffect(() => {
    const controller = new AbortController();
    lifetime.current = controller;
    return () => {
      controller.abort();
      lifetime.current = undefined;
    };
  }, []);

  const apply = useCallback((event: InviteActionEvent) => {
    current.current = inviteActionReducer(current.current, event);
    dispatch(event);
  }, []);

  const run = useCallback(
    (action: InviteAction, request: DeclineRequest | undefined) => {
      const signal = lifetime.current?.signal;
      if (!signal || signal.aborted || !canStartInviteAction(current.current)) return;
      const { client: activeClient, invite: target } = latest.current;
      const alreadyJoined = joinedRoomId.current === target.roomId;
      // No invite is left once joined: leaving now would be leaving the room, not declining.
      if (action === "decline" && alreadyJoined) return;
      const callId = ++lastCallId.current;
      apply({ type: "start", action, callId });
      const isCurrent = () => !signal.aborted && current.current.callId === callId;

      const fail = (error: unknown) => {
        if (!isCurrent()) return;
        if (isAbortError(error)) {
          // Cancelled, not failed: back to where the person can try again.
          apply({ type: "reset", callId: ++lastCallId.current });
          return;
        }
        const failure = describeFailure(error, action);
        if (failure.joined) joinedRoomId.current = target.roomId;
        apply({ type: "failed", error: failure, callId });
        latest.current.callbacks.onError?.(failure);
      };

      if (action === "accept") {
        acceptInvite(recordingDirectRoom(abortReadsOnly(activeClient, signal), activeClient, target), {
          roomId: target.roomId,
          userId: target.userId,
          via: target.via,
          inviteState: target.inviteState,
          alreadyJoined,
        }).then((liveSummary) => {
          if (!isCurrent()) return;
          apply({ type: "accepted", liveSummary, callId });
          latest.current.callbacks.onAccepted?.(liveSummary);
        }, fail);
        return;
      }

      lastDecline.current = request;
      const declineOptions = { roomId: target.roomId, inviterId: target.inviterId, ...request };
      declineInvite(activeClient, declineOptions)
        .catch((error: unknown) => {
          // "Not invited / not in the room": the invite is gone already (an earlier leave whose
          // answer was lost, or the inviter withdrew it), which is what declining wants. Finish
          // what the person asked for (ignore, report, forget) instead of dropping it.
          if (toMembershipError(error, "decline")?.code === "invite_revoked") {
            return declineInvite(activeClient, { ...declineOptions, alreadyLeft: true });
          }
          throw error;
        })
        .then((result) => {
          if (!isCurrent()) return;
          const outcome = toOutcome(result);
          apply({ type: "declined", outcome, callId });
          latest.current.callbacks.onDeclined?.(outcome);
        }, fail);
    },
    [apply],
  );

  const accept = useCallback(() => run("accept", undefined), [run]);
  const decline = useCallback((request?: DeclineRequest) => run("decline", request), [run]);
  const retryFollowUps = useCallback(() => {
    const declined = current.current;
    const signal = lifetime.current?.signal;
    if (!signal || signal.aborted || declined.status !== "declined" || !canRetryFollowUps(declined)) return;
    const { client: activeClient, invite: target } = latest.current;
    const failed = new Set(declined.outcome.failedSteps.map((failure) => failure.step));
    const asked = lastDecline.current ?? {};
    const request: DeclineRequest = {};
    if (failed.has("ignore")) request.ignoreInviter = true;
    if (failed.has("report") && asked.reportReason !== undefined) request.reportReason = asked.reportReason;
    if (failed.has("forget")) request.forget = true;
    const callId = ++lastCallId.current;
    apply({ type: "retryFollowUps", callId });
    const isCurrent = () => !signal.aborted && current.current.callId === callId;
    // The leave is done: only the steps that failed run again. Their failures are collected, not thrown.
    declineInvite(activeClient, { roomId: target.roomId, inviterId: target.inviterId, ...request, alreadyLeft: true }).then(
      (result) => {
        if (!isCurrent()) return;
        const outcome = toOutcome(result);
        apply({ type: "declined", outcome, callId });
        latest.current.callbacks.onDeclined?.(outcome);
      },
      (error: unknown) => {
        if (isCurrent()) apply({ type: "failed", error: describeFailure(error, "decline"), callId });
      },
    );
  }, [apply]);
  const retry = useCallback(() => {
    const failed = current.current;
    if (failed.status === "declined") {
      retryFollowUps();
      return;
    }
    if (failed.status !== "error") return;
    run(failed.error.action, failed.error.action === "decline" ? lastDecline.current : undefined);
  }, [run, retryFollowUps]);
  const reset = useCallback(() => {
    const state = current.current;
    // Joined already: the invite is gone, so there is nothing to go back to (only retry).
    if (state.status === "error" && state.error.joined === true) return;
    apply({ type: "reset", callId: ++lastCallId.current });
  }, [apply]);

  return {
    state,
    status: state.status,
    error: state.status === "error" ? state.error : undefined,
    liveSummary: state.status === "accepted" ? state.liveSummary : undefined,
    declineOutcome: state.status === "declined" ? state.outcome : undefined,
    isPending: isInviteActionPending(state),
    accept,
    decline,
    retry,
    reset,
  };
}

/**
 * For a direct invite, the accept's client with one addition: once the join succeeds, the room
 * is listed under the inviter in `m.direct`, as the spec asks of the invitee's client. It runs
 * on the join, not on the whole accept, so it also happens when the state read then fails or
 * the component unmounts (the user is in the room either way), and it goes through `writer`
 * (never aborted). Best effort: it does not delay `accepted`, and its failure is ignored (the
 * join worked; the accept's own requests stay the flow's two).
 */
function recordingDirectRoom(client: AcceptInviteClient, writer: MembershipClient, target: InviteTarget): AcceptInviteClient {
  const inviterId = target.inviterId;
  if (target.isDirect !== true || inviterId === undefined || inviterId === target.userId) return client;
  return {
    joinRoom: async (roomId, options) => {
      const joined = await client.joinRoom(roomId, options);
      writeSetting(writer, directRooms, { userId: inviterId, add: target.roomId }).catch(() => undefined);
      return joined;
    },
    getRoomState: (roomId, options) => client.getRoomState(roomId, options),
  };
}

/** Turns a flow's rejection into the error the view shows. */
function describeFailure(error: unknown, action: InviteAction): InviteActionError {
  const info = toMembershipError(error, action === "accept" ? "join" : "decline") ?? { code: "unknown" };
  const failure: InviteActionError = { code: info.code, action };
  if (info.retryAfterMs !== undefined) {
    failure.retryAfterMs = info.retryAfterMs;
    failure.retryAt = Date.now() + info.retryAfterMs;
  }
  if (error instanceof MembershipActionError && error.action === "state") failure.joined = true;
  if (info.softLogout !== undefined) failure.softLogout = info.softLogout;
  if (info.requestMayHaveReachedServer !== undefined) failure.requestMayHaveReachedServer = info.requestMayHaveReachedServer;
  return failure;
}

function toOutcome(result: DeclineInviteResult): DeclineOutcome {
  return { failedSteps: result.failedSteps.map(({ step, code }) => ({ step, code })) };
}

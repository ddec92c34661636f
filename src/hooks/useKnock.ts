/**
 * Asking to join a room and withdrawing the request: the React side of the `knock` and
 * `cancelKnock` flows, with the same discipline as `useInviteActions`.
 */
import { useCallback, useEffect, useReducer, useRef } from "react";
import { isAbortError, toMembershipError } from "../core/client/errors";
import type { MembershipClient } from "../core/client/types";
import { cancelKnock, knock } from "../core/flows/index";
import { canStartKnockAction, initialKnockActionState, isKnockActionPending, knockActionReducer } from "./knockActionState";
import type { KnockAction, KnockActionError, KnockActionEvent, KnockActionState, KnockStatus } from "./knockActionState";

/** What to knock on. */
export interface KnockRequest {
  /** The room ID or alias. */
  roomIdOrAlias: string;
  /** Servers to knock through (needed for a room ID the user's server is not in). */
  via?: readonly string[];
  /** Optional message the room's moderators see. */
  reason?: string;
}

/** Which knock to withdraw. */
export interface CancelKnockRequest {
  /** The room knocked on; by default the room of the last successful knock. */
  roomId?: string;
  /** Optional reason. */
  reason?: string;
}

/** Called when an action of the current call finishes, never after unmount. */
export interface KnockCallbacks {
  /** The knock was sent; `roomId` is the room knocked on (also when knocking by alias). */
  onKnocked?(roomId: string): void;
  /** The knock was withdrawn. */
  onCancelled?(roomId: string): void;
  /** The action failed (an abort is not a failure). */
  onError?(error: KnockActionError): void;
}

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

type LastCall = { action: "knock"; request: KnockRequest } | { action: "cancel"; request: CancelKnockRequest };

/**
 * Knock and cancel for one room form: a second press while pending is ignored, the latest
 * call wins (after `reset()`), after unmount nothing updates and no callback runs. Both
 * requests are writes, so they are never aborted: the hook only drops their answer.
 * A rate-limited failure carries `retryAt` for `useCountdown`.
 */
export function useKnock(client: MembershipClient, callbacks: KnockCallbacks = {}): UseKnockResult {
  const [state, dispatch] = useReducer(knockActionReducer, initialKnockActionState);
  const current = useRef<KnockActionState>(initialKnockActionState);
  const lastCallId = useRef(0);
  const mounted = useRef(false);
  const latest = useRef({ client, callbacks });
  const lastCall = useRef<LastCall | undefined>(undefined);
  const knockedRoomId = useRef<string | undefined>(undefined);

  useEffect(() => {
    latest.current = { client, callbacks };
  });

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const apply = useCallback((event: KnockActionEvent) => {
    current.current = knockActionReducer(current.current, event);
    dispatch(event);
  }, []);

  /** Starts a call: records it and returns what its answer handlers need. */
  const begin = useCallback(
    (call: LastCall, event: KnockActionEvent & { type: "start" }) => {
      const { callId } = event;
      apply(event);
      lastCall.current = call;
      const isCurrent = () => mounted.current && current.current.callId === callId;
      const fail = (error: unknown) => {
        if (!isCurrent()) return;
        if (isAbortError(error)) {
          // Cancelled, not failed: back to where the person can try again.
          apply({ type: "reset", callId: ++lastCallId.current });
          return;
        }
        const failure = describeFailure(error, call.action);
        apply({ type: "failed", error: failure, callId });
        latest.current.callbacks.onError?.(failure);
      };
      return { isCurrent, fail };
    },
    [apply],
  );

  const start = useCallback(
    (call: LastCall) => {
      if (!mounted.current || !canStartKnockAction(current.current, call.action)) return;
      const activeClient = latest.current.client;
      const callId = ++lastCallId.current;
      if (call.action === "knock") {
        const { isCurrent, fail } = begin(call, { type: "start", action: "knock", callId });
        knock(activeClient, call.request).then((answer) => {
          // Remembered even when orphaned by reset: the knock exists on the server and can be withdrawn.
          knockedRoomId.current = answer.roomId;
          if (!isCurrent()) return;
          apply({ type: "knocked", roomId: answer.roomId, callId });
          latest.current.callbacks.onKnocked?.(answer.roomId);
        }, fail);
        return;
      }
      const roomId = call.request.roomId ?? knockedRoomId.current;
      // Nothing to withdraw: no room given and no knock sent from here.
      if (roomId === undefined) return;
      const { isCurrent, fail } = begin(call, { type: "start", action: "cancel", roomId, callId });
      cancelKnock(activeClient, { roomId, reason: call.request.reason }).then(() => {
        if (!isCurrent()) return;
        apply({ type: "cancelled", roomId, callId });
        latest.current.callbacks.onCancelled?.(roomId);
      }, fail);
    },
    [apply, begin],
  );

  const knockRoom = useCallback((request: KnockRequest) => start({ action: "knock", request }), [start]);
  const cancel = useCallback((request: CancelKnockRequest = {}) => start({ action: "cancel", request }), [start]);
  const retry = useCallback(() => {
    if (current.current.status !== "error" || !lastCall.current) return;
    start(lastCall.current);
  }, [start]);
  const reset = useCallback(() => apply({ type: "reset", callId: ++lastCallId.current }), [apply]);

  return {
    state,
    status: state.status,
    error: state.status === "error" ? state.error : undefined,
    roomId: state.status === "knocked" || state.status === "cancelling" || state.status === "cancelled" ? state.roomId : undefined,
    isPending: isKnockActionPending(state),
    knock: knockRoom,
    cancel,
    retry,
    reset,
  };
}

/** Turns a flow's rejection into the error the view shows. */
function describeFailure(error: unknown, action: KnockAction): KnockActionError {
  const info = toMembershipError(error, action === "knock" ? "knock" : "cancel_knock") ?? { code: "unknown" };
  const failure: KnockActionError = { code: info.code, action };
  if (info.retryAfterMs !== undefined) {
    failure.retryAfterMs = info.retryAfterMs;
    failure.retryAt = Date.now() + info.retryAfterMs;
  }
  if (info.softLogout !== undefined) failure.softLogout = info.softLogout;
  if (info.requestMayHaveReachedServer !== undefined) failure.requestMayHaveReachedServer = info.requestMayHaveReachedServer;
  return failure;
}

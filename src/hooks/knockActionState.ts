/**
 * The state machine behind {@link useKnock}, as a plain reducer (no React), built like
 * `inviteActionReducer`: one discriminated union, and a call number so that the answer of
 * an older call never overwrites the state of a newer one.
 */
import type { MembershipErrorCode } from "../core/client/types";

/** The two things a person can do about asking to join. */
export type KnockAction = "knock" | "cancel";

/** Where knocking stands. */
export type KnockStatus = "idle" | "knocking" | "knocked" | "cancelling" | "cancelled" | "error";

/** A failed knock or cancel, in the shape the view needs to offer a way forward. */
export interface KnockActionError {
  /** What went wrong (`forbidden` when the room does not accept knocks); only the view turns it into words. */
  code: MembershipErrorCode;
  /** The action that failed. */
  action: KnockAction;
  /** For `rate_limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
  /** For `rate_limited`: the moment (epoch milliseconds) from which a retry makes sense, for `useCountdown`. */
  retryAt?: number;
  /** For `unauthorized`: the server's `soft_logout`. */
  softLogout?: boolean;
  /** For `network`: the request may have taken effect on the server. */
  requestMayHaveReachedServer?: boolean;
}

/** The state of knocking: one variant per status, each carrying only what it has. */
export type KnockActionState =
  | { status: "idle"; callId: number }
  | { status: "knocking"; callId: number }
  | { status: "knocked"; roomId: string; callId: number }
  | { status: "cancelling"; roomId: string; callId: number }
  | { status: "cancelled"; roomId: string; callId: number }
  | { status: "error"; error: KnockActionError; callId: number };

/** The events the reducer understands. Every event names the call it belongs to. */
export type KnockActionEvent =
  | { type: "start"; action: "knock"; callId: number }
  | { type: "start"; action: "cancel"; roomId: string; callId: number }
  | { type: "knocked"; roomId: string; callId: number }
  | { type: "cancelled"; roomId: string; callId: number }
  | { type: "failed"; error: KnockActionError; callId: number }
  | { type: "reset"; callId: number };

/** The state before anything happened. */
export const initialKnockActionState: KnockActionState = /* @__PURE__ */ Object.freeze({ status: "idle", callId: 0 });

/** Whether a knock or cancel is in flight (a new press must then be ignored). */
export function isKnockActionPending(state: KnockActionState): boolean {
  return state.status === "knocking" || state.status === "cancelling";
}

/**
 * Whether `action` may start from `state`. A knock starts from `idle`, `error` or
 * `cancelled` (ask again); a cancel from `knocked`, `error`, or `idle` (a knock sent
 * earlier, e.g. listed in the inbox). Never while pending.
 */
export function canStartKnockAction(state: KnockActionState, action: KnockAction): boolean {
  switch (action) {
    case "knock":
      return state.status === "idle" || state.status === "error" || state.status === "cancelled";
    case "cancel":
      return state.status === "idle" || state.status === "error" || state.status === "knocked";
    default:
      return action satisfies never;
  }
}

/**
 * The reducer: `start` is ignored unless {@link canStartKnockAction} allows it and the call
 * number is newer; answers are ignored unless they belong to the current call and match
 * the pending action; `reset` returns to `idle` and orphans any call in flight.
 */
export function knockActionReducer(state: KnockActionState, event: KnockActionEvent): KnockActionState {
  switch (event.type) {
    case "start":
      if (!canStartKnockAction(state, event.action) || event.callId <= state.callId) return state;
      return event.action === "knock"
        ? { status: "knocking", callId: event.callId }
        : { status: "cancelling", roomId: event.roomId, callId: event.callId };
    case "knocked":
      if (event.callId !== state.callId || state.status !== "knocking") return state;
      return { status: "knocked", roomId: event.roomId, callId: state.callId };
    case "cancelled":
      if (event.callId !== state.callId || state.status !== "cancelling") return state;
      return { status: "cancelled", roomId: event.roomId, callId: state.callId };
    case "failed":
      if (event.callId !== state.callId || !isKnockActionPending(state)) return state;
      return { status: "error", error: event.error, callId: state.callId };
    case "reset":
      if (event.callId <= state.callId) return state;
      return { status: "idle", callId: event.callId };
    default:
      return event satisfies never;
  }
}

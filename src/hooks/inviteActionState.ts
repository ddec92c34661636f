/**
 * The state machine behind {@link useInviteActions}, as a plain reducer with no React in it,
 * so it can be tested (and reused) on its own. Modelled on TanStack Query's `Mutation`
 * reducer: one discriminated union for the status, plus a call number so that the answer
 * of an older call can never overwrite the state of a newer one.
 */
import type { MembershipErrorCode } from "../core/client/types";
import type { RoomSummary } from "../core/types";

/** The two things a person can do with an invite. */
export type InviteAction = "accept" | "decline";

/** Where an invite action stands. */
export type InviteActionStatus = "idle" | "accepting" | "declining" | "accepted" | "declined" | "error";

/** A failed accept or decline, in the shape the view needs to offer a way forward. */
export interface InviteActionError {
  /** What went wrong; only the view turns it into words. */
  code: MembershipErrorCode;
  /** The action that failed. */
  action: InviteAction;
  /** For `rate_limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
  /**
   * For `rate_limited`: the moment (epoch milliseconds) from which a retry makes sense,
   * fixed when the error arrived, so a countdown survives re-renders (see `useCountdown`).
   */
  retryAt?: number;
  /**
   * `true` when the join succeeded but fetching the live state failed: the user IS in the
   * room now, and `retry()` only fetches the state again (it never joins twice).
   */
  joined?: boolean;
  /** For `unauthorized`: the server's `soft_logout` (re-authenticate, keep local data). */
  softLogout?: boolean;
  /** For `network` on a write: the request may have taken effect on the server. */
  requestMayHaveReachedServer?: boolean;
}

/** The state of the invite actions: one variant per status, each carrying only what it has. */
export type InviteActionState =
  | { status: "idle"; callId: number }
  | { status: "accepting"; pendingAction: "accept"; callId: number }
  | { status: "declining"; pendingAction: "decline"; callId: number }
  | { status: "accepted"; liveSummary: RoomSummary; callId: number }
  | {
      status: "declined";
      outcome: DeclineOutcome;
      callId: number;
      /** `true` while the failed optional steps are being tried again (see `retryFollowUps`). */
      retryingFollowUps?: boolean;
    }
  | { status: "error"; error: InviteActionError; callId: number };

/**
 * What a finished decline achieved beyond leaving: the optional steps that failed. The
 * invite is declined either way; the view can mention the failed extras ("Declined, but the
 * report could not be sent").
 */
export interface DeclineOutcome {
  /** The optional steps (`ignore`, `report`, `forget`) that failed, with their error codes. */
  failedSteps: { step: "ignore" | "report" | "forget"; code: MembershipErrorCode }[];
}

/** The events the reducer understands. Every event but `reset` names the call it belongs to. */
export type InviteActionEvent =
  | { type: "start"; action: InviteAction; callId: number }
  | { type: "accepted"; liveSummary: RoomSummary; callId: number }
  | { type: "declined"; outcome: DeclineOutcome; callId: number }
  | { type: "retryFollowUps"; callId: number }
  | { type: "failed"; error: InviteActionError; callId: number }
  | { type: "reset"; callId: number };

/** The state before anything happened. */
export const initialInviteActionState: InviteActionState = /* @__PURE__ */ Object.freeze({ status: "idle", callId: 0 });

/** Whether an action is in flight (a new press must then be ignored), retried decline steps included. */
export function isInviteActionPending(state: InviteActionState): boolean {
  return state.status === "accepting" || state.status === "declining" || (state.status === "declined" && state.retryingFollowUps === true);
}

/** Whether the decline's failed optional steps (ignore, report, forget) may be tried again from `state`. */
export function canRetryFollowUps(state: InviteActionState): boolean {
  return state.status === "declined" && state.retryingFollowUps !== true && state.outcome.failedSteps.length > 0;
}

/**
 * Whether a new accept or decline may start from `state`: from `idle` and `error` only.
 * While pending a second press is ignored; once accepted or declined the invite is gone,
 * until `reset`.
 */
export function canStartInviteAction(state: InviteActionState): boolean {
  return state.status === "idle" || state.status === "error";
}

/**
 * The reducer. Rules:
 * - `start` is ignored unless {@link canStartInviteAction} allows it, and takes the new call number;
 * - `accepted`, `declined` and `failed` are ignored unless they belong to the current call
 *   (the latest call wins, a late answer of an older call is dropped);
 * - `retryFollowUps` starts trying the failed optional steps of a decline again (the state
 *   stays `declined`, with `retryingFollowUps`), and their `declined` answer replaces the outcome;
 * - `reset` returns to `idle` and takes a new call number, orphaning any call in flight.
 */
export function inviteActionReducer(state: InviteActionState, event: InviteActionEvent): InviteActionState {
  switch (event.type) {
    case "start":
      if (!canStartInviteAction(state) || event.callId <= state.callId) return state;
      return event.action === "accept"
        ? { status: "accepting", pendingAction: "accept", callId: event.callId }
        : { status: "declining", pendingAction: "decline", callId: event.callId };
    case "accepted":
      if (event.callId !== state.callId || state.status !== "accepting") return state;
      return { status: "accepted", liveSummary: event.liveSummary, callId: state.callId };
    case "declined":
      if (event.callId !== state.callId) return state;
      if (state.status !== "declining" && !(state.status === "declined" && state.retryingFollowUps === true)) return state;
      return { status: "declined", outcome: event.outcome, callId: state.callId };
    case "retryFollowUps":
      if (!canRetryFollowUps(state) || event.callId <= state.callId || state.status !== "declined") return state;
      return { status: "declined", outcome: state.outcome, callId: event.callId, retryingFollowUps: true };
    case "failed":
      if (event.callId !== state.callId || !isInviteActionPending(state)) return state;
      // The invite is declined already: a failed retry of its optional steps changes nothing.
      if (state.status === "declined") return { status: "declined", outcome: state.outcome, callId: state.callId };
      return { status: "error", error: event.error, callId: state.callId };
    case "reset":
      if (event.callId <= state.callId) return state;
      return { status: "idle", callId: event.callId };
    default:
      return event satisfies never;
  }
}

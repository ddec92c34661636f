/**
 * The shapes of accepting and declining one invite, as the UI sees them: what the person
 * asked for, where it stands, and what went wrong. Produced by the invite-actions observer.
 */
import type { MembershipErrorCode } from "../client/types";
import type { RoomSummary } from "../types";

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
   * room now, and a retry only fetches the state again (it never joins twice).
   */
  joined?: boolean;
  /** For `unauthorized`: the server's `soft_logout` (re-authenticate, keep local data). */
  softLogout?: boolean;
  /** For `network` on a write: the request may have taken effect on the server. */
  requestMayHaveReachedServer?: boolean;
}

/**
 * What a finished decline achieved beyond leaving: the optional steps that failed. The
 * invite is declined either way; the view can mention the failed extras ("Declined, but the
 * report could not be sent").
 */
export interface DeclineOutcome {
  /** The optional steps (`ignore`, `report`, `forget`) that failed, with their error codes. */
  failedSteps: { step: "ignore" | "report" | "forget"; code: MembershipErrorCode }[];
}

/** The state of the invite actions: one variant per status, each carrying only what it has. */
export type InviteActionState =
  | { status: "idle" }
  | { status: "accepting"; pendingAction: "accept" }
  | { status: "declining"; pendingAction: "decline" }
  | { status: "accepted"; liveSummary: RoomSummary }
  | {
      status: "declined";
      outcome: DeclineOutcome;
      /** `true` while the failed optional steps are being tried again (`retry()` after a decline). */
      retryingFollowUps?: boolean;
    }
  | { status: "error"; error: InviteActionError };

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

/** The invite the actions apply to. */
export interface InviteTarget {
  /** The room the user is invited to. */
  roomId: string;
  /** The signed-in user (the invitee): whose membership the live summary describes. */
  userId: string;
  /**
   * The invite's summary (a store entry's `summary`): the servers to join through, the
   * inviter, whether it is a direct chat, and which invite this is (`invitedAt`, so the
   * outcome of an earlier invite to the same room never shows as this one's).
   */
  summary?: RoomSummary;
  /** Who invited, when there is no `summary`: whom to ignore when declining, and the other person of a direct chat. */
  inviterId?: string;
  /** Whether the invite is a direct chat, when there is no `summary` (else read from `inviteState`). */
  isDirect?: boolean;
  /** The raw `invite_state`, read when there is no `summary` (servers to join through, direct chat). */
  inviteState?: unknown;
  /** Extra servers to join through, after those the invite names. */
  via?: readonly string[];
}

/** Called when an action of the observer's own call finishes, never once it was left or disposed. */
export interface InviteActionCallbacks {
  /** The invite was accepted; `summary` is built from the live state. */
  onAccepted?(summary: RoomSummary): void;
  /** The invite was declined; `outcome` lists the optional steps that failed. */
  onDeclined?(outcome: DeclineOutcome): void;
  /** The action failed (an abort is not a failure). */
  onError?(error: InviteActionError): void;
  /** A `forget()` finished. Forgetting is best effort: this also runs when it failed. */
  onForgotten?(): void;
}

/** A snapshot of the invite actions: the state, plus whether anything holds the room. */
export interface InviteActionsSnapshot {
  /** The full state, one variant per status. */
  state: InviteActionState;
  /**
   * Whether an action is in flight for the room (presses are then ignored): this invite's
   * own, its retried decline steps, or another one's (e.g. "Decline all" leaving the room).
   */
  isPending: boolean;
}

/**
 * Declining an invite: leave with the reason, then the optional follow-ups (ignore the
 * inviter, report the room, forget it). The decline itself either happens or the flow
 * fails; a follow-up that fails is reported precisely instead ("declined, but the report
 * failed"), because the invite is gone either way and the UI must not offer to decline again.
 */
import { addIgnoredUser } from "../accountData";
import { isAbortError, toMembershipActionError, toMembershipError, type MembershipAction } from "../client/errors";
import { throwIfAborted } from "../client/signals";
import type { MembershipClient, MembershipErrorCode, ReasonOptions } from "../client/types";
import { isRoomId, isUserId } from "../identifiers";

/** Options of {@link declineInvite}. */
export interface DeclineInviteOptions {
  /** The room the user is invited to. */
  roomId: string;
  /** Optional reason sent with the leave (the inviter sees it). */
  reason?: string;
  /** Who invited (needed for `ignoreInviter`). */
  inviterId?: string;
  /** Adds the inviter to `m.ignored_user_list`, keeping the existing entries. */
  ignoreInviter?: boolean;
  /** When defined, the room is reported with this reason (may be ""). */
  reportReason?: string;
  /** Forgets the room after leaving, so it leaves the user's room list for good. */
  forget?: boolean;
  /**
   * The leave is known to be done already (an earlier attempt whose answer was lost did
   * leave): skip it and only run the follow-ups.
   */
  alreadyLeft?: boolean;
  /** Cancels the flow; it then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** A follow-up step of {@link declineInvite} that failed after the invite was declined. */
export interface DeclineStepFailure {
  /** Which step failed. */
  step: "ignore" | "report" | "forget";
  /** Why, as a code for the UI. */
  code: MembershipErrorCode;
  /** The original error, for logs. */
  error: unknown;
}

/** What {@link declineInvite} resolves with: the invite is declined; these follow-ups failed. */
export interface DeclineInviteResult {
  /** Follow-up steps that failed, in the order they ran; empty when everything worked. */
  failedSteps: DeclineStepFailure[];
}

/** The calls {@link declineInvite} makes. */
export type DeclineInviteClient = Pick<MembershipClient, "leaveRoom" | "forgetRoom" | "reportRoom" | "getAccountData" | "setAccountData">;

/**
 * Declines the invite with `POST /rooms/{roomId}/leave` (with the reason). When that fails
 * it rejects with a `MembershipActionError` of action `"decline"` and nothing else runs.
 * Then, in order and each independent of the others: ignore the inviter (read-modify-write
 * of `m.ignored_user_list`), report the room, forget it. Their failures are collected in
 * `failedSteps`, never thrown. A cancellation rejects with the `AbortError` itself.
 * With `alreadyLeft: true` the leave is skipped.
 */
export async function declineInvite(client: DeclineInviteClient, options: DeclineInviteOptions): Promise<DeclineInviteResult> {
  const { roomId, signal } = options;
  if (!isRoomId(roomId)) throw new TypeError("declineInvite: roomId is not a valid room ID");
  throwIfAborted(signal);

  if (options.alreadyLeft !== true) {
    const leaveOptions: ReasonOptions = { signal };
    if (options.reason !== undefined) leaveOptions.reason = options.reason;
    try {
      await client.leaveRoom(roomId, leaveOptions);
    } catch (error) {
      throw toMembershipActionError(error, "decline");
    }
  }

  const failedSteps: DeclineStepFailure[] = [];
  const run = async (step: DeclineStepFailure["step"], task: () => Promise<unknown>): Promise<void> => {
    try {
      await task();
    } catch (error) {
      if (isAbortError(error)) throw error;
      failedSteps.push({ step, code: toMembershipError(error, step satisfies MembershipAction)?.code ?? "unknown", error });
    }
  };

  if (options.ignoreInviter === true) {
    const inviterId = options.inviterId;
    await run("ignore", async () => {
      if (!isUserId(inviterId)) throw new TypeError("declineInvite: ignoreInviter needs a valid inviterId");
      await addIgnoredUser(client, inviterId, { signal });
    });
  }
  if (options.reportReason !== undefined) {
    const reportReason = options.reportReason;
    await run("report", () => client.reportRoom(roomId, reportReason, { signal }));
  }
  if (options.forget === true) {
    await run("forget", () => client.forgetRoom(roomId, { signal }));
  }
  return { failedSteps };
}

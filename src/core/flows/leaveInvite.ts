/**
 * The one leave that declines an invite, shared by `declineInvite` and `declineAll`, and
 * with it the one home of the rule "the invite is already gone, so it counts as declined".
 */
import { MembershipActionError, toMembershipActionError } from "../client/errors";
import type { MembershipClient, ReasonOptions } from "../client/types";

/** How a decline's leave ended. */
export interface LeaveInviteOutcome {
  /**
   * `true` when the server answered that the user is not invited (`invite_revoked`): the
   * inviter withdrew the invite, or an earlier leave whose answer was lost declined it.
   * Either way the invite is gone, which is what declining wants.
   */
  alreadyGone: boolean;
}

/** Options of {@link leaveInvite}. */
export interface LeaveInviteOptions {
  /** Reason sent with the leave (the inviter sees it). */
  reason?: string;
  /** Cancels the request; the call then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Passed to `leaveRoom`: how often the client itself may retry a 429 (`declineAll` passes 0 and waits visibly itself). */
  rateLimitRetries?: number;
}

/**
 * `POST /rooms/{roomId}/leave` for an invite. Resolves when the invite is declined, or was
 * already gone (`alreadyGone: true`). Rejects with a `MembershipActionError` of action
 * `"decline"` for any other failure, or with the `AbortError` itself.
 */
export async function leaveInvite(
  client: Pick<MembershipClient, "leaveRoom">,
  roomId: string,
  options: LeaveInviteOptions = {},
): Promise<LeaveInviteOutcome> {
  const leaveOptions: ReasonOptions = { signal: options.signal };
  if (options.reason !== undefined) leaveOptions.reason = options.reason;
  if (options.rateLimitRetries !== undefined) leaveOptions.rateLimitRetries = options.rateLimitRetries;
  try {
    await client.leaveRoom(roomId, leaveOptions);
    return { alreadyGone: false };
  } catch (error) {
    const failure = toMembershipActionError(error, "decline");
    if (failure instanceof MembershipActionError && failure.code === "invite_revoked") return { alreadyGone: true };
    throw failure;
  }
}

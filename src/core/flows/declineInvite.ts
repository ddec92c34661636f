/**
 * Declining an invite: leave with the reason, then the optional follow-ups (ignore the
 * inviter, report the room, forget it). The decline itself either happens or the flow
 * fails; a follow-up that fails is reported precisely instead ("declined, but the report
 * failed"), because the invite is gone either way and the UI must not offer to decline again.
 * An invite that is already gone (withdrawn, or declined by an earlier leave whose answer
 * was lost) counts as declined: see {@link leaveInvite}, the one home of that rule.
 *
 * To ignore the inviter the flow must know who invited: `inviterId`, else the sender of the
 * user's invite in `inviteState`, else the client's `getInviteState` — all read BEFORE the
 * leave, because once the invite is declined the invite state is gone.
 */
import { writeSetting } from "../accountData";
import { ignoredUserList } from "../accountDataSettings";
import { isAbortError, toMembershipError, type MembershipAction } from "../client/errors";
import { throwIfAborted } from "../client/signals";
import type { MembershipClient, MembershipErrorCode } from "../client/types";
import { isRoomId, isUserId } from "../identifiers";
import { indexRoomState, readMembership } from "../roomName";
import { parseStrippedState } from "../strippedState";
import { summarizeInvite } from "../summary";
import { leaveInvite } from "./leaveInvite";

/** Options of {@link declineInvite}. */
export interface DeclineInviteOptions {
  /** The room the user is invited to. */
  roomId: string;
  /** Optional reason sent with the leave (the inviter sees it). */
  reason?: string;
  /**
   * Who invited, for `ignoreInviter`. When absent (or not a valid user ID) the inviter is
   * looked up before the leave: in `inviteState`, else through the client's `getInviteState`.
   */
  inviterId?: string;
  /**
   * The raw `invite_state` (`rooms.invite[roomId].invite_state` from `/sync`, or its
   * `events`), used only to find the inviter for `ignoreInviter` when `inviterId` is absent:
   * the sender of the user's own `m.room.member` invite. Untrusted; never throws.
   */
  inviteState?: unknown;
  /**
   * The invitee, whose invite names the inviter in the invite state. Defaults to the
   * client's `userId`; when neither is known, the only invite in the state counts.
   */
  userId?: string;
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
  /**
   * `true` when the server said the user was no longer invited (`invite_revoked` on the
   * leave): the inviter withdrew it, or an earlier leave whose answer was lost did decline it.
   * It counts as declined; the follow-ups still ran.
   */
  alreadyGone: boolean;
}

/** The calls {@link declineInvite} makes (`userId` and `getInviteState` are optional, used to find the inviter). */
export type DeclineInviteClient = Pick<
  MembershipClient,
  "userId" | "leaveRoom" | "forgetRoom" | "reportRoom" | "getAccountData" | "setAccountData" | "getInviteState"
>;

/** Why the ignore step could not run: the inviter is unknown (no `inviterId`, and no invite state named one). */
export class InviterUnknownError extends Error {
  override name = "InviterUnknownError";
  constructor(message = "declineInvite: ignoreInviter needs the inviter, but no valid inviterId was given and no invite state names one") {
    super(message);
  }
}

/**
 * Declines the invite with `POST /rooms/{roomId}/leave` (with the reason). An invite already
 * gone (`invite_revoked`) counts as declined (`alreadyGone: true`). When the leave fails
 * otherwise it rejects with a `MembershipActionError` of action `"decline"` and nothing else runs.
 * Then, in order and each independent of the others: ignore the inviter (read-modify-write
 * of `m.ignored_user_list`), report the room, forget it. Their failures are collected in
 * `failedSteps`, never thrown. A cancellation rejects with the `AbortError` itself.
 * With `alreadyLeft: true` the leave is skipped.
 *
 * With `ignoreInviter` and no valid `inviterId`, the inviter is found before the leave:
 * from `inviteState`, else with one `client.getInviteState(roomId)` request. If it stays
 * unknown (or that request fails) the decline still happens and the `ignore` step is
 * reported failed (code `"unknown"` with an `InviterUnknownError`, or the request's
 * own code) — it is never skipped silently.
 */
export async function declineInvite(client: DeclineInviteClient, options: DeclineInviteOptions): Promise<DeclineInviteResult> {
  const { roomId, signal } = options;
  if (!isRoomId(roomId)) throw new TypeError("declineInvite: roomId is not a valid room ID");
  throwIfAborted(signal);

  // Found before the leave: after it, the server no longer holds the invite state.
  let inviter: { userId: string } | { error: unknown } | undefined;
  if (options.ignoreInviter === true) {
    inviter = await findInviter(client, options);
    throwIfAborted(signal);
  }

  let alreadyGone = false;
  if (options.alreadyLeft !== true) {
    ({ alreadyGone } = await leaveInvite(client, roomId, { reason: options.reason, signal }));
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

  if (inviter !== undefined) {
    const found = inviter;
    await run("ignore", async () => {
      if ("error" in found) throw found.error;
      await writeSetting(client, ignoredUserList, { add: found.userId }, { signal });
    });
  }
  if (options.reportReason !== undefined) {
    const reportReason = options.reportReason;
    await run("report", () => client.reportRoom(roomId, reportReason, { signal }));
  }
  if (options.forget === true) {
    await run("forget", () => client.forgetRoom(roomId, { signal }));
  }
  return { failedSteps, alreadyGone };
}

/**
 * The inviter to ignore: `inviterId` when valid, else the sender of the invitee's invite in
 * `inviteState`, else in what `client.getInviteState` answers. Resolves with the error the
 * ignore step should report when none is found; rejects only with an `AbortError`.
 */
async function findInviter(client: DeclineInviteClient, options: DeclineInviteOptions): Promise<{ userId: string } | { error: unknown }> {
  if (isUserId(options.inviterId)) return { userId: options.inviterId };
  const invitee = isUserId(options.userId) ? options.userId : readClientUserId(client);
  const fromOption = inviterInState(options.inviteState, invitee);
  if (fromOption !== undefined) return { userId: fromOption };
  if (typeof client.getInviteState !== "function") return { error: new InviterUnknownError() };
  try {
    const fetched = await client.getInviteState(options.roomId, { signal: options.signal });
    const fromServer = inviterInState(fetched, invitee);
    return fromServer !== undefined ? { userId: fromServer } : { error: new InviterUnknownError() };
  } catch (error) {
    if (isAbortError(error)) throw error;
    return { error };
  }
}

/** `client.userId` when it is a valid user ID (read defensively: it may be a getter). */
function readClientUserId(client: DeclineInviteClient): string | undefined {
  try {
    const userId: unknown = client.userId;
    return isUserId(userId) ? userId : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sender of `invitee`'s invite in untrusted invite state, through the summary's own
 * inviter logic. Without an invitee, the only invite member event counts (none, or several:
 * unknown). Never throws.
 */
function inviterInState(inviteState: unknown, invitee: string | undefined): string | undefined {
  if (inviteState === undefined) return undefined;
  try {
    const events = parseStrippedState(inviteState);
    let userId = invitee;
    if (userId === undefined) {
      const invites = indexRoomState(events).members.filter((member) => readMembership(member) === "invite");
      if (invites.length !== 1) return undefined;
      userId = invites[0]?.state_key;
    }
    if (userId === undefined) return undefined;
    return summarizeInvite(events, { userId }).inviter?.userId;
  } catch {
    return undefined;
  }
}

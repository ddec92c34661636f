/**
 * Block and clear: "Block @x" from any invite. The user's way out of an invite-spam wave in
 * one step, written once here: add the senders to the ignore list, optionally report them,
 * then decline every pending invite from them, one at a time, through `declineAll` (the one
 * bulk-decline queue: 429 waits, stop on `unauthorized`, a re-check before every request).
 *
 * The order is a choice:
 * 1. **Ignore first.** The ignore is one cheap request, and the decline run can take minutes
 *    (hundreds of invites, rate limits). Once the sender is ignored, the server withholds
 *    their new invites (Synapse does, in every `/sync`) and the invite store hides those it
 *    already holds, so nothing new from them shows up while the run goes on, and a run that
 *    is cancelled or stopped still leaves the user blocked, with the invites not yet declined
 *    hidden and offered again (`store.getBlockedInvites()`).
 * 2. **Report next** (when asked), so a cancelled run has still reported.
 * 3. **Decline last**, every invite the store holds from the senders, hidden or not.
 *
 * Every request of the run (the ignore's read and write, each report, each leave) waits out a
 * 429 the same visible way, through `sendWithRateLimitRetry`: the client is asked for no 429
 * retry of its own, so `onRateLimited` hears of each one at once.
 *
 * When the ignore fails, the run goes on: declining the invites is what the user sees and
 * does not depend on the ignore, so it is not held hostage to it. The result says the ignore
 * failed (the UI offers to try again) and the invites are declined all the same. Only a
 * failure that every further request would share (`unauthorized`, `suspended`) stops the run.
 */
import { writeSetting } from "../accountData";
import { ignoredUserList } from "../accountDataSettings";
import { isUnknownEndpoint } from "../client/errors";
import type { MembershipClient, MembershipErrorCode } from "../client/types";
import { isUserId } from "../identifiers";
import type { InviteEntry, InviteStore } from "../store/inviteStore";
import { declineAll, type DeclineAllOptions, type DeclineAllResult } from "./declineAll";
import { notifySafely as notify } from "../callbacks";
import { FATAL_CODES, sendWithRateLimitRetry } from "./rateLimitRetry";

/** The calls {@link blockAndClear} makes. */
export type BlockAndClearClient = Pick<MembershipClient, "leaveRoom" | "reportUser" | "getAccountData" | "setAccountData">;

/** What {@link blockAndClear} reads from, and hides declined invites in: an invite store. */
export type BlockAndClearStore = Pick<InviteStore, "userId" | "getSnapshot" | "getBlockedInvites" | "getEntry" | "remove">;

/** The steps of a run, in order. */
export type BlockAndClearStep = "ignore" | "report" | "decline";

/**
 * How the ignore or the report of one user ended.
 * - `done`: written (ignore) or sent (report).
 * - `unchanged`: the user was already on the ignore list, so nothing was written.
 * - `unsupported`: the server does not know the user report (it predates spec v1.14).
 * - `failed`: the server refused or did not answer; `code` says why.
 * - `skipped`: not asked for (a report without `report`), or not reached (cancelled, stopped).
 */
export type BlockStepOutcome =
  | { readonly status: "done" }
  | { readonly status: "unchanged" }
  | { readonly status: "unsupported" }
  | { readonly status: "failed"; readonly code: MembershipErrorCode }
  | { readonly status: "skipped" };

/** The ignore and the report of one blocked user. */
export interface BlockedUserOutcome {
  /** The user blocked. */
  readonly userId: string;
  /** Adding them to `m.ignored_user_list`. */
  readonly ignore: BlockStepOutcome;
  /** Reporting them with `POST /users/{userId}/report`. */
  readonly report: BlockStepOutcome;
}

/** What a run reports as it goes; see {@link BlockAndClearOptions.onProgress}. */
export interface BlockAndClearProgressEvent {
  /** The step running. */
  step: BlockAndClearStep;
  /** Invites settled so far (declined, failed or skipped); 0 before the decline step. */
  done: number;
  /** Invites to decline; 0 until the decline step knows them. */
  total: number;
  /** The user (ignore, report) or room (decline) being worked on; `undefined` when a step ends. */
  current: string | undefined;
}

/** Options of {@link blockAndClear}. */
export interface BlockAndClearOptions
  extends Pick<DeclineAllOptions, "signal" | "onRoomSettled" | "onRoomSkipped" | "runRequest" | "sleep" | "maxRetries" | "maxWaitMs"> {
  /**
   * Whom to block: one user ID, or several ("Decline all and block senders", or declining the
   * hidden invites of everyone blocked). Each must be a valid user ID other than the user's own.
   */
  userId: string | readonly string[];
  /** Also report each user to their homeserver's admins, with this reason (may be empty). */
  report?: { reason: string };
  /** Called as each step starts and as the decline run moves on. */
  onProgress?(progress: BlockAndClearProgressEvent): void;
  /** Called when a user's ignore or report has ended. */
  onUserSettled?(outcome: BlockedUserOutcome): void;
  /**
   * Called when the server answered 429 and the run waits `waitMs` before sending again:
   * `target` is the user (ignore, report) or the room (decline) the request was for.
   */
  onRateLimited?(target: string, waitMs: number): void;
}

/** What {@link blockAndClear} did. */
export interface BlockAndClearResult {
  /** The ignore and the report of every user, in the order given. */
  users: BlockedUserOutcome[];
  /**
   * The decline run over every pending invite from the users: each room is in exactly one of
   * its lists. Its `cancelled` and `stoppedBy` cover the whole run (an abort or a fatal failure
   * during the ignore or the report leaves every room in `remaining`).
   */
  decline: DeclineAllResult;
}

const SKIPPED: BlockStepOutcome = /* @__PURE__ */ Object.freeze({ status: "skipped" });
const DONE: BlockStepOutcome = /* @__PURE__ */ Object.freeze({ status: "done" });
const UNCHANGED: BlockStepOutcome = /* @__PURE__ */ Object.freeze({ status: "unchanged" });
const UNSUPPORTED: BlockStepOutcome = /* @__PURE__ */ Object.freeze({ status: "unsupported" });

/**
 * Blocks `userId` and clears their invites: adds them to `m.ignored_user_list` (a
 * read-modify-write keeping the other entries), reports them when `report` is given, then
 * declines every pending invite from them that `store` holds, shown or hidden, one leave at
 * a time through `declineAll` (429s waited out, each room checked again before its request:
 * still a pending invite in the store). Declined invites leave the store at once.
 *
 * A report the server does not know (`M_UNRECOGNIZED`, or a 404 / 405 without a Matrix error:
 * a server from before spec v1.14) is `unsupported`; the rest still runs. A failed ignore or
 * report is recorded and the run goes on; `unauthorized` or `suspended` stops it. Never
 * rejects once started: an abort resolves with `decline.cancelled`. Rejects with a
 * `TypeError`, before any request, for an invalid user ID or the user's own.
 *
 * @example
 * ```ts
 * const result = await blockAndClear(client, store, { userId: "@spam:example.org", report: { reason: "spam" } });
 * result.decline.declined.length; // invites declined
 * result.users[0]?.ignore.status; // "done"
 * ```
 */
export async function blockAndClear(client: BlockAndClearClient, store: BlockAndClearStore, options: BlockAndClearOptions): Promise<BlockAndClearResult> {
  const userIds = blockTargets(options.userId, store.userId);
  const { signal } = options;
  const outcomes = userIds.map((userId): BlockedUserOutcome => ({ userId, ignore: SKIPPED, report: SKIPPED }));
  const finish = (decline: DeclineAllResult): BlockAndClearResult => ({ users: outcomes, decline });
  const notStarted = (stoppedBy?: MembershipErrorCode): BlockAndClearResult =>
    finish({ declined: [], failed: [], skipped: [], remaining: invitesFrom(store, userIds), cancelled: stoppedBy === undefined, stoppedBy });

  // 1. Ignore.
  for (const [index, userId] of userIds.entries()) {
    if (signal?.aborted) return notStarted();
    notify(() => options.onProgress?.({ step: "ignore", done: 0, total: 0, current: userId }));
    const written = await runStep(() => writeSetting(client, ignoredUserList, { add: userId }, { signal, rateLimitRetries: 0 }), "ignore", userId, options);
    if (written.status === "aborted") return notStarted();
    const ignore = written.status === "answered" ? written.value ? DONE : UNCHANGED : written;
    outcomes[index] = { userId, ignore, report: SKIPPED };
    if (ignore.status === "failed" && FATAL_CODES.has(ignore.code)) return notStarted(ignore.code);
    if (options.report === undefined) notify(() => options.onUserSettled?.(outcomes[index] as BlockedUserOutcome));
  }

  // 2. Report, when asked.
  const report = options.report;
  if (report !== undefined) {
    let unsupported = false;
    for (const [index, userId] of userIds.entries()) {
      if (signal?.aborted) return notStarted();
      const previous = outcomes[index] as BlockedUserOutcome;
      let outcome: BlockStepOutcome;
      if (unsupported) {
        // The server said it does not know the endpoint: asking again for the next user is pointless.
        outcome = UNSUPPORTED;
      } else {
        notify(() => options.onProgress?.({ step: "report", done: 0, total: 0, current: userId }));
        const sent = await runStep(() => client.reportUser(userId, report.reason, { signal, rateLimitRetries: 0 }), "other", userId, options);
        if (sent.status === "aborted") return notStarted();
        unsupported = sent.status === "unsupported";
        outcome = sent.status === "answered" ? DONE : sent;
      }
      outcomes[index] = { ...previous, report: outcome };
      notify(() => options.onUserSettled?.(outcomes[index] as BlockedUserOutcome));
      if (outcome.status === "failed" && FATAL_CODES.has(outcome.code)) return notStarted(outcome.code);
    }
  }

  // 3. Decline every pending invite from them: the rooms are read from the store now, after
  // the ignore, so an invite that reached the store meanwhile is declined too.
  const senders = new Set(userIds);
  const decline = await declineAll(client, invitesFrom(store, userIds), {
    signal,
    sleep: options.sleep,
    maxRetries: options.maxRetries,
    maxWaitMs: options.maxWaitMs,
    runRequest: options.runRequest,
    onRateLimited: options.onRateLimited,
    onRoomSkipped: options.onRoomSkipped,
    isStillInvited(roomId) {
      const entry = store.getEntry(roomId);
      return entry !== undefined && isInviteFrom(entry, senders);
    },
    onProgress(done, total, current) {
      options.onProgress?.({ step: "decline", done, total, current });
    },
    onRoomSettled(roomId, outcome) {
      // Declined: out of the store at once (a /sync still carrying it keeps it out).
      if (outcome.ok) notify(() => store.remove(roomId));
      options.onRoomSettled?.(roomId, outcome);
    },
  });
  return finish(decline);
}

/**
 * The distinct users of `userId`, checked: throws a `TypeError` for none, an invalid user ID,
 * or the user's own (`ownUserId`). The run's observer checks with it before it starts.
 *
 * @internal
 */
export function blockTargets(userId: string | readonly string[], ownUserId: string): string[] {
  const userIds = [...new Set(typeof userId === "string" ? [userId] : userId)];
  if (userIds.length === 0) throw new TypeError("blockAndClear: userId names nobody");
  for (const candidate of userIds) {
    if (!isUserId(candidate)) throw new TypeError(`blockAndClear: ${JSON.stringify(candidate)} is not a valid user ID`);
    if (candidate === ownUserId) throw new TypeError("blockAndClear: the user cannot block themselves");
  }
  return userIds;
}

/** Every pending invite from `userIds` the store holds: the shown ones (newest first), then the hidden ones. */
function invitesFrom(store: BlockAndClearStore, userIds: readonly string[]): string[] {
  const senders = new Set(userIds);
  const rooms = new Set<string>();
  for (const entries of [store.getSnapshot(), store.getBlockedInvites()]) {
    for (const entry of entries) if (isInviteFrom(entry, senders)) rooms.add(entry.roomId);
  }
  return [...rooms];
}

function isInviteFrom(entry: InviteEntry, senders: ReadonlySet<string>): boolean {
  const inviter = entry.summary.inviter?.userId;
  return entry.kind === "invite" && inviter !== undefined && senders.has(inviter);
}

/**
 * Runs one request of the ignore or report step for `userId` through the bulk runs' 429 wait
 * (`sendWithRateLimitRetry`, with the run's tuning and `onRateLimited`; the task asks the
 * client for no 429 retry of its own): its answer, `unsupported` for an endpoint the server
 * does not know, `failed` with the code, or `aborted`.
 */
async function runStep<T>(
  task: () => Promise<T>,
  action: "ignore" | "other",
  userId: string,
  options: BlockAndClearOptions,
): Promise<{ status: "answered"; value: T } | { status: "unsupported" } | { status: "aborted" } | { status: "failed"; code: MembershipErrorCode }> {
  const outcome = await sendWithRateLimitRetry(task, {
    action,
    signal: options.signal,
    sleep: options.sleep,
    maxRetries: options.maxRetries,
    maxWaitMs: options.maxWaitMs,
    onRateLimited: (waitMs) => options.onRateLimited?.(userId, waitMs),
  });
  switch (outcome.status) {
    case "answered":
      return outcome;
    // `skipped` cannot happen (the task always sends); it would mean nothing was done.
    case "aborted":
    case "skipped":
      return { status: "aborted" };
    case "failed":
      return isUnknownEndpoint(outcome.error) ? { status: "unsupported" } : { status: "failed", code: outcome.code };
    default:
      return outcome satisfies never;
  }
}


/**
 * Bulk decline: many invites declined one request at a time, so a spam wave of hundreds of
 * invites can be cleared without tripping the homeserver's rate limiter, and without ever
 * losing track of which rooms were declined. A long run takes minutes: every room is
 * checked again right before its request, so a room accepted (here or in another client)
 * meanwhile is never left.
 */
import type { MembershipClient, MembershipErrorCode } from "../client/types";
import { leaveInvite, type LeaveInviteOutcome } from "./leaveInvite";
import { notifySafely as notify } from "../callbacks";
import { BULK_MAX_RETRIES, BULK_MAX_WAIT_MS, FATAL_CODES, sendWithRateLimitRetry } from "./rateLimitRetry";

/** How many times one room is retried after `rate_limited` before it counts as failed. */
export const DECLINE_ALL_MAX_RETRIES = BULK_MAX_RETRIES;

/** The longest single wait after a 429, whatever the server asks (a hostile server may ask for hours). */
export const DECLINE_ALL_MAX_WAIT_MS = BULK_MAX_WAIT_MS;

/** One room that could not be declined. */
export interface DeclineAllFailure {
  /** The room whose invite is still pending (as far as we know). */
  roomId: string;
  /** Why, as a code only the view turns into words. */
  code: MembershipErrorCode;
}

/** Options of {@link declineAll}. */
export interface DeclineAllOptions {
  /** Reason sent with every decline (shown to the inviters). */
  reason?: string;
  /** Stops the run: the request in flight is aborted and no further room is started. */
  signal?: AbortSignal;
  /**
   * Called before each room (with `current` set to it) and once at the end (`current`
   * `undefined`). `done` counts rooms settled so far, declined or failed.
   */
  onProgress?(done: number, total: number, current: string | undefined): void;
  /** Called once per settled room, as soon as its outcome is known (e.g. to hide it at once). */
  onRoomSettled?(roomId: string, outcome: { ok: true } | { ok: false; code: MembershipErrorCode }): void;
  /** Called when a room is taken out of the run by the re-check before its request (see `isStillInvited`). */
  onRoomSkipped?(roomId: string): void;
  /**
   * Asked right before every leave request, retries after a 429 included: is the room still
   * a pending invite? Read the latest `/sync` snapshot (e.g. the invite store's): a room the
   * user joined or declined elsewhere during a long run answers `false` and is skipped, not
   * left. A predicate that throws counts as `false`. Default: always `true`.
   */
  isStillInvited?(roomId: string): boolean;
  /**
   * Sends one leave request on the caller's behalf, so the caller can hold the room meanwhile
   * (the action runner marks it busy, and refuses other actions on it). Answer `undefined`
   * without calling `request` when another action holds the room: it is skipped. Default:
   * calls `request` directly.
   */
  runRequest?(roomId: string, request: () => Promise<LeaveInviteOutcome>): Promise<LeaveInviteOutcome> | undefined;
  /** Called when the server answered 429 and the run waits `waitMs` before retrying `roomId`. */
  onRateLimited?(roomId: string, waitMs: number): void;
  /** The wait used between rate-limit retries; must reject when `signal` aborts. For tests. */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  /** Retries per room after `rate_limited` (default `DECLINE_ALL_MAX_RETRIES`, 10). */
  maxRetries?: number;
  /** Cap on one rate-limit wait, in milliseconds (default `DECLINE_ALL_MAX_WAIT_MS`, 60 s). */
  maxWaitMs?: number;
}

/** What {@link declineAll} did: every requested room appears in exactly one of the lists. */
export interface DeclineAllResult {
  /** Rooms whose invite is declined (or was already gone), in the order they were done. */
  declined: string[];
  /** Rooms the server refused, with the reason. */
  failed: DeclineAllFailure[];
  /**
   * Rooms taken out of the run before their request: no longer a pending invite, or held
   * by another action (e.g. accepted from their row meanwhile). Nothing was sent for them.
   */
  skipped: string[];
  /**
   * Rooms not settled: never started because the run was cancelled or stopped, plus the
   * room whose request was cut by the abort (its outcome is unknown until the next `/sync`).
   */
  remaining: string[];
  /** Whether the caller's signal stopped the run. */
  cancelled: boolean;
  /** Set when the run stopped early because every further request would fail (`unauthorized`, `suspended`). */
  stoppedBy?: MembershipErrorCode;
}

/**
 * Declines the invites to `roomIds` one `POST /leave` at a time (duplicates are declined
 * once). Before each request, retries included, the room is checked again: still a pending
 * invite (`isStillInvited`) and held by no other action (`runRequest`); otherwise it is
 * skipped. A 429 never fails a room at once: the run waits what the server asked (capped
 * at `maxWaitMs`, cut short by an abort) and retries the same room, up to `maxRetries`
 * times. Each leave asks the client for no 429 retry of its own (`rateLimitRetries: 0`), so
 * `onRateLimited` hears of every 429 at once and no wait goes unseen. Other failures are recorded and the run goes on with the next room; an invite
 * already gone counts as declined (`leaveInvite`). Never throws: aborting resolves with
 * `cancelled: true` and the rooms left over in `remaining`.
 */
export async function declineAll(
  client: Pick<MembershipClient, "leaveRoom">,
  roomIds: readonly string[],
  options: DeclineAllOptions = {},
): Promise<DeclineAllResult> {
  const queue = [...new Set(roomIds)];
  const total = queue.length;
  const { signal, reason } = options;
  const result: DeclineAllResult = { declined: [], failed: [], skipped: [], remaining: [], cancelled: false };
  const done = () => result.declined.length + result.failed.length + result.skipped.length;

  let index = 0;
  for (; index < queue.length; index++) {
    if (signal?.aborted) break;
    const roomId = queue[index] as string;
    notify(() => options.onProgress?.(done(), total, roomId));
    const outcome = await sendWithRateLimitRetry(
      () => {
        if (!isStillInvited(roomId)) return undefined;
        // The client retries no 429 itself: this queue's wait, which the caller shows, is the only one.
        const request = () => leaveInvite(client, roomId, { reason, signal, rateLimitRetries: 0 });
        return options.runRequest ? options.runRequest(roomId, request) : request();
      },
      { action: "decline", signal, sleep: options.sleep, maxRetries: options.maxRetries, maxWaitMs: options.maxWaitMs, onRateLimited: (waitMs) => options.onRateLimited?.(roomId, waitMs) },
    );
    if (outcome.status === "aborted") break;
    if (outcome.status === "skipped") {
      result.skipped.push(roomId);
      notify(() => options.onRoomSkipped?.(roomId));
    } else if (outcome.status === "answered") {
      result.declined.push(roomId);
      notify(() => options.onRoomSettled?.(roomId, { ok: true }));
    } else {
      result.failed.push({ roomId, code: outcome.code });
      notify(() => options.onRoomSettled?.(roomId, { ok: false, code: outcome.code }));
      if (FATAL_CODES.has(outcome.code)) {
        result.stoppedBy = outcome.code;
        index++;
        break;
      }
    }
  }
  result.remaining = queue.slice(index);
  result.cancelled = signal?.aborted === true && result.stoppedBy === undefined;
  notify(() => options.onProgress?.(done(), total, undefined));
  return result;

  function isStillInvited(roomId: string): boolean {
    if (options.isStillInvited === undefined) return true;
    try {
      return options.isStillInvited(roomId) === true;
    } catch (error) {
      notify(() => {
        throw error;
      });
      return false;
    }
  }
}

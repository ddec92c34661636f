/**
 * Bulk decline: many invites declined one request at a time, so a spam wave of hundreds of
 * invites can be cleared without tripping the homeserver's rate limiter, and without ever
 * losing track of which rooms were declined.
 */
import type { MembershipClient, MembershipErrorCode } from "../client/types";
import { isAbortError, toMembershipError } from "../client/errors";
import { sleep as sleepWithSignal } from "../client/signals";

/** How many times one room is retried after `rate_limited` before it counts as failed. */
export const DECLINE_ALL_MAX_RETRIES = 5;

/** The longest single wait after a 429, whatever the server asks (a hostile server may ask for hours). */
export const DECLINE_ALL_MAX_WAIT_MS = 60_000;

/** Wait after a 429 that names no delay (doubled on every further 429 for the same room). */
const DEFAULT_RATE_LIMIT_WAIT_MS = 1_000;

/**
 * Codes after which every further request would fail the same way (the session is gone or
 * the account is suspended): the run stops instead of sending hundreds of doomed requests.
 */
const FATAL_CODES: ReadonlySet<MembershipErrorCode> = new Set<MembershipErrorCode>(["unauthorized", "suspended"]);

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
  /** Called when the server answered 429 and the run waits `waitMs` before retrying `roomId`. */
  onRateLimited?(roomId: string, waitMs: number): void;
  /** The wait used between rate-limit retries; must reject when `signal` aborts. For tests. */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  /** Retries per room after `rate_limited` (default {@link DECLINE_ALL_MAX_RETRIES}). */
  maxRetries?: number;
  /** Cap on one rate-limit wait, in milliseconds (default {@link DECLINE_ALL_MAX_WAIT_MS}). */
  maxWaitMs?: number;
}

/** What {@link declineAll} did: every requested room appears in exactly one of the lists. */
export interface DeclineAllResult {
  /** Rooms whose invite is declined (or was already gone), in the order they were done. */
  declined: string[];
  /** Rooms the server refused, with the reason. */
  failed: DeclineAllFailure[];
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
 * once). A 429 never fails a room at once: the run waits what the server asked (capped
 * at `maxWaitMs`, cut short by an abort) and retries the same room, up to `maxRetries`
 * times. Other failures are recorded and the run goes on with the next room; a room whose
 * invite was already withdrawn (`invite_revoked`) counts as declined, since the invite is
 * gone either way. Never throws: aborting resolves with `cancelled: true` and the rooms
 * left over in `remaining`.
 */
export async function declineAll(
  client: Pick<MembershipClient, "leaveRoom">,
  roomIds: readonly string[],
  options: DeclineAllOptions = {},
): Promise<DeclineAllResult> {
  const queue = [...new Set(roomIds)];
  const total = queue.length;
  const { signal, reason } = options;
  const wait = options.sleep ?? sleepWithSignal;
  const maxRetries = nonNegative(options.maxRetries, DECLINE_ALL_MAX_RETRIES);
  const maxWaitMs = nonNegative(options.maxWaitMs, DECLINE_ALL_MAX_WAIT_MS);
  const result: DeclineAllResult = { declined: [], failed: [], remaining: [], cancelled: false };
  const done = () => result.declined.length + result.failed.length;

  let index = 0;
  for (; index < queue.length; index++) {
    if (signal?.aborted) break;
    const roomId = queue[index] as string;
    notify(() => options.onProgress?.(done(), total, roomId));
    const outcome = await declineOne(roomId);
    if (outcome === "aborted") break;
    if (outcome === "declined") {
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

  async function declineOne(roomId: string): Promise<"declined" | "aborted" | { code: MembershipErrorCode }> {
    let waitMs = DEFAULT_RATE_LIMIT_WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        await client.leaveRoom(roomId, reason === undefined ? { signal } : { reason, signal });
        return "declined";
      } catch (error) {
        if (isAbortError(error) || signal?.aborted) return "aborted";
        const info = toMembershipError(error, "decline");
        if (!info) return "aborted";
        if (info.code === "invite_revoked") return "declined";
        if (info.code !== "rate_limited" || attempt >= maxRetries) return { code: info.code };
        const asked = info.retryAfterMs;
        const delay = Math.min(asked !== undefined && Number.isFinite(asked) ? Math.max(0, asked) : waitMs, maxWaitMs);
        waitMs = Math.min(waitMs * 2, maxWaitMs);
        notify(() => options.onRateLimited?.(roomId, delay));
        try {
          await wait(delay, signal);
        } catch {
          return "aborted";
        }
        if (signal?.aborted) return "aborted";
      }
    }
  }
}

function nonNegative(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Runs a caller's callback; a throwing callback must not derail the run (or lose rooms). */
function notify(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

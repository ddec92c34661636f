/**
 * The one home of "a bulk run waits out the server's rate limit": one request sent again
 * after every 429 (as long as the server asked, capped; doubling when it named no delay), up
 * to a number of retries, cut short by an abort. Shared by every bulk flow (decline all, block
 * and clear through it, report rooms).
 *
 * @internal
 */
import { isAbortError, toMembershipError } from "../client/errors";
import type { MembershipAction } from "../client/errors";
import { sleep as sleepWithSignal } from "../client/signals";
import type { MembershipErrorCode } from "../client/types";
import { notifySafely as notify } from "../callbacks";

/**
 * How many times one request is retried after `rate_limited` before it counts as failed. A bulk
 * run's requests turn the client's own 429 retries off (`rateLimitRetries: 0`, so every wait is
 * shown), which makes this the only retry: 10 rides out a burst of 429s on one room that the
 * client (3) and the flow (5) used to absorb between them. Each wait is capped and can be stopped.
 */
export const BULK_MAX_RETRIES = 10;

/** The longest single wait after a 429, whatever the server asks (a hostile server may ask for hours). */
export const BULK_MAX_WAIT_MS = 60_000;

/** Wait after a 429 that names no delay (doubled on every further 429 for the same request). */
const DEFAULT_RATE_LIMIT_WAIT_MS = 1_000;

/**
 * Codes after which every further request of a bulk run would fail the same way (the session
 * is gone or the account is suspended): the run stops instead of sending hundreds of doomed requests.
 */
export const FATAL_CODES: ReadonlySet<MembershipErrorCode> = new Set<MembershipErrorCode>(["unauthorized", "suspended"]);

/** The tuning every bulk run takes. */
export interface RateLimitTuning {
  /** The wait used between rate-limit retries; must reject when `signal` aborts. For tests. */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  /** Retries per request after `rate_limited` (default 10). */
  maxRetries?: number;
  /** Cap on one rate-limit wait, in milliseconds (default 60 s). */
  maxWaitMs?: number;
}

/** Options of {@link sendWithRateLimitRetry}. */
export interface RateLimitRetryOptions extends RateLimitTuning {
  /** Stops waiting and sending: the outcome is then `aborted`. */
  signal?: AbortSignal;
  /** The action the failures are read as (`toMembershipError`). */
  action: MembershipAction;
  /** Called before each wait. */
  onRateLimited?(waitMs: number): void;
}

/** How one request of a bulk run ended. */
export type RetriedOutcome<T> =
  | { status: "answered"; value: T }
  /** `attempt` answered `undefined`: nothing was sent (the caller's re-check refused). */
  | { status: "skipped" }
  | { status: "aborted" }
  | { status: "failed"; code: MembershipErrorCode; error: unknown };

/**
 * Calls `attempt` until it answers, fails with anything but `rate_limited`, runs out of
 * retries, or the signal aborts. `attempt` is asked again before every retry and may answer
 * `undefined` to send nothing (`skipped`). Never throws.
 */
export async function sendWithRateLimitRetry<T>(attempt: () => Promise<T> | undefined, options: RateLimitRetryOptions): Promise<RetriedOutcome<T>> {
  const { signal } = options;
  const wait = options.sleep ?? sleepWithSignal;
  const maxRetries = nonNegative(options.maxRetries, BULK_MAX_RETRIES);
  const maxWaitMs = nonNegative(options.maxWaitMs, BULK_MAX_WAIT_MS);
  let waitMs = DEFAULT_RATE_LIMIT_WAIT_MS;
  for (let tries = 0; ; tries++) {
    if (signal?.aborted) return { status: "aborted" };
    try {
      const sent = attempt();
      if (sent === undefined) return { status: "skipped" };
      return { status: "answered", value: await sent };
    } catch (error) {
      if (isAbortError(error) || signal?.aborted) return { status: "aborted" };
      const info = toMembershipError(error, options.action);
      if (!info) return { status: "aborted" };
      if (info.code !== "rate_limited" || tries >= maxRetries) return { status: "failed", code: info.code, error };
      const asked = info.retryAfterMs;
      const delay = Math.min(asked !== undefined && Number.isFinite(asked) ? Math.max(0, asked) : waitMs, maxWaitMs);
      waitMs = Math.min(waitMs * 2, maxWaitMs);
      notify(() => options.onRateLimited?.(delay));
      try {
        await wait(delay, signal);
      } catch {
        return { status: "aborted" };
      }
    }
  }
}

function nonNegative(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * The skeleton both long-poll feeds share (`/sync` and simplified sliding sync): an abort
 * controller tied to the owner's signal, the status published to the store, exponential
 * backoff with jitter on errors (honouring the server's `Retry-After`), and giving up only
 * on a failure retrying cannot fix. Each feed supplies one `poll` that makes one request
 * and applies its answer.
 */
import { isPlainObject, ownProperty } from "../strippedState";
import type { InviteStore } from "./inviteStore";
import type { SyncStatus } from "./syncStatus";

/** Options both feeds take for their loop. */
export interface FeedLoopOptions {
  /** Stops the loop (the in-flight request is aborted); the status becomes `stopped`. */
  signal?: AbortSignal;
  /** First retry delay after an error, in milliseconds (default 1,000). */
  initialBackoffMs?: number;
  /** Longest retry delay, in milliseconds (default 60,000). */
  maxBackoffMs?: number;
  /** Random source in [0, 1) for the jitter, for tests. Defaults to `Math.random`. */
  random?: () => number;
}

/** Longest server-requested delay the loop waits in one go (one hour). */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/** A running loop, as both feeds return it. */
export interface FeedLoopControl {
  /** Stops the loop; same as aborting the signal passed in. */
  stop(): void;
  /** Settles once the loop has ended (stopped, or given up on a fatal error). Never rejects. */
  readonly done: Promise<void>;
}

/** What a feed gives the skeleton. */
export interface FeedLoopSteps {
  /** One request and its answer applied to the store; rejects with the request's error. */
  poll(signal: AbortSignal): Promise<void>;
  /** A failure retrying cannot fix (the loop stops with it). Default: a 401. */
  isFatal?(error: unknown): boolean;
}

/**
 * Runs `steps.poll` until stopped: each success publishes `syncing` (caught up), each
 * failure `error` and a wait (see {@link retryDelay}), a fatal one `stopped` with its error.
 */
export function runFeedLoop(store: InviteStore, options: FeedLoopOptions, steps: FeedLoopSteps): FeedLoopControl {
  const controller = new AbortController();
  const outer = options.signal;
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener("abort", onOuterAbort, { once: true });
  const signal = controller.signal;
  const initialBackoffMs = delayOption(options.initialBackoffMs, 1_000);
  const maxBackoffMs = delayOption(options.maxBackoffMs, 60_000);
  const random = options.random ?? Math.random;
  const isFatal = steps.isFatal ?? isUnauthorized;

  // The status object this loop set last: while the store still holds it, the status is ours.
  let lastPublished: SyncStatus | undefined;

  function publish(status: SyncStatus): void {
    const current = store.getSyncStatus();
    const unchanged = status.state === "syncing" && current.state === "syncing" && current.caughtUp === status.caughtUp;
    if (unchanged && current === lastPublished) return;
    lastPublished = status;
    store.setSyncStatus(status);
  }

  function publishStopped(error?: unknown): void {
    // A newer loop on the same store (stop, then start again: a React StrictMode remount)
    // has published since: its status stands, this loop's end is old news.
    if (lastPublished !== undefined && store.getSyncStatus() !== lastPublished) return;
    publish(error === undefined ? { state: "stopped" } : { state: "stopped", error });
  }

  async function run(): Promise<void> {
    let attempt = 0;
    let caughtUp = false;
    publish({ state: "syncing", caughtUp });
    while (!signal.aborted) {
      try {
        await steps.poll(signal);
        if (signal.aborted) break;
        attempt = 0;
        caughtUp = true;
        publish({ state: "syncing", caughtUp });
      } catch (error) {
        if (signal.aborted) break;
        if (isFatal(error)) {
          publishStopped(error);
          return;
        }
        attempt += 1;
        const retryInMs = retryDelay(error, attempt, initialBackoffMs, maxBackoffMs, random);
        publish({ state: "error", error, attempt, retryInMs });
        await sleep(retryInMs, signal);
        if (!signal.aborted) publish({ state: "syncing", caughtUp });
      }
    }
    publishStopped();
  }

  const done = run()
    .catch((error: unknown) => publishStopped(error))
    .finally(() => outer?.removeEventListener("abort", onOuterAbort));
  return { stop: () => controller.abort(), done };
}

/**
 * The delay before retry `attempt` (1-based): exponential backoff (`initial × 2^(attempt−1)`,
 * capped) with "equal jitter" (half fixed, half random, so many clients do not retry in
 * lockstep after an outage), or the server's `retryAfterMs` when that is longer.
 */
export function retryDelay(error: unknown, attempt: number, initialMs: number, maxMs: number, random: () => number): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const base = Math.min(maxMs, initialMs * 2 ** exponent);
  const jitter = Math.min(Math.max(random(), 0), 1);
  const backoff = Math.round(base / 2 + (base / 2) * jitter);
  const retryAfterMs = readErrorField(error, "retryAfterMs");
  if (typeof retryAfterMs === "number" && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    // Honoured, but capped (timers overflow past 2^31 ms and fire at once), and never
    // shorter than the backoff: a server answering "retry after 0 ms" forever is not hammered.
    return Math.max(backoff, Math.min(Math.ceil(retryAfterMs), MAX_RETRY_AFTER_MS));
  }
  return backoff;
}

/**
 * A delay option as a real wait: NaN or negative falls back to the default (a NaN timer
 * fires at once, turning the backoff into a busy loop); anything longer than
 * {@link MAX_RETRY_AFTER_MS} is capped, since timers overflow past 2^31 ms.
 */
function delayOption(value: number | undefined, fallback: number): number {
  return typeof value === "number" && value >= 0 ? Math.min(value, MAX_RETRY_AFTER_MS) : fallback;
}

/** The access token is invalid or the account is gone (401): a new token is needed. */
export function isUnauthorized(error: unknown): boolean {
  return readErrorField(error, "status") === 401;
}

/** A field of an error of any shape (a `MatrixApiError`, a plain object); never throws. */
export function readErrorField(error: unknown, key: string): unknown {
  if (typeof error !== "object" || error === null) return undefined;
  try {
    return isPlainObject(error) ? ownProperty(error, key) : (error as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}

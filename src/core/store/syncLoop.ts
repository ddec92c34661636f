/**
 * A long-poll `/sync` loop that feeds an invite store, for the fetch-based client. It asks
 * only for what the invite list needs, keeps its `since` token, backs off with jitter on
 * errors, honours the server's `Retry-After`, and gives up only on a revoked token.
 */
import { accountDataTypes } from "../accountData";
import { ignoredUserList, invitePermissionConfig, mediaPreviewConfig } from "../accountDataSettings";
import { isPlainObject, ownProperty } from "../strippedState";
import type { InviteStore } from "./inviteStore";
import { readNextBatch } from "./syncResponse";
import type { SyncStatus } from "./syncStatus";

/** The one call the loop needs: `GET /sync` returning raw JSON (`createMatrixHttpClient` has it). */
export interface SyncClient {
  /** Performs one `/sync` request. */
  sync(options: {
    since?: string;
    timeoutMs?: number;
    filter?: string | Record<string, unknown>;
    setPresence?: "offline" | "online" | "unavailable";
    signal?: AbortSignal;
  }): Promise<unknown>;
}

/**
 * The default `/sync` filter: invites, knocks, joins and leaves, plus the account data the
 * store honours. Joined rooms carry at most one member event and no state, so a long-poll
 * stays small however many rooms the user is in. Invite and knock state are never filtered.
 */
export const INVITE_SYNC_FILTER: Readonly<Record<string, unknown>> = /* @__PURE__ */ Object.freeze({
  presence: { not_types: ["*"] },
  account_data: {
    types: /* @__PURE__ */ [ignoredUserList, invitePermissionConfig, mediaPreviewConfig].flatMap(accountDataTypes),
  },
  room: {
    // The user's own join or leave event is what moves a room out of the pending list.
    timeline: { limit: 1, types: ["m.room.member"], lazy_load_members: true },
    state: { types: [], lazy_load_members: true },
    ephemeral: { not_types: ["*"] },
    account_data: { not_types: ["*"] },
    include_leave: false,
  },
});

/** Options of {@link startSyncLoop}. */
export interface SyncLoopOptions {
  /** Stops the loop (the in-flight request is aborted); the status becomes `stopped`. */
  signal?: AbortSignal;
  /** Filter ID or inline filter. Defaults to `INVITE_SYNC_FILTER`, a small invite-only filter. */
  filter?: string | Record<string, unknown>;
  /** How long the server may hold each long-poll, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /** A `next_batch` token to resume from; without it the first sync is a full one. */
  since?: string;
  /** `set_presence` for each request (default `offline`, so a background list never marks the user online). */
  setPresence?: "offline" | "online" | "unavailable";
  /** First retry delay after an error, in milliseconds (default 1,000). */
  initialBackoffMs?: number;
  /** Longest retry delay, in milliseconds (default 60,000). */
  maxBackoffMs?: number;
  /** Random source in [0, 1) for the jitter, for tests. Defaults to `Math.random`. */
  random?: () => number;
  /** Called with each raw response after the store has applied it. */
  onSync?: (response: unknown) => void;
}

/** Longest server-requested delay the loop waits in one go (one hour). */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/** A running loop. */
export interface SyncLoop {
  /** Stops the loop; same as aborting the signal passed in. */
  stop(): void;
  /** Settles once the loop has ended (stopped, or given up on a fatal error). Never rejects. */
  readonly done: Promise<void>;
  /** The `next_batch` token of the last successful sync, to resume later. */
  getSince(): string | undefined;
}

/**
 * Starts long-polling `/sync` into `store`. The first request without `since` is a full
 * sync and replaces the store's pending list; later ones are incremental. Errors are
 * retried with exponential backoff and jitter (a 429's longer `retryAfterMs` is honoured);
 * a 401 stops the loop, since a new token is needed. Progress is published through
 * `store.setSyncStatus`.
 */
export function startSyncLoop(store: InviteStore, client: SyncClient, options: SyncLoopOptions = {}): SyncLoop {
  const controller = new AbortController();
  const outer = options.signal;
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener("abort", onOuterAbort, { once: true });
  const signal = controller.signal;

  const filter = options.filter ?? INVITE_SYNC_FILTER;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const initialBackoffMs = delayOption(options.initialBackoffMs, 1_000);
  const maxBackoffMs = delayOption(options.maxBackoffMs, 60_000);
  const random = options.random ?? Math.random;
  let since = options.since;

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
        const response = await client.sync({
          since,
          timeoutMs: since === undefined ? 0 : timeoutMs,
          filter,
          setPresence: options.setPresence ?? "offline",
          signal,
        });
        if (signal.aborted) break;
        // Checked before applying: a reply without a token is not a sync response (a captive
        // portal, a broken proxy), and applied as the full first sync it would empty the list.
        const next = readNextBatch(response);
        if (next === undefined) throw new TypeError("The /sync response has no next_batch token");
        store.applySync(response, { full: since === undefined });
        since = next;
        options.onSync?.(response);
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

  return {
    stop: () => controller.abort(),
    done,
    getSince: () => since,
  };
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
  const retryAfterMs = readField(error, "retryAfterMs");
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

/** A failure retrying cannot fix: the access token is invalid or the account is gone (401). */
function isFatal(error: unknown): boolean {
  return readField(error, "status") === 401;
}

function readField(error: unknown, key: string): unknown {
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

/**
 * A long-poll `/sync` loop that feeds an invite store, for the fetch-based client. It asks
 * only for what the invite list needs, keeps its `since` token, backs off with jitter on
 * errors, honours the server's `Retry-After`, and gives up only on a revoked token.
 */
import { accountDataTypes } from "../accountData";
import { ignoredUserList, invitePermissionConfig, mediaPreviewConfig } from "../accountDataSettings";
import { MAX_RETRY_AFTER_MS, runFeedLoop, type FeedLoopControl, type FeedLoopOptions } from "./feedLoop";
import type { InviteStore } from "./inviteStore";
import { readNextBatch } from "./syncResponse";

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
export interface SyncLoopOptions extends FeedLoopOptions {
  /** Filter ID or inline filter. Defaults to `INVITE_SYNC_FILTER`, a small invite-only filter. */
  filter?: string | Record<string, unknown>;
  /** How long the server may hold each long-poll, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /** A `next_batch` token to resume from; without it the first sync is a full one. */
  since?: string;
  /** `set_presence` for each request (default `offline`, so a background list never marks the user online). */
  setPresence?: "offline" | "online" | "unavailable";
  /** Called with each raw response after the store has applied it. */
  onSync?: (response: unknown) => void;
}

export { MAX_RETRY_AFTER_MS };

/** A running loop. */
export interface SyncLoop extends FeedLoopControl {
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
  const filter = options.filter ?? INVITE_SYNC_FILTER;
  const timeoutMs = options.timeoutMs ?? 30_000;
  let since = options.since;

  const loop = runFeedLoop(store, options, {
    async poll(signal) {
      const response = await client.sync({
        since,
        timeoutMs: since === undefined ? 0 : timeoutMs,
        filter,
        setPresence: options.setPresence ?? "offline",
        signal,
      });
      if (signal.aborted) return;
      // Checked before applying: a reply without a token is not a sync response (a captive
      // portal, a broken proxy), and applied as the full first sync it would empty the list.
      const next = readNextBatch(response);
      if (next === undefined) throw new TypeError("The /sync response has no next_batch token");
      store.applySync(response, { full: since === undefined });
      since = next;
      options.onSync?.(response);
    },
  });
  return { ...loop, getSince: () => since };
}

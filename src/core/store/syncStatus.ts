/** The state of the feed that fills an invite store, as a discriminated union. */

/**
 * - `idle`: nothing has fed the store yet.
 * - `syncing`: the feed is running; `caughtUp` turns `true` after the first successful sync.
 * - `error`: the last sync failed (`attempt` failures in a row); the feed retries after
 *   `retryInMs` when it knows the delay.
 * - `stopped`: the feed ended: aborted by its owner (`error` absent) or given up on a
 *   failure retrying cannot fix, such as a revoked access token (`error` present).
 */
export type SyncStatus =
  | { readonly state: "idle" }
  | { readonly state: "syncing"; readonly caughtUp: boolean }
  | { readonly state: "error"; readonly error: unknown; readonly attempt: number; readonly retryInMs?: number }
  | { readonly state: "stopped"; readonly error?: unknown };

/** The status of a store no feed has touched yet. */
export const IDLE_SYNC_STATUS: SyncStatus = /* @__PURE__ */ Object.freeze({ state: "idle" });

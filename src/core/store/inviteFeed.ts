/**
 * Choosing a feed for the invite store: simplified sliding sync (MSC4186) where the server
 * serves it, else the `/sync` loop. The host can force either.
 */
import type { RequestOptions } from "../client/types";
import { isPlainObject, ownProperty } from "../strippedState";
import type { FeedLoopControl, FeedLoopOptions } from "./feedLoop";
import type { InviteStore } from "./inviteStore";
import { startSlidingSyncLoop, type SlidingSyncClient, type SlidingSyncLoopOptions } from "./slidingSyncLoop";
import { startSyncLoop, type SyncClient, type SyncLoopOptions } from "./syncLoop";

/** Which feed to run: `auto` picks sliding sync when the server serves it, else `/sync`. */
export type InviteFeedChoice = "auto" | "sliding" | "classic";

/** The feed a running {@link InviteFeed} settled on. */
export type InviteFeedKind = "sliding" | "classic";

/**
 * What {@link startInviteFeed} needs: `sync` for the classic feed, `slidingSync` for the
 * sliding one, `getVersions` to ask the server first. `createMatrixHttpClient` has all three.
 */
export interface InviteFeedClient extends Partial<SyncClient>, Partial<SlidingSyncClient> {
  /** `GET /_matrix/client/versions` (optional). */
  getVersions?(options?: RequestOptions): Promise<Record<string, unknown>>;
}

/** Options of {@link startInviteFeed}. */
export interface InviteFeedOptions extends FeedLoopOptions {
  /** `auto` (default), or force `sliding` or `classic`. */
  feed?: InviteFeedChoice;
  /** How long the server may hold each long poll, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /** More options for the sliding sync loop. */
  sliding?: Omit<SlidingSyncLoopOptions, keyof FeedLoopOptions | "timeoutMs">;
  /** More options for the `/sync` loop. */
  classic?: Omit<SyncLoopOptions, keyof FeedLoopOptions | "timeoutMs">;
}

/** A running feed. */
export interface InviteFeed extends FeedLoopControl {
  /** The feed running now; `undefined` while `auto` still asks the server. */
  getFeed(): InviteFeedKind | undefined;
}

/** The unstable feature flag of simplified sliding sync in `GET /_matrix/client/versions`. */
export const SLIDING_SYNC_FEATURE = "org.matrix.simplified_msc3575";

/**
 * Starts the feed that fills `store`. With `feed: "auto"` (the default) it asks
 * `GET /_matrix/client/versions`: when `unstable_features["org.matrix.simplified_msc3575"]`
 * is `false`, or the client has no `slidingSync`, it runs the `/sync` loop; otherwise it runs
 * the sliding sync loop and, should the server answer its first request with 404 or
 * `M_UNRECOGNIZED`, falls back to `/sync` (the invites already listed stay). `sliding` and
 * `classic` force one. Stop it with `stop()` or the signal; `done` settles when it has ended.
 * Throws a `TypeError` when the client cannot run the feed asked for.
 */
export function startInviteFeed(store: InviteStore, client: InviteFeedClient, options: InviteFeedOptions = {}): InviteFeed {
  const choice = options.feed ?? "auto";
  const canSlide = typeof client.slidingSync === "function";
  const canSync = typeof client.sync === "function";
  if ((choice === "sliding" && !canSlide) || (choice === "classic" && !canSync) || (!canSlide && !canSync)) {
    throw new TypeError(`startInviteFeed: the client cannot run the ${choice === "auto" ? "sliding or classic" : choice} feed`);
  }
  const controller = new AbortController();
  const outer = options.signal;
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener("abort", onOuterAbort, { once: true });
  const signal = controller.signal;
  const loopOptions: FeedLoopOptions = {
    signal,
    initialBackoffMs: options.initialBackoffMs,
    maxBackoffMs: options.maxBackoffMs,
    random: options.random,
  };
  let feed: InviteFeedKind | undefined;

  function runClassic(): Promise<void> {
    feed = "classic";
    return startSyncLoop(store, client as SyncClient, { ...options.classic, ...loopOptions, timeoutMs: options.timeoutMs }).done;
  }

  async function runSliding(fallBack: boolean): Promise<void> {
    feed = "sliding";
    const loop = startSlidingSyncLoop(store, client as SlidingSyncClient, { ...options.sliding, ...loopOptions, timeoutMs: options.timeoutMs });
    await loop.done;
    if (fallBack && !signal.aborted && loop.isSupported() === false) await runClassic();
  }

  async function run(): Promise<void> {
    if (choice === "classic" || !canSlide) return runClassic();
    if (choice === "sliding" || !canSync) return runSliding(false);
    if ((await advertisesSlidingSync(client, signal)) === false) return runClassic();
    if (signal.aborted) return;
    return runSliding(true);
  }

  const done = run()
    .catch(() => undefined)
    .finally(() => outer?.removeEventListener("abort", onOuterAbort));
  return { stop: () => controller.abort(), done, getFeed: () => feed };
}

/**
 * What `GET /_matrix/client/versions` says of simplified sliding sync: `true` or `false`
 * when its `unstable_features` names it, `undefined` when it does not say, the client
 * cannot ask, or the request fails (the first sliding sync request then decides).
 */
async function advertisesSlidingSync(client: InviteFeedClient, signal: AbortSignal): Promise<boolean | undefined> {
  if (typeof client.getVersions !== "function") return undefined;
  try {
    const versions = await client.getVersions({ signal });
    const features = isPlainObject(versions) ? ownProperty(versions, "unstable_features") : undefined;
    const flag = isPlainObject(features) ? ownProperty(features, SLIDING_SYNC_FEATURE) : undefined;
    return typeof flag === "boolean" ? flag : undefined;
  } catch {
    return undefined;
  }
}

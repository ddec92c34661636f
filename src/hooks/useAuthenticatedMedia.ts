/**
 * Authenticated thumbnails as `blob:` URLs. Since spec v1.11 media is fetched with an
 * `Authorization` header, so an `<img src>` cannot point at the server directly: the bytes
 * are fetched through `client.fetchThumbnail` and shown through `URL.createObjectURL`.
 *
 * One module-level cache per client (a `WeakMap`, so a dropped client takes its cache with
 * it) shares a request between every component asking for the same (mxc, width, height),
 * counts its users, aborts the fetch when nobody wants it any more and revokes the blob URL
 * when the last user goes away.
 */
import { useCallback, useSyncExternalStore } from "react";
import type { MembershipClient } from "../core/client/types";
import { isMxcUri } from "../core/identifiers";

/** Where an image stands: `idle` when nothing is (or may be) fetched, then `loading`, `loaded` or `error`. */
export type AuthenticatedMediaStatus = "idle" | "loading" | "loaded" | "error";

/** What {@link useAuthenticatedMedia} returns. */
export interface AuthenticatedMedia {
  /** Where the image stands. */
  status: AuthenticatedMediaStatus;
  /** The `blob:` URL to put in `<img src>`, only when `status` is `loaded`. */
  url: string | undefined;
}

/** Options of {@link useAuthenticatedMedia}. */
export interface UseAuthenticatedMediaOptions {
  /** Desired thumbnail width in CSS pixels (ask for twice the size for sharp images on HiDPI screens). */
  width: number;
  /** Desired thumbnail height in CSS pixels. */
  height: number;
  /**
   * Set to `false` to fetch nothing. The hook fetches what it is asked for: pass the user's
   * policy (`mediaPolicy.showAvatars`, e.g. from `inviteMediaPolicy`), as the components do.
   */
  enabled?: boolean;
}

/** The client calls the hook uses. */
export type AuthenticatedMediaClient = Pick<MembershipClient, "fetchThumbnail">;

/**
 * How long a failed image is remembered after its last user unmounts, so a list that mounts
 * and unmounts rows while scrolling does not ask the server again and again.
 */
const FAILURE_MEMORY_MS = 60_000;

/**
 * Image types a `blob:` URL may keep. A blob URL has the page's origin: opened on its own,
 * an HTML or SVG blob would run script as the app, so anything else is re-typed as
 * `application/octet-stream` (an `<img>` still sniffs and shows real images).
 */
const SAFE_IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/bmp"]);

const IDLE: AuthenticatedMedia = /* @__PURE__ */ Object.freeze({ status: "idle", url: undefined });
const LOADING: AuthenticatedMedia = /* @__PURE__ */ Object.freeze({ status: "loading", url: undefined });
const FAILED: AuthenticatedMedia = /* @__PURE__ */ Object.freeze({ status: "error", url: undefined });

/** One shared request and its outcome. */
interface Entry {
  snapshot: AuthenticatedMedia;
  users: number;
  listeners: Set<() => void>;
  controller: AbortController;
  /** When the fetch failed (epoch ms); failed entries outlive their users for a while. */
  failedAt?: number;
}

const caches = new WeakMap<AuthenticatedMediaClient, Map<string, Entry>>();

function cacheOf(client: AuthenticatedMediaClient): Map<string, Entry> {
  let cache = caches.get(client);
  if (!cache) {
    cache = new Map();
    caches.set(client, cache);
  }
  return cache;
}

function keyOf(mxcUrl: string, width: number, height: number): string {
  return `${width}x${height} ${mxcUrl}`;
}

/** Whole positive pixel sizes, so `40` and `40.2` share one request and nonsense asks for nothing odd. */
function normalizeSize(value: number): number {
  return Number.isFinite(value) ? Math.min(1600, Math.max(1, Math.round(value))) : 96;
}

function safeBlob(blob: Blob): Blob {
  return SAFE_IMAGE_TYPES.has(blob.type.toLowerCase()) ? blob : new Blob([blob], { type: "application/octet-stream" });
}

/** A Blob, also one from another realm (an iframe's `fetch`, Node's `fetch` under jsdom). */
function isBlob(value: unknown): value is Blob {
  if (value instanceof Blob) return true;
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Blob).size === "number" &&
    typeof (value as Blob).type === "string" &&
    typeof (value as Blob).arrayBuffer === "function"
  );
}

function publish(entry: Entry, snapshot: AuthenticatedMedia): void {
  entry.snapshot = snapshot;
  for (const listener of [...entry.listeners]) listener();
}

function startFetch(
  client: AuthenticatedMediaClient,
  cache: Map<string, Entry>,
  key: string,
  mxcUrl: string,
  width: number,
  height: number,
): Entry {
  const entry: Entry = { snapshot: LOADING, users: 0, listeners: new Set(), controller: new AbortController() };
  cache.set(key, entry);
  const { signal } = entry.controller;
  const fail = () => {
    if (signal.aborted) return;
    entry.failedAt = Date.now();
    publish(entry, FAILED);
  };
  let request: Promise<Blob>;
  try {
    // The caller checked that `fetchThumbnail` exists.
    request = client.fetchThumbnail!(mxcUrl, { width, height }, { signal });
  } catch {
    fail();
    return entry;
  }
  request.then((blob) => {
    if (signal.aborted) return;
    if (!isBlob(blob) || typeof URL.createObjectURL !== "function") {
      fail();
      return;
    }
    publish(entry, Object.freeze({ status: "loaded", url: URL.createObjectURL(safeBlob(blob)) }));
  }, fail);
  return entry;
}

/** Takes one user of (client, key), starting the fetch when nobody had asked for it (or an old failure expired). */
function acquire(client: AuthenticatedMediaClient, mxcUrl: string, width: number, height: number): Entry {
  const cache = cacheOf(client);
  const key = keyOf(mxcUrl, width, height);
  let entry = cache.get(key);
  if (entry?.failedAt !== undefined && entry.users === 0 && Date.now() - entry.failedAt >= FAILURE_MEMORY_MS) {
    cache.delete(key);
    entry = undefined;
  }
  entry ??= startFetch(client, cache, key, mxcUrl, width, height);
  entry.users += 1;
  return entry;
}

/**
 * Gives one user back. The clean-up waits a microtask so that React's StrictMode
 * (unsubscribe, subscribe again at once) and a re-render that keeps the image do not
 * abort and restart the request.
 */
function release(client: AuthenticatedMediaClient, mxcUrl: string, width: number, height: number, entry: Entry): void {
  entry.users -= 1;
  if (entry.users > 0) return;
  scheduleRelease(cacheOf(client), keyOf(mxcUrl, width, height), entry);
}

function scheduleRelease(cache: Map<string, Entry>, key: string, entry: Entry): void {
  if (entry.failedAt !== undefined) {
    const left = Math.max(0, FAILURE_MEMORY_MS - (Date.now() - entry.failedAt));
    setTimeout(() => {
      if (entry.users === 0 && cache.get(key) === entry) cache.delete(key);
    }, left);
    return;
  }
  queueMicrotask(() => {
    if (entry.users > 0 || cache.get(key) !== entry) return;
    cache.delete(key);
    entry.controller.abort();
    const { url } = entry.snapshot;
    if (url !== undefined) URL.revokeObjectURL(url);
  });
}

/**
 * Fetches an mxc thumbnail through `client.fetchThumbnail` (with the `Authorization`
 * header) and returns it as a `blob:` URL. Components asking for the same (client, mxc,
 * size) share one request and one URL; the URL is revoked when the last of them unmounts,
 * and a fetch nobody wants any more is aborted.
 *
 * Nothing is fetched (status `idle`) when `mxcUrl` is not a valid `mxc://server/mediaId`
 * URI (an `http:`, `data:` or `javascript:` URL from a remote server is never loaded), when
 * `enabled` is `false`, or when the client has no `fetchThumbnail`. A failed fetch gives
 * status `error` and is not retried while any component still shows it, nor for a minute
 * after: show initials instead.
 *
 * Pass the same client object on every render: requests are shared per client object, so a
 * client created during render would start a new request each time.
 */
export function useAuthenticatedMedia(
  client: AuthenticatedMediaClient | undefined,
  mxcUrl: string | undefined,
  options: UseAuthenticatedMediaOptions,
): AuthenticatedMedia {
  const width = normalizeSize(options.width);
  const height = normalizeSize(options.height);
  const source =
    options.enabled !== false && client !== undefined && typeof client.fetchThumbnail === "function" && isMxcUri(mxcUrl)
      ? client
      : undefined;
  const target = source !== undefined ? mxcUrl : undefined;

  const subscribe = useCallback(
    (onChange: () => void) => {
      if (source === undefined || target === undefined) return () => undefined;
      const entry = acquire(source, target, width, height);
      entry.listeners.add(onChange);
      return () => {
        entry.listeners.delete(onChange);
        release(source, target, width, height, entry);
      };
    },
    [source, target, width, height],
  );
  const getSnapshot = () => {
    if (source === undefined || target === undefined) return IDLE;
    return caches.get(source)?.get(keyOf(target, width, height))?.snapshot ?? LOADING;
  };
  // Nothing is fetched during server rendering.
  return useSyncExternalStore(subscribe, getSnapshot, () => IDLE);
}

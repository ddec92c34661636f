/**
 * `createMatrixHttpClient`: the {@link MembershipClient} port over plain `fetch`, without
 * any SDK. Every call has a timeout, takes an `AbortSignal`, and fails with
 * {@link MatrixApiError} or {@link MatrixNetworkError}. Redirects are never followed, and
 * answers are read up to a size cap (32 MiB of JSON, 4 MiB for a thumbnail).
 */
import { getThumbnailUrl, isUserId } from "../identifiers";
import { checkArgument, createMembershipEndpoints, fullPath, isPlainRecord, MXC_URI, ROOM_ID } from "./endpoints";
import type { MatrixTransport } from "./endpoints";
import { MatrixApiError } from "./errors";
import { sendRequest } from "./request";
import type { MatrixRequestInfo, RequestConfig, SendOptions } from "./request";
import type { MembershipClient, RequestOptions, SlidingSyncOptions } from "./types";

export type { MatrixRequestInfo } from "./request";

/** Options of {@link createMatrixHttpClient}. */
export interface MatrixHttpClientOptions {
  /** Homeserver base URL, e.g. `https://matrix.example.org` (a trailing slash is fine). */
  baseUrl: string;
  /** The access token, sent as `Authorization: Bearer`. */
  accessToken: string;
  /** The signed-in user's ID; when absent, account-data calls ask `/account/whoami` once. */
  userId?: string;
  /** The `fetch` to use (tests pass a recording one). Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Timeout per attempt in milliseconds (default 30 s). */
  timeoutMs?: number;
  /**
   * How many times a 429 is retried automatically (default 3), before the caller sees it. A
   * call's own `rateLimitRetries` replaces it for that call (bulk runs pass 0).
   */
  maxRateLimitRetries?: number;
  /** Longest total wait for 429 retries of one call, in milliseconds (default 20 s). */
  maxRateLimitWaitMs?: number;
  /** How many times an idempotent request is repeated after a network failure (default 2). */
  maxNetworkRetries?: number;
  /** Called before every attempt, retries included (useful to count requests). */
  onRequest?: (info: MatrixRequestInfo) => void;
}

/** Options of {@link MatrixHttpClient.sync}. */
export interface SyncOptions extends RequestOptions {
  /** The `next_batch` token of the previous sync; omit for an initial sync. */
  since?: string;
  /** Long-poll time the server may hold the request, in milliseconds. */
  timeoutMs?: number;
  /** A filter ID or an inline JSON filter (objects are serialised). */
  filter?: string | Record<string, unknown>;
  /** `set_presence`: `offline` keeps a background sync from marking the user online. */
  setPresence?: "offline" | "online" | "unavailable";
}

/** The answer of `GET /account/whoami`. */
export interface WhoAmI {
  /** The user the token belongs to. */
  userId: string;
  /** The device of the token, when the server says. */
  deviceId?: string;
  /** Whether the token belongs to an application-service guest. */
  isGuest?: boolean;
}

/** The HTTP client: the {@link MembershipClient} port plus what the invite store and demo need. */
export interface MatrixHttpClient extends MembershipClient {
  /** The homeserver base URL without a trailing slash. */
  readonly baseUrl: string;
  /** `GET /account/whoami`. */
  whoami(options?: RequestOptions): Promise<WhoAmI>;
  /** `GET /sync`, returning the raw (untrusted) JSON. */
  sync(options?: SyncOptions): Promise<unknown>;
  /** Simplified sliding sync (MSC4186), returning the raw (untrusted) JSON; see {@link MembershipClient.slidingSync}. */
  slidingSync(options: SlidingSyncOptions): Promise<unknown>;
  /** `GET /_matrix/client/versions`, the raw (untrusted) JSON object. */
  getVersions(options?: RequestOptions): Promise<Record<string, unknown>>;
  /**
   * One `GET /sync` (`timeout=0`, filtered to this room only): `rooms.invite[roomId].invite_state.events`,
   * or `undefined` when the room is not an invite. Untrusted; parse before use.
   */
  getInviteState(roomId: string, options?: RequestOptions): Promise<unknown[] | undefined>;
  /**
   * Authenticated thumbnail (`/_matrix/client/v1/media/thumbnail/…`), at most 4 MiB; rejects
   * for an invalid mxc URI, and for a bigger answer (`refused: "too_large"`, not read further).
   */
  fetchThumbnail(mxcUri: string, size: { width: number; height: number }, options?: RequestOptions): Promise<Blob>;
}

const CLIENT_V3 = "/_matrix/client/v3";
const DEFAULT_TIMEOUT_MS = 30_000;

/** Normalises a base URL and rejects anything that is not http(s). */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`Not a valid homeserver URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError(`The homeserver URL must start with https:// or http://, got ${url.protocol}`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** A whole number of 0 or more, else `fallback` (a `NaN` retry limit would mean "no limit"). */
function count(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** A finite number above 0, else `fallback`. */
function positive(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Builds the shared request settings from the options (exported for `loginWithPassword`). */
export function createRequestConfig(options: Omit<MatrixHttpClientOptions, "accessToken"> & { accessToken?: string }): RequestConfig {
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  if (typeof fetchImplementation !== "function") throw new TypeError("No fetch implementation available; pass options.fetch");
  return {
    baseUrl: normalizeBaseUrl(options.baseUrl),
    accessToken: options.accessToken,
    // Called through a wrapper so a browser's fetch keeps `window` as its receiver.
    fetch: (input, init) => fetchImplementation(input, init),
    timeoutMs: positive(options.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxRateLimitRetries: count(options.maxRateLimitRetries, 3),
    maxRateLimitWaitMs: typeof options.maxRateLimitWaitMs === "number" && options.maxRateLimitWaitMs >= 0 && Number.isFinite(options.maxRateLimitWaitMs) ? options.maxRateLimitWaitMs : 20_000,
    maxNetworkRetries: count(options.maxNetworkRetries, 2),
    onRequest: options.onRequest,
  };
}

/**
 * `GET /_matrix/client/v1/media/thumbnail/…` with `config`'s token, timeout and retries, and
 * the media size cap (4 MiB); shared by both adapters. Rejects with a `TypeError`, sending
 * nothing, for anything that is not an `mxc://` URI.
 */
export async function fetchThumbnailOver(
  config: RequestConfig,
  mxcUri: string,
  size: { width: number; height: number },
  requestOptions: RequestOptions | undefined,
): Promise<Blob> {
  const url = getThumbnailUrl(config.baseUrl, checkArgument("fetchThumbnail", "mxcUri", mxcUri, MXC_URI), {
    width: size.width,
    height: size.height,
  })!;
  const [path, query] = url.slice(config.baseUrl.length).split("?") as [string, string];
  const answer = await sendRequest(config, {
    method: "GET",
    path,
    query: [...new URLSearchParams(query)],
    signal: requestOptions?.signal,
    rateLimitRetries: requestOptions?.rateLimitRetries,
    responseType: "blob",
  });
  return answer as Blob;
}

/**
 * The fetch transport: every request of the port goes through {@link sendRequest}, which
 * adds the timeout, the retries and the error translation.
 */
function createFetchTransport(config: RequestConfig): MatrixTransport {
  return {
    send: (request) =>
      sendRequest(config, {
        method: request.method,
        path: fullPath(request),
        query: request.query,
        body: request.body,
        signal: request.signal,
        extraTimeoutMs: request.longPollMs,
        rateLimitRetries: request.rateLimitRetries,
      }),
  };
}

/**
 * A `/sync` filter that returns as little as possible besides one room's invite state: that
 * room only, no timeline, state, ephemeral events, account data or presence.
 */
function inviteStateFilter(roomId: string): Record<string, unknown> {
  return {
    room: {
      rooms: [roomId],
      timeline: { limit: 0 },
      state: { types: [] },
      ephemeral: { not_types: ["*"] },
      account_data: { not_types: ["*"] },
    },
    presence: { not_types: ["*"] },
    account_data: { not_types: ["*"] },
  };
}

/** `rooms.invite[roomId].invite_state.events` of a `/sync` answer (untrusted), or `undefined`. */
function readInviteState(payload: unknown, roomId: string): unknown[] | undefined {
  const rooms = isPlainRecord(payload) ? payload["rooms"] : undefined;
  const invites = isPlainRecord(rooms) ? rooms["invite"] : undefined;
  const room = isPlainRecord(invites) && Object.prototype.hasOwnProperty.call(invites, roomId) ? invites[roomId] : undefined;
  const inviteState = isPlainRecord(room) ? room["invite_state"] : undefined;
  const events = isPlainRecord(inviteState) ? inviteState["events"] : undefined;
  return Array.isArray(events) ? (events as unknown[]) : undefined;
}

/**
 * Creates the fetch-based client. Requests are sent as written: no SDK, no sync, no cache.
 * A 429 is retried up to `maxRateLimitRetries` times within `maxRateLimitWaitMs`,
 * honouring the server's delay; GET and PUT are repeated briefly after a network failure;
 * a POST whose outcome is unknown is never repeated (its {@link MatrixNetworkError} says
 * `requestMayHaveReachedServer`). Every ID is checked before anything is sent (a bad one
 * rejects with a `TypeError` naming it). A redirect is never followed, so neither the token
 * nor a body can reach another origin, and an answer over the size cap (32 MiB of JSON,
 * 4 MiB for a thumbnail) is not read further: both fail with a {@link MatrixNetworkError}
 * whose `refused` says which.
 *
 * Create it once per session (module scope, state or `useMemo`), not during render: the
 * hooks and components key their reads and media cache by the client object.
 */
export function createMatrixHttpClient(options: MatrixHttpClientOptions): MatrixHttpClient {
  if (typeof options.accessToken !== "string" || options.accessToken === "") throw new TypeError("accessToken is required");
  const config = createRequestConfig(options);
  let knownUserId = options.userId;
  let whoamiPromise: Promise<string> | undefined;

  const get = (path: string, extra: Omit<SendOptions, "method" | "path"> = {}): Promise<unknown> =>
    sendRequest(config, { method: "GET", path, ...extra });

  async function ownUserId(signal: AbortSignal | undefined): Promise<string> {
    if (knownUserId !== undefined) return knownUserId;
    whoamiPromise ??= client.whoami({ signal }).then(
      (answer) => (knownUserId = answer.userId),
      (error: unknown) => {
        whoamiPromise = undefined;
        throw error;
      },
    );
    return whoamiPromise;
  }

  const client: MatrixHttpClient = {
    ...createMembershipEndpoints(createFetchTransport(config), { ownUserId }),
    get userId() {
      return knownUserId;
    },
    baseUrl: config.baseUrl,

    async whoami(requestOptions) {
      const path = `${CLIENT_V3}/account/whoami`;
      const payload = await get(path, { signal: requestOptions?.signal, rateLimitRetries: requestOptions?.rateLimitRetries });
      const record = isPlainRecord(payload) ? payload : {};
      // The user ID goes into account-data paths: ".." there would reach another endpoint.
      if (!isUserId(record["user_id"])) throw new MatrixApiError({ status: 200, body: payload, method: "GET", path });
      const answer: WhoAmI = { userId: record["user_id"] };
      if (typeof record["device_id"] === "string") answer.deviceId = record["device_id"];
      if (typeof record["is_guest"] === "boolean") answer.isGuest = record["is_guest"];
      return answer;
    },
    async sync(syncOptions = {}) {
      const query: [string, string][] = [];
      if (syncOptions.since !== undefined) query.push(["since", syncOptions.since]);
      const longPoll = Math.max(0, Math.round(syncOptions.timeoutMs ?? 0));
      query.push(["timeout", String(longPoll)]);
      if (syncOptions.filter !== undefined) {
        query.push(["filter", typeof syncOptions.filter === "string" ? syncOptions.filter : JSON.stringify(syncOptions.filter)]);
      }
      if (syncOptions.setPresence !== undefined) query.push(["set_presence", syncOptions.setPresence]);
      return get(`${CLIENT_V3}/sync`, { query, signal: syncOptions.signal, extraTimeoutMs: longPoll, rateLimitRetries: syncOptions.rateLimitRetries });
    },
    async getInviteState(roomId, requestOptions) {
      checkArgument("getInviteState", "roomId", roomId, ROOM_ID);
      const payload = await client.sync({ filter: inviteStateFilter(roomId), signal: requestOptions?.signal, rateLimitRetries: requestOptions?.rateLimitRetries });
      return readInviteState(payload, roomId);
    },
    fetchThumbnail: (mxcUri, size, requestOptions) => fetchThumbnailOver(config, mxcUri, size, requestOptions),
  };
  return client;
}

/**
 * `fromMatrixJsSdk`: the {@link MembershipClient} port over a running matrix-js-sdk
 * `MatrixClient`, for apps that already have one. The SDK is typed structurally and never
 * imported, so the core bundle does not pull it in.
 *
 * Each request is built by the endpoint table the fetch client shares (`./endpoints.ts`);
 * this adapter only sends it through the client's own authenticated-request helper
 * (`client.http.authedRequest`), so it uses the SDK's base URL, access token, token refresh
 * and logout handling, while avoiding the quirks of the SDK's convenience methods:
 * - `leave(roomId)` and `unban(roomId, userId)` take no reason, and `joinRoom` neither a
 *   reason nor servers beyond `viaServers`: the same spec requests are sent with the reason
 *   in the body, so a reason is never dropped. (Rejecting an invite to a remote room only
 *   works through `POST /leave`; a state event is no substitute.)
 * - `setIgnoredUsers` replaces the whole `m.ignored_user_list`, and
 *   `getAccountDataFromServer` answers from the local cache once the first sync is done:
 *   account data is read from and written to the server directly, so the read-modify-write
 *   of `writeSetting` merges with what the server really holds.
 * - None of the convenience methods take an `AbortSignal`; `authedRequest` does.
 * - `getRoomSummary` only knows the unstable MSC3266 path; the stable v1 path goes first.
 *
 * Redirects: the SDK sends every request with `redirect: "follow"`, so a homeserver's 307
 * would re-send a POST body to wherever it points (the SDK's own choice, which the adapter
 * cannot change; a host that wants redirects refused passes matrix-js-sdk a `fetchFn` that
 * sets `redirect: "manual"`). Thumbnails are the adapter's own requests: they never follow
 * a redirect, time out after 30 s and read at most 4 MiB, like the fetch client's.
 *
 * Rate limits: the SDK's `authedRequest` never retries a 429 itself (matrix-js-sdk 34 to 43:
 * its only retry is after a token refresh), so a 429 reaches the caller at once, as with the
 * fetch client's `rateLimitRetries: 0`. A call's `rateLimitRetries` is therefore ignored, except
 * by thumbnails, which go through the fetch client's request (and its default retries).
 *
 * SDK errors (`MatrixError`, `ConnectionError`, its own timeouts) become
 * {@link MatrixApiError} / {@link MatrixNetworkError}, so `toMembershipError` maps them like
 * the fetch client's.
 */
import { checkArgument, createMembershipEndpoints, fullPath, isPlainRecord, membershipRequests, ROOM_ID } from "./endpoints";
import type { HttpMethod, MatrixRequest, MatrixTransport } from "./endpoints";
import { isAbortError, MatrixApiError, MatrixNetworkError } from "./errors";
import { createRequestConfig, fetchThumbnailOver } from "./http";
import { abortErrorOf, throwIfAborted } from "./signals";
import type { MatrixJsSdkRoomLike } from "../store/matrixJsSdkFeed";
import type { MembershipClient } from "./types";

/** The HTTP methods the adapter sends (the SDK's `Method` enum values). */
export type MatrixJsSdkHttpMethod = HttpMethod;

/** Query parameters in the SDK's `QueryDict` shape: arrays repeat the key. */
export type MatrixJsSdkQuery = Record<string, string | string[] | undefined>;

/** The options of `authedRequest` the adapter uses. */
export interface MatrixJsSdkRequestOptions {
  /** Path prefix; the SDK's default is `/_matrix/client/v3`. */
  prefix?: string;
  /** Cancels the request. */
  abortSignal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** The part of the SDK's `FetchHttpApi` (`client.http`) the adapter uses. */
export interface MatrixJsSdkHttpLike {
  // Method syntax and `string` on purpose: the SDK's parameter is its `Method` string enum
  // ("GET", "POST" …), which a method signature accepts bivariantly.
  /** Sends an authenticated request (`method` is one of {@link MatrixJsSdkHttpMethod}); resolves with the parsed JSON body. */
  authedRequest(
    method: string,
    path: string,
    queryParams?: MatrixJsSdkQuery,
    body?: string,
    options?: MatrixJsSdkRequestOptions,
  ): Promise<unknown>;
}

/** The parts of a matrix-js-sdk `MatrixClient` the adapter uses. A real `MatrixClient` fits. */
export interface MatrixJsSdkClientLike {
  /** The signed-in user's ID. */
  getUserId(): string | null;
  /** The client's HTTP layer. */
  readonly http: MatrixJsSdkHttpLike;
  /** `POST /rooms/{roomId}/forget`, then drops the room from the SDK's store. */
  forget(roomId: string, deleteRoom?: boolean): Promise<unknown>;
  /** A room from the SDK's store, for `getInviteState` (optional: without it, no invite state). */
  getRoom?(roomId: string): MatrixJsSdkRoomLike | null | undefined;
  /** The access token, for authenticated media (optional: without it, no thumbnails). */
  getAccessToken?(): string | null;
  /** The homeserver base URL, for authenticated media. */
  getHomeserverUrl?(): string;
}

/** Options of {@link fromMatrixJsSdk}. */
export interface FromMatrixJsSdkOptions {
  /**
   * The `fetch` used for thumbnails (the SDK's HTTP layer cannot return bytes), with the fetch
   * client's timeout, size cap and redirect refusal. Defaults to the global one.
   */
  fetch?: typeof fetch;
}

/** One adapter per SDK client (and `fetch`), so that calling {@link fromMatrixJsSdk} again returns the same object. */
const adapters = new WeakMap<MatrixJsSdkClientLike, { default?: MembershipClient; byFetch: WeakMap<typeof fetch, MembershipClient> }>();

/**
 * Wraps a matrix-js-sdk `MatrixClient` as a {@link MembershipClient}. Every call honours its
 * `AbortSignal` and rejects with {@link MatrixApiError} or {@link MatrixNetworkError}.
 *
 * The same `client` (with the same `options.fetch`) always gives the same adapter, so
 * `fromMatrixJsSdk(matrixClient)` may be called during render: the hooks and components key
 * their requests and caches by the client object, and a new object on every render would
 * read the account data and fetch the avatars again each time.
 */
export function fromMatrixJsSdk(client: MatrixJsSdkClientLike, options: FromMatrixJsSdkOptions = {}): MembershipClient {
  let entry = adapters.get(client);
  if (!entry) {
    entry = { byFetch: new WeakMap() };
    adapters.set(client, entry);
  }
  const customFetch = options.fetch;
  const known = customFetch ? entry.byFetch.get(customFetch) : entry.default;
  if (known) return known;
  const adapter = createAdapter(client, options);
  if (customFetch) entry.byFetch.set(customFetch, adapter);
  else entry.default = adapter;
  return adapter;
}

/**
 * The transport over the SDK's `authedRequest`, so requests use the client's base URL,
 * access token, token refresh and logout handling. SDK errors become the core's.
 */
function createSdkTransport(client: MatrixJsSdkClientLike): MatrixTransport {
  return {
    async send(request) {
      const { method, prefix, signal } = request;
      throwIfAborted(signal);
      const requestOptions: MatrixJsSdkRequestOptions = { prefix };
      if (signal !== undefined) requestOptions.abortSignal = signal;
      // Serialised here: the SDK only JSON-encodes bodies whose `constructor.name` is "Object",
      // so a null-prototype object (what the account data writers build) or content with its
      // own "constructor" key would be sent as "[object Object]".
      let body: string | undefined;
      if (request.body !== undefined) {
        body = JSON.stringify(request.body);
        requestOptions.headers = { "Content-Type": "application/json" };
      }
      try {
        return await client.http.authedRequest(method, request.path, toQueryDict(request.query), body, requestOptions);
      } catch (error) {
        throw translateSdkError(error, { method, path: fullPath(request), signal });
      }
    },
  };
}

/**
 * Ordered query pairs in the SDK's `QueryDict` shape: a repeated key becomes an array, whose
 * values the SDK appends in order. Keys come out grouped, which is the order the endpoint
 * table writes them in (all `via`, then all `server_name`).
 */
function toQueryDict(query: MatrixRequest["query"]): MatrixJsSdkQuery | undefined {
  if (query.length === 0) return undefined;
  const dictionary: Record<string, string[]> = {};
  for (const [key, value] of query) (dictionary[key] ??= []).push(value);
  return dictionary;
}

function createAdapter(client: MatrixJsSdkClientLike, options: FromMatrixJsSdkOptions): MembershipClient {
  function ownUserId(): string {
    const userId = client.getUserId();
    if (typeof userId !== "string" || userId === "") throw new TypeError("The matrix-js-sdk client has no user ID (not logged in)");
    return userId;
  }

  const adapter: MembershipClient = {
    ...createMembershipEndpoints(createSdkTransport(client), { ownUserId }),
    get userId() {
      return client.getUserId() ?? undefined;
    },
    async forgetRoom(roomId, requestOptions) {
      // The SDK's forget() sends the same request and also removes the room from its store
      // (emitting "deleteRoom"). It takes no signal: check before sending, and stop waiting
      // when the caller aborts.
      const request = membershipRequests.forgetRoom(roomId, requestOptions);
      const signal = request.signal;
      throwIfAborted(signal);
      try {
        await raceAbort(client.forget(roomId, true), signal);
      } catch (error) {
        throw translateSdkError(error, { method: request.method, path: fullPath(request), signal });
      }
    },
  };

  if (typeof client.getRoom === "function") {
    const getRoom = client.getRoom.bind(client);
    adapter.getInviteState = async (roomId, requestOptions) => {
      checkArgument("getInviteState", "roomId", roomId, ROOM_ID);
      throwIfAborted(requestOptions?.signal);
      return readInviteMemberEvent(getRoom, roomId, client.getUserId());
    };
  }

  if (typeof client.getAccessToken === "function" && typeof client.getHomeserverUrl === "function") {
    const getAccessToken = client.getAccessToken.bind(client);
    const getHomeserverUrl = client.getHomeserverUrl.bind(client);
    // The SDK's HTTP layer cannot return bytes, so thumbnails go through the fetch client's
    // request: the same timeout, size cap and redirect refusal, with the SDK's current token.
    adapter.fetchThumbnail = async (mxcUri, size, requestOptions) => {
      const config = createRequestConfig({ baseUrl: getHomeserverUrl(), accessToken: getAccessToken() || undefined, fetch: options.fetch });
      return fetchThumbnailOver(config, mxcUri, size, requestOptions);
    };
  }
  return adapter;
}

/**
 * Turns an error thrown by the SDK into the core's error types: `MatrixError` (it has
 * `httpStatus`, `errcode`, `data`) → {@link MatrixApiError}; `ConnectionError` or a fetch
 * `TypeError` → {@link MatrixNetworkError}; an abort the caller did not ask for (the SDK's
 * `localTimeoutMs`, or `stopClient()`) → a timed-out {@link MatrixNetworkError}. The
 * caller's own abort stays an `AbortError`. Anything else is returned unchanged.
 */
export function translateSdkError(
  error: unknown,
  request: { method?: string; path?: string; signal?: AbortSignal } = {},
): unknown {
  const { method, path, signal } = request;
  if (error instanceof MatrixApiError || error instanceof MatrixNetworkError) return error;
  if (isAbortError(error)) {
    if (signal?.aborted) return abortErrorOf(signal);
    return new MatrixNetworkError({ cause: error, requestMayHaveReachedServer: true, timedOut: true, method, path });
  }
  if (typeof error !== "object" || error === null) return error;
  const sdkError = error as { httpStatus?: unknown; errcode?: unknown; data?: unknown; name?: unknown; message?: unknown };
  if (typeof sdkError.httpStatus === "number" || typeof sdkError.errcode === "string") {
    const body = isPlainRecord(sdkError.data)
      ? sdkError.data
      : { errcode: sdkError.errcode, error: typeof sdkError.message === "string" ? sdkError.message : undefined };
    return new MatrixApiError({
      status: typeof sdkError.httpStatus === "number" ? sdkError.httpStatus : 0,
      body,
      retryAfterMs: readSdkRetryAfterMs(error),
      method,
      path,
    });
  }
  if (sdkError.name === "ConnectionError" || (error instanceof TypeError && /fetch|network/i.test(error.message))) {
    return new MatrixNetworkError({ cause: error, requestMayHaveReachedServer: true, method, path });
  }
  return error;
}

/** `MatrixError.getRetryAfterMs()`: the `Retry-After` header or `retry_after_ms`; it may throw. */
function readSdkRetryAfterMs(error: object): number | undefined {
  const reader = (error as { getRetryAfterMs?: unknown }).getRetryAfterMs;
  if (typeof reader !== "function") return undefined;
  try {
    const value: unknown = reader.call(error);
    return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The user's own invite member event from the SDK's room store (the room types are the
 * invite feed's), as a one-event raw state list (`type`, `state_key`, `sender`, `content`),
 * or `undefined` when the SDK does not hold the room, or the user is not invited there.
 * Never throws.
 */
function readInviteMemberEvent(
  getRoom: (roomId: string) => MatrixJsSdkRoomLike | null | undefined,
  roomId: string,
  userId: string | null,
): unknown[] | undefined {
  try {
    if (typeof userId !== "string" || userId === "") return undefined;
    const room = getRoom(roomId);
    if (!room || room.getMyMembership() !== "invite") return undefined;
    const event = room.currentState.events.get("m.room.member")?.get(userId);
    if (!event) return undefined;
    const content: unknown = event.getContent();
    if (!isPlainRecord(content) || content["membership"] !== "invite") return undefined;
    return [{ type: event.getType(), state_key: event.getStateKey(), sender: event.getSender(), content }];
  } catch {
    return undefined;
  }
}

/** Resolves like `promise`, but rejects with the `AbortError` as soon as `signal` aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortErrorOf(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

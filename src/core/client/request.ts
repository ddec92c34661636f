/**
 * One authenticated Matrix request over plain `fetch`: timeout, JSON in and out, error
 * translation, and the bounded retry policy (429s, and brief network retries only where a
 * repeat cannot do harm). Redirects are never followed, and answers are read up to a cap.
 */
import { MatrixApiError, MatrixNetworkError } from "./errors";
import { abortErrorOf, createTimedSignal, sleep, throwIfAborted } from "./signals";
import type { HttpMethod } from "./endpoints";

/** What the `onRequest` hook learns about each attempt (one call per `fetch`). */
export interface MatrixRequestInfo {
  /** HTTP method. */
  method: HttpMethod;
  /** URL path, encoded as sent, without the query string. */
  path: string;
  /** The full URL including the query string (never the access token, which is a header). */
  url: string;
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  attempt: number;
}

/** Settings shared by every request of one client. */
export interface RequestConfig {
  /** Homeserver base URL without a trailing slash. */
  baseUrl: string;
  /** Access token for `Authorization: Bearer`; absent for login. */
  accessToken?: string;
  /** The `fetch` to use. */
  fetch: typeof fetch;
  /** Per-attempt timeout in milliseconds. */
  timeoutMs: number;
  /** How many times a 429 is retried. */
  maxRateLimitRetries: number;
  /** The most time spent waiting for 429 retries, over all retries of one call. */
  maxRateLimitWaitMs: number;
  /** How many times a network failure is retried when a repeat is safe. */
  maxNetworkRetries: number;
  /** Called before every attempt. */
  onRequest?: (info: MatrixRequestInfo) => void;
}

/** One request. */
export interface SendOptions {
  /** HTTP method; GET and PUT are idempotent and may be repeated after a network failure. */
  method: HttpMethod;
  /** Encoded path starting with `/_matrix/`. */
  path: string;
  /** Query parameters in order; keys may repeat (`via`). */
  query?: readonly (readonly [string, string])[];
  /** JSON body (POST and PUT always send one; `{}` when omitted). */
  body?: unknown;
  /** The caller's signal. */
  signal?: AbortSignal | undefined;
  /** Extra time for this request on top of the client's timeout (long-poll `/sync`). */
  extraTimeoutMs?: number;
  /** Read the answer as a Blob (media) instead of JSON. */
  responseType?: "json" | "blob";
  /**
   * How many times a 429 of this request may be retried, instead of the client's
   * `maxRateLimitRetries` (the wait budget still applies); see {@link rateLimitRetriesFor}.
   */
  rateLimitRetries?: number | undefined;
}

/**
 * The most bytes read of a JSON answer. A `/sync` with 10,000 invites built from the real
 * Synapse captures is 9.1 MiB; the cap leaves room for invites that carry more state.
 */
export const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** The most bytes read of a thumbnail (or of the error answer to one). */
export const MAX_MEDIA_BYTES = 4 * 1024 * 1024;

/** Fallback delay for a 429 without any hint, doubled per retry. */
const DEFAULT_RATE_LIMIT_DELAY_MS = 1_000;
/** Delay before repeating after a network failure, doubled per retry. */
const NETWORK_RETRY_DELAY_MS = 300;
/** Connection errors that prove the request never left (safe to repeat even a POST). */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * Sends one request and returns the parsed JSON (or Blob). Throws {@link MatrixApiError}
 * for a non-2xx answer, {@link MatrixNetworkError} when no answer arrived, and the
 * caller's `AbortError` when the caller aborted.
 */
export async function sendRequest(config: RequestConfig, options: SendOptions): Promise<unknown> {
  const maxRateLimitRetries = rateLimitRetriesFor(config, options);
  let rateLimitRetries = 0;
  let rateLimitWaitedMs = 0;
  let networkRetries = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await sendOnce(config, options, attempt);
    } catch (error) {
      if (error instanceof MatrixApiError && error.status === 429) {
        const delay = error.retryAfterMs ?? DEFAULT_RATE_LIMIT_DELAY_MS * 2 ** rateLimitRetries;
        const withinBudget = rateLimitWaitedMs + delay <= config.maxRateLimitWaitMs;
        if (rateLimitRetries >= maxRateLimitRetries || !withinBudget) throw error;
        rateLimitRetries += 1;
        rateLimitWaitedMs += delay;
        await sleep(delay, options.signal);
        continue;
      }
      if (error instanceof MatrixNetworkError && mayRepeat(options.method, error) && networkRetries < config.maxNetworkRetries) {
        await sleep(NETWORK_RETRY_DELAY_MS * 2 ** networkRetries, options.signal);
        networkRetries += 1;
        continue;
      }
      throw error;
    }
  }
}

/**
 * How many times a 429 of this request may be retried: the request's own `rateLimitRetries`
 * when it is a whole number of 0 or more (a JavaScript caller may pass anything), else the
 * client's `maxRateLimitRetries`. A fraction, a negative number, `NaN` or `Infinity` falls
 * back to the client's setting rather than disabling retries or retrying without end.
 */
export function rateLimitRetriesFor(config: Pick<RequestConfig, "maxRateLimitRetries">, options: Pick<SendOptions, "rateLimitRetries">): number {
  const asked: unknown = options.rateLimitRetries;
  return typeof asked === "number" && Number.isSafeInteger(asked) && asked >= 0 ? asked : config.maxRateLimitRetries;
}

/**
 * A network failure is repeated only when that cannot apply an action twice: GET and PUT
 * are idempotent; a POST only when the connection provably never opened. A timeout is
 * not repeated (it already waited long).
 */
function mayRepeat(method: HttpMethod, error: MatrixNetworkError): boolean {
  // A refused answer (a redirect, a body over the cap) would only come again.
  if (error.timedOut || error.refused) return false;
  return method !== "POST" || !error.requestMayHaveReachedServer;
}

async function sendOnce(config: RequestConfig, options: SendOptions, attempt: number): Promise<unknown> {
  const { method, path } = options;
  throwIfAborted(options.signal);
  const url = buildUrl(config.baseUrl, path, options.query);
  const headers: Record<string, string> = {};
  if (config.accessToken !== undefined) headers["Authorization"] = `Bearer ${config.accessToken}`;
  let body: string | undefined;
  if (method !== "GET") {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.body ?? {});
  }
  const timed = createTimedSignal(options.signal, config.timeoutMs + (options.extraTimeoutMs ?? 0));
  try {
    config.onRequest?.({ method, path, url, attempt });
    let response: Response;
    try {
      // "manual": a redirect is never followed, so neither the token nor the body can be sent
      // to another origin. Browsers then give an opaque redirect (status 0), Node the 3xx.
      response = await config.fetch(url, { method, headers, body, signal: timed.signal, redirect: "manual" });
    } catch (error) {
      throw translateFailure(error, options, timed.timedOut(), classifyMayHaveReached(error));
    }
    if (response.type === "opaqueredirect" || REDIRECT_STATUSES.has(response.status)) {
      void response.body?.cancel().catch(() => undefined);
      throw new MatrixNetworkError({ refused: "redirect", requestMayHaveReachedServer: true, method, path });
    }
    const media = options.responseType === "blob";
    let answer: Blob | string | undefined;
    try {
      answer = await readCapped(response, media ? MAX_MEDIA_BYTES : MAX_JSON_BYTES, media && response.ok);
    } catch (error) {
      // The server answered, so the request reached it; only the body got lost.
      throw translateFailure(error, options, timed.timedOut(), true);
    }
    if (answer === undefined) throw new MatrixNetworkError({ refused: "too_large", requestMayHaveReachedServer: true, method, path });
    const payload = typeof answer === "string" ? parseJson(answer) : answer;
    if (!response.ok) {
      throw new MatrixApiError({
        status: response.status,
        body: payload,
        retryAfterMs: parseRetryAfterHeader(response.headers.get("Retry-After")),
        method,
        path,
      });
    }
    return payload;
  } finally {
    timed.dispose();
  }
}

/** The statuses `fetch` follows as redirects (a 304 or a 300 is not one). */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * The body as text (or as a Blob), or `undefined` when it is longer than `limit` bytes: by
 * its `Content-Length` before reading anything, else as soon as the stream passes the limit.
 * The rest is never read: the body is cancelled, which closes the connection. The bytes go
 * through a `Response`, so the Blob is `fetch`'s own, as `response.blob()`'s was (jsdom's
 * global Blob has no `arrayBuffer`).
 */
async function readCapped(response: Response, limit: number, asBlob: boolean): Promise<Blob | string | undefined> {
  if (Number(response.headers.get("Content-Length")) > limit) {
    void response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  let total = 0;
  const capped = response.body?.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > limit) controller.error(new RangeError(`The answer is over ${limit} bytes`));
        else controller.enqueue(chunk);
      },
    }),
  );
  const copy = new Response(capped, { headers: response.headers });
  try {
    return asBlob ? await copy.blob() : await copy.text();
  } catch (error) {
    if (total > limit) return undefined;
    throw error;
  }
}

function translateFailure(error: unknown, options: SendOptions, timedOut: boolean, mayHaveReached: boolean): Error {
  if (!timedOut && options.signal?.aborted) return abortErrorOf(options.signal);
  return new MatrixNetworkError({
    cause: error,
    requestMayHaveReachedServer: timedOut ? true : mayHaveReached,
    timedOut,
    method: options.method,
    path: options.path,
  });
}

/** Node's fetch reports `cause.code`; browsers say nothing, which counts as ambiguous. */
function classifyMayHaveReached(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause === "object" && cause !== null ? cause.code : undefined;
  return !(typeof code === "string" && NOT_SENT_CODES.has(code));
}

/** The JSON value of a body, or `undefined` when it is empty or not JSON. */
function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A proxy's HTML error page: keep the status, drop the body.
    return undefined;
  }
}

/** Builds the request URL; `path` is already encoded. */
export function buildUrl(baseUrl: string, path: string, query?: SendOptions["query"]): string {
  const search = new URLSearchParams();
  for (const [key, value] of query ?? []) search.append(key, value);
  const queryString = search.toString();
  return `${baseUrl}${path}${queryString ? `?${queryString}` : ""}`;
}

/**
 * Milliseconds from a `Retry-After` header: delta-seconds (`"5"`) or an HTTP-date.
 * `undefined` when absent or unreadable, so the body's `retry_after_ms` counts: a value such as
 * `"0.05"` is neither (`Date.parse` would read it as a date in 2000, a wait of 0).
 */
export function parseRetryAfterHeader(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  // Every HTTP-date form (IMF-fixdate, RFC 850, asctime) names the month in letters.
  if (!/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

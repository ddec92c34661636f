/**
 * A recording fake `fetch` for client and flow tests: each request is recorded (method,
 * URL, headers, parsed JSON body) and answered by the next scripted responder. Like the
 * real `fetch`, a pending request rejects with the signal's reason when it aborts.
 */

/** One request as the fake saw it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The parsed JSON body, or `undefined` when none was sent. */
  body: unknown;
}

/** Answers one request: a Response, or throws/rejects like a failed connection. */
export type Responder = (request: RecordedRequest, signal: AbortSignal | undefined) => Response | Promise<Response>;

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

/** A responder that answers with JSON. */
export function reply(status: number, body: unknown = {}, headers: Record<string, string> = {}): Responder {
  return () => json(status, body, headers);
}

/** A responder that fails like Node's fetch on a dropped connection (`TypeError: fetch failed`). */
export function connectionFailure(code = "ECONNRESET"): Responder {
  return () => {
    throw new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
  };
}

/** A responder that never answers until the request's signal aborts. */
export function hang(): Responder {
  return (_request, signal) =>
    new Promise<Response>((_resolve, reject) => {
      signal?.addEventListener("abort", () => reject(signal.reason as Error), { once: true });
    });
}

/** The fake: `fetch` to pass to the client, `requests` to assert on. */
export interface FakeFetch {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  /** Appends responders to the queue. */
  enqueue(...responders: Responder[]): void;
}

/**
 * Creates the fake. Requests beyond the queue get `fallback` (default: a 500 that fails the
 * test visibly through the thrown error).
 */
export function createFakeFetch(responders: Responder[] = [], fallback?: Responder): FakeFetch {
  const queue = [...responders];
  const requests: RecordedRequest[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const rawBody = init?.body;
    const recorded: RecordedRequest = {
      method: init?.method ?? "GET",
      url,
      headers: new Headers(init?.headers),
      body: typeof rawBody === "string" ? (JSON.parse(rawBody) as unknown) : undefined,
    };
    requests.push(recorded);
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) throw signal.reason as Error;
    const responder = queue.shift() ?? fallback ?? reply(500, { errcode: "M_UNKNOWN", error: "fake fetch: no response scripted" });
    return responder(recorded, signal);
  };
  return { fetch: fakeFetch as typeof fetch, requests, enqueue: (...more) => queue.push(...more) };
}

import { afterEach, describe, expect, it, vi } from "vitest";
import { createMatrixHttpClient } from "../../../src/core/client/http";
import type { MatrixHttpClientOptions } from "../../../src/core/client/http";
import { MatrixApiError, MatrixNetworkError } from "../../../src/core/client/errors";
import rateLimited from "../../fixtures/error-rate-limited.json";
import errors from "../../fixtures/errors.json";
import { connectionFailure, createFakeFetch, hang, json, reply } from "./fakeFetch";
import type { Responder } from "./fakeFetch";

const BASE = "https://matrix.example.org";
const V12_ROOM = "!Wd8Yw_Ao-ufDsXqU0hJ2ZdP0rK6vSxA3N2s1ZCt4bXM";

function setup(responders: Responder[] = [], options: Partial<MatrixHttpClientOptions> = {}) {
  const fake = createFakeFetch(responders);
  const client = createMatrixHttpClient({ baseUrl: `${BASE}/`, accessToken: "secret-token", userId: "@bob:example.org", fetch: fake.fetch, ...options });
  return { client, fake };
}

function rawPath(url: URL): string {
  return url.pathname;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("paths and bodies", () => {
  it("encodes a room version 12 room ID (no server part) in the join path and sends via and server_name", async () => {
    const { client, fake } = setup([reply(200, { room_id: V12_ROOM })]);
    await expect(client.joinRoom(V12_ROOM, { via: ["example.org", "other.example", "example.org"] })).resolves.toEqual({ roomId: V12_ROOM });
    const [request] = fake.requests;
    expect(request?.method).toBe("POST");
    expect(rawPath(request!.url)).toBe(`/_matrix/client/v3/join/${V12_ROOM}`);
    expect(request?.url.searchParams.getAll("via")).toEqual(["example.org", "other.example"]);
    expect(request?.url.searchParams.getAll("server_name")).toEqual(["example.org", "other.example"]);
    expect(request?.body).toEqual({});
  });

  it("encodes an alias's #, /, ? and : so the fragment and the query are not cut off", async () => {
    const { client, fake } = setup([reply(200, { room_id: "!abc:example.org" })]);
    await client.joinRoom("#design/review?:example.org", { reason: "hello" });
    expect(rawPath(fake.requests[0]!.url)).toBe("/_matrix/client/v3/join/%23design%2Freview%3F%3Aexample.org");
    expect(fake.requests[0]?.url.search).toBe("");
    expect(fake.requests[0]?.body).toEqual({ reason: "hello" });
  });

  it("sends the access token as a bearer header, never in the URL", async () => {
    const { client, fake } = setup([reply(200)]);
    await client.leaveRoom("!room:example.org");
    expect(fake.requests[0]?.headers.get("Authorization")).toBe("Bearer secret-token");
    expect(fake.requests[0]?.url.href).not.toContain("secret-token");
  });

  it("leaves with the reason in the body only when one is given", async () => {
    const { client, fake } = setup([reply(200), reply(200)]);
    await client.leaveRoom("!room:example.org", { reason: "Not for me" });
    await client.leaveRoom("!room:example.org");
    expect(rawPath(fake.requests[0]!.url)).toBe("/_matrix/client/v3/rooms/!room%3Aexample.org/leave");
    expect(fake.requests[0]?.body).toEqual({ reason: "Not for me" });
    expect(fake.requests[1]?.body).toEqual({});
  });

  it("knocks with via and a reason", async () => {
    const { client, fake } = setup([reply(200, { room_id: "!k:example.org" })]);
    await client.knockRoom("#club:example.org", { reason: "let me in", via: ["a.example"] });
    expect(rawPath(fake.requests[0]!.url)).toBe("/_matrix/client/v3/knock/%23club%3Aexample.org");
    expect(fake.requests[0]?.url.search).toBe("?via=a.example&server_name=a.example");
    expect(fake.requests[0]?.body).toEqual({ reason: "let me in" });
  });

  it("sends the target user for invite, kick, ban and unban", async () => {
    const { client, fake } = setup([reply(200), reply(200), reply(200), reply(200)]);
    await client.inviteUser(V12_ROOM, "@carol:example.org");
    await client.kickUser(V12_ROOM, "@carol:example.org", { reason: "spam" });
    await client.banUser(V12_ROOM, "@carol:example.org");
    await client.unbanUser(V12_ROOM, "@carol:example.org");
    expect(fake.requests.map((request) => rawPath(request.url).split("/").pop())).toEqual(["invite", "kick", "ban", "unban"]);
    expect(fake.requests[1]?.body).toEqual({ user_id: "@carol:example.org", reason: "spam" });
    expect(fake.requests[0]?.body).toEqual({ user_id: "@carol:example.org" });
  });

  it("forgets, reports a room and reports a user with encoded IDs", async () => {
    const { client, fake } = setup([reply(200), reply(200), reply(200)]);
    await client.forgetRoom(V12_ROOM);
    await client.reportRoom(V12_ROOM, "spam");
    await client.reportUser("@mallory:evil.example", "impersonation");
    expect(fake.requests.map((request) => `${request.method} ${rawPath(request.url)}`)).toEqual([
      `POST /_matrix/client/v3/rooms/${V12_ROOM}/forget`,
      `POST /_matrix/client/v3/rooms/${V12_ROOM}/report`,
      "POST /_matrix/client/v3/users/%40mallory%3Aevil.example/report",
    ]);
    expect(fake.requests[1]?.body).toEqual({ reason: "spam" });
  });

  it("reads the room state as an array", async () => {
    const { client, fake } = setup([reply(200, [{ type: "m.room.name" }])]);
    await expect(client.getRoomState("!r:example.org")).resolves.toEqual([{ type: "m.room.name" }]);
    expect(`${fake.requests[0]?.method} ${rawPath(fake.requests[0]!.url)}`).toBe("GET /_matrix/client/v3/rooms/!r%3Aexample.org/state");
  });

  it("asks the room summary with via only, falling back to the unstable path on old servers", async () => {
    const { client, fake } = setup([reply(404, { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" }), reply(200, { room_id: "!r:x" })]);
    await expect(client.getRoomSummary("#a:x", { via: ["x"] })).resolves.toEqual({ room_id: "!r:x" });
    expect(fake.requests.map((request) => `${rawPath(request.url)}${request.url.search}`)).toEqual([
      "/_matrix/client/v1/room_summary/%23a%3Ax?via=x",
      "/_matrix/client/unstable/im.nheko.summary/summary/%23a%3Ax?via=x",
    ]);
  });
});

describe("account data", () => {
  it("returns undefined when the server has none (404 M_NOT_FOUND)", async () => {
    const { client, fake } = setup([reply(404, { errcode: "M_NOT_FOUND", error: "Account data not found" })]);
    await expect(client.getAccountData("m.ignored_user_list")).resolves.toBeUndefined();
    expect(rawPath(fake.requests[0]!.url)).toBe("/_matrix/client/v3/user/%40bob%3Aexample.org/account_data/m.ignored_user_list");
  });

  it("asks whoami once when the user ID was not given, then writes with PUT", async () => {
    const fake = createFakeFetch([reply(200, { user_id: "@bob:example.org", device_id: "DEV" }), reply(200, { a: 1 }), reply(200)]);
    const client = createMatrixHttpClient({ baseUrl: BASE, accessToken: "t", fetch: fake.fetch });
    expect(client.userId).toBeUndefined();
    await expect(client.getAccountData("x.y")).resolves.toEqual({ a: 1 });
    await client.setAccountData("x.y", { a: 2 });
    expect(client.userId).toBe("@bob:example.org");
    expect(fake.requests.map((request) => `${request.method} ${rawPath(request.url)}`)).toEqual([
      "GET /_matrix/client/v3/account/whoami",
      "GET /_matrix/client/v3/user/%40bob%3Aexample.org/account_data/x.y",
      "PUT /_matrix/client/v3/user/%40bob%3Aexample.org/account_data/x.y",
    ]);
    expect(fake.requests[2]?.body).toEqual({ a: 2 });
  });

  it("still fails on other errors", async () => {
    const { client } = setup([reply(403, { errcode: "M_FORBIDDEN", error: "no" })]);
    await expect(client.getAccountData("x.y")).rejects.toBeInstanceOf(MatrixApiError);
  });
});

describe("errors", () => {
  it("turns a non-2xx answer into MatrixApiError with status, errcode and message", async () => {
    const revoked = errors.responses.join_after_invite_revoked;
    const { client } = setup([reply(revoked.status, revoked.body)]);
    const error = await client.joinRoom("!r:localhost").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MatrixApiError);
    expect(error).toMatchObject({ status: 403, errcode: "M_FORBIDDEN", path: "/_matrix/client/v3/join/!r%3Alocalhost" });
    expect((error as MatrixApiError).serverMessage).toBe("You are not invited to this room.");
  });

  it("reads soft_logout from a 401", async () => {
    const { client } = setup([reply(401, { errcode: "M_UNKNOWN_TOKEN", error: "expired", soft_logout: true })]);
    await expect(client.leaveRoom("!r:x")).rejects.toMatchObject({ status: 401, softLogout: true });
  });

  it("keeps the status when the error body is not JSON", async () => {
    const { client } = setup([() => new Response("<html>Bad gateway</html>", { status: 502 })]);
    await expect(client.leaveRoom("!r:x")).rejects.toMatchObject({ status: 502, errcode: undefined });
  });

  it("takes the delay from the Retry-After header (seconds) before retry_after_ms", async () => {
    const limited = rateLimited.first_limited_response;
    const { client } = setup([reply(429, limited.body, { "Retry-After": limited.retry_after_header })], { maxRateLimitRetries: 0 });
    await expect(client.leaveRoom("!r:x")).rejects.toMatchObject({ status: 429, retryAfterMs: 5_000 });
  });

  it("takes the delay from an HTTP-date Retry-After header", async () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const { client } = setup([reply(429, { errcode: "M_LIMIT_EXCEEDED" }, { "Retry-After": inTenSeconds })], { maxRateLimitRetries: 0 });
    const error = (await client.leaveRoom("!r:x").catch((caught: unknown) => caught)) as MatrixApiError;
    expect(error.retryAfterMs).toBeGreaterThan(8_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it.each(["0.05", "1.5", "-3", "soon", "12/31/2099"])("falls back to retry_after_ms when Retry-After is %j (not delay-seconds, not an HTTP-date)", async (header) => {
    const limited = rateLimited.first_limited_response;
    const { client } = setup([reply(429, limited.body, { "Retry-After": header })], { maxRateLimitRetries: 0 });
    await expect(client.leaveRoom("!r:x")).rejects.toMatchObject({ retryAfterMs: 4_548 });
  });

  it.each([Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY])("takes the default 3 retries for maxRateLimitRetries %s (never unlimited)", async (value) => {
    const limited = rateLimited.first_limited_response;
    const answers = Array.from({ length: 6 }, () => reply(429, { ...limited.body, retry_after_ms: 0 }));
    const { client, fake } = setup(answers, { maxRateLimitRetries: value });
    await expect(client.leaveRoom("!r:x")).rejects.toMatchObject({ status: 429 });
    expect(fake.requests).toHaveLength(4);
  });

  it("falls back to retry_after_ms when there is no header", async () => {
    const limited = rateLimited.first_limited_response;
    const { client } = setup([reply(429, limited.body)], { maxRateLimitRetries: 0 });
    await expect(client.leaveRoom("!r:x")).rejects.toMatchObject({ retryAfterMs: 4_548 });
  });

  it("rejects a malformed success answer instead of inventing a room ID", async () => {
    const { client } = setup([reply(200, { nope: true })]);
    await expect(client.joinRoom("!r:x")).rejects.toBeInstanceOf(MatrixApiError);
  });
});

describe("rate limits", () => {
  it("retries a 429 after the server's delay and succeeds", async () => {
    vi.useFakeTimers();
    const limited = rateLimited.first_limited_response;
    const onRequest = vi.fn();
    const { client, fake } = setup([reply(429, limited.body), reply(429, limited.body), reply(200, { room_id: "!r:x" })], { onRequest });
    const result = client.joinRoom("!r:x");
    await vi.advanceTimersByTimeAsync(4_547);
    expect(fake.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4_548);
    await expect(result).resolves.toEqual({ roomId: "!r:x" });
    expect(onRequest.mock.calls.map((call) => (call[0] as { attempt: number }).attempt)).toEqual([1, 2, 3]);
  });

  it("gives up after maxRateLimitRetries and reports the delay", async () => {
    vi.useFakeTimers();
    const { client, fake } = setup([], { maxRateLimitRetries: 3 });
    fake.enqueue(...Array.from({ length: 10 }, () => reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 100 })));
    const result = client.leaveRoom("!r:x").catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toMatchObject({ status: 429, retryAfterMs: 100 });
    expect(fake.requests).toHaveLength(4);
  });

  it("does not wait beyond maxRateLimitWaitMs in total", async () => {
    vi.useFakeTimers();
    const { client, fake } = setup([], { maxRateLimitWaitMs: 20_000 });
    fake.enqueue(...Array.from({ length: 5 }, () => reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 12_000 })));
    const result = client.leaveRoom("!r:x").catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(result).resolves.toMatchObject({ status: 429, retryAfterMs: 12_000 });
    expect(fake.requests).toHaveLength(2);
  });

  it("stops waiting when the caller aborts during the delay", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const { client, fake } = setup([reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 5_000 })]);
    const result = client.leaveRoom("!r:x", { signal: controller.signal }).catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    await expect(result).resolves.toMatchObject({ name: "AbortError" });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.requests).toHaveLength(1);
  });

  describe("a call's own rateLimitRetries", () => {
    it("hands the first 429 to the caller at once when the call passes 0, whatever the client's setting", async () => {
      const onRequest = vi.fn();
      const { client, fake } = setup([reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 100 }), reply(200)], { maxRateLimitRetries: 3, onRequest });
      await expect(client.leaveRoom("!r:x", { rateLimitRetries: 0 })).rejects.toMatchObject({ status: 429, retryAfterMs: 100 });
      expect(fake.requests).toHaveLength(1);
      expect(onRequest).toHaveBeenCalledTimes(1);
    });

    it("passes 0 through every endpoint of the port, not only leave", async () => {
      const { client, fake } = setup([], { userId: "@bob:example.org" });
      fake.enqueue(...Array.from({ length: 4 }, () => reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 100 })));
      const calls = [
        client.reportRoom("!r:x", "spam", { rateLimitRetries: 0 }),
        client.reportUser("@mallory:x", "spam", { rateLimitRetries: 0 }),
        client.getAccountData("m.ignored_user_list", { rateLimitRetries: 0 }),
        client.sync({ rateLimitRetries: 0 }),
      ];
      for (const call of calls) await expect(call).rejects.toMatchObject({ status: 429 });
      expect(fake.requests).toHaveLength(4);
    });

    it("retries as often as the call asks, above or below the client's setting, within the wait budget", async () => {
      vi.useFakeTimers();
      const { client, fake } = setup([], { maxRateLimitRetries: 1 });
      fake.enqueue(...Array.from({ length: 3 }, () => reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 100 })), reply(200));
      const result = client.leaveRoom("!r:x", { rateLimitRetries: 3 });
      await vi.advanceTimersByTimeAsync(1_000);
      await expect(result).resolves.toBeUndefined();
      expect(fake.requests).toHaveLength(4);
    });

    it("still stops at maxRateLimitWaitMs when the call asks for more retries", async () => {
      vi.useFakeTimers();
      const { client, fake } = setup([], { maxRateLimitWaitMs: 250 });
      fake.enqueue(...Array.from({ length: 10 }, () => reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 100 })));
      const result = client.leaveRoom("!r:x", { rateLimitRetries: 9 }).catch((caught: unknown) => caught);
      await vi.advanceTimersByTimeAsync(5_000);
      await expect(result).resolves.toMatchObject({ status: 429 });
      expect(fake.requests).toHaveLength(3);
    });

    it.each([
      ["a fraction", 0.5],
      ["a negative number", -1],
      ["NaN", Number.NaN],
      ["Infinity", Number.POSITIVE_INFINITY],
      ["a string", "0"],
      ["null", null],
    ])("ignores %s and retries as the client's maxRateLimitRetries says", async (_label, hostile) => {
      vi.useFakeTimers();
      const { client, fake } = setup([], { maxRateLimitRetries: 2 });
      fake.enqueue(...Array.from({ length: 10 }, () => reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 100 })));
      const result = client.leaveRoom("!r:x", { rateLimitRetries: hostile as number }).catch((caught: unknown) => caught);
      await vi.advanceTimersByTimeAsync(5_000);
      await expect(result).resolves.toMatchObject({ status: 429 });
      expect(fake.requests).toHaveLength(3);
    });

    it("lets a thumbnail pass 0 too", async () => {
      const { client, fake } = setup([reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 100 }), reply(200)]);
      await expect(client.fetchThumbnail("mxc://x/abc", { width: 32, height: 32 }, { rateLimitRetries: 0 })).rejects.toMatchObject({ status: 429 });
      expect(fake.requests).toHaveLength(1);
    });
  });
});

describe("network failures", () => {
  it("repeats an idempotent GET after a dropped connection", async () => {
    vi.useFakeTimers();
    const { client, fake } = setup([connectionFailure(), reply(200, [])]);
    const result = client.getRoomState("!r:x");
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toEqual([]);
    expect(fake.requests).toHaveLength(2);
  });

  it("never repeats a POST whose outcome is unknown, and says it may have reached the server", async () => {
    const { client, fake } = setup([connectionFailure("ECONNRESET"), reply(200, { room_id: "!r:x" })]);
    const error = await client.joinRoom("!r:x").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MatrixNetworkError);
    expect(error).toMatchObject({ requestMayHaveReachedServer: true, timedOut: false });
    expect(fake.requests).toHaveLength(1);
  });

  it("repeats a POST when the connection was refused (it never left)", async () => {
    vi.useFakeTimers();
    const { client, fake } = setup([connectionFailure("ECONNREFUSED"), reply(200, { room_id: "!r:x" })]);
    const result = client.joinRoom("!r:x");
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toEqual({ roomId: "!r:x" });
    expect(fake.requests).toHaveLength(2);
  });

  it("gives up on a GET after maxNetworkRetries", async () => {
    vi.useFakeTimers();
    const { client, fake } = setup([connectionFailure(), connectionFailure(), connectionFailure(), reply(200, [])], { maxNetworkRetries: 2 });
    const result = client.getRoomState("!r:x").catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(result).resolves.toBeInstanceOf(MatrixNetworkError);
    expect(fake.requests).toHaveLength(3);
  });

  it("times out a request that gets no answer, without repeating it", async () => {
    vi.useFakeTimers();
    const { client, fake } = setup([hang(), reply(200, [])], { timeoutMs: 5_000 });
    const result = client.getRoomState("!r:x").catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(5_000);
    const error = await result;
    expect(error).toBeInstanceOf(MatrixNetworkError);
    expect(error).toMatchObject({ timedOut: true, requestMayHaveReachedServer: true });
    expect(fake.requests).toHaveLength(1);
  });

  it("rejects with AbortError (not a network error) when the caller aborts", async () => {
    const controller = new AbortController();
    const { client } = setup([hang()]);
    const result = client.joinRoom("!r:x", { signal: controller.signal }).catch((caught: unknown) => caught);
    controller.abort();
    const error = await result;
    expect(error).not.toBeInstanceOf(MatrixNetworkError);
    expect(error).toMatchObject({ name: "AbortError" });
  });

  it("sends nothing when the signal has already aborted", async () => {
    const { client, fake } = setup([reply(200)]);
    await expect(client.leaveRoom("!r:x", { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(fake.requests).toHaveLength(0);
  });
});

describe("sync, whoami and media", () => {
  it("long-polls /sync with since, timeout, filter and presence, allowing the poll time on top of the timeout", async () => {
    vi.useFakeTimers();
    const { client, fake } = setup([(_request, signal) => new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(json(200, { next_batch: "s2" })), 30_000);
      signal?.addEventListener("abort", () => { clearTimeout(timer); reject(signal.reason as Error); });
    })], { timeoutMs: 10_000 });
    const result = client.sync({ since: "s1", timeoutMs: 30_000, filter: { room: { timeline: { limit: 1 } } }, setPresence: "offline" });
    await vi.advanceTimersByTimeAsync(30_000);
    await expect(result).resolves.toEqual({ next_batch: "s2" });
    const url = fake.requests[0]!.url;
    expect(url.pathname).toBe("/_matrix/client/v3/sync");
    expect(Object.fromEntries(url.searchParams)).toEqual({ since: "s1", timeout: "30000", filter: '{"room":{"timeline":{"limit":1}}}', set_presence: "offline" });
  });

  it("reads whoami", async () => {
    const { client } = setup([reply(200, { user_id: "@bob:example.org", device_id: "D" })]);
    await expect(client.whoami()).resolves.toEqual({ userId: "@bob:example.org", deviceId: "D" });
  });

  it.each<unknown>(["..", ".", "", "bob", "@bob", "@bob:example.org/../x", 7, null, undefined])(
    "rejects a whoami answer whose user ID is %j, which is not one",
    async (userId) => {
      const { client } = setup([reply(200, { user_id: userId, device_id: "D" })]);
      const error = await client.whoami().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MatrixApiError);
      expect(error).toMatchObject({ status: 200, message: "200: unusable answer", path: "/_matrix/client/v3/account/whoami" });
    },
  );

  it("fetches an authenticated thumbnail with the bearer header", async () => {
    const { client, fake } = setup([() => new Response(new Uint8Array([1, 2, 3]), { status: 200, headers: { "Content-Type": "image/png" } })]);
    const blob = await client.fetchThumbnail("mxc://example.org/abc123", { width: 48, height: 48 });
    expect(blob.size).toBe(3);
    const request = fake.requests[0]!;
    expect(request.url.pathname).toBe("/_matrix/client/v1/media/thumbnail/example.org/abc123");
    expect(Object.fromEntries(request.url.searchParams)).toEqual({ width: "48", height: "48", method: "crop" });
    expect(request.headers.get("Authorization")).toBe("Bearer secret-token");
  });

  it("refuses an invalid mxc URI without a request", async () => {
    const { client, fake } = setup([reply(200)]);
    await expect(client.fetchThumbnail("https://evil.example/x.png", { width: 48, height: 48 })).rejects.toBeInstanceOf(TypeError);
    expect(fake.requests).toHaveLength(0);
  });

  it("refuses a homeserver URL that is not http(s)", () => {
    expect(() => createMatrixHttpClient({ baseUrl: "javascript:alert(1)", accessToken: "t" })).toThrow(TypeError);
  });
});

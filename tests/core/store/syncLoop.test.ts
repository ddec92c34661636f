import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMatrixHttpClient } from "../../../src/core/client/http";
import { MatrixApiError } from "../../../src/core/client/errors";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import { INVITE_SYNC_FILTER, MAX_RETRY_AFTER_MS, startSyncLoop } from "../../../src/core/store/syncLoop";
import errorsFixture from "../../fixtures/errors.json";
import rateLimited from "../../fixtures/error-rate-limited.json";
import { AFTER_CAPTURE, BOB, dm, namedRoom, roomsOf, syncResponse } from "./syncFixtures";
import { networkError, recordStatuses, scriptedClient, type Step } from "./syncLoopSupport";

const unknownToken = errorsFixture.responses.bad_token;

let store: InviteStore;

beforeEach(() => {
  vi.useFakeTimers();
  store = createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("startSyncLoop: requests", () => {
  it("starts with a full sync (no since, no long poll, the invite filter, offline), then long-polls from next_batch", async () => {
    store.applySync(syncResponse({ invite: roomsOf(dm) }));
    const { client, requests } = scriptedClient([
      { response: syncResponse({ invite: roomsOf(namedRoom) }, {}, "batch-1") },
      { response: syncResponse({}, {}, "batch-2") },
    ]);
    const loop = startSyncLoop(store, client);
    await vi.advanceTimersByTimeAsync(0);

    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({ since: undefined, timeoutMs: 0, filter: INVITE_SYNC_FILTER, setPresence: "offline" });
    expect(requests[0]?.signal).toBeInstanceOf(AbortSignal);
    expect(requests[1]).toMatchObject({ since: "batch-1", timeoutMs: 30_000, filter: INVITE_SYNC_FILTER });
    expect(requests[2]).toMatchObject({ since: "batch-2" });
    expect(loop.getSince()).toBe("batch-2");
    // The first answer was a full picture: the DM invite it no longer lists is gone.
    expect(store.getSnapshot().map((entry) => entry.roomId)).toEqual([namedRoom.roomId]);
    loop.stop();
    await loop.done;
  });

  it("resumes from a given since token incrementally, with the caller's filter, timeout and presence", async () => {
    store.applySync(syncResponse({ invite: roomsOf(dm) }));
    const { client, requests } = scriptedClient([{ response: syncResponse({ invite: roomsOf(namedRoom) }, {}, "batch-8") }]);
    const loop = startSyncLoop(store, client, { since: "batch-7", filter: "filter-id-3", timeoutMs: 5_000, setPresence: "unavailable" });
    await vi.advanceTimersByTimeAsync(0);

    expect(requests[0]).toMatchObject({ since: "batch-7", timeoutMs: 5_000, filter: "filter-id-3", setPresence: "unavailable" });
    expect(requests[1]).toMatchObject({ since: "batch-8" });
    expect(store.getSnapshot().map((entry) => entry.roomId).sort()).toEqual([dm.roomId, namedRoom.roomId].sort());
    loop.stop();
    await loop.done;
  });

  it("publishes syncing, then caught up, through the store, and calls onSync after applying", async () => {
    const statuses = recordStatuses(store);
    const first = syncResponse({ invite: roomsOf(namedRoom) }, {}, "batch-1");
    const { client } = scriptedClient([{ response: first }]);
    const seenInOnSync: (string | undefined)[] = [];
    const onSync = vi.fn(() => void seenInOnSync.push(store.getEntry(namedRoom.roomId)?.roomId));
    const loop = startSyncLoop(store, client, { onSync });
    await vi.advanceTimersByTimeAsync(0);

    expect(statuses).toEqual([
      { state: "syncing", caughtUp: false },
      { state: "syncing", caughtUp: true },
    ]);
    expect(onSync).toHaveBeenCalledExactlyOnceWith(first);
    expect(seenInOnSync).toEqual([namedRoom.roomId]);
    loop.stop();
    await loop.done;
    expect(store.getSyncStatus()).toEqual({ state: "stopped" });
  });
});

describe("startSyncLoop: errors and backoff", () => {
  it("backs off exponentially with jitter, then recovers and starts the backoff over", async () => {
    const statuses = recordStatuses(store);
    const { client, requests } = scriptedClient([
      { error: networkError() },
      { error: networkError() },
      { error: networkError() },
      { response: syncResponse({ invite: roomsOf(namedRoom) }, {}, "batch-1") },
      { error: networkError() },
    ]);
    const loop = startSyncLoop(store, client, { random: () => 0.5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 1, retryInMs: 750 });

    // Half of 1 s fixed plus half of the random half: 750 ms; then 1.5 s, then 3 s.
    await vi.advanceTimersByTimeAsync(749);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 2, retryInMs: 1_500 });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 3, retryInMs: 3_000 });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(requests).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);

    // Recovered: the invite is there, and the next failure starts again at 750 ms.
    expect(store.getEntry(namedRoom.roomId)).toBeDefined();
    expect(statuses).toContainEqual({ state: "syncing", caughtUp: true });
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 1, retryInMs: 750 });
    expect(requests[4]).toMatchObject({ since: "batch-1" });
    expect(requests.slice(0, 4).every((request) => request.since === undefined)).toBe(true);
    loop.stop();
    await loop.done;
  });

  it("never waits longer than maxBackoffMs, whatever the jitter", async () => {
    const steps: Step[] = Array.from({ length: 12 }, () => ({ error: networkError() }));
    const { client } = scriptedClient(steps);
    const delays: number[] = [];
    store.subscribe(() => {
      const status = store.getSyncStatus();
      if (status.state === "error" && status.retryInMs !== undefined) delays.push(status.retryInMs);
    });
    const loop = startSyncLoop(store, client, { random: () => 0.999, initialBackoffMs: 100, maxBackoffMs: 2_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(delays).toHaveLength(12);
    expect(Math.max(...delays)).toBeLessThanOrEqual(2_000);
    expect(delays.at(-1)).toBeGreaterThanOrEqual(1_000);
    expect(delays[0]).toBeLessThanOrEqual(100);
    loop.stop();
    await loop.done;
  });

  it("keeps the backoff a real wait when the options are out of range (NaN, Infinity, negative)", async () => {
    for (const [options, expected] of [
      [{ initialBackoffMs: Number.NaN }, 1_000],
      [{ initialBackoffMs: -5 }, 1_000],
      [{ initialBackoffMs: 2 ** 40, maxBackoffMs: Number.POSITIVE_INFINITY }, MAX_RETRY_AFTER_MS],
    ] as const) {
      const { client } = scriptedClient([{ error: networkError() }]);
      const loop = startSyncLoop(store, client, { ...options, random: () => 1 });
      await vi.advanceTimersByTimeAsync(0);
      expect(store.getSyncStatus()).toMatchObject({ state: "error", retryInMs: expected });
      loop.stop();
      await loop.done;
    }
  });

  it("spreads retries between half and all of the backoff (equal jitter)", async () => {
    for (const [random, expected] of [
      [0, 500],
      [0.999_999, 1_000],
      [-5, 500],
      [7, 1_000],
    ] as const) {
      const { client } = scriptedClient([{ error: networkError() }]);
      const loop = startSyncLoop(store, client, { random: () => random });
      await vi.advanceTimersByTimeAsync(0);
      expect(store.getSyncStatus()).toMatchObject({ state: "error", retryInMs: expected });
      loop.stop();
      await loop.done;
    }
  });

  it("waits exactly the retry_after_ms of a real 429 body", async () => {
    const limited = new MatrixApiError({ status: 429, body: rateLimited.first_limited_response.body });
    const { client, requests } = scriptedClient([{ error: limited }]);
    const loop = startSyncLoop(store, client, { random: () => 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", error: limited, retryInMs: 4_548 });
    await vi.advanceTimersByTimeAsync(4_547);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    loop.stop();
    await loop.done;
  });

  it("honours the Retry-After header of a 429 from the HTTP client", async () => {
    const { status, body, retry_after_header: retryAfter } = rateLimited.first_limited_response;
    const urls: string[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response(JSON.stringify(body), {
        status,
        headers: { "Content-Type": "application/json", "Retry-After": retryAfter },
      });
    });
    const client = createMatrixHttpClient({ baseUrl: "https://hs.example", accessToken: "token", fetch, maxRateLimitRetries: 0 });
    const loop = startSyncLoop(store, client);
    await vi.advanceTimersByTimeAsync(0);

    const waited = Number(retryAfter) * 1_000;
    expect(store.getSyncStatus()).toMatchObject({ state: "error", retryInMs: waited });
    await vi.advanceTimersByTimeAsync(waited - 1);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    const query = new URL(urls[0] ?? "").searchParams;
    expect(query.get("since")).toBeNull();
    expect(JSON.parse(query.get("filter") ?? "null")).toEqual(INVITE_SYNC_FILTER);
    loop.stop();
    await loop.done;
  });

  it("does not hammer a server that keeps answering 429 with retry_after_ms: 0 (backoff still grows)", async () => {
    const zero = () => ({ error: new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 0 } }) });
    const { client, requests } = scriptedClient([zero(), zero(), zero()]);
    const loop = startSyncLoop(store, client, { random: () => 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 1, retryInMs: 500 });
    await vi.advanceTimersByTimeAsync(499);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 2, retryInMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 3, retryInMs: 2_000 });
    expect(requests).toHaveLength(3);
    loop.stop();
    await loop.done;
  });

  it("caps a server's huge Retry-After at MAX_RETRY_AFTER_MS instead of overflowing the timer", async () => {
    const limited = new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 30 * 86_400_000 } });
    const { client, requests } = scriptedClient([{ error: limited }]);
    const loop = startSyncLoop(store, client);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", retryInMs: MAX_RETRY_AFTER_MS });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(MAX_RETRY_AFTER_MS);
    expect(requests).toHaveLength(2);
    loop.stop();
    await loop.done;
  });

  it("stops for good on a 401 (a new token is needed) and reports why", async () => {
    const revoked = new MatrixApiError({ status: unknownToken.status, body: unknownToken.body });
    const { client, requests } = scriptedClient([{ error: revoked }]);
    const loop = startSyncLoop(store, client);
    await loop.done;
    expect(store.getSyncStatus()).toEqual({ state: "stopped", error: revoked });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(requests).toHaveLength(1);
  });

  it("retries a response without next_batch and keeps the invites it already had", async () => {
    store.applySync(syncResponse({ invite: roomsOf(dm) }));
    const { client, requests } = scriptedClient([
      { response: {} },
      { response: { rooms: { invite: "junk" } } },
      { response: syncResponse({ invite: roomsOf(dm, namedRoom) }, {}, "batch-1") },
    ]);
    const loop = startSyncLoop(store, client, { random: () => 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 1 });
    expect(store.getSnapshot().map((entry) => entry.roomId)).toEqual([dm.roomId]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.getSnapshot()).toHaveLength(2);
    expect(requests[3]).toMatchObject({ since: "batch-1" });
    loop.stop();
    await loop.done;
  });
});

import { describe, expect, it, vi } from "vitest";
import { declineAll, DECLINE_ALL_MAX_WAIT_MS } from "../../../src/core/flows/declineAll";
import { MatrixApiError, MatrixNetworkError } from "../../../src/core/client/errors";
import type { MembershipClient } from "../../../src/core/client/types";
import { createMatrixHttpClient } from "../../../src/core/client/http";
import { createFakeFetch, reply } from "../client/fakeFetch";
import { createRecordingClient } from "../../support/recordingClient";
import { deferred } from "../../support/deferred";
import rateLimited from "../../fixtures/error-rate-limited.json";

const ROOMS = ["!a:localhost", "!b:localhost", "!c:localhost"];

/** The real 429 body Synapse sent (retry_after_ms 4548). */
function rateLimitError(retryAfterMs?: number): MatrixApiError {
  const body = { ...rateLimited.first_limited_response.body } as Record<string, unknown>;
  if (retryAfterMs === undefined) delete body.retry_after_ms;
  else body.retry_after_ms = retryAfterMs;
  return new MatrixApiError({ status: 429, body });
}

/** A sleep that records the delays and resolves at once (still honouring the signal). */
function instantSleep() {
  const delays: number[] = [];
  const sleep = vi.fn(async (ms: number, signal?: AbortSignal) => {
    delays.push(ms);
    if (signal?.aborted) throw new DOMException("aborted", "AbortError");
  });
  return { delays, sleep };
}

describe("declineAll", () => {
  describe("when every decline succeeds", () => {
    it("declines each room with one POST /leave at a time, in order, with the reason", async () => {
      const client = createRecordingClient();
      let inFlight = 0;
      let maxInFlight = 0;
      client.respond("leaveRoom", async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await Promise.resolve();
        inFlight--;
      });
      const result = await declineAll(client, ROOMS, { reason: "spam" });
      expect(result).toEqual({ declined: ROOMS, failed: [], skipped: [], remaining: [], cancelled: false });
      expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual(ROOMS);
      expect(client.callsTo("leaveRoom").map((call) => call.options.reason)).toEqual(["spam", "spam", "spam"]);
      expect(maxInFlight).toBe(1);
    });

    it("declines a room listed twice only once", async () => {
      const client = createRecordingClient();
      const result = await declineAll(client, ["!a:localhost", "!a:localhost", "!b:localhost"]);
      expect(result.declined).toEqual(["!a:localhost", "!b:localhost"]);
      expect(client.callsTo("leaveRoom")).toHaveLength(2);
    });

    it("reports progress before each room and once at the end", async () => {
      const client = createRecordingClient();
      const onProgress = vi.fn();
      const onRoomSettled = vi.fn();
      await declineAll(client, ROOMS, { onProgress, onRoomSettled });
      expect(onProgress.mock.calls).toEqual([
        [0, 3, "!a:localhost"],
        [1, 3, "!b:localhost"],
        [2, 3, "!c:localhost"],
        [3, 3, undefined],
      ]);
      expect(onRoomSettled.mock.calls.map((call) => call[0])).toEqual(ROOMS);
    });

    it("sends nothing for an empty list", async () => {
      const client = createRecordingClient();
      const result = await declineAll(client, []);
      expect(result).toEqual({ declined: [], failed: [], skipped: [], remaining: [], cancelled: false });
      expect(client.calls).toHaveLength(0);
    });
  });

  describe("when the server rate-limits", () => {
    it("waits retry_after_ms and retries the same room instead of failing it", async () => {
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", { error: rateLimitError(4548) });
      const { delays, sleep } = instantSleep();
      const onRateLimited = vi.fn();
      const result = await declineAll(client, ROOMS, { sleep, onRateLimited });
      expect(result.declined).toEqual(ROOMS);
      expect(result.failed).toEqual([]);
      expect(delays).toEqual([4548]);
      expect(onRateLimited).toHaveBeenCalledWith("!a:localhost", 4548);
      expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual(["!a:localhost", ...ROOMS]);
    });

    it("caps a hostile retry_after_ms", async () => {
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", { error: rateLimitError(10 * 3_600_000) });
      const { delays, sleep } = instantSleep();
      await declineAll(client, ["!a:localhost"], { sleep });
      expect(delays).toEqual([DECLINE_ALL_MAX_WAIT_MS]);
    });

    it("backs off exponentially when the 429 names no delay", async () => {
      const client = createRecordingClient();
      for (let i = 0; i < 3; i++) client.respondOnce("leaveRoom", { error: rateLimitError() });
      const { delays, sleep } = instantSleep();
      const result = await declineAll(client, ["!a:localhost"], { sleep });
      expect(delays).toEqual([1000, 2000, 4000]);
      expect(result.declined).toEqual(["!a:localhost"]);
    });

    it("fails the room as rate_limited only after maxRetries and goes on with the next", async () => {
      const client = createRecordingClient();
      for (let i = 0; i < 3; i++) client.respondOnce("leaveRoom", { error: rateLimitError(10) });
      const { sleep } = instantSleep();
      const result = await declineAll(client, ["!a:localhost", "!b:localhost"], { sleep, maxRetries: 2 });
      expect(result.failed).toEqual([{ roomId: "!a:localhost", code: "rate_limited" }]);
      expect(result.declined).toEqual(["!b:localhost"]);
      expect(client.callsTo("leaveRoom")).toHaveLength(4);
    });

    it("rides out a burst of ten 429s on one room by default (the client's own retries are off, so the run's are the only ones)", async () => {
      const client = createRecordingClient();
      for (let i = 0; i < 10; i++) client.respondOnce("leaveRoom", { error: rateLimitError(10) });
      const { delays, sleep } = instantSleep();
      const result = await declineAll(client, ["!a:localhost", "!b:localhost"], { sleep });
      expect(result.declined).toEqual(["!a:localhost", "!b:localhost"]);
      expect(result.failed).toEqual([]);
      expect(delays).toHaveLength(10);
    });

    it("asks the client for no 429 retry of its own on every leave, retries included, so its wait is the only one", async () => {
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", { error: rateLimitError(10) });
      const { sleep } = instantSleep();
      await declineAll(client, ["!a:localhost", "!b:localhost"], { sleep, reason: "spam" });
      expect(client.callsTo("leaveRoom").map((call) => [call.args[0], call.options.rateLimitRetries, call.options.reason])).toEqual([
        ["!a:localhost", 0, "spam"],
        ["!a:localhost", 0, "spam"],
        ["!b:localhost", 0, "spam"],
      ]);
    });

    it("hears of a 429 after one request even through a fetch client with its default 429 retries", async () => {
      const fake = createFakeFetch([reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 1500 })], reply(200));
      const client = createMatrixHttpClient({ baseUrl: "https://hs.example", accessToken: "token", fetch: fake.fetch });
      const onRateLimited = vi.fn();
      const { delays, sleep } = instantSleep();
      const result = await declineAll(client, ["!a:localhost", "!b:localhost"], { sleep, onRateLimited });
      expect(result.declined).toEqual(["!a:localhost", "!b:localhost"]);
      expect(onRateLimited.mock.calls).toEqual([["!a:localhost", 1500]]);
      expect(delays).toEqual([1500]);
      // One 429, one retry by the run, one leave for the other room: nothing sent unseen.
      expect(fake.requests).toHaveLength(3);
    });

    it("stops during the wait when cancelled, and keeps the waiting room in remaining", async () => {
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", { error: rateLimitError(30_000) });
      const controller = new AbortController();
      const promise = declineAll(client, ROOMS, {
        signal: controller.signal,
        onRateLimited: () => queueMicrotask(() => controller.abort()),
      });
      const result = await promise;
      expect(result.cancelled).toBe(true);
      expect(result.declined).toEqual([]);
      expect(result.remaining).toEqual(ROOMS);
      expect(client.callsTo("leaveRoom")).toHaveLength(1);
    });
  });

  describe("when some declines fail", () => {
    it("records the failure with its code and declines the rest", async () => {
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", { value: undefined });
      client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
      const result = await declineAll(client, ROOMS);
      expect(result.declined).toEqual(["!a:localhost", "!c:localhost"]);
      expect(result.failed).toEqual([{ roomId: "!b:localhost", code: "server_error" }]);
    });

    it("counts an invite that was already withdrawn as declined", async () => {
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", {
        error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN", error: "@bob:localhost not in room !a:localhost." } }),
      });
      const result = await declineAll(client, ["!a:localhost"]);
      expect(result).toEqual({ declined: ["!a:localhost"], failed: [], skipped: [], remaining: [], cancelled: false });
    });

    it("reports a network failure without retrying (the leave may have reached the server)", async () => {
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", { error: new MatrixNetworkError({ requestMayHaveReachedServer: true }) });
      const result = await declineAll(client, ["!a:localhost", "!b:localhost"]);
      expect(result.failed).toEqual([{ roomId: "!a:localhost", code: "network" }]);
      expect(client.callsTo("leaveRoom")).toHaveLength(2);
    });

    it("stops after an unauthorized answer instead of sending requests that must fail", async () => {
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 401, body: { errcode: "M_UNKNOWN_TOKEN" } }) });
      const result = await declineAll(client, ROOMS);
      expect(result.stoppedBy).toBe("unauthorized");
      expect(result.cancelled).toBe(false);
      expect(result.failed).toEqual([{ roomId: "!a:localhost", code: "unauthorized" }]);
      expect(result.remaining).toEqual(["!b:localhost", "!c:localhost"]);
      expect(client.callsTo("leaveRoom")).toHaveLength(1);
    });

    it("keeps going when a progress callback throws", async () => {
      const client = createRecordingClient();
      const errors: unknown[] = [];
      const original = globalThis.queueMicrotask;
      globalThis.queueMicrotask = (callback) => {
        try {
          callback();
        } catch (error) {
          errors.push(error);
        }
      };
      try {
        const result = await declineAll(client, ROOMS, {
          onRoomSettled: () => {
            throw new Error("host bug");
          },
        });
        expect(result.declined).toEqual(ROOMS);
        expect(errors).toHaveLength(3);
      } finally {
        globalThis.queueMicrotask = original;
      }
    });
  });

  describe("when cancelled", () => {
    it("aborts the request in flight, starts no other, and lists every unsettled room", async () => {
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", { value: undefined });
      client.respondOnce("leaveRoom", "hold");
      const controller = new AbortController();
      const promise = declineAll(client, ROOMS, { signal: controller.signal });
      const second = await client.waitForCall("leaveRoom", 2);
      controller.abort();
      const result = await promise;
      expect(second.status).toBe("aborted");
      expect(result).toEqual({ declined: ["!a:localhost"], failed: [], skipped: [], remaining: ["!b:localhost", "!c:localhost"], cancelled: true });
      expect(client.callsTo("leaveRoom")).toHaveLength(2);
    });

    it("sends nothing when the signal is already aborted", async () => {
      const client = createRecordingClient();
      const result = await declineAll(client, ROOMS, { signal: AbortSignal.abort() });
      expect(result.cancelled).toBe(true);
      expect(result.remaining).toEqual(ROOMS);
      expect(client.calls).toHaveLength(0);
    });

    it("does not start the next room when the abort lands as a request succeeds", async () => {
      const client = createRecordingClient();
      const gate = deferred<void>();
      const controller = new AbortController();
      client.respondOnce("leaveRoom", () => gate.promise);
      const promise = declineAll(client, ROOMS, { signal: controller.signal });
      await client.waitForCall("leaveRoom");
      gate.resolve();
      controller.abort();
      const result = await promise;
      const settled = [...result.declined, ...result.failed.map((failure) => failure.roomId), ...result.remaining];
      expect(settled.sort()).toEqual([...ROOMS].sort());
      expect(client.callsTo("leaveRoom")).toHaveLength(1);
    });

    it("counts a failure a client delivers after the abort as cancelled, not as a failed room (a client that ignores the signal)", async () => {
      const client = createRecordingClient();
      client.respond("leaveRoom", "hold");
      const deaf: Pick<MembershipClient, "leaveRoom"> = {
        leaveRoom: (roomId, options) => client.leaveRoom(roomId, { ...options, signal: undefined }),
      };
      const controller = new AbortController();
      const promise = declineAll(deaf, ROOMS, { signal: controller.signal });
      const first = await client.waitForCall("leaveRoom");
      controller.abort();
      first.reject(new MatrixApiError({ status: 500, body: {} }));
      const result = await promise;
      expect(result).toEqual({ declined: [], failed: [], skipped: [], remaining: ROOMS, cancelled: true });
      expect(client.callsTo("leaveRoom")).toHaveLength(1);
    });
  });
});

/**
 * reportRooms: one POST /rooms/{roomId}/report at a time, waits out 429s as "Decline all"
 * does, records refusals per room, stops on what every further report would share (a lost
 * session, a server without room reports), never throws, and declines nothing.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { MatrixApiError, MatrixNetworkError } from "../../../src/core/client/errors";
import { reportRooms } from "../../../src/core/flows/reportRooms";
import { createMatrixHttpClient } from "../../../src/core/client/http";
import { createFakeFetch, reply } from "../client/fakeFetch";
import { createRecordingClient } from "../../support/recordingClient";
import rateLimited from "../../fixtures/error-rate-limited.json";

const ROOMS = ["!a:localhost", "!b:localhost", "!c:localhost"];

function rateLimitError(retryAfterMs: number): MatrixApiError {
  return new MatrixApiError({ status: 429, body: { ...rateLimited.first_limited_response.body, retry_after_ms: retryAfterMs } });
}

function instantSleep() {
  const delays: number[] = [];
  const sleep = vi.fn(async (ms: number, signal?: AbortSignal) => {
    delays.push(ms);
    if (signal?.aborted) throw new DOMException("aborted", "AbortError");
  });
  return { delays, sleep };
}

describe("reportRooms", () => {
  it("reports each room once, in order, one request at a time, with the reason, and sends no leave", async () => {
    const client = createRecordingClient();
    let inFlight = 0;
    let maxInFlight = 0;
    client.respond("reportRoom", async () => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await Promise.resolve();
      inFlight--;
    });
    const onProgress = vi.fn();
    const result = await reportRooms(client, [...ROOMS, "!a:localhost"], { reason: "spam wave", onProgress });
    expect(result).toEqual({ reported: ROOMS, failed: [], remaining: [], cancelled: false });
    expect(client.callsTo("reportRoom").map((call) => [call.args[0], call.args[1]])).toEqual(ROOMS.map((roomId) => [roomId, "spam wave"]));
    expect(maxInFlight).toBe(1);
    expect(client.callsTo("leaveRoom")).toHaveLength(0);
    expect(onProgress.mock.calls).toEqual([
      [0, 3, "!a:localhost"],
      [1, 3, "!b:localhost"],
      [2, 3, "!c:localhost"],
      [3, 3, undefined],
    ]);
  });

  it("sends an empty reason for a reason that is not text (the spec requires the field)", async () => {
    const client = createRecordingClient();
    await reportRooms(client, ["!a:localhost"], { reason: 42 as unknown as string });
    expect(client.callsTo("reportRoom")[0]?.args[1]).toBe("");
  });

  it("waits what a 429 asks and reports the same room again", async () => {
    const client = createRecordingClient();
    client.respondOnce("reportRoom", { error: rateLimitError(1500) });
    const { delays, sleep } = instantSleep();
    const onRateLimited = vi.fn();
    const result = await reportRooms(client, ROOMS, { reason: "", sleep, onRateLimited });
    expect(result.reported).toEqual(ROOMS);
    expect(delays).toEqual([1500]);
    expect(onRateLimited).toHaveBeenCalledWith("!a:localhost", 1500);
    expect(client.callsTo("reportRoom").map((call) => call.args[0])).toEqual(["!a:localhost", ...ROOMS]);
  });

  it("asks the client for no 429 retry of its own on every report, retries included, so its wait is the only one", async () => {
    const client = createRecordingClient();
    client.respondOnce("reportRoom", { error: rateLimitError(10) });
    const { sleep } = instantSleep();
    await reportRooms(client, ["!a:localhost", "!b:localhost"], { reason: "spam", sleep });
    expect(client.callsTo("reportRoom").map((call) => [call.args[0], call.options.rateLimitRetries])).toEqual([
      ["!a:localhost", 0],
      ["!a:localhost", 0],
      ["!b:localhost", 0],
    ]);
  });

  it("hears of a 429 after one request even through a fetch client with its default 429 retries", async () => {
    const fake = createFakeFetch([reply(429, { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 1500 })], reply(200));
    const client = createMatrixHttpClient({ baseUrl: "https://hs.example", accessToken: "token", fetch: fake.fetch });
    const onRateLimited = vi.fn();
    const { sleep } = instantSleep();
    const result = await reportRooms(client, ["!a:localhost", "!b:localhost"], { reason: "spam", sleep, onRateLimited });
    expect(result.reported).toEqual(["!a:localhost", "!b:localhost"]);
    expect(onRateLimited.mock.calls).toEqual([["!a:localhost", 1500]]);
    expect(fake.requests).toHaveLength(3);
  });

  it("records a refused room with its code and goes on with the next", async () => {
    const client = createRecordingClient();
    client.respondOnce("reportRoom", { error: new MatrixApiError({ status: 404, body: { errcode: "M_NOT_FOUND", error: "Room does not exist" } }) });
    client.respondOnce("reportRoom", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });
    const onRoomSettled = vi.fn();
    const result = await reportRooms(client, ROOMS, { reason: "spam", onRoomSettled });
    expect(result.reported).toEqual(["!c:localhost"]);
    expect(result.failed).toEqual([
      { roomId: "!a:localhost", code: "room_not_found" },
      { roomId: "!b:localhost", code: "network" },
    ]);
    expect(onRoomSettled).toHaveBeenCalledWith("!a:localhost", { ok: false, code: "room_not_found" });
    expect(onRoomSettled).toHaveBeenCalledWith("!c:localhost", { ok: true });
  });

  it("stops at a lost session: the rest are not sent", async () => {
    const client = createRecordingClient();
    client.respondOnce("reportRoom", { error: new MatrixApiError({ status: 401, body: { errcode: "M_UNKNOWN_TOKEN" } }) });
    const result = await reportRooms(client, ROOMS, { reason: "" });
    expect(result).toEqual({
      reported: [],
      failed: [{ roomId: "!a:localhost", code: "unauthorized" }],
      remaining: ["!b:localhost", "!c:localhost"],
      cancelled: false,
      stoppedBy: "unauthorized",
    });
    expect(client.callsTo("reportRoom")).toHaveLength(1);
  });

  it("stops as unsupported when the server does not know the endpoint, blaming no room", async () => {
    const client = createRecordingClient();
    client.respondOnce("reportRoom", { error: new MatrixApiError({ status: 404, body: { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" } }) });
    const result = await reportRooms(client, ROOMS, { reason: "" });
    expect(result).toEqual({ reported: [], failed: [], remaining: ROOMS, cancelled: false, stoppedBy: "unsupported" });
    expect(client.callsTo("reportRoom")).toHaveLength(1);
  });

  it("stops when aborted: the request in flight and the rest stay unreported", async () => {
    const client = createRecordingClient();
    client.respond("reportRoom", "hold");
    const controller = new AbortController();
    const running = reportRooms(client, ROOMS, { reason: "", signal: controller.signal });
    await vi.waitFor(() => expect(client.callsTo("reportRoom")).toHaveLength(1));
    controller.abort();
    const result = await running;
    expect(result).toEqual({ reported: [], failed: [], remaining: ROOMS, cancelled: true });
  });

  it("never throws, whatever the client does, and puts every room in exactly one list", async () => {
    const failure = fc.oneof(
      fc.constant<unknown>(undefined),
      fc.constant<unknown>(new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } })),
      fc.constant<unknown>(new MatrixApiError({ status: 500, body: "not json" })),
      fc.constant<unknown>(new TypeError("bad room ID")),
      fc.constant<unknown>(rateLimitError(10)),
      fc.constant<unknown>("a string thrown"),
      fc.constant<unknown>(null),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...ROOMS, "!d:localhost", "not a room"), { maxLength: 8 }), fc.array(failure, { maxLength: 12 }), async (roomIds, answers) => {
        const client = createRecordingClient();
        for (const answer of answers) {
          if (answer === undefined) client.respondOnce("reportRoom", async () => undefined);
          else
            client.respondOnce("reportRoom", async () => {
              throw answer;
            });
        }
        const { sleep } = instantSleep();
        const result = await reportRooms(client, roomIds, { reason: "r", sleep, maxRetries: 1 });
        const seen = [...result.reported, ...result.failed.map((failure) => failure.roomId), ...result.remaining];
        expect(seen.sort()).toEqual([...new Set(roomIds)].sort());
      }),
      { numRuns: 200 },
    );
  });
});

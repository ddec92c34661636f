import { describe, expect, it, vi } from "vitest";
import { declineAll } from "../../../src/core/flows/declineAll";
import { MatrixApiError } from "../../../src/core/client/errors";
import rateLimited from "../../fixtures/error-rate-limited.json";
import { createRecordingClient } from "../../support/recordingClient";

const ROOMS = ["!a:localhost", "!b:localhost", "!c:localhost"];
const limited = () => new MatrixApiError({ status: 429, body: rateLimited.first_limited_response.body });

describe("declineAll: every room is checked again right before its request", () => {
  it("skips a room that stopped being a pending invite, sending nothing for it", async () => {
    const client = createRecordingClient();
    const gone = new Set<string>();
    client.respond("leaveRoom", async (roomId) => {
      // While the first room is declined, the second is joined in another client.
      if (roomId === "!a:localhost") gone.add("!b:localhost");
    });
    const onRoomSkipped = vi.fn();

    const result = await declineAll(client, ROOMS, { isStillInvited: (roomId) => !gone.has(roomId), onRoomSkipped });

    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual(["!a:localhost", "!c:localhost"]);
    expect(result).toEqual({ declined: ["!a:localhost", "!c:localhost"], failed: [], skipped: ["!b:localhost"], remaining: [], cancelled: false });
    expect(onRoomSkipped).toHaveBeenCalledExactlyOnceWith("!b:localhost");
  });

  it("checks again before the retry after a 429 wait, and skips the room if it went meanwhile", async () => {
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: limited() });
    let stillInvited = true;
    const sleep = vi.fn(async () => {
      stillInvited = false;
    });

    const result = await declineAll(client, ["!a:localhost"], { sleep, isStillInvited: () => stillInvited });

    expect(client.callsTo("leaveRoom")).toHaveLength(1);
    expect(result).toMatchObject({ declined: [], failed: [], skipped: ["!a:localhost"] });
  });

  it("skips a room the caller refuses to send for (another action holds it)", async () => {
    const client = createRecordingClient();
    const runRequest = vi.fn((roomId: string, request: () => Promise<{ alreadyGone: boolean }>) => (roomId === "!b:localhost" ? undefined : request()));

    const result = await declineAll(client, ROOMS, { runRequest });

    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual(["!a:localhost", "!c:localhost"]);
    expect(result.skipped).toEqual(["!b:localhost"]);
    expect(runRequest).toHaveBeenCalledTimes(3);
  });

  it("counts a throwing predicate as 'no longer invited': better not to leave than to leave wrongly", async () => {
    const client = createRecordingClient();
    const uncaught: unknown[] = [];
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = (callback) =>
      original(() => {
        try {
          callback();
        } catch (error) {
          uncaught.push(error);
        }
      });
    try {
      const result = await declineAll(client, ["!a:localhost"], {
        isStillInvited: () => {
          throw new Error("store gone");
        },
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(result.skipped).toEqual(["!a:localhost"]);
    } finally {
      globalThis.queueMicrotask = original;
    }
    expect(client.calls).toHaveLength(0);
    expect(uncaught).toHaveLength(1);
  });

  it("counts skipped rooms as done, so the progress reaches the total", async () => {
    const client = createRecordingClient();
    const progress: [number, number][] = [];

    await declineAll(client, ROOMS, { isStillInvited: (roomId) => roomId !== "!a:localhost", onProgress: (done, total) => progress.push([done, total]) });

    expect(progress.at(-1)).toEqual([3, 3]);
  });
});

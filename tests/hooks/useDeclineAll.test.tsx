import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useDeclineAll } from "../../src/hooks/useDeclineAll";
import { MatrixApiError } from "../../src/core/client/errors";
import type { MembershipClient } from "../../src/core/client/types";
import { createRecordingClient } from "../support/recordingClient";
import rateLimited from "../fixtures/error-rate-limited.json";

const ROOMS = ["!a:localhost", "!b:localhost", "!c:localhost"];

function limited(): MatrixApiError {
  return new MatrixApiError({ status: 429, body: rateLimited.first_limited_response.body });
}

describe("useDeclineAll", () => {
  it("starts idle", () => {
    const client = createRecordingClient();
    const { result } = renderHook(() => useDeclineAll(client));
    expect(result.current.status).toBe("idle");
    expect(result.current.total).toBe(0);
  });

  it("reports running progress, then done with every room declined", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const { result } = renderHook(() => useDeclineAll(client));
    act(() => result.current.start(ROOMS, "spam"));
    expect(result.current.status).toBe("running");
    expect(result.current.total).toBe(3);
    for (let index = 1; index <= 3; index++) {
      const call = await client.waitForCall("leaveRoom", index);
      expect(call.options.reason).toBe("spam");
      await act(async () => call.resolve(undefined));
      expect(result.current.done).toBe(index);
    }
    await waitFor(() => expect(result.current.status).toBe("done"));
    expect(result.current.declined).toEqual(ROOMS);
    expect(result.current.failed).toEqual([]);
  });

  it("ignores a second start while running (double press)", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const { result } = renderHook(() => useDeclineAll(client));
    act(() => {
      result.current.start(ROOMS);
      result.current.start(["!other:localhost"]);
    });
    await client.waitForCall("leaveRoom");
    expect(result.current.total).toBe(3);
    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual(["!a:localhost"]);
  });

  it("cancels: aborts the request in flight and reports what is left", async () => {
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { value: undefined });
    client.respond("leaveRoom", "hold");
    const { result } = renderHook(() => useDeclineAll(client));
    act(() => result.current.start(ROOMS));
    const second = await client.waitForCall("leaveRoom", 2);
    act(() => result.current.cancel());
    await waitFor(() => expect(result.current.status).toBe("cancelled"));
    expect(second.status).toBe("aborted");
    expect(result.current.declined).toEqual(["!a:localhost"]);
    expect(result.current.remaining).toEqual(["!b:localhost", "!c:localhost"]);
    expect(client.callsTo("leaveRoom")).toHaveLength(2);
  });

  it("waits out a 429 and then declines the same room (waitingUntil is set meanwhile)", async () => {
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: limited() });
    let release: () => void = () => undefined;
    const sleep = vi.fn((_ms: number) => new Promise<void>((resolve) => (release = resolve)));
    const { result } = renderHook(() => useDeclineAll(client, { sleep }));
    act(() => result.current.start(["!a:localhost"]));
    await waitFor(() => expect(result.current.waitingUntil).toBeGreaterThan(Date.now()));
    expect(sleep).toHaveBeenCalledWith(4548, expect.anything());
    await act(async () => release());
    await waitFor(() => expect(result.current.status).toBe("done"));
    expect(result.current.declined).toEqual(["!a:localhost"]);
    expect(result.current.failed).toEqual([]);
    expect(client.callsTo("leaveRoom")).toHaveLength(2);
  });

  it("ends in error when the session is gone, listing the failure and the rest", async () => {
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 401, body: { errcode: "M_UNKNOWN_TOKEN" } }) });
    const { result } = renderHook(() => useDeclineAll(client));
    act(() => result.current.start(ROOMS));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toBe("unauthorized");
    expect(result.current.remaining).toEqual(["!b:localhost", "!c:localhost"]);
  });

  it("can run again after a run with failures (error then retry)", async () => {
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 500 }) });
    const { result } = renderHook(() => useDeclineAll(client));
    act(() => result.current.start(["!a:localhost"]));
    await waitFor(() => expect(result.current.status).toBe("done"));
    expect(result.current.failed).toEqual([{ roomId: "!a:localhost", code: "server_error" }]);
    act(() => result.current.start(result.current.failed.map((failure) => failure.roomId)));
    await waitFor(() => expect(result.current.declined).toEqual(["!a:localhost"]));
    expect(result.current.failed).toEqual([]);
  });

  it("aborts on unmount and updates nothing afterwards", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const errors = vi.spyOn(console, "error");
    const { result, unmount } = renderHook(() => useDeclineAll(client));
    act(() => result.current.start(ROOMS));
    const first = await client.waitForCall("leaveRoom");
    unmount();
    expect(first.status).toBe("aborted");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(client.callsTo("leaveRoom")).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it("reset returns to idle after a run", async () => {
    const client = createRecordingClient();
    const { result } = renderHook(() => useDeclineAll(client));
    act(() => result.current.start(["!a:localhost"]));
    await waitFor(() => expect(result.current.status).toBe("done"));
    act(() => result.current.reset());
    expect(result.current.status).toBe("idle");
    expect(result.current.declined).toEqual([]);
  });

  it("reports each declined room, each rate-limit pause and the end through its callbacks", async () => {
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { value: undefined });
    client.respondOnce("leaveRoom", { error: limited() });
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 500 }) });
    const onRoomDeclined = vi.fn();
    const onRateLimited = vi.fn();
    const onFinished = vi.fn();
    const sleep = vi.fn(async () => undefined);
    const { result } = renderHook(() => useDeclineAll(client, { sleep, onRoomDeclined, onRateLimited, onFinished }));
    act(() => result.current.start(ROOMS));
    await waitFor(() => expect(onFinished).toHaveBeenCalledTimes(1));
    expect(onRoomDeclined.mock.calls.map((call) => call[0])).toEqual(["!a:localhost", "!c:localhost"]);
    expect(onRateLimited).toHaveBeenCalledWith(4548);
    expect(onFinished.mock.calls[0]?.[0]).toMatchObject({
      status: "done",
      declined: ["!a:localhost", "!c:localhost"],
      failed: [{ roomId: "!b:localhost", code: "server_error" }],
    });
  });

  it("runs no callback once unmounted", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const onFinished = vi.fn();
    const onRoomDeclined = vi.fn();
    const { result, unmount } = renderHook(() => useDeclineAll(client, { onFinished, onRoomDeclined }));
    act(() => result.current.start(ROOMS));
    await client.waitForCall("leaveRoom");
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onFinished).not.toHaveBeenCalled();
    expect(onRoomDeclined).not.toHaveBeenCalled();
  });

  it("runs no callback once unmounted, even when a client that ignores the signal still declines the room", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const deaf: Pick<MembershipClient, "leaveRoom"> = {
      leaveRoom: (roomId, options) => client.leaveRoom(roomId, { ...options, signal: undefined }),
    };
    const onFinished = vi.fn();
    const onRoomDeclined = vi.fn();
    const { result, unmount } = renderHook(() => useDeclineAll(deaf, { onFinished, onRoomDeclined }));
    act(() => result.current.start(ROOMS));
    const first = await client.waitForCall("leaveRoom");
    unmount();
    first.resolve(undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(first.status).toBe("resolved");
    expect(client.callsTo("leaveRoom")).toHaveLength(1);
    expect(onRoomDeclined).not.toHaveBeenCalled();
    expect(onFinished).not.toHaveBeenCalled();
  });
});

import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MatrixApiError } from "../../src/core/client/errors";
import { useKnock } from "../../src/hooks/useKnock";
import type { KnockCallbacks } from "../../src/hooks/useKnock";
import rateLimited from "../fixtures/error-rate-limited.json";
import knockPending from "../fixtures/knock-pending.json";
import { createRecordingClient } from "../support/recordingClient";
import type { RecordingClient } from "../support/recordingClient";

const ROOM_ID = knockPending.room_id;
const ALIAS = "#design-review:localhost";

function spyCallbacks() {
  return { onKnocked: vi.fn(), onCancelled: vi.fn(), onError: vi.fn() };
}

function renderKnock(client: RecordingClient, callbacks: KnockCallbacks = {}) {
  return renderHook(() => useKnock(client, callbacks));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("useKnock", () => {
  it("knocks by alias with a reason and reports the room knocked on", async () => {
    const client = createRecordingClient();
    client.respond("knockRoom", "hold");
    const callbacks = spyCallbacks();
    const { result } = renderKnock(client, callbacks);

    act(() => result.current.knock({ roomIdOrAlias: ALIAS, reason: "I review designs too", via: ["localhost"] }));
    expect(result.current).toMatchObject({ status: "knocking", isPending: true, roomId: undefined });
    const call = await client.waitForCall("knockRoom");
    expect(call.args[0]).toBe(ALIAS);
    expect(call.options).toMatchObject({ reason: "I review designs too", via: ["localhost"] });
    act(() => call.resolve({ roomId: ROOM_ID }));

    await waitFor(() => expect(result.current.status).toBe("knocked"));
    expect(result.current.roomId).toBe(ROOM_ID);
    expect(callbacks.onKnocked).toHaveBeenCalledExactlyOnceWith(ROOM_ID);
  });

  it("ignores a double press while knocking", async () => {
    const client = createRecordingClient();
    client.respond("knockRoom", "hold");
    const { result } = renderKnock(client);

    act(() => {
      result.current.knock({ roomIdOrAlias: ALIAS });
      result.current.knock({ roomIdOrAlias: ALIAS });
    });
    act(() => result.current.cancel({ roomId: ROOM_ID }));

    await client.waitForCall("knockRoom");
    expect(client.methodsCalled()).toEqual(["knockRoom"]);
  });

  it("withdraws the knock it sent", async () => {
    const client = createRecordingClient();
    const callbacks = spyCallbacks();
    const { result } = renderKnock(client, callbacks);
    act(() => result.current.knock({ roomIdOrAlias: ROOM_ID }));
    await waitFor(() => expect(result.current.status).toBe("knocked"));

    act(() => result.current.cancel({ reason: "found another way in" }));
    expect(result.current).toMatchObject({ status: "cancelling", roomId: ROOM_ID });

    await waitFor(() => expect(result.current.status).toBe("cancelled"));
    expect(client.callsTo("leaveRoom")[0]?.args[0]).toBe(ROOM_ID);
    expect(client.callsTo("leaveRoom")[0]?.options.reason).toBe("found another way in");
    expect(callbacks.onCancelled).toHaveBeenCalledExactlyOnceWith(ROOM_ID);
  });

  it("withdraws a knock sent earlier (from the inbox) by room ID, and does nothing without one", async () => {
    const client = createRecordingClient();
    const { result } = renderKnock(client);

    act(() => result.current.cancel());
    expect(result.current.status).toBe("idle");
    expect(client.calls).toHaveLength(0);

    act(() => result.current.cancel({ roomId: ROOM_ID }));
    await waitFor(() => expect(result.current.status).toBe("cancelled"));
    expect(client.methodsCalled()).toEqual(["leaveRoom"]);
  });

  it("shows a refused knock, then retries the same knock", async () => {
    vi.spyOn(Date, "now").mockReturnValue(2_000_000);
    const client = createRecordingClient();
    client.respondOnce("knockRoom", { error: new MatrixApiError(rateLimited.first_limited_response) });
    const callbacks = spyCallbacks();
    const { result } = renderKnock(client, callbacks);

    act(() => result.current.knock({ roomIdOrAlias: ALIAS, reason: "please" }));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toEqual({ code: "rate_limited", action: "knock", retryAfterMs: 4548, retryAt: 2_004_548 });
    expect(callbacks.onError).toHaveBeenCalledExactlyOnceWith(result.current.error);

    act(() => result.current.retry());

    await waitFor(() => expect(result.current.status).toBe("knocked"));
    expect(client.callsTo("knockRoom").map((call) => [call.args[0], call.options.reason])).toEqual([
      [ALIAS, "please"],
      [ALIAS, "please"],
    ]);
  });

  it("maps a room that does not take knocks to forbidden", async () => {
    const client = createRecordingClient();
    client.respond("knockRoom", { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN", error: "You are not allowed to knock on this room" } }) });
    const { result } = renderKnock(client);

    act(() => result.current.knock({ roomIdOrAlias: ROOM_ID }));

    await waitFor(() => expect(result.current.error).toEqual({ code: "forbidden", action: "knock" }));
  });

  it("lets the knock finish after unmount without calling back, and never aborts it", async () => {
    const client = createRecordingClient();
    client.respond("knockRoom", "hold");
    const callbacks = spyCallbacks();
    const { result, unmount } = renderKnock(client, callbacks);
    act(() => result.current.knock({ roomIdOrAlias: ALIAS }));
    const call = await client.waitForCall("knockRoom");

    unmount();
    expect(call.signal?.aborted ?? false).toBe(false);
    call.resolve({ roomId: ROOM_ID });
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(callbacks.onKnocked).not.toHaveBeenCalled();
  });

  it("drops a slow knock answer after a reset and a newer knock", async () => {
    const client = createRecordingClient();
    client.respond("knockRoom", "hold");
    const callbacks = spyCallbacks();
    const { result } = renderKnock(client, callbacks);

    act(() => result.current.knock({ roomIdOrAlias: "#old:localhost" }));
    const slow = await client.waitForCall("knockRoom", 1);
    act(() => result.current.reset());
    act(() => result.current.knock({ roomIdOrAlias: ALIAS }));
    const fast = await client.waitForCall("knockRoom", 2);
    act(() => fast.resolve({ roomId: ROOM_ID }));
    await waitFor(() => expect(result.current.status).toBe("knocked"));

    act(() => slow.resolve({ roomId: "!old:localhost" }));
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(result.current.roomId).toBe(ROOM_ID);
    expect(callbacks.onKnocked).toHaveBeenCalledExactlyOnceWith(ROOM_ID);
  });

  it("does not treat an abort as a failure", async () => {
    const client = createRecordingClient();
    client.respondOnce("knockRoom", { error: new DOMException("The operation was aborted.", "AbortError") });
    const callbacks = spyCallbacks();
    const { result } = renderKnock(client, callbacks);

    act(() => result.current.knock({ roomIdOrAlias: ALIAS }));

    await waitFor(() => expect(client.callsTo("knockRoom")[0]?.status).toBe("rejected"));
    await waitFor(() => expect(result.current.status).toBe("idle"));
    expect(callbacks.onError).not.toHaveBeenCalled();
  });
});

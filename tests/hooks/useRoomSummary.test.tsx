import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MatrixApiError } from "../../src/core/client/errors";
import type { MembershipClient } from "../../src/core/client/types";
import { useRoomSummary } from "../../src/hooks/useRoomSummary";
import type { UseRoomSummaryOptions } from "../../src/hooks/useRoomSummary";
import accepted from "../fixtures/accept-named-room-full.json";
import errors from "../fixtures/errors.json";
import { createRecordingClient } from "../support/recordingClient";
import type { RecordingClient } from "../support/recordingClient";

const ROOM_ID = accepted.room_id;
const LIVE_STATE = accepted.live_state as unknown[];
const OTHER_ROOM = "!other:localhost";

function renamed(name: string): unknown[] {
  return LIVE_STATE.map((event) =>
    (event as { type: string }).type === "m.room.name" ? { ...(event as object), content: { name } } : event,
  );
}

function renderSummary(client: RecordingClient, roomId: string | undefined = ROOM_ID, options: UseRoomSummaryOptions = {}) {
  return renderHook((props: { roomId: string | undefined; options: UseRoomSummaryOptions }) => useRoomSummary(client, props.roomId, props.options), {
    initialProps: { roomId, options },
  });
}

describe("useRoomSummary", () => {
  it("fetches the live state and summarises it as trusted", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", { value: LIVE_STATE });
    const { result } = renderSummary(client);
    expect(result.current.status).toBe("loading");

    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(result.current.summary).toMatchObject({ roomId: ROOM_ID, trusted: true, name: { kind: "named", name: "Design Review" }, membership: "join" });
    expect(client.callsTo("getRoomState")[0]?.args[0]).toBe(ROOM_ID);
  });

  it("fetches nothing while disabled or without a room", () => {
    const client = createRecordingClient();
    expect(renderSummary(client, ROOM_ID, { enabled: false }).result.current).toMatchObject({ status: "idle", summary: undefined });
    expect(renderHook(() => useRoomSummary(client, undefined)).result.current.status).toBe("idle");
    expect(renderSummary(client, "").result.current.status).toBe("idle");
    expect(client.calls).toHaveLength(0);
  });

  it("aborts the request on unmount", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", "hold");
    const { unmount } = renderSummary(client);
    const call = await client.waitForCall("getRoomState");

    unmount();

    expect(call.status).toBe("aborted");
  });

  it("shows an error, keeps nothing from another room, then succeeds on refetch", async () => {
    const client = createRecordingClient();
    client.respondOnce("getRoomState", { error: new MatrixApiError(errors.responses.state_while_invited) });
    client.respond("getRoomState", { value: LIVE_STATE });
    const { result } = renderSummary(client);

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toEqual({ code: "forbidden" });
    expect(result.current.summary).toBeUndefined();

    act(() => result.current.refetch());
    expect(result.current.status).toBe("loading");

    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(client.callsTo("getRoomState")).toHaveLength(2);
  });

  it("keeps the previous summary while refetching, and after a failed refetch", async () => {
    const client = createRecordingClient();
    client.respondOnce("getRoomState", { value: LIVE_STATE });
    client.respondOnce("getRoomState", "hold");
    const { result } = renderSummary(client);
    await waitFor(() => expect(result.current.status).toBe("success"));

    act(() => result.current.refetch());
    expect(result.current).toMatchObject({ status: "loading", summary: { name: { kind: "named", name: "Design Review" } } });
    const second = await client.waitForCall("getRoomState", 2);
    act(() => second.reject(new MatrixApiError({ status: 502 })));

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.summary?.name).toEqual({ kind: "named", name: "Design Review" });
  });

  it("ignores a slow answer that arrives after a newer refetch", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", "hold");
    const { result } = renderSummary(client);
    const slow = await client.waitForCall("getRoomState", 1);

    act(() => result.current.refetch());
    const fast = await client.waitForCall("getRoomState", 2);
    expect(slow.status).toBe("aborted");
    act(() => fast.resolve(renamed("Newer")));
    await waitFor(() => expect(result.current.status).toBe("success"));
    act(() => slow.resolve(renamed("Older")));

    expect(result.current.summary?.name).toEqual({ kind: "named", name: "Newer" });
  });

  it("ignores slow answers, success or failure, that a client delivers after the abort of a newer refetch", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", "hold");
    // A client that does not honour the signal: the hook's own check is all that drops the answer.
    const signals: (AbortSignal | undefined)[] = [];
    const deaf: MembershipClient = {
      ...client,
      getRoomState: (roomId, options) => {
        signals.push(options?.signal);
        return client.getRoomState(roomId);
      },
    };
    const { result } = renderHook(() => useRoomSummary(deaf, ROOM_ID));
    const first = await client.waitForCall("getRoomState", 1);
    act(() => result.current.refetch());
    const second = await client.waitForCall("getRoomState", 2);
    act(() => result.current.refetch());
    const newest = await client.waitForCall("getRoomState", 3);
    expect(signals.map((signal) => signal?.aborted)).toEqual([true, true, false]);

    act(() => newest.resolve(renamed("Newer")));
    await waitFor(() => expect(result.current.status).toBe("success"));
    await act(async () => {
      first.resolve(renamed("Older"));
      second.reject(new MatrixApiError({ status: 500, body: {} }));
    });

    expect(result.current).toMatchObject({ status: "success", error: undefined });
    expect(result.current.summary?.name).toEqual({ kind: "named", name: "Newer" });
  });

  it("never shows the summary of the previous room after the room changes", async () => {
    const client = createRecordingClient();
    client.respondOnce("getRoomState", { value: LIVE_STATE });
    client.respondOnce("getRoomState", "hold");
    const { result, rerender } = renderSummary(client);
    await waitFor(() => expect(result.current.status).toBe("success"));

    rerender({ roomId: OTHER_ROOM, options: {} });

    expect(result.current).toMatchObject({ status: "loading", summary: undefined });
    const call = await client.waitForCall("getRoomState", 2);
    expect(call.args[0]).toBe(OTHER_ROOM);
  });

  it("describes the membership of the given user", async () => {
    const client = createRecordingClient({ userId: "@carol:localhost" });
    client.respond("getRoomState", { value: LIVE_STATE });
    const { result } = renderSummary(client, ROOM_ID, { userId: "@alice:localhost" });

    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(result.current.summary?.membership).toBe("join");
    expect(result.current.summary?.name).toEqual({ kind: "named", name: "Design Review" });
  });
});

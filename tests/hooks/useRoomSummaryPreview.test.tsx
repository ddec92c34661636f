/**
 * `useRoomSummary` with `source: "room_summary"`: a room read before joining, through
 * `GET /room_summary` (the answers are Synapse's captures), with the same status vocabulary,
 * aborts and stale-answer rules as the live-state source.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MatrixApiError } from "../../src/core/client/errors";
import type { MembershipClient } from "../../src/core/client/types";
import { useRoomSummary } from "../../src/hooks/useRoomSummary";
import type { UseRoomPreviewOptions } from "../../src/hooks/useRoomSummary";
import accepted from "../fixtures/accept-named-room-full.json";
import rateLimited from "../fixtures/error-rate-limited.json";
import errors from "../fixtures/errors.json";
import named from "../fixtures/invite-named-room-full.json";
import space from "../fixtures/invite-space.json";
import { createRecordingClient } from "../support/recordingClient";
import type { RecordingClient } from "../support/recordingClient";

const ROOM = named.room_id;
const NAMED = named.room_summary_while_invited.body;
const SPACE = space.room_summary_while_invited.body;

function renderPreview(client: MembershipClient, room: string | undefined = ROOM, options: Partial<UseRoomPreviewOptions> = {}) {
  return renderHook(
    (props: { room: string | undefined; options: Partial<UseRoomPreviewOptions> }) =>
      useRoomSummary(client, props.room, { source: "room_summary", ...props.options }),
    { initialProps: { room, options } },
  );
}

function holdingClient(): RecordingClient {
  const client = createRecordingClient();
  client.respond("getRoomSummary", "hold");
  return client;
}

describe("useRoomSummary from the room summary", () => {
  it("reads the server's summary into a preview, through the via servers", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: { value: NAMED } } });
    const { result } = renderPreview(client, ROOM, { via: ["localhost"] });
    expect(result.current.status).toBe("loading");

    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(result.current.summary).toMatchObject({ roomId: ROOM, name: "Design Review", roomVersion: "11", membership: "invite", isEncrypted: true });
    const call = client.callsTo("getRoomSummary")[0];
    expect(call?.args[0]).toBe(ROOM);
    expect(call?.options.via).toEqual(["localhost"]);
    expect(client.callsTo("getRoomState")).toHaveLength(0);
  });

  it("asks without via servers when none are given", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: { value: NAMED } } });
    renderPreview(client, "#design-review:localhost");
    const call = await client.waitForCall("getRoomSummary");
    expect(call.options).not.toHaveProperty("via");
  });

  it("fetches nothing while disabled or without a room", () => {
    const client = createRecordingClient();
    expect(renderPreview(client, ROOM, { enabled: false }).result.current).toMatchObject({ status: "idle", summary: undefined });
    expect(renderPreview(client, "").result.current.status).toBe("idle");
    expect(renderHook(() => useRoomSummary(client, undefined, { source: "room_summary" })).result.current.status).toBe("idle");
    expect(client.calls).toHaveLength(0);
  });
});

describe("useRoomSummary from the room summary: errors", () => {
  it("reports an unknown room as room_not_found", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: { error: new MatrixApiError(errors.responses.join_unknown_alias) } } });
    const { result } = renderPreview(client, "#nope:localhost");
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current).toMatchObject({ error: { code: "room_not_found" }, summary: undefined });
  });

  it("reports rate limiting with the wait the server asked for", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: { error: new MatrixApiError(rateLimited.first_limited_response) } } });
    const { result } = renderPreview(client);
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toEqual({ code: "rate_limited", retryAfterMs: 4548 });
  });

  it("succeeds on refetch after a failure", async () => {
    const client = createRecordingClient();
    client.respondOnce("getRoomSummary", { error: new MatrixApiError({ status: 502 }) });
    client.respond("getRoomSummary", { value: NAMED });
    const { result } = renderPreview(client);
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error?.code).toBe("server_error");

    act(() => result.current.refetch());
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(client.callsTo("getRoomSummary")).toHaveLength(2);
  });

  it("reports an abort it did not ask for as a network failure, not loading for ever", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: { error: new DOMException("The client stopped", "AbortError") } } });
    const { result } = renderPreview(client);
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error?.code).toBe("network");
  });
});

describe("useRoomSummary from the room summary: another room, later answers", () => {
  it("aborts the request on unmount, and when the room or the via servers change", async () => {
    const client = holdingClient();
    const { rerender, unmount } = renderPreview(client);
    const first = await client.waitForCall("getRoomSummary", 1);

    rerender({ room: ROOM, options: { via: ["localhost"] } });
    const second = await client.waitForCall("getRoomSummary", 2);
    expect(first.status).toBe("aborted");
    expect(second.options.via).toEqual(["localhost"]);

    rerender({ room: space.room_id, options: { via: ["localhost"] } });
    const third = await client.waitForCall("getRoomSummary", 3);
    expect(second.status).toBe("aborted");

    unmount();
    expect(third.status).toBe("aborted");
  });

  it("does not fetch again when the caller builds an equal via list on every render", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: { value: NAMED } } });
    const { result, rerender } = renderPreview(client, ROOM, { via: ["localhost"] });
    await waitFor(() => expect(result.current.status).toBe("success"));
    rerender({ room: ROOM, options: { via: ["localhost"] } });
    expect(result.current.status).toBe("success");
    expect(client.callsTo("getRoomSummary")).toHaveLength(1);
  });

  it("drops the previous room's answer, success or failure, that a client delivers after the abort", async () => {
    const client = holdingClient();
    const deaf: MembershipClient = { ...client, getRoomSummary: (room, options) => client.getRoomSummary(room, { ...options, signal: undefined }) };
    const { result, rerender } = renderHook((props: { room: string }) => useRoomSummary(deaf, props.room, { source: "room_summary" }), {
      initialProps: { room: ROOM },
    });
    const old = await client.waitForCall("getRoomSummary", 1);
    rerender({ room: space.room_id });
    const next = await client.waitForCall("getRoomSummary", 2);
    act(() => next.resolve(SPACE));
    await waitFor(() => expect(result.current.status).toBe("success"));

    await act(async () => old.resolve(NAMED));
    expect(result.current.summary).toMatchObject({ roomId: space.room_id, name: "Engineering" });
    await act(async () => old.reject(new MatrixApiError({ status: 500, body: {} })));
    expect(result.current).toMatchObject({ status: "success", error: undefined });
  });

  it("never shows a live-state summary as the room's preview, nor the other way round", async () => {
    const client = createRecordingClient({ answers: { getRoomState: { value: accepted.live_state as unknown[] }, getRoomSummary: "hold" } });
    const { result, rerender } = renderHook(
      (props: { source: "live_state" | "room_summary" }) =>
        props.source === "live_state" ? useRoomSummary(client, accepted.room_id) : useRoomSummary(client, accepted.room_id, { source: "room_summary" }),
      { initialProps: { source: "live_state" as "live_state" | "room_summary" } },
    );
    await waitFor(() => expect(result.current.status).toBe("success"));

    rerender({ source: "room_summary" });
    expect(result.current).toMatchObject({ status: "loading", summary: undefined });
    await client.waitForCall("getRoomSummary");
  });
});

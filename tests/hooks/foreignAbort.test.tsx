import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { invitePermissionConfig } from "../../src/core/accountDataSettings";
import { useAccountDataSetting } from "../../src/hooks/useAccountDataSetting";
import { useRoomSummary } from "../../src/hooks/useRoomSummary";
import accepted from "../fixtures/accept-named-room-full.json";
import { createRecordingClient } from "../support/recordingClient";

/** What a client rejects with when it aborts a request itself (shutting down, logging out). */
const foreignAbort = () => new DOMException("The client stopped", "AbortError");

describe("reads aborted by the client, not by the hook", () => {
  it("useRoomSummary reports a network error with refetch instead of loading for ever", async () => {
    const client = createRecordingClient();
    client.respondOnce("getRoomState", { error: foreignAbort() });
    client.respond("getRoomState", { value: accepted.live_state as unknown[] });
    const { result } = renderHook(() => useRoomSummary(client, accepted.room_id));

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error?.code).toBe("network");

    act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(result.current.summary?.trusted).toBe(true);
  });

  it("useAccountDataSetting reports a failed read with reload instead of loading for ever", async () => {
    const client = createRecordingClient();
    client.respondOnce("getAccountData", { error: foreignAbort() });
    client.respond("getAccountData", { value: { default_action: "block" } });
    const { result } = renderHook(() => useAccountDataSetting(client, invitePermissionConfig));

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error?.code).toBe("network");
    expect(result.current.value).toEqual({ blockAll: false });

    act(() => result.current.reload());
    await waitFor(() => expect(result.current.status).toBe("ready"));
    expect(result.current.value).toEqual({ blockAll: true });
  });
});

import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { MatrixNetworkError } from "../../src/core/client/errors";
import { useInviteActions } from "../../src/hooks/useInviteActions";
import type { InviteTarget } from "../../src/hooks/useInviteActions";
import accepted from "../fixtures/accept-named-room-full.json";
import { createRecordingClient } from "../support/recordingClient";
import type { RecordingClient } from "../support/recordingClient";

const ROOM_ID = accepted.room_id;
const INVITER = "@alice:localhost";
const DM: InviteTarget = { roomId: ROOM_ID, userId: "@bob:localhost", inviterId: INVITER, isDirect: true };
const LIVE_STATE = accepted.live_state as unknown[];
const DIRECT_TYPE = "m.direct";

function renderActions(client: RecordingClient, invite: InviteTarget, onAccepted = vi.fn()) {
  return renderHook(() => useInviteActions(client, invite, { onAccepted }));
}

describe("useInviteActions: accepting a direct message records it in m.direct", () => {
  it("after accepting a DM invite, lists the room under the inviter and keeps the other entries", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", { value: LIVE_STATE });
    client.respond("getAccountData", { value: { "@carol:localhost": ["!older:localhost"] } });
    const { result } = renderActions(client, DM);

    act(() => result.current.accept());

    const write = await client.waitForCall("setAccountData");
    expect(write.args[0]).toBe(DIRECT_TYPE);
    expect(write.args[1]).toEqual({ "@carol:localhost": ["!older:localhost"], [INVITER]: [ROOM_ID] });
    await waitFor(() => expect(result.current.status).toBe("accepted"));
    // The accept itself is still one join and one state read; m.direct adds one read and one write.
    expect([...client.methodsCalled()].sort()).toEqual(["getAccountData", "getRoomState", "joinRoom", "setAccountData"]);
    expect(client.methodsCalled()[0]).toBe("joinRoom");
    expect(client.callsTo("getAccountData")[0]?.args[0]).toBe(DIRECT_TYPE);
  });

  it("touches no account data when the invite is not a direct message", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", { value: LIVE_STATE });
    const { result } = renderActions(client, { ...DM, isDirect: false });

    act(() => result.current.accept());

    await waitFor(() => expect(result.current.status).toBe("accepted"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
  });

  it("touches no account data for a DM invite without a known inviter", async () => {
    const client = createRecordingClient();
    const { result } = renderActions(client, { roomId: ROOM_ID, userId: "@bob:localhost", isDirect: true });

    act(() => result.current.accept());

    await waitFor(() => expect(result.current.status).toBe("accepted"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
  });

  it("reports accepted before the m.direct update finishes", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", "hold");
    const onAccepted = vi.fn();
    const { result } = renderActions(client, DM, onAccepted);

    act(() => result.current.accept());

    await client.waitForCall("getAccountData");
    await waitFor(() => expect(result.current.status).toBe("accepted"));
    expect(onAccepted).toHaveBeenCalledOnce();
    expect(client.pendingCalls().map((call) => call.method)).toEqual(["getAccountData"]);
  });

  it.each([
    ["the read", "getAccountData"],
    ["the write", "setAccountData"],
  ] as const)("stays accepted with its live summary when %s of m.direct fails", async (_label, method) => {
    const client = createRecordingClient();
    client.respond("getRoomState", { value: LIVE_STATE });
    client.respond(method, { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });
    const onAccepted = vi.fn();
    const { result } = renderActions(client, DM, onAccepted);

    act(() => result.current.accept());

    await waitFor(() => expect(client.callsTo(method)[0]?.status).toBe("rejected"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.status).toBe("accepted");
    expect(result.current.error).toBeUndefined();
    expect(result.current.liveSummary).toMatchObject({ roomId: ROOM_ID, trusted: true, membership: "join" });
    expect(onAccepted).toHaveBeenCalledOnce();
  });

  it("records the DM when the join worked but the live state could not be read", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });
    const { result } = renderActions(client, DM);

    act(() => result.current.accept());

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error?.joined).toBe(true);
    const write = await client.waitForCall("setAccountData");
    expect(write.args[1]).toEqual({ [INVITER]: [ROOM_ID] });
  });

  it("still records the DM when the component unmounts while the accept is in flight", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    const { result, unmount } = renderActions(client, DM);

    act(() => result.current.accept());
    const join = await client.waitForCall("joinRoom");
    unmount();
    join.resolve({ roomId: ROOM_ID });

    // The state read is aborted with the component; the join stands, and so does the DM.
    const write = await client.waitForCall("setAccountData");
    expect(write.args[1]).toEqual({ [INVITER]: [ROOM_ID] });
    expect(write.signal?.aborted ?? false).toBe(false);
  });
});

import { describe, expect, it, vi } from "vitest";
import { directRooms } from "../../../src/core/accountDataSettings";
import { MatrixApiError, MatrixNetworkError } from "../../../src/core/client/errors";
import { acceptInvite } from "../../../src/core/flows/acceptInvite";
import { summarizeInvite } from "../../../src/core/summary";
import dmFixture from "../../fixtures/invite-dm-unnamed.json";
import namedFixture from "../../fixtures/invite-named-room-full.json";
import { createRecordingClient } from "../../support/recordingClient";

const BOB = "@bob:localhost";
const ALICE = "@alice:localhost";
const DM_ROOM = dmFixture.room_id;
const dmSummary = () => summarizeInvite(dmFixture.sync_invite_entry.invite_state, { userId: BOB, roomId: DM_ROOM });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("acceptInvite: a direct chat goes into m.direct", () => {
  it("lists the room under the inviter after the join, keeping the other entries (from the summary)", async () => {
    const client = createRecordingClient({ answers: { getAccountData: { value: { "@carol:localhost": ["!older:localhost"] } } } });

    await acceptInvite(client, { roomId: DM_ROOM, userId: BOB, invite: dmSummary() });
    await settle();

    const write = client.callsTo("setAccountData")[0];
    expect(write?.args[0]).toBe(directRooms.type);
    expect(write?.args[1]).toEqual({ "@carol:localhost": ["!older:localhost"], [ALICE]: [DM_ROOM] });
    expect(client.methodsCalled()[0]).toBe("joinRoom");
  });

  it("reads the same rule from the raw invite state", async () => {
    const client = createRecordingClient();
    await acceptInvite(client, { roomId: DM_ROOM, userId: BOB, inviteState: dmFixture.sync_invite_entry.invite_state });
    await settle();
    expect(client.callsTo("setAccountData")[0]?.args[1]).toEqual({ [ALICE]: [DM_ROOM] });
  });

  it("touches no account data for an ordinary room, nor for an invite from the user themself", async () => {
    const client = createRecordingClient();
    await acceptInvite(client, { roomId: namedFixture.room_id, userId: BOB, inviteState: namedFixture.sync_invite_entry.invite_state });
    await acceptInvite(client, { roomId: DM_ROOM, userId: BOB, invite: { ...dmSummary(), inviter: { userId: BOB } } });
    await acceptInvite(client, { roomId: DM_ROOM, userId: BOB, invite: { ...dmSummary(), inviter: undefined } });
    await settle();
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState", "joinRoom", "getRoomState", "joinRoom", "getRoomState"]);
  });

  it("resolves without waiting for the write, and hands a failed write to onDirectRoomError only", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", "hold");
    const onDirectRoomError = vi.fn();

    await acceptInvite(client, { roomId: DM_ROOM, userId: BOB, invite: dmSummary(), onDirectRoomError });
    expect(client.pendingCalls().map((call) => call.method)).toEqual(["getAccountData"]);
    const failure = new MatrixNetworkError({ requestMayHaveReachedServer: false });
    client.callsTo("getAccountData")[0]?.reject(failure);
    await settle();

    expect(onDirectRoomError).toHaveBeenCalledExactlyOnceWith(failure);
  });

  it("records the chat also when the state read then fails: the user is in the room", async () => {
    const client = createRecordingClient({ answers: { getRoomState: { error: new MatrixApiError({ status: 502 }) } } });
    await expect(acceptInvite(client, { roomId: DM_ROOM, userId: BOB, invite: dmSummary() })).rejects.toMatchObject({ action: "state" });
    await settle();
    expect(client.callsTo("setAccountData")[0]?.args[1]).toEqual({ [ALICE]: [DM_ROOM] });
  });

  it("never aborts the write: the read signal cuts only the state read", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    const reads = new AbortController();
    const accepting = acceptInvite(client, { roomId: DM_ROOM, userId: BOB, invite: dmSummary(), readSignal: reads.signal });
    const join = await client.waitForCall("joinRoom");

    reads.abort();
    join.resolve({ roomId: DM_ROOM });

    await expect(accepting).rejects.toMatchObject({ name: "AbortError" });
    await settle();
    expect(join.signal?.aborted ?? false).toBe(false);
    expect(client.callsTo("getRoomState")[0]?.status).toBe("aborted");
    expect(client.callsTo("getAccountData")[0]?.signal).toBeUndefined();
    expect(client.callsTo("setAccountData")[0]?.status).toBe("resolved");
  });
});

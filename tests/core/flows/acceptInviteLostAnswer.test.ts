/**
 * A join whose answer was lost: the join worked on the server, but the connection dropped
 * (or timed out) before the answer arrived. acceptInvite asks the server before reporting a
 * failure, so the user is not told "could not join" about a room they are in.
 */
import { describe, expect, it } from "vitest";
import acceptFixture from "../../fixtures/accept-named-room-full.json";
import dmFixture from "../../fixtures/invite-dm-unnamed.json";
import { MatrixApiError, MatrixNetworkError, MembershipActionError } from "../../../src/core/client/errors";
import { acceptInvite } from "../../../src/core/flows/acceptInvite";
import { summarizeInvite } from "../../../src/core/summary";
import { createRecordingClient } from "../../support/recordingClient";

const BOB = "@bob:localhost";
const ROOM_ID = acceptFixture.room_id;
const lostAnswer = () => new MatrixNetworkError({ requestMayHaveReachedServer: true, method: "POST", path: "/join" });

/** The live state with bob's membership set to `membership`. */
function liveStateWith(membership: string): unknown[] {
  return acceptFixture.live_state.map((event) =>
    event.type === "m.room.member" && event.state_key === BOB ? { ...event, content: { ...event.content, membership } } : event,
  );
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the flow to reject");
    },
    (error: unknown) => error,
  );
}

describe("acceptInvite: a join whose answer was lost", () => {
  it("succeeds when the live state shows the user joined, without joining again", async () => {
    const client = createRecordingClient({
      answers: { joinRoom: { error: lostAnswer() }, getRoomState: { value: acceptFixture.live_state } },
    });

    const summary = await acceptInvite(client, { roomId: ROOM_ID, userId: BOB });

    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
    expect(summary).toMatchObject({ trusted: true, roomId: ROOM_ID, membership: "join" });
  });

  it("also after the client's own timeout", async () => {
    const timedOut = new MatrixNetworkError({ requestMayHaveReachedServer: true, timedOut: true });
    const client = createRecordingClient({ answers: { joinRoom: { error: timedOut }, getRoomState: { value: acceptFixture.live_state } } });

    await expect(acceptInvite(client, { roomId: ROOM_ID, userId: BOB })).resolves.toMatchObject({ membership: "join" });
  });

  it("reports the join's failure when the live state shows the user still invited", async () => {
    const client = createRecordingClient({
      answers: { joinRoom: { error: lostAnswer() }, getRoomState: { value: liveStateWith("invite") } },
    });

    const error = await rejection(acceptInvite(client, { roomId: ROOM_ID, userId: BOB }));

    expect(error).toBeInstanceOf(MembershipActionError);
    expect(error).toMatchObject({ action: "join", code: "network", requestMayHaveReachedServer: true });
  });

  it("reports the join's failure when the state cannot be read (not in the room: 403)", async () => {
    const forbidden = new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } });
    const client = createRecordingClient({ answers: { joinRoom: { error: lostAnswer() }, getRoomState: { error: forbidden } } });

    const error = await rejection(acceptInvite(client, { roomId: ROOM_ID, userId: BOB }));

    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
    expect(error).toMatchObject({ action: "join", code: "network" });
  });

  it("asks nothing when the request cannot have reached the server, or the server answered", async () => {
    for (const failure of [
      new MatrixNetworkError({ requestMayHaveReachedServer: false }),
      new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }),
    ]) {
      const client = createRecordingClient({ answers: { joinRoom: { error: failure } } });
      await rejection(acceptInvite(client, { roomId: ROOM_ID, userId: BOB }));
      expect(client.methodsCalled()).toEqual(["joinRoom"]);
    }
  });

  it("asks nothing once the read signal has aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const client = createRecordingClient({ answers: { joinRoom: { error: lostAnswer() } } });

    const error = await rejection(acceptInvite(client, { roomId: ROOM_ID, userId: BOB, readSignal: controller.signal }));

    expect(client.methodsCalled()).toEqual(["joinRoom"]);
    expect(error).toMatchObject({ action: "join", code: "network" });
  });

  it("still records a direct chat in m.direct once the state shows the join worked", async () => {
    const roomId = dmFixture.room_id;
    const live = acceptFixture.live_state.map((event) => ({ ...event, room_id: roomId }));
    const client = createRecordingClient({ answers: { joinRoom: { error: lostAnswer() }, getRoomState: { value: live } } });
    const invite = summarizeInvite(dmFixture.sync_invite_entry.invite_state, { userId: BOB, roomId });

    await acceptInvite(client, { roomId, userId: BOB, invite });
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(client.callsTo("setAccountData")[0]?.args[1]).toEqual({ "@alice:localhost": [roomId] });
  });
});

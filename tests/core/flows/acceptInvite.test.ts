import { describe, expect, it } from "vitest";
import acceptFixture from "../../fixtures/accept-named-room-full.json";
import errorsFixture from "../../fixtures/errors.json";
import inviteFixture from "../../fixtures/invite-named-room-full.json";
import v12Fixture from "../../fixtures/invite-named-room-v12.json";
import { MatrixApiError, MatrixNetworkError, MembershipActionError } from "../../../src/core/client/errors";
import { acceptInvite } from "../../../src/core/flows/acceptInvite";
import { createRecordingClient } from "../../support/recordingClient";
import { hostileValues } from "./hostileValues";

const BOB = "@bob:localhost";
const ROOM_ID = acceptFixture.room_id;
const responses = errorsFixture.responses;

function apiError(response: { status: number; body: unknown }): MatrixApiError {
  return new MatrixApiError({ status: response.status, body: response.body });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the flow to reject");
    },
    (error: unknown) => error,
  );
}

describe("acceptInvite", () => {
  describe("when the join and the state read succeed", () => {
    it("costs exactly two requests: the join, then the live state", async () => {
      const client = createRecordingClient({ answers: { getRoomState: { value: acceptFixture.live_state } } });

      await acceptInvite(client, { roomId: ROOM_ID, userId: BOB, inviteState: inviteFixture.sync_invite_entry.invite_state });

      expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
      expect(client.callsTo("joinRoom")[0]?.args[0]).toBe(ROOM_ID);
      expect(client.callsTo("getRoomState")[0]?.args[0]).toBe(ROOM_ID);
    });

    it("returns a trusted summary built from the live state, not the invite", async () => {
      const renamed = acceptFixture.live_state.map((event) =>
        event.type === "m.room.name" ? { ...event, content: { name: "Renamed after the invite" } } : event,
      );
      const client = createRecordingClient({ answers: { getRoomState: { value: renamed } } });

      const summary = await acceptInvite(client, {
        roomId: ROOM_ID,
        userId: BOB,
        inviteState: inviteFixture.sync_invite_entry.invite_state,
      });

      expect(summary.trusted).toBe(true);
      expect(summary.roomId).toBe(ROOM_ID);
      expect(summary.name).toEqual({ kind: "named", name: "Renamed after the invite" });
      expect(summary.membership).toBe("join");
    });

    it("joins through the inviter's server and passes the reason and the caller's servers", async () => {
      const client = createRecordingClient();

      await acceptInvite(client, {
        roomId: ROOM_ID,
        userId: BOB,
        inviteState: inviteFixture.sync_invite_entry.invite_state,
        via: ["other.example"],
        reason: "hello",
      });

      const join = client.callsTo("joinRoom")[0];
      expect(join?.options.via).toEqual(["localhost", "other.example"]);
      expect(join?.options.reason).toBe("hello");
    });

    it("joins a room version 12 room through the creator's server", async () => {
      const client = createRecordingClient({ userId: "@bob:other.example" });
      const inviteState = {
        events: v12Fixture.sync_invite_entry.invite_state.events.map((event) =>
          event.type === "m.room.create" ? { ...event, sender: "@alice:creator.example" } : event,
        ),
      };

      await acceptInvite(client, { roomId: v12Fixture.room_id, userId: BOB, inviteState });

      expect(client.callsTo("joinRoom")[0]?.options.via).toEqual(["localhost", "creator.example"]);
    });

    it("sends no via at all when nothing names a server", async () => {
      const client = createRecordingClient();

      await acceptInvite(client, { roomId: "!opaqueV12RoomId", userId: BOB });

      expect(client.callsTo("joinRoom")[0]?.options).not.toHaveProperty("via");
      expect(client.callsTo("joinRoom")[0]?.options).not.toHaveProperty("reason");
    });
  });

  describe("when the join fails", () => {
    it("sends nothing else and reports a revoked invite as invite_revoked on the join", async () => {
      const client = createRecordingClient({ answers: { joinRoom: { error: apiError(responses.join_after_invite_revoked) } } });

      const error = await rejection(acceptInvite(client, { roomId: ROOM_ID, userId: BOB }));

      expect(client.methodsCalled()).toEqual(["joinRoom"]);
      expect(error).toBeInstanceOf(MembershipActionError);
      expect(error).toMatchObject({ action: "join", code: "invite_revoked" });
    });

    it("carries the server's delay for a rate-limited join", async () => {
      const limited = new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 1_500 } });
      const client = createRecordingClient({ answers: { joinRoom: { error: limited } } });

      const error = await rejection(acceptInvite(client, { roomId: ROOM_ID, userId: BOB }));

      expect(error).toMatchObject({ action: "join", code: "rate_limited", retryAfterMs: 1_500 });
    });

    it("says a network failure may have reached the server", async () => {
      const dropped = new MatrixNetworkError({ requestMayHaveReachedServer: true });
      const client = createRecordingClient({ answers: { joinRoom: { error: dropped } } });

      const error = await rejection(acceptInvite(client, { roomId: ROOM_ID, userId: BOB }));

      expect(error).toMatchObject({ action: "join", code: "network", requestMayHaveReachedServer: true });
    });
  });

  describe("when the join succeeds but the live state cannot be read", () => {
    it("reports the state action, so the UI knows the user is joined", async () => {
      const client = createRecordingClient({
        answers: { getRoomState: { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) } },
      });

      const error = await rejection(acceptInvite(client, { roomId: ROOM_ID, userId: BOB }));

      expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
      expect(error).toBeInstanceOf(MembershipActionError);
      expect(error).toMatchObject({ action: "state", code: "server_error" });
    });

    it("retries with alreadyJoined by reading the state only", async () => {
      const client = createRecordingClient({ answers: { getRoomState: { value: acceptFixture.live_state } } });

      const summary = await acceptInvite(client, { roomId: ROOM_ID, userId: BOB, alreadyJoined: true });

      expect(client.methodsCalled()).toEqual(["getRoomState"]);
      expect(summary.trusted).toBe(true);
      expect(summary.membership).toBe("join");
    });
  });

  describe("cancellation", () => {
    it("passes the signal to both requests and rejects with the AbortError when aborted mid-join", async () => {
      const client = createRecordingClient({ answers: { joinRoom: "hold" } });
      const controller = new AbortController();

      const pending = acceptInvite(client, { roomId: ROOM_ID, userId: BOB, signal: controller.signal });
      const join = await client.waitForCall("joinRoom");
      expect(join.signal).toBe(controller.signal);
      controller.abort();
      const error = await rejection(pending);

      expect(error).toMatchObject({ name: "AbortError" });
      expect(error).not.toBeInstanceOf(MembershipActionError);
      expect(client.methodsCalled()).toEqual(["joinRoom"]);
    });

    it("hands the same signal to the state read", async () => {
      const client = createRecordingClient();
      const controller = new AbortController();

      await acceptInvite(client, { roomId: ROOM_ID, userId: BOB, signal: controller.signal });

      expect(client.callsTo("getRoomState")[0]?.signal).toBe(controller.signal);
    });

    it("sends nothing when the signal has already aborted", async () => {
      const client = createRecordingClient();
      const controller = new AbortController();
      controller.abort();

      const error = await rejection(acceptInvite(client, { roomId: ROOM_ID, userId: BOB, signal: controller.signal }));

      expect(error).toMatchObject({ name: "AbortError" });
      expect(client.calls).toHaveLength(0);
    });
  });

  it("joins whatever hostile invite state it was handed, never throwing on it", async () => {
    for (const inviteState of hostileValues()) {
      const client = createRecordingClient();

      const summary = await acceptInvite(client, { roomId: ROOM_ID, userId: BOB, inviteState, via: inviteState as never });

      expect(summary.trusted).toBe(true);
      expect(client.callsTo("joinRoom")[0]?.options.via).toEqual(["localhost"]);
    }
  });

  it("refuses an invalid room ID without sending anything", async () => {
    const client = createRecordingClient();

    await expect(acceptInvite(client, { roomId: "not a room", userId: BOB })).rejects.toThrow(TypeError);
    expect(client.calls).toHaveLength(0);
  });
});

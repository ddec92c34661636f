import { describe, expect, it, vi } from "vitest";
import { MatrixApiError, MatrixNetworkError, MembershipActionError } from "../../../src/core/client/errors";
import {
  MemberActionNotAllowedError,
  readTargetMembership,
  runMemberAction,
  UncertainMemberActionError,
  type RunMemberActionRequest,
} from "../../../src/core/flows/memberAction";
import { capturedRoomId, liveState } from "../../components/MemberActions/roomStates";
import { createRecordingClient } from "../../support/recordingClient";
import { hostileValues } from "./hostileValues";

const ALICE = "@alice:localhost";
const BOB = "@bob:localhost";
const before = liveState({ roomVersion: "11", members: { [ALICE]: { membership: "join" }, [BOB]: { membership: "join" } } });
const afterKick = liveState({ roomVersion: "11", members: { [ALICE]: { membership: "join" }, [BOB]: { membership: "leave" } } });

function request(overrides: Partial<RunMemberActionRequest> = {}): RunMemberActionRequest {
  return { roomId: capturedRoomId, actorId: ALICE, targetId: BOB, action: "kick", stateEvents: before, ...overrides };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("runMemberAction", () => {
  it("sends the action with the trimmed reason, then reads and returns the live state", async () => {
    const client = createRecordingClient({ userId: ALICE, answers: { getRoomState: { value: afterKick } } });
    const onSent = vi.fn();

    const result = await runMemberAction(client, request({ reason: "  spam  ", onSent }));

    expect(client.methodsCalled()).toEqual(["kickUser", "getRoomState"]);
    expect(client.callsTo("kickUser")[0]?.options.reason).toBe("spam");
    expect(onSent).toHaveBeenCalledOnce();
    expect(result.stateEvents).toBe(afterKick);
  });

  it("leaves a blank reason out", async () => {
    const client = createRecordingClient({ userId: ALICE });
    await runMemberAction(client, request({ action: "ban", reason: "   " }));
    expect(client.callsTo("banUser")[0]?.options).not.toHaveProperty("reason");
  });

  it("refuses, sending nothing, what the room's rules do not allow, and says what was refused", async () => {
    const client = createRecordingClient({ userId: ALICE });

    const error = await rejection(runMemberAction(client, request({ action: "unban" })));

    expect(client.calls).toHaveLength(0);
    expect(error).toBeInstanceOf(MemberActionNotAllowedError);
    expect(error).toMatchObject({ action: "unban" });
    expect((error as Error).message).toContain(`${ALICE} to unban ${BOB}`);
  });

  it("reports a refused request as the action's code, without reading the state", async () => {
    const client = createRecordingClient({ userId: ALICE, answers: { kickUser: { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) } } });

    const error = await rejection(runMemberAction(client, request()));

    expect(error).toBeInstanceOf(MembershipActionError);
    expect(error).toMatchObject({ action: "kick", code: "forbidden" });
    expect(client.methodsCalled()).toEqual(["kickUser"]);
  });

  it("still reads the state after a failure that may have reached the server, and hands it over", async () => {
    const client = createRecordingClient({
      userId: ALICE,
      answers: { kickUser: { error: new MatrixNetworkError({ requestMayHaveReachedServer: true }) }, getRoomState: { value: afterKick } },
    });

    const error = await rejection(runMemberAction(client, request()));

    expect(error).toBeInstanceOf(UncertainMemberActionError);
    expect(error).toMatchObject({ action: "kick", code: "network", requestMayHaveReachedServer: true, stateEvents: afterKick });
  });

  it("reads nothing after a failure that never reached the server", async () => {
    const client = createRecordingClient({ userId: ALICE, answers: { kickUser: { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) } } });
    const error = await rejection(runMemberAction(client, request()));
    expect(error).not.toBeInstanceOf(UncertainMemberActionError);
    expect(client.methodsCalled()).toEqual(["kickUser"]);
  });

  it("says 'the action worked, the state read failed' as action state", async () => {
    const client = createRecordingClient({ userId: ALICE, answers: { getRoomState: { error: new MatrixApiError({ status: 502 }) } } });
    const error = await rejection(runMemberAction(client, request()));
    expect(error).toMatchObject({ action: "state", code: "server_error" });
  });

  it("never aborts the action, and sends no read once the read signal aborted", async () => {
    const client = createRecordingClient({ userId: ALICE });
    client.respond("kickUser", "hold");
    const reads = new AbortController();
    const running = runMemberAction(client, request({ readSignal: reads.signal }));
    const kick = await client.waitForCall("kickUser");

    reads.abort();
    expect(kick.signal).toBeUndefined();
    kick.resolve(undefined);

    expect(await rejection(running)).toMatchObject({ name: "AbortError" });
    expect(client.methodsCalled()).toEqual(["kickUser"]);
  });
});

describe("readTargetMembership", () => {
  it("reads the member's membership, leave when absent, invalid when unknown", () => {
    expect(readTargetMembership(before, BOB)).toBe("join");
    expect(readTargetMembership(before, "@nobody:localhost")).toBe("leave");
    expect(readTargetMembership([{ type: "m.room.member", state_key: BOB, content: { membership: "lurking" } }], BOB)).toBe("invalid");
  });

  it("never throws on hostile events", () => {
    for (const value of hostileValues()) expect(() => readTargetMembership([value], BOB)).not.toThrow();
  });
});

import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { MatrixApiError, MatrixNetworkError } from "../../src/core/client/errors";
import type { MembershipClient } from "../../src/core/client/types";
import { useMemberActions } from "../../src/hooks/useMemberActions";
import type { MemberActionCallbacks, MemberRoomState } from "../../src/hooks/useMemberActions";
import { createRecordingClient } from "../support/recordingClient";
import type { RecordingClient } from "../support/recordingClient";
import { capturedRoomId, liveState } from "../components/MemberActions/roomStates";

const ALICE = "@alice:localhost";
const BOB = "@bob:localhost";

const before = liveState({ roomVersion: "11", members: { [ALICE]: { membership: "join" }, [BOB]: { membership: "join", displayname: "Bob" } } });
const afterKick = liveState({ roomVersion: "11", members: { [ALICE]: { membership: "join" }, [BOB]: { membership: "leave" } } });
const afterBan = liveState({ roomVersion: "11", members: { [ALICE]: { membership: "join" }, [BOB]: { membership: "ban" } } });

function setUp(options: { events?: readonly unknown[]; callbacks?: MemberActionCallbacks; client?: RecordingClient } = {}) {
  const client = options.client ?? createRecordingClient({ userId: ALICE });
  const roomState: MemberRoomState = { roomId: capturedRoomId, events: options.events ?? before };
  const hook = renderHook(
    ({ state }: { state: MemberRoomState }) => useMemberActions(client, state, ALICE, BOB, options.callbacks),
    { initialProps: { state: roomState } },
  );
  return { client, roomState, ...hook };
}

const forbidden = () => new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN", error: "You cannot kick user @bob:localhost." } });

/** The hook over a client whose state reads ignore the abort signal: only the hook's own checks drop a late answer. */
function setUpIgnoringAborts(callbacks: MemberActionCallbacks) {
  const client = createRecordingClient({ userId: ALICE });
  client.respond("getRoomState", "hold");
  const signals: (AbortSignal | undefined)[] = [];
  const deaf: MembershipClient = {
    ...client,
    getRoomState: (roomId, options) => {
      signals.push(options?.signal);
      return client.getRoomState(roomId);
    },
  };
  const roomState: MemberRoomState = { roomId: capturedRoomId, events: before };
  const hook = renderHook(() => useMemberActions(deaf, roomState, ALICE, BOB, callbacks));
  return { client, signals, ...hook };
}

describe("useMemberActions: what is allowed", () => {
  it("offers remove and ban, not invite or unban, to an admin over a joined member", () => {
    const { result } = setUp();
    expect(result.current.allowed).toEqual({ invite: false, kick: true, ban: true, unban: false });
    expect(result.current.targetMembership).toBe("join");
    expect(result.current.status).toBe("idle");
  });

  it("sends nothing for an action the rules do not allow", () => {
    const { result, client } = setUp();
    act(() => result.current.run("unban"));
    expect(client.calls).toHaveLength(0);
    expect(result.current.status).toBe("idle");
  });
});

describe("useMemberActions: running an action", () => {
  it("kicks with the reason, then shows the live state the server returns", async () => {
    const onStateChange = vi.fn();
    const onSuccess = vi.fn();
    const { result, client } = setUp({ callbacks: { onStateChange, onSuccess } });
    client.respond("getRoomState", { value: afterKick });

    act(() => result.current.run("kick", { reason: "  spam  " }));
    expect(result.current.state).toEqual({ status: "pending", action: "kick" });
    await waitFor(() => expect(result.current.status).toBe("succeeded"));

    expect(client.methodsCalled()).toEqual(["kickUser", "getRoomState"]);
    const [kick] = client.callsTo("kickUser");
    expect(kick?.args.slice(0, 2)).toEqual([capturedRoomId, BOB]);
    expect(kick?.options.reason).toBe("spam");
    expect(result.current.stateEvents).toBe(afterKick);
    expect(result.current.targetMembership).toBe("leave");
    expect(result.current.allowed).toEqual({ invite: true, kick: false, ban: true, unban: false });
    expect(onStateChange).toHaveBeenCalledWith(afterKick);
    expect(onSuccess).toHaveBeenCalledWith("kick");
  });

  it("sends no reason when the reason is blank", async () => {
    const { result, client } = setUp();
    act(() => result.current.run("ban", { reason: "   " }));
    await waitFor(() => expect(result.current.status).toBe("succeeded"));
    expect(client.callsTo("banUser")[0]?.options).not.toHaveProperty("reason");
  });

  it("believes the server, not a guess: an unchanged state stays unchanged", async () => {
    const { result, client } = setUp();
    client.respond("getRoomState", { value: before });
    act(() => result.current.run("kick"));
    await waitFor(() => expect(result.current.status).toBe("succeeded"));
    expect(result.current.targetMembership).toBe("join");
  });

  it("ignores a second press while the first is in flight", async () => {
    const { result, client } = setUp();
    client.respond("banUser", "hold");
    act(() => result.current.run("ban"));
    act(() => result.current.run("ban"));
    act(() => result.current.run("kick"));
    expect(client.methodsCalled()).toEqual(["banUser"]);
    expect(result.current.isPending).toBe(true);
    client.callsTo("banUser")[0]?.resolve(undefined);
    await waitFor(() => expect(result.current.status).toBe("succeeded"));
    expect(client.methodsCalled()).toEqual(["banUser", "getRoomState"]);
  });

  it("uses a newer room state from the host over the one it fetched", async () => {
    const { result, client, rerender } = setUp();
    client.respond("getRoomState", { value: afterKick });
    act(() => result.current.run("kick"));
    await waitFor(() => expect(result.current.status).toBe("succeeded"));
    rerender({ state: { roomId: capturedRoomId, events: afterBan } });
    expect(result.current.targetMembership).toBe("ban");
    expect(result.current.allowed.unban).toBe(true);
  });
});

describe("useMemberActions: failures", () => {
  it("reports a refused kick as a code and does not read the state", async () => {
    const onError = vi.fn();
    const { result, client } = setUp({ callbacks: { onError } });
    client.respondOnce("kickUser", { error: forbidden() });
    act(() => result.current.run("kick"));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.state).toEqual({ status: "error", action: "kick", error: { code: "forbidden", step: "action" } });
    expect(client.methodsCalled()).toEqual(["kickUser"]);
    expect(onError).toHaveBeenCalledWith({ code: "forbidden", step: "action" }, "kick");
  });

  it("can try again after an error and then succeeds", async () => {
    const { result, client } = setUp();
    client.respondOnce("kickUser", { error: forbidden() });
    client.respond("getRoomState", { value: afterKick });
    act(() => result.current.run("kick"));
    await waitFor(() => expect(result.current.status).toBe("error"));
    act(() => result.current.run("kick"));
    await waitFor(() => expect(result.current.status).toBe("succeeded"));
    expect(client.methodsCalled()).toEqual(["kickUser", "kickUser", "getRoomState"]);
  });

  it("keeps the rate-limit delay", async () => {
    const { result, client } = setUp();
    client.respondOnce("banUser", { error: new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 3000 } }) });
    act(() => result.current.run("ban"));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.state).toMatchObject({ error: { code: "rate_limited", retryAfterMs: 3000 } });
  });

  it("says so when the action worked but the state could not be read, and refresh reads it without repeating the action", async () => {
    const { result, client } = setUp();
    client.respondOnce("getRoomState", { error: new TypeError("Failed to fetch") });
    client.respond("getRoomState", { value: afterKick });
    act(() => result.current.run("kick"));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.state).toMatchObject({ action: "kick", error: { step: "state", code: "network" } });
    expect(result.current.targetMembership).toBe("join");

    act(() => result.current.refresh());
    await waitFor(() => expect(result.current.status).toBe("succeeded"));
    expect(client.methodsCalled()).toEqual(["kickUser", "getRoomState", "getRoomState"]);
    expect(result.current.targetMembership).toBe("leave");
  });

  it("ignores refresh when no state read failed", () => {
    const { result, client } = setUp();
    act(() => result.current.refresh());
    expect(client.calls).toHaveLength(0);
  });
});

describe("useMemberActions: unmount and reset", () => {
  it("updates nothing and calls nothing back after unmount mid-request", async () => {
    const onSuccess = vi.fn();
    const onStateChange = vi.fn();
    const { result, client, unmount } = setUp({ callbacks: { onSuccess, onStateChange } });
    client.respond("kickUser", "hold");
    act(() => result.current.run("kick"));
    unmount();
    client.callsTo("kickUser")[0]?.resolve(undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.methodsCalled()).toEqual(["kickUser"]);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onStateChange).not.toHaveBeenCalled();
  });

  it("aborts the state read on unmount", async () => {
    const { result, client, unmount } = setUp();
    client.respond("getRoomState", "hold");
    act(() => result.current.run("kick"));
    const read = await client.waitForCall("getRoomState");
    unmount();
    expect(read.signal?.aborted).toBe(true);
  });

  it("drops the late answer of a call orphaned by reset", async () => {
    const onSuccess = vi.fn();
    const { result, client } = setUp({ callbacks: { onSuccess } });
    client.respond("kickUser", "hold");
    act(() => result.current.run("kick"));
    act(() => result.current.reset());
    expect(result.current.status).toBe("idle");
    await act(async () => {
      client.callsTo("kickUser")[0]?.resolve(undefined);
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(result.current.status).toBe("idle");
    expect(client.methodsCalled()).toEqual(["kickUser"]);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("lets a newer call win over an orphaned one", async () => {
    const { result, client } = setUp();
    client.respondOnce("kickUser", "hold");
    client.respond("getRoomState", { value: afterBan });
    act(() => result.current.run("kick"));
    act(() => result.current.reset());
    act(() => result.current.run("ban"));
    await waitFor(() => expect(result.current.status).toBe("succeeded"));
    await act(async () => {
      client.callsTo("kickUser")[0]?.reject(forbidden());
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(result.current.state).toEqual({ status: "succeeded", action: "ban" });
  });
});

describe("useMemberActions: late answers after reset, from a client that ignores the signal", () => {
  it.each([
    ["the live state read", (read: { resolve(value: unknown[]): void }) => read.resolve(afterKick)],
    ["a failed state read", (read: { reject(error: unknown): void }) => read.reject(new MatrixApiError({ status: 500 }))],
  ])("drops %s after a kick once the call was reset", async (_label, settle) => {
    const callbacks = { onSuccess: vi.fn(), onStateChange: vi.fn(), onError: vi.fn() };
    const { result, client, signals } = setUpIgnoringAborts(callbacks);
    act(() => result.current.run("kick"));
    const read = await client.waitForCall("getRoomState");
    act(() => result.current.reset());
    expect(signals.map((signal) => signal?.aborted)).toEqual([true]);

    await act(async () => settle(read));

    expect(result.current.state).toEqual({ status: "idle" });
    expect(result.current.targetMembership).toBe("join");
    expect(callbacks.onSuccess).not.toHaveBeenCalled();
    expect(callbacks.onStateChange).not.toHaveBeenCalled();
    expect(callbacks.onError).not.toHaveBeenCalled();
  });

  it("drops the live state read after an ambiguous failure once the call was reset", async () => {
    const onStateChange = vi.fn();
    const { result, client, signals } = setUpIgnoringAborts({ onStateChange });
    client.respondOnce("kickUser", { error: new MatrixNetworkError({ requestMayHaveReachedServer: true }) });
    act(() => result.current.run("kick"));
    const read = await client.waitForCall("getRoomState");
    act(() => result.current.reset());
    expect(signals.map((signal) => signal?.aborted)).toEqual([true]);

    await act(async () => read.resolve(afterKick));

    expect(result.current.targetMembership).toBe("join");
    expect(result.current.stateEvents).toBe(before);
    expect(onStateChange).not.toHaveBeenCalled();
  });
});

describe("useMemberActions: an ambiguous network failure", () => {
  it("still reads the live state, so a kick that took effect shows as done on the server", async () => {
    const onStateChange = vi.fn();
    const { result, client } = setUp({ callbacks: { onStateChange } });
    client.respondOnce("kickUser", { error: new MatrixNetworkError({ requestMayHaveReachedServer: true }) });
    client.respond("getRoomState", { value: afterKick });
    act(() => result.current.run("kick"));
    await waitFor(() => expect(result.current.targetMembership).toBe("leave"));
    expect(result.current.state).toEqual({
      status: "error",
      action: "kick",
      error: { code: "network", step: "action", requestMayHaveReachedServer: true },
    });
    expect(client.methodsCalled()).toEqual(["kickUser", "getRoomState"]);
    expect(onStateChange).toHaveBeenCalledWith(afterKick);
  });

  it("reads nothing after a failure that never reached the server", async () => {
    const { result, client } = setUp();
    client.respondOnce("kickUser", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });
    act(() => result.current.run("kick"));
    await waitFor(() => expect(result.current.status).toBe("error"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.methodsCalled()).toEqual(["kickUser"]);
  });
});

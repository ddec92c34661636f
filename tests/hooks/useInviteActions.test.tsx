import { act, renderHook, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MatrixApiError, MatrixNetworkError } from "../../src/core/client/errors";
import { useInviteActions } from "../../src/hooks/useInviteActions";
import type { InviteActionCallbacks, InviteTarget } from "../../src/hooks/useInviteActions";
import accepted from "../fixtures/accept-named-room-full.json";
import errors from "../fixtures/errors.json";
import rateLimited from "../fixtures/error-rate-limited.json";
import { createRecordingClient } from "../support/recordingClient";
import type { RecordingClient } from "../support/recordingClient";

const ROOM_ID = accepted.room_id;
const INVITE: InviteTarget = { roomId: ROOM_ID, userId: "@bob:localhost", inviterId: "@alice:localhost" };
const LIVE_STATE = accepted.live_state as unknown[];
/** The same room after a rename, to tell two answers apart. */
const RENAMED_STATE = LIVE_STATE.map((event) =>
  (event as { type: string }).type === "m.room.name" ? { ...(event as object), content: { name: "Renamed Later" } } : event,
);

function apiError(response: { status: number; body: unknown }): MatrixApiError {
  return new MatrixApiError({ status: response.status, body: response.body });
}

function renderActions(client: RecordingClient, callbacks: InviteActionCallbacks = {}, invite: InviteTarget = INVITE) {
  return renderHook(() => useInviteActions(client, invite, callbacks));
}

function spyCallbacks() {
  return { onAccepted: vi.fn(), onDeclined: vi.fn(), onError: vi.fn() };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("useInviteActions: accepting", () => {
  it("joins, then replaces the invite's picture with the live summary", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    client.respond("getRoomState", { value: LIVE_STATE });
    const callbacks = spyCallbacks();
    const { result } = renderActions(client, callbacks);

    act(() => result.current.accept());
    expect(result.current.status).toBe("accepting");
    expect(result.current.isPending).toBe(true);
    const join = await client.waitForCall("joinRoom");
    act(() => join.resolve({ roomId: ROOM_ID }));

    await waitFor(() => expect(result.current.status).toBe("accepted"));
    expect(result.current.liveSummary).toMatchObject({
      roomId: ROOM_ID,
      trusted: true,
      membership: "join",
      name: { kind: "named", name: "Design Review" },
      topic: "Weekly review of UI designs. Bring screenshots.",
      joinedMemberCount: 2,
    });
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
    expect(callbacks.onAccepted).toHaveBeenCalledExactlyOnceWith(result.current.liveSummary);
    expect(callbacks.onError).not.toHaveBeenCalled();
  });

  it("joins through the inviter's server picked from the invite state", async () => {
    const client = createRecordingClient();
    const inviteState = { events: [{ type: "m.room.member", state_key: "@bob:localhost", sender: "@alice:remote.example", content: { membership: "invite" } }] };
    const { result } = renderActions(client, {}, { ...INVITE, inviteState });

    act(() => result.current.accept());

    const join = await client.waitForCall("joinRoom");
    expect(join.options.via).toContain("remote.example");
  });

  it("ignores a second press while the join is in flight", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    const { result } = renderActions(client);

    act(() => {
      result.current.accept();
      result.current.accept();
    });
    act(() => result.current.accept());
    act(() => result.current.decline({ reason: "changed my mind" }));

    const join = await client.waitForCall("joinRoom");
    expect(client.methodsCalled()).toEqual(["joinRoom"]);
    expect(result.current.status).toBe("accepting");
    act(() => join.resolve({ roomId: ROOM_ID }));
    await waitFor(() => expect(result.current.status).toBe("accepted"));
    expect(client.callsTo("joinRoom")).toHaveLength(1);
    expect(client.callsTo("leaveRoom")).toHaveLength(0);
  });

  it("does nothing more once accepted, until reset", async () => {
    const client = createRecordingClient();
    const { result } = renderActions(client);
    act(() => result.current.accept());
    await waitFor(() => expect(result.current.status).toBe("accepted"));

    act(() => result.current.accept());
    act(() => result.current.decline());

    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
  });

  it("works under StrictMode", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", { value: LIVE_STATE });
    const { result } = renderHook(() => useInviteActions(client, INVITE), { wrapper: StrictMode });

    act(() => result.current.accept());

    await waitFor(() => expect(result.current.status).toBe("accepted"));
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
  });
});

describe("useInviteActions: unmount mid-request", () => {
  it("lets the join finish, aborts the state read, and calls nothing back", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    const callbacks = spyCallbacks();
    const consoleError = vi.spyOn(console, "error");
    const { result, unmount } = renderActions(client, callbacks);
    act(() => result.current.accept());
    const join = await client.waitForCall("joinRoom");

    unmount();
    expect(join.signal?.aborted ?? false).toBe(false);
    join.resolve({ roomId: ROOM_ID });
    const state = await client.waitForCall("getRoomState");
    await state.promise.catch(() => undefined);

    expect(state.status).toBe("aborted");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(callbacks.onAccepted).not.toHaveBeenCalled();
    expect(callbacks.onError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("aborts a state read in flight and calls nothing back", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", "hold");
    const callbacks = spyCallbacks();
    const { result, unmount } = renderActions(client, callbacks);
    act(() => result.current.accept());
    const state = await client.waitForCall("getRoomState");

    unmount();

    expect(state.signal?.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(callbacks.onAccepted).not.toHaveBeenCalled();
    expect(callbacks.onError).not.toHaveBeenCalled();
  });

  it("lets a decline and its follow-ups finish after unmount, calling nothing back", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const callbacks = spyCallbacks();
    const { result, unmount } = renderActions(client, callbacks);
    act(() => result.current.decline({ ignoreInviter: true, reportReason: "spam" }));
    const leave = await client.waitForCall("leaveRoom");

    unmount();
    leave.resolve(undefined);

    await client.waitForCall("reportRoom");
    expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData", "reportRoom"]);
    expect(client.callsTo("setAccountData")[0]?.args[1]).toEqual({ ignored_users: { "@alice:localhost": {} } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(callbacks.onDeclined).not.toHaveBeenCalled();
  });
});

describe("useInviteActions: the latest call wins", () => {
  it("drops a slow answer that arrives after a newer call finished", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    client.respondOnce("getRoomState", { value: RENAMED_STATE });
    client.respondOnce("getRoomState", { value: LIVE_STATE });
    const callbacks = spyCallbacks();
    const { result } = renderActions(client, callbacks);

    act(() => result.current.accept());
    const slow = await client.waitForCall("joinRoom", 1);
    act(() => result.current.reset());
    expect(result.current.status).toBe("idle");
    act(() => result.current.accept());
    const fast = await client.waitForCall("joinRoom", 2);

    // The newer call's join answers first and reads the renamed state.
    act(() => fast.resolve({ roomId: ROOM_ID }));
    await waitFor(() => expect(result.current.status).toBe("accepted"));
    expect(result.current.liveSummary?.name).toEqual({ kind: "named", name: "Renamed Later" });

    act(() => slow.resolve({ roomId: ROOM_ID }));
    await client.waitForCall("getRoomState", 2);
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(result.current.liveSummary?.name).toEqual({ kind: "named", name: "Renamed Later" });
    expect(callbacks.onAccepted).toHaveBeenCalledTimes(1);
  });

  it("drops a late failure of an older call", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const callbacks = spyCallbacks();
    const { result } = renderActions(client, callbacks);

    act(() => result.current.decline());
    const old = await client.waitForCall("leaveRoom", 1);
    act(() => result.current.reset());
    act(() => result.current.decline());
    const newer = await client.waitForCall("leaveRoom", 2);
    act(() => newer.resolve(undefined));
    await waitFor(() => expect(result.current.status).toBe("declined"));

    act(() => old.reject(new MatrixNetworkError({ requestMayHaveReachedServer: true })));
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(result.current.status).toBe("declined");
    expect(callbacks.onError).not.toHaveBeenCalled();
  });
});

describe("useInviteActions: errors and retry", () => {
  it("shows a revoked invite as invite_revoked", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", { error: apiError(errors.responses.join_after_invite_revoked) });
    const callbacks = spyCallbacks();
    const { result } = renderActions(client, callbacks);

    act(() => result.current.accept());

    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toEqual({ code: "invite_revoked", action: "accept" });
    expect(callbacks.onError).toHaveBeenCalledExactlyOnceWith(result.current.error);
    expect(client.methodsCalled()).toEqual(["joinRoom"]);
  });

  it("gives a rate-limited failure a fixed retry moment, then retries the join", async () => {
    vi.spyOn(Date, "now").mockReturnValue(1_000_000);
    const client = createRecordingClient();
    client.respondOnce("joinRoom", { error: apiError(rateLimited.first_limited_response) });
    client.respond("getRoomState", { value: LIVE_STATE });
    const { result } = renderActions(client);

    act(() => result.current.accept());
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toEqual({ code: "rate_limited", action: "accept", retryAfterMs: 4548, retryAt: 1_004_548 });

    act(() => result.current.retry());

    await waitFor(() => expect(result.current.status).toBe("accepted"));
    expect(client.methodsCalled()).toEqual(["joinRoom", "joinRoom", "getRoomState"]);
  });

  it("after joining but failing to read the state, retries only the state read", async () => {
    const client = createRecordingClient();
    client.respondOnce("getRoomState", { error: new MatrixApiError({ status: 502 }) });
    client.respond("getRoomState", { value: LIVE_STATE });
    const { result } = renderActions(client);

    act(() => result.current.accept());
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toEqual({ code: "server_error", action: "accept", joined: true });

    act(() => result.current.decline());
    expect(result.current.status).toBe("error");
    act(() => result.current.retry());

    await waitFor(() => expect(result.current.status).toBe("accepted"));
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState", "getRoomState"]);
    expect(result.current.liveSummary?.membership).toBe("join");
  });

  it("stays on the joined error when reset, since there is no invite left to go back to", async () => {
    const client = createRecordingClient();
    client.respondOnce("getRoomState", { error: new MatrixApiError({ status: 502 }) });
    client.respond("getRoomState", { value: LIVE_STATE });
    const { result } = renderActions(client);
    act(() => result.current.accept());
    await waitFor(() => expect(result.current.status).toBe("error"));

    act(() => result.current.reset());

    // Back on the invite's buttons, Decline would be silently ignored (leaving now is leaving the room).
    expect(result.current.status).toBe("error");
    expect(result.current.error?.joined).toBe(true);
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.status).toBe("accepted"));
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState", "getRoomState"]);
  });

  it("finishes a decline-and-block whose lost leave turns out to have worked on retry", async () => {
    const client = createRecordingClient();
    // The first leave went through, but its answer was lost; the retry's leave finds bob gone.
    client.respondOnce("leaveRoom", { error: new MatrixNetworkError({ requestMayHaveReachedServer: true }) });
    client.respond("leaveRoom", { error: apiError(errors.responses.leave_when_not_member) });
    const callbacks = spyCallbacks();
    const { result } = renderActions(client, callbacks);

    act(() => result.current.decline({ ignoreInviter: true }));
    await waitFor(() => expect(result.current.error?.code).toBe("network"));
    act(() => result.current.retry());

    await waitFor(() => expect(result.current.status).toBe("declined"));
    expect(client.methodsCalled()).toEqual(["leaveRoom", "leaveRoom", "getAccountData", "setAccountData"]);
    expect(client.callsTo("setAccountData")[0]?.args[1]).toEqual({ ignored_users: { "@alice:localhost": {} } });
    expect(callbacks.onDeclined).toHaveBeenCalledExactlyOnceWith({ failedSteps: [] });
  });

  it("counts a decline of an invite withdrawn meanwhile as declined, and still ignores the inviter", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", { error: apiError(errors.responses.leave_when_not_member) });
    const callbacks = spyCallbacks();
    const { result } = renderActions(client, callbacks);

    act(() => result.current.decline({ ignoreInviter: true }));

    await waitFor(() => expect(result.current.status).toBe("declined"));
    expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData"]);
    expect(callbacks.onDeclined).toHaveBeenCalledExactlyOnceWith({ failedSteps: [] });
    expect(callbacks.onError).not.toHaveBeenCalled();
  });

  it("retries a failed decline with the same choices", async () => {
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });
    const callbacks = spyCallbacks();
    const { result } = renderActions(client, callbacks);

    act(() => result.current.decline({ reason: "not interested", forget: true }));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toEqual({ code: "network", action: "decline", requestMayHaveReachedServer: false });

    act(() => result.current.retry());

    await waitFor(() => expect(result.current.status).toBe("declined"));
    expect(client.methodsCalled()).toEqual(["leaveRoom", "leaveRoom", "forgetRoom"]);
    expect(client.callsTo("leaveRoom").map((call) => call.options.reason)).toEqual(["not interested", "not interested"]);
    expect(callbacks.onDeclined).toHaveBeenCalledExactlyOnceWith({ failedSteps: [] });
  });

  it("retries only the optional steps that failed after a decline, never the leave", async () => {
    const client = createRecordingClient();
    client.respondOnce("setAccountData", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    client.respond("setAccountData", "hold");
    const callbacks = spyCallbacks();
    const { result } = renderActions(client, callbacks);

    act(() => result.current.decline({ ignoreInviter: true, reportReason: "spam" }));
    await waitFor(() => expect(result.current.declineOutcome?.failedSteps).toEqual([{ step: "ignore", code: "server_error" }]));
    const before = client.calls.length;

    act(() => result.current.retry());
    act(() => result.current.retry());

    const write = await client.waitForCall("setAccountData", 2);
    expect(result.current.status).toBe("declined");
    expect(result.current.isPending).toBe(true);
    await act(async () => write.resolve(undefined));
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.declineOutcome).toEqual({ failedSteps: [] });
    expect(client.methodsCalled().slice(before)).toEqual(["getAccountData", "setAccountData"]);
    expect(callbacks.onDeclined).toHaveBeenLastCalledWith({ failedSteps: [] });
  });

  it("does not treat an abort as a failure", async () => {
    const client = createRecordingClient();
    client.respondOnce("joinRoom", { error: new DOMException("The operation was aborted.", "AbortError") });
    const callbacks = spyCallbacks();
    const { result } = renderActions(client, callbacks);

    act(() => result.current.accept());

    await waitFor(() => expect(result.current.status).toBe("idle"));
    expect(result.current.error).toBeUndefined();
    expect(callbacks.onError).not.toHaveBeenCalled();
    act(() => result.current.accept());
    await waitFor(() => expect(result.current.status).toBe("accepted"));
  });

  it("ignores retry when nothing failed", () => {
    const client = createRecordingClient();
    const { result } = renderActions(client);

    act(() => result.current.retry());

    expect(result.current.status).toBe("idle");
    expect(client.calls).toHaveLength(0);
  });
});

describe("useInviteActions: declining", () => {
  it("declines with a reason, ignores the inviter and reports, listing the step that failed", async () => {
    const client = createRecordingClient();
    client.respond("reportRoom", { error: new MatrixApiError({ status: 500 }) });
    const callbacks = spyCallbacks();
    const { result } = renderActions(client, callbacks);

    act(() => result.current.decline({ reason: "spam", ignoreInviter: true, reportReason: "spam invite" }));
    expect(result.current.status).toBe("declining");

    await waitFor(() => expect(result.current.status).toBe("declined"));
    expect(result.current.declineOutcome).toEqual({ failedSteps: [{ step: "report", code: "server_error" }] });
    expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData", "reportRoom"]);
    expect(client.callsTo("leaveRoom")[0]?.options.reason).toBe("spam");
    expect(callbacks.onDeclined).toHaveBeenCalledExactlyOnceWith(result.current.declineOutcome);
  });

  it("never sends the join after a decline started", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const { result } = renderActions(client);

    act(() => result.current.decline());
    act(() => result.current.accept());

    await client.waitForCall("leaveRoom");
    expect(client.methodsCalled()).toEqual(["leaveRoom"]);
  });
});

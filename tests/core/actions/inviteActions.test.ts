import { describe, expect, it } from "vitest";
import { createInviteActions } from "../../../src/core/actions/inviteActions";
import type { InviteTarget } from "../../../src/core/actions/inviteActionTypes";
import { getActionRunner } from "../../../src/core/actions/runner";
import { MatrixApiError } from "../../../src/core/client/errors";
import { summarizeInvite } from "../../../src/core/summary";
import accepted from "../../fixtures/accept-named-room-full.json";
import errors from "../../fixtures/errors.json";
import rateLimited from "../../fixtures/error-rate-limited.json";
import { deferred } from "../../support/deferred";
import { createRecordingClient } from "../../support/recordingClient";

const ROOM_ID = accepted.room_id;
const BOB = "@bob:localhost";
const TARGET: InviteTarget = { roomId: ROOM_ID, userId: BOB, inviterId: "@alice:localhost" };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An observer that is live (subscribed), as a mounted component's is. */
function observe(client = createRecordingClient(), target: InviteTarget = TARGET) {
  const actions = createInviteActions(client, target);
  const unsubscribe = actions.subscribe(() => undefined);
  return { client, actions, unsubscribe, state: () => actions.getSnapshot().state };
}

describe("invite actions: what may start when", () => {
  it("starts idle, and records which action is pending", () => {
    const { client, actions, state } = observe();
    client.respond("joinRoom", "hold");
    expect(actions.getSnapshot()).toEqual({ state: { status: "idle" }, isPending: false });

    actions.accept();

    expect(actions.getSnapshot()).toEqual({ state: { status: "accepting", pendingAction: "accept" }, isPending: true });
    const declining = observe();
    declining.client.respond("leaveRoom", "hold");
    declining.actions.decline({ reason: "no" });
    expect(declining.state()).toEqual({ status: "declining", pendingAction: "decline" });
    expect(state().status).toBe("accepting");
  });

  it("ignores a second press while pending, whatever it is", async () => {
    const { client, actions } = observe();
    client.respond("joinRoom", "hold");

    actions.accept();
    actions.accept();
    actions.decline();
    actions.forget();

    expect(client.methodsCalled()).toEqual(["joinRoom"]);
  });

  it("finishes an accept with the live summary, then starts nothing more until reset", async () => {
    const { client, actions, state } = observe();
    client.respond("getRoomState", { value: accepted.live_state as unknown[] });

    actions.accept();
    await settle();

    expect(state()).toMatchObject({ status: "accepted", liveSummary: { roomId: ROOM_ID, trusted: true, membership: "join" } });
    actions.accept();
    actions.decline();
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
    actions.reset();
    expect(state()).toEqual({ status: "idle" });
  });

  it("finishes a decline with its outcome", async () => {
    const { client, actions, state } = observe();
    client.respond("reportRoom", { error: new MatrixApiError({ status: 500 }) });

    actions.decline({ reportReason: "spam" });
    await settle();

    expect(state()).toEqual({ status: "declined", outcome: { failedSteps: [{ step: "report", code: "server_error" }] } });
  });

  it("gives the same snapshot object until something changes", async () => {
    const { actions } = observe();
    const idle = actions.getSnapshot();
    expect(actions.getSnapshot()).toBe(idle);
    actions.decline();
    const pending = actions.getSnapshot();
    expect(actions.getSnapshot()).toBe(pending);
    await settle();
    expect(actions.getSnapshot()).not.toBe(pending);
  });
});

describe("invite actions: the latest call wins", () => {
  it("drops the answer of a call orphaned by reset", async () => {
    const { client, actions, state } = observe();
    client.respond("joinRoom", "hold");
    actions.accept();
    const old = await client.waitForCall("joinRoom");

    actions.reset();
    actions.decline();
    await settle();
    old.resolve({ roomId: ROOM_ID });
    await settle();

    expect(state()).toEqual({ status: "declined", outcome: { failedSteps: [] } });
  });
});

describe("invite actions: errors and retry", () => {
  it("keeps the error with a fixed retry moment, and retries the same action", async () => {
    const { client, actions, state } = observe();
    client.respondOnce("joinRoom", { error: new MatrixApiError(rateLimited.first_limited_response) });

    actions.accept();
    await settle();
    const failed = state();
    expect(failed).toMatchObject({ status: "error", error: { code: "rate_limited", action: "accept", retryAfterMs: 4548 } });
    await settle();
    expect(state()).toBe(failed);

    actions.retry();
    await settle();
    expect(state().status).toBe("accepted");
    expect(client.methodsCalled()).toEqual(["joinRoom", "joinRoom", "getRoomState"]);
  });

  it("retries a failed decline with the choices it was asked with, carried in the state", async () => {
    const { client, actions, state } = observe();
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 502 }) });

    actions.decline({ reason: "not for me", forget: true });
    await settle();
    expect(state()).toMatchObject({ status: "error", error: { action: "decline" } });
    actions.retry();
    await settle();

    expect(client.callsTo("leaveRoom").map((call) => call.options.reason)).toEqual(["not for me", "not for me"]);
    expect(client.methodsCalled()).toEqual(["leaveRoom", "leaveRoom", "forgetRoom"]);
  });

  it("after joining without the state: decline and reset refused, retry only reads the state", async () => {
    const { client, actions, state } = observe();
    client.respondOnce("getRoomState", { error: new MatrixApiError({ status: 502 }) });

    actions.accept();
    await settle();
    expect(state()).toMatchObject({ status: "error", error: { joined: true } });
    actions.decline();
    actions.reset();
    expect(state()).toMatchObject({ status: "error", error: { joined: true } });
    actions.retry();
    await settle();

    expect(state().status).toBe("accepted");
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState", "getRoomState"]);
  });

  it("counts a decline of an invite already gone as declined", async () => {
    const { client, actions, state } = observe();
    client.respond("leaveRoom", { error: new MatrixApiError(errors.responses.leave_when_not_member) });

    actions.decline();
    await settle();

    expect(state()).toEqual({ status: "declined", outcome: { failedSteps: [] } });
  });
});

describe("invite actions: retrying a decline's failed steps", () => {
  it("stays declined and pending while only those steps run, then takes their outcome", async () => {
    const { client, actions } = observe();
    client.respondOnce("reportRoom", { error: new MatrixApiError({ status: 500 }) });
    client.respond("forgetRoom", { error: new MatrixApiError({ status: 500 }) });
    actions.decline({ reportReason: "spam", forget: true });
    await settle();
    const outcome = { failedSteps: [{ step: "report", code: "server_error" }, { step: "forget", code: "server_error" }] };
    expect(actions.getSnapshot().state).toEqual({ status: "declined", outcome });
    client.clearCalls();
    client.respond("reportRoom", "hold");

    actions.retry();
    expect(actions.getSnapshot()).toEqual({ state: { status: "declined", outcome, retryingFollowUps: true }, isPending: true });
    actions.retry();
    const report = await client.waitForCall("reportRoom");
    expect(report.args[1]).toBe("spam");
    report.resolve(undefined);
    await settle();

    expect(client.methodsCalled()).toEqual(["reportRoom", "forgetRoom"]);
    expect(actions.getSnapshot()).toEqual({ state: { status: "declined", outcome: { failedSteps: [{ step: "forget", code: "server_error" }] } }, isPending: false });
  });

  it("stays declined with the old outcome when the retry itself fails", async () => {
    const { client, actions, state } = observe();
    client.respond("reportRoom", { error: new MatrixApiError({ status: 500 }) });
    actions.decline({ reportReason: "spam" });
    await settle();
    const declined = state();
    // A retry whose flow rejects (here: the client cancels the report itself) changes nothing.
    client.respond("reportRoom", { error: new DOMException("The client stopped", "AbortError") });

    actions.retry();
    await settle();

    expect(state()).toEqual(declined);
  });

  it("has nothing to retry after a decline whose steps all worked", async () => {
    const { client, actions } = observe();
    actions.decline({ reportReason: "spam" });
    await settle();

    actions.retry();

    expect(client.methodsCalled()).toEqual(["leaveRoom", "reportRoom"]);
  });
});

describe("invite actions: the room shared with other components", () => {
  it("shows another component's leave of the room as declining, and refuses its own actions meanwhile", async () => {
    const client = createRecordingClient();
    const { actions } = observe(client);
    const leave = deferred<void>();

    getActionRunner(client).start(ROOM_ID, { kind: "decline", request: {} }, () => leave.promise.then(() => ({ failedSteps: [] })));

    expect(actions.getSnapshot()).toEqual({ state: { status: "declining", pendingAction: "decline" }, isPending: true });
    actions.accept();
    expect(client.callsTo("joinRoom")).toHaveLength(0);
    leave.resolve();
    await settle();
    expect(actions.getSnapshot().state).toEqual({ status: "declined", outcome: { failedSteps: [] } });
  });

  it("does not show the outcome of an earlier invite to the same room as this invite's", async () => {
    const client = createRecordingClient();
    const inviteState = (invitedAt: number) => ({
      events: [{ type: "m.room.member", state_key: BOB, sender: "@alice:localhost", origin_server_ts: invitedAt, content: { membership: "invite" } }],
    });
    const first = summarizeInvite(inviteState(1_000), { userId: BOB, roomId: ROOM_ID });
    const second = summarizeInvite(inviteState(2_000), { userId: BOB, roomId: ROOM_ID });
    const earlier = observe(client, { roomId: ROOM_ID, userId: BOB, summary: first });
    earlier.actions.decline();
    await settle();
    expect(earlier.state().status).toBe("declined");

    const resent = observe(client, { roomId: ROOM_ID, userId: BOB, summary: second });

    expect(resent.state()).toEqual({ status: "idle" });
    resent.actions.accept();
    expect(resent.state().status).toBe("accepting");
  });

  it("calls nothing back once left, and aborts the accept's state read but not its join", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    const calls: string[] = [];
    const actions = createInviteActions(client, TARGET, { onAccepted: () => calls.push("accepted"), onError: () => calls.push("error") });
    const unsubscribe = actions.subscribe(() => undefined);
    actions.accept();
    const join = await client.waitForCall("joinRoom");

    unsubscribe();
    expect(join.signal?.aborted ?? false).toBe(false);
    join.resolve({ roomId: ROOM_ID });
    const read = await client.waitForCall("getRoomState");
    await settle();

    expect(read.status).toBe("aborted");
    expect(calls).toEqual([]);
  });
});

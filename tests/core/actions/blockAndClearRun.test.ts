import { describe, expect, it } from "vitest";
import { createBlockAndClearRun } from "../../../src/core/actions/blockAndClearRun";
import { createInviteActions } from "../../../src/core/actions/inviteActions";
import { MatrixApiError } from "../../../src/core/client/errors";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import { deferred } from "../../support/deferred";
import { createRecordingClient } from "../../support/recordingClient";
import { AFTER_CAPTURE, BOB, lookalikeDm, namedRoom, roomsOf, syncResponse } from "../store/syncFixtures";

const MALLORY = "@mallory:localhost";
const SPAM = ["!spam1:localhost", "!spam2:localhost"];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function storeWithSpam(ignored: string[] = []): InviteStore {
  const store = createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
  store.applySync(
    syncResponse(
      { invite: roomsOf(namedRoom, ...SPAM.map((roomId) => ({ roomId, entry: lookalikeDm.entry }))) },
      { "m.ignored_user_list": { ignored_users: Object.fromEntries(ignored.map((userId) => [userId, {}])) } },
    ),
  );
  return store;
}

describe("block and clear through the action runner", () => {
  it("goes through the steps and ends with a result per user and per invite", async () => {
    const client = createRecordingClient();
    client.respond("reportUser", "hold");
    const run = createBlockAndClearRun(client, storeWithSpam());
    const steps: (string | undefined)[] = [];
    run.subscribe(() => steps.push(run.getSnapshot().step));

    run.start({ userId: MALLORY, report: { reason: "spam" } });
    const report = await client.waitForCall("reportUser");
    expect(run.getSnapshot()).toMatchObject({ status: "running", step: "report", userIds: [MALLORY], current: MALLORY });
    report.resolve(undefined);
    await settle();

    expect(run.getSnapshot()).toMatchObject({
      status: "done",
      users: [{ userId: MALLORY, ignore: { status: "done" }, report: { status: "done" } }],
      done: 2,
      total: 2,
      failed: [],
      remaining: [],
    });
    expect([...run.getSnapshot().declined].sort()).toEqual(SPAM);
    expect(steps).toContain("decline");
  });

  it("shows the wait after a 429 on the report, announces it, and clears it once the report is sent", async () => {
    const client = createRecordingClient();
    client.respondOnce("reportUser", { error: new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED" }, retryAfterMs: 3000 }) });
    client.respondOnce("reportUser", "hold");
    const wait = deferred<void>();
    const announced: number[] = [];
    const run = createBlockAndClearRun(client, storeWithSpam(), { sleep: () => wait.promise, onRateLimited: (waitMs) => announced.push(waitMs) });
    run.subscribe(() => undefined);

    run.start({ userId: MALLORY, report: { reason: "spam" } });
    await settle();
    expect(run.getSnapshot()).toMatchObject({ status: "running", step: "report", current: MALLORY, waitingUntil: expect.any(Number) });
    expect(announced).toEqual([3000]);

    wait.resolve();
    const report = await client.waitForCall("reportUser", 2);
    report.resolve(undefined);
    await settle();
    expect(run.getSnapshot()).toMatchObject({ status: "done", waitingUntil: undefined, users: [{ report: { status: "done" } }] });
  });

  it("holds each room while leaving it, so the room's own Accept is refused meanwhile", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const run = createBlockAndClearRun(client, storeWithSpam());
    run.subscribe(() => undefined);

    run.start({ userId: MALLORY });
    const leave = await client.waitForCall("leaveRoom");
    const row = createInviteActions(client, { roomId: leave.args[0], userId: BOB });
    row.subscribe(() => undefined);
    row.accept();

    expect(client.callsTo("joinRoom")).toHaveLength(0);
    expect(row.getSnapshot().state.status).toBe("declining");
    run.cancel();
    await settle();
    expect(run.getSnapshot()).toMatchObject({ status: "cancelled", declined: [] });
    expect(run.getSnapshot().remaining).toHaveLength(2);
  });

  it("declines the hidden invites of blocked senders with clearBlocked", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", { value: { ignored_users: { [MALLORY]: {} } } });
    const store = storeWithSpam([MALLORY]);
    const run = createBlockAndClearRun(client, store);
    run.subscribe(() => undefined);

    run.clearBlocked();
    await settle();

    expect(run.getSnapshot()).toMatchObject({ status: "done", userIds: [MALLORY], users: [{ ignore: { status: "unchanged" } }] });
    expect(store.getBlockedInvites()).toEqual([]);
    expect(client.callsTo("setAccountData")).toHaveLength(0);
  });

  it("refuses a second start while running, and an invalid target", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const run = createBlockAndClearRun(client, storeWithSpam());
    run.subscribe(() => undefined);

    run.start({ userId: BOB });
    expect(run.getSnapshot().status).toBe("idle");
    run.start({ userId: MALLORY });
    run.start({ userId: "@alice:localhost" });
    await client.waitForCall("leaveRoom");
    expect(run.getSnapshot().userIds).toEqual([MALLORY]);
  });

  it("retries the failed invites and the failed report, not the report that was sent", async () => {
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    const run = createBlockAndClearRun(client, storeWithSpam());
    run.subscribe(() => undefined);
    run.start({ userId: MALLORY, report: { reason: "spam" } });
    await settle();
    expect(run.getSnapshot().failed).toHaveLength(1);

    run.retryFailed();
    await settle();

    expect(client.callsTo("reportUser")).toHaveLength(1);
    expect(run.getSnapshot()).toMatchObject({ status: "done", failed: [], declined: [run.getSnapshot().declined[0]] });
    expect(client.callsTo("leaveRoom")).toHaveLength(3);
  });

  it("stops the run when its last listener leaves, and runs no callback after", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const finished: unknown[] = [];
    const run = createBlockAndClearRun(client, storeWithSpam(), { onFinished: (progress) => finished.push(progress) });
    const unsubscribe = run.subscribe(() => undefined);
    run.start({ userId: MALLORY });
    const leave = await client.waitForCall("leaveRoom");

    unsubscribe();
    await settle();

    expect(leave.signal?.aborted).toBe(true);
    expect(finished).toEqual([]);
  });
});

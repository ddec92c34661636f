import { describe, expect, it } from "vitest";
import { createDeclineAllRun } from "../../../src/core/actions/declineAllRun";
import { createInviteActions } from "../../../src/core/actions/inviteActions";
import { getActionRunner } from "../../../src/core/actions/runner";
import { createRecordingClient } from "../../support/recordingClient";

const ROOMS = ["!a:localhost", "!b:localhost", "!c:localhost"];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("decline all through the action runner", () => {
  it("holds each room while leaving it: the room's own Accept is refused meanwhile", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const run = createDeclineAllRun(client);
    run.subscribe(() => undefined);
    const row = createInviteActions(client, { roomId: "!a:localhost", userId: "@bob:localhost" });
    row.subscribe(() => undefined);

    run.start(ROOMS);
    const leave = await client.waitForCall("leaveRoom");
    expect(row.getSnapshot()).toEqual({ state: { status: "declining", pendingAction: "decline" }, isPending: true });
    row.accept();

    expect(client.callsTo("joinRoom")).toHaveLength(0);
    leave.resolve(undefined);
    await settle();
    expect(row.getSnapshot().state).toEqual({ status: "declined", outcome: { failedSteps: [] } });
  });

  it("skips a room another action holds or has accepted, and lists it apart", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    const row = createInviteActions(client, { roomId: "!b:localhost", userId: "@bob:localhost" });
    row.subscribe(() => undefined);
    const accepted = createInviteActions(client, { roomId: "!c:localhost", userId: "@bob:localhost" });
    accepted.subscribe(() => undefined);
    row.accept();
    getActionRunner(client).start("!c:localhost", { kind: "accept", alreadyJoined: false }, async () => ({}));
    await settle();
    const run = createDeclineAllRun(client);
    run.subscribe(() => undefined);

    run.start(ROOMS);
    await settle();

    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual(["!a:localhost"]);
    expect(run.getSnapshot()).toMatchObject({ status: "done", declined: ["!a:localhost"], skipped: ["!b:localhost", "!c:localhost"], done: 3, total: 3 });
  });

  it("asks the host before every leave", async () => {
    const client = createRecordingClient();
    const asked: string[] = [];
    const run = createDeclineAllRun(client, {
      isStillInvited: (roomId) => {
        asked.push(roomId);
        return roomId !== "!b:localhost";
      },
    });
    run.subscribe(() => undefined);

    run.start(ROOMS);
    await settle();

    expect(asked).toEqual(ROOMS);
    expect(run.getSnapshot()).toMatchObject({ declined: ["!a:localhost", "!c:localhost"], skipped: ["!b:localhost"] });
  });

  it("retries the failed rooms with the same reason", async () => {
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: Object.assign(new Error("boom"), { httpStatus: 500, errcode: "M_UNKNOWN" }) });
    const run = createDeclineAllRun(client);
    run.subscribe(() => undefined);
    run.start(["!a:localhost", "!b:localhost"], "spam");
    await settle();
    expect(run.getSnapshot()).toMatchObject({ failed: [{ roomId: "!a:localhost", code: "server_error" }], reason: "spam" });

    run.retryFailed();
    await settle();

    expect(client.callsTo("leaveRoom").map((call) => [call.args[0], call.options.reason])).toEqual([
      ["!a:localhost", "spam"],
      ["!b:localhost", "spam"],
      ["!a:localhost", "spam"],
    ]);
    expect(run.getSnapshot()).toMatchObject({ status: "done", declined: ["!a:localhost"], failed: [] });
  });

  it("stops when its last listener leaves: the leave in flight is aborted and nothing is called back", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const finished: unknown[] = [];
    const run = createDeclineAllRun(client, { onFinished: (progress) => finished.push(progress) });
    const unsubscribe = run.subscribe(() => undefined);
    run.start(ROOMS);
    const leave = await client.waitForCall("leaveRoom");

    unsubscribe();
    await settle();

    expect(leave.status).toBe("aborted");
    expect(client.callsTo("leaveRoom")).toHaveLength(1);
    expect(finished).toEqual([]);
    expect(getActionRunner(client).isBusy("!a:localhost")).toBe(false);
  });
});

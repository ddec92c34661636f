import { describe, expect, it } from "vitest";
import { MatrixApiError } from "../../../src/core/client/errors";
import { blockAndClear } from "../../../src/core/flows/blockAndClear";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import { createRecordingClient } from "../../support/recordingClient";
import { AFTER_CAPTURE, BOB, lookalikeDm, namedRoom, roomsOf, syncResponse } from "../store/syncFixtures";

const MALLORY = "@mallory:localhost";
const ALICE = "@alice:localhost";
const SPAM = ["!spam1:localhost", "!spam2:localhost", "!spam3:localhost"];

/** A store holding three invites from mallory and one from alice (the named room). */
function storeWithSpam(ignored: string[] = []): InviteStore {
  const store = createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
  const spam = SPAM.map((roomId) => ({ roomId, entry: lookalikeDm.entry }));
  store.applySync(
    syncResponse(
      { invite: roomsOf(namedRoom, ...spam) },
      { "m.ignored_user_list": { ignored_users: Object.fromEntries(ignored.map((userId) => [userId, {}])) } },
    ),
  );
  return store;
}

const apiError = (status: number, errcode?: string) => new MatrixApiError({ status, body: errcode === undefined ? undefined : { errcode } });
const noWait = () => Promise.resolve();

describe("blockAndClear: the steps and their order", () => {
  it("ignores, reports, then declines every invite from the sender and leaves the others alone", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", { value: { ignored_users: { "@earlier:localhost": { note: "kept" } }, other_key: 1 } });
    const store = storeWithSpam();
    const steps: string[] = [];

    const result = await blockAndClear(client, store, {
      userId: MALLORY,
      report: { reason: "spam" },
      onProgress: ({ step, current }) => steps.push(`${step}:${current ?? "-"}`),
    });

    expect(client.methodsCalled()).toEqual(["getAccountData", "setAccountData", "reportUser", "leaveRoom", "leaveRoom", "leaveRoom"]);
    expect(client.callsTo("setAccountData")[0]?.args.slice(0, 2)).toEqual([
      "m.ignored_user_list",
      { ignored_users: { "@earlier:localhost": { note: "kept" }, [MALLORY]: {} }, other_key: 1 },
    ]);
    expect(client.callsTo("reportUser")[0]?.args.slice(0, 2)).toEqual([MALLORY, "spam"]);
    expect(client.callsTo("leaveRoom").map((call) => call.args[0]).sort()).toEqual([...SPAM].sort());
    expect(result.users).toEqual([{ userId: MALLORY, ignore: { status: "done" }, report: { status: "done" } }]);
    expect(result.decline).toMatchObject({ failed: [], skipped: [], remaining: [], cancelled: false });
    expect([...result.decline.declined].sort()).toEqual([...SPAM].sort());
    // Declined invites leave the store at once; alice's stays.
    expect(store.getSnapshot().map((entry) => entry.roomId)).toEqual([namedRoom.roomId]);
    expect(store.getBlockedInvites()).toEqual([]);
    expect(steps.slice(0, 3)).toEqual([`ignore:${MALLORY}`, `report:${MALLORY}`, expect.stringMatching(/^decline:!spam/)]);
    expect(steps.at(-1)).toBe("decline:-");
  });

  it("writes nothing to the ignore list when the sender is already on it, and declines their hidden invites", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", { value: { ignored_users: { [MALLORY]: {} } } });
    const store = storeWithSpam([MALLORY]);
    expect(store.getBlockedInvites()).toHaveLength(3);

    const result = await blockAndClear(client, store, { userId: MALLORY });

    expect(client.methodsCalled()).toEqual(["getAccountData", "leaveRoom", "leaveRoom", "leaveRoom"]);
    expect(result.users).toEqual([{ userId: MALLORY, ignore: { status: "unchanged" }, report: { status: "skipped" } }]);
    expect(result.decline.declined).toHaveLength(3);
    expect(store.getBlockedInvites()).toEqual([]);
  });

  it("blocks several senders in one run", async () => {
    const client = createRecordingClient();
    const store = storeWithSpam();

    const result = await blockAndClear(client, store, { userId: [MALLORY, ALICE] });

    expect(result.users.map((user) => [user.userId, user.ignore.status])).toEqual([
      [MALLORY, "done"],
      [ALICE, "done"],
    ]);
    expect(result.decline.declined).toHaveLength(4);
    expect(store.getSnapshot()).toEqual([]);
  });

  it("refuses an invalid user ID, nobody, or the user's own ID before any request", async () => {
    const client = createRecordingClient();
    const store = storeWithSpam();
    await expect(blockAndClear(client, store, { userId: "mallory" })).rejects.toThrow(TypeError);
    await expect(blockAndClear(client, store, { userId: [] })).rejects.toThrow(TypeError);
    await expect(blockAndClear(client, store, { userId: [MALLORY, BOB] })).rejects.toThrow(TypeError);
    expect(client.calls).toHaveLength(0);
  });
});

describe("blockAndClear: when a step fails", () => {
  it("still declines every invite when the ignore fails, and says the ignore failed", async () => {
    const client = createRecordingClient();
    client.respond("setAccountData", { error: apiError(500, "M_UNKNOWN") });
    const store = storeWithSpam();

    const result = await blockAndClear(client, store, { userId: MALLORY });

    expect(result.users[0]?.ignore).toEqual({ status: "failed", code: "server_error" });
    expect(result.decline.declined).toHaveLength(3);
  });

  it("stops before declining when the session is gone, leaving every invite in remaining", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", { error: apiError(401, "M_UNKNOWN_TOKEN") });
    const store = storeWithSpam();

    const result = await blockAndClear(client, store, { userId: MALLORY, report: { reason: "" } });

    expect(client.methodsCalled()).toEqual(["getAccountData"]);
    expect(result.users[0]).toEqual({ userId: MALLORY, ignore: { status: "failed", code: "unauthorized" }, report: { status: "skipped" } });
    expect(result.decline).toMatchObject({ declined: [], cancelled: false, stoppedBy: "unauthorized" });
    expect([...result.decline.remaining].sort()).toEqual([...SPAM].sort());
  });

  it.each([
    ["M_UNRECOGNIZED on a 404", apiError(404, "M_UNRECOGNIZED")],
    ["M_UNRECOGNIZED on a 405", apiError(405, "M_UNRECOGNIZED")],
    ["a bare 404", apiError(404)],
  ])("reports the report as unsupported on %s, and the rest succeeds", async (_title, error) => {
    const client = createRecordingClient();
    client.respond("reportUser", { error });
    const store = storeWithSpam();

    const result = await blockAndClear(client, store, { userId: [MALLORY, ALICE], report: { reason: "spam" } });

    // Asked once: the second user's report is not sent to a server that does not know it.
    expect(client.callsTo("reportUser")).toHaveLength(1);
    expect(result.users.map((user) => [user.ignore.status, user.report.status])).toEqual([
      ["done", "unsupported"],
      ["done", "unsupported"],
    ]);
    expect(result.decline.declined).toHaveLength(4);
  });

  it("counts the spec's 404 M_NOT_FOUND (no such user) as a failed report, not an unsupported one", async () => {
    const client = createRecordingClient();
    client.respond("reportUser", { error: apiError(404, "M_NOT_FOUND") });

    const result = await blockAndClear(client, storeWithSpam(), { userId: MALLORY, report: { reason: "spam" } });

    expect(result.users[0]?.report).toEqual({ status: "failed", code: "unknown" });
    expect(result.decline.declined).toHaveLength(3);
  });
});

describe("blockAndClear: the decline run", () => {
  it("waits out a 429 the server asked for and retries the same room", async () => {
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED" }, retryAfterMs: 1500 }) });
    const waits: number[] = [];

    const result = await blockAndClear(client, storeWithSpam(), {
      userId: MALLORY,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });

    expect(waits).toEqual([1500]);
    expect(client.callsTo("leaveRoom")).toHaveLength(4);
    expect(result.decline.declined).toHaveLength(3);
  });

  it("stops at once when cancelled midway, with the rest of the invites still hidden in the store", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const store = storeWithSpam();
    const controller = new AbortController();

    const running = blockAndClear(client, store, { userId: MALLORY, signal: controller.signal, sleep: noWait });
    const first = await client.waitForCall("leaveRoom");
    first.resolve(undefined);
    await client.waitForCall("leaveRoom", 2);
    controller.abort();
    const result = await running;

    expect(client.callsTo("leaveRoom")).toHaveLength(2);
    expect(result.decline.cancelled).toBe(true);
    expect(result.decline.declined).toEqual([first.args[0]]);
    expect(result.decline.remaining).toHaveLength(2);
    // Mallory is ignored now (the sync will say so); the two left would be hidden and offered.
    expect(store.getEntry(first.args[0])).toBeUndefined();
  });

  it("skips a room the store no longer holds as an invite when its turn comes", async () => {
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const store = storeWithSpam();
    const running = blockAndClear(client, store, { userId: MALLORY });
    const first = await client.waitForCall("leaveRoom");
    const others = SPAM.filter((roomId) => roomId !== first.args[0]);
    // Declined in another client meanwhile: the next /sync settles it.
    store.applySync(syncResponse({ leave: { [others[0] as string]: { timeline: { events: [] } } } }));
    client.respond("leaveRoom", { value: undefined });
    first.resolve(undefined);

    const result = await running;

    expect(result.decline.skipped).toEqual([others[0]]);
    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).not.toContain(others[0]);
  });

  it("stops after the ignore when aborted during it, declining nothing", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", "hold");
    const controller = new AbortController();
    const running = blockAndClear(client, storeWithSpam(), { userId: MALLORY, signal: controller.signal });
    await client.waitForCall("getAccountData");
    controller.abort();

    const result = await running;

    expect(client.callsTo("leaveRoom")).toHaveLength(0);
    expect(result.users[0]?.ignore).toEqual({ status: "skipped" });
    expect(result.decline).toMatchObject({ cancelled: true, declined: [] });
    expect(result.decline.remaining).toHaveLength(3);
  });
});

describe("blockAndClear: 429s in the ignore and report steps", () => {
  const limited = (retryAfterMs: number) => new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED" }, retryAfterMs });

  it("waits visibly when the ignore's write is refused, then reads and writes the list again", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", { value: { ignored_users: {} } });
    client.respondOnce("setAccountData", { error: limited(1500) });
    const waits: number[] = [];
    const rateLimited: [string, number][] = [];

    const result = await blockAndClear(client, storeWithSpam(), {
      userId: MALLORY,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      onRateLimited: (target, waitMs) => rateLimited.push([target, waitMs]),
    });

    expect(rateLimited).toEqual([[MALLORY, 1500]]);
    expect(waits).toEqual([1500]);
    expect(client.methodsCalled().slice(0, 4)).toEqual(["getAccountData", "setAccountData", "getAccountData", "setAccountData"]);
    // The client is asked for no 429 retry of its own: the run's wait is the only one.
    const accountDataCalls = [...client.callsTo("getAccountData"), ...client.callsTo("setAccountData")];
    expect(accountDataCalls.map((call) => call.options.rateLimitRetries)).toEqual([0, 0, 0, 0]);
    expect(result.users[0]?.ignore).toEqual({ status: "done" });
    expect(result.decline.declined).toHaveLength(3);
  });

  it("waits visibly when the report is refused and sends it again", async () => {
    const client = createRecordingClient();
    client.respondOnce("reportUser", { error: limited(2000) });
    const rateLimited: [string, number][] = [];

    const result = await blockAndClear(client, storeWithSpam(), {
      userId: MALLORY,
      report: { reason: "spam" },
      sleep: noWait,
      onRateLimited: (target, waitMs) => rateLimited.push([target, waitMs]),
    });

    expect(rateLimited).toEqual([[MALLORY, 2000]]);
    expect(client.callsTo("reportUser").map((call) => [call.args[0], call.options.rateLimitRetries])).toEqual([
      [MALLORY, 0],
      [MALLORY, 0],
    ]);
    expect(result.users[0]).toEqual({ userId: MALLORY, ignore: { status: "done" }, report: { status: "done" } });
  });

  it("fails the report as rate_limited after maxRetries and still declines every invite", async () => {
    const client = createRecordingClient();
    client.respond("reportUser", { error: limited(10) });

    const result = await blockAndClear(client, storeWithSpam(), { userId: MALLORY, report: { reason: "spam" }, sleep: noWait, maxRetries: 2 });

    expect(client.callsTo("reportUser")).toHaveLength(3);
    expect(result.users[0]?.report).toEqual({ status: "failed", code: "rate_limited" });
    expect(result.decline.declined).toHaveLength(3);
  });
});

/**
 * Reporting many rooms against a real Synapse: pending invites reported and left pending, a
 * room the server does not know refused on its own, a lost session stopping the run, and,
 * through the fault proxy, 429s waited out, a server from before spec v1.13 and one refused
 * room reported again by the observer's retry. The shared server lifts rc_reports; the real 429s
 * come from a second server with Synapse's defaults (a burst of 5 reports, then one per second).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createReportRoomsRun, type ReportRoomsProgress, type ReportRoomsRunObserver } from "../../src/core/actions/reportRoomsRun";
import { reportRooms } from "../../src/core/flows/reportRooms";
import { startFaultProxy, type FaultProxy } from "../e2e/faultProxy.mjs";
import { clientFor, createInvite, memberContent } from "./helpers";
import { homeserver, newUser, startRateLimitedHomeserver, type Homeserver, type TestUser } from "./synapse/context";

/** Any room report (not an event report, `/rooms/{roomId}/report/{eventId}`). */
const ROOM_REPORT = /\/_matrix\/client\/v3\/rooms\/[^/]+\/report$/;

/** The report path of one room, as the proxy sees it. */
function reportPathOf(roomId: string): RegExp {
  return new RegExp(`/rooms/${encodeURIComponent(roomId).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/report$`);
}

/** `inviter` invites `invitee` to `count` new rooms; resolves with their IDs once the invitee's /sync has them. */
async function invites(inviter: TestUser, invitee: TestUser, count: number): Promise<string[]> {
  const roomIds: string[] = [];
  for (let index = 0; index < count; index += 1) roomIds.push((await createInvite(inviter, invitee, { name: `Spam ${index}` })).roomId);
  return roomIds;
}

async function membershipsOf(reader: TestUser, roomIds: readonly string[], userId: string): Promise<unknown[]> {
  return Promise.all(roomIds.map(async (roomId) => (await memberContent(reader, roomId, userId))["membership"]));
}

/** Calls `begin` (which starts a run) and resolves with the progress once the run has ended. */
function ended(run: ReportRoomsRunObserver, begin: () => void): Promise<ReportRoomsProgress> {
  return new Promise((resolve) => {
    const unsubscribe = run.subscribe(() => {
      const progress = run.getSnapshot();
      if (progress.status === "running" || progress.status === "idle") return;
      unsubscribe();
      resolve(progress);
    });
    begin();
  });
}

describe("reportRooms against Synapse", () => {
  it("reports every pending invite's room, which Synapse accepts from an invitee, and leaves the invites pending", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const spam = await invites(mallory, bob, 3);
    const { client, requests } = clientFor(bob);

    const result = await reportRooms(client, spam, { reason: "invite spam" });

    expect(result).toEqual({ reported: spam, failed: [], remaining: [], cancelled: false });
    expect(requests.map((request) => `${request.method} ${decodeURIComponent(request.path)}`)).toEqual(
      spam.map((roomId) => `POST /_matrix/client/v3/rooms/${roomId}/report`),
    );
    expect(await membershipsOf(mallory, spam, bob.userId)).toEqual(["invite", "invite", "invite"]);
  });

  it("records a room the server does not know as room_not_found and reports the others", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const [first, last] = (await invites(mallory, bob, 2)) as [string, string];
    const unknown = `!nope:${homeserver().serverName}`;
    const { client } = clientFor(bob);

    const result = await reportRooms(client, [first, unknown, last], { reason: "spam" });

    expect(result).toEqual({ reported: [first, last], failed: [{ roomId: unknown, code: "room_not_found" }], remaining: [], cancelled: false });
  });

  it("stops as unauthorized once the session is signed out, leaving the rest unreported", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const [first, second, third] = (await invites(mallory, bob, 3)) as [string, string, string];
    const { client, requests } = clientFor(bob, {
      // The session is signed out (from elsewhere) just before the second report leaves.
      fetch: async (input, init) => {
        if (String(input).endsWith(`/rooms/${encodeURIComponent(second)}/report`)) await bob.api.post("/_matrix/client/v3/logout", {});
        return fetch(input, init);
      },
    });

    const result = await reportRooms(client, [first, second, third], { reason: "spam" });

    expect(result).toEqual({
      reported: [first],
      failed: [{ roomId: second, code: "unauthorized" }],
      remaining: [third],
      cancelled: false,
      stoppedBy: "unauthorized",
    });
    expect(requests.filter((request) => ROOM_REPORT.test(request.path))).toHaveLength(2);
  });
});

describe("reportRooms through the fault proxy", () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy({ target: homeserver().baseUrl });
  });
  afterEach(() => proxy.reset());
  afterAll(async () => {
    await proxy?.close();
  });

  /**
   * `user`'s client through the proxy, with the client's default 429 retries: the flow asks
   * for none on its reports (`rateLimitRetries: 0`), so its own wait is the only one.
   */
  function proxiedClient(user: TestUser) {
    return clientFor(user, { server: { ...homeserver(), baseUrl: proxy.url } });
  }

  it("waits out a 429 on every second report for as long as the server asks, then reports every room", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const spam = await invites(mallory, bob, 3);
    proxy.addFault({ fault: "status", method: "POST", path: ROOM_REPORT, status: 429, retryAfterSeconds: 1, every: 2 });
    const waits: [string, number][] = [];

    const result = await reportRooms(proxiedClient(bob).client, spam, { reason: "spam", onRateLimited: (roomId, waitMs) => waits.push([roomId, waitMs]) });

    expect(result).toEqual({ reported: spam, failed: [], remaining: [], cancelled: false });
    // First report answered; the second and third each refused once, waited for and sent again.
    expect(waits).toEqual([
      [spam[1], 1_000],
      [spam[2], 1_000],
    ]);
    expect(proxy.count("POST", ROOM_REPORT)).toBe(5);
    expect(proxy.requests.filter((request) => ROOM_REPORT.test(request.path)).map((request) => request.status)).toEqual([200, 429, 200, 429, 200]);
    expect(await membershipsOf(mallory, spam, bob.userId)).toEqual(["invite", "invite", "invite"]);
  });

  it("stops as unsupported after one request when the server predates room reports (M_UNRECOGNIZED)", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const spam = await invites(mallory, bob, 3);
    proxy.addFault({ fault: "status", method: "POST", path: ROOM_REPORT, status: 404, errcode: "M_UNRECOGNIZED" });

    const result = await reportRooms(proxiedClient(bob).client, spam, { reason: "spam" });

    expect(result).toEqual({ reported: [], failed: [], remaining: spam, cancelled: false, stoppedBy: "unsupported" });
    expect(proxy.count("POST", ROOM_REPORT)).toBe(1);
  });

  it("runs as an observer until done, listing every room reported", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const spam = await invites(mallory, bob, 3);
    const run = createReportRoomsRun(proxiedClient(bob).client);

    const progress = await ended(run, () => run.start(spam, "invite spam"));

    expect(progress).toMatchObject({ status: "done", done: 3, total: 3, reported: spam, failed: [], remaining: [], error: undefined, reason: "invite spam" });
    expect(proxy.count("POST", ROOM_REPORT)).toBe(3);
    run.dispose();
  });

  it("reports again only the room the server refused once, when asked to retry the failed", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const [first, refused, last] = (await invites(mallory, bob, 3)) as [string, string, string];
    proxy.addFault({ fault: "status", method: "POST", path: reportPathOf(refused), status: 500, times: 1 });
    const run = createReportRoomsRun(proxiedClient(bob).client);

    const firstRun = await ended(run, () => run.start([first, refused, last], "spam"));

    expect(firstRun).toMatchObject({ status: "done", reported: [first, last], failed: [{ roomId: refused, code: "server_error" }], remaining: [] });

    const retried = await ended(run, () => run.retryFailed());

    expect(retried).toMatchObject({ status: "done", done: 1, total: 1, reported: [refused], failed: [], remaining: [], reason: "spam" });
    expect([first, refused, last].map((roomId) => proxy.count("POST", reportPathOf(roomId)))).toEqual([1, 2, 1]);
    run.dispose();
  });
});

describe("reportRooms against a Synapse with its default report rate limit", () => {
  let server: Homeserver;
  beforeAll(async () => {
    server = await startRateLimitedHomeserver();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("waits out Synapse's own 429s past the burst of five and reports every room", async () => {
    const [mallory, bob] = [await newUser("mallory", { server }), await newUser("bob", { server })];
    // Synapse checks only that the room exists, so bob needs no invite (rc_invites would allow five).
    const roomIds: string[] = [];
    for (let index = 0; index < 7; index += 1) roomIds.push(await mallory.api.createRoom({ name: `Spam ${index}`, preset: "private_chat" }));
    const { client, requests } = clientFor(bob, { server, maxRateLimitRetries: 0 });
    const waits: number[] = [];

    const result = await reportRooms(client, roomIds, { reason: "spam", onRateLimited: (_roomId, waitMs) => waits.push(waitMs) });

    expect(result).toEqual({ reported: roomIds, failed: [], remaining: [], cancelled: false });
    expect(waits.length).toBeGreaterThan(0);
    for (const waitMs of waits) expect(waitMs).toBeGreaterThan(0);
    expect(requests.filter((request) => ROOM_REPORT.test(request.path))).toHaveLength(roomIds.length + waits.length);
  });
});

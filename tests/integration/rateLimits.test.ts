import { createClient } from "matrix-js-sdk";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MembershipActionError } from "../../src/core/client/errors";
import { fromMatrixJsSdk } from "../../src/core/client/matrixJsSdk";
import { acceptInvite } from "../../src/core/flows/acceptInvite";
import { declineAll } from "../../src/core/flows/declineAll";
import { declineInvite } from "../../src/core/flows/declineInvite";
import { startFaultProxy, type FaultProxy } from "../e2e/faultProxy.mjs";
import { clientFor, createInvite, memberContent, silentLogger } from "./helpers";
import { homeserver, HomeserverError, newUser, startRateLimitedHomeserver, waitForSync, type Homeserver, type TestUser } from "./synapse/context";

// Synapse 1.163 defaults on the second server: rc_joins.local allows a burst of 10 joins,
// then one per 10 s; rc_reports a burst of 5 reports, then one per second; rc_invites.per_user
// lets a user receive 5 invites; rc_room_creation a burst of 10 rooms per creator.

describe("real 429s from a Synapse with default rate limits", () => {
  let server: Homeserver;
  let bob: TestUser;
  let creators: TestUser[];

  beforeAll(async () => {
    server = await startRateLimitedHomeserver();
    bob = await newUser("bob", { server });
    creators = [await newUser("alice", { server }), await newUser("carol", { server })];
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** A private room made by `creator` with `invitee` (bob by default) invited; resolves once the invitee sees it. */
  async function inviteBob(creator: TestUser, name: string, invitee: TestUser = bob) {
    const roomId = await creator.api.createRoom({ name, preset: "private_chat" });
    await creator.api.invite(roomId, invitee.userId);
    const entry = await waitForSync(invitee.api, (sync) => sync.rooms?.invite?.[roomId]);
    return { roomId, inviteState: entry.invite_state as unknown, creator };
  }

  /** Reports `roomId` as `user` with the raw API until Synapse answers 429 (rc_reports: burst of 5). */
  async function exhaustReports(user: TestUser, roomId: string): Promise<HomeserverError> {
    for (let index = 0; index < 20; index += 1) {
      try {
        await user.api.post(`/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/report`, { reason: `burst ${index}` });
      } catch (error) {
        if (error instanceof HomeserverError && error.status === 429) return error;
        throw error;
      }
    }
    throw new Error("rc_reports never answered 429");
  }

  it("reports rate_limited with the server's delay when accepting after a burst of joins, through both clients", async () => {
    const [alice, carol] = creators as [TestUser, TestUser];
    const firstInvite = await inviteBob(alice, "Accept after the burst");
    const secondInvite = await inviteBob(carol, "Accept via the SDK after the burst");
    // Use up bob's join burst on public rooms (five per creator stays within rc_room_creation).
    for (let index = 0; index < 10; index += 1) {
      const roomId = await (index % 2 === 0 ? alice : carol).api.createRoom({ name: `Public ${index}`, preset: "public_chat" });
      await bob.api.join(roomId);
    }
    const { client, requests } = clientFor(bob, { server, maxRateLimitRetries: 0 });
    const sdkClient = fromMatrixJsSdk(createClient({ baseUrl: server.baseUrl, accessToken: bob.accessToken, userId: bob.userId, logger: silentLogger }));

    const error = await acceptInvite(client, { roomId: firstInvite.roomId, userId: bob.userId, inviteState: firstInvite.inviteState }).catch(
      (failure: unknown) => failure,
    );
    const sdkError = await acceptInvite(sdkClient, { roomId: secondInvite.roomId, userId: bob.userId }).catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(MembershipActionError);
    expect(error).toMatchObject({ action: "join", code: "rate_limited", retryAfterMs: expect.any(Number) });
    expect((error as MembershipActionError).retryAfterMs).toBeGreaterThan(0);
    expect(requests).toHaveLength(1);
    expect(sdkError).toMatchObject({ action: "join", code: "rate_limited", retryAfterMs: expect.any(Number) });
    expect(await memberContent(alice, firstInvite.roomId, bob.userId)).toMatchObject({ membership: "invite" });
  });

  it("gives up at once when the server asks for a longer wait than the client may spend", async () => {
    const { client, requests } = clientFor(bob, { server, maxRateLimitWaitMs: 500 });
    const roomId = await (creators[0] as TestUser).api.createRoom({ name: "Too long to wait", preset: "public_chat" });

    const error = await acceptInvite(client, { roomId, userId: bob.userId }).catch((failure: unknown) => failure);

    expect(error).toMatchObject({ action: "join", code: "rate_limited" });
    // The server asked for more than the 500 ms the client may spend, so no retry was sent.
    expect((error as MembershipActionError).retryAfterMs).toBeGreaterThan(500);
    expect(requests).toHaveLength(1);
  });

  it("declines, then says precisely that the report was rate limited", async () => {
    const [alice] = creators as [TestUser];
    const dave = await newUser("dave", { server });
    const invite = await inviteBob(alice, "Report after a burst", dave);
    const { client } = clientFor(dave, { server, maxRateLimitRetries: 0 });
    await exhaustReports(dave, invite.roomId);

    const result = await declineInvite(client, { roomId: invite.roomId, reason: "spam", reportReason: "spam", forget: true });

    expect(result.failedSteps.map(({ step, code }) => ({ step, code }))).toEqual([{ step: "report", code: "rate_limited" }]);
    expect(await memberContent(alice, invite.roomId, dave.userId)).toMatchObject({ membership: "leave", reason: "spam" });
  });

  it("waits out a short real 429 on its own, so the report still succeeds", async () => {
    const [, carol] = creators as [TestUser, TestUser];
    const erin = await newUser("erin", { server });
    const invite = await inviteBob(carol, "Patient report", erin);
    const { client, requests } = clientFor(erin, { server });
    const limited = await exhaustReports(erin, invite.roomId);

    const result = await declineInvite(client, { roomId: invite.roomId, reportReason: "spam" });

    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(result.failedSteps).toEqual([]);
    const reportAttempts = requests.filter((request) => request.path.endsWith("/report"));
    expect(reportAttempts.map((request) => request.attempt)).toEqual(reportAttempts.map((_request, index) => index + 1));
    expect(reportAttempts.length).toBeGreaterThan(1);
  });
});

describe("a bulk run through a client with its default 429 retries (the fault proxy answering 429)", () => {
  const LEAVE = /\/_matrix\/client\/v3\/rooms\/[^/]+\/leave$/;
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy({ target: homeserver().baseUrl });
  });
  afterEach(() => proxy.reset());
  afterAll(async () => {
    await proxy?.close();
  });

  it("hears of every 429 at once: declineAll waits visibly, and the client sends no retry of its own", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const roomIds: string[] = [];
    for (let index = 0; index < 4; index += 1) roomIds.push((await createInvite(mallory, bob, { name: `Spam ${index}` })).roomId);
    proxy.addFault({ fault: "status", method: "POST", path: LEAVE, status: 429, retryAfterSeconds: 1, every: 2 });
    // No maxRateLimitRetries: the client keeps its default of 3 automatic retries.
    const { client } = clientFor(bob, { server: { ...homeserver(), baseUrl: proxy.url } });
    const waits: [string, number][] = [];

    const result = await declineAll(client, roomIds, { reason: "spam", onRateLimited: (roomId, waitMs) => waits.push([roomId, waitMs]) });

    expect(result).toEqual({ declined: roomIds, failed: [], skipped: [], remaining: [], cancelled: false });
    // Every second leave is refused: the second, third and fourth rooms once each, each wait the flow's own.
    expect(waits).toEqual(roomIds.slice(1).map((roomId) => [roomId, 1_000]));
    const leaves = proxy.requests.filter((request) => LEAVE.test(request.path));
    expect(leaves.map((request) => request.status)).toEqual([200, 429, 200, 429, 200, 429, 200]);
    expect(leaves).toHaveLength(roomIds.length + waits.length);
    const memberships = await Promise.all(roomIds.map(async (roomId) => (await memberContent(mallory, roomId, bob.userId))["membership"]));
    expect(memberships).toEqual(["leave", "leave", "leave", "leave"]);
  });
});

/**
 * The invite store fed by simplified sliding sync (MSC4186) from the real Synapse: the same
 * scenarios as the /sync feed (invites with their preview, accept, decline, revoke, the
 * ignore list), a wave of 200 invites, a pos the server no longer knows, and the fallback
 * to /sync for a server without the endpoint (the fault proxy answers 404 M_UNRECOGNIZED).
 */
import { createClient } from "matrix-js-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromMatrixJsSdk } from "../../src/core/client/matrixJsSdk";
import { acceptInvite } from "../../src/core/flows/acceptInvite";
import { declineInvite } from "../../src/core/flows/declineInvite";
import { startInviteFeed } from "../../src/core/store/inviteFeed";
import { createInviteStore, type InviteEntry, type InviteStore } from "../../src/core/store/inviteStore";
import { slidingSyncInviteRequest, startSlidingSyncLoop } from "../../src/core/store/slidingSyncLoop";
import { startFaultProxy, type FaultProxy } from "../e2e/faultProxy.mjs";
import { clientFor, has, lacks, silentLogger, waitForSnapshot } from "./helpers";
import { homeserver, newUser, type TestUser } from "./synapse/context";

const SLIDING_PATH = /\/org\.matrix\.simplified_msc3575\/sync$/;

/** Every snapshot the store published, to prove the list never went empty on the way. */
function recordSnapshots(store: InviteStore): (readonly InviteEntry[])[] {
  const snapshots: (readonly InviteEntry[])[] = [];
  store.subscribe(() => {
    const snapshot = store.getSnapshot();
    if (snapshots.at(-1) !== snapshot) snapshots.push(snapshot);
  });
  return snapshots;
}

async function invite(inviter: TestUser, invitee: TestUser, room: Record<string, unknown>, reason?: string): Promise<string> {
  const roomId = await inviter.api.createRoom({ preset: "private_chat", ...room });
  await inviter.api.invite(roomId, invitee.userId, reason);
  return roomId;
}

describe("the invite store fed by sliding sync from Synapse", () => {
  it("lists invites with their preview, and drops them when accepted, declined or withdrawn", async () => {
    const alice = await newUser("alice", { displayName: "Alice Liddell" });
    const bob = await newUser("bob");
    const { client, requests } = clientFor(bob);
    const store = createInviteStore({ userId: bob.userId });
    const loop = startSlidingSyncLoop(store, client, { timeoutMs: 1_000 });
    try {
      const named = await invite(alice, bob, { name: "Design Review", topic: "Weekly" }, "Join us");
      const direct = await alice.api.createRoom({ preset: "trusted_private_chat", is_direct: true, invite: [bob.userId] });
      const withdrawn = await invite(alice, bob, { name: "Withdrawn" });
      await waitForSnapshot(store, (entries) => [named, direct, withdrawn].every((roomId) => has(roomId)(entries)));

      expect(store.getEntry(named)?.summary).toMatchObject({
        trusted: false,
        name: { kind: "named", name: "Design Review" },
        topic: "Weekly",
        reason: "Join us",
        inviter: { userId: alice.userId, displayName: "Alice Liddell" },
        isDirect: false,
      });
      expect(store.getEntry(direct)?.summary).toMatchObject({ isDirect: true, inviter: { userId: alice.userId } });

      await acceptInvite(client, { roomId: named, userId: bob.userId, invite: store.getEntry(named)!.summary });
      await waitForSnapshot(store, lacks(named));
      await declineInvite(client, { roomId: direct, reason: "Not now" });
      await waitForSnapshot(store, lacks(direct));
      await alice.api.kick(withdrawn, bob.userId, "Sent by mistake");
      await waitForSnapshot(store, lacks(withdrawn));
      expect(store.getSnapshot()).toEqual([]);
      expect(store.getSyncStatus()).toEqual({ state: "syncing", caughtUp: true });
      // Every request went to the sliding sync endpoint, none to /sync.
      expect(requests.filter((request) => request.path.endsWith("/v3/sync"))).toEqual([]);
      expect(loop.isSupported()).toBe(true);
    } finally {
      loop.stop();
      await loop.done;
    }
  });

  it("hides the invites of a sender the user ignores, from the account data extension", async () => {
    const alice = await newUser("alice");
    const mallory = await newUser("mallory");
    const bob = await newUser("bob");
    const { client } = clientFor(bob);
    const store = createInviteStore({ userId: bob.userId });
    const loop = startSlidingSyncLoop(store, client, { timeoutMs: 1_000 });
    try {
      const fromAlice = await invite(alice, bob, { name: "From Alice" });
      const fromMallory = await invite(mallory, bob, { name: "From Mallory" });
      await waitForSnapshot(store, (entries) => has(fromAlice)(entries) && has(fromMallory)(entries));
      await bob.api.setAccountData("m.ignored_user_list", { ignored_users: { [mallory.userId]: {} } });
      await waitForSnapshot(store, lacks(fromMallory));
      expect(store.getIgnoredUsers().has(mallory.userId)).toBe(true);
      expect(store.getSnapshot().map((entry) => entry.roomId)).toEqual([fromAlice]);
    } finally {
      loop.stop();
      await loop.done;
    }
  });

  it("takes a wave of 200 invites", { timeout: 240_000 }, async () => {
    const inviters = await Promise.all([0, 1, 2, 3].map((index) => newUser(`wave${index}`)));
    const bob = await newUser("bob");
    const { client } = clientFor(bob);
    const store = createInviteStore({ userId: bob.userId });
    const loop = startSlidingSyncLoop(store, client, { timeoutMs: 1_000 });
    try {
      const roomIds = await Promise.all(
        inviters.map(async (inviter, column) => {
          const made: string[] = [];
          for (let row = 0; row < 50; row++) made.push(await invite(inviter, bob, { name: `Wave ${column}-${row}` }));
          return made;
        }),
      );
      const all = roomIds.flat();
      await waitForSnapshot(store, (entries) => entries.length === 200, 60_000);
      expect(new Set(store.getSnapshot().map((entry) => entry.roomId))).toEqual(new Set(all));
      expect(store.getEntry(all[0]!)?.summary.name).toEqual({ kind: "named", name: "Wave 0-0" });
    } finally {
      loop.stop();
      await loop.done;
    }
  });

  it.each([
    ["a pos the server forgot (another connection took its place): M_UNKNOWN_POS", "forgotten"],
    ["a pos the server cannot parse: 400 M_UNKNOWN Invalid stream token", "garbage"],
  ])("starts again without %s, and the list never goes empty meanwhile", async (_label, kind) => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { client, requests } = clientFor(bob);
    const store = createInviteStore({ userId: bob.userId });
    const kept = await invite(alice, bob, { name: "Kept" });
    const accepted = await invite(alice, bob, { name: "Accepted meanwhile" });

    const first = startSlidingSyncLoop(store, client, { timeoutMs: 1_000 });
    await waitForSnapshot(store, (entries) => has(kept)(entries) && has(accepted)(entries));
    first.stop();
    await first.done;
    let pos = first.getPos();
    if (kind === "forgotten") {
      // A new connection with the same conn_id (that gets rooms, so Synapse stores it):
      // Synapse forgets the old one's positions.
      const fresh = await client.slidingSync({ body: slidingSyncInviteRequest() });
      expect(fresh).toMatchObject({ rooms: { [kept]: {} } });
    } else {
      pos = "not-a-stream-token";
    }
    await bob.api.join(accepted);

    const snapshots = recordSnapshots(store);
    const countBefore = requests.length;
    const second = startSlidingSyncLoop(store, client, { pos, timeoutMs: 1_000 });
    try {
      await waitForSnapshot(store, lacks(accepted));
      expect(store.getSnapshot().map((entry) => entry.roomId)).toEqual([kept]);
      expect(snapshots.every((snapshot) => snapshot.length > 0)).toBe(true);
      const sent = requests.slice(countBefore).map((request) => new URL(request.url).searchParams.get("pos"));
      expect(sent[0]).toBe(pos);
      expect(sent[1]).toBeNull();
      expect(store.getSyncStatus()).toMatchObject({ state: "syncing" });
    } finally {
      second.stop();
      await second.done;
    }
  });
});

describe("sliding sync through matrix-js-sdk's HTTP layer", () => {
  it("feeds the store through fromMatrixJsSdk, whose endpoint table has the sliding sync request too", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const sdk = createClient({ baseUrl: homeserver().baseUrl, accessToken: bob.accessToken, userId: bob.userId, logger: silentLogger });
    const store = createInviteStore({ userId: bob.userId });
    const feed = startInviteFeed(store, fromMatrixJsSdk(sdk), { timeoutMs: 1_000 });
    try {
      const roomId = await invite(alice, bob, { name: "Through the SDK" });
      await waitForSnapshot(store, has(roomId));
      expect(feed.getFeed()).toBe("sliding");
      expect(store.getEntry(roomId)?.summary.name).toEqual({ kind: "named", name: "Through the SDK" });
      await alice.api.kick(roomId, bob.userId);
      await waitForSnapshot(store, lacks(roomId));
    } finally {
      feed.stop();
      await feed.done;
    }
  });
});

describe("choosing the feed against Synapse", () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy({ target: homeserver().baseUrl });
  });
  afterAll(async () => {
    await proxy.close();
  });

  it("picks sliding sync on Synapse, which advertises it in /versions", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { client, requests } = clientFor(bob);
    const store = createInviteStore({ userId: bob.userId });
    const feed = startInviteFeed(store, client, { timeoutMs: 1_000 });
    try {
      const roomId = await invite(alice, bob, { name: "Auto" });
      await waitForSnapshot(store, has(roomId));
      expect(feed.getFeed()).toBe("sliding");
      expect(requests[0]?.path).toBe("/_matrix/client/versions");
    } finally {
      feed.stop();
      await feed.done;
    }
  });

  it("falls back to /sync for a server without the endpoint (404 M_UNRECOGNIZED), and still lists invites", async () => {
    proxy.reset();
    proxy.addFault({ fault: "status", path: SLIDING_PATH, status: 404, errcode: "M_UNRECOGNIZED" });
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { client } = clientFor(bob, { server: { ...homeserver(), baseUrl: proxy.url } });
    const store = createInviteStore({ userId: bob.userId });
    const feed = startInviteFeed(store, client, { timeoutMs: 1_000 });
    try {
      const roomId = await invite(alice, bob, { name: "Classic" });
      await waitForSnapshot(store, has(roomId));
      expect(feed.getFeed()).toBe("classic");
      expect(proxy.count("POST", SLIDING_PATH)).toBe(1);
      expect(store.getEntry(roomId)?.summary.name).toEqual({ kind: "named", name: "Classic" });
      expect(store.getSyncStatus()).toMatchObject({ state: "syncing" });
    } finally {
      feed.stop();
      await feed.done;
      proxy.reset();
    }
  });
});

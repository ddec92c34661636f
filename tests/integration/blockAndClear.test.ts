/**
 * Block and clear against a real Synapse: the ignore list, the user report (and a server
 * without it, played by the fault proxy), every invite from the sender declined while the
 * others stay, what happens to invites the sender sends later, and a run cancelled midway
 * whose remaining invites stay hidden until the inbox's offer clears them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBlockAndClearRun } from "../../src/core/actions/blockAndClearRun";
import { blockAndClear } from "../../src/core/flows/blockAndClear";
import { createInviteStore, type InviteStore } from "../../src/core/store/inviteStore";
import { startSyncLoop, type SyncLoop } from "../../src/core/store/syncLoop";
import { startFaultProxy, type FaultProxy } from "../e2e/faultProxy.mjs";
import { clientFor, createInvite, has, lacks, memberContent, waitForSnapshot } from "./helpers";
import { homeserver, newUser, type TestUser } from "./synapse/context";

const loops: SyncLoop[] = [];
afterAll(() => loops.forEach((loop) => loop.stop()));

/** Bob's client and an invite store fed by the library's own /sync loop. */
function inboxOf(user: TestUser, baseUrl?: string): ReturnType<typeof clientFor> & { store: InviteStore } {
  const { client, requests } = clientFor(user, baseUrl === undefined ? {} : { server: { ...homeserver(), baseUrl } });
  const store = createInviteStore({ userId: user.userId });
  loops.push(startSyncLoop(store, client, { timeoutMs: 500 }));
  return { client, requests, store };
}

/** `inviter` invites `invitee` to `count` new rooms; resolves with their IDs once the invitee's /sync has them. */
async function invites(inviter: TestUser, invitee: TestUser, count: number, name = "Spam"): Promise<string[]> {
  const roomIds: string[] = [];
  for (let index = 0; index < count; index += 1) roomIds.push((await createInvite(inviter, invitee, { name: `${name} ${index}` })).roomId);
  return roomIds;
}

async function membershipOf(reader: TestUser, roomId: string, userId: string): Promise<unknown> {
  return (await memberContent(reader, roomId, userId))["membership"];
}

async function ignoredUsers(user: TestUser): Promise<string[]> {
  const content = (await user.api.getAccountData("m.ignored_user_list")) as { ignored_users: Record<string, unknown> };
  return Object.keys(content.ignored_users).sort();
}

describe("blockAndClear against Synapse", () => {
  it("declines every invite from the sender, adds them to the ignore list and leaves other senders' invites alone", async () => {
    const [mallory, alice, bob] = [await newUser("mallory"), await newUser("alice"), await newUser("bob")];
    await bob.api.setAccountData("m.ignored_user_list", { ignored_users: { "@earlier:localhost": {} } });
    const spam = await invites(mallory, bob, 3);
    const [kept] = await invites(alice, bob, 1, "Book club");
    const { client, store } = inboxOf(bob);
    await waitForSnapshot(store, (entries) => entries.length === 4);

    const result = await blockAndClear(client, store, { userId: mallory.userId });

    expect(result.users).toEqual([{ userId: mallory.userId, ignore: { status: "done" }, report: { status: "skipped" } }]);
    expect([...result.decline.declined].sort()).toEqual([...spam].sort());
    expect(result.decline).toMatchObject({ failed: [], skipped: [], remaining: [], cancelled: false });
    for (const roomId of spam) expect(await membershipOf(mallory, roomId, bob.userId)).toBe("leave");
    expect(await membershipOf(alice, kept as string, bob.userId)).toBe("invite");
    expect(await ignoredUsers(bob)).toEqual(["@earlier:localhost", mallory.userId].sort());
    await waitForSnapshot(store, (entries) => entries.length === 1 && entries[0]?.roomId === kept);
    expect(store.getBlockedInvites()).toEqual([]);
  });

  it("reports the sender with POST /users/{userId}/report, which Synapse 1.163 accepts", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const spam = await invites(mallory, bob, 2);
    const { client, store, requests } = inboxOf(bob);
    await waitForSnapshot(store, (entries) => entries.length === 2);

    const result = await blockAndClear(client, store, { userId: mallory.userId, report: { reason: "invite spam" } });

    const reports = requests.filter((request) => request.path.endsWith("/report"));
    expect(reports.map((request) => `${request.method} ${decodeURIComponent(request.path)}`)).toEqual([
      `POST /_matrix/client/v3/users/${mallory.userId}/report`,
    ]);
    expect(result.users[0]?.report).toEqual({ status: "done" });
    expect([...result.decline.declined].sort()).toEqual([...spam].sort());
  });

  it("hides an invite the blocked sender sends later: Synapse withholds it from every /sync", async () => {
    const [mallory, alice, bob] = [await newUser("mallory"), await newUser("alice"), await newUser("bob")];
    await invites(mallory, bob, 1);
    const { client, store } = inboxOf(bob);
    await waitForSnapshot(store, (entries) => entries.length === 1);
    await blockAndClear(client, store, { userId: mallory.userId });

    const later = await mallory.api.createRoom({ name: "Later spam", preset: "private_chat" });
    await mallory.api.invite(later, bob.userId);
    // Alice's invite, sent after it, shows that the /sync carrying mallory's has come and gone.
    const [after] = await invites(alice, bob, 1, "After");
    await waitForSnapshot(store, has(after as string));

    expect(store.getEntry(later)).toBeUndefined();
    expect(store.getSnapshot().map((entry) => entry.roomId)).toEqual([after]);
    // Still pending on the server, where no client of bob's can see it.
    expect(await membershipOf(mallory, later, bob.userId)).toBe("invite");
  });

  it("hides the invites of a sender ignored from another client, offers them, and clears them", async () => {
    const [mallory, alice, bob] = [await newUser("mallory"), await newUser("alice"), await newUser("bob")];
    const spam = await invites(mallory, bob, 2);
    const [kept] = await invites(alice, bob, 1, "Book club");
    const { client, store } = inboxOf(bob);
    await waitForSnapshot(store, (entries) => entries.length === 3);

    // Another of bob's clients puts mallory on the ignore list.
    await bob.api.setAccountData("m.ignored_user_list", { ignored_users: { [mallory.userId]: {} } });
    await waitForSnapshot(store, (entries) => entries.length === 1);
    expect(store.getBlockedInvites().map((entry) => entry.roomId).sort()).toEqual([...spam].sort());

    const run = createBlockAndClearRun(client, store);
    const finished = new Promise<void>((resolve) => run.setOptions({ onFinished: () => resolve() }));
    run.subscribe(() => undefined);
    run.clearBlocked();
    await finished;

    expect(run.getSnapshot()).toMatchObject({ status: "done", userIds: [mallory.userId], users: [{ ignore: { status: "unchanged" } }] });
    for (const roomId of spam) expect(await membershipOf(mallory, roomId, bob.userId)).toBe("leave");
    expect(await membershipOf(alice, kept as string, bob.userId)).toBe("invite");
    expect(store.getBlockedInvites()).toEqual([]);
    run.dispose();
  });

  it("stops when cancelled midway: the sender stays blocked, the rest stay hidden until the offer clears them", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const spam = await invites(mallory, bob, 4);
    const { client, store } = inboxOf(bob);
    await waitForSnapshot(store, (entries) => entries.length === 4);
    const controller = new AbortController();

    const result = await blockAndClear(client, store, {
      userId: mallory.userId,
      signal: controller.signal,
      onRoomSettled: () => controller.abort(),
    });

    expect(result.decline).toMatchObject({ cancelled: true, failed: [] });
    expect(result.decline.declined).toHaveLength(1);
    expect(result.decline.remaining).toHaveLength(3);
    const states = await Promise.all(spam.map((roomId) => membershipOf(mallory, roomId, bob.userId)));
    expect(states.filter((state) => state === "leave")).toHaveLength(1);
    expect(states.filter((state) => state === "invite")).toHaveLength(3);
    // The ignore reached the store: nothing shows, the three are offered.
    await waitForSnapshot(store, (entries) => entries.length === 0);
    expect(store.getBlockedInvites().map((entry) => entry.roomId).sort()).toEqual([...result.decline.remaining].sort());

    const cleared = await blockAndClear(client, store, { userId: mallory.userId });

    expect(cleared.users[0]?.ignore).toEqual({ status: "unchanged" });
    expect([...cleared.decline.declined].sort()).toEqual([...result.decline.remaining].sort());
    for (const roomId of spam) expect(await membershipOf(mallory, roomId, bob.userId)).toBe("leave");
    expect(store.getBlockedInvites()).toEqual([]);
  });
});

describe("blockAndClear against a server from before spec v1.14 (the fault proxy answering M_UNRECOGNIZED)", () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy({ target: homeserver().baseUrl });
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it("says the report is unsupported and still blocks and clears", async () => {
    const [mallory, bob] = [await newUser("mallory"), await newUser("bob")];
    const spam = await invites(mallory, bob, 2);
    proxy.addFault({ fault: "status", method: "POST", path: /\/users\/[^/]+\/report$/, status: 404, errcode: "M_UNRECOGNIZED" });
    const { client, store } = inboxOf(bob, proxy.url);
    await waitForSnapshot(store, (entries) => entries.length === 2);

    const result = await blockAndClear(client, store, { userId: mallory.userId, report: { reason: "spam" } });

    expect(proxy.count("POST", /\/users\/[^/]+\/report$/)).toBe(1);
    expect(result.users).toEqual([{ userId: mallory.userId, ignore: { status: "done" }, report: { status: "unsupported" } }]);
    expect([...result.decline.declined].sort()).toEqual([...spam].sort());
    expect(await ignoredUsers(bob)).toEqual([mallory.userId]);
    await waitForSnapshot(store, lacks(spam[0] as string));
  });
});

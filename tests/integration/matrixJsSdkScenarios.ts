/**
 * matrix-js-sdk against a real Synapse, shared by every SDK version under test: the adapter on
 * its own (a client that is never started), and a running client whose own `/sync` feeds an
 * invite store through `connectMatrixJsSdk` while the flows act through `fromMatrixJsSdk`.
 * Each version's entry file (`matrixJsSdk.test.ts`, `matrixJsSdk34.test.ts`,
 * `matrixJsSdk43.node22.test.ts`) calls {@link describeMatrixJsSdkAgainstSynapse} with its SDK.
 */
import { beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { MembershipActionError } from "../../src/core/client/errors";
import { fromMatrixJsSdk } from "../../src/core/client/matrixJsSdk";
import { acceptInvite } from "../../src/core/flows/acceptInvite";
import { declineInvite } from "../../src/core/flows/declineInvite";
import { cancelKnock, knock } from "../../src/core/flows/knock";
import { createInviteStore } from "../../src/core/store/inviteStore";
import { connectMatrixJsSdk } from "../../src/core/store/matrixJsSdkFeed";
import { muteSdkChatter, type MatrixJsSdkUnderTest } from "../support/matrixJsSdkUnderTest";
import { createInvite, has, lacks, memberContent, silentLogger, waitForSnapshot } from "./helpers";
import { homeserver, newUser, type TestUser } from "./synapse/context";

/** Registers the Synapse scenarios for one SDK version. */
export function describeMatrixJsSdkAgainstSynapse(sdkUnderTest: MatrixJsSdkUnderTest): void {
  /** A real SDK client (not started: no sync needed) for `user`, wrapped by the adapter. */
  function sdkClientFor(user: Pick<TestUser, "userId" | "accessToken">) {
    const sdk = sdkUnderTest.createClient({
      baseUrl: homeserver().baseUrl,
      accessToken: user.accessToken,
      userId: user.userId,
      logger: silentLogger,
    });
    return { sdk, client: fromMatrixJsSdk(sdk) };
  }

  /** `user`'s SDK client, started, feeding a new invite store; all of it stops when the test ends. */
  async function runningSdkFor(user: TestUser) {
    const { sdk, client } = sdkClientFor(user);
    const store = createInviteStore({ userId: user.userId });
    await sdk.startClient({ initialSyncLimit: 1 });
    const disconnect = connectMatrixJsSdk(store, sdk);
    onTestFinished(() => {
      disconnect();
      sdk.stopClient();
    });
    return { sdk, client, store };
  }

  describe(`a running matrix-js-sdk ${sdkUnderTest.version} client feeding the invite store`, () => {
    // Until the last client here has stopped (its sync loop still logs on the way out).
    beforeAll(() => muteSdkChatter());

    it("lists an invite that arrives through the SDK's own sync, with its preview", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const { store } = await runningSdkFor(bob);

      const roomId = await alice.api.createRoom({ name: "Seen by the SDK", topic: "Through its sync", preset: "private_chat" });
      await alice.api.invite(roomId, bob.userId, "join us");
      await waitForSnapshot(store, has(roomId));

      expect(store.getSyncStatus()).toEqual({ state: "syncing", caughtUp: true });
      expect(store.getEntry(roomId)?.summary).toMatchObject({
        name: { kind: "named", name: "Seen by the SDK" },
        topic: "Through its sync",
        inviter: { userId: alice.userId },
        reason: "join us",
        isDirect: false,
        trusted: false,
      });
    });

    it("accepts with the live state of a room renamed after the invite, and the entry leaves", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const { client, store } = await runningSdkFor(bob);
      const roomId = await alice.api.createRoom({ name: "Before", preset: "private_chat" });
      await alice.api.invite(roomId, bob.userId);
      await waitForSnapshot(store, has(roomId));
      await alice.api.sendState(roomId, "m.room.name", "", { name: "After" });
      const invite = store.getEntry(roomId)?.summary;
      expect(invite?.name).toEqual({ kind: "named", name: "Before" });

      const live = await acceptInvite(client, { roomId, userId: bob.userId, invite });

      expect(live).toMatchObject({ trusted: true, membership: "join", name: { kind: "named", name: "After" } });
      await waitForSnapshot(store, lacks(roomId));
      expect(await memberContent(alice, roomId, bob.userId)).toMatchObject({ membership: "join" });
    });

    it("declines with a reason the server keeps, and the entry leaves", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const { client, store } = await runningSdkFor(bob);
      const roomId = await alice.api.createRoom({ name: "Declined via the SDK", preset: "private_chat" });
      await alice.api.invite(roomId, bob.userId);
      await waitForSnapshot(store, has(roomId));

      const result = await declineInvite(client, { roomId, reason: "not for me" });

      expect(result.failedSteps).toEqual([]);
      await waitForSnapshot(store, lacks(roomId));
      expect(await memberContent(alice, roomId, bob.userId)).toMatchObject({ membership: "leave", reason: "not for me" });
    });

    it("drops an invite the inviter revokes, and accepting it then fails as invite_revoked", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const { client, store } = await runningSdkFor(bob);
      const roomId = await alice.api.createRoom({ name: "Revoked", preset: "private_chat" });
      await alice.api.invite(roomId, bob.userId);
      await waitForSnapshot(store, has(roomId));

      await alice.api.kick(roomId, bob.userId, "sent by mistake");
      await waitForSnapshot(store, lacks(roomId));
      const error = await acceptInvite(client, { roomId, userId: bob.userId }).catch((failure: unknown) => failure);

      expect(error).toBeInstanceOf(MembershipActionError);
      expect(error).toMatchObject({ action: "join", code: "invite_revoked" });
    });

    it("marks a DM invite as direct, and accepting it lists the room under the inviter in m.direct", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const { client, store } = await runningSdkFor(bob);
      const roomId = await alice.api.createRoom({ preset: "trusted_private_chat", is_direct: true, invite: [bob.userId] });
      await waitForSnapshot(store, has(roomId));
      const invite = store.getEntry(roomId)?.summary;
      expect(invite).toMatchObject({ isDirect: true, inviter: { userId: alice.userId } });

      await acceptInvite(client, { roomId, userId: bob.userId, invite });

      await waitForSnapshot(store, lacks(roomId));
      // The m.direct write is best effort and not awaited by the flow: wait for the server to hold it.
      await vi.waitFor(async () => expect((await bob.api.getAccountData("m.direct"))[alice.userId]).toEqual([roomId]), {
        timeout: 15_000,
        interval: 100,
      });
    });

    it("ignores the inviter without inviterId, read from the SDK's room store, and hides the inviter's other invites", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const { sdk, client, store } = await runningSdkFor(bob);
      const invite = await createInvite(alice, bob, { name: "Ignore via SDK" });
      const other = await createInvite(alice, bob, { name: "Also from the ignored inviter" });
      await vi.waitFor(() => expect(sdk.getRoom(invite.roomId)?.getMyMembership()).toBe("invite"), { timeout: 15_000, interval: 50 });
      await waitForSnapshot(store, has(other.roomId));

      const result = await declineInvite(client, { roomId: invite.roomId, reason: "no thanks", ignoreInviter: true });

      expect(result.failedSteps).toEqual([]);
      expect(await memberContent(alice, invite.roomId, bob.userId)).toMatchObject({ membership: "leave", reason: "no thanks" });
      const ignored = await bob.api.getAccountData("m.ignored_user_list");
      expect(Object.keys(ignored.ignored_users)).toEqual([alice.userId]);
      await waitForSnapshot(store, (entries) => entries.length === 0);
    });
  });

  describe(`the matrix-js-sdk ${sdkUnderTest.version} adapter against Synapse`, () => {
    it("accepts an invite to a room renamed after the invite and returns the live name", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const invite = await createInvite(alice, bob, { name: "Before" });
      await alice.api.sendState(invite.roomId, "m.room.name", "", { name: "After" });
      const { client } = sdkClientFor(bob);

      const live = await acceptInvite(client, { roomId: invite.roomId, userId: bob.userId, inviteState: invite.inviteState });

      expect(live).toMatchObject({ trusted: true, membership: "join", name: { kind: "named", name: "After" } });
      expect(await memberContent(alice, invite.roomId, bob.userId)).toMatchObject({ membership: "join" });
    });

    it("declines with a reason, merges the ignore list on the server, reports and forgets", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const earlier = await newUser("earlier");
      await bob.api.setAccountData("m.ignored_user_list", { ignored_users: { [earlier.userId]: {} } });
      const invite = await createInvite(alice, bob, { name: "Spam via SDK", room_version: "12" });
      const { client } = sdkClientFor(bob);

      const result = await declineInvite(client, {
        roomId: invite.roomId,
        reason: "no thanks",
        inviterId: alice.userId,
        ignoreInviter: true,
        reportReason: "spam",
        forget: true,
      });

      expect(result.failedSteps).toEqual([]);
      expect(await memberContent(alice, invite.roomId, bob.userId)).toMatchObject({ membership: "leave", reason: "no thanks" });
      const ignored = await bob.api.getAccountData("m.ignored_user_list");
      expect(Object.keys(ignored.ignored_users).sort()).toEqual([alice.userId, earlier.userId].sort());
    });

    it("maps a withdrawn invite to invite_revoked", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const invite = await createInvite(alice, bob, { name: "Withdrawn" });
      await alice.api.kick(invite.roomId, bob.userId);
      const { client } = sdkClientFor(bob);

      const error = await acceptInvite(client, { roomId: invite.roomId, userId: bob.userId }).catch((failure: unknown) => failure);

      expect(error).toBeInstanceOf(MembershipActionError);
      expect(error).toMatchObject({ action: "join", code: "invite_revoked" });
    });

    it("maps a bad token to unauthorized and an unknown alias to room_not_found", async () => {
      const bob = await newUser("bob");
      const { client: badClient } = sdkClientFor({ userId: bob.userId, accessToken: "syt_not_a_real_token" });
      const { client } = sdkClientFor(bob);

      const unauthorized = await acceptInvite(badClient, { roomId: "!nope:localhost", userId: bob.userId }).catch((e: unknown) => e);
      const notFound = await knock(client, { roomIdOrAlias: `#missing-${Date.now()}:localhost` }).catch((e: unknown) => e);

      expect(unauthorized).toMatchObject({ action: "join", code: "unauthorized" });
      expect(notFound).toMatchObject({ action: "knock", code: "room_not_found" });
    });

    it("knocks with a reason and cancels the knock", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const roomId = await alice.api.createRoom({
        name: "Knock via SDK",
        initial_state: [{ type: "m.room.join_rules", state_key: "", content: { join_rule: "knock" } }],
      });
      const { client } = sdkClientFor(bob);

      await knock(client, { roomIdOrAlias: roomId, via: ["localhost"], reason: "hello" });
      expect(await memberContent(alice, roomId, bob.userId)).toMatchObject({ membership: "knock", reason: "hello" });
      await cancelKnock(client, { roomId, reason: "never mind" });

      expect(await memberContent(alice, roomId, bob.userId)).toMatchObject({ membership: "leave", reason: "never mind" });
    });

    it("reads the room summary while invited", async () => {
      const alice = await newUser("alice");
      const bob = await newUser("bob");
      const invite = await createInvite(alice, bob, { name: "Summarised", topic: "While invited" });
      const { client } = sdkClientFor(bob);

      const summary = await client.getRoomSummary(invite.roomId);

      expect(summary).toMatchObject({ room_id: invite.roomId, name: "Summarised", topic: "While invited", membership: "invite" });
    });
  });
}

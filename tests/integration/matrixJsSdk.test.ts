import { createClient, type MatrixClient } from "matrix-js-sdk";
import { logger as sdkLogger } from "matrix-js-sdk/lib/logger";
import { describe, expect, it, vi } from "vitest";
import { MembershipActionError } from "../../src/core/client/errors";
import { fromMatrixJsSdk } from "../../src/core/client/matrixJsSdk";
import { acceptInvite } from "../../src/core/flows/acceptInvite";
import { declineInvite } from "../../src/core/flows/declineInvite";
import { cancelKnock, knock } from "../../src/core/flows/knock";
import { createInvite, memberContent, silentLogger } from "./helpers";
import { homeserver, newUser } from "./synapse/context";

/** A real matrix-js-sdk client (not started: no sync needed) for `user`, wrapped by the adapter. */
function sdkClientFor(user: { userId: string; accessToken: string }) {
  const sdk: MatrixClient = createClient({
    baseUrl: homeserver().baseUrl,
    accessToken: user.accessToken,
    userId: user.userId,
    logger: silentLogger,
  });
  return { sdk, client: fromMatrixJsSdk(sdk) };
}

describe("the matrix-js-sdk adapter against Synapse", () => {
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

  it("ignores the inviter without inviterId, read from the running SDK's room store before the leave", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { sdk, client } = sdkClientFor(bob);
    // A running SDK client also logs through its global logger: keep the test output readable.
    sdkLogger.disableAll();
    await sdk.startClient({ initialSyncLimit: 0 });
    try {
      const invite = await createInvite(alice, bob, { name: "Ignore via SDK" });
      await vi.waitFor(() => expect(sdk.getRoom(invite.roomId)?.getMyMembership()).toBe("invite"), { timeout: 15_000, interval: 50 });

      const result = await declineInvite(client, { roomId: invite.roomId, reason: "no thanks", ignoreInviter: true });

      expect(result.failedSteps).toEqual([]);
      expect(await memberContent(alice, invite.roomId, bob.userId)).toMatchObject({ membership: "leave", reason: "no thanks" });
      const ignored = await bob.api.getAccountData("m.ignored_user_list");
      expect(Object.keys(ignored.ignored_users)).toEqual([alice.userId]);
    } finally {
      sdk.stopClient();
      sdkLogger.enableAll();
    }
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

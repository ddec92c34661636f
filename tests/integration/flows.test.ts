import { describe, expect, it } from "vitest";
import { MembershipActionError } from "../../src/core/client/errors";
import { acceptInvite } from "../../src/core/flows/acceptInvite";
import { declineInvite } from "../../src/core/flows/declineInvite";
import { summarizeInvite } from "../../src/core/summary";
import { clientFor, createInvite, memberContent, waitForInvite } from "./helpers";
import { newUser, waitForSync } from "./synapse/context";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("acceptInvite against Synapse", () => {
  it("shows the live name when the room was renamed after the invite, in exactly two requests", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { name: "Before", topic: "Old topic" }, "join us");
    await alice.api.sendState(invite.roomId, "m.room.name", "", { name: "After" });
    const { client, requests } = clientFor(bob);

    const stale = summarizeInvite(invite.inviteState, { userId: bob.userId, roomId: invite.roomId });
    const live = await acceptInvite(client, { roomId: invite.roomId, userId: bob.userId, inviteState: invite.inviteState });

    expect(stale.name).toEqual({ kind: "named", name: "Before" });
    expect(live).toMatchObject({ trusted: true, roomId: invite.roomId, membership: "join", name: { kind: "named", name: "After" } });
    expect(live.topic).toBe("Old topic");
    expect(requests.map((request) => `${request.method} ${request.path.replace(/\/_matrix\/client\/v3/, "")}`)).toEqual([
      `POST /join/${encodeURIComponent(invite.roomId)}`,
      `GET /rooms/${encodeURIComponent(invite.roomId)}/state`,
    ]);
    expect(await memberContent(alice, invite.roomId, bob.userId)).toMatchObject({ membership: "join" });
  });

  it("joins a room version 12 room (no server part in its ID) through the picked servers", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { name: "Version twelve", room_version: "12" });
    const { client, requests } = clientFor(bob);

    const live = await acceptInvite(client, { roomId: invite.roomId, userId: bob.userId, inviteState: invite.inviteState });

    expect(invite.roomId).not.toContain(":");
    expect(live).toMatchObject({ roomVersion: "12", name: { kind: "named", name: "Version twelve" }, membership: "join" });
    expect(live.creators).toEqual([alice.userId]);
    expect(new URL(requests[0]?.url ?? "").searchParams.getAll("via")).toEqual(["localhost"]);
  });

  it("reports a withdrawn invite as invite_revoked and sends nothing after the join", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { name: "Withdrawn" });
    await alice.api.kick(invite.roomId, bob.userId, "Invite withdrawn");
    const { client, requests } = clientFor(bob);

    const error = await rejection(acceptInvite(client, { roomId: invite.roomId, userId: bob.userId }));

    expect(error).toBeInstanceOf(MembershipActionError);
    expect(error).toMatchObject({ action: "join", code: "invite_revoked" });
    expect(requests).toHaveLength(1);
  });

  it("reports a bad access token as unauthorized", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { name: "Token check" });
    const { client } = clientFor({ userId: bob.userId, accessToken: "syt_not_a_real_token" });

    const error = await rejection(acceptInvite(client, { roomId: invite.roomId, userId: bob.userId }));

    expect(error).toMatchObject({ action: "join", code: "unauthorized", softLogout: false });
  });

  it("says 'joined, live state unavailable' when the state read fails after a real join, and recovers on retry", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { name: "Flaky state" });
    let failStateOnce = true;
    const flakyFetch: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (failStateOnce && url.pathname.endsWith("/state")) {
        failStateOnce = false;
        return Promise.reject(new TypeError("fetch failed"));
      }
      return fetch(input, init);
    };
    const { client, requests } = clientFor(bob, { fetch: flakyFetch, maxNetworkRetries: 0 });

    const error = await rejection(acceptInvite(client, { roomId: invite.roomId, userId: bob.userId }));
    expect(error).toMatchObject({ action: "state", code: "network" });
    expect(await memberContent(alice, invite.roomId, bob.userId)).toMatchObject({ membership: "join" });
    const live = await acceptInvite(client, { roomId: invite.roomId, userId: bob.userId, alreadyJoined: true });

    expect(live).toMatchObject({ membership: "join", name: { kind: "named", name: "Flaky state" } });
    expect(requests.map((request) => request.method)).toEqual(["POST", "GET", "GET"]);
  });

  it("refetches only the state when retried with alreadyJoined", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { name: "Retry" });
    await bob.api.join(invite.roomId);
    const { client, requests } = clientFor(bob);

    const live = await acceptInvite(client, { roomId: invite.roomId, userId: bob.userId, alreadyJoined: true });

    expect(live.membership).toBe("join");
    expect(requests.map((request) => request.method)).toEqual(["GET"]);
  });
});

describe("declineInvite against Synapse", () => {
  it("declines with a reason the inviter sees on the server", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { name: "Decline me" });
    const { client } = clientFor(bob);

    const result = await declineInvite(client, { roomId: invite.roomId, reason: "Not this week" });

    expect(result.failedSteps).toEqual([]);
    expect(await memberContent(alice, invite.roomId, bob.userId)).toMatchObject({ membership: "leave", reason: "Not this week" });
  });

  it("declines, ignores the inviter keeping the existing ignore list, reports and forgets", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const earlier = await newUser("earlier");
    await bob.api.setAccountData("m.ignored_user_list", { ignored_users: { [earlier.userId]: {} } });
    const invite = await createInvite(alice, bob, { name: "Spam" });
    const { client } = clientFor(bob);

    const result = await declineInvite(client, {
      roomId: invite.roomId,
      reason: "spam",
      inviterId: alice.userId,
      ignoreInviter: true,
      reportReason: "Unsolicited advertising",
      forget: true,
    });

    expect(result.failedSteps).toEqual([]);
    expect(await memberContent(alice, invite.roomId, bob.userId)).toMatchObject({ membership: "leave", reason: "spam" });
    const ignored = await bob.api.getAccountData("m.ignored_user_list");
    expect(Object.keys(ignored.ignored_users).sort()).toEqual([earlier.userId, alice.userId].sort());
    // Forgotten: a full initial sync that includes left rooms no longer lists it.
    const sync = await bob.api.sync({ filter: { room: { include_leave: true } } });
    expect(sync.rooms?.leave?.[invite.roomId]).toBeUndefined();
  });

  it("ignores the inviter when called in the issue's shape, without inviterId: the invite state is read before the leave", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const earlier = await newUser("earlier");
    await bob.api.setAccountData("m.ignored_user_list", { ignored_users: { [earlier.userId]: {} } });
    const invite = await createInvite(alice, bob, { name: "Ignore me" });
    const { client, requests } = clientFor(bob);

    const result = await declineInvite(client, { roomId: invite.roomId, reason: "no thanks", ignoreInviter: true });

    expect(result.failedSteps).toEqual([]);
    expect(requests.map((request) => `${request.method} ${request.path.split("/").at(-1) ?? ""}`)).toEqual([
      "GET sync",
      "POST leave",
      "GET m.ignored_user_list",
      "PUT m.ignored_user_list",
    ]);
    expect(await memberContent(alice, invite.roomId, bob.userId)).toMatchObject({ membership: "leave", reason: "no thanks" });
    const ignored = await bob.api.getAccountData("m.ignored_user_list");
    expect(Object.keys(ignored.ignored_users).sort()).toEqual([earlier.userId, alice.userId].sort());
  });

  it("finds the inviter without inviterId from a client that was given no userId (the only invite in the state)", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { room_version: "12", name: "Anonymous client" });
    const { client } = clientFor(bob, { userId: undefined });

    const result = await declineInvite(client, { roomId: invite.roomId, reason: "spam", ignoreInviter: true, reportReason: "spam" });

    expect(result.failedSteps).toEqual([]);
    const ignored = await bob.api.getAccountData("m.ignored_user_list");
    expect(Object.keys(ignored.ignored_users)).toEqual([alice.userId]);
  });

  it("counts a withdrawn invite as declined (already gone) and still runs the follow-ups", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { name: "Gone already" });
    await alice.api.kick(invite.roomId, bob.userId);
    const { client, requests } = clientFor(bob);

    const result = await declineInvite(client, { roomId: invite.roomId, forget: true });

    expect(result).toEqual({ failedSteps: [], alreadyGone: true });
    expect(requests.map((request) => `${request.method} ${request.path.split("/").at(-1) ?? ""}`)).toEqual(["POST leave", "POST forget"]);
  });

  it("accepts a fresh invite after an earlier one was declined", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { name: "Second chance" });
    const { client } = clientFor(bob);
    await declineInvite(client, { roomId: invite.roomId, reason: "later" });

    await alice.api.invite(invite.roomId, bob.userId, "try again?");
    const again = await waitForInvite(bob, invite.roomId);
    const summary = summarizeInvite(again.inviteState, { userId: bob.userId, roomId: invite.roomId });
    const live = await acceptInvite(client, { roomId: invite.roomId, userId: bob.userId, inviteState: again.inviteState });

    expect(summary.reason).toBe("try again?");
    expect(live.membership).toBe("join");
    const joined = await waitForSync(bob.api, (sync) => sync.rooms?.join?.[invite.roomId]);
    expect(joined).toBeTruthy();
  });

  it("declines an invite to a room version 12 room", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { room_version: "12", is_direct: true, preset: "trusted_private_chat" });
    const { client } = clientFor(bob);

    await declineInvite(client, { roomId: invite.roomId, reason: "wrong person" });

    expect(await memberContent(alice, invite.roomId, bob.userId)).toMatchObject({ membership: "leave", reason: "wrong person" });
  });
});

/**
 * Invite safety against the real Synapse 1.163: shared rooms (`GET /mutual_rooms`, served and,
 * through the fault proxy, missing as on an older server), the freshness of an invite's preview
 * (renamed after the invite; the inviter leaving an otherwise empty room; a server without the
 * room summary endpoint), and the inviter's side of invite blocking (`M_INVITE_BLOCKED`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessInvite, checkInviteFreshness, summarizeInvite, toMembershipError } from "../../src/core";
import { startFaultProxy } from "../e2e/faultProxy.mjs";
import type { FaultProxy } from "../e2e/faultProxy.d.mts";
import { clientFor, createInvite } from "./helpers";
import { homeserver, newUser } from "./synapse/context";
import type { TestUser } from "./synapse/context";

let proxy: FaultProxy;

beforeAll(async () => {
  proxy = await startFaultProxy({ target: homeserver().baseUrl });
});

afterAll(async () => {
  await proxy.close();
});

/** The invite's summary as the invitee's store would hold it. */
async function invitedSummary(inviter: TestUser, invitee: TestUser, room: Parameters<typeof createInvite>[2]) {
  const invite = await createInvite(inviter, invitee, room);
  return { roomId: invite.roomId, summary: summarizeInvite(invite.inviteState, { userId: invitee.userId, roomId: invite.roomId }) };
}

describe("mutual rooms", () => {
  it("lists the rooms two users share, none for a stranger, and makes a sharing sender known", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const mallory = await newUser("mallory");
    const shared = await alice.api.createRoom({ name: "Book club", preset: "private_chat" });
    await alice.api.invite(shared, bob.userId);
    await bob.api.join(shared);
    const { client } = clientFor(bob);

    const withAlice = await client.getMutualRooms!(alice.userId);
    const withMallory = await client.getMutualRooms!(mallory.userId);

    expect(withAlice).toEqual({ supported: true, roomIds: [shared], count: 1, complete: true });
    expect(withMallory).toEqual({ supported: true, roomIds: [], count: 0, complete: true });
    const invite = await invitedSummary(alice, bob, { name: "Second room" });
    expect(assessInvite(invite.summary, { sharedRoomIds: withAlice.supported ? withAlice.roomIds : undefined }).level).toBe("known");
    const spam = await invitedSummary(mallory, bob, { name: "Prizes" });
    expect(assessInvite(spam.summary, { sharedRoomIds: withMallory.supported ? withMallory.roomIds : undefined })).toMatchObject({
      level: "unknown",
      reasons: ["no_shared_room"],
    });
  });

  it("answers unsupported when the server does not know the endpoint (an older server, through the fault proxy)", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    proxy.reset();
    const rule = proxy.addFault({ fault: "status", status: 404, errcode: "M_UNRECOGNIZED", path: /\/_matrix\/client\/v1\/mutual_rooms$/ });
    try {
      const { client } = clientFor(bob, { server: { ...homeserver(), baseUrl: proxy.url } });
      expect(await client.getMutualRooms!(alice.userId)).toEqual({ supported: false });
      expect(rule.hits).toBe(1);
    } finally {
      proxy.reset();
    }
  });
});

describe("checkInviteFreshness", () => {
  it("sees a rename after the invite, with the live member count and join rule", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { roomId, summary } = await invitedSummary(alice, bob, { name: "Before" });
    await alice.api.sendState(roomId, "m.room.name", "", { name: "After" });
    const { client } = clientFor(bob);

    const freshness = await checkInviteFreshness(client, { roomId, summary });

    expect(freshness).toMatchObject({ available: true, changes: ["renamed"], joinedMemberCount: 1, joinRule: "invite" });
    expect(freshness.preview?.name).toBe("After");
    expect(assessInvite(summary, { freshness }).reasons).toContain("preview_changed");
  });

  it("finds nothing changed in a room as it was when the invite was sent", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { roomId, summary } = await invitedSummary(alice, bob, { name: "Steady", topic: "Same as ever" });
    const { client } = clientFor(bob);

    expect(await checkInviteFreshness(client, { roomId, summary })).toMatchObject({ available: true, changes: [], joinedMemberCount: 1 });
  });

  it("reads the inviter leaving an otherwise empty room as room_empty, with the invite's via and without any", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { roomId, summary } = await invitedSummary(alice, bob, { name: "Abandoned" });
    await alice.api.leave(roomId);
    const { client } = clientFor(bob);

    const viaInviter = await checkInviteFreshness(client, { roomId, summary });
    const withoutVia = await checkInviteFreshness(client, { roomId, summary, via: [] });

    expect(viaInviter).toEqual({ available: true, changes: ["room_empty"], joinedMemberCount: 0 });
    expect(withoutVia).toEqual({ available: true, changes: ["room_empty"], joinedMemberCount: 0 });
  });

  it("is unavailable, with no changes, on a server without the room summary endpoint (through the fault proxy)", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { roomId, summary } = await invitedSummary(alice, bob, { name: "Old server" });
    await alice.api.sendState(roomId, "m.room.name", "", { name: "Renamed meanwhile" });
    proxy.reset();
    proxy.addFault({ fault: "status", status: 404, errcode: "M_UNRECOGNIZED", path: /\/room_summary\/|\/im\.nheko\.summary\/summary\// });
    try {
      const { client } = clientFor(bob, { server: { ...homeserver(), baseUrl: proxy.url } });
      expect(await checkInviteFreshness(client, { roomId, summary })).toEqual({ available: false, changes: [] });
      expect(proxy.count("GET", /\/_matrix\/client\/v1\/room_summary\//)).toBe(1);
      expect(proxy.count("GET", /\/_matrix\/client\/unstable\/im\.nheko\.summary\/summary\//)).toBe(1);
    } finally {
      proxy.reset();
    }
  });
});

describe("inviting someone who blocks invites", () => {
  it("maps Synapse's 403 M_INVITE_BLOCKED to invite_blocked once the invitee's m.invite_permission_config blocks", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const roomId = await alice.api.createRoom({ name: "Closed doors", preset: "private_chat" });
    await bob.api.setAccountData("m.invite_permission_config", { default_action: "block" });
    const { client } = clientFor(alice);

    const error = await client.inviteUser(roomId, bob.userId).catch((failure: unknown) => failure);

    expect(error).toMatchObject({ status: 403, errcode: "M_INVITE_BLOCKED" });
    expect(toMembershipError(error, "invite")?.code).toBe("invite_blocked");
    expect(await alice.api.getState(roomId)).not.toContainEqual(expect.objectContaining({ type: "m.room.member", state_key: bob.userId }));
  });
});

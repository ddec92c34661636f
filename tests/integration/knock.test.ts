import { describe, expect, it } from "vitest";
import { MembershipActionError } from "../../src/core/client/errors";
import { acceptInvite } from "../../src/core/flows/acceptInvite";
import { cancelKnock, knock } from "../../src/core/flows/knock";
import { summarizeInvite } from "../../src/core/summary";
import { clientFor, memberContent, waitForInvite } from "./helpers";
import { newUser, waitForSync, type TestUser } from "./synapse/context";

/** A room anyone may knock on, with a unique alias. */
async function createKnockableRoom(owner: TestUser, name: string, roomVersion?: string): Promise<{ roomId: string; alias: string }> {
  const localpart = `knock-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const roomId = await owner.api.createRoom({
    name,
    preset: "private_chat",
    room_alias_name: localpart,
    ...(roomVersion ? { room_version: roomVersion } : {}),
    initial_state: [{ type: "m.room.join_rules", state_key: "", content: { join_rule: "knock" } }],
  });
  return { roomId, alias: `#${localpart}:localhost` };
}

describe("knocking against Synapse", () => {
  it("knocks by alias with a reason the room's moderators see", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const room = await createKnockableRoom(alice, "Knock here");
    const { client } = clientFor(bob);

    const result = await knock(client, { roomIdOrAlias: room.alias, reason: "Friend of Alice" });

    expect(result).toEqual({ roomId: room.roomId });
    expect(await memberContent(alice, room.roomId, bob.userId)).toMatchObject({ membership: "knock", reason: "Friend of Alice" });
    const knocked = await waitForSync(bob.api, (sync) => sync.rooms?.knock?.[room.roomId]);
    expect(knocked.knock_state.events.some((event: { type: string }) => event.type === "m.room.name")).toBe(true);
  });

  it("cancels a knock", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const room = await createKnockableRoom(alice, "Changed my mind");
    const { client } = clientFor(bob);
    await knock(client, { roomIdOrAlias: room.alias });

    await cancelKnock(client, { roomId: room.roomId, reason: "Sorry, wrong room" });

    expect(await memberContent(alice, room.roomId, bob.userId)).toMatchObject({ membership: "leave", reason: "Sorry, wrong room" });
  });

  it("turns an accepted knock into an invite that acceptInvite joins", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const room = await createKnockableRoom(alice, "Members only", "12");
    const { client, requests } = clientFor(bob);
    await knock(client, { roomIdOrAlias: room.alias, reason: "please" });

    await alice.api.invite(room.roomId, bob.userId, "Welcome");
    const invite = await waitForInvite(bob, room.roomId);
    requests.length = 0;
    const live = await acceptInvite(client, { roomId: room.roomId, userId: bob.userId, inviteState: invite.inviteState });

    expect(summarizeInvite(invite.inviteState, { userId: bob.userId }).inviter?.userId).toBe(alice.userId);
    expect(live).toMatchObject({ membership: "join", roomVersion: "12", joinRule: "knock", name: { kind: "named", name: "Members only" } });
    expect(requests).toHaveLength(2);
  });

  it("reports an unknown alias as room_not_found", async () => {
    const bob = await newUser("bob");
    const { client } = clientFor(bob);

    const error = await knock(client, { roomIdOrAlias: `#no-such-room-${Date.now()}:localhost` }).catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(MembershipActionError);
    expect(error).toMatchObject({ action: "knock", code: "room_not_found" });
  });

  it("refuses a knock on an invite-only room as forbidden", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const roomId = await alice.api.createRoom({ name: "Invite only", preset: "private_chat" });
    const { client } = clientFor(bob);

    const error = await knock(client, { roomIdOrAlias: roomId, via: ["localhost"] }).catch((failure: unknown) => failure);

    expect(error).toMatchObject({ action: "knock", code: "forbidden" });
  });
});

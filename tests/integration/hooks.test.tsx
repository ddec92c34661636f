// @vitest-environment jsdom
/**
 * The hooks against a real Synapse: what a person sees after pressing Accept or Decline,
 * and what the server then holds.
 */
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createMatrixHttpClient } from "../../src/core/client/http";
import { useInviteActions } from "../../src/hooks/useInviteActions";
import type { InviteTarget } from "../../src/hooks/useInviteActions";
import { homeserver, newUser, waitForSync } from "./synapse/context";
import type { TestUser } from "./synapse/context";

afterEach(() => {
  cleanup();
});

/** Alice creates a room and invites Bob; resolves once Bob's /sync carries the invite. */
async function inviteBob(options: { name: string; topic?: string }) {
  const alice = await newUser("alice", { displayName: "Alice" });
  const bob = await newUser("bob", { displayName: "Bob" });
  const roomId = await alice.api.createRoom({ name: options.name, topic: options.topic, preset: "private_chat" });
  await alice.api.invite(roomId, bob.userId, "come and see");
  const invite: { invite_state: unknown } = await waitForSync(bob.api, (sync) => sync.rooms?.invite?.[roomId]);
  return { alice, bob, roomId, invite };
}

function clientFor(user: TestUser) {
  // Node's fetch: jsdom has none, and the homeserver is on another origin anyway.
  return createMatrixHttpClient({ baseUrl: homeserver().baseUrl, accessToken: user.accessToken, userId: user.userId, fetch: globalThis.fetch });
}

function targetOf(bob: TestUser, alice: TestUser, roomId: string, inviteState: unknown): InviteTarget {
  return { roomId, userId: bob.userId, inviterId: alice.userId, inviteState };
}

describe("useInviteActions against Synapse", () => {
  it("accepts a real invite once, however often Accept is pressed, and shows the room as it is now", async () => {
    const { alice, bob, roomId, invite } = await inviteBob({ name: "Before the rename", topic: "Planning" });
    // The invite's stripped state still says "Before the rename": the live summary must not.
    await alice.api.sendState(roomId, "m.room.name", "", { name: "After the rename" });
    const client = clientFor(bob);
    const target = targetOf(bob, alice, roomId, invite.invite_state);
    const { result } = renderHook(() => useInviteActions(client, target));

    act(() => {
      result.current.accept();
      result.current.accept();
    });
    expect(result.current.status).toBe("accepting");

    await waitFor(() => expect(result.current.status).toBe("accepted"), { timeout: 20_000 });
    expect(result.current.liveSummary).toMatchObject({
      roomId,
      trusted: true,
      membership: "join",
      name: { kind: "named", name: "After the rename" },
      topic: "Planning",
      joinedMemberCount: 2,
      creators: [alice.userId],
    });
    const member = await alice.api.getStateEvent(roomId, "m.room.member", bob.userId);
    expect(member.membership).toBe("join");
  });

  it("declines with a reason and ignores the inviter, as the server then records", async () => {
    const { alice, bob, roomId, invite } = await inviteBob({ name: "Unwanted" });
    const client = clientFor(bob);
    const target = targetOf(bob, alice, roomId, invite.invite_state);
    const { result } = renderHook(() => useInviteActions(client, target));

    act(() => result.current.decline({ reason: "Not for me", ignoreInviter: true }));

    await waitFor(() => expect(result.current.status).toBe("declined"), { timeout: 20_000 });
    expect(result.current.declineOutcome).toEqual({ failedSteps: [] });
    const member = await alice.api.getStateEvent(roomId, "m.room.member", bob.userId);
    expect(member).toMatchObject({ membership: "leave", reason: "Not for me" });
    const ignored = await bob.api.getAccountData("m.ignored_user_list");
    expect(Object.keys(ignored.ignored_users)).toEqual([alice.userId]);
  });

  it("reports a withdrawn invite as invite_revoked and leaves Bob outside the room", async () => {
    const { alice, bob, roomId, invite } = await inviteBob({ name: "Withdrawn" });
    await alice.api.kick(roomId, bob.userId, "sent by mistake");
    const client = clientFor(bob);
    const target = targetOf(bob, alice, roomId, invite.invite_state);
    const { result } = renderHook(() => useInviteActions(client, target));

    act(() => result.current.accept());

    await waitFor(() => expect(result.current.status).toBe("error"), { timeout: 20_000 });
    expect(result.current.error).toMatchObject({ code: "invite_revoked", action: "accept" });
    expect(result.current.error?.joined).toBeUndefined();
    const member = await alice.api.getStateEvent(roomId, "m.room.member", bob.userId);
    expect(member.membership).toBe("leave");
  });
});

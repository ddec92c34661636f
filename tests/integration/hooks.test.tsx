// @vitest-environment jsdom
/**
 * The hooks against a real Synapse: what a person sees after pressing Accept or Decline,
 * and what the server then holds.
 */
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { crc32, deflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createMatrixHttpClient } from "../../src/core/client/http";
import { summarizeInvite } from "../../src/core/summary";
import type { MembershipClient } from "../../src/core/client/types";
import { useAuthenticatedMedia } from "../../src/hooks/useAuthenticatedMedia";
import { useDeclineAll } from "../../src/hooks/useDeclineAll";
import { useInviteActions } from "../../src/hooks/useInviteActions";
import { useKnock } from "../../src/hooks/useKnock";
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

describe("useAuthenticatedMedia against Synapse", () => {
  it("fetches a room avatar with the access token and hands out one blob URL", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const avatarUrl = await alice.api.upload(solidPng(64, 64), "image/png", "avatar.png");
    const created: Blob[] = [];
    const revoked: string[] = [];
    // jsdom implements neither: record what the hook hands to the browser.
    URL.createObjectURL = (blob: Blob) => `blob:integration/${created.push(blob)}`;
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    const client = clientFor(bob);

    const first = renderHook(() => useAuthenticatedMedia(client, avatarUrl, { width: 32, height: 32 }));
    const second = renderHook(() => useAuthenticatedMedia(client, avatarUrl, { width: 32, height: 32 }));

    await waitFor(() => expect(first.result.current.status).toBe("loaded"), { timeout: 20_000 });
    expect(second.result.current).toEqual(first.result.current);
    expect(created).toHaveLength(1);
    expect(created[0]?.type).toMatch(/^image\/(png|jpeg|webp)$/);
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"

    first.unmount();
    second.unmount();
    await act(async () => {
      await Promise.resolve();
    });
    expect(revoked).toEqual(["blob:integration/1"]);
  });

  it("gets an error, not an image, for media that does not exist", async () => {
    const bob = await newUser("bob");
    URL.createObjectURL = () => "blob:integration/never";
    const client = clientFor(bob);
    const { result } = renderHook(() => useAuthenticatedMedia(client, "mxc://localhost/DoesNotExist", { width: 32, height: 32 }));

    await waitFor(() => expect(result.current.status).toBe("error"), { timeout: 20_000 });
    expect(result.current.url).toBeUndefined();
  });
});

/** A valid RGB PNG of one colour, built by hand so the test needs no image files. */
function solidPng(width: number, height: number): Uint8Array {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5a)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]));
}

describe("useKnock against Synapse", () => {
  it("asks to join by alias, then withdraws the request, as the room's state shows", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const aliasName = `knock-${Date.now().toString(36)}`;
    const roomId = await alice.api.createRoom({
      name: "Ask first",
      room_alias_name: aliasName,
      initial_state: [{ type: "m.room.join_rules", state_key: "", content: { join_rule: "knock" } }],
    });
    const client = clientFor(bob);
    const { result } = renderHook(() => useKnock(client));

    act(() => result.current.knock({ roomIdOrAlias: `#${aliasName}:localhost`, reason: "I was told to ask" }));

    await waitFor(() => expect(result.current.status).toBe("knocked"), { timeout: 20_000 });
    expect(result.current.roomId).toBe(roomId);
    expect(await alice.api.getStateEvent(roomId, "m.room.member", bob.userId)).toMatchObject({
      membership: "knock",
      reason: "I was told to ask",
    });

    act(() => result.current.cancel());

    await waitFor(() => expect(result.current.status).toBe("cancelled"), { timeout: 20_000 });
    expect((await alice.api.getStateEvent(roomId, "m.room.member", bob.userId)).membership).toBe("leave");
  });
});

describe("useInviteActions and direct chats against Synapse", () => {
  it("accepting a DM invite lists the room under the inviter in m.direct and keeps the existing entries", async () => {
    const alice = await newUser("alice", { displayName: "Alice" });
    const bob = await newUser("bob", { displayName: "Bob" });
    const carol = await newUser("carol");
    const olderRoom = await carol.api.createRoom({ preset: "trusted_private_chat", is_direct: true });
    await bob.api.setAccountData("m.direct", { [carol.userId]: [olderRoom] });
    const roomId = await alice.api.createRoom({ preset: "trusted_private_chat", is_direct: true, invite: [bob.userId] });
    const invite: { invite_state: unknown } = await waitForSync(bob.api, (sync) => sync.rooms?.invite?.[roomId]);
    // The flag comes from Bob's own invite event, as the UI reads it.
    const summary = summarizeInvite(invite.invite_state, { userId: bob.userId, roomId });
    expect(summary.isDirect).toBe(true);
    const target: InviteTarget = { ...targetOf(bob, alice, roomId, invite.invite_state), isDirect: summary.isDirect };
    const { result } = renderHook(() => useInviteActions(clientFor(bob), target));

    act(() => result.current.accept());

    await waitFor(() => expect(result.current.status).toBe("accepted"), { timeout: 20_000 });
    await waitFor(
      async () => expect(await bob.api.getAccountData("m.direct")).toEqual({ [carol.userId]: [olderRoom], [alice.userId]: [roomId] }),
      { timeout: 20_000 },
    );
  });

  it("accepting an ordinary room invite leaves m.direct alone", async () => {
    const { alice, bob, roomId, invite } = await inviteBob({ name: "Not a DM" });
    await bob.api.setAccountData("m.direct", { [alice.userId]: ["!elsewhere:localhost"] });
    const { result } = renderHook(() => useInviteActions(clientFor(bob), { ...targetOf(bob, alice, roomId, invite.invite_state), isDirect: false }));

    act(() => result.current.accept());

    await waitFor(() => expect(result.current.status).toBe("accepted"), { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await bob.api.getAccountData("m.direct")).toEqual({ [alice.userId]: ["!elsewhere:localhost"] });
  });
});

describe("Decline all and a row's Accept against Synapse", () => {
  it("joins a room accepted during the run and never leaves it, while the run declines the others", async () => {
    const alice = await newUser("alice", { displayName: "Alice" });
    const bob = await newUser("bob", { displayName: "Bob" });
    const roomIds: string[] = [];
    for (const name of ["Spam one", "Wanted", "Spam three"]) {
      const roomId = await alice.api.createRoom({ name, preset: "private_chat" });
      await alice.api.invite(roomId, bob.userId);
      roomIds.push(roomId);
    }
    const [first, wanted, third] = roomIds as [string, string, string];
    const invite: { invite_state: unknown } = await waitForSync(bob.api, (sync) => sync.rooms?.invite?.[wanted]);
    // The first leave waits for the test, so the Accept lands while the run is going.
    let releaseFirst: () => void = () => undefined;
    const firstMayGo = new Promise<void>((resolve) => (releaseFirst = resolve));
    const real = clientFor(bob);
    const client: MembershipClient = Object.assign(Object.create(real) as MembershipClient, {
      leaveRoom: async (roomId: string, options?: Parameters<MembershipClient["leaveRoom"]>[1]) => {
        if (roomId === first) await firstMayGo;
        return real.leaveRoom(roomId, options);
      },
    });
    const run = renderHook(() => useDeclineAll(client));
    const row = renderHook(() => useInviteActions(client, targetOf(bob, alice, wanted, invite.invite_state)));

    act(() => run.result.current.start(roomIds));
    act(() => row.result.current.accept());
    await waitFor(() => expect(row.result.current.status).toBe("accepted"), { timeout: 20_000 });
    releaseFirst();
    await waitFor(() => expect(run.result.current.status).toBe("done"), { timeout: 20_000 });

    expect(run.result.current.declined).toEqual([first, third]);
    expect((await alice.api.getStateEvent(wanted, "m.room.member", bob.userId)).membership).toBe("join");
    expect((await alice.api.getStateEvent(first, "m.room.member", bob.userId)).membership).toBe("leave");
    expect((await alice.api.getStateEvent(third, "m.room.member", bob.userId)).membership).toBe("leave");
  });
});

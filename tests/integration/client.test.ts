import { describe, expect, it } from "vitest";
import { MatrixApiError, toMembershipError } from "../../src/core/client/errors";
import { createMatrixHttpClient } from "../../src/core/client/http";
import { clientFor, createInvite, memberContent } from "./helpers";
import { homeserver, newUser } from "./synapse/context";

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (character) => character.charCodeAt(0),
);

describe("createMatrixHttpClient against Synapse", () => {
  it("finds its own user ID once through whoami and round-trips account data", async () => {
    const bob = await newUser("bob");
    const paths: string[] = [];
    const client = createMatrixHttpClient({
      baseUrl: `${homeserver().baseUrl}/`,
      accessToken: bob.accessToken,
      onRequest: (info) => paths.push(info.path),
    });

    expect(await client.getAccountData("org.example.absent")).toBeUndefined();
    await client.setAccountData("org.example.settings", { theme: "dark", nested: { a: [1, 2] } });

    expect(await client.getAccountData("org.example.settings")).toEqual({ theme: "dark", nested: { a: [1, 2] } });
    expect(client.userId).toBe(bob.userId);
    expect(paths.filter((path) => path.endsWith("/account/whoami"))).toHaveLength(1);
  });

  it("reads the room summary of a room version 12 room while invited, and refuses its state", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const invite = await createInvite(alice, bob, { name: "Preview me", room_version: "12" });
    const { client } = clientFor(bob);

    const summary = await client.getRoomSummary(invite.roomId, { via: ["localhost"] });
    const stateError = await client.getRoomState(invite.roomId).catch((error: unknown) => error);

    expect(summary).toMatchObject({ room_id: invite.roomId, name: "Preview me", room_version: "12", membership: "invite" });
    expect(stateError).toBeInstanceOf(MatrixApiError);
    expect(toMembershipError(stateError, "state")?.code).toBe("forbidden");
  });

  it("joins a public room by alias and gets its room ID back", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const localpart = `public-${Date.now().toString(36)}`;
    const roomId = await alice.api.createRoom({ name: "Lobby", preset: "public_chat", room_alias_name: localpart });
    const { client } = clientFor(bob);

    await expect(client.joinRoom(`#${localpart}:localhost`)).resolves.toEqual({ roomId });
    expect(await memberContent(alice, roomId, bob.userId)).toMatchObject({ membership: "join" });
  });

  it("maps an unknown alias and an unknown room to room_not_found", async () => {
    const bob = await newUser("bob");
    const { client } = clientFor(bob);

    const alias = await client.joinRoom(`#nothing-${Date.now()}:localhost`).catch((error: unknown) => error);
    const room = await client.joinRoom("!doesNotExist:localhost").catch((error: unknown) => error);

    expect(alias).toMatchObject({ status: 404, errcode: "M_NOT_FOUND" });
    expect(toMembershipError(alias, "join")?.code).toBe("room_not_found");
    expect(toMembershipError(room, "join")?.code).toBe("room_not_found");
  });

  it("invites, bans and unbans with reasons the server keeps, and a kick without power is forbidden", async () => {
    const alice = await newUser("alice");
    const carol = await newUser("carol");
    const roomId = await alice.api.createRoom({ name: "Moderation", preset: "public_chat" });
    const { client: aliceClient } = clientFor(alice);
    const { client: carolClient } = clientFor(carol);

    await aliceClient.inviteUser(roomId, carol.userId, { reason: "come" });
    expect(await memberContent(alice, roomId, carol.userId)).toMatchObject({ membership: "invite", reason: "come" });
    await carol.api.join(roomId);
    const kick = await carolClient.kickUser(roomId, alice.userId).catch((error: unknown) => error);
    await aliceClient.banUser(roomId, carol.userId, { reason: "rude" });
    expect(await memberContent(alice, roomId, carol.userId)).toMatchObject({ membership: "ban", reason: "rude" });
    await aliceClient.unbanUser(roomId, carol.userId, { reason: "second chance" });

    expect(toMembershipError(kick, "kick")?.code).toBe("forbidden");
    expect(await memberContent(alice, roomId, carol.userId)).toMatchObject({ membership: "leave", reason: "second chance" });
  });

  it("fetches an authenticated thumbnail, and nothing without a valid token", async () => {
    const alice = await newUser("alice");
    const mxc = await alice.api.upload(PNG, "image/png", "dot.png");
    const { client } = clientFor(alice);
    const { client: stranger } = clientFor({ userId: alice.userId, accessToken: "syt_not_a_real_token" });

    const blob = await client.fetchThumbnail(mxc, { width: 32, height: 32 });
    const refused = await stranger.fetchThumbnail(mxc, { width: 32, height: 32 }).catch((error: unknown) => error);

    expect(blob.size).toBeGreaterThan(0);
    expect(blob.type).toMatch(/^image\//);
    expect(toMembershipError(refused)?.code).toBe("unauthorized");
  });

  it("sees the invite in a /sync long poll", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { client } = clientFor(bob);
    const first = (await client.sync({ timeoutMs: 0 })) as { next_batch: string };
    const roomId = await alice.api.createRoom({ name: "Polled" });

    const polling = client.sync({ since: first.next_batch, timeoutMs: 10_000 });
    await alice.api.invite(roomId, bob.userId);
    const next = (await polling) as { rooms?: { invite?: Record<string, unknown> } };

    expect(Object.keys(next.rooms?.invite ?? {})).toEqual([roomId]);
  });
});

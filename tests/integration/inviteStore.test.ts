import { createClient, type MatrixClient } from "matrix-js-sdk";
import { logger as sdkLogger } from "matrix-js-sdk/lib/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromMatrixJsSdk } from "../../src/core/client/matrixJsSdk";
import { acceptInvite } from "../../src/core/flows/acceptInvite";
import { declineInvite } from "../../src/core/flows/declineInvite";
import { knock } from "../../src/core/flows/knock";
import { createInviteStore } from "../../src/core/store/inviteStore";
import { connectMatrixJsSdk } from "../../src/core/store/matrixJsSdkFeed";
import { startSyncLoop } from "../../src/core/store/syncLoop";
import { clientFor, has, lacks, silentLogger, waitForSnapshot } from "./helpers";
import { homeserver, newUser } from "./synapse/context";

describe("the invite store fed by a real /sync long poll", () => {
  it("follows invite, decline, re-invite, accept and knock as they happen on the server", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const { client } = clientFor(bob);
    const store = createInviteStore({ userId: bob.userId });
    const loop = startSyncLoop(store, client, { timeoutMs: 1_000 });
    try {
      const roomId = await alice.api.createRoom({ name: "Followed", preset: "private_chat" });
      await alice.api.invite(roomId, bob.userId, "first");
      await waitForSnapshot(store, has(roomId));
      expect(store.getEntry(roomId)?.summary).toMatchObject({ name: { kind: "named", name: "Followed" }, reason: "first", trusted: false });

      await declineInvite(client, { roomId, reason: "not now" });
      await waitForSnapshot(store, lacks(roomId));

      await alice.api.invite(roomId, bob.userId, "second");
      await waitForSnapshot(store, (entries) => entries.some((entry) => entry.roomId === roomId && entry.summary.reason === "second"));

      await acceptInvite(client, { roomId, userId: bob.userId });
      await waitForSnapshot(store, lacks(roomId));

      const knockRoomId = await alice.api.createRoom({
        name: "Knock target",
        initial_state: [{ type: "m.room.join_rules", state_key: "", content: { join_rule: "knock" } }],
      });
      await knock(client, { roomIdOrAlias: knockRoomId, via: ["localhost"] });
      await waitForSnapshot(store, has(knockRoomId, "knock"));
      expect(store.getSyncStatus()).toMatchObject({ state: "syncing" });
    } finally {
      loop.stop();
      await loop.done;
    }
    expect(store.getSyncStatus()).toMatchObject({ state: "stopped" });
  });
});

describe("the invite store fed by a running matrix-js-sdk client", () => {
  // A running SDK client also logs through its global logger: keep the test output readable.
  beforeAll(() => sdkLogger.disableAll());
  afterAll(() => sdkLogger.enableAll());

  it("shows a new invite and drops it after a decline through the adapter", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const sdk: MatrixClient = createClient({
      baseUrl: homeserver().baseUrl,
      accessToken: bob.accessToken,
      userId: bob.userId,
      logger: silentLogger,
    });
    const store = createInviteStore({ userId: bob.userId });
    await sdk.startClient({ initialSyncLimit: 1 });
    const disconnect = connectMatrixJsSdk(store, sdk);
    try {
      const roomId = await alice.api.createRoom({ name: "Seen by the SDK", preset: "private_chat" });
      await alice.api.invite(roomId, bob.userId);
      await waitForSnapshot(store, has(roomId));
      expect(store.getEntry(roomId)?.summary.inviter?.userId).toBe(alice.userId);

      await declineInvite(fromMatrixJsSdk(sdk), { roomId, reason: "no" });
      await waitForSnapshot(store, lacks(roomId));
    } finally {
      disconnect();
      sdk.stopClient();
    }
  });
});

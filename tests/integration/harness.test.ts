import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HomeserverError,
  api,
  homeserver,
  newUser,
  registerUser,
  startRateLimitedHomeserver,
  waitForSync,
  type Homeserver,
} from "./synapse/context";

describe("the shared Synapse harness", () => {
  it("registers real users whose tokens the server recognises", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");

    expect(alice.userId).toMatch(/^@alice-[a-z0-9]+:localhost$/);
    expect(alice.userId).not.toBe(bob.userId);
    expect((await alice.api.whoami()).user_id).toBe(alice.userId);
    expect((await bob.api.whoami()).user_id).toBe(bob.userId);
  });

  it("rejects a token the server never issued", async () => {
    const stranger = api(homeserver().baseUrl, "syt_not_a_real_token");

    const failure = await stranger.whoami().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(HomeserverError);
    expect(failure).toMatchObject({ status: 401, errcode: "M_UNKNOWN_TOKEN" });
  });

  it("delivers an invite with its stripped state to the invitee's /sync", async () => {
    const alice = await newUser("alice");
    const bob = await newUser("bob");
    const roomId = await alice.api.createRoom({ name: "Harness check", topic: "Proves the server is real" });

    await alice.api.invite(roomId, bob.userId, "join us");
    const invite = await waitForSync(bob.api, (sync) => sync.rooms?.invite?.[roomId]);

    const events: { type: string; state_key: string; sender: string; content: Record<string, unknown> }[] =
      invite.invite_state.events;
    expect(events.find((event) => event.type === "m.room.name")?.content.name).toBe("Harness check");
    expect(events.find((event) => event.type === "m.room.topic")?.content.topic).toBe("Proves the server is real");
    const membership = events.find((event) => event.type === "m.room.member" && event.state_key === bob.userId);
    expect(membership).toMatchObject({ sender: alice.userId, content: { membership: "invite", reason: "join us" } });
  });

  it("refuses registration with a wrong shared secret", async () => {
    const server = homeserver();

    await expect(
      registerUser({ baseUrl: server.baseUrl, sharedSecret: "wrong" }, { username: `intruder-${Date.now()}` }),
    ).rejects.toThrow(/403/);
  });
});

describe("a second Synapse with default rate limits", () => {
  let limited: Homeserver;
  beforeAll(async () => {
    limited = await startRateLimitedHomeserver();
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it("answers a burst of messages with a real 429 M_LIMIT_EXCEEDED and a retry delay", async () => {
    const sender = await newUser("sender", { server: limited });
    const roomId = await sender.api.createRoom({ name: "Flood" });

    let limitedError: HomeserverError | undefined;
    // Synapse's default rc_message allows a burst of 10, then 0.2 per second.
    for (let index = 0; index < 50 && !limitedError; index += 1) {
      try {
        await sender.api.sendMessage(roomId, `message ${index}`);
      } catch (error) {
        if (!(error instanceof HomeserverError)) throw error;
        limitedError = error;
      }
    }

    expect(limitedError).toMatchObject({ status: 429, errcode: "M_LIMIT_EXCEEDED" });
    expect(limitedError?.body.retry_after_ms).toEqual(expect.any(Number));
    expect(limitedError?.retryAfterMs).toBeGreaterThan(0);
  });

  it("keeps the shared server relaxed while the second one limits", async () => {
    const sender = await newUser("relaxed");
    const roomId = await sender.api.createRoom({ name: "No limits" });

    const eventIds = [];
    for (let index = 0; index < 30; index += 1) eventIds.push(await sender.api.sendMessage(roomId, `message ${index}`));

    expect(new Set(eventIds).size).toBe(30);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MatrixApiError } from "../../../src/core/client/errors";
import type { SlidingSyncOptions } from "../../../src/core/client/types";
import { startInviteFeed, type InviteFeedClient } from "../../../src/core/store/inviteFeed";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import type { SyncClient } from "../../../src/core/store/syncLoop";
import { AFTER_SLIDING_CAPTURE, DM_ROOM, NAMED_ROOM, SLIDING_USER, slidingAnswer } from "./slidingSyncFixtures";
import { networkError } from "./syncLoopSupport";

type Answer = { response: unknown } | { error: unknown };
type SyncRequest = Parameters<SyncClient["sync"]>[0];

function hang(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")), { once: true });
  });
}

function play(script: Answer[], signal: AbortSignal | undefined): Promise<unknown> {
  const step = script.shift();
  if (step === undefined) return hang(signal);
  return "error" in step ? Promise.reject(step.error) : Promise.resolve(step.response);
}

/** A client with scripted versions, sliding sync and /sync answers, recording what was asked. */
function scriptedFeedClient(scripts: { versions?: Answer[]; sliding?: Answer[]; sync?: Answer[] }, without: (keyof InviteFeedClient)[] = []) {
  const calls: string[] = [];
  const slidingRequests: SlidingSyncOptions[] = [];
  const syncRequests: SyncRequest[] = [];
  const client: InviteFeedClient = {
    getVersions: (options) => {
      calls.push("versions");
      return play(scripts.versions ?? [], options?.signal) as Promise<Record<string, unknown>>;
    },
    slidingSync: (options) => {
      calls.push("sliding");
      slidingRequests.push(options);
      return play(scripts.sliding ?? [], options.signal);
    },
    sync: (options) => {
      calls.push("sync");
      syncRequests.push(options);
      return play(scripts.sync ?? [], options.signal);
    },
  };
  for (const key of without) delete client[key];
  return { client, calls, slidingRequests, syncRequests };
}

const versions = (flag: unknown) => ({ response: { versions: ["v1.12"], unstable_features: { "org.matrix.simplified_msc3575": flag } } });
const unrecognized = () => new MatrixApiError({ status: 404, body: { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" } });
const classicAnswer = { response: { next_batch: "s1", rooms: { invite: {} } } };

let store: InviteStore;

beforeEach(() => {
  vi.useFakeTimers();
  store = createInviteStore({ userId: SLIDING_USER, now: () => AFTER_SLIDING_CAPTURE });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("startInviteFeed: auto", () => {
  it("runs sliding sync when /versions advertises it", async () => {
    const { client, calls } = scriptedFeedClient({ versions: [versions(true)], sliding: [{ response: slidingAnswer("first") }] });
    const feed = startInviteFeed(store, client);
    expect(feed.getFeed()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(0);
    expect(feed.getFeed()).toBe("sliding");
    expect(calls).toEqual(["versions", "sliding", "sliding"]);
    expect(store.getSnapshot()).toHaveLength(2);
    feed.stop();
    await feed.done;
    expect(store.getSyncStatus()).toEqual({ state: "stopped" });
  });

  it("runs /sync without trying sliding sync when /versions says false", async () => {
    const { client, calls } = scriptedFeedClient({ versions: [versions(false)], sync: [classicAnswer] });
    const feed = startInviteFeed(store, client);
    await vi.advanceTimersByTimeAsync(0);
    expect(feed.getFeed()).toBe("classic");
    expect(calls).toEqual(["versions", "sync", "sync"]);
    feed.stop();
    await feed.done;
  });

  it.each([
    ["/versions does not name the feature", [{ response: { versions: ["v1.12"] } }]],
    ["/versions fails", [{ error: networkError() }]],
    ["/versions names it with junk", [versions("yes")]],
  ])("tries sliding sync when %s, and falls back to /sync on 404 M_UNRECOGNIZED, keeping the invites", async (_label, versionAnswers) => {
    store.applySlidingSync(slidingAnswer("first"), { full: true });
    const before = store.getSnapshot();
    const { client, calls, syncRequests } = scriptedFeedClient({
      versions: versionAnswers as Answer[],
      sliding: [{ error: unrecognized() }],
      sync: [{ response: { next_batch: "s1", rooms: { invite: { [DM_ROOM]: { invite_state: { events: [] } } } } } }],
    });
    const snapshots: number[] = [];
    store.subscribe(() => snapshots.push(store.getSnapshot().length));
    const feed = startInviteFeed(store, client);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.slice(0, 3)).toEqual(["versions", "sliding", "sync"]);
    expect(feed.getFeed()).toBe("classic");
    expect(syncRequests[0]?.since).toBeUndefined();
    expect(store.getSnapshot()).not.toBe(before);
    expect(store.getSnapshot().map((entry) => entry.roomId)).toEqual([DM_ROOM]);
    expect(snapshots.every((length) => length > 0)).toBe(true);
    expect(store.getSyncStatus()).toEqual({ state: "syncing", caughtUp: true });
    feed.stop();
    await feed.done;
  });

  it("does not fall back after a 401: a new token is needed", async () => {
    const error = new MatrixApiError({ status: 401, body: { errcode: "M_UNKNOWN_TOKEN" } });
    const { client, calls } = scriptedFeedClient({ versions: [versions(true)], sliding: [{ error }] });
    const feed = startInviteFeed(store, client);
    await feed.done;
    expect(calls).toEqual(["versions", "sliding"]);
    expect(store.getSyncStatus()).toEqual({ state: "stopped", error });
  });

  it("runs /sync for a client without slidingSync, without asking /versions", async () => {
    const { client, calls } = scriptedFeedClient({ sync: [classicAnswer] }, ["slidingSync"]);
    const feed = startInviteFeed(store, client);
    await vi.advanceTimersByTimeAsync(0);
    expect(feed.getFeed()).toBe("classic");
    expect(calls[0]).toBe("sync");
    feed.stop();
    await feed.done;
  });

  it("starts nothing when stopped while /versions is in flight", async () => {
    const { client, calls } = scriptedFeedClient({});
    const controller = new AbortController();
    const feed = startInviteFeed(store, client, { signal: controller.signal });
    controller.abort();
    await feed.done;
    expect(calls).toEqual(["versions"]);
    expect(feed.getFeed()).toBeUndefined();
  });
});

describe("startInviteFeed: forced", () => {
  it("classic runs /sync only, with the caller's timeout", async () => {
    const { client, calls, syncRequests } = scriptedFeedClient({ sync: [classicAnswer] });
    const feed = startInviteFeed(store, client, { feed: "classic", timeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(["sync", "sync"]);
    expect(syncRequests[1]?.timeoutMs).toBe(5_000);
    feed.stop();
    await feed.done;
  });

  it("sliding runs sliding sync only, and stops (no fallback) when the server lacks it", async () => {
    const { client, calls } = scriptedFeedClient({ sliding: [{ error: unrecognized() }] });
    const feed = startInviteFeed(store, client, { feed: "sliding" });
    await feed.done;
    expect(calls).toEqual(["sliding"]);
    expect(store.getSyncStatus()).toMatchObject({ state: "stopped" });
  });

  it("sliding passes the sliding options on", async () => {
    const { client, slidingRequests } = scriptedFeedClient({ sliding: [{ response: slidingAnswer("first") }] });
    const feed = startInviteFeed(store, client, { feed: "sliding", sliding: { maxInvites: 20 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(slidingRequests[0]?.body).toMatchObject({ lists: { invites: { ranges: [[0, 19]] } } });
    expect(store.getEntry(NAMED_ROOM)).toBeDefined();
    feed.stop();
    await feed.done;
  });

  it("throws when the client cannot run the feed asked for", () => {
    expect(() => startInviteFeed(store, scriptedFeedClient({}, ["slidingSync"]).client, { feed: "sliding" })).toThrow(TypeError);
    expect(() => startInviteFeed(store, scriptedFeedClient({}, ["sync"]).client, { feed: "classic" })).toThrow(TypeError);
    expect(() => startInviteFeed(store, scriptedFeedClient({}, ["sync", "slidingSync"]).client)).toThrow(TypeError);
  });
});

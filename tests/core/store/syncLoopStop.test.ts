import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import { startSyncLoop, type SyncClient } from "../../../src/core/store/syncLoop";
import { AFTER_CAPTURE, BOB, declinedDm, dm, roomsOf, syncResponse } from "./syncFixtures";
import { networkError, recordStatuses, scriptedClient } from "./syncLoopSupport";

let store: InviteStore;

beforeEach(() => {
  vi.useFakeTimers();
  store = createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("startSyncLoop: stopping", () => {
  it("aborts the long poll in flight on stop() and settles done at once", async () => {
    const { client, requests } = scriptedClient([{ response: syncResponse({}, {}, "batch-1") }]);
    const loop = startSyncLoop(store, client);
    await vi.advanceTimersByTimeAsync(0);
    const longPoll = requests[1];
    expect(longPoll?.signal?.aborted).toBe(false);

    loop.stop();
    await loop.done;
    expect(longPoll?.signal?.aborted).toBe(true);
    expect(store.getSyncStatus()).toEqual({ state: "stopped" });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(requests).toHaveLength(2);
  });

  it("stops during a backoff wait without waiting it out, and without claiming to sync again", async () => {
    const statuses = recordStatuses(store);
    const { client, requests } = scriptedClient([{ error: networkError() }]);
    const loop = startSyncLoop(store, client, { initialBackoffMs: 50_000 });
    await vi.advanceTimersByTimeAsync(0);
    loop.stop();
    await loop.done;
    expect(vi.getTimerCount()).toBe(0);
    expect(store.getSyncStatus()).toEqual({ state: "stopped" });
    expect(requests).toHaveLength(1);
    expect(statuses.map((status) => status.state)).toEqual(["syncing", "error", "stopped"]);
  });

  it("stops when the caller's signal aborts, and never starts when it already has", async () => {
    const controller = new AbortController();
    const { client, requests } = scriptedClient([]);
    const loop = startSyncLoop(store, client, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await loop.done;
    expect(requests[0]?.signal?.aborted).toBe(true);
    expect(store.getSyncStatus()).toEqual({ state: "stopped" });

    const aborted = scriptedClient([]);
    const never = startSyncLoop(store, aborted.client, { signal: AbortSignal.abort() });
    await never.done;
    expect(aborted.requests).toHaveLength(0);
  });

  it("does not mark the store stopped when a new loop took over (stop then start, as a React StrictMode remount does)", async () => {
    const first = scriptedClient([]);
    const second = scriptedClient([]);
    const oldLoop = startSyncLoop(store, first.client);
    oldLoop.stop();
    const newLoop = startSyncLoop(store, second.client);
    await oldLoop.done;
    await vi.advanceTimersByTimeAsync(0);
    expect(second.requests[0]?.signal?.aborted).toBe(false);
    expect(store.getSyncStatus()).toEqual({ state: "syncing", caughtUp: false });
    newLoop.stop();
    await newLoop.done;
    expect(store.getSyncStatus()).toEqual({ state: "stopped" });
  });

  it("ignores a response that arrives after stop() (a client that does not honour the signal)", async () => {
    store.applySync(syncResponse({ invite: roomsOf(dm) }));
    let answer: (value: unknown) => void = () => {};
    const client: SyncClient = { sync: () => new Promise((resolve) => (answer = resolve)) };
    const loop = startSyncLoop(store, client);
    await vi.advanceTimersByTimeAsync(0);
    loop.stop();
    answer(syncResponse({ leave: roomsOf(declinedDm) }, {}, "late"));
    await loop.done;
    expect(store.getEntry(dm.roomId)).toBeDefined();
    expect(loop.getSince()).toBeUndefined();
    expect(store.getSyncStatus()).toEqual({ state: "stopped" });
  });
});

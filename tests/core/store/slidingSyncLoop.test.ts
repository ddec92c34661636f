import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MatrixApiError } from "../../../src/core/client/errors";
import type { SlidingSyncOptions } from "../../../src/core/client/types";
import { createInviteStore, type InviteEntry, type InviteStore } from "../../../src/core/store/inviteStore";
import { slidingSyncInviteRequest, startSlidingSyncLoop, type SlidingSyncClient } from "../../../src/core/store/slidingSyncLoop";
import { AFTER_SLIDING_CAPTURE, DM_ROOM, NAMED_ROOM, SLIDING_ERRORS, SLIDING_USER, slidingAnswer, withoutOps } from "./slidingSyncFixtures";
import { networkError, recordStatuses } from "./syncLoopSupport";

type Step = { response: unknown } | { error: unknown };

/** A sliding sync client playing a script; once it runs out, a request hangs until aborted. */
function scriptedSlidingClient(steps: Step[]) {
  const requests: SlidingSyncOptions[] = [];
  const client: SlidingSyncClient = {
    slidingSync(request) {
      requests.push(request);
      const step = steps.shift();
      if (step === undefined) {
        return new Promise((_resolve, reject) => {
          request.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")), { once: true });
        });
      }
      return "error" in step ? Promise.reject(step.error) : Promise.resolve(step.response);
    },
  };
  return { client, requests };
}

const apiError = (status: number, body: Record<string, unknown>) =>
  new MatrixApiError({ status, body, method: "POST", path: "/_matrix/client/unstable/org.matrix.simplified_msc3575/sync" });
const unknownPos = () => apiError(SLIDING_ERRORS.unknown_pos.status, SLIDING_ERRORS.unknown_pos.body);
const invalidToken = () => apiError(SLIDING_ERRORS.garbage_pos.status, SLIDING_ERRORS.garbage_pos.body);

/** Every snapshot the store published, to prove the list never went empty on the way. */
function recordSnapshots(store: InviteStore): (readonly InviteEntry[])[] {
  const snapshots: (readonly InviteEntry[])[] = [];
  store.subscribe(() => {
    const snapshot = store.getSnapshot();
    if (snapshots.at(-1) !== snapshot) snapshots.push(snapshot);
  });
  return snapshots;
}

const roomIds = (store: InviteStore) => store.getSnapshot().map((entry) => entry.roomId).sort();

let store: InviteStore;

beforeEach(() => {
  vi.useFakeTimers();
  store = createInviteStore({ userId: SLIDING_USER, now: () => AFTER_SLIDING_CAPTURE });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("startSlidingSyncLoop: requests", () => {
  it("asks for one invite list without timeline, the summary's state and account data; then long-polls from pos", async () => {
    const { client, requests } = scriptedSlidingClient([{ response: slidingAnswer("first") }, { response: slidingAnswer("after_accept") }]);
    const loop = startSlidingSyncLoop(store, client);
    await vi.advanceTimersByTimeAsync(0);

    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({ pos: undefined, timeoutMs: 0 });
    expect(requests[0]?.body).toEqual({
      conn_id: "matrix-membership-ui.invites",
      lists: {
        invites: {
          ranges: [[0, 9_999]],
          timeline_limit: 0,
          required_state: [
            ["m.room.name", ""],
            ["m.room.canonical_alias", ""],
            ["m.room.topic", ""],
            ["m.room.avatar", ""],
            ["m.room.join_rules", ""],
            ["m.room.create", ""],
            ["m.room.encryption", ""],
            ["m.room.member", "$ME"],
          ],
          filters: { is_invite: true },
        },
      },
      extensions: { account_data: { enabled: true, lists: [], rooms: [] } },
    });
    expect(requests[1]).toMatchObject({ pos: slidingAnswer("first")["pos"], timeoutMs: 30_000 });
    expect(requests[2]).toMatchObject({ pos: slidingAnswer("after_accept")["pos"] });
    expect(roomIds(store)).toEqual([DM_ROOM]);
    expect(loop.isSupported()).toBe(true);
    loop.stop();
    await loop.done;
    expect(store.getSyncStatus()).toEqual({ state: "stopped" });
  });

  it("takes the caller's range, connection ID, timeout and a pos to resume from", async () => {
    const { client, requests } = scriptedSlidingClient([]);
    const loop = startSlidingSyncLoop(store, client, { maxInvites: 50, connectionId: "mine", timeoutMs: 5_000, pos: "7/s1" });
    await vi.advanceTimersByTimeAsync(0);
    expect(requests[0]).toMatchObject({ pos: "7/s1", timeoutMs: 5_000, body: { conn_id: "mine", lists: { invites: { ranges: [[0, 49]] } } } });
    loop.stop();
    await loop.done;
  });

  it("builds a sane range from nonsense maxInvites", () => {
    expect(slidingSyncInviteRequest(Number.NaN)).toMatchObject({ lists: { invites: { ranges: [[0, 9_999]] } } });
    expect(slidingSyncInviteRequest(-5)).toMatchObject({ lists: { invites: { ranges: [[0, 0]] } } });
  });
});

describe("startSlidingSyncLoop: a connection the server forgot", () => {
  it.each([
    ["M_UNKNOWN_POS", unknownPos],
    ["Synapse's 400 M_UNKNOWN \"Invalid stream token\"", invalidToken],
  ])("on %s asks again at once without pos, and the list never goes empty meanwhile", async (_label, error) => {
    store.applySlidingSync(slidingAnswer("first"), { full: true });
    const snapshots = recordSnapshots(store);
    const statuses = recordStatuses(store);
    const { client, requests } = scriptedSlidingClient([{ error: error() }, { response: slidingAnswer("after_accept") }]);
    const loop = startSlidingSyncLoop(store, client, { pos: "old" });
    await vi.advanceTimersByTimeAsync(0);

    expect(requests.map((request) => request.pos)).toEqual(["old", undefined, slidingAnswer("after_accept")["pos"]]);
    expect(requests[1]?.timeoutMs).toBe(0);
    expect(snapshots.every((snapshot) => snapshot.length > 0)).toBe(true);
    expect(roomIds(store)).toEqual([DM_ROOM]);
    expect(statuses.some((status) => status.state === "error")).toBe(false);
    loop.stop();
    await loop.done;
  });

  it("backs off when the fresh request fails too, still without pos, keeping the list", async () => {
    store.applySlidingSync(slidingAnswer("first"), { full: true });
    const { client, requests } = scriptedSlidingClient([{ error: unknownPos() }, { error: networkError() }, { response: slidingAnswer("first") }]);
    const loop = startSlidingSyncLoop(store, client, { pos: "old", random: () => 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 1, retryInMs: 500 });
    expect(roomIds(store)).toEqual([NAMED_ROOM, DM_ROOM].sort());
    await vi.advanceTimersByTimeAsync(500);
    expect(requests.map((request) => request.pos).slice(0, 3)).toEqual(["old", undefined, undefined]);
    expect(store.getSyncStatus()).toEqual({ state: "syncing", caughtUp: true });
    loop.stop();
    await loop.done;
  });

  it("starts again without pos when a server without list operations sends a count it cannot explain", async () => {
    const { client, requests } = scriptedSlidingClient([
      { response: withoutOps(slidingAnswer("first")) },
      { response: withoutOps(slidingAnswer("after_accept")) },
      { response: withoutOps({ ...slidingAnswer("first"), rooms: { [DM_ROOM]: (slidingAnswer("first")["rooms"] as Record<string, unknown>)[DM_ROOM] }, lists: { invites: { count: 1 } } }) },
    ]);
    const snapshots = recordSnapshots(store);
    const loop = startSlidingSyncLoop(store, client);
    await vi.advanceTimersByTimeAsync(0);
    expect(requests.map((request) => request.pos)).toEqual([undefined, slidingAnswer("first")["pos"], undefined, slidingAnswer("first")["pos"]]);
    expect(roomIds(store)).toEqual([DM_ROOM]);
    expect(snapshots.slice(1).every((snapshot) => snapshot.length > 0)).toBe(true);
    loop.stop();
    await loop.done;
  });
});

describe("startSlidingSyncLoop: errors", () => {
  it("backs off on network errors and 5xx, then carries on from the same pos", async () => {
    const { client, requests } = scriptedSlidingClient([
      { response: slidingAnswer("first") },
      { error: networkError() },
      { error: apiError(502, {}) },
      { response: slidingAnswer("after_accept") },
    ]);
    const loop = startSlidingSyncLoop(store, client, { random: () => 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 1, retryInMs: 500 });
    await vi.advanceTimersByTimeAsync(500);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 2, retryInMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    const firstPos = slidingAnswer("first")["pos"];
    expect(requests.slice(1, 4).map((request) => request.pos)).toEqual([firstPos, firstPos, firstPos]);
    expect(roomIds(store)).toEqual([DM_ROOM]);
    loop.stop();
    await loop.done;
  });

  it("treats an answer without pos as an error and keeps the list", async () => {
    store.applySlidingSync(slidingAnswer("first"), { full: true });
    const { client } = scriptedSlidingClient([{ response: { lists: { invites: { count: 0 } }, rooms: {} } }]);
    const loop = startSlidingSyncLoop(store, client, { random: () => 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getSyncStatus()).toMatchObject({ state: "error", attempt: 1 });
    expect(roomIds(store)).toEqual([NAMED_ROOM, DM_ROOM].sort());
    loop.stop();
    await loop.done;
  });

  it.each([
    ["404 M_UNRECOGNIZED", apiError(404, { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" })],
    ["a bare 405", apiError(405, {})],
  ])("stops on %s: the server does not serve sliding sync", async (_label, error) => {
    const { client, requests } = scriptedSlidingClient([{ error }]);
    const loop = startSlidingSyncLoop(store, client);
    await loop.done;
    expect(requests).toHaveLength(1);
    expect(loop.isSupported()).toBe(false);
    expect(store.getSyncStatus()).toEqual({ state: "stopped", error });
  });

  it("stops on 401 without calling the endpoint unsupported", async () => {
    const error = apiError(401, { errcode: "M_UNKNOWN_TOKEN" });
    const { client } = scriptedSlidingClient([{ error }]);
    const loop = startSlidingSyncLoop(store, client);
    await loop.done;
    expect(loop.isSupported()).toBeUndefined();
    expect(store.getSyncStatus()).toEqual({ state: "stopped", error });
  });

  it("aborts the request in flight when the owner's signal aborts", async () => {
    const controller = new AbortController();
    const { client, requests } = scriptedSlidingClient([]);
    const loop = startSlidingSyncLoop(store, client, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await loop.done;
    expect(requests[0]?.signal?.aborted).toBe(true);
    expect(store.getSyncStatus()).toEqual({ state: "stopped" });
  });
});

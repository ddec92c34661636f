/**
 * "Block @x" as an observer of the shared action runner: the state behind `useBlockAndClear`.
 * The run itself is the `blockAndClear` flow (ignore, report, then the `declineAll` queue);
 * this holds its progress, stops it on cancel or when its owner goes away, and holds each
 * room in the runner while its leave is in flight (`holdRoom`, as "Decline all" does), so a
 * row's Accept cannot race it.
 */
import type { MembershipErrorCode } from "../client/types";
import type { DeclineAllFailure } from "../flows/declineAll";
import {
  blockAndClear,
  blockTargets,
  type BlockAndClearClient,
  type BlockAndClearOptions,
  type BlockAndClearStep,
  type BlockAndClearStore,
  type BlockedUserOutcome,
} from "../flows/blockAndClear";
import { sendersOf } from "../store/blockedInvites";
import { holdRoom } from "./declineAllRun";
import { createObserverBase } from "./observer";
import { getActionRunner } from "./runner";

/** Where a block-and-clear run stands. `error`: it stopped early because every further request would fail. */
export type BlockAndClearStatus = "idle" | "running" | "done" | "cancelled" | "error";

/** The progress of the latest run: a result per user (ignore, report) and per invite (declined, failed, skipped). */
export interface BlockAndClearProgress {
  /** Where the run stands. */
  status: BlockAndClearStatus;
  /** The step running, while running. */
  step: BlockAndClearStep | undefined;
  /** The users blocked by the run. */
  userIds: readonly string[];
  /** The ignore and report of each user, once known (in the order given). */
  users: readonly BlockedUserOutcome[];
  /** Invites settled so far (declined, failed or skipped). */
  done: number;
  /** Invites to decline (0 until the decline step starts). */
  total: number;
  /** Rooms whose invite was declined, in order. */
  declined: readonly string[];
  /** Rooms the server refused, with the reason. */
  failed: readonly DeclineAllFailure[];
  /** Rooms taken out before their request (no longer an invite, or held by another action). */
  skipped: readonly string[];
  /** Rooms left unsettled by a cancel or an early stop. */
  remaining: readonly string[];
  /** The user (ignore, report) or room (decline) being worked on. */
  current: string | undefined;
  /** While the server's rate limit makes the run wait: when the wait ends (epoch ms). */
  waitingUntil: number | undefined;
  /** For `error`: the code that stopped the run. */
  error: MembershipErrorCode | undefined;
  /** The report asked for, if any (a retry sends it again where it failed). */
  report: { reason: string } | undefined;
}

/** Options of the run (`useBlockAndClear`): the flow's tuning knobs and callbacks, which run only while the observer is live. */
export interface BlockAndClearRunOptions extends Pick<BlockAndClearOptions, "sleep" | "maxRetries" | "maxWaitMs"> {
  /** An invite was declined (it has already left the store). */
  onRoomDeclined?(roomId: string): void;
  /** The server rate-limited the run, which now waits `waitMs` (e.g. announce the pause). */
  onRateLimited?(waitMs: number): void;
  /** The run ended (done, cancelled or stopped), with its final progress. */
  onFinished?(progress: BlockAndClearProgress): void;
}

/** What to block: one user or several, and whether to report them. */
export interface BlockAndClearRequest {
  /** The user (or users) to block. */
  userId: string | readonly string[];
  /** Also report them, with this reason. */
  report?: { reason: string };
}

/** The block-and-clear controls; see {@link createBlockAndClearRun}. */
export interface BlockAndClearRunObserver {
  /** The current progress: the same object until something changes. */
  getSnapshot(): BlockAndClearProgress;
  /** Calls `listener` on every change; the observer is live while subscribed. */
  subscribe(listener: () => void): () => void;
  /** Blocks the users and clears their invites (refused while a run is going, or for an invalid user ID). */
  start(request: BlockAndClearRequest): void;
  /** Declines the invites hidden because their senders are blocked (`store.getBlockedInvites()`), blocking those senders again. */
  clearBlocked(): void;
  /** Stops the run: the request in flight is aborted, nothing further is sent. */
  cancel(): void;
  /** Runs again for the same users when an ignore, a report or a decline failed (refused while running). */
  retryFailed(): void;
  /** Back to `idle` once a run has ended (refused while running). */
  reset(): void;
  /** Sends the next runs through `client` (the runner stays the one of the first client). */
  setClient(client: BlockAndClearClient): void;
  /** Reads the next runs' invites from `store`. */
  setStore(store: BlockAndClearStore): void;
  /** Replaces the options (the latest ones are used, also by a run already going). */
  setOptions(options: BlockAndClearRunOptions): void;
  /** Ends the observer: the run stops, no callback runs. */
  dispose(): void;
}

/** The state before any run. */
export const IDLE_BLOCK_AND_CLEAR: BlockAndClearProgress = /* @__PURE__ */ Object.freeze({
  status: "idle",
  step: undefined,
  userIds: [],
  users: [],
  done: 0,
  total: 0,
  declined: [],
  failed: [],
  skipped: [],
  remaining: [],
  current: undefined,
  waitingUntil: undefined,
  error: undefined,
  report: undefined,
});

/**
 * Creates a block-and-clear run over the runner shared by `client`. `cancel()`, `dispose()`
 * and the last listener leaving abort the run (the ignore and report already written stay).
 */
export function createBlockAndClearRun(
  initialClient: BlockAndClearClient,
  initialStore: BlockAndClearStore,
  options: BlockAndClearRunOptions = {},
): BlockAndClearRunObserver {
  const base = createObserverBase(getActionRunner(initialClient));
  const runner = base.runner;
  let client: BlockAndClearClient = initialClient;
  let store = initialStore;
  let latest = options;
  let progress = IDLE_BLOCK_AND_CLEAR;
  let run: { id: number; controller: AbortController } | undefined;
  let running = false;
  let lastRunId = 0;

  function update(next: BlockAndClearProgress): void {
    progress = next;
    base.emit();
  }

  function start(request: BlockAndClearRequest): void {
    if (running || !base.isActive()) return;
    let userIds: string[];
    try {
      userIds = blockTargets(request.userId, store.userId);
    } catch {
      // An invalid user ID (or the user's own) is refused before anything runs.
      return;
    }
    const owner = base.ownerSignal();
    const controller = new AbortController();
    const id = ++lastRunId;
    run = { id, controller };
    running = true;
    const isCurrent = () => run?.id === id && !owner.aborted && base.isActive();
    const report = request.report;
    update({ ...IDLE_BLOCK_AND_CLEAR, status: "running", step: "ignore", userIds, current: userIds[0], report });
    const work = blockAndClear(client, store, {
      userId: userIds,
      report,
      signal: AbortSignal.any([owner, controller.signal]),
      sleep: latest.sleep,
      maxRetries: latest.maxRetries,
      maxWaitMs: latest.maxWaitMs,
      runRequest: (roomId, leave) => holdRoom(runner, roomId, undefined, leave),
      onProgress({ step, done, total, current }) {
        if (isCurrent()) update({ ...progress, step, done, total, current, waitingUntil: undefined });
      },
      onUserSettled(outcome) {
        if (isCurrent()) update({ ...progress, users: [...progress.users.filter((user) => user.userId !== outcome.userId), outcome] });
      },
      onRoomSettled(roomId, outcome) {
        if (!isCurrent()) return;
        update(
          outcome.ok
            ? { ...progress, declined: [...progress.declined, roomId], done: progress.done + 1 }
            : { ...progress, failed: [...progress.failed, { roomId, code: outcome.code }], done: progress.done + 1 },
        );
        if (outcome.ok) latest.onRoomDeclined?.(roomId);
      },
      onRoomSkipped(roomId) {
        if (isCurrent()) update({ ...progress, skipped: [...progress.skipped, roomId], done: progress.done + 1 });
      },
      onRateLimited(_roomId, waitMs) {
        if (!isCurrent()) return;
        update({ ...progress, waitingUntil: Date.now() + waitMs });
        latest.onRateLimited?.(waitMs);
      },
    });
    work.then(
      ({ users, decline }) => {
        if (run?.id === id) running = false;
        if (!isCurrent()) return;
        const final: BlockAndClearProgress = {
          status: decline.stoppedBy ? "error" : decline.cancelled ? "cancelled" : "done",
          step: undefined,
          userIds,
          users,
          done: decline.declined.length + decline.failed.length + decline.skipped.length,
          total: decline.declined.length + decline.failed.length + decline.skipped.length + decline.remaining.length,
          declined: decline.declined,
          failed: decline.failed,
          skipped: decline.skipped,
          remaining: decline.remaining,
          current: undefined,
          waitingUntil: undefined,
          error: decline.stoppedBy,
          report,
        };
        update(final);
        latest.onFinished?.(final);
      },
      () => {
        // blockAndClear only rejects for input checked above; a broken client must not hang the run in "running".
        if (run?.id === id) running = false;
        if (isCurrent()) update({ ...progress, status: "error", step: undefined, current: undefined, waitingUntil: undefined, error: "unknown" });
      },
    );
  }

  function stop(): void {
    run?.controller.abort();
    run = undefined;
    running = false;
  }

  return {
    getSnapshot: () => progress,
    subscribe(listener) {
      const unsubscribe = base.subscribe(listener);
      return () => {
        unsubscribe();
        if (!base.isActive()) stop();
      };
    },
    start,
    clearBlocked() {
      const senders = sendersOf(store.getBlockedInvites());
      if (senders.length > 0) start({ userId: senders });
    },
    cancel() {
      if (running) run?.controller.abort();
    },
    retryFailed() {
      if (running || progress.userIds.length === 0) return;
      const reportFailed = progress.users.some((user) => user.report.status === "failed");
      const ignoreFailed = progress.users.some((user) => user.ignore.status === "failed");
      if (!reportFailed && !ignoreFailed && progress.failed.length === 0) return;
      start({ userId: progress.userIds, report: reportFailed ? progress.report : undefined });
    },
    reset() {
      if (!running) update(IDLE_BLOCK_AND_CLEAR);
    },
    setClient(next) {
      client = next;
    },
    setStore(next) {
      store = next;
    },
    setOptions(next) {
      latest = next;
    },
    dispose() {
      stop();
      base.dispose();
    },
  };
}

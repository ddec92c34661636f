/**
 * "Decline all" as an observer of the shared action runner: the state behind
 * `useDeclineAll` and the inbox's bulk decline. The run itself is the `declineAll` flow;
 * this holds its progress, stops it on cancel or when its owner goes away (the one
 * exception to "never abort a write": a cancelled bulk run must stop at once), and holds
 * each room in the runner while its leave is in flight, so a row's Accept cannot race it.
 */
import { isAbortError } from "../client/errors";
import type { MembershipClient, MembershipErrorCode } from "../client/types";
import { declineAll, type DeclineAllFailure, type DeclineAllOptions } from "../flows/declineAll";
import type { LeaveInviteOutcome } from "../flows/leaveInvite";
import type { DeclineOutcome } from "./inviteActionTypes";
import { describeFailure, type InviteRunnerAction } from "./inviteActions";
import { createObserverBase } from "./observer";
import { getActionRunner, type ActionRunner } from "./runner";

/** Where a bulk decline stands. `error`: it stopped early because every further request would fail. */
export type DeclineAllStatus = "idle" | "running" | "done" | "cancelled" | "error";

/** The progress of the latest run. */
export interface DeclineAllProgress {
  /** Where the run stands. */
  status: DeclineAllStatus;
  /** Rooms settled so far (declined, failed or skipped). */
  done: number;
  /** Rooms in the run (duplicates counted once). */
  total: number;
  /** Rooms declined so far, in order. */
  declined: readonly string[];
  /** Rooms the server refused. */
  failed: readonly DeclineAllFailure[];
  /**
   * Rooms taken out of the run before their request: no longer a pending invite (accepted
   * or declined meanwhile, here or in another client), or held by another action.
   */
  skipped: readonly string[];
  /** Rooms left unsettled by a cancel or an early stop. */
  remaining: readonly string[];
  /** The room being declined now, while running. */
  current: string | undefined;
  /** While the server's rate limit makes the run wait: when the wait ends (epoch ms). */
  waitingUntil: number | undefined;
  /** For `error`: the code that stopped the run. */
  error: MembershipErrorCode | undefined;
  /** The reason sent with every decline of the run (a retry of the failed rooms sends it again). */
  reason: string | undefined;
}

/**
 * Options of "Decline all" (`useDeclineAll`): the flow's tuning knobs (tests and stories pass a
 * fast `sleep`), the re-check, and callbacks, which run only while the observer is live.
 */
export interface DeclineAllRunOptions extends Pick<DeclineAllOptions, "sleep" | "maxRetries" | "maxWaitMs" | "isStillInvited"> {
  /** A room was declined (e.g. hide it at once, before the next `/sync` removes it). */
  onRoomDeclined?(roomId: string): void;
  /** The server rate-limited the run, which now waits `waitMs` (e.g. announce the pause). */
  onRateLimited?(waitMs: number): void;
  /** The run ended (done, cancelled or stopped), with its final progress. */
  onFinished?(progress: DeclineAllProgress): void;
}

/** The bulk decline's controls; see {@link createDeclineAllRun}. */
export interface DeclineAllRunObserver {
  /** The current progress: the same object until something changes. */
  getSnapshot(): DeclineAllProgress;
  /** Calls `listener` on every change; the observer is live while subscribed. */
  subscribe(listener: () => void): () => void;
  /** Starts declining `roomIds` (refused while a run is going). */
  start(roomIds: readonly string[], reason?: string): void;
  /** Stops the run: the request in flight is aborted, no further room is started. */
  cancel(): void;
  /** Runs again for the rooms that failed, with the same reason (refused while running). */
  retryFailed(): void;
  /** Back to `idle` once a run has ended (refused while running). */
  reset(): void;
  /**
   * Sends the next runs through `client` (a host that makes a new client object on every
   * render keeps its state). The runner stays the one of the client the observer was made with.
   */
  setClient(client: Pick<MembershipClient, "leaveRoom">): void;
  /** Replaces the options (the latest ones are used, also by a run already going). */
  setOptions(options: DeclineAllRunOptions): void;
  /** Ends the observer: the run stops, no callback runs. */
  dispose(): void;
}

/** The state before any run. */
export const IDLE_DECLINE_ALL: DeclineAllProgress = /* @__PURE__ */ Object.freeze({
  status: "idle",
  done: 0,
  total: 0,
  declined: [],
  failed: [],
  skipped: [],
  remaining: [],
  current: undefined,
  waitingUntil: undefined,
  error: undefined,
  reason: undefined,
});

const DECLINED: DeclineOutcome = /* @__PURE__ */ Object.freeze({ failedSteps: [] });

/**
 * Creates a bulk decline over the runner shared by `client`. Before each leave the flow
 * asks `isStillInvited` (the host's latest `/sync` view) and the runner: a room that any
 * other action holds, or that was accepted or declined meanwhile, is skipped, never left.
 * `cancel()`, `dispose()` and the last listener leaving abort the run.
 */
export function createDeclineAllRun(initialClient: Pick<MembershipClient, "leaveRoom">, options: DeclineAllRunOptions = {}): DeclineAllRunObserver {
  const base = createObserverBase(getActionRunner(initialClient));
  let client = initialClient;
  const runner = base.runner;
  let latest = options;
  let progress = IDLE_DECLINE_ALL;
  let run: { id: number; controller: AbortController } | undefined;
  let running = false;
  let lastRunId = 0;

  function update(next: DeclineAllProgress): void {
    progress = next;
    base.emit();
  }

  function start(roomIds: readonly string[], reason?: string): void {
    if (running || !base.isActive()) return;
    const owner = base.ownerSignal();
    const controller = new AbortController();
    const id = ++lastRunId;
    run = { id, controller };
    running = true;
    const isCurrent = () => run?.id === id && !owner.aborted && base.isActive();
    const unique = [...new Set(roomIds)];
    update({ ...IDLE_DECLINE_ALL, status: "running", total: unique.length, current: unique[0], reason });
    void declineAll(client, unique, {
      sleep: latest.sleep,
      maxRetries: latest.maxRetries,
      maxWaitMs: latest.maxWaitMs,
      reason,
      signal: AbortSignal.any([owner, controller.signal]),
      isStillInvited: (roomId) => latest.isStillInvited?.(roomId) ?? true,
      runRequest: (roomId, request) => holdRoom(runner, roomId, reason, request),
      onProgress(done, total, current) {
        if (isCurrent()) update({ ...progress, done, total, current, waitingUntil: undefined });
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
    }).then(
      (result) => {
        if (run?.id === id) running = false;
        if (!isCurrent()) return;
        const final: DeclineAllProgress = {
          status: result.stoppedBy ? "error" : result.cancelled ? "cancelled" : "done",
          done: result.declined.length + result.failed.length + result.skipped.length,
          total: unique.length,
          declined: result.declined,
          failed: result.failed,
          skipped: result.skipped,
          remaining: result.remaining,
          current: undefined,
          waitingUntil: undefined,
          error: result.stoppedBy,
          reason,
        };
        update(final);
        latest.onFinished?.(final);
      },
      () => {
        // declineAll never rejects; if a broken client makes it, end the run instead of hanging in "running".
        if (run?.id === id) running = false;
        if (isCurrent()) update({ ...progress, status: "error", current: undefined, waitingUntil: undefined, error: "unknown" });
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
        // The last listener left (unmount): the run stops with its owner.
        if (!base.isActive()) stop();
      };
    },
    start,
    cancel() {
      if (running) run?.controller.abort();
    },
    retryFailed() {
      if (running || progress.failed.length === 0) return;
      start(
        progress.failed.map((failure) => failure.roomId),
        progress.reason,
      );
    },
    reset() {
      if (!running) update(IDLE_DECLINE_ALL);
    },
    setClient(next) {
      client = next;
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

/**
 * Sends one leave of the run while holding the room in the runner, as an invite "decline"
 * (rows and previews of the room show it declining and refuse their own actions). Refused
 * (`undefined`) when another action holds the room, or already accepted or declined it.
 * Shared by every bulk run (decline all, block and clear).
 *
 * @internal
 */
export function holdRoom(
  runner: ActionRunner,
  roomId: string,
  reason: string | undefined,
  request: () => Promise<LeaveInviteOutcome>,
): Promise<LeaveInviteOutcome> | undefined {
  const state = runner.getState(roomId);
  if (state.status === "success" && isSettledInvite(state.action)) return undefined;
  let answer: { value: LeaveInviteOutcome } | { error: unknown } | undefined;
  const action: InviteRunnerAction = { kind: "decline", request: reason === undefined ? {} : { reason } };
  const call = runner.start(roomId, action, () =>
    request().then(
      (value) => {
        answer = { value };
        return DECLINED;
      },
      (error: unknown) => {
        answer = { error };
        throw isAbortError(error) ? error : describeFailure(error, "decline");
      },
    ),
  );
  if (call === undefined) return undefined;
  // The flow needs the leave's own answer (a 429's delay), whatever the runner made of it.
  return call.then(() => {
    if (answer !== undefined && "value" in answer) return answer.value;
    throw answer?.error ?? new DOMException("The operation was aborted.", "AbortError");
  });
}

/** Whether a settled action means the room's invite is gone: accepted, or declined. */
function isSettledInvite(action: unknown): boolean {
  const kind = (action as { kind?: unknown } | undefined)?.kind;
  return kind === "accept" || kind === "decline" || kind === "followUps";
}

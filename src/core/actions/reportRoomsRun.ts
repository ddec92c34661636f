/**
 * "Report" on many rooms as an observer: the state behind `useReportRooms` and the inbox's
 * Report on a selection. The run itself is the `reportRooms` flow; this holds its progress,
 * lets the user stop it, and stops it when its owner goes away. A report changes no
 * membership, so, unlike a bulk decline, it holds no room in the action runner.
 */
import type { MembershipClient } from "../client/types";
import { reportRooms, type ReportRoomFailure, type ReportRoomsOptions, type ReportRoomsStop } from "../flows/reportRooms";
import { createObserverBase } from "./observer";
import { getActionRunner } from "./runner";

/** Where a bulk report stands. `error`: it stopped early (see `error`). */
export type ReportRoomsStatus = "idle" | "running" | "done" | "cancelled" | "error";

/** The progress of the latest report run. */
export interface ReportRoomsProgress {
  /** Where the run stands. */
  status: ReportRoomsStatus;
  /** Rooms settled so far (reported or failed). */
  done: number;
  /** Rooms in the run (duplicates counted once). */
  total: number;
  /** Rooms reported so far, in order. */
  reported: readonly string[];
  /** Rooms the server refused, with why. */
  failed: readonly ReportRoomFailure[];
  /** Rooms left unreported by a cancel or an early stop. */
  remaining: readonly string[];
  /** The room being reported now, while running. */
  current: string | undefined;
  /** While the server's rate limit makes the run wait: when the wait ends (epoch ms). */
  waitingUntil: number | undefined;
  /** For `error`: what stopped the run (`unsupported`: the server has no room reports). */
  error: ReportRoomsStop | undefined;
  /** The reason sent with every report (a retry sends it again). */
  reason: string;
}

/** Options of a report run: the flow's tuning (tests pass a fast `sleep`) and callbacks, which run only while the observer is live. */
export interface ReportRoomsRunOptions extends Pick<ReportRoomsOptions, "sleep" | "maxRetries" | "maxWaitMs"> {
  /** The server rate-limited the run, which now waits `waitMs`. */
  onRateLimited?(waitMs: number): void;
  /** The run ended (done, cancelled or stopped), with its final progress. */
  onFinished?(progress: ReportRoomsProgress): void;
}

/** The bulk report's controls; see {@link createReportRoomsRun}. */
export interface ReportRoomsRunObserver {
  /** The current progress: the same object until something changes. */
  getSnapshot(): ReportRoomsProgress;
  /** Calls `listener` on every change; the observer is live while subscribed. */
  subscribe(listener: () => void): () => void;
  /** Starts reporting `roomIds` with `reason` (refused while a run is going). */
  start(roomIds: readonly string[], reason: string): void;
  /** Stops the run: the request in flight is aborted, no further room is started. */
  cancel(): void;
  /** Reports again the rooms that failed or were not reached, with the same reason (refused while running). */
  retryFailed(): void;
  /** Back to `idle` once a run has ended (refused while running). */
  reset(): void;
  /** Sends the next runs through `client`. */
  setClient(client: Pick<MembershipClient, "reportRoom">): void;
  /** Replaces the options (the latest ones are used, also by a run already going). */
  setOptions(options: ReportRoomsRunOptions): void;
  /** Ends the observer: the run stops, no callback runs. */
  dispose(): void;
}

/** The state before any run. */
export const IDLE_REPORT_ROOMS: ReportRoomsProgress = /* @__PURE__ */ Object.freeze({
  status: "idle",
  done: 0,
  total: 0,
  reported: [],
  failed: [],
  remaining: [],
  current: undefined,
  waitingUntil: undefined,
  error: undefined,
  reason: "",
});

/** Creates a bulk report; `cancel()`, `dispose()` and the last listener leaving abort the run. */
export function createReportRoomsRun(initialClient: Pick<MembershipClient, "reportRoom">, options: ReportRoomsRunOptions = {}): ReportRoomsRunObserver {
  // The runner only gives the observer its lifetime (subscribe, owner signal); no room is held.
  const base = createObserverBase(getActionRunner(initialClient));
  let client = initialClient;
  let latest = options;
  let progress = IDLE_REPORT_ROOMS;
  let run: { id: number; controller: AbortController } | undefined;
  let lastRunId = 0;

  function update(next: ReportRoomsProgress): void {
    progress = next;
    base.emit();
  }

  function start(roomIds: readonly string[], reason: string): void {
    if (run !== undefined || !base.isActive()) return;
    const owner = base.ownerSignal();
    const controller = new AbortController();
    const id = ++lastRunId;
    run = { id, controller };
    const isCurrent = () => run?.id === id && !owner.aborted && base.isActive();
    const unique = [...new Set(roomIds)];
    const text = typeof reason === "string" ? reason : "";
    update({ ...IDLE_REPORT_ROOMS, status: "running", total: unique.length, current: unique[0], reason: text });
    void reportRooms(client, unique, {
      reason: text,
      sleep: latest.sleep,
      maxRetries: latest.maxRetries,
      maxWaitMs: latest.maxWaitMs,
      signal: AbortSignal.any([owner, controller.signal]),
      onProgress(done, total, current) {
        if (isCurrent()) update({ ...progress, done, total, current, waitingUntil: undefined });
      },
      onRoomSettled(roomId, outcome) {
        if (!isCurrent()) return;
        update(
          outcome.ok
            ? { ...progress, reported: [...progress.reported, roomId], done: progress.done + 1 }
            : { ...progress, failed: [...progress.failed, { roomId, code: outcome.code }], done: progress.done + 1 },
        );
      },
      onRateLimited(_roomId, waitMs) {
        if (!isCurrent()) return;
        update({ ...progress, waitingUntil: Date.now() + waitMs });
        latest.onRateLimited?.(waitMs);
      },
    }).then(
      (result) => {
        const current = isCurrent();
        if (run?.id === id) run = undefined;
        if (!current) return;
        const final: ReportRoomsProgress = {
          status: result.stoppedBy ? "error" : result.cancelled ? "cancelled" : "done",
          done: result.reported.length + result.failed.length,
          total: unique.length,
          reported: result.reported,
          failed: result.failed,
          remaining: result.remaining,
          current: undefined,
          waitingUntil: undefined,
          error: result.stoppedBy,
          reason: text,
        };
        update(final);
        latest.onFinished?.(final);
      },
      () => {
        // reportRooms never rejects; if a broken client makes it, end the run instead of hanging in "running".
        const current = isCurrent();
        if (run?.id === id) run = undefined;
        if (current) update({ ...progress, status: "error", current: undefined, waitingUntil: undefined, error: "unknown" });
      },
    );
  }

  function stop(): void {
    run?.controller.abort();
    run = undefined;
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
    cancel() {
      run?.controller.abort();
    },
    retryFailed() {
      if (run !== undefined) return;
      // The unreached rooms too: after a cancel or a stop they were never reported.
      const again = [...progress.failed.map((failure) => failure.roomId), ...progress.remaining];
      if (again.length > 0) start(again, progress.reason);
    },
    reset() {
      if (run === undefined) update(IDLE_REPORT_ROOMS);
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

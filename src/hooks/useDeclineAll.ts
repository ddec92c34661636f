/**
 * React state for a bulk decline ("Decline all" in the inbox): the core's `declineAll`
 * does the work; this hook only holds its progress and stops it on cancel or unmount.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { MembershipClient, MembershipErrorCode } from "../core/client/types";
import { declineAll, type DeclineAllFailure, type DeclineAllOptions } from "../core/flows/declineAll";

/** Where a bulk decline stands. `error`: it stopped early because every further request would fail. */
export type DeclineAllStatus = "idle" | "running" | "done" | "cancelled" | "error";

/**
 * Options of {@link useDeclineAll}: the core's tuning knobs (tests and stories pass a fast
 * `sleep`) and callbacks, which only run while the component is mounted.
 */
export interface UseDeclineAllOptions extends Pick<DeclineAllOptions, "sleep" | "maxRetries" | "maxWaitMs"> {
  /** A room was declined (e.g. hide it at once, before the next `/sync` removes it). */
  onRoomDeclined?(roomId: string): void;
  /** The server rate-limited the run, which now waits `waitMs` (e.g. announce the pause). */
  onRateLimited?(waitMs: number): void;
  /** The run ended (done, cancelled or stopped), with its final progress. */
  onFinished?(progress: DeclineAllProgress): void;
}

/** The progress of the latest run. */
export interface DeclineAllProgress {
  /** Where the run stands. */
  status: DeclineAllStatus;
  /** Rooms settled so far (declined or failed). */
  done: number;
  /** Rooms in the run (duplicates counted once). */
  total: number;
  /** Rooms declined so far, in order. */
  declined: readonly string[];
  /** Rooms the server refused. */
  failed: readonly DeclineAllFailure[];
  /** Rooms left unsettled by a cancel or an early stop. */
  remaining: readonly string[];
  /** The room being declined now, while running. */
  current: string | undefined;
  /** While the server's rate limit makes the run wait: when the wait ends (epoch ms). */
  waitingUntil: number | undefined;
  /** For `error`: the code that stopped the run. */
  error: MembershipErrorCode | undefined;
}

/** What {@link useDeclineAll} returns: the progress plus the controls. */
export interface UseDeclineAllResult extends DeclineAllProgress {
  /** Starts declining `roomIds` (ignored while a run is going). */
  start(roomIds: readonly string[], reason?: string): void;
  /** Stops the run: the request in flight is aborted, no further room is started. */
  cancel(): void;
  /** Back to `idle` once a run has ended (ignored while running). */
  reset(): void;
}

const IDLE: DeclineAllProgress = {
  status: "idle",
  done: 0,
  total: 0,
  declined: [],
  failed: [],
  remaining: [],
  current: undefined,
  waitingUntil: undefined,
  error: undefined,
};

/**
 * Runs `declineAll` for the inbox's "Decline all" and exposes its progress. A second
 * `start` while running is ignored; `cancel` and unmounting abort the run, and after
 * unmount no state update happens.
 */
export function useDeclineAll(client: Pick<MembershipClient, "leaveRoom">, options: UseDeclineAllOptions = {}): UseDeclineAllResult {
  const [progress, setProgress] = useState<DeclineAllProgress>(IDLE);
  const runRef = useRef<{ controller: AbortController; id: number } | undefined>(undefined);
  const runningRef = useRef(false);
  const mountedRef = useRef(true);
  const latest = useRef({ client, options });
  useEffect(() => {
    latest.current = { client, options };
  });

  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
      runRef.current?.controller.abort();
      runRef.current = undefined;
      runningRef.current = false;
    };
  }, []);

  const start = useCallback((roomIds: readonly string[], reason?: string) => {
    if (runningRef.current || !mountedRef.current) return;
    const controller = new AbortController();
    const id = (runRef.current?.id ?? 0) + 1;
    runRef.current = { controller, id };
    runningRef.current = true;
    const isCurrent = () => mountedRef.current && runRef.current?.id === id;
    const unique = [...new Set(roomIds)];
    setProgress({ ...IDLE, status: "running", total: unique.length, current: unique[0] });
    const { client: currentClient, options: currentOptions } = latest.current;
    void declineAll(currentClient, unique, {
      sleep: currentOptions.sleep,
      maxRetries: currentOptions.maxRetries,
      maxWaitMs: currentOptions.maxWaitMs,
      reason,
      signal: controller.signal,
      onProgress(done, total, current) {
        if (isCurrent()) setProgress((previous) => ({ ...previous, done, total, current, waitingUntil: undefined }));
      },
      onRoomSettled(roomId, outcome) {
        if (!isCurrent()) return;
        if (outcome.ok) latest.current.options.onRoomDeclined?.(roomId);
        setProgress((previous) =>
          outcome.ok
            ? { ...previous, declined: [...previous.declined, roomId], done: previous.done + 1 }
            : { ...previous, failed: [...previous.failed, { roomId, code: outcome.code }], done: previous.done + 1 },
        );
      },
      onRateLimited(_roomId, waitMs) {
        if (!isCurrent()) return;
        setProgress((previous) => ({ ...previous, waitingUntil: Date.now() + waitMs }));
        latest.current.options.onRateLimited?.(waitMs);
      },
    }).then((result) => {
      if (!isCurrent()) return;
      runningRef.current = false;
      const final: DeclineAllProgress = {
        status: result.stoppedBy ? "error" : result.cancelled ? "cancelled" : "done",
        done: result.declined.length + result.failed.length,
        total: unique.length,
        declined: result.declined,
        failed: result.failed,
        remaining: result.remaining,
        current: undefined,
        waitingUntil: undefined,
        error: result.stoppedBy,
      };
      setProgress(final);
      latest.current.options.onFinished?.(final);
    }, () => {
      // declineAll never rejects; if a broken client makes it, end the run instead of hanging in "running".
      if (!isCurrent()) return;
      runningRef.current = false;
      setProgress((previous) => ({ ...previous, status: "error", current: undefined, waitingUntil: undefined, error: "unknown" }));
    });
  }, []);

  const cancel = useCallback(() => {
    if (runningRef.current) runRef.current?.controller.abort();
  }, []);

  const reset = useCallback(() => {
    if (!runningRef.current) setProgress(IDLE);
  }, []);

  return { ...progress, start, cancel, reset };
}

/**
 * "Decline all" in React: a thin `useSyncExternalStore` adapter over the core's bulk-decline
 * observer (`createDeclineAllRun`), which runs the `declineAll` flow and holds its progress.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import { createDeclineAllRun } from "../core/actions/declineAllRun";
import type { DeclineAllProgress, DeclineAllRunOptions } from "../core/actions/declineAllRun";
import type { MembershipClient } from "../core/client/types";

export type { DeclineAllProgress, DeclineAllStatus } from "../core/actions/declineAllRun";

/**
 * Options of {@link useDeclineAll}: the flow's tuning knobs (tests and stories pass a fast
 * `sleep`), the re-check before every leave, and callbacks, which only run while mounted.
 */
export type UseDeclineAllOptions = DeclineAllRunOptions;

/** What {@link useDeclineAll} returns: the progress plus the controls. */
export interface UseDeclineAllResult extends DeclineAllProgress {
  /** Starts declining `roomIds` (ignored while a run is going). */
  start(roomIds: readonly string[], reason?: string): void;
  /** Stops the run: the request in flight is aborted, no further room is started. */
  cancel(): void;
  /** Runs again for the rooms that failed, with the same reason (ignored while running). */
  retryFailed(): void;
  /** Back to `idle` once a run has ended (ignored while running). */
  reset(): void;
}

/**
 * Runs `declineAll` for the inbox's "Decline all" and exposes its progress. A second
 * `start` while running is ignored; before each leave the room is checked again
 * (`isStillInvited`, and no other action through the same `client` holds it: a room
 * accepted meanwhile is skipped, never left); `cancel` and unmounting abort the run, and
 * after unmount no state update and no callback happens.
 */
export function useDeclineAll(client: Pick<MembershipClient, "leaveRoom">, options: UseDeclineAllOptions = {}): UseDeclineAllResult {
  const [run] = useState(() => createDeclineAllRun(client, options));
  useEffect(() => {
    run.setClient(client);
    run.setOptions(options);
  });
  const progress = useSyncExternalStore(run.subscribe, run.getSnapshot, run.getSnapshot);
  return { ...progress, start: run.start, cancel: run.cancel, retryFailed: run.retryFailed, reset: run.reset };
}

/**
 * "Block @x" in React: a thin `useSyncExternalStore` adapter over the core's block-and-clear
 * observer (`createBlockAndClearRun`), which runs the `blockAndClear` flow and holds its progress.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import { createBlockAndClearRun } from "../core/actions/blockAndClearRun";
import type { BlockAndClearProgress, BlockAndClearRequest, BlockAndClearRunOptions } from "../core/actions/blockAndClearRun";
import type { BlockAndClearClient, BlockAndClearStore } from "../core/flows/blockAndClear";

export type { BlockAndClearProgress, BlockAndClearRequest, BlockAndClearStatus } from "../core/actions/blockAndClearRun";

/** Options of {@link useBlockAndClear}: the flow's tuning knobs and callbacks, which only run while mounted. */
export type UseBlockAndClearOptions = BlockAndClearRunOptions;

/** What {@link useBlockAndClear} returns: the progress plus the controls. */
export interface UseBlockAndClearResult extends BlockAndClearProgress {
  /** Blocks the user (or users) and clears their invites (ignored while a run is going, or for an invalid user ID). */
  start(request: BlockAndClearRequest): void;
  /** Declines the invites hidden because their senders are blocked ("3 hidden invites from people you ignore"). */
  clearBlocked(): void;
  /** Stops the run: the request in flight is aborted; the ignore and report already done stay. */
  cancel(): void;
  /** Runs again for the same users when an ignore, a report or a decline failed (ignored while running). */
  retryFailed(): void;
  /** Back to `idle` once a run has ended (ignored while running). */
  reset(): void;
}

/**
 * Runs `blockAndClear` for "Block @x" and exposes its progress: the step (ignore, report,
 * decline), a result per user and per invite, and the rate-limit pause. A second `start`
 * while running is ignored; rooms are held in the action runner of `client` while their
 * leave is in flight (a row's Accept is refused meanwhile); `cancel` and unmounting abort the
 * run, and after unmount no state update and no callback happens.
 */
export function useBlockAndClear(client: BlockAndClearClient, store: BlockAndClearStore, options: UseBlockAndClearOptions = {}): UseBlockAndClearResult {
  const [run] = useState(() => createBlockAndClearRun(client, store, options));
  useEffect(() => {
    run.setClient(client);
    run.setStore(store);
    run.setOptions(options);
  });
  const progress = useSyncExternalStore(run.subscribe, run.getSnapshot, run.getSnapshot);
  return { ...progress, start: run.start, clearBlocked: run.clearBlocked, cancel: run.cancel, retryFailed: run.retryFailed, reset: run.reset };
}

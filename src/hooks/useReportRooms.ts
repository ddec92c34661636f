/**
 * Reporting many rooms in React: a thin `useSyncExternalStore` adapter over the core's
 * bulk-report observer (`createReportRoomsRun`), which runs the `reportRooms` flow.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import { createReportRoomsRun } from "../core/actions/reportRoomsRun";
import type { ReportRoomsProgress, ReportRoomsRunOptions } from "../core/actions/reportRoomsRun";
import type { MembershipClient } from "../core/client/types";

export type { ReportRoomsProgress, ReportRoomsStatus } from "../core/actions/reportRoomsRun";
export type { ReportRoomFailure, ReportRoomsStop } from "../core/flows/reportRooms";

/** Options of {@link useReportRooms}: the flow's tuning (tests pass a fast `sleep`) and callbacks, which only run while mounted. */
export type UseReportRoomsOptions = ReportRoomsRunOptions;

/** What {@link useReportRooms} returns: the progress plus the controls. */
export interface UseReportRoomsResult extends ReportRoomsProgress {
  /** Reports `roomIds` to the homeserver with `reason` (ignored while a run is going). */
  start(roomIds: readonly string[], reason: string): void;
  /** Stops the run: the request in flight is aborted, no further room is started. */
  cancel(): void;
  /** Reports again the rooms that failed or were not reached, with the same reason. */
  retryFailed(): void;
  /** Back to `idle` once a run has ended. */
  reset(): void;
}

/**
 * Reports rooms one `POST /rooms/{roomId}/report` at a time (spec v1.13), waiting out the
 * server's rate limit, with a result per room. Nothing is declined: the invites stay pending.
 * `cancel` and unmounting abort the run; after unmount no state update and no callback happens.
 */
export function useReportRooms(client: Pick<MembershipClient, "reportRoom">, options: UseReportRoomsOptions = {}): UseReportRoomsResult {
  const [run] = useState(() => createReportRoomsRun(client, options));
  useEffect(() => {
    run.setClient(client);
    run.setOptions(options);
  });
  const progress = useSyncExternalStore(run.subscribe, run.getSnapshot, run.getSnapshot);
  return { ...progress, start: run.start, cancel: run.cancel, retryFailed: run.retryFailed, reset: run.reset };
}

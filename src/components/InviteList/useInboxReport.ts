/**
 * Report on the inbox's selection: the confirmation being asked, the run (`useReportRooms`),
 * its announcements, the reported rooms that are still pending (to offer declining them), and
 * where focus goes when the panel closes.
 */
import { useEffect, useRef, useState } from "react";
import type { ReportRoomsProgress } from "../../core/actions/reportRoomsRun";
import type { MembershipClient } from "../../core/client/types";
import { useReportRooms, type UseReportRoomsOptions, type UseReportRoomsResult } from "../../hooks/useReportRooms";
import { formatWait } from "../../i18n/duration";
import type { I18n } from "../../i18n/types";

/** Options of {@link useInboxReport}. */
export interface InboxReportOptions {
  /** Sends the reports. */
  client: Pick<MembershipClient, "reportRoom">;
  /** Whether a room is still a pending invite in the list. */
  isStillInvited(roomId: string): boolean;
  /** The translator, for announcements. */
  i18n: I18n;
  /** Queues a live-region announcement. */
  announce(text: string): void;
  /** The selection bar's Report button, where focus returns when the panel closes. */
  findTrigger(): HTMLElement | null;
  /** Where focus goes when that button is gone. */
  fallbackFocus(): HTMLElement | null;
  /** Tuning for the run (tests and stories). */
  tuning?: Pick<UseReportRoomsOptions, "sleep" | "maxRetries" | "maxWaitMs">;
}

/** What {@link useInboxReport} returns. */
export interface InboxReport {
  /** The rooms asked to be reported, while the confirmation shows. */
  request: readonly string[] | undefined;
  /** The run's progress and controls. */
  run: UseReportRoomsResult;
  /** Whether a run is going (other bulk actions wait). */
  running: boolean;
  /** The reported rooms still pending as invites. */
  declinable: readonly string[];
  /** "Report" pressed: ask first (nothing while a run goes or for no room). */
  ask(roomIds: readonly string[]): void;
  /** Confirmed: report with this reason. */
  confirm(reason: string): void;
  /** Not confirmed: close, focus back on Report. */
  cancelRequest(): void;
  /** Result read: close, focus back on Report. */
  dismiss(): void;
  /** The result closes without moving focus (another panel takes over). */
  close(): void;
}

/** Report on the inbox's selection; see the module documentation. */
export function useInboxReport(options: InboxReportOptions): InboxReport {
  const { i18n, announce } = options;
  const [request, setRequest] = useState<readonly string[] | undefined>(undefined);
  const run = useReportRooms(options.client, {
    ...options.tuning,
    onRateLimited: (waitMs) => announce(i18n.t("inbox.decline_all_waiting", { when: formatWait(i18n, Math.max(1000, waitMs)) })),
    onFinished: (progress) => announce(describeResult(progress, i18n)),
  });

  // Focus moves once the panel is gone, after the render that removed it.
  const focusAfterClose = useRef(false);
  const closed = run.status === "idle" && request === undefined;
  useEffect(() => {
    if (!focusAfterClose.current || !closed) return;
    focusAfterClose.current = false;
    (options.findTrigger() ?? options.fallbackFocus())?.focus();
  });

  function close(moveFocus: boolean) {
    focusAfterClose.current = moveFocus;
    setRequest(undefined);
    run.reset();
  }

  return {
    request: run.status === "idle" ? request : undefined,
    run,
    running: run.status === "running",
    declinable: run.status === "running" ? [] : run.reported.filter((roomId) => options.isStillInvited(roomId)),
    ask(roomIds) {
      if (run.status === "running" || roomIds.length === 0) return;
      if (run.status !== "idle") run.reset();
      setRequest(roomIds);
    },
    confirm(reason) {
      if (!request) return;
      announce(i18n.plural("triage.report.started", new Set(request).size));
      run.start(request, reason);
      setRequest(undefined);
    },
    cancelRequest: () => close(true),
    dismiss: () => close(true),
    close: () => close(false),
  };
}

/** The end of a run in one sentence or two, for the live region. */
function describeResult(progress: ReportRoomsProgress, i18n: I18n): string {
  const reported = progress.reported.length;
  const head =
    progress.status === "cancelled"
      ? i18n.t("triage.report.cancelled", { done: i18n.formatNumber(reported), total: i18n.formatNumber(progress.total) })
      : i18n.plural("triage.report.done", reported);
  if (progress.error === "unsupported") return `${head} ${i18n.t("triage.report.unsupported")}`;
  return progress.failed.length > 0 ? `${head} ${i18n.plural("triage.report.failed", progress.failed.length)}` : head;
}

import { useId, useState } from "react";
import type { UseBlockAndClearResult } from "../../hooks/useBlockAndClear";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enInbox } from "../../i18n/english";
import { BulkResults } from "./BulkResults";
import { BulkRunPanel } from "./BulkRunPanel";
import "./Triage.css";

/** An "Ignore" (block and clear) waiting for the user's confirmation. */
export interface BlockRequest {
  /** The users to block. */
  userIds: readonly string[];
  /** How to name them in the sentences (a display name with the user ID, or the user IDs). */
  label: string;
}

/** Props of {@link BlockPanel}. */
export interface BlockPanelProps {
  /** Set while asking for confirmation. */
  request: BlockRequest | undefined;
  /** The block-and-clear run (`useBlockAndClear`). */
  run: UseBlockAndClearResult;
  /** Names the people of the run's result (by user ID). */
  nameOfUser(userId: string): string;
  /** A room's name as text, for the result of each invite. */
  nameOfRoom(roomId: string): string;
  /** Confirmed: start, reporting too when asked. */
  onConfirm(report: { reason: string } | undefined): void;
  /** Not confirmed. */
  onCancelRequest(): void;
  /** The result was read. */
  onDismiss(): void;
}

/**
 * Block and clear in the inbox: the confirmation (with "Also report them" and a reason), the
 * progress (ignore, report, then "Declining 3 of 12…" with a Stop button and the rate-limit
 * countdown), then the result: a line per person whose ignore or report did not simply work,
 * the invites that could not be declined, the result of each invite, and retry. The shared
 * {@link BulkRunPanel} moves focus as it changes phase, and Escape cancels the confirmation.
 */
export function BlockPanel({ request, run, nameOfUser, nameOfRoom, onConfirm, onCancelRequest, onDismiss }: BlockPanelProps) {
  const i18n = useI18n(enInbox);
  const reasonId = useId();
  const [report, setReport] = useState(false);
  const [reason, setReason] = useState("");
  return (
    <BulkRunPanel
      panel="block"
      request={request}
      run={run}
      onCancelRequest={onCancelRequest}
      onDismiss={onDismiss}
      confirm={({ label }) => ({
        title: i18n.t("inbox.block.confirm_title", { name: label }),
        body: i18n.t("inbox.block.confirm_body"),
        fields: (
          <>
            <label className="mmui-invite-list__select-all">
              <input type="checkbox" checked={report} onChange={(event) => setReport(event.target.checked)} />
              {i18n.t("inbox.block.report_option")}
            </label>
            {report ? (
              <>
                <label htmlFor={reasonId}>{i18n.t("inbox.block.report_reason_label")}</label>
                <input id={reasonId} className="mmui-text-field" value={reason} onChange={(event) => setReason(event.target.value)} />
              </>
            ) : null}
          </>
        ),
        confirmLabel: i18n.t("inbox.block.confirm"),
        confirmVariant: "danger",
        onConfirm: () => onConfirm(report ? { reason: reason.trim() } : undefined),
      })}
      progress={() => {
        const current = run.current === undefined ? "" : nameOfUser(run.current);
        return {
          title:
            run.step === "ignore"
              ? i18n.t("inbox.block.progress_ignore", { name: current })
              : run.step === "report"
                ? i18n.t("inbox.block.progress_report", { name: current })
                : i18n.t("inbox.block.progress_decline", { done: i18n.formatNumber(run.done), total: i18n.formatNumber(run.total) }),
          progressLabel: i18n.t("inbox.block.progress_label"),
          stopLabel: i18n.t("inbox.block.cancel"),
          waiting: (secondsLeft) => i18n.plural("inbox.block.waiting", secondsLeft),
        };
      }}
      result={() => ({
        title:
          run.status === "cancelled"
            ? i18n.t("inbox.block.cancelled", { done: i18n.formatNumber(run.declined.length), total: i18n.formatNumber(run.total) })
            : i18n.plural("inbox.block.done", run.declined.length),
        lines: run.users.flatMap((user) => {
          const name = nameOfUser(user.userId);
          const lines: string[] = [];
          if (user.ignore.status === "failed") lines.push(i18n.t("inbox.block.ignore_failed", { name }));
          if (user.report.status === "done") lines.push(i18n.t("inbox.block.report_sent", { name }));
          if (user.report.status === "unsupported") lines.push(i18n.t("inbox.block.report_unsupported", { name }));
          if (user.report.status === "failed") lines.push(i18n.t("inbox.block.report_failed", { name }));
          return lines;
        }),
        danger:
          run.failed.length > 0 || run.error ? (
            <>
              {run.failed.length > 0 ? `${i18n.plural("inbox.block.failed", run.failed.length)} ` : ""}
              {getErrorMessage(i18n, run.error ?? run.failed[run.failed.length - 1]?.code ?? "unknown")}
            </>
          ) : undefined,
        details: <BulkResults succeeded={run.declined} failed={run.failed} skipped={run.skipped} remaining={run.remaining} nameOf={nameOfRoom} />,
        retry:
          run.status !== "error" && (run.failed.length > 0 || run.users.some((user) => user.ignore.status === "failed" || user.report.status === "failed"))
            ? { label: i18n.t("inbox.block.retry_failed"), onRetry: run.retryFailed }
            : undefined,
      })}
    />
  );
}

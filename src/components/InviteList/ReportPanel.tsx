import { useRef, useState } from "react";
import type { UseReportRoomsResult } from "../../hooks/useReportRooms";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enInbox, enTriage } from "../../i18n/english";
import { Button } from "../shared/Button";
import { ReasonField } from "../shared/ReasonField";
import { BulkResults } from "./BulkResults";
import { BulkRunPanel } from "./BulkRunPanel";
import "./Triage.css";

/** The longest report reason the panel takes (the decline dialog's cap). */
const MAX_REPORT_REASON_LENGTH = 500;

/** Props of {@link ReportPanel}. */
export interface ReportPanelProps {
  /** The rooms to report, while asking for confirmation. */
  request: readonly string[] | undefined;
  /** The report run (`useReportRooms`). */
  run: UseReportRoomsResult;
  /** How many of the reported rooms are still pending invites (offered "Decline" when some are). */
  declinable: number;
  /** A room's name as text, for the result of each room. */
  nameOfRoom(roomId: string): string;
  /** Confirmed: report with this reason (trimmed, may be empty). */
  onConfirm(reason: string): void;
  /** Not confirmed. */
  onCancelRequest(): void;
  /** Decline the reported invites still pending (the selection's Decline over them). */
  onDeclineReported(): void;
  /** The result was read. */
  onDismiss(): void;
}

/**
 * Report on a selection: the confirmation (who gets the report, that nothing is declined, an
 * optional reason), the progress ("Reporting 3 of 12…" with Stop and the rate-limit wait),
 * then the result: how many were reported, what failed and why, the result of each room,
 * "Try the rest again", and "Decline the N reported invites". The shared {@link BulkRunPanel}
 * moves focus as it changes phase (to the reason first), and Escape cancels the confirmation.
 */
export function ReportPanel({ request, run, declinable, nameOfRoom, onConfirm, onCancelRequest, onDeclineReported, onDismiss }: ReportPanelProps) {
  const i18n = useI18n(enTriage, enInbox);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState("");
  return (
    <BulkRunPanel
      panel="report"
      request={request}
      run={run}
      confirmFocusRef={reasonRef}
      onCancelRequest={() => {
        setReason("");
        onCancelRequest();
      }}
      onDismiss={onDismiss}
      confirm={(rooms) => ({
        title: i18n.plural("triage.report.confirm_title", rooms.length),
        body: i18n.t("triage.report.confirm_body"),
        fields: (
          <ReasonField
            label={i18n.t("triage.report.reason_label")}
            value={reason}
            onChange={setReason}
            maxLength={MAX_REPORT_REASON_LENGTH}
            textareaRef={reasonRef}
          />
        ),
        confirmLabel: i18n.plural("triage.report.confirm", rooms.length),
        onConfirm: () => {
          setReason("");
          onConfirm(reason.trim());
        },
      })}
      progress={() => ({
        title: i18n.t("triage.report.progress", { done: i18n.formatNumber(run.done), total: i18n.formatNumber(run.total) }),
        progressLabel: i18n.t("triage.report.progress_label"),
        stopLabel: i18n.t("triage.report.cancel"),
      })}
      result={() => ({
        title:
          run.status === "cancelled"
            ? i18n.t("triage.report.cancelled", { done: i18n.formatNumber(run.reported.length), total: i18n.formatNumber(run.total) })
            : i18n.plural("triage.report.done", run.reported.length),
        danger:
          run.error === "unsupported"
            ? i18n.t("triage.report.unsupported")
            : run.failed.length > 0 || run.error
              ? `${run.failed.length > 0 ? `${i18n.plural("triage.report.failed", run.failed.length)} ` : ""}${getErrorMessage(
                  i18n,
                  run.error ?? run.failed[run.failed.length - 1]?.code ?? "unknown",
                )}`
              : undefined,
        details: <BulkResults action="report" succeeded={run.reported} failed={run.failed} remaining={run.remaining} nameOf={nameOfRoom} />,
        actions:
          declinable > 0 ? (
            <Button size="small" variant="danger-outline" onClick={onDeclineReported}>
              {i18n.plural("triage.report.decline", declinable)}
            </Button>
          ) : null,
        retry:
          run.error !== "unsupported" && run.error !== "unauthorized" && run.error !== "suspended" && run.failed.length + run.remaining.length > 0
            ? { label: i18n.t("triage.report.retry"), onRetry: run.retryFailed }
            : undefined,
      })}
    />
  );
}

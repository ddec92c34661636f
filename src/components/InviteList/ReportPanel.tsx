import { useEffect, useId, useRef, useState } from "react";
import type { UseReportRoomsResult } from "../../hooks/useReportRooms";
import { useCountdown } from "../../hooks/useCountdown";
import { formatWait } from "../../i18n/duration";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enInbox, enTriage } from "../../i18n/english";
import { Button } from "../shared/Button";
import { ReasonField } from "../shared/ReasonField";
import { BulkResults } from "./BulkResults";
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
 * "Try the rest again", and "Decline the N reported invites". Focus moves to the panel's main
 * control as it changes phase, unless the user has gone elsewhere; Escape cancels the confirmation.
 */
export function ReportPanel({ request, run, declinable, nameOfRoom, onConfirm, onCancelRequest, onDeclineReported, onDismiss }: ReportPanelProps) {
  const i18n = useI18n(enTriage, enInbox, enCommon);
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const focusRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState("");
  const secondsLeft = useCountdown(run.waitingUntil);
  const phase = run.status === "idle" ? (request ? "confirm" : "none") : run.status === "running" ? "running" : "result";

  useEffect(() => {
    if (phase === "none") return;
    const active = document.activeElement;
    const panel = panelRef.current;
    const focusIsFree = !active || active === document.body || (panel !== null && panel.contains(active)) || phase === "confirm";
    if (!focusIsFree) return;
    if (phase === "confirm") reasonRef.current?.focus();
    else focusRef.current?.focus();
  }, [phase]);

  if (phase === "none") return null;

  if (phase === "confirm" && request) {
    const count = request.length;
    return (
      // Escape cancels, as it would close a dialog.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
      <div
        ref={panelRef}
        className="mmui-invite-list__panel"
        data-state="confirm"
        data-panel="report"
        role="group"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key !== "Escape" || event.defaultPrevented) return;
          event.preventDefault();
          setReason("");
          onCancelRequest();
        }}
      >
        <p id={titleId} className="mmui-invite-list__panel-title">
          {i18n.plural("triage.report.confirm_title", count)}
        </p>
        <p className="mmui-invite-list__panel-body">{i18n.t("triage.report.confirm_body")}</p>
        <ReasonField
          label={i18n.t("triage.report.reason_label")}
          value={reason}
          onChange={setReason}
          maxLength={MAX_REPORT_REASON_LENGTH}
          textareaRef={reasonRef}
        />
        <div className="mmui-invite-list__panel-actions">
          <Button size="small" variant="danger-outline" onClick={() => {
              setReason("");
              onConfirm(reason.trim());
            }}>
            {i18n.plural("triage.report.confirm", count)}
          </Button>
          <Button
            ref={focusRef}
            size="small"
            onClick={() => {
              setReason("");
              onCancelRequest();
            }}
          >
            {i18n.t("common.cancel")}
          </Button>
        </div>
      </div>
    );
  }

  if (phase === "running") {
    return (
      <div ref={panelRef} className="mmui-invite-list__panel" data-state="running" data-panel="report" role="group" aria-labelledby={titleId}>
        <p id={titleId} className="mmui-invite-list__panel-title">
          {i18n.t("triage.report.progress", { done: i18n.formatNumber(run.done), total: i18n.formatNumber(run.total) })}
        </p>
        <progress className="mmui-invite-list__progress" value={run.done} max={Math.max(run.total, 1)} aria-label={i18n.t("triage.report.progress_label")} />
        {secondsLeft > 0 ? <p className="mmui-invite-list__panel-body">{i18n.t("inbox.decline_all_waiting", { when: formatWait(i18n, secondsLeft * 1000) })}</p> : null}
        <div className="mmui-invite-list__panel-actions">
          <Button ref={focusRef} size="small" onClick={run.cancel}>
            {i18n.t("triage.report.cancel")}
          </Button>
        </div>
      </div>
    );
  }

  const reported = run.reported.length;
  const problem =
    run.error === "unsupported"
      ? i18n.t("triage.report.unsupported")
      : run.failed.length > 0 || run.error
        ? `${run.failed.length > 0 ? `${i18n.plural("triage.report.failed", run.failed.length)} ` : ""}${getErrorMessage(
            i18n,
            run.error ?? run.failed[run.failed.length - 1]?.code ?? "unknown",
          )}`
        : undefined;
  const canRetry = run.error !== "unsupported" && run.error !== "unauthorized" && run.error !== "suspended" && run.failed.length + run.remaining.length > 0;
  return (
    <div ref={panelRef} className="mmui-invite-list__panel" data-state={run.status} data-panel="report" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="mmui-invite-list__panel-title">
        {run.status === "cancelled"
          ? i18n.t("triage.report.cancelled", { done: i18n.formatNumber(reported), total: i18n.formatNumber(run.total) })
          : i18n.plural("triage.report.done", reported)}
      </p>
      {problem ? (
        <p className="mmui-invite-list__panel-body" data-tone="danger">
          {problem}
        </p>
      ) : null}
      <BulkResults action="report" succeeded={run.reported} failed={run.failed} remaining={run.remaining} nameOf={nameOfRoom} />
      <div className="mmui-invite-list__panel-actions">
        {declinable > 0 ? (
          <Button size="small" variant="danger-outline" onClick={onDeclineReported}>
            {i18n.plural("triage.report.decline", declinable)}
          </Button>
        ) : null}
        {canRetry ? (
          <Button size="small" onClick={run.retryFailed}>
            {i18n.t("triage.report.retry")}
          </Button>
        ) : null}
        <Button ref={focusRef} size="small" onClick={onDismiss}>
          {i18n.t("common.dismiss")}
        </Button>
      </div>
    </div>
  );
}

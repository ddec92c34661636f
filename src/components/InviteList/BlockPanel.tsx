import { useEffect, useId, useRef, useState } from "react";
import type { UseBlockAndClearResult } from "../../hooks/useBlockAndClear";
import { useCountdown } from "../../hooks/useCountdown";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enInbox } from "../../i18n/english";
import { Button } from "../shared/Button";
import { BulkResults } from "./BulkResults";
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
 * the invites that could not be declined, the result of each invite, and retry. Focus moves to
 * the panel's main control as it changes phase, unless the user has gone elsewhere.
 */
export function BlockPanel({ request, run, nameOfUser, nameOfRoom, onConfirm, onCancelRequest, onDismiss }: BlockPanelProps) {
  const i18n = useI18n(enInbox, enCommon);
  const titleId = useId();
  const reasonId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const focusRef = useRef<HTMLButtonElement>(null);
  const [report, setReport] = useState(false);
  const [reason, setReason] = useState("");
  const secondsLeft = useCountdown(run.waitingUntil);
  const phase = run.status === "idle" ? (request ? "confirm" : "none") : run.status === "running" ? "running" : "result";

  useEffect(() => {
    if (phase === "none") return;
    const active = document.activeElement;
    const panel = panelRef.current;
    const focusIsFree = !active || active === document.body || (panel !== null && panel.contains(active)) || phase === "confirm";
    if (focusIsFree) focusRef.current?.focus();
  }, [phase]);

  if (phase === "none") return null;

  if (phase === "confirm" && request) {
    return (
      <div ref={panelRef} className="mmui-invite-list__panel" data-state="confirm" data-panel="block" role="group" aria-labelledby={titleId}>
        <p id={titleId} className="mmui-invite-list__panel-title">
          {i18n.t("inbox.block.confirm_title", { name: request.label })}
        </p>
        <p className="mmui-invite-list__panel-body">{i18n.t("inbox.block.confirm_body")}</p>
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
        <div className="mmui-invite-list__panel-actions">
          <Button size="small" variant="danger" onClick={() => onConfirm(report ? { reason: reason.trim() } : undefined)}>
            {i18n.t("inbox.block.confirm")}
          </Button>
          <Button ref={focusRef} size="small" onClick={onCancelRequest}>
            {i18n.t("common.cancel")}
          </Button>
        </div>
      </div>
    );
  }

  if (phase === "running") {
    const current = run.current === undefined ? "" : nameOfUser(run.current);
    const title =
      run.step === "ignore"
        ? i18n.t("inbox.block.progress_ignore", { name: current })
        : run.step === "report"
          ? i18n.t("inbox.block.progress_report", { name: current })
          : i18n.t("inbox.block.progress_decline", { done: i18n.formatNumber(run.done), total: i18n.formatNumber(run.total) });
    return (
      <div ref={panelRef} className="mmui-invite-list__panel" data-state="running" data-panel="block" role="group" aria-labelledby={titleId}>
        <p id={titleId} className="mmui-invite-list__panel-title">
          {title}
        </p>
        <progress
          className="mmui-invite-list__progress"
          value={run.done}
          max={Math.max(run.total, 1)}
          aria-label={i18n.t("inbox.block.progress_label")}
        />
        {secondsLeft > 0 ? <p className="mmui-invite-list__panel-body">{i18n.plural("inbox.block.waiting", secondsLeft)}</p> : null}
        <div className="mmui-invite-list__panel-actions">
          <Button ref={focusRef} size="small" onClick={run.cancel}>
            {i18n.t("inbox.block.cancel")}
          </Button>
        </div>
      </div>
    );
  }

  const problems = run.users.flatMap((user) => {
    const name = nameOfUser(user.userId);
    const lines: string[] = [];
    if (user.ignore.status === "failed") lines.push(i18n.t("inbox.block.ignore_failed", { name }));
    if (user.report.status === "done") lines.push(i18n.t("inbox.block.report_sent", { name }));
    if (user.report.status === "unsupported") lines.push(i18n.t("inbox.block.report_unsupported", { name }));
    if (user.report.status === "failed") lines.push(i18n.t("inbox.block.report_failed", { name }));
    return lines;
  });
  const canRetry = run.status !== "error" && (run.failed.length > 0 || run.users.some((user) => user.ignore.status === "failed" || user.report.status === "failed"));
  return (
    <div ref={panelRef} className="mmui-invite-list__panel" data-state={run.status} data-panel="block" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="mmui-invite-list__panel-title">
        {run.status === "cancelled"
          ? i18n.t("inbox.block.cancelled", { done: i18n.formatNumber(run.declined.length), total: i18n.formatNumber(run.total) })
          : i18n.plural("inbox.block.done", run.declined.length)}
      </p>
      {problems.map((line) => (
        <p key={line} className="mmui-invite-list__panel-body">
          {line}
        </p>
      ))}
      {run.failed.length > 0 || run.error ? (
        <p className="mmui-invite-list__panel-body" data-tone="danger">
          {run.failed.length > 0 ? `${i18n.plural("inbox.block.failed", run.failed.length)} ` : ""}
          {getErrorMessage(i18n, run.error ?? run.failed[run.failed.length - 1]?.code ?? "unknown")}
        </p>
      ) : null}
      <BulkResults succeeded={run.declined} failed={run.failed} skipped={run.skipped} remaining={run.remaining} nameOf={nameOfRoom} />
      <div className="mmui-invite-list__panel-actions">
        {canRetry ? (
          <Button size="small" onClick={run.retryFailed}>
            {i18n.t("inbox.block.retry_failed")}
          </Button>
        ) : null}
        <Button ref={focusRef} size="small" onClick={onDismiss}>
          {i18n.t("common.dismiss")}
        </Button>
      </div>
    </div>
  );
}

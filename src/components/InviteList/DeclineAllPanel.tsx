import { useEffect, useId, useRef } from "react";
import type { UseDeclineAllResult } from "../../hooks/useDeclineAll";
import { useCountdown } from "../../hooks/useCountdown";
import { formatWait } from "../../i18n/duration";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enInbox } from "../../i18n/english";
import { Button } from "../shared/Button";

/** A pending "Decline all" waiting for the user's confirmation. */
export interface DeclineAllRequest {
  /** The group's name, in words. */
  groupName: string;
  /** The rooms as shown when the button was pressed (the filter applies). */
  roomIds: readonly string[];
}

/** Props of {@link DeclineAllPanel}. */
export interface DeclineAllPanelProps {
  /** Set while asking for confirmation. */
  request: DeclineAllRequest | undefined;
  /** The bulk decline's progress and controls. */
  run: UseDeclineAllResult;
  /** Confirmed: start declining. */
  onConfirm(): void;
  /** Not confirmed. */
  onCancelRequest(): void;
  /** The result was read: hide the panel. */
  onDismiss(): void;
  /** Retry the rooms that failed. */
  onRetryFailed(): void;
}

/**
 * The bulk-decline panel above the list: the confirmation, then the progress ("Declining
 * 12 of 40…" with a `<progress>` and a Stop button, a countdown while the server's rate
 * limit makes it wait), then the result. Focus moves to the panel's main control when it
 * changes phase, unless the user has gone elsewhere.
 */
export function DeclineAllPanel({ request, run, onConfirm, onCancelRequest, onDismiss, onRetryFailed }: DeclineAllPanelProps) {
  const i18n = useI18n(enInbox, enCommon);
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const focusRef = useRef<HTMLButtonElement>(null);
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
    const count = request.roomIds.length;
    return (
      // Escape cancels, as it would close a dialog.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
      <div
        ref={panelRef}
        className="mmui-invite-list__panel"
        data-state="confirm"
        role="group"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key !== "Escape" || event.defaultPrevented) return;
          event.preventDefault();
          onCancelRequest();
        }}
      >
        <p id={titleId} className="mmui-invite-list__panel-title">
          {i18n.plural("inbox.decline_all_confirm_title", count, { group: request.groupName })}
        </p>
        <p className="mmui-invite-list__panel-body">{i18n.t("inbox.decline_all_confirm_body")}</p>
        <div className="mmui-invite-list__panel-actions">
          <Button size="small" variant="danger-outline" onClick={onConfirm}>
            {i18n.plural("inbox.decline_all_confirm", count)}
          </Button>
          <Button ref={focusRef} size="small" onClick={onCancelRequest}>
            {i18n.t("common.cancel")}
          </Button>
        </div>
      </div>
    );
  }

  if (phase === "running") {
    return (
      <div ref={panelRef} className="mmui-invite-list__panel" data-state="running" role="group" aria-labelledby={titleId}>
        <p id={titleId} className="mmui-invite-list__panel-title">
          {i18n.t("inbox.decline_all_progress", { done: i18n.formatNumber(run.done), total: i18n.formatNumber(run.total) })}
        </p>
        <progress
          className="mmui-invite-list__progress"
          value={run.done}
          max={Math.max(run.total, 1)}
          aria-label={i18n.t("inbox.decline_all_progress_label")}
        />
        {secondsLeft > 0 ? <p className="mmui-invite-list__panel-body">{i18n.t("inbox.decline_all_waiting", { when: formatWait(i18n, secondsLeft * 1000) })}</p> : null}
        <div className="mmui-invite-list__panel-actions">
          <Button ref={focusRef} size="small" onClick={run.cancel}>
            {i18n.t("inbox.decline_all_cancel")}
          </Button>
        </div>
      </div>
    );
  }

  const declined = run.declined.length;
  return (
    <div ref={panelRef} className="mmui-invite-list__panel" data-state={run.status} role="group" aria-labelledby={titleId}>
      <p id={titleId} className="mmui-invite-list__panel-title">
        {run.status === "cancelled"
          ? i18n.t("inbox.decline_all_cancelled", { done: i18n.formatNumber(declined), total: i18n.formatNumber(run.total) })
          : i18n.plural("inbox.decline_all_done", declined)}
      </p>
      {run.failed.length > 0 ? (
        <p className="mmui-invite-list__panel-body" data-tone="danger">
          {i18n.plural("inbox.decline_all_failed", run.failed.length)}{" "}
          {getErrorMessage(i18n, run.error ?? run.failed[run.failed.length - 1]?.code ?? "unknown")}
        </p>
      ) : null}
      <div className="mmui-invite-list__panel-actions">
        {run.failed.length > 0 && run.status !== "error" ? (
          <Button size="small" onClick={onRetryFailed}>
            {i18n.t("inbox.decline_all_retry_failed")}
          </Button>
        ) : null}
        <Button ref={focusRef} size="small" onClick={onDismiss}>
          {i18n.t("common.dismiss")}
        </Button>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef } from "react";
import type { ReactNode, RefObject } from "react";
import { useCountdown } from "../../hooks/useCountdown";
import { formatWait } from "../../i18n/duration";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enInbox } from "../../i18n/english";
import { Button } from "../shared/Button";

/** What the shell reads of a bulk run (`useDeclineAll`, `useBlockAndClear`, `useReportRooms`). */
export interface BulkRunState {
  /** Where the run is: idle (nothing, or the confirmation), running, or its end. */
  status: "idle" | "running" | "done" | "cancelled" | "error";
  /** Rooms settled so far. */
  done: number;
  /** Rooms in the run. */
  total: number;
  /** When the server's rate limit lets the run go on (ms since the epoch), while it waits. */
  waitingUntil: number | undefined;
  /** Stops the run. */
  cancel(): void;
}

/** The confirmation's words and its own fields. */
export interface BulkRunConfirm {
  /** The question, which names the panel. */
  title: ReactNode;
  /** What will happen, under the question. */
  body: ReactNode;
  /** Fields of the panel's own (a reason, "Also report them"), before the buttons. */
  fields?: ReactNode;
  /** The confirming button's words. */
  confirmLabel: ReactNode;
  /** The confirming button's look (default `danger-outline`). */
  confirmVariant?: "danger" | "danger-outline";
  /** Confirmed. */
  onConfirm(): void;
}

/** The progress's words. */
export interface BulkRunProgress {
  /** What the run is doing ("Declining 3 of 12…"), which names the panel. */
  title: ReactNode;
  /** The `<progress>` bar's accessible name. */
  progressLabel: string;
  /** The Stop button's words. */
  stopLabel: ReactNode;
  /** The rate-limit wait in words (default: "inbox.decline_all_waiting" with the wait). */
  waiting?(secondsLeft: number): ReactNode;
}

/** The result's words and actions. */
export interface BulkRunResult {
  /** What was done, which names the panel. */
  title: ReactNode;
  /** Lines of the panel's own, under the title (one paragraph each). */
  lines?: readonly string[];
  /** What went wrong, shown as the danger line when given. */
  danger?: ReactNode;
  /** The result of each room (`BulkResults`), under the danger line. */
  details?: ReactNode;
  /** Buttons before retry (e.g. "Decline the reported invites"). */
  actions?: ReactNode;
  /** "Try again" for what failed, offered when given. */
  retry?: { label: ReactNode; onRetry(): void };
}

/** Props of {@link BulkRunPanel}. */
export interface BulkRunPanelProps<Request> {
  /** Which run the panel shows (`data-panel`; none for "Decline all"). */
  panel?: "block" | "report";
  /** Set while asking for confirmation. */
  request: Request | undefined;
  /** The run's progress and Stop. */
  run: BulkRunState;
  /** Where focus goes when the confirmation shows (default: Cancel). */
  confirmFocusRef?: RefObject<HTMLElement | null>;
  /** The confirmation for this request. */
  confirm(request: Request): BulkRunConfirm;
  /** The progress while it runs. */
  progress(): BulkRunProgress;
  /** The result once it ended. */
  result(): BulkRunResult;
  /** Not confirmed (Cancel or Escape). */
  onCancelRequest(): void;
  /** The result was read. */
  onDismiss(): void;
}

/**
 * The shell of the inbox's bulk-run panels ("Decline all", block and clear, report): a group
 * named by its title, in three phases. The confirmation (Escape cancels, as it would close a
 * dialog), the progress (a `<progress>`, the rate-limit countdown and Stop), then the result
 * (the danger line, retry and Dismiss). Focus moves to the phase's main control (Cancel, Stop,
 * Dismiss) when the phase changes, unless the user has gone elsewhere.
 */
export function BulkRunPanel<Request>({ panel, request, run, confirmFocusRef, confirm, progress, result, onCancelRequest, onDismiss }: BulkRunPanelProps<Request>) {
  const i18n = useI18n(enInbox, enCommon);
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const focusRef = useRef<HTMLButtonElement>(null);
  const secondsLeft = useCountdown(run.waitingUntil);
  const phase = run.status === "idle" ? (request !== undefined ? "confirm" : "none") : run.status === "running" ? "running" : "result";

  useEffect(() => {
    if (phase === "none") return;
    const active = document.activeElement;
    const panelElement = panelRef.current;
    const focusIsFree = !active || active === document.body || (panelElement !== null && panelElement.contains(active)) || phase === "confirm";
    if (!focusIsFree) return;
    ((phase === "confirm" ? confirmFocusRef?.current : undefined) ?? focusRef.current)?.focus();
  }, [phase, confirmFocusRef]);

  if (phase === "none") return null;
  const title = (text: ReactNode) => (
    <p id={titleId} className="mmui-invite-list__panel-title">
      {text}
    </p>
  );

  if (phase === "confirm" && request !== undefined) {
    const asked = confirm(request);
    return (
      // Escape cancels, as it would close a dialog.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
      <div
        ref={panelRef}
        className="mmui-invite-list__panel"
        data-state="confirm"
        data-panel={panel}
        role="group"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key !== "Escape" || event.defaultPrevented) return;
          event.preventDefault();
          onCancelRequest();
        }}
      >
        {title(asked.title)}
        <p className="mmui-invite-list__panel-body">{asked.body}</p>
        {asked.fields}
        <div className="mmui-invite-list__panel-actions">
          <Button size="small" variant={asked.confirmVariant ?? "danger-outline"} onClick={asked.onConfirm}>
            {asked.confirmLabel}
          </Button>
          <Button ref={focusRef} size="small" onClick={onCancelRequest}>
            {i18n.t("common.cancel")}
          </Button>
        </div>
      </div>
    );
  }

  if (phase === "running") {
    const going = progress();
    return (
      <div ref={panelRef} className="mmui-invite-list__panel" data-state="running" data-panel={panel} role="group" aria-labelledby={titleId}>
        {title(going.title)}
        <progress className="mmui-invite-list__progress" value={run.done} max={Math.max(run.total, 1)} aria-label={going.progressLabel} />
        {secondsLeft > 0 ? (
          <p className="mmui-invite-list__panel-body">
            {going.waiting ? going.waiting(secondsLeft) : i18n.t("inbox.decline_all_waiting", { when: formatWait(i18n, secondsLeft * 1000) })}
          </p>
        ) : null}
        <div className="mmui-invite-list__panel-actions">
          <Button ref={focusRef} size="small" onClick={run.cancel}>
            {going.stopLabel}
          </Button>
        </div>
      </div>
    );
  }

  const ended = result();
  return (
    <div ref={panelRef} className="mmui-invite-list__panel" data-state={run.status} data-panel={panel} role="group" aria-labelledby={titleId}>
      {title(ended.title)}
      {ended.lines?.map((line) => (
        <p key={line} className="mmui-invite-list__panel-body">
          {line}
        </p>
      ))}
      {ended.danger !== undefined ? (
        <p className="mmui-invite-list__panel-body" data-tone="danger">
          {ended.danger}
        </p>
      ) : null}
      {ended.details}
      <div className="mmui-invite-list__panel-actions">
        {ended.actions}
        {ended.retry ? (
          <Button size="small" onClick={ended.retry.onRetry}>
            {ended.retry.label}
          </Button>
        ) : null}
        <Button ref={focusRef} size="small" onClick={onDismiss}>
          {i18n.t("common.dismiss")}
        </Button>
      </div>
    </div>
  );
}

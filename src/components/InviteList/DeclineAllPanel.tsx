import type { UseDeclineAllResult } from "../../hooks/useDeclineAll";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enInbox } from "../../i18n/english";
import { BulkRunPanel } from "./BulkRunPanel";

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
 * limit makes it wait), then the result, in the shared {@link BulkRunPanel} (focus, Escape).
 */
export function DeclineAllPanel({ request, run, onConfirm, onCancelRequest, onDismiss, onRetryFailed }: DeclineAllPanelProps) {
  const i18n = useI18n(enInbox);
  return (
    <BulkRunPanel
      request={request}
      run={run}
      onCancelRequest={onCancelRequest}
      onDismiss={onDismiss}
      confirm={({ roomIds, groupName }) => ({
        title: i18n.plural("inbox.decline_all_confirm_title", roomIds.length, { group: groupName }),
        body: i18n.t("inbox.decline_all_confirm_body"),
        confirmLabel: i18n.plural("inbox.decline_all_confirm", roomIds.length),
        onConfirm,
      })}
      progress={() => ({
        title: i18n.t("inbox.decline_all_progress", { done: i18n.formatNumber(run.done), total: i18n.formatNumber(run.total) }),
        progressLabel: i18n.t("inbox.decline_all_progress_label"),
        stopLabel: i18n.t("inbox.decline_all_cancel"),
      })}
      result={() => ({
        title:
          run.status === "cancelled"
            ? i18n.t("inbox.decline_all_cancelled", { done: i18n.formatNumber(run.declined.length), total: i18n.formatNumber(run.total) })
            : i18n.plural("inbox.decline_all_done", run.declined.length),
        danger:
          run.failed.length > 0 ? (
            <>
              {i18n.plural("inbox.decline_all_failed", run.failed.length)}{" "}
              {getErrorMessage(i18n, run.error ?? run.failed[run.failed.length - 1]?.code ?? "unknown")}
            </>
          ) : undefined,
        retry: run.failed.length > 0 && run.status !== "error" ? { label: i18n.t("inbox.decline_all_retry_failed"), onRetry: onRetryFailed } : undefined,
      })}
    />
  );
}

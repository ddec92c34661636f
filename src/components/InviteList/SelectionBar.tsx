import { useI18n } from "../../i18n/I18nProvider";
import { enTriage } from "../../i18n/english";
import { Button } from "../shared/Button";
import "./Triage.css";

/** Props of {@link SelectionBar}. */
export interface SelectionBarProps {
  /** How many invites are selected (the bar shows only when some are). */
  count: number;
  /** Whether a bulk run is going: the actions wait for it (one queue). */
  busy: boolean;
  /** Decline the selected invites (through the list's "Decline all" run). */
  onDecline(): void;
  /** Decline and block their senders (block and clear); offered when given. */
  onBlock?(): void;
  /** Report the selected rooms to the homeserver's admins (asks first); offered when given. */
  onReport?(): void;
  /** Clear the selection. */
  onClear(): void;
}

/**
 * The actions on the selected invites, above the list: how many are selected, Decline,
 * Decline and ignore senders, Report, and Clear selection. While a bulk run goes, the actions are
 * `aria-disabled` (they keep focus) and do nothing.
 */
export function SelectionBar({ count, busy, onDecline, onBlock, onReport, onClear }: SelectionBarProps) {
  const i18n = useI18n(enTriage);
  if (count === 0) return null;
  return (
    <div className="mmui-invite-list__selection" role="group" aria-label={i18n.t("triage.selection.label")} data-state={busy ? "busy" : "ready"}>
      <span className="mmui-invite-list__selection-count">{i18n.plural("triage.selection.count", count)}</span>
      <Button size="small" variant="danger" aria-disabled={busy || undefined} onClick={() => !busy && onDecline()}>
        {i18n.t("triage.selection.decline")}
      </Button>
      {onBlock ? (
        <Button size="small" aria-disabled={busy || undefined} onClick={() => !busy && onBlock()}>
          {i18n.t("triage.selection.ignore")}
        </Button>
      ) : null}
      {onReport ? (
        <Button size="small" data-selection-action="report" aria-disabled={busy || undefined} onClick={() => !busy && onReport()}>
          {i18n.t("triage.selection.report")}
        </Button>
      ) : null}
      <Button size="small" variant="ghost" onClick={onClear}>
        {i18n.t("triage.selection.clear")}
      </Button>
    </div>
  );
}

import { useState } from "react";
import type { DeclineAllFailure } from "../../core/flows/declineAll";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enTriage } from "../../i18n/english";
import "./Triage.css";

/** Props of {@link BulkResults}. */
export interface BulkResultsProps {
  /** Rooms declined. */
  declined: readonly string[];
  /** Rooms the server refused, with why. */
  failed: readonly DeclineAllFailure[];
  /** Rooms taken out before their request (no longer pending). */
  skipped: readonly string[];
  /** Rooms not reached (cancelled, stopped). */
  remaining: readonly string[];
  /** A room's name as text (kept from when it was in the list). */
  nameOf(roomId: string): string;
}

/**
 * The result of each invite of a bulk run (decline, or block and clear), behind a disclosure
 * so a run over thousands renders nothing until opened: declined, not declined with the
 * reason (the failed first), skipped, not started. Retry lives in the run's panel.
 */
export function BulkResults({ declined, failed, skipped, remaining, nameOf }: BulkResultsProps) {
  const i18n = useI18n(enTriage);
  const [open, setOpen] = useState(false);
  const total = declined.length + failed.length + skipped.length + remaining.length;
  if (total === 0) return null;
  return (
    <details className="mmui-invite-list__results" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{i18n.plural("triage.results.show", total)}</summary>
      {open ? (
        <ul>
          {failed.map(({ roomId, code }) => (
            <li key={roomId} data-outcome="failed">
              {i18n.t("triage.results.failed", { room: nameOf(roomId), error: getErrorMessage(i18n, code) })}
            </li>
          ))}
          {declined.map((roomId) => (
            <li key={roomId} data-outcome="declined">
              {i18n.t("triage.results.declined", { room: nameOf(roomId) })}
            </li>
          ))}
          {skipped.map((roomId) => (
            <li key={roomId} data-outcome="skipped">
              {i18n.t("triage.results.skipped", { room: nameOf(roomId) })}
            </li>
          ))}
          {remaining.map((roomId) => (
            <li key={roomId} data-outcome="remaining">
              {i18n.t("triage.results.remaining", { room: nameOf(roomId) })}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

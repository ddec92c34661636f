import { useState } from "react";
import type { MembershipErrorCode } from "../../core/client/types";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enTriage } from "../../i18n/english";
import "./Triage.css";

const NONE: readonly string[] = [];

/** Props of {@link BulkResults}. */
export interface BulkResultsProps {
  /** What the run did to each room (default `decline`): picks the words. */
  action?: "decline" | "report";
  /** Rooms declined (or reported). */
  succeeded: readonly string[];
  /** Rooms the server refused, with why. */
  failed: readonly { roomId: string; code: MembershipErrorCode }[];
  /** Rooms taken out before their request (no longer pending). */
  skipped?: readonly string[];
  /** Rooms not reached (cancelled, stopped). */
  remaining: readonly string[];
  /** A room's name as text (kept from when it was in the list). */
  nameOf(roomId: string): string;
}

/**
 * The result of each invite of a bulk run (decline, block and clear, or report), behind a
 * disclosure so a run over thousands renders nothing until opened: declined (reported), not
 * declined with the reason (the failed first), skipped, not started. Retry lives in the run's panel.
 */
export function BulkResults({ action = "decline", succeeded, failed, skipped = NONE, remaining, nameOf }: BulkResultsProps) {
  const i18n = useI18n(enTriage);
  const [open, setOpen] = useState(false);
  const total = succeeded.length + failed.length + skipped.length + remaining.length;
  const report = action === "report";
  if (total === 0) return null;
  return (
    <details className="mmui-invite-list__results" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{i18n.plural("triage.results.show", total)}</summary>
      {open ? (
        <ul>
          {failed.map(({ roomId, code }) => (
            <li key={roomId} data-outcome="failed">
              {i18n.t(report ? "triage.results.not_reported" : "triage.results.failed", { room: nameOf(roomId), error: getErrorMessage(i18n, code) })}
            </li>
          ))}
          {succeeded.map((roomId) => (
            <li key={roomId} data-outcome={report ? "reported" : "declined"}>
              {i18n.t(report ? "triage.results.reported" : "triage.results.declined", { room: nameOf(roomId) })}
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

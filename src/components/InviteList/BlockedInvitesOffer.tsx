import { useI18n } from "../../i18n/I18nProvider";
import { enInbox } from "../../i18n/english";
import { Button } from "../shared/Button";
import "./Triage.css";

/** Props of {@link BlockedInvitesOffer}. */
export interface BlockedInvitesOfferProps {
  /** How many pending invites are hidden because their sender is blocked. */
  count: number;
  /** Whether a bulk run is going (the offer waits for it). */
  busy: boolean;
  /** Decline them (block and clear for their senders again). */
  onDecline(): void;
}

/** The inbox's offer "3 hidden invites from people you ignore", with "Decline 3 hidden invites". Nothing when there are none. */
export function BlockedInvitesOffer({ count, busy, onDecline }: BlockedInvitesOfferProps) {
  const i18n = useI18n(enInbox);
  if (count === 0) return null;
  return (
    <div className="mmui-invite-list__blocked-offer" data-state={busy ? "busy" : "ready"}>
      <span>{i18n.plural("inbox.blocked_hidden", count)}</span>
      <Button size="small" aria-disabled={busy || undefined} onClick={() => !busy && onDecline()}>
        {i18n.plural("inbox.blocked_hidden_decline", count)}
      </Button>
    </div>
  );
}

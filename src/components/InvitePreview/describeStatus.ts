/** What the invite preview's live region says for each state. */
import type { DeclineOutcome, InviteActionError, InviteActionStatus } from "../../core/actions/inviteActionTypes";
import type { I18n } from "../../i18n/types";
import { errorMessageText } from "./InviteStatusPanel";

/**
 * The announcement for a state, as plain text (`undefined` for `idle`: nothing happened).
 * It does not depend on a countdown, so it is read once per change, not every second, and it
 * names no room: a live region holds plain text, and network text belongs in `<bdi>`.
 */
export function describeStatus(
  i18n: I18n,
  status: InviteActionStatus,
  error: InviteActionError | undefined,
  declineOutcome: DeclineOutcome | undefined,
): string | undefined {
  switch (status) {
    case "idle":
      return undefined;
    case "accepting":
      return i18n.t("invite.accepting");
    case "declining":
      return i18n.t("invite.declining");
    case "accepted":
      return i18n.t("invite.accepted_announcement");
    case "declined":
      return i18n.t((declineOutcome?.failedSteps.length ?? 0) > 0 ? "invite.declined_with_failures" : "invite.declined");
    case "error":
      if (!error) return i18n.t("errors.unknown");
      // The wait the server asked for, not the countdown: read once per change.
      return errorMessageText(i18n, error, Math.ceil((error.retryAfterMs ?? 0) / 1000));
    default:
      return status satisfies never;
  }
}

/** What the invite preview's live region says for each state. */
import type { DeclineOutcome, InviteActionError, InviteActionStatus } from "../../core/actions/inviteActionTypes";
import { getErrorMessage } from "../../i18n/errors";
import type { I18n } from "../../i18n/types";
import { isAmbiguousNetworkFailure } from "./InviteStatusPanel";

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
      if (error.joined) return i18n.t("invite.joined_state_failed");
      if (error.code === "invite_revoked") return i18n.t("invite.revoked");
      if (isAmbiguousNetworkFailure(error)) return i18n.t("invite.network_no_answer");
      return getErrorMessage(i18n, error.code, { retryAfterMs: error.retryAfterMs });
    default:
      return status satisfies never;
  }
}

/**
 * What replaces the invite's buttons once something happened: the outcome of an accept or
 * decline, or an error with a way forward chosen by its code.
 */
import type { ReactNode, Ref } from "react";
import type { DeclineOutcome, InviteActionError } from "../../core/actions/inviteActionTypes";
import { getErrorMessage } from "../../i18n/errors";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enErrors, enInvite } from "../../i18n/english";
import type { I18n } from "../../i18n/types";
import { Button } from "../shared/Button";

/** The ways forward an error panel can offer. */
export interface InviteStatusActions {
  /** Repeats the failed action. */
  onRetry?: () => void;
  /** Back to the invite's buttons ("Cancel"). */
  onReset?: () => void;
  /**
   * The session ended (`unauthorized`): "Sign in again" hands over to the host, which signs
   * the user in. Without it the panel offers only Cancel (a retry would fail the same way).
   */
  onSignInAgain?: () => void;
  /** Removes the invite from view (the host drops it). */
  onDismiss?: () => void;
  /** Forgets the room, then dismisses. */
  onForget?: () => void;
  /** Declines instead (after a failed accept the invite can still be declined). */
  onDecline?: () => void;
}

/** What an error offers, by code. */
interface ErrorWayForward {
  retry: boolean;
  signIn: boolean;
  reset: boolean;
  dismiss: boolean;
  forget: boolean;
  decline: boolean;
}

/** Which buttons make sense after `error`. Exported for tests and other views. */
export function errorWayForward(error: InviteActionError): ErrorWayForward {
  const none: ErrorWayForward = { retry: false, signIn: false, reset: false, dismiss: false, forget: false, decline: false };
  if (error.joined) return { ...none, retry: true };
  switch (error.code) {
    case "invite_revoked":
      return { ...none, dismiss: true, forget: true };
    case "room_not_found":
    case "incompatible_room_version":
      return { ...none, reset: true, dismiss: true, decline: error.action === "accept" };
    case "unauthorized":
      return { ...none, signIn: true, reset: true };
    case "rate_limited":
    case "network":
    case "server_error":
    case "unknown":
      return { ...none, retry: true, reset: true };
    case "suspended":
    case "cannot_leave_server_notices":
    case "forbidden":
    case "invite_blocked": // Only an invite sends it; listed so every code has its way forward.
      return { ...none, reset: true, dismiss: error.action === "decline" };
    default:
      return error.code satisfies never;
  }
}

/**
 * A request that was sent but got no answer (the connection dropped, a timeout): it may have
 * worked, so the view must not claim the server was unreachable.
 */
export function isAmbiguousNetworkFailure(error: InviteActionError): boolean {
  return error.code === "network" && error.requestMayHaveReachedServer === true && error.joined !== true;
}

/**
 * The error's main message as text (also what the live region announces). `secondsLeft` is
 * the rate limit's remaining wait, written once, here, as a relative time ("in 3 minutes"):
 * the Try again button does not repeat it.
 */
export function errorMessageText(i18n: I18n, error: InviteActionError, secondsLeft: number): string {
  if (error.joined) return i18n.t("invite.joined_state_failed");
  if (error.code === "invite_revoked") return i18n.t("invite.revoked");
  if (isAmbiguousNetworkFailure(error)) return i18n.t("invite.network_no_answer");
  if (error.code === "forbidden") return i18n.t(error.action === "accept" ? "invite.forbidden_accept" : "invite.forbidden_decline");
  if (error.code === "rate_limited") {
    return secondsLeft > 0 ? getErrorMessage(i18n, "rate_limited", { retryAfterMs: secondsLeft * 1000 }) : i18n.t("errors.rate_limited");
  }
  return getErrorMessage(i18n, error.code);
}

/** Props of {@link InviteStatusPanel}. */
export interface InviteStatusPanelProps extends InviteStatusActions {
  /** `accepted`, `declined` or `error`. */
  status: "accepted" | "declined" | "error";
  /** The failure, for `error`. */
  error?: InviteActionError;
  /** The decline's optional steps that failed, for `declined`. */
  declineOutcome?: DeclineOutcome;
  /** The room's name as nodes, for "You joined {room}". */
  roomName: ReactNode;
  /** Whole seconds before a rate-limited retry makes sense. */
  secondsLeft: number;
  /** Receives the message element, which takes focus when the buttons disappear. */
  messageRef: Ref<HTMLParagraphElement>;
  /** For `declined`: the failed optional steps are being tried again (`onRetry`). */
  followUpsPending?: boolean;
}

/** The status message (focusable with `tabIndex={-1}`) and the buttons that go with it. */
export function InviteStatusPanel(props: InviteStatusPanelProps) {
  const { status, error, declineOutcome, roomName, secondsLeft, messageRef } = props;
  const i18n = useI18n(enInvite, enCommon, enErrors);
  let message: ReactNode;
  let detail: ReactNode = null;
  let buttons: ReactNode = null;
  let tone: "success" | "warning" | "danger" | "neutral";
  switch (status) {
    case "accepted":
      tone = "success";
      message = i18n.t("invite.accepted", { room: roomName });
      break;
    case "declined": {
      tone = "neutral";
      const failed = declineOutcome?.failedSteps ?? [];
      message = i18n.t(failed.length > 0 ? "invite.declined_with_failures" : "invite.declined");
      if (failed.length > 0) {
        detail = (
          <ul className="mmui-invite-preview__failed-steps">
            {failed.map((failure) => (
              <li key={failure.step}>{i18n.t(`invite.decline_step.${failure.step}` as const)}</li>
            ))}
          </ul>
        );
      }
      buttons = (
        <>
          {failed.length > 0 && props.onRetry ? (
            <Button variant="primary" isPending={props.followUpsPending === true} onClick={props.onRetry}>
              {i18n.t("common.retry")}
            </Button>
          ) : null}
          {props.onDismiss ? <Button onClick={props.onDismiss}>{i18n.t("common.dismiss")}</Button> : null}
        </>
      );
      break;
    }
    case "error": {
      // A join that worked but whose room could not be loaded is a warning, not a failure.
      tone = error?.joined === true ? "warning" : "danger";
      if (!error) {
        message = i18n.t("errors.unknown");
        break;
      }
      message = errorMessageText(i18n, error, secondsLeft);
      if (isAmbiguousNetworkFailure(error)) {
        const key = error.action === "accept" ? "invite.network_may_have_joined" : "invite.network_may_have_declined";
        detail = <p className="mmui-invite-preview__status-detail">{i18n.t(key)}</p>;
      }
      buttons = <ErrorButtons error={error} secondsLeft={secondsLeft} actions={props} />;
      break;
    }
    default:
      return status satisfies never;
  }
  return (
    <div className="mmui-invite-preview__status" data-tone={tone}>
      <p ref={messageRef} tabIndex={-1} className="mmui-invite-preview__status-message">
        {message}
      </p>
      {detail}
      {buttons ? <div className="mmui-invite-preview__actions">{buttons}</div> : null}
    </div>
  );
}

function ErrorButtons({ error, secondsLeft, actions }: { error: InviteActionError; secondsLeft: number; actions: InviteStatusActions }) {
  const i18n = useI18n(enInvite, enCommon, enErrors);
  const way = errorWayForward(error);
  const waiting = error.code === "rate_limited" && secondsLeft > 0;
  return (
    <>
      {way.signIn && actions.onSignInAgain ? (
        <Button variant="primary" onClick={actions.onSignInAgain}>
          {i18n.t("invite.sign_in_again")}
        </Button>
      ) : null}
      {way.retry && actions.onRetry ? (
        <Button variant="primary" disabled={waiting} onClick={actions.onRetry}>
          {i18n.t("common.retry")}
        </Button>
      ) : null}
      {way.decline && actions.onDecline ? (
        <Button variant="danger-outline" onClick={actions.onDecline}>
          {i18n.t("invite.decline_instead")}
        </Button>
      ) : null}
      {/* Forget erases the room from the account (outlined in red); Dismiss only hides the panel (quiet). */}
      {way.forget && actions.onForget ? (
        <Button variant="danger-outline" onClick={actions.onForget}>
          {i18n.t("invite.forget")}
        </Button>
      ) : null}
      {way.dismiss && actions.onDismiss ? (
        <Button variant="ghost" onClick={actions.onDismiss}>
          {i18n.t("common.dismiss")}
        </Button>
      ) : null}
      {way.reset && actions.onReset ? (
        <Button variant="ghost" onClick={actions.onReset}>
          {i18n.t("common.cancel")}
        </Button>
      ) : null}
    </>
  );
}

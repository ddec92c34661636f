/**
 * The invite preview as a pure, controlled view: give it the invite summary, the action
 * state and callbacks, and it renders every state (idle, accepting, declining, accepted,
 * declined, error). `InvitePreview` connects it to a client through `useInviteActions`.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { ComponentPropsWithRef, ReactNode } from "react";
import { serverNameOf } from "../../core/identifiers";
import type { MediaPolicy } from "../../core/mediaPolicy";
import type { RoomMember, RoomSummary } from "../../core/types";
import type { DeclineOutcome, InviteActionError, InviteActionStatus } from "../../core/actions/inviteActionTypes";
import type { InviteAssessment } from "../../core/inviteAssessment";
import { getInviteTreatment } from "../../core/inviteGrading";
import type { InviteGradingOptions } from "../../core/inviteGrading";
import type { AuthenticatedMediaClient } from "../../hooks/useAuthenticatedMedia";
import { useCountdown } from "../../hooks/useCountdown";
import { useI18n } from "../../i18n/I18nProvider";
import { enErrors, enInvite, enTrust } from "../../i18n/english";
import { formatRoomNameText } from "../../i18n/roomName";
import { RoomNameText } from "../RoomName/RoomNameText";
import { Button } from "../shared/Button";
import { CardHeader } from "../shared/Card";
import { LiveRegion, useAnnounce } from "../shared/LiveRegion";
import { isInviterInTitle } from "../shared/InviterLine";
import { NetworkText } from "../shared/NetworkText";
import { useMergedRef } from "../shared/useMergedRef";
import { InviteFreshnessFacts, hasLiveFacts, isRoomEmpty } from "./InviteFreshnessFacts";
import type { InvitePreviewFreshnessCheck } from "./InviteFreshnessFacts";
import { InviteReason } from "./InviteReason";
import { InviteByline } from "./InviteByline";
import { InviteStatusPanel } from "./InviteStatusPanel";
import { InviteTopic } from "./InviteTopic";
import { InviteTrust } from "./InviteTrust";
import { RoomBadges } from "./RoomBadges";
import type { InvitePreviewDeclineDialogProps, InvitePreviewDeclineRequest } from "./declineDialogSlot";
import { describeStatus } from "./describeStatus";
import { DefaultAvatar, renderDefaultDeclineDialog } from "./defaults";
import "./InvitePreview.css";

/** Props of {@link InvitePreviewView}. */
export interface InvitePreviewViewProps extends Omit<ComponentPropsWithRef<"article">, "children" | "onReset"> {
  /** The invite's summary from the stripped state (untrusted, chosen by the inviting server). */
  summary: RoomSummary;
  /** Where the invite actions stand. Defaults to `idle`. */
  status?: InviteActionStatus;
  /** The failure, when `status` is `error`. */
  error?: InviteActionError;
  /** The live summary after accepting: replaces the invite's data once `status` is `accepted`. */
  liveSummary?: RoomSummary;
  /** The optional decline steps that failed, when `status` is `declined`. */
  declineOutcome?: DeclineOutcome;
  /** The failed optional decline steps are being tried again (`onRetry` while `declined`). */
  followUpsPending?: boolean;
  /** Level of the room-name heading. Defaults to 3. */
  headingLevel?: 2 | 3 | 4;
  /** Fetches avatar thumbnails (authenticated media). Without it, initials show. */
  client?: AuthenticatedMediaClient;
  /**
   * The user's media policy for invites (`inviteMediaPolicy(…)` of their
   * `m.media_preview_config`). Avatar images are fetched only when it allows them; without it
   * nothing is fetched: an image request tells the inviter's media server the invite was seen.
   */
  mediaPolicy?: MediaPolicy;
  /** Replaces the built-in avatar (room avatar, or the inviter's for a direct message). */
  avatar?: ReactNode;
  /**
   * People the user already knows (their contacts): an inviter whose display name looks like
   * one of theirs under another user ID is flagged. Pass the same array while it is unchanged:
   * it is indexed once per array.
   */
  knownUsers?: readonly RoomMember[];
  /**
   * What `assessInvite` said about the sender: shows the level in words and a "Why am I
   * seeing this?" disclosure listing the reasons, and grades the invite (`grading`). Without
   * it, neither is shown and nothing is graded.
   */
  assessment?: InviteAssessment;
  /**
   * What each trust level hides, passed to `getInviteTreatment` with the assessment's level.
   * By default an `unknown` or `suspicious` sender's invite shows no avatars (whatever
   * `mediaPolicy` says) and keeps the message behind "Show message"; a `known` sender's
   * message is shown at once. Grading never shows an avatar `mediaPolicy` forbids.
   */
  grading?: InviteGradingOptions;
  /**
   * The live facts of the room (`useInviteFreshness`'s result): while `checking` a line says
   * so; once `done` and available, the member count now and what changed since the invite
   * replace the "may be out of date" hint, and for a room nobody is in any more Decline
   * becomes the main action. Unavailable facts keep the hint. Without it, only the hint.
   */
  freshnessCheck?: InvitePreviewFreshnessCheck;
  /** Accept was pressed. */
  onAccept?: () => void;
  /** Decline was pressed (with the dialog's request for "Decline and ignore…"). */
  onDecline?: (request?: InvitePreviewDeclineRequest) => void;
  /** Retry the failed action. */
  onRetry?: () => void;
  /** Back to the invite's buttons after an error ("Cancel"). */
  onReset?: () => void;
  /**
   * The session ended (`unauthorized`): "Sign in again" calls this, and the host signs the
   * user in (a retry would only fail again). Without it, the error offers Cancel alone.
   */
  onSignInAgain?: () => void;
  /** Remove the invite from view (after a decline, or when it is no longer valid). */
  onDismiss?: () => void;
  /** Forget the room of an invite that is no longer valid. */
  onForget?: () => void;
  /** Renders the "Decline and ignore…" dialog instead of the built-in `DeclineInviteDialog`. */
  renderDeclineDialog?: (props: InvitePreviewDeclineDialogProps) => ReactNode;
}

/** Whether focus is lost or inside `article`: then a change of state moves it within the card. */
function focusWillMoveToMessage(article: HTMLElement | null): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || article?.contains(active) === true;
}

/** Renders an invite: room, inviter, badges, topic, hidden message, actions and outcome. */
export function InvitePreviewView(props: InvitePreviewViewProps) {
  const {
    summary,
    status = "idle",
    error,
    liveSummary,
    declineOutcome,
    followUpsPending = false,
    headingLevel = 3,
    client,
    mediaPolicy,
    avatar,
    knownUsers,
    assessment,
    grading,
    freshnessCheck,
    onAccept,
    onDecline,
    onRetry,
    onReset,
    onSignInAgain,
    onDismiss,
    onForget,
    renderDeclineDialog = renderDefaultDeclineDialog,
    ref,
    className,
    ...rest
  } = props;
  const i18n = useI18n(enInvite, enErrors, enTrust);
  const headingId = useId();
  const bylineId = useId();
  const { announcement, announce } = useAnnounce();
  const [declineKind, setDeclineKind] = useState<"decline" | "block">("decline");
  const [dialogOpen, setDialogOpen] = useState(false);
  const [articleRef, setArticle] = useMergedRef<HTMLElement>(ref);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const declineRef = useRef<HTMLButtonElement>(null);
  const blockRef = useRef<HTMLButtonElement>(null);

  // Once accepted, only the live summary is shown: the invite's data is never passed off as live.
  const accepted = status === "accepted";
  const display = accepted && liveSummary ? liveSummary : summary;
  const showInvite = status !== "accepted" && status !== "declined";
  const pending = status === "accepting" || status === "declining";
  const secondsLeft = useCountdown(status === "error" && error?.code === "rate_limited" ? error.retryAt : undefined);
  const roomText = formatRoomNameText(display.name, i18n);
  const announcementText = describeStatus(i18n, status, error, declineOutcome);

  // An outcome whose message will take focus (the pressed button went away, see below) is read
  // out by the focus move: the live region saying it too would say it twice.
  const announcedStatus = useRef(status);
  useEffect(() => {
    const statusChanged = announcedStatus.current !== status;
    announcedStatus.current = status;
    if (announcementText === undefined) return;
    const outcome = status === "accepted" || status === "declined" || status === "error";
    if (outcome && statusChanged && focusWillMoveToMessage(articleRef.current)) return;
    announce(announcementText);
  }, [announcementText, status, error, announce, articleRef]);

  // A dead invite is worth saying aloud when it turns out so: focus may already sit on Accept.
  const roomEmpty = showInvite && isRoomEmpty(freshnessCheck);
  useEffect(() => {
    if (roomEmpty) announce(i18n.t("trust.freshness.room_empty"));
  }, [roomEmpty, announce, i18n]);

  // The end of a retry of a decline's failed steps: say how it went (even when the words are
  // the same), and if its Try again button went away with focus on it, keep focus in the card.
  const textBeforeRetry = useRef<string | undefined | null>(null);
  useEffect(() => {
    if (followUpsPending) {
      textBeforeRetry.current ??= announcementText;
      return;
    }
    if (textBeforeRetry.current === null) return;
    // A changed text was announced by the effect above already.
    if (textBeforeRetry.current === announcementText && announcementText !== undefined) announce(announcementText);
    textBeforeRetry.current = null;
    const active = document.activeElement;
    if (active === null || active === document.body) messageRef.current?.focus();
  }, [followUpsPending, announcementText, announce]);

  // The end of a rate-limit wait is announced, unless the error is gone already (a retry, Back).
  const wasWaiting = useRef(false);
  const stillFailed = status === "error";
  useEffect(() => {
    if (secondsLeft > 0) wasWaiting.current = true;
    else if (wasWaiting.current) {
      wasWaiting.current = false;
      if (stillFailed) announce(i18n.t("invite.retry_ready"));
    }
  }, [secondsLeft, stillFailed, announce, i18n]);

  // When the pressed button goes away, put focus somewhere sensible instead of the page body.
  const previousStatus = useRef(status);
  useEffect(() => {
    if (previousStatus.current === status) return;
    previousStatus.current = status;
    if (!focusWillMoveToMessage(articleRef.current)) return;
    if (status === "accepted" || status === "declined" || status === "error") messageRef.current?.focus();
    else if (status === "accepting") acceptRef.current?.focus();
    else if (status === "declining") (declineKind === "block" ? blockRef : declineRef).current?.focus();
    else acceptRef.current?.focus();
  }, [status, declineKind, articleRef]);

  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const inviter = summary.inviter;
  const server = inviter?.userId === undefined ? undefined : serverNameOf(inviter.userId);
  const classes = className ? `mmui-card mmui-invite-preview ${className}` : "mmui-card mmui-invite-preview";
  const roomName = <RoomNameText name={display.name} />;
  // Without an assessment, today's behaviour: avatars as the media policy says, the message behind "Show message".
  // A grade can only hide avatars (no policy loads nothing), never allow what the user's policy forbids.
  const treatment = assessment === undefined ? undefined : getInviteTreatment(assessment.level, grading);
  const avatarPolicy = treatment?.avatars === "hide" ? undefined : mediaPolicy;
  const messageTreatment = treatment?.message ?? "collapse";

  // Who really sent the invite (user ID, lookalike warning) describes the card and its buttons,
  // so a screen reader hears it with every action, not just the display name.
  const describedBy = showInvite ? bylineId : undefined;
  // A card titled with the inviter's display name is named by their user ID instead: the
  // display name is the sender's claim, and an impostor's must not name the card.
  const label = showInvite && inviter && isInviterInTitle(summary) ? i18n.t("invite.label_from_user", { userId: inviter.userId }) : undefined;

  return (
    <article
      {...rest}
      ref={setArticle}
      className={classes}
      data-state={status}
      aria-labelledby={label === undefined ? headingId : undefined}
      aria-label={label}
      aria-describedby={describedBy}
    >
      <CardHeader
        className="mmui-invite-preview__header"
        avatar={avatar ?? <DefaultAvatar summary={display} client={client} mediaPolicy={avatarPolicy} name={roomText} />}
      >
          {/* Focusable by script only: where focus goes when another invite takes this one's place. */}
          <Heading id={headingId} className="mmui-card__title mmui-invite-preview__title" tabIndex={-1}>
            {roomName}
          </Heading>
          {showInvite ? <InviteByline id={bylineId} summary={summary} knownUsers={knownUsers} /> : null}
          {accepted && liveSummary ? (
            <p className="mmui-invite-preview__members">{i18n.plural("invite.member_count", liveSummary.joinedMemberCount)}</p>
          ) : null}
      </CardHeader>
      {showInvite && assessment ? <InviteTrust assessment={assessment} /> : null}
      {status !== "declined" ? <RoomBadges summary={display} /> : null}
      {display.topic && status !== "declined" && (showInvite || liveSummary) ? (
        <InviteTopic key={display.trusted ? "live" : "invite"} topic={display.topic} />
      ) : null}
      {showInvite && summary.reason && messageTreatment !== "hide" ? (
        // Keyed by the treatment: a grade that changes (the context arrived) starts the message as that grade says.
        <InviteReason key={messageTreatment} reason={summary.reason} defaultShown={messageTreatment === "show"} />
      ) : null}
      {showInvite && freshnessCheck ? <InviteFreshnessFacts check={freshnessCheck} /> : null}
      {showInvite && !hasLiveFacts(freshnessCheck) ? (
        <p className="mmui-invite-preview__note">
          {server
            ? i18n.t("invite.stale_note", { server: <NetworkText>{server}</NetworkText> })
            : i18n.t("invite.stale_note_no_server")}
        </p>
      ) : null}
      {status === "accepted" || status === "declined" || status === "error" ? (
        <InviteStatusPanel
          status={status}
          error={error}
          declineOutcome={declineOutcome}
          followUpsPending={followUpsPending}
          roomName={roomName}
          secondsLeft={secondsLeft}
          messageRef={messageRef}
          onRetry={onRetry}
          onReset={onReset}
          onSignInAgain={onSignInAgain}
          onDismiss={onDismiss}
          onForget={onForget}
          onDecline={onDecline ? () => onDecline() : undefined}
        />
      ) : (
        <div className="mmui-invite-preview__actions" role="group" aria-label={i18n.t("invite.actions_label")} aria-describedby={describedBy}>
          <Button
            ref={acceptRef}
            aria-describedby={describedBy}
            // Nobody left to join: declining is what clears the invite, so it takes the lead.
            variant={roomEmpty ? "secondary" : "primary"}
            isPending={status === "accepting"}
            disabled={pending && status !== "accepting"}
            onClick={() => onAccept?.()}
          >
            {i18n.t("invite.accept")}
          </Button>
          <Button
            ref={declineRef}
            aria-describedby={describedBy}
            variant={roomEmpty ? "primary" : "secondary"}
            isPending={status === "declining" && declineKind === "decline"}
            disabled={pending && !(status === "declining" && declineKind === "decline")}
            onClick={() => {
              setDeclineKind("decline");
              onDecline?.();
            }}
          >
            {i18n.t("invite.decline")}
          </Button>
          {/* Nobody to ignore when the invite names no sender: only Decline. */}
          {inviter ? (
            <Button
              ref={blockRef}
              aria-describedby={describedBy}
              variant="danger-text"
              isPending={status === "declining" && declineKind === "block"}
              disabled={pending && !(status === "declining" && declineKind === "block")}
              aria-haspopup="dialog"
              onClick={() => setDialogOpen(true)}
            >
              {i18n.t("invite.decline_and_ignore")}
            </Button>
          ) : null}
        </div>
      )}
      {renderDeclineDialog({
        open: dialogOpen && showInvite && !pending,
        inviterId: inviter?.userId,
        inviterName: inviter?.displayName,
        roomName,
        defaultBlock: true,
        onConfirm: (request) => {
          setDialogOpen(false);
          setDeclineKind("block");
          onDecline?.(request);
        },
        onCancel: () => setDialogOpen(false),
      })}
      <LiveRegion announcement={announcement} />
    </article>
  );
}

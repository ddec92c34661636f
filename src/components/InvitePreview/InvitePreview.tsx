/**
 * The connected invite preview: `InvitePreviewView` driven by `useInviteActions`, so
 * Accept joins and shows the live room, Decline leaves (optionally ignoring and reporting),
 * and errors offer a way forward.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import type { RefObject } from "react";
import type { DeclineOutcome, InviteActionError } from "../../core/actions/inviteActionTypes";
import type { MembershipClient } from "../../core/client/types";
import type { MediaPolicy } from "../../core/mediaPolicy";
import { assessInvite } from "../../core/inviteAssessment";
import type { InviteAssessmentContext } from "../../core/inviteAssessment";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { RoomSummary } from "../../core/types";
import { useInviteActions } from "../../hooks/useInviteActions";
import { useInviteFreshness } from "../../hooks/useInviteFreshness";
import { useMergedRef } from "../shared/useMergedRef";
import { InvitePreviewView } from "./InvitePreviewView";
import type { InvitePreviewViewProps } from "./InvitePreviewView";

/** The media policy `InvitePreview` takes: the same {@link MediaPolicy} every image-showing component takes. */
export type InvitePreviewMediaPolicy = MediaPolicy;

/** Props of {@link InvitePreview}. */
export interface InvitePreviewProps
  extends Omit<
    InvitePreviewViewProps,
    "summary" | "client" | "mediaPolicy" | "assessment" | "freshnessCheck" | "status" | "error" | "liveSummary" | "declineOutcome" | "followUpsPending" | "onAccept" | "onDecline" | "onRetry" | "onReset" | "onForget" | "onError"
  > {
  /**
   * The homeserver connection the actions run on. Pass the same object on every render
   * (avatars are cached per client object); `fromMatrixJsSdk` already returns one adapter
   * per SDK client.
   */
  client: MembershipClient;
  /** The invite, from the invite store. */
  invite: InviteEntry;
  /** The signed-in user (the invitee). */
  userId: string;
  /**
   * The user's media policy for invites, e.g. `inviteMediaPolicy(…)` of their
   * `m.media_preview_config`. Avatars are fetched only when it allows them; without it
   * nothing is fetched (initials only).
   */
  mediaPolicy?: MediaPolicy;
  /**
   * What the host knows about the user's contacts and invites (`assessInvite`'s context):
   * with it, the preview names the sender's trust level, explains it under "Why am I seeing
   * this?" and grades the invite (`grading`: by default an unknown sender's avatars are not
   * fetched and their message stays behind "Show message"). Pass the same object while it is unchanged.
   * Without it, none of this is shown. (`InvitePreviewView` takes the `assessment` itself.)
   */
  trustContext?: InviteAssessmentContext;
  /**
   * Checks the room's live summary (`checkInviteFreshness`, one `GET /room_summary` through
   * the invite's servers) while the invite is shown: the stripped state shows at once, and
   * the member count and what changed since the invite fill in when the server answers
   * (changes also add `preview_changed` to the assessment). Off by default, so a host that
   * does not want the request does not pay for it. The request is aborted on unmount.
   */
  checkFreshness?: boolean;
  /** Extra servers to join through (the inviter's and the creator's are added automatically). */
  via?: readonly string[];
  /** The invite was accepted; `summary` is the live room. */
  onAccepted?: (summary: RoomSummary) => void;
  /** The invite was declined. */
  onDeclined?: (outcome: DeclineOutcome) => void;
  /** An accept or decline failed (named apart from the DOM's `onError`). */
  onActionError?: (error: InviteActionError) => void;
}

/**
 * An invite with working Accept / Decline / "Decline and ignore…" buttons. The state belongs
 * to one invite: a new `invite.roomId`, or a new invite to the same room (another
 * `summary.invitedAt`), starts afresh, and when focus was inside the old invite it moves
 * to the new one's heading (never to a button, so a pending Enter cannot accept the next
 * invite). Meant for entries of kind `invite` (a pending knock has no
 * inviter and nothing to accept).
 *
 * When the host removes the preview altogether (after `onDismiss`, or once the invite left
 * the store), it should move focus somewhere sensible itself; `InviteList` does.
 */
export function InvitePreview(props: InvitePreviewProps) {
  const focusHandoffRef = useRef(false);
  // One state per invite, not per room: a new invite to a room declined earlier starts afresh.
  const key = `${props.invite.roomId}\u0000${props.invite.summary.invitedAt ?? ""}`;
  return <ConnectedInvitePreview key={key} {...props} focusHandoffRef={focusHandoffRef} />;
}

/** `useLayoutEffect` in the browser; nothing to lay out (and no warning) when rendering on a server. */
const useClientLayoutEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

function ConnectedInvitePreview(props: InvitePreviewProps & { focusHandoffRef: RefObject<boolean> }) {
  const { client, invite, userId, mediaPolicy, via, trustContext, checkFreshness = false, onAccepted, onDeclined, onActionError, onDismiss, focusHandoffRef, ref, ...rest } = props;
  const [articleRef, setArticle] = useMergedRef<HTMLElement>(ref);
  // Layout effects: the cleanup runs before the old article leaves the DOM, so it can still
  // see whether it held focus; the set-up runs before the browser paints the new one.
  useClientLayoutEffect(() => {
    const article = articleRef.current;
    if (focusHandoffRef.current) {
      focusHandoffRef.current = false;
      article?.querySelector<HTMLElement>(".mmui-invite-preview__title")?.focus();
    }
    return () => {
      focusHandoffRef.current = article !== null && article.contains(document.activeElement);
    };
  }, [focusHandoffRef]);
  const summary = invite.summary;
  // The invite's summary carries what the flows need: the servers to join through (with
  // `via` after them), the inviter, and whether it is a direct chat (`m.direct`).
  // The invite is gone already (revoked): forgetting is best effort, and the host dismisses
  // the card when it finished, either way (`onForgotten`). Offered only with `onDismiss`.
  const actions = useInviteActions(
    client,
    { roomId: invite.roomId, userId, summary, via },
    { onAccepted, onDeclined, onError: onActionError, onForgotten: onDismiss },
  );
  // Only while the invite is what the card shows: once answered, the live room (or nothing) replaces it.
  const answered = actions.status === "accepted" || actions.status === "declined";
  const freshnessTarget = useMemo(() => ({ roomId: invite.roomId, summary }), [invite.roomId, summary]);
  const freshnessCheck = useInviteFreshness(client, freshnessTarget, { enabled: checkFreshness && !answered });
  const freshness = freshnessCheck.freshness;
  // The rule is the core's; the preview only asks it, again when the invite, the context or the live facts change.
  const assessment = useMemo(
    () => (trustContext === undefined ? undefined : assessInvite(summary, freshness === undefined ? trustContext : { ...trustContext, freshness })),
    [summary, trustContext, freshness],
  );

  return (
    <InvitePreviewView
      {...rest}
      ref={setArticle}
      client={client}
      mediaPolicy={mediaPolicy}
      summary={summary}
      assessment={assessment}
      freshnessCheck={checkFreshness ? freshnessCheck : undefined}
      status={actions.status}
      error={actions.error}
      liveSummary={actions.liveSummary}
      declineOutcome={actions.declineOutcome}
      followUpsPending={actions.state.status === "declined" && actions.state.retryingFollowUps === true}
      onAccept={actions.accept}
      onDecline={actions.decline}
      onRetry={actions.retry}
      onReset={actions.reset}
      onDismiss={onDismiss}
      onForget={onDismiss ? actions.forget : undefined}
    />
  );
}

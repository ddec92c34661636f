import { createElement, useEffect, useId, useRef, useState } from "react";
import type { ComponentPropsWithRef, FormEvent } from "react";
import { acceptsKnocks } from "../../core/authorization";
import type { MembershipClient } from "../../core/client/types";
import { isRoomId } from "../../core/identifiers";
import { useKnock } from "../../hooks/useKnock";
import { useRoomSummary } from "../../hooks/useRoomSummary";
import { useI18n } from "../../i18n/I18nProvider";
import { enCommon, enKnock } from "../../i18n/english";
import { getErrorMessage } from "../../i18n/errors";
import { RoomAvatar } from "../Avatar/Avatar";
import { Button } from "../shared/Button";
import { CARD_AVATAR_SIZE, CardHeader } from "../shared/Card";
import { NetworkText } from "../shared/NetworkText";
import "../shared/TextField.css";
import "./KnockPreview.css";

/** What the host knows about the user's request, from `/sync` (`rooms.knock`, then an invite or a leave). */
export type KnockOutcome =
  | { status: "pending"; reason?: string }
  | { status: "accepted" }
  | { status: "declined"; reason?: string };

/** Props of {@link KnockPreview}. */
export interface KnockPreviewProps extends Omit<ComponentPropsWithRef<"article">, "children"> {
  /** The homeserver client. */
  client: MembershipClient;
  /** The room ID or alias to ask to join. */
  roomIdOrAlias: string;
  /** Servers to ask through (needed for a room ID the user's server is not in). */
  via?: readonly string[];
  /** The request's fate as `/sync` reports it; a change overrides the last local action. */
  outcome?: KnockOutcome;
  /** "View invite" was pressed once the request was accepted. */
  onViewInvite?(roomIdOrAlias: string): void;
  /** The request was sent. */
  onKnocked?(roomId: string): void;
  /** The request was withdrawn. */
  onCancelled?(roomId: string): void;
  /** Heading level of the room name (default 2). */
  headingLevel?: 2 | 3 | 4;
}

/** What the preview shows, exposed as `data-state`. */
type KnockView =
  | "loading"
  | "form"
  | "not_knockable"
  | "banned"
  | "joined"
  | "knocking"
  | "sent"
  | "cancelling"
  | "cancelled"
  | "declined"
  | "accepted";

/**
 * Asking to join a room whose join rule is `knock` or `knock_restricted` (read with
 * `getRoomSummary`): the room's name, topic and size, a reason field and "Ask to join";
 * then "Request sent" with Cancel; "Your request was declined" with the reason; and the
 * accepted request, which arrives as an invite ("View invite"). Rooms that do not
 * take knocks say so; so does a summary saying the user is banned (the server would refuse
 * the knock) or already a member (nothing to ask). Everything the summary holds is
 * untrusted text, shown in `<bdi>`. A new `roomIdOrAlias` starts afresh: the previous
 * room's request is neither shown as this one's nor cancellable from here.
 */
export function KnockPreview({
  client,
  roomIdOrAlias,
  via,
  outcome,
  onViewInvite,
  onKnocked,
  onCancelled,
  headingLevel = 2,
  className,
  ...rest
}: KnockPreviewProps) {
  const i18n = useI18n(enKnock, enCommon);
  const headingId = useId();
  const reasonId = useId();
  const hintId = useId();
  const [reason, setReason] = useState("");
  const summaryState = useRoomSummary(client, roomIdOrAlias, { source: "room_summary", via });
  const knock = useKnock(client, { onKnocked, onCancelled });
  const { reset } = knock;

  // A new outcome from /sync is newer than the last local action: let it show.
  const outcomeKey = outcome ? `${outcome.status}|${"reason" in outcome ? (outcome.reason ?? "") : ""}` : "";
  const previousOutcome = useRef(outcomeKey);
  useEffect(() => {
    if (previousOutcome.current === outcomeKey) return;
    previousOutcome.current = outcomeKey;
    reset();
  }, [outcomeKey, reset]);

  // Another room in the same place: the previous room's request (sent, failed, withdrawn)
  // is not this one's, and Cancel must never withdraw a knock on a room no longer shown.
  const shownRoom = useRef(roomIdOrAlias);
  useEffect(() => {
    if (shownRoom.current === roomIdOrAlias) return;
    shownRoom.current = roomIdOrAlias;
    setReason("");
    reset();
  }, [roomIdOrAlias, reset]);

  // Only the answer to the current request counts here: not a summary kept while another is fetched.
  const summary = summaryState.status === "success" ? summaryState.summary : undefined;
  const roomId = knock.roomId ?? summary?.roomId ?? (isRoomId(roomIdOrAlias) ? roomIdOrAlias : undefined);
  const view = chooseView();

  function chooseView(): KnockView {
    switch (knock.status) {
      case "knocking":
        return "knocking";
      case "cancelling":
        return "cancelling";
      case "knocked":
        return "sent";
      case "cancelled":
        return "cancelled";
      case "idle":
      case "error":
        break;
      default:
        knock.status satisfies never;
    }
    if (knock.status === "error") return knock.error?.action === "cancel" ? "sent" : "form";
    if (outcome?.status === "accepted" || summary?.membership === "invite") return "accepted";
    if (outcome?.status === "declined") return "declined";
    if (outcome?.status === "pending" || summary?.membership === "knock") return "sent";
    // The auth rules refuse a knock from a banned or joined user: say why instead of a form that fails.
    if (summary?.membership === "ban") return "banned";
    if (summary?.membership === "join") return "joined";
    if (summaryState.status === "loading") return "loading";
    if (summaryState.error) return summaryState.error.code === "room_not_found" ? "not_knockable" : "form";
    return acceptsKnocks(summary?.joinRule, summary?.roomVersion) ? "form" : "not_knockable";
  }

  // The pressed button goes away when the request is sent or withdrawn: move focus to the next step.
  const cancelRef = useRef<HTMLButtonElement | null>(null);
  const submitRef = useRef<HTMLButtonElement | null>(null);
  const previousView = useRef(view);
  useEffect(() => {
    const before = previousView.current;
    previousView.current = view;
    if (before === "knocking" && view === "sent") cancelRef.current?.focus();
    if (before === "cancelling" && view === "cancelled") submitRef.current?.focus();
  }, [view]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (knock.isPending) return;
    const request = reason.trim() === "" ? { roomIdOrAlias } : { roomIdOrAlias, reason: reason.trim() };
    knock.knock(via ? { ...request, via } : request);
  }

  const title = summary?.name ?? summary?.canonicalAlias ?? roomIdOrAlias;
  const pendingReason = outcome?.status === "pending" ? outcome.reason : undefined;
  const showForm = view === "form" || view === "cancelled" || view === "declined" || view === "knocking";

  return (
    <article
      {...rest}
      aria-labelledby={headingId}
      className={className ? `mmui-card mmui-knock-preview ${className}` : "mmui-card mmui-knock-preview"}
      data-state={view}
    >
      <CardHeader
        avatar={
          // Initials only (no client): nothing is fetched for a room the user is not in.
          <RoomAvatar roomId={roomId ?? roomIdOrAlias} name={title} size={CARD_AVATAR_SIZE} />
        }
      >
        {createElement(
          `h${headingLevel}`,
          { id: headingId, className: "mmui-card__title mmui-knock-preview__title" },
          <NetworkText>{title}</NetworkText>,
        )}
        {summary?.joinedMemberCount !== undefined ? (
          <p className="mmui-knock-preview__meta">{i18n.plural("knock.members", summary.joinedMemberCount)}</p>
        ) : null}
      </CardHeader>
      {summary?.topic ? (
        <p className="mmui-knock-preview__topic">
          <NetworkText>{summary.topic}</NetworkText>
        </p>
      ) : null}
      {summary ? <p className="mmui-knock-preview__note">{i18n.t("knock.preview_note")}</p> : null}
      {summaryState.error ? (
        <p role="alert" className="mmui-knock-preview__error">
          {getErrorMessage(i18n, summaryState.error.code, { retryAfterMs: summaryState.error.retryAfterMs })}
        </p>
      ) : null}

      <div role="status" className="mmui-knock-preview__status">
        {view === "loading" ? i18n.t("common.loading") : null}
        {view === "knocking" ? i18n.t("knock.knocking") : null}
        {view === "cancelling" ? i18n.t("knock.cancelling") : null}
        {view === "sent" ? <strong>{i18n.t("knock.sent")}</strong> : null}
        {view === "cancelled" ? i18n.t("knock.cancelled") : null}
        {view === "declined" ? <strong>{i18n.t("knock.declined")}</strong> : null}
        {view === "accepted" ? <strong>{i18n.t("knock.accepted")}</strong> : null}
        {view === "not_knockable" && summaryState.status === "success" ? i18n.t("knock.not_knockable") : null}
        {view === "banned" ? i18n.t("knock.banned") : null}
        {view === "joined" ? i18n.t("knock.joined") : null}
      </div>

      {view === "not_knockable" && summary?.joinRule === "public" ? <p>{i18n.t("knock.public")}</p> : null}
      {view === "declined" && outcome?.status === "declined" && outcome.reason ? (
        <p className="mmui-knock-preview__reason">
          {i18n.t("knock.declined_reason", { reason: <NetworkText>{outcome.reason}</NetworkText> })}
        </p>
      ) : null}
      {view === "sent" || view === "cancelling" ? (
        <>
          <p>{i18n.t("knock.sent_detail")}</p>
          {pendingReason ? <p>{i18n.t("knock.your_message", { reason: <NetworkText>{pendingReason}</NetworkText> })}</p> : null}
          {roomId !== undefined ? (
            <Button ref={cancelRef} isPending={view === "cancelling"} onClick={() => knock.cancel({ roomId })}>
              {i18n.t("knock.cancel")}
            </Button>
          ) : null}
        </>
      ) : null}
      {view === "accepted" && onViewInvite ? (
        <Button variant="primary" onClick={() => onViewInvite(roomId ?? roomIdOrAlias)}>
          {i18n.t("knock.view_invite")}
        </Button>
      ) : null}
      {knock.error ? (
        <p role="alert" className="mmui-knock-preview__error">
          {knock.error.code === "forbidden"
            ? i18n.t(knock.error.action === "cancel" ? "knock.forbidden_cancel" : "knock.forbidden_knock")
            : getErrorMessage(i18n, knock.error.code, { retryAfterMs: knock.error.retryAfterMs })}
        </p>
      ) : null}
      {showForm ? (
        <form className="mmui-knock-preview__form" onSubmit={handleSubmit}>
          <label htmlFor={reasonId}>{i18n.t("knock.reason")}</label>
          <textarea
            id={reasonId}
            className="mmui-text-field"
            rows={3}
            maxLength={1024}
            value={reason}
            aria-describedby={hintId}
            onChange={(event) => setReason(event.target.value)}
          />
          <p id={hintId} className="mmui-knock-preview__hint">
            {i18n.t("knock.reason_hint")}
          </p>
          <Button ref={submitRef} type="submit" variant="primary" isPending={view === "knocking"}>
            {view === "form" ? i18n.t("knock.ask_to_join") : i18n.t("knock.ask_again")}
          </Button>
        </form>
      ) : null}
    </article>
  );
}

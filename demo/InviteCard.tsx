/**
 * One pending invite (or the user's own knock) as an `<article>` with Accept and Decline.
 * Stands in for the library's `InvitePreview` until that component is exported.
 */
import { useId, useState, type FormEvent } from "react";
import {
  NetworkText,
  formatRoomName,
  formatRoomNameText,
  getErrorMessage,
  useI18n,
  type InviteEntry,
  type MatrixHttpClient,
} from "../src/index";
import type { RoomActions } from "./actions";
import { Avatar } from "./Avatar";
import { useRoomAction } from "./useRoomActions";

/** Props of {@link InviteCard}. */
export interface InviteCardProps {
  client: MatrixHttpClient;
  actions: RoomActions;
  entry: InviteEntry;
  /** Whether the room and inviter avatars may be fetched. */
  showAvatars: boolean;
}

/** An invite with its actions; a knock with "Cancel request". */
export function InviteCard({ client, actions, entry, showAvatars }: InviteCardProps) {
  const i18n = useI18n();
  const headingId = useId();
  const reasonId = useId();
  const action = useRoomAction(actions, entry.roomId);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [block, setBlock] = useState(false);
  const { summary } = entry;
  const inviter = summary.inviter;
  const pending = action?.status === "accepting" || action?.status === "declining" || action?.status === "loading_state";
  const failure = action?.status === "accept_failed" || action?.status === "decline_failed" ? action.failure : undefined;

  function confirmDecline(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    void actions.decline(entry, { reason: reason.trim() || undefined, block });
  }

  return (
    <article className="demo-invite" aria-labelledby={headingId} data-state={action?.status ?? "idle"} data-room-id={entry.roomId}>
      <Avatar client={client} name={formatRoomNameText(summary.name, i18n)} avatarUrl={summary.avatarUrl} showImage={showAvatars} />
      <div className="demo-invite__body">
        <h3 id={headingId} dir="auto">
          {formatRoomName(summary.name, i18n)}
        </h3>
        {entry.kind === "knock" ? (
          <p>You asked to join. Waiting for someone in the room to let you in.</p>
        ) : inviter ? (
          <p>
            Invited by {inviter.displayName ? <><NetworkText>{inviter.displayName}</NetworkText> (</> : null}
            <NetworkText>{inviter.userId}</NetworkText>
            {inviter.displayName ? ")" : null}
          </p>
        ) : (
          <p>Invited by an unknown user.</p>
        )}
        {summary.topic ? <p className="demo-muted" dir="auto">{summary.topic}</p> : null}
        {summary.reason ? (
          <p>
            Message: <NetworkText>{summary.reason}</NetworkText>
          </p>
        ) : null}
        <p className="demo-muted">
          {summary.joinedMemberCount === 1 ? "1 member" : `${summary.joinedMemberCount} members`} · not verified until you join
        </p>
        {failure ? (
          <p role="alert" className="demo-error">
            {failure.uncertain ? "The connection dropped before the server answered. " : ""}
            {getErrorMessage(i18n, failure.code, { retryAfterMs: failure.retryAfterMs })}
          </p>
        ) : null}
        {pending ? <p role="status">{action?.status === "declining" ? "Declining…" : "Joining…"}</p> : null}
        {entry.kind === "knock" ? (
          <div className="demo-actions">
            <button type="button" aria-disabled={pending} onClick={() => !pending && void actions.decline(entry)}>
              Cancel request
            </button>
          </div>
        ) : (
          <div className="demo-actions">
            <button type="button" className="demo-primary" aria-disabled={pending} onClick={() => !pending && actions.accept(entry)}>
              {action?.status === "accept_failed" ? "Try again" : "Accept"}
            </button>
            <button type="button" aria-disabled={pending} onClick={() => !pending && void actions.decline(entry)}>
              Decline
            </button>
            <button type="button" aria-expanded={optionsOpen} onClick={() => setOptionsOpen((open) => !open)}>
              Reason or block…
            </button>
          </div>
        )}
        {optionsOpen && entry.kind === "invite" ? (
          <form className="demo-decline-form" onSubmit={confirmDecline}>
            <label htmlFor={reasonId}>Reason (optional, visible to the room)</label>
            <input id={reasonId} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
            {inviter ? (
              <label className="demo-check">
                <input type="checkbox" checked={block} onChange={(event) => setBlock(event.target.checked)} />
                Block <NetworkText>{inviter.userId}</NetworkText> (ignore their invites and messages)
              </label>
            ) : null}
            <button type="submit" aria-disabled={pending}>
              {block ? "Refuse and block" : "Refuse invite"}
            </button>
          </form>
        ) : null}
      </div>
    </article>
  );
}

/**
 * One pending invite as the library's `InvitePreviewView` (`<article>` with Accept and
 * Decline), driven by the demo's action store; the user's own knock as a small card with
 * "Cancel request".
 */
import { useId } from "react";
import {
  DeclineInviteDialog,
  InvitePreviewView,
  RoomAvatar,
  RoomNameText,
  cancelKnock,
  formatRoomNameText,
  useI18n,
  type InviteEntry,
  type InviteStore,
  type MatrixHttpClient,
  type MediaPolicy,
} from "../src/index";
import type { RoomActions } from "./actions";
import { useRoomAction } from "./useRoomActions";

/** Props of {@link InviteCard}. */
export interface InviteCardProps {
  client: MatrixHttpClient;
  actions: RoomActions;
  store: InviteStore;
  entry: InviteEntry;
  /** The user's media policy for invites: avatars are fetched only when it allows them. */
  mediaPolicy: MediaPolicy;
}

/** An invite with its actions, or a pending knock. */
export function InviteCard({ client, actions, store, entry, mediaPolicy }: InviteCardProps) {
  const action = useRoomAction(actions, entry.roomId);
  if (entry.kind === "knock") return <KnockCard client={client} store={store} entry={entry} mediaPolicy={mediaPolicy} />;
  const roomId = entry.roomId;
  return (
    <InvitePreviewView
      data-room-id={roomId}
      summary={entry.summary}
      client={client}
      mediaPolicy={mediaPolicy}
      status={action?.status ?? "idle"}
      error={action?.error}
      liveSummary={action?.liveSummary}
      declineOutcome={action?.declineOutcome}
      followUpsPending={action?.followUpsPending === true}
      onAccept={() => actions.accept(entry)}
      onDecline={(request) => void actions.decline(entry, request)}
      onRetry={() => actions.retry(roomId)}
      onReset={() => actions.reset(roomId)}
      onDismiss={() => actions.dismiss(roomId)}
      headingLevel={4}
      renderDeclineDialog={(props) => <DeclineInviteDialog {...props} />}
    />
  );
}

function KnockCard({ client, store, entry, mediaPolicy }: Omit<InviteCardProps, "actions">) {
  const i18n = useI18n();
  const headingId = useId();
  const name = formatRoomNameText(entry.summary.name, i18n);
  return (
    // A group, not an <article>: in this page an article is always an invite with Accept and Decline.
    <div role="group" className="demo-knock" aria-labelledby={headingId} data-room-id={entry.roomId}>
      <RoomAvatar client={client} roomId={entry.roomId} name={name} avatarUrl={entry.summary.avatarUrl} mediaPolicy={mediaPolicy} />
      <div>
        <h4 id={headingId}>
          <RoomNameText name={entry.summary.name} />
        </h4>
        <p>You asked to join. Waiting for someone in the room to let you in.</p>
        <button
          type="button"
          onClick={() => {
            const removed = store.remove(entry.roomId);
            cancelKnock(client, { roomId: entry.roomId }).catch(() => removed && store.restore(removed));
          }}
        >
          Cancel request
        </button>
      </div>
    </div>
  );
}

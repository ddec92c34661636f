/**
 * One pending invite as the library's `InvitePreviewView` (`<article>` with Accept and
 * Decline, the trust level with "Why am I seeing this?", and the room's live facts), driven
 * by the demo's action store; the user's own knock as a small card with
 * "Cancel request".
 */
import { useEffect, useId, useMemo } from "react";
import {
  DeclineInviteDialog,
  assessInvite,
  InvitePreviewView,
  RoomAvatar,
  RoomNameText,
  cancelKnock,
  formatRoomNameText,
  useI18n,
  useInviteFreshness,
  useMutualRooms,
  type InviteAssessmentContext,
  type InviteEntry,
  type InviteStore,
  type MatrixHttpClient,
  type MediaPolicy,
} from "../src/index";
import type { RoomActions } from "./actions";
import { GRADING, type KnownPeople } from "./trust";
import { BlockSenderButton } from "./SenderBlock";
import { useRoomAction } from "./useRoomActions";

/** Props of {@link InviteCard}. */
export interface InviteCardProps {
  client: MatrixHttpClient;
  actions: RoomActions;
  store: InviteStore;
  entry: InviteEntry;
  /** The user's media policy for invites: avatars are fetched only when it allows them. */
  mediaPolicy: MediaPolicy;
  /** The members of the user's joined rooms, once read. */
  known: KnownPeople | undefined;
  /** The pending invites (the store's snapshot), so a wave from one sender is counted. */
  pendingInvites: readonly InviteEntry[];
  /** The mutual-rooms answer for the inviter arrived (the inbox groups by it too). */
  onSharedRooms?(senderId: string, roomIds: readonly string[]): void;
}

/** An invite with its actions, or a pending knock. */
export function InviteCard(props: InviteCardProps) {
  if (props.entry.kind === "knock") return <KnockCard client={props.client} store={props.store} entry={props.entry} mediaPolicy={props.mediaPolicy} />;
  return <InviteArticle {...props} />;
}

/**
 * An invite, with its trust signals and live facts: the context is built from what the demo
 * knows (the members of the joined rooms, the pending invites, the mutual-rooms answer when
 * the server has the endpoint) and the room summary is checked while the invite is shown.
 */
function InviteArticle({ client, actions, entry, mediaPolicy, known, pendingInvites, onSharedRooms }: InviteCardProps) {
  const action = useRoomAction(actions, entry.roomId);
  const roomId = entry.roomId;
  const status = action?.status ?? "idle";
  const answered = status === "accepted" || status === "declined";
  const senderId = entry.summary.inviter?.userId;
  const mutual = useMutualRooms(client, senderId, { enabled: !answered });
  useEffect(() => {
    if (senderId !== undefined && mutual.status === "success" && mutual.roomIds) onSharedRooms?.(senderId, mutual.roomIds);
  }, [senderId, mutual.status, mutual.roomIds, onSharedRooms]);
  const target = useMemo(() => ({ roomId, summary: entry.summary }), [roomId, entry.summary]);
  const freshnessCheck = useInviteFreshness(client, target, { enabled: !answered });
  const freshness = freshnessCheck.freshness;
  const context = useMemo<InviteAssessmentContext>(
    () => ({
      ...known,
      pendingInvites,
      ...(mutual.status === "success" ? { sharedRoomIds: mutual.roomIds } : {}),
      ...(freshness ? { freshness } : {}),
    }),
    [known, pendingInvites, mutual.status, mutual.roomIds, freshness],
  );
  const assessment = useMemo(() => assessInvite(entry.summary, context), [entry.summary, context]);
  return (
    <div className="demo-invite-card">
      <InvitePreviewView
        data-room-id={roomId}
        summary={entry.summary}
        client={client}
        mediaPolicy={mediaPolicy}
        assessment={assessment}
        grading={GRADING}
        freshnessCheck={freshnessCheck}
        status={status}
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
      {answered ? null : <BlockSenderButton inviter={entry.summary.inviter} />}
    </div>
  );
}

function KnockCard({ client, store, entry, mediaPolicy }: Pick<InviteCardProps, "client" | "store" | "entry" | "mediaPolicy">) {
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

/**
 * A room the user joined in this session: the live summary (name, topic, member count,
 * refreshed every few seconds so a rename shows), its membership history (each line a
 * `MembershipEventText`) and `InviteUserForm` over the same live state.
 */
import { useEffect, useId, useMemo, useState } from "react";
import {
  InviteUserForm,
  MembershipEventText,
  NetworkText,
  RoomNameText,
  describeMembershipChange,
  getErrorMessage,
  summarizeRoomState,
  toMembershipError,
  useI18n,
  type MatrixHttpClient,
  type MembershipErrorCode,
} from "../src/index";
import type { RoomAction, RoomActions } from "./actions";
import type { Session } from "./session";
import { fetchMembershipEvents, type MembershipTimelineItem } from "./timeline";

/** Props of {@link JoinedRoom}. */
export interface JoinedRoomProps {
  client: MatrixHttpClient;
  session: Session;
  actions: RoomActions;
  action: RoomAction;
}

const REFRESH_MS = 5_000;

/** The joined room's live summary and membership timeline. */
export function JoinedRoom({ client, session, actions, action }: JoinedRoomProps) {
  const i18n = useI18n();
  const headingId = useId();
  const roomId = action.entry.roomId;
  const loaded = action.status === "accepted";
  // The live state (`GET /state`), read again every few seconds: the summary and the invite
  // form both work from it. Only the latest answer is kept; unmounting aborts the request.
  const [state, setState] = useState<{ events?: readonly unknown[]; error?: MembershipErrorCode }>({});
  const [timeline, setTimeline] = useState<{ items: MembershipTimelineItem[]; error?: string }>({ items: [] });
  const [refreshes, setRefreshes] = useState(0);

  useEffect(() => {
    if (!loaded) return undefined;
    const timer = setInterval(() => setRefreshes((count) => count + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, [loaded]);

  useEffect(() => {
    if (!loaded) return undefined;
    const controller = new AbortController();
    const { signal } = controller;
    client.getRoomState(roomId, { signal }).then(
      (events) => !signal.aborted && setState({ events }),
      (error: unknown) => !signal.aborted && setState((previous) => ({ ...previous, error: toMembershipError(error, "state")?.code ?? "unknown" })),
    );
    fetchMembershipEvents(session, roomId, { signal }).then(
      (items) => !signal.aborted && setTimeline({ items }),
      (error: unknown) => !signal.aborted && setTimeline((previous) => ({ ...previous, error: String((error as Error).message) })),
    );
    return () => controller.abort();
  }, [loaded, client, session, roomId, refreshes]);

  const liveSummary = useMemo(
    () => (state.events === undefined ? undefined : summarizeRoomState(state.events, { userId: session.userId, roomId })),
    [state.events, session.userId, roomId],
  );
  const summary = liveSummary ?? action.liveSummary;
  const roomState = useMemo(() => (state.events === undefined ? undefined : { roomId, events: state.events }), [roomId, state.events]);

  // Names for senders the events do not name themselves (the inviter of "Bob invited Alice").
  const names = new Map<string, string>();
  for (const item of timeline.items) {
    const change = describeMembershipChange(item.event);
    if (change.kind !== "invalid" && change.newDisplayName) names.set(change.target, change.newDisplayName);
  }
  const getMemberName = (userId: string) => names.get(userId);

  return (
    // A region, not an <article>: in this page an article is always a pending invite.
    <section className="demo-room" aria-labelledby={headingId} data-state={action.status} data-room-id={roomId}>
      <h3 id={headingId}>
        <RoomNameText name={(summary ?? action.entry.summary).name} />
      </h3>
      {action.status === "error" && action.error ? (
        <>
          <p role="alert" className="demo-error">
            You joined the room, but its details could not be loaded: {getErrorMessage(i18n, action.error.code, { retryAfterMs: action.error.retryAfterMs })}
          </p>
          <button type="button" onClick={() => actions.retry(roomId)}>
            Load room details
          </button>
        </>
      ) : null}
      {action.status === "accepting" ? <p role="status">Loading the room…</p> : null}
      {summary ? (
        <dl className="demo-facts">
          <dt>Topic</dt>
          <dd dir="auto">{summary.topic ? <NetworkText>{summary.topic}</NetworkText> : "No topic"}</dd>
          <dt>Members</dt>
          <dd data-testid="member-count">{summary.joinedMemberCount}</dd>
          <dt>Room ID</dt>
          <dd>
            <NetworkText>{roomId}</NetworkText>
          </dd>
        </dl>
      ) : null}
      {state.error !== undefined ? <p className="demo-error">Refreshing failed: {getErrorMessage(i18n, state.error)}</p> : null}
      {loaded ? (
        <div>
          <h4>Membership history</h4>
          {timeline.error ? <p className="demo-error">{timeline.error}</p> : null}
          <ol className="demo-timeline">
            {timeline.items.map((item) => (
              <li key={item.key}>
                <MembershipEventText event={item.event} getMemberName={getMemberName} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {roomState !== undefined ? (
        <InviteUserForm
          client={client}
          roomState={roomState}
          actorId={session.userId}
          onStateChange={(events) => setState({ events })}
          onInvited={() => setRefreshes((count) => count + 1)}
        />
      ) : null}
    </section>
  );
}

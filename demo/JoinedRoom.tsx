/**
 * A room the user joined in this session: the live summary (name, topic, member count,
 * refreshed every few seconds so a rename shows) and its membership history.
 */
import { useEffect, useId, useState } from "react";
import {
  NetworkText,
  formatRoomName,
  getErrorMessage,
  useI18n,
  useRoomSummary,
  type MatrixHttpClient,
  type MembershipChangeDescription,
} from "../src/index";
import type { RoomAction, RoomActions } from "./actions";
import type { Session } from "./session";
import { describeChangeInWords, fetchMembershipChanges } from "./timeline";

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
  const joined = action.status === "joined";
  const live = useRoomSummary(client, roomId, { userId: session.userId, enabled: joined });
  const { refetch } = live;
  const summary = live.summary ?? (action.status === "joined" ? action.summary : undefined);
  const [timeline, setTimeline] = useState<{ changes: MembershipChangeDescription[]; error?: string }>({ changes: [] });

  useEffect(() => {
    if (!joined) return undefined;
    const controller = new AbortController();
    const load = () =>
      fetchMembershipChanges(session, roomId, { signal: controller.signal }).then(
        (changes) => !controller.signal.aborted && setTimeline({ changes }),
        (error: unknown) => !controller.signal.aborted && setTimeline((previous) => ({ ...previous, error: String((error as Error).message) })),
      );
    void load();
    const timer = setInterval(() => {
      refetch();
      void load();
    }, REFRESH_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [joined, session, roomId, refetch]);

  const members = new Map<string, string>();
  for (const change of timeline.changes) if (change.targetDisplayName) members.set(change.target, change.targetDisplayName);
  const nameOf = (userId: string) => members.get(userId) ?? userId;

  return (
    <article className="demo-room" aria-labelledby={headingId} data-state={action.status} data-room-id={roomId}>
      <h3 id={headingId} dir="auto">
        {summary ? formatRoomName(summary.name, i18n) : formatRoomName(action.entry.summary.name, i18n)}
      </h3>
      {action.status === "state_failed" ? (
        <>
          <p role="alert" className="demo-error">
            You joined the room, but its details could not be loaded: {getErrorMessage(i18n, action.failure.code, { retryAfterMs: action.failure.retryAfterMs })}
          </p>
          <button type="button" onClick={() => actions.retryState(roomId)}>
            Load room details
          </button>
        </>
      ) : null}
      {action.status === "loading_state" ? <p role="status">Loading the room…</p> : null}
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
      {live.status === "error" && live.error ? (
        <p className="demo-error">Refreshing failed: {getErrorMessage(i18n, live.error.code)}</p>
      ) : null}
      {joined ? (
        <section aria-label="Membership history">
          <h4>Membership history</h4>
          {timeline.error ? <p className="demo-error">{timeline.error}</p> : null}
          <ol className="demo-timeline">
            {timeline.changes.map((change, index) => (
              <li key={change.eventId ?? index} dir="auto">
                {describeChangeInWords(change, nameOf)}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}

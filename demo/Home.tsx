/**
 * The signed-in screen: one HTTP client, one invite store fed by a live `/sync` loop, the
 * inbox, the rooms joined in this session, knocking and settings.
 */
import { useEffect, useMemo } from "react";
import {
  createInviteStore,
  createMatrixHttpClient,
  startSyncLoop,
  useInviteBlocking,
  useMediaPreviewPolicy,
} from "../src/index";
import { createRoomActions } from "./actions";
import { Inbox } from "./Inbox";
import { JoinedRoom } from "./JoinedRoom";
import { KnockForm } from "./KnockForm";
import type { Session } from "./session";
import { Settings } from "./Settings";
import { useRoomActionRecords } from "./useRoomActions";

/** Props of {@link Home}. */
export interface HomeProps {
  session: Session;
  onSignOut: () => void;
}

/** Everything after sign-in. */
export function Home({ session, onSignOut }: HomeProps) {
  const client = useMemo(
    () => createMatrixHttpClient({ baseUrl: session.baseUrl, accessToken: session.accessToken, userId: session.userId }),
    [session],
  );
  const store = useMemo(() => createInviteStore({ userId: session.userId }), [session]);
  const actions = useMemo(() => createRoomActions(client, store, session.userId), [client, store, session]);
  const media = useMediaPreviewPolicy(client);
  const blocking = useInviteBlocking(client);
  const records = useRoomActionRecords(actions);
  const joined = useMemo(() => records.filter((record) => record.joined || record.status === "accepted"), [records]);

  useEffect(() => {
    const loop = startSyncLoop(store, client, { timeoutMs: 20_000, maxBackoffMs: 8_000 });
    return () => loop.stop();
  }, [store, client]);

  return (
    <div className="demo-home">
      <header className="demo-header">
        <h1>Invites</h1>
        <p>
          Signed in as <bdi>{session.userId}</bdi>
        </p>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main className="demo-columns">
        <Inbox client={client} userId={session.userId} store={store} actions={actions} showAvatars={media.status === "ready" && media.inviteAvatars} />
        <div className="demo-side">
          {joined.length > 0 ? (
            <section className="demo-panel" aria-labelledby="joined-heading">
              <h2 id="joined-heading">Joined rooms</h2>
              {joined.map((action) => (
                <JoinedRoom key={action.entry.roomId} client={client} session={session} actions={actions} action={action} />
              ))}
            </section>
          ) : null}
          <KnockForm client={client} />
          <Settings media={media} blocking={blocking} />
        </div>
      </main>
    </div>
  );
}

/**
 * The signed-in screen: one HTTP client, one invite store fed by the chosen feed (sliding
 * sync or `/sync`), the inbox, the rooms joined in this session, knocking and settings.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { InviteSafetySettings, createInviteStore, createMatrixHttpClient, inviteMediaPolicy, startInviteFeed } from "../src/index";
import type { InviteFeed, InviteFeedChoice, InviteFeedKind } from "../src/index";
import { createRoomActions } from "./actions";
import { Inbox } from "./Inbox";
import { JoinedRoom } from "./JoinedRoom";
import { KnockForm } from "./KnockForm";
import type { Session } from "./session";
import { loadFeedChoice, saveFeedChoice, SyncSetting } from "./SyncSetting";
import { useKnownPeople } from "./trust";
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
  // With "Block all invites" on, pending invites are hidden too (MSC4155), and come back when it is off.
  const store = useMemo(() => createInviteStore({ userId: session.userId, hideInvitesWhenBlocked: true }), [session]);
  const actions = useMemo(() => createRoomActions(client, store, session.userId), [client, store, session]);
  // The user's m.media_preview_config as the last /sync delivered it (the safe choice, no
  // avatars, until the first sync): a change made here or in another client follows within
  // a long-poll.
  const getPolicy = useCallback(() => store.getMediaPreviewPolicy(), [store]);
  const mediaPolicy = inviteMediaPolicy(useSyncExternalStore(store.subscribe, getPolicy, getPolicy));
  const records = useRoomActionRecords(actions);
  const joined = useMemo(() => records.filter((record) => record.joined || record.status === "accepted"), [records]);
  // The people in the user's rooms, read again when a room is joined here: the invites' trust context.
  const known = useKnownPeople(session, joined.length);

  // "View invite" after an accepted knock: scroll the invite into view and focus it.
  const viewInvite = useCallback((roomId: string) => {
    const card = document.querySelector<HTMLElement>(`article.mmui-invite-preview[data-room-id="${CSS.escape(roomId)}"]`);
    card?.scrollIntoView({ block: "nearest" });
    // The first of the invite's actions (Accept), not "Why am I seeing this?" above them.
    card?.querySelector<HTMLElement>(".mmui-invite-preview__actions button")?.focus();
  }, []);

  // "Sync: automatic / sliding / classic". Switching keeps the store: the invites stay
  // listed until the new feed's first answer replaces them.
  const [feedChoice, setFeedChoice] = useState<InviteFeedChoice>(loadFeedChoice);
  const [runningFeed, setRunningFeed] = useState<InviteFeedKind | undefined>(undefined);
  const chooseFeed = useCallback((choice: InviteFeedChoice) => {
    saveFeedChoice(choice);
    setFeedChoice(choice);
  }, []);

  useEffect(() => {
    const started: { feed?: InviteFeed } = {};
    // The feed's status changes reach the store's listeners: read which feed runs then.
    const unsubscribe = store.subscribe(() => setRunningFeed(started.feed?.getFeed()));
    const feed = startInviteFeed(store, client, { feed: feedChoice, timeoutMs: 20_000, maxBackoffMs: 8_000 });
    started.feed = feed;
    return () => {
      unsubscribe();
      feed.stop();
    };
  }, [store, client, feedChoice]);

  return (
    <div className="demo-home">
      <header className="demo-header">
        <h1>Matrix membership UI demo</h1>
        <p>
          Signed in as <bdi>{session.userId}</bdi>
        </p>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main className="demo-columns">
        <Inbox client={client} userId={session.userId} store={store} actions={actions} mediaPolicy={mediaPolicy} known={known} />
        <div className="demo-side">
          {joined.length > 0 ? (
            <section className="demo-panel" aria-labelledby="joined-heading">
              <h2 id="joined-heading">Joined rooms</h2>
              {joined.map((action) => (
                <JoinedRoom key={action.entry.roomId} client={client} session={session} actions={actions} action={action} />
              ))}
            </section>
          ) : null}
          <KnockForm client={client} store={store} onViewInvite={viewInvite} />
          <InviteSafetySettings className="demo-panel" client={client} />
          <SyncSetting choice={feedChoice} running={runningFeed} onChange={chooseFeed} />
        </div>
      </main>
    </div>
  );
}

/**
 * The invite inbox: the library's `InviteList` (grouped by trust into known, unknown and a
 * folded "Probably spam", filter, virtualized rows, multi-select with its bar, "Decline all"
 * with rate-limit waits, "Decline all and ignore senders", the offer to decline invites hidden
 * from ignored people) with each row rendered as an `InvitePreviewView` article with a
 * an "Ignore" (block and clear) for its sender, fed live by the invite store, plus the sync connection state.
 */
import { useCallback, useMemo, useState, useSyncExternalStore, type CSSProperties } from "react";
import { InviteList, useInvites, type InviteEntry, type InviteListTrustContext, type InviteStore, type MatrixHttpClient, type MediaPolicy, type SyncStatus } from "../src/index";
import type { RoomActions } from "./actions";
import { GRADING, type KnownPeople } from "./trust";
import { InviteCard } from "./InviteCard";
import { SenderBlockProvider } from "./SenderBlock";
import { useRoomActionRecords } from "./useRoomActions";

/** Props of {@link Inbox}. */
export interface InboxProps {
  client: MatrixHttpClient;
  userId: string;
  store: InviteStore;
  actions: RoomActions;
  /** The user's media policy for invites. */
  mediaPolicy: MediaPolicy;
  /** The members of the user's joined rooms (for each invite's trust level), once read. */
  known: KnownPeople | undefined;
}

/**
 * Up to this many invites the list grows with the page and every invite is in the document
 * (find-in-page, assistive technology and scripts see them all); beyond it, the list scrolls
 * on its own and only renders what is in view.
 */
const UNVIRTUALIZED_LIMIT = 30;

function describeSync(status: SyncStatus): string {
  switch (status.state) {
    case "idle":
      return "Not connected yet.";
    case "syncing":
      return status.caughtUp ? "Up to date. New invites appear here as they arrive." : "Loading invites…";
    case "error":
      return `Connection problem. Retrying in ${Math.max(1, Math.round((status.retryInMs ?? 1000) / 1000))} s; nothing is lost meanwhile.`;
    case "stopped":
      return status.error === undefined ? "Stopped." : "Stopped: the session is no longer valid. Sign out and sign in again.";
    default:
      return status satisfies never;
  }
}

/** The invite list with its header. */
export function Inbox({ client, userId, store, actions, mediaPolicy, known }: InboxProps) {
  const pending = useInvites(store);
  const records = useRoomActionRecords(actions);
  const getStatus = useCallback(() => store.getSyncStatus(), [store]);
  const status = useSyncExternalStore(store.subscribe, getStatus, getStatus);
  const getPermission = useCallback(() => store.getInvitePermission(), [store]);
  const permission = useSyncExternalStore(store.subscribe, getPermission, getPermission);
  const pendingInvites = pending.filter((entry) => entry.kind === "invite").length;

  // Declined cards (and ones whose action is still running) stay after the store has
  // dropped the invite, until dismissed. Joined rooms move to the "Joined rooms" panel: a
  // "Decline all" must never leave a room the user has just joined.
  const invites = useMemo(() => {
    const listed = new Set(pending.map((entry) => entry.roomId));
    const finished: InviteEntry[] = records
      .filter((record) => !record.dismissed && !record.joined && record.status !== "accepted" && !listed.has(record.entry.roomId))
      .map((record) => record.entry);
    return finished.length === 0 ? pending : [...finished, ...pending];
  }, [pending, records]);

  // The list groups by the same trust signals the cards show: the members of the joined rooms,
  // plus each sender's mutual-rooms answer as the cards receive it.
  const [sharedRooms, setSharedRooms] = useState<ReadonlyMap<string, readonly string[]>>(() => new Map());
  const onSharedRooms = useCallback((senderId: string, roomIds: readonly string[]) => {
    setSharedRooms((current) => (current.get(senderId) === roomIds ? current : new Map(current).set(senderId, roomIds)));
  }, []);
  const trust = useMemo<InviteListTrustContext>(() => ({ ...known, sharedRoomIds: sharedRooms }), [known, sharedRooms]);

  const renderInvite = useCallback(
    (entry: InviteEntry) => (
      <InviteCard
        client={client}
        actions={actions}
        store={store}
        entry={entry}
        mediaPolicy={mediaPolicy}
        known={known}
        pendingInvites={pending}
        onSharedRooms={onSharedRooms}
      />
    ),
    [client, actions, store, mediaPolicy, known, pending, onSharedRooms],
  );

  return (
    <section className="demo-panel demo-inbox" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">Invites ({pendingInvites})</h2>
      <p role="status" className="demo-muted" data-sync-state={status.state}>
        {describeSync(status)}
      </p>
      {permission.blockAll ? (
        <p className="demo-note">All invites are blocked (see Invite safety). Pending invites are hidden, not declined, until you allow invites again.</p>
      ) : null}
      <SenderBlockProvider client={client} store={store}>
        <InviteList
          client={client}
          invites={invites}
          userId={userId}
          mediaPolicy={mediaPolicy}
          trust={trust}
          grading={GRADING}
          selectable
          store={store}
          renderInvite={renderInvite}
          headingLevel={3}
          style={{ "--mmui-invite-list-max-height": invites.length <= UNVIRTUALIZED_LIMIT ? "none" : "75vh" } as CSSProperties}
        />
      </SenderBlockProvider>
    </section>
  );
}

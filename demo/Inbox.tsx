/**
 * The invite inbox: the live list from the invite store, the sync connection state, and
 * "Decline all" for a flood of spam invites (a few at a time, so the server is not hammered;
 * the client waits out any 429 itself).
 */
import { useCallback, useState, useSyncExternalStore } from "react";
import { useInvites, type InviteStore, type MatrixHttpClient, type SyncStatus } from "../src/index";
import type { RoomActions } from "./actions";
import { InviteCard } from "./InviteCard";

/** Props of {@link Inbox}. */
export interface InboxProps {
  client: MatrixHttpClient;
  store: InviteStore;
  actions: RoomActions;
  showAvatars: boolean;
}

const DECLINE_ALL_CONCURRENCY = 4;

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
export function Inbox({ client, store, actions, showAvatars }: InboxProps) {
  const invites = useInvites(store);
  const getStatus = useCallback(() => store.getSyncStatus(), [store]);
  const status = useSyncExternalStore(store.subscribe, getStatus, getStatus);
  const [bulk, setBulk] = useState<{ done: number; total: number; failed: number } | undefined>(undefined);
  const pendingInvites = invites.filter((entry) => entry.kind === "invite");
  const running = bulk !== undefined && bulk.done < bulk.total;

  async function declineAll() {
    if (running) return;
    const queue = [...pendingInvites];
    const progress = { done: 0, total: queue.length, failed: 0 };
    setBulk({ ...progress });
    const worker = async () => {
      for (let entry = queue.shift(); entry !== undefined; entry = queue.shift()) {
        const ok = await actions.decline(entry);
        progress.done += 1;
        if (!ok) progress.failed += 1;
        setBulk({ ...progress });
      }
    };
    await Promise.all(Array.from({ length: DECLINE_ALL_CONCURRENCY }, worker));
  }

  return (
    <section className="demo-panel" aria-labelledby="inbox-heading">
      <div className="demo-panel__header">
        <h2 id="inbox-heading">Invites ({pendingInvites.length})</h2>
        {pendingInvites.length > 1 ? (
          <button type="button" aria-disabled={running} onClick={() => void declineAll()}>
            Decline all
          </button>
        ) : null}
      </div>
      <p role="status" className="demo-muted" data-sync-state={status.state}>
        {describeSync(status)}
      </p>
      {bulk !== undefined ? (
        <p role="status">
          {running
            ? `Declining ${bulk.done} of ${bulk.total}…`
            : `Declined ${bulk.total - bulk.failed} of ${bulk.total} invites${bulk.failed > 0 ? `; ${bulk.failed} failed, press Decline all again` : ""}.`}
        </p>
      ) : null}
      {invites.length === 0 && status.state === "syncing" && status.caughtUp ? <p>No pending invites.</p> : null}
      <div className="demo-invite-list">
        {invites.map((entry) => (
          <InviteCard key={entry.roomId} client={client} actions={actions} entry={entry} showAvatars={showAvatars} />
        ))}
      </div>
    </section>
  );
}

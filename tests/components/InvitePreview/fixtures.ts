/**
 * Invite entries built from the real Synapse captures the way an application gets them:
 * a `/sync` response fed to the invite store.
 */
import { createInviteStore } from "../../../src/core/store/inviteStore";
import type { InviteEntry } from "../../../src/core/store/inviteStore";

/** The part of an `invite-*.json` capture the entries are built from. */
export interface InviteCapture {
  room_id: string;
  user_id: string;
  sync_invite_entry: unknown;
}

/** The invite entry the store holds after a sync carrying `capture`. */
export function entryFromCapture(capture: InviteCapture, roomId: string = capture.room_id): InviteEntry {
  const store = createInviteStore({ userId: capture.user_id, now: () => 1_795_710_050_000 });
  store.applySync({ rooms: { invite: { [roomId]: capture.sync_invite_entry } } });
  const entry = store.getEntry(roomId);
  if (!entry) throw new Error(`the store kept no entry for ${roomId}`);
  return entry;
}

/** An invite entry from hand-written stripped state (hostile inputs). */
export function entryFromEvents(roomId: string, events: unknown[], userId = "@bob:localhost"): InviteEntry {
  return entryFromCapture({ room_id: roomId, user_id: userId, sync_invite_entry: { invite_state: { events } } });
}

/** Stripped state of an invite from `sender` to bob, with the given extra state events. */
export function inviteEvents(sender: string, extra: unknown[], inviteContent: Record<string, unknown> = {}): unknown[] {
  return [
    { type: "m.room.create", state_key: "", sender, content: { room_version: "11" } },
    ...extra,
    {
      type: "m.room.member",
      state_key: "@bob:localhost",
      sender,
      content: { membership: "invite", ...inviteContent },
      origin_server_ts: 1_795_710_046_963,
    },
  ];
}

/**
 * `/sync` responses for the store tests, assembled from the real Synapse captures in
 * `tests/fixtures/` (bob is the signed-in user, alice and mallory invite him).
 */
import acceptFixture from "../../fixtures/accept-named-room-full.json";
import declineFixture from "../../fixtures/decline-dm-unnamed.json";
import dmFixture from "../../fixtures/invite-dm-unnamed.json";
import inviteAfterKnockFixture from "../../fixtures/invite-after-knock.json";
import lookalikeFixture from "../../fixtures/invite-lookalike-dm.json";
import namedRoomFixture from "../../fixtures/invite-named-room-full.json";
import knockFixture from "../../fixtures/knock-pending.json";

/** The signed-in user of every capture. */
export const BOB = namedRoomFixture.user_id;
/** A clock reading shortly after the captures were taken (all their timestamps are earlier). */
export const AFTER_CAPTURE = 1_795_710_100_000;

/** alice's invite to "Design Review" (a named room). */
export const namedRoom = { roomId: namedRoomFixture.room_id, entry: namedRoomFixture.sync_invite_entry };
/** alice's DM invite (unnamed), later declined in {@link declinedDm}. */
export const dm = { roomId: dmFixture.room_id, entry: dmFixture.sync_invite_entry };
/** mallory's DM invite, mallory posing as "Alice Liddell". */
export const lookalikeDm = { roomId: lookalikeFixture.room_id, entry: lookalikeFixture.sync_invite_entry };
/** bob's knock on "Knock Knock", pending. */
export const knock = { roomId: knockFixture.room_id, entry: knockFixture.sync_knock_entry };
/** The invite that accepts bob's knock (same room as {@link knock}). */
export const inviteAfterKnock = { roomId: inviteAfterKnockFixture.room_id, entry: inviteAfterKnockFixture.sync_invite_entry };
/** The `rooms.join` entry after bob accepted {@link namedRoom}. */
export const joinedNamedRoom = { roomId: acceptFixture.room_id, entry: acceptFixture.sync_join_entry_after };
/** The `rooms.leave` entry after bob declined {@link dm} with a reason. */
export const declinedDm = { roomId: declineFixture.room_id, entry: declineFixture.sync_leave_entry_after };

type Section = "invite" | "knock" | "join" | "leave";

/** A `/sync` response with the given room sections and global account data. */
export function syncResponse(
  rooms: Partial<Record<Section, Record<string, unknown>>>,
  accountData: Record<string, unknown> = {},
  nextBatch = "s1",
): Record<string, unknown> {
  return {
    next_batch: nextBatch,
    rooms,
    account_data: { events: Object.entries(accountData).map(([type, content]) => ({ type, content })) },
  };
}

/** One room entry keyed by its room ID, for {@link syncResponse}. */
export function roomsOf(...rooms: ReadonlyArray<{ roomId: string; entry: unknown }>): Record<string, unknown> {
  return Object.fromEntries(rooms.map((room) => [room.roomId, room.entry]));
}

/**
 * A copy of an invite entry whose own invite event (bob's `m.room.member`) is changed: a
 * re-invite with a new timestamp, reason or sender.
 */
export function withOwnInvite(
  entry: { invite_state: { events: ReadonlyArray<Record<string, unknown>> } },
  change: { originServerTs?: number; reason?: string; sender?: string },
): { invite_state: { events: Record<string, unknown>[] } } {
  const events = entry.invite_state.events.map((event) => {
    if (event["type"] !== "m.room.member" || event["state_key"] !== BOB) return event;
    const content = { ...(event["content"] as Record<string, unknown>) };
    if (change.reason !== undefined) content["reason"] = change.reason;
    return {
      ...event,
      content,
      ...(change.originServerTs !== undefined ? { origin_server_ts: change.originServerTs } : {}),
      ...(change.sender !== undefined ? { sender: change.sender } : {}),
    };
  });
  return { invite_state: { events } };
}

/** The invite timestamp a capture carries (bob's own member event). */
export function ownInviteTs(entry: { invite_state: { events: ReadonlyArray<Record<string, unknown>> } }): number {
  const event = entry.invite_state.events.find((item) => item["type"] === "m.room.member" && item["state_key"] === BOB);
  return event?.["origin_server_ts"] as number;
}

/**
 * Room summaries for the knock room of the `knock-pending.json` capture, as
 * `GET /_matrix/client/v1/room_summary` reports them: built from the captured knock state
 * (name, topic, join rule, version), with the spec's summary field names.
 */
import knockPending from "../../fixtures/knock-pending.json";

const events = knockPending.sync_knock_entry.knock_state.events;
const contentOf = (type: string) => events.find((event) => event.type === type)?.content as Record<string, unknown> | undefined;

/** The knock room's ID. */
export const knockRoomId: string = knockPending.room_id;

/** The summary before knocking. */
export const knockRoomSummary: Record<string, unknown> = {
  room_id: knockPending.room_id,
  name: contentOf("m.room.name")?.name,
  topic: contentOf("m.room.topic")?.topic,
  join_rule: contentOf("m.room.join_rules")?.join_rule,
  room_version: contentOf("m.room.create")?.room_version,
  num_joined_members: 1,
  guest_can_join: false,
  world_readable: false,
};

/** The summary while the captured knock is pending. */
export const pendingKnockSummary: Record<string, unknown> = { ...knockRoomSummary, membership: "knock" };

/** The reason bob gave when knocking, from the capture. */
export const capturedKnockReason = (events.find((event) => event.type === "m.room.member")?.content as { reason: string }).reason;

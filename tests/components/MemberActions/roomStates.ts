/**
 * Live room states for member-action tests and stories, derived from the real
 * `GET /rooms/{roomId}/state` capture in `accept-named-room-full.json`: its events are
 * kept, and the create, power-levels, join-rules and member events are rewritten for the
 * scenario (room version, who holds which level, who is invited, banned or knocking).
 */
import accepted from "../../fixtures/accept-named-room-full.json";
import type { Membership } from "../../../src/core/types";

/** The capture's live state, untouched. */
export const capturedLiveState: readonly Record<string, unknown>[] = accepted.live_state;
/** The captured room's ID. */
export const capturedRoomId: string = accepted.room_id;

const REWRITTEN = new Set(["m.room.create", "m.room.power_levels", "m.room.join_rules", "m.room.member"]);

/** What a scenario changes. */
export interface RoomStateScenario {
  /** Room version, "10"–"12". */
  roomVersion: string;
  /** The create event's sender (a creator in every version). */
  creator?: string;
  /** Room version 12 `additional_creators`. */
  additionalCreators?: string[];
  /** Explicit power levels (creators of v12 rooms are dropped: their power is infinite). */
  users?: Record<string, number>;
  /** Each member's membership and display name. */
  members: Record<string, { membership: Membership; displayname?: string }>;
  /** The join rule (default `knock`, so knocks are possible). */
  joinRule?: string;
}

let counter = 0;
function stateEvent(type: string, stateKey: string, sender: string, content: Record<string, unknown>): Record<string, unknown> {
  counter += 1;
  return {
    type,
    state_key: stateKey,
    sender,
    content,
    event_id: `$scenario${counter}`,
    origin_server_ts: 1_795_710_046_000 + counter,
    room_id: capturedRoomId,
    unsigned: { age: 10 },
  };
}

/** The captured live state rewritten for `scenario`. */
export function liveState(scenario: RoomStateScenario): Record<string, unknown>[] {
  const creator = scenario.creator ?? "@alice:localhost";
  const version = Number(scenario.roomVersion);
  const createContent: Record<string, unknown> = { room_version: scenario.roomVersion };
  if (version <= 10) createContent.creator = creator;
  if (version >= 12 && scenario.additionalCreators) createContent.additional_creators = scenario.additionalCreators;
  const capturedLevels = capturedLiveState.find((event) => event.type === "m.room.power_levels")?.content as Record<string, unknown>;
  const users = { ...(scenario.users ?? { [creator]: 100 }) };
  if (version >= 12) for (const userId of [creator, ...(scenario.additionalCreators ?? [])]) delete users[userId];
  const events = capturedLiveState.filter((event) => !REWRITTEN.has(String(event.type)));
  events.push(stateEvent("m.room.create", "", creator, createContent));
  events.push(stateEvent("m.room.power_levels", "", creator, { ...capturedLevels, users }));
  events.push(stateEvent("m.room.join_rules", "", creator, { join_rule: scenario.joinRule ?? "knock" }));
  for (const [userId, { membership, displayname }] of Object.entries(scenario.members)) {
    const sender = membership === "join" || membership === "knock" ? userId : creator;
    const content: Record<string, unknown> = { membership };
    if (displayname !== undefined) content.displayname = displayname;
    events.push(stateEvent("m.room.member", userId, sender, content));
  }
  return events;
}

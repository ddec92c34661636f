/**
 * `/sync` `rooms.leave` entries as bob would receive them: the state of the captured
 * "Design Review" room (`accept-named-room-full.json`) and, in the timeline, bob's own
 * membership event from `membership-transitions.json` (kick, ban, leave, withdrawn invite,
 * declined knock). The decline capture (`decline-dm-unnamed.json`) is used as it is.
 */
import accepted from "../../fixtures/accept-named-room-full.json";
import declined from "../../fixtures/decline-dm-unnamed.json";
import transitions from "../../fixtures/membership-transitions.json";

/** The room of the captured state. */
export const leftRoomId: string = accepted.room_id;

/** The captured state with its join rule replaced (`public` allows rejoining). */
function stateWithJoinRule(joinRule: string) {
  return accepted.live_state
    .filter((event) => event.state_key !== "@bob:localhost")
    .map((event) => (event.type === "m.room.join_rules" ? { ...event, content: { join_rule: joinRule } } : event));
}

function entry(timelineIndex: number, joinRule = "invite") {
  return {
    state: { events: stateWithJoinRule(joinRule) },
    timeline: { events: [{ ...transitions.timeline[timelineIndex], room_id: leftRoomId }], limited: false },
    account_data: { events: [] },
  };
}

/** Alice removed bob ("spam") from a public room. */
export const kickedFromPublicRoom = entry(17, "public");
/** Alice removed bob ("spam") from an invite-only room. */
export const kickedFromPrivateRoom = entry(17);
/** Alice removed bob ("spam") from a room open to members of other rooms (`restricted`). */
export const kickedFromRestrictedRoom = entry(17, "restricted");
/** Alice removed bob ("spam") from a `knock_restricted` room. */
export const kickedFromKnockRestrictedRoom = entry(17, "knock_restricted");
/** Alice removed bob ("spam") from a room one asks to join (`knock`). */
export const kickedFromKnockRoom = entry(17, "knock");
/** Alice banned bob ("more spam"). */
export const banned = entry(18);
/** Bob left ("bye") a public room. */
export const leftPublicRoom = entry(14, "public");
/** Bob declined alice's invitation ("busy"). */
export const inviteDeclined = entry(2);
/** Bob withdrew his request to join. */
export const knockWithdrawn = entry(6);
/** Alice lifted bob's ban, in a public room. */
export const unbannedInPublicRoom = entry(19, "public");
/** Alice withdrew bob's invitation ("oops"). */
export const inviteWithdrawn = entry(4);
/** Alice declined bob's request to join ("not now"). */
export const knockDeclined = entry(8);
/** The captured decline of a DM invite: a timeline with bob's leave, no state. */
export const declinedInvite = declined.sync_leave_entry_after;
/** The room of the captured decline. */
export const declinedRoomId: string = declined.room_id;

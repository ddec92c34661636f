/**
 * Trust and freshness data for the stories, from the real Synapse captures: assessments made
 * by the core's `assessInvite` with the context a host would have, and live facts from the
 * room summary Synapse answered while the user was invited (`room_summary_while_invited`).
 */
import type { InviteFreshness } from "../../core/flows/inviteFreshness";
import { assessInvite } from "../../core/inviteAssessment";
import type { InviteAssessment, InviteAssessmentContext } from "../../core/inviteAssessment";
import { parseRoomPreview } from "../../core/roomPreview";
import { createInviteStore } from "../../core/store/inviteStore";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { RoomSummary } from "../../core/types";
import namedRoomFull from "../../../tests/fixtures/invite-named-room-full.json";
import { captures, hostileSummary, summaryOf } from "./storyData";

/** The real Alice of the captures, as a host knows her from a shared room. */
export const ALICE_ID = "@alice:localhost";

/** The "Design Review" invite from Alice. */
export const designReview = summaryOf(captures.namedRoomFull);

/** Alice's direct-message invite. */
export const aliceDm = summaryOf(captures.dmUnnamed);

/** Mallory's invite under Alice's display name. */
export const lookalike = summaryOf(captures.lookalikeDm);

/** An invite whose sender calls himself "@alice:localhost". */
export const nameIsUserId: RoomSummary = hostileSummary("@mallory:evil.example", [
  { type: "m.room.name", state_key: "", sender: "@mallory:evil.example", content: { name: "Account recovery" } },
  { type: "m.room.member", state_key: "@mallory:evil.example", sender: "@mallory:evil.example", content: { membership: "join", displayname: "@alice:localhost" } },
]);

/** The pending invites a host holds: the "Design Review" capture received in `count` rooms at once (a wave). */
export function waveOf(count: number): InviteEntry[] {
  const store = createInviteStore({ userId: namedRoomFull.user_id, now: () => 1_795_710_050_000 });
  const invite = { [namedRoomFull.room_id]: namedRoomFull.sync_invite_entry };
  const rooms = Object.fromEntries(Array.from({ length: count }, (_, index) => [`!wave${index}:localhost`, invite[namedRoomFull.room_id]]));
  store.applySync({ rooms: { invite: rooms } });
  return Array.from({ length: count }, (_, index) => store.getEntry(`!wave${index}:localhost`)).filter((entry) => entry !== undefined);
}

/** Assesses `summary` with a host's context. */
export function assessed(summary: RoomSummary, context?: InviteAssessmentContext): InviteAssessment {
  return assessInvite(summary, context);
}

/** Display names of the people in the user's rooms: Alice, as the captures name her. */
export const knownDisplayNames: ReadonlyMap<string, string> = new Map([[ALICE_ID, "Alice Liddell"]]);

/** The room summary Synapse answered for "Design Review" while bob was invited. */
const liveBody = namedRoomFull.room_summary_while_invited.body;

/** The live facts when nothing changed: one member (Alice), as Synapse answered. */
export const freshUnchanged: InviteFreshness = {
  available: true,
  changes: [],
  joinedMemberCount: liveBody.num_joined_members,
  joinRule: "invite",
  preview: parseRoomPreview(liveBody),
};

/** The live facts after Alice renamed the room and three people joined. */
export const freshRenamed: InviteFreshness = {
  available: true,
  changes: ["renamed", "topic_changed"],
  joinedMemberCount: 4,
  joinRule: "invite",
  preview: parseRoomPreview({ ...liveBody, name: "Design Review (archived)", topic: "Moved to Thursdays", num_joined_members: 4 }),
};

/** Synapse's 404 for a room whose last member left: the dead invite. */
export const freshRoomEmpty: InviteFreshness = { available: true, changes: ["room_empty"], joinedMemberCount: 0 };

/** A server without `room_summary`, a refusal or a time-out. */
export const freshUnavailable: InviteFreshness = { available: false, changes: [] };

/**
 * English messages for the trust area: the levels and reasons of `assessInvite` and the
 * changes of `checkInviteFreshness`, for the "why am I seeing this?" disclosure, the inbox's
 * trust groups and the live facts of a preview. Keys start with `trust.`; every key needs a
 * Polish twin in `../pl/trust.ts`. `{userId}`, `{contact}` and `{name}` are network text
 * passed in as nodes; `{window}` is `trust.minutes` already worded.
 */
import type { MessageValue } from "../../messageValue";

/** English messages for the trust area. */
export const trust = {
  /** One word per trust level (`InviteTrustLevel`): group headings and badges. */
  "trust.level.known": "Known sender",
  "trust.level.unknown": "Unknown sender",
  "trust.level.suspicious": "Probably spam",
  /** The disclosure that lists the reasons. */
  "trust.why": "Why am I seeing this?",
  /** One sentence per reason (`InviteTrustReason`). */
  "trust.reason.no_shared_room": "You share no rooms with {userId}.",
  "trust.reason.name_like_contact": "Their display name looks like your contact {contact}.",
  "trust.reason.name_is_user_id": "Their display name looks like a Matrix user ID, but their user ID is {userId}.",
  "trust.reason.invite_wave": {
    one: "They sent you {count} invite within {window}.",
    other: "They sent you {count} invites within {window}.",
  },
  "trust.reason.unknown_dm": "This is a direct message from someone you don't know.",
  "trust.reason.preview_changed": "The room has changed since you were invited.",
  /** Why a `known` sender is known: the mutual-rooms answer's count, or the host's contacts and rooms. */
  "trust.known.shared_rooms": {
    one: "You share {count} room with {userId}.",
    other: "You share {count} rooms with {userId}.",
  },
  "trust.known.contact": "{userId} is one of your contacts or is in a room with you.",
  /** An `unknown` sender with no reason against them: nothing was known to compare with. */
  "trust.nothing_known": "Nothing is known about this sender yet.",
  /** A wave's window, for `{window}`. */
  "trust.minutes": { one: "{count} minute", other: "{count} minutes" },
  /** The live facts of a preview (`checkInviteFreshness`), while they load and once they arrive. */
  "trust.freshness.checking": "Checking whether the room has changed…",
  "trust.freshness.unchanged": "The room has not changed since you were invited.",
  "trust.freshness.member_count": { one: "{count} member now", other: "{count} members now" },
  /** One sentence per change (`InviteFreshnessChange`); `renamed` names the new name, `renamed_unnamed` says it has none. */
  "trust.freshness.renamed": "Renamed since you were invited: now “{name}”.",
  "trust.freshness.renamed_unnamed": "Renamed since you were invited: it no longer has a name.",
  "trust.freshness.avatar_changed": "The room's picture has changed since you were invited.",
  "trust.freshness.topic_changed": "The topic has changed since you were invited.",
  "trust.freshness.join_rule_changed": "Who can join has changed since you were invited.",
  "trust.freshness.room_empty": "Nobody is in this room any more.",
  /** Beside `room_empty`: what the user can do about a dead invite. */
  "trust.freshness.room_empty_hint": "Joining will most likely fail. Declining clears the invite.",
} as const satisfies Record<string, MessageValue>;

/**
 * English messages for the membership area: timeline text for `m.room.member` and
 * `m.room.third_party_invite` events, their summaries, and the membership notices.
 * Keys start with `membership.`; every key needs a Polish twin in `../pl/membership.ts`.
 */
import type { MessageValue } from "../../messageValue";

/** English messages for the membership area. */
export const membership = {
  /** One timeline line per `describeMembershipChange` kind. `{actor}` sent the event; `{target}` is whose membership it is. */
  "membership.event.joined": "{target} joined",
  "membership.event.invited": "{actor} invited {target}",
  "membership.event.invite_rejected": "{target} declined the invite",
  "membership.event.invite_revoked": "{actor} withdrew {target}'s invite",
  "membership.event.left": "{target} left",
  "membership.event.kicked": "{actor} removed {target}",
  "membership.event.banned": "{actor} banned {target}",
  "membership.event.unbanned": "{actor} unbanned {target}",
  "membership.event.knocked": "{target} asked to join",
  "membership.event.knock_retracted": "{target} cancelled their request to join",
  "membership.event.knock_denied": "{actor} declined {target}'s request to join",
  "membership.event.knock_accepted": "{actor} accepted {target}'s request to join",
  "membership.event.display_name_changed": "{oldName} changed their display name to {newName}",
  "membership.event.display_name_set": "{target} set their display name to {newName}",
  "membership.event.display_name_removed": "{oldName} removed their display name",
  "membership.event.avatar_changed": "{target} changed their profile picture",
  "membership.event.avatar_set": "{target} set a profile picture",
  "membership.event.avatar_removed": "{target} removed their profile picture",
  "membership.event.profile_changed": "{target} changed their name and profile picture",
  "membership.event.no_change": "{target} sent a membership event that changes nothing",
  "membership.event.invalid": "A membership event that could not be read",
  /** An invite that claims an earlier third-party invite: `{address}` is the masked email or phone. */
  "membership.event.third_party_accepted": "{target} accepted the invite for {address}",
  /** `m.room.third_party_invite` events. */
  "membership.event.third_party_sent": "{actor} invited {address}",
  "membership.event.third_party_revoked": "{actor} withdrew the invite for {address}",
  "membership.event.third_party_revoked_unknown": "{actor} withdrew an invite sent by email",
  /** A line followed by the event's reason (plain text from the network), quoted, in the line's own colour. */
  "membership.event.with_reason": "{text}: “{reason}”",

  /** Summary of a run of membership events: `{names}` is a list ("Alice, Bob and 3 others"), `count` the number of people. */
  "membership.summary.joined": { one: "{names} joined", other: "{names} joined" },
  "membership.summary.invited": { one: "{names} was invited", other: "{names} were invited" },
  "membership.summary.invite_rejected": { one: "{names} declined the invite", other: "{names} declined their invites" },
  "membership.summary.invite_revoked": { one: "{names} had the invite withdrawn", other: "{names} had their invites withdrawn" },
  "membership.summary.left": { one: "{names} left", other: "{names} left" },
  /** People who joined and then left within the run (or did so repeatedly). */
  "membership.summary.joined_and_left": { one: "{names} joined and left", other: "{names} joined and left" },
  /** People who left and then came back within the run (or did so repeatedly). */
  "membership.summary.left_and_rejoined": { one: "{names} left and rejoined", other: "{names} left and rejoined" },
  "membership.summary.kicked": { one: "{names} was removed", other: "{names} were removed" },
  "membership.summary.banned": { one: "{names} was banned", other: "{names} were banned" },
  "membership.summary.unbanned": { one: "{names} was unbanned", other: "{names} were unbanned" },
  "membership.summary.knocked": { one: "{names} asked to join", other: "{names} asked to join" },
  "membership.summary.knock_retracted": {
    one: "{names} cancelled their request to join",
    other: "{names} cancelled their requests to join",
  },
  "membership.summary.knock_denied": {
    one: "{names} had the request to join declined",
    other: "{names} had their requests to join declined",
  },
  "membership.summary.knock_accepted": {
    one: "{names} had the request to join accepted",
    other: "{names} had their requests to join accepted",
  },
  "membership.summary.display_name_changed": { one: "{names} changed their name", other: "{names} changed their names" },
  "membership.summary.avatar_changed": {
    one: "{names} changed their profile picture",
    other: "{names} changed their profile pictures",
  },
  "membership.summary.profile_changed": {
    one: "{names} changed their name and profile picture",
    other: "{names} changed their names and profile pictures",
  },
  "membership.summary.no_change": { one: "{names} changed nothing", other: "{names} changed nothing" },
  "membership.summary.invalid": {
    one: "{count} membership event could not be read",
    other: "{count} membership events could not be read",
  },
  "membership.summary.third_party": { one: "{count} invite by email", other: "{count} invites by email" },
  /** After the first three parts of a long summary: "Alice joined; Bob left; Carol was invited; and 4 more changes". */
  "membership.summary.more_changes": { one: "and {count} more change", other: "and {count} more changes" },
  /** Between the parts of a summary: "Alice joined; Bob left". */
  "membership.summary.separator": "; ",
  "membership.summary.expand": { one: "Show {count} event", other: "Show {count} events" },
  "membership.summary.collapse": "Hide events",

  /** Notices for a room the user is no longer in (`/sync` `rooms.leave`). */
  "membership.notice.kicked": "You were removed from {room} by {actor}",
  "membership.notice.banned": "You were banned from {room} by {actor}",
  "membership.notice.left": "You left {room}",
  "membership.notice.unbanned": "Your ban from {room} was lifted by {actor}",
  "membership.notice.invite_rejected": "You declined the invite to {room}",
  /** A declined direct-chat invite, named after whoever sent it (`{inviter}`: name or user ID). */
  "membership.notice.dm_invite_rejected": "You declined {inviter}'s chat invite",
  "membership.notice.knock_retracted": "You withdrew your request to join {room}",
  "membership.notice.invite_revoked": "Your invite to {room} was withdrawn by {actor}",
  "membership.notice.knock_denied": "Your request to join {room} was declined by {actor}",
  "membership.notice.reason": "Reason: “{reason}”",
  "membership.notice.rejoin": "Rejoin",
  /** Rejoining a `restricted` room: only the server knows whether the user may. */
  "membership.notice.try_rejoin": "Try to rejoin",
  /** The server refused a "Try to rejoin" of a `restricted` room. */
  "membership.notice.rejoin_restricted_refused":
    "You cannot rejoin: only members of certain other rooms or spaces may join this room. Ask someone in it for an invite.",
  "membership.notice.forget": "Forget this room",
  "membership.notice.rejoining": "Rejoining…",
  "membership.notice.forgetting": "Forgetting…",
  "membership.notice.forgotten": "Room forgotten",
} as const satisfies Record<string, MessageValue>;

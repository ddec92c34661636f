/**
 * English messages for the invite area (`InvitePreview`). Keys start with `invite.`; every
 * key also lives in `../pl/invite.ts` (the type check fails until every locale has it).
 * `{name}`, `{room}`, `{userId}` and `{server}` are network text passed in as nodes.
 */
import type { MessageValue } from "../../messageValue";

/** English messages for the invite area. */
export const invite = {
  /** Accessible name of the avatar-free region when a host needs one. */
  "invite.preview_label": "Invite to {room}",
  /** Accessible name of an invite titled with the inviter's display name: their user ID instead (plain text). */
  "invite.label_from_user": "Invite from {userId}",
  /** An invite to a room: who sent it ("{name}" holds the display name and user ID). */
  "invite.invited_by": "Invited by {name}",
  /** A direct-message invite. */
  "invite.dm_from": "{name} wants to chat with you",
  /** An invite to a space. */
  "invite.space_invited_by": "{name} invited you to join this space",
  /** The invite event named no valid sender. */
  "invite.inviter_unknown": "The invite does not say who sent it.",
  /** Third-party invite (e.g. to an email address). */
  "invite.third_party": "Sent to {name}",
  "invite.badges_label": "Room details",
  "invite.badge.encrypted": "Encrypted",
  "invite.badge.public": "Public",
  "invite.badge.invite_only": "Invite only",
  "invite.badge.ask_to_join": "Ask to join",
  "invite.badge.restricted": "Restricted",
  "invite.badge.space": "Space",
  "invite.badge.direct": "Direct message",
  "invite.topic_label": "Topic",
  "invite.reason_show": "Show message",
  "invite.reason_hide": "Hide message",
  /** Heading of the revealed invite message: it is the inviter's text, not ours. */
  "invite.reason_heading": "Message from the inviter",
  /** The quiet note under every invite. */
  "invite.stale_note": "This preview comes from the inviting server ({server}) and may be out of date.",
  "invite.stale_note_no_server": "This preview comes from the inviting server and may be out of date.",
  "invite.actions_label": "Invite actions",
  "invite.accept": "Accept",
  "invite.decline": "Decline",
  /** Opens the decline dialog with "Ignore {user}" ticked: named after what it does (glossary: Ignore). */
  "invite.decline_and_ignore": "Decline and ignore…",
  "invite.accepting": "Joining the room…",
  "invite.declining": "Declining the invite…",
  "invite.accepted": "You joined {room}.",
  /** Announced (plain text, so no room name) when the join and the live room are done. */
  "invite.accepted_announcement": "You joined the room.",
  "invite.accepted_heading": "Joined",
  "invite.declined": "Invite declined.",
  "invite.declined_with_failures": "Invite declined, but some extra steps failed:",
  "invite.decline_step.ignore": "The inviter could not be ignored.",
  "invite.decline_step.report": "The report could not be sent.",
  "invite.decline_step.forget": "The room could not be forgotten.",
  "invite.member_count": { one: "{count} member", other: "{count} members" },
  "invite.revoked": "This invite is no longer valid.",
  /** After an invite that is no longer valid: forget the room, then remove the invite from view. */
  "invite.forget": "Forget the room",
  "invite.joined_state_failed": "You joined, but the room could not be loaded.",
  /** A write lost its connection after it was sent: it may have worked (the main message). */
  "invite.network_no_answer": "The connection was lost before the server answered.",
  /** After `invite.network_no_answer` on accept: a join may have happened, and joining again does no harm. */
  "invite.network_may_have_joined": "You may have joined already. Trying again is safe.",
  /** After `invite.network_no_answer` on decline: the leave may have happened. */
  "invite.network_may_have_declined": "The invite may be declined already. If so, it will disappear after the next sync.",
  "invite.retry_ready": "You can try again now.",
  "invite.decline_instead": "Decline the invite",
  "invite.error_heading": "Something went wrong",
  /** The session ended (`unauthorized`): the host signs the user in (`onSignInAgain`). */
  "invite.sign_in_again": "Sign in again",
  /** The server refused the join (`forbidden` on accept). */
  "invite.forbidden_accept": "You are not allowed to join this room.",
  /** The server refused the leave (`forbidden` on decline). */
  "invite.forbidden_decline": "The server did not let you decline this invite.",
} as const satisfies Record<string, MessageValue>;

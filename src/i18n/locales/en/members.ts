/**
 * English messages for the members area: power-level badges, member actions (invite,
 * remove, ban, unban) and the invite form. Keys start with `members.`; every key needs a
 * Polish twin in `../pl/members.ts`.
 */
import type { MessageValue } from "../../messageValue";

/** English messages for the members area. */
export const members = {
  /** Power-level badges. */
  "members.power.creator": "Owner",
  "members.power.admin": "Admin",
  "members.power.moderator": "Moderator",
  "members.power.custom": "Level {level}",
  "members.power.default": "Member",
  /** Accessible description of a badge: the numeric level. */
  "members.power.level_description": "Power level {level}",
  "members.power.infinite_description": "Room creator: the highest power level",

  /** The group of action buttons for one member. */
  "members.actions.label": "Actions for {name}",
  /** Button labels; `disinvite` (worded "Withdraw invite") replaces `kick` for an invited member, the knock ones for a member asking to join. */
  "members.action.invite": "Invite",
  "members.action.kick": "Remove",
  "members.action.disinvite": "Withdraw invite",
  "members.action.accept_knock": "Accept request",
  "members.action.deny_knock": "Decline request",
  "members.action.ban": "Ban",
  "members.action.unban": "Unban",
  /** Dialog titles. */
  "members.dialog.invite": "Invite {name}?",
  "members.dialog.kick": "Remove {name} from the room?",
  "members.dialog.disinvite": "Withdraw the invite for {name}?",
  "members.dialog.accept_knock": "Let {name} join the room?",
  "members.dialog.deny_knock": "Decline the request to join from {name}?",
  "members.dialog.ban": "Ban {name}?",
  "members.dialog.unban": "Unban {name}?",
  /** What a destructive action means, shown in its dialog. */
  "members.dialog.kick_warning": "They can come back if the room allows it.",
  "members.dialog.disinvite_warning": "The invite stops working at once.",
  "members.dialog.deny_knock_warning": "They can ask again later.",
  "members.dialog.ban_warning": "They are removed and cannot come back until someone unbans them.",
  "members.dialog.reason": "Reason (optional)",
  "members.dialog.reason_hint": "Everyone in the room can read it.",
  /** Announcements while an action runs and when it is done. */
  "members.status.invite": "Sending invite…",
  "members.status.kick": "Removing…",
  "members.status.ban": "Banning…",
  "members.status.unban": "Unbanning…",
  "members.status.disinvite": "Withdrawing the invite…",
  "members.status.accept_knock": "Accepting the request to join…",
  "members.status.deny_knock": "Declining the request to join…",
  "members.status.refreshing": "Updating the member list…",
  "members.done.invite": "Invite sent",
  "members.done.kick": "Removed from the room",
  "members.done.ban": "Banned",
  "members.done.unban": "Ban lifted",
  "members.done.disinvite": "Invite withdrawn",
  "members.done.accept_knock": "Request accepted: invite sent",
  "members.done.deny_knock": "Request to join declined",
  /** The server refused the action (`forbidden`): what was refused, per action. */
  "members.forbidden.invite": "You are not allowed to invite people to this room.",
  "members.forbidden.kick": "You are not allowed to remove people from this room.",
  "members.forbidden.disinvite": "You are not allowed to withdraw invites in this room.",
  "members.forbidden.accept_knock": "You are not allowed to accept requests to join this room.",
  "members.forbidden.deny_knock": "You are not allowed to decline requests to join this room.",
  "members.forbidden.ban": "You are not allowed to ban people from this room.",
  "members.forbidden.unban": "You are not allowed to unban people in this room.",
  /** The action worked, but reading the room's state afterwards failed. */
  "members.refresh_failed": "Done, but the member list could not be updated.",
  "members.refresh": "Update the list",

  /** The invite form. */
  "members.invite_form.label": "Invite someone",
  "members.invite_form.user_id": "User ID",
  "members.invite_form.user_id_hint": "A Matrix ID, such as @alice:example.org",
  "members.invite_form.submit": "Send invite",
  "members.invite_form.sent": "Invite sent to {userId}",
  "members.invite_form.error.empty": "Enter the user ID of the person to invite.",
  "members.invite_form.error.format": "A user ID looks like @name:example.org.",
  "members.invite_form.error.too_long": "A user ID has at most 255 characters.",
  "members.invite_form.error.joined": "{userId} is already in this room.",
  "members.invite_form.error.invited": "{userId} is already invited.",
  "members.invite_form.error.banned": "{userId} is banned from this room. Lift the ban before inviting them.",
  "members.invite_form.error.self": "You are already in this room.",
  "members.invite_form.error.not_allowed": "You do not have permission to invite people to this room.",
  "members.invite_form.error.invite_blocked": "{userId} doesn't accept invites.",
} as const satisfies Record<string, MessageValue>;

/**
 * English messages for the knock area: asking to join a room (`KnockPreview`). Keys start
 * with `knock.`; every key needs a Polish twin in `../pl/knock.ts`.
 */
import type { MessageValue } from "../../messageValue";

/** English messages for the knock area. */
export const knock = {
  "knock.members": { one: "{count} member", other: "{count} members" },
  "knock.preview_note": "This preview comes from the room's server.",
  "knock.ask_to_join": "Ask to join",
  "knock.ask_again": "Ask again",
  "knock.reason": "Message to the room's moderators (optional)",
  "knock.reason_hint": "Everyone who can accept requests can read it.",
  "knock.knocking": "Sending your request…",
  "knock.sent": "Request sent",
  "knock.sent_detail": "The room's moderators can see your request. If they accept it, you will get an invite.",
  "knock.your_message": "Your message: {reason}",
  "knock.cancel": "Cancel request",
  "knock.cancelling": "Cancelling your request…",
  "knock.cancelled": "Request withdrawn",
  "knock.declined": "Your request was declined",
  "knock.declined_reason": "Reason: “{reason}”",
  "knock.accepted": "Your request was accepted: you are invited to join.",
  "knock.view_invite": "View invite",
  "knock.not_knockable": "This room does not take requests to join.",
  "knock.public": "Anyone can join this room.",
  /** The summary says the user is banned: a knock would be refused. */
  "knock.banned": "You are banned from this room, so you cannot ask to join.",
  /** The summary says the user is already in the room. */
  "knock.joined": "You are already a member of this room.",
  /** The server refused the knock (`forbidden`). */
  "knock.forbidden_knock": "This room did not accept your request to join.",
  /** The server refused to withdraw the request (`forbidden` on cancel). */
  "knock.forbidden_cancel": "Your request to join could not be withdrawn.",
} as const satisfies Record<string, MessageValue>;

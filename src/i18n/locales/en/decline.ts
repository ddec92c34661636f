/**
 * English messages for the decline dialog (`DeclineInviteDialog`). Keys start with `decline.`;
 * the same keys live in `../pl/decline.ts` (the type check fails until every locale has them).
 */
import type { MessageValue } from "../../messageValue";

/** English messages for the decline area. */
export const decline = {
  /** Dialog title; `{room}` is the room name (network text, isolated). */
  "decline.title": "Decline the invite to {room}?",
  /** Dialog title when the room has no name to show. */
  "decline.title_unnamed": "Decline this invite?",
  /** Label of the optional reason sent with the decline. */
  "decline.reason_label": "Reason (optional)",
  /** Who can read that reason: it goes into the room's membership event. */
  "decline.reason_hint": "Everyone in the room can see it, including the person who invited you.",
  /** Counter under a text field with a length cap. */
  "decline.character_count": "{count} of {max} characters",
  /** Checkbox; `{user}` is the inviter's name with their user ID (both network text). */
  "decline.ignore_label": "Ignore {user}",
  /** What ignoring does. */
  "decline.ignore_hint": "You won't see their messages or invites any more. You can undo this in your settings.",
  /** Checkbox: also report the room to the homeserver's administrators. */
  "decline.report_label": "Report this room",
  /** Who receives the report. */
  "decline.report_hint": "The administrators of your homeserver will receive the report.",
  /** Label of the optional report reason. */
  "decline.report_reason_label": "What is wrong with this room? (optional)",
  /** The destructive confirm button. */
  "decline.confirm": "Decline",
} as const satisfies Record<string, MessageValue>;

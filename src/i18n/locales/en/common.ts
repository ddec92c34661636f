/**
 * English messages shared by every component: generic actions and room names.
 * Keys start with the area name (`common.`) so areas never collide.
 */
import type { MessageValue } from "../../messageValue";

/** Shared English messages. */
export const common = {
  "common.loading": "Loading…",
  "common.close": "Close",
  "common.cancel": "Cancel",
  "common.dismiss": "Dismiss",
  "common.retry": "Try again",
  "common.show_more": "Show more",
  "common.show_less": "Show less",
  /** A display name that collides with another, followed by the user ID that tells them apart. */
  "common.name_with_user_id": "{name} ({userId})",
  /**
   * Under the inviter of an invite (preview and list row) whose display name looks like a
   * user ID, or like the name of a member or a known user under another ID.
   */
  "common.inviter_ambiguous": "Check the user ID: this display name could belong to someone else.",
  /**
   * A room with no name, no alias and no other members (the spec's room-name algorithm says
   * "Empty room"; before joining, nothing known is more often an unnamed room than an empty one).
   */
  "common.room_name.empty": "Unnamed room",
  /** The tail of a room named after its members: "Alice, Bob and 3 others". */
  "common.room_name.others": { one: "{count} other", other: "{count} others" },
} as const satisfies Record<string, MessageValue>;

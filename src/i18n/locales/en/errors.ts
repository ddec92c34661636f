/**
 * English messages for the error codes the core reports (`MembershipErrorCode`).
 * Each key is `errors.<code>`; `getErrorMessage` picks the right one.
 */
import type { MessageValue } from "../../messageValue";

/** English error messages. */
export const errors = {
  "errors.invite_revoked": "This invite is no longer valid.",
  "errors.room_not_found": "This room could not be found. It may have been deleted, or its address may have changed.",
  "errors.rate_limited": "Too many requests. Wait a moment, then try again.",
  /** Rate limited with a known wait; `{when}` is a relative time from `Intl` ("in 3 minutes"). */
  "errors.rate_limited_wait": "Too many requests. You can try again {when}.",
  "errors.network": "Could not reach the server. Check your connection, then try again.",
  "errors.unauthorized": "Your session has expired. Sign in again to continue.",
  "errors.suspended": "Your account is suspended, so you cannot do this right now.",
  "errors.incompatible_room_version": "Your server does not support this room's version, so you cannot join it.",
  "errors.cannot_leave_server_notices": "You cannot leave the server notices room.",
  "errors.invite_blocked": "This person doesn't accept invites.",
  /** Only where no more precise refusal fits: each component says what was refused when it can. */
  "errors.forbidden": "You do not have permission to do this.",
  "errors.server_error": "The server ran into a problem. Try again later.",
  "errors.unknown": "Something went wrong. Try again.",
} as const satisfies Record<string, MessageValue>;

/**
 * English messages for the inbox area (`InviteList`). Keys start with `inbox.`; every key
 * also lives in `../pl/inbox.ts` (the type check fails until every locale has it).
 * `{name}`, `{userId}`, `{room}` and `{query}` are network or user text passed in as nodes.
 */
import type { MessageValue } from "../../messageValue";

/** English messages for the inbox area. */
export const inbox = {
  /** Accessible name of the whole inbox. */
  "inbox.label": "Invites",
  "inbox.filter_label": "Filter invites",
  "inbox.filter_placeholder": "Room, name or user ID",
  "inbox.filter_clear": "Clear filter",
  /** Announced after the filter changes. */
  "inbox.filter_results": { one: "{count} invite matches.", other: "{count} invites match." },
  "inbox.group.people": "People",
  "inbox.group.rooms": "Rooms",
  "inbox.group.spaces": "Spaces",
  "inbox.group.unknown": "From people you don't share a room with",
  "inbox.group.knocks": "Your requests to join",
  /** Under the unknown-senders heading. */
  "inbox.group.unknown_note": "Pictures are hidden because you don't share a room with these people.",
  /** After a group heading, for screen readers. */
  "inbox.group.count": { one: "{count} invite", other: "{count} invites" },
  "inbox.empty_title": "No pending invites",
  "inbox.empty_body": "When someone invites you to a room, it shows up here.",
  "inbox.no_matches": "No invites match “{query}”.",
  /** "{name}" holds the display name and the user ID, as nodes. */
  "inbox.item.invited_by": "Invited by {name}",
  "inbox.item.dm_from": "Direct chat from {name}",
  "inbox.item.space_invited_by": "Space invite from {name}",
  "inbox.item.inviter_unknown": "Sender unknown",
  "inbox.item.knock_pending": "You asked to join. Waiting for approval.",
  /** A row queued by a running "Decline all": it offers no Accept until the run ends. */
  "inbox.item.queued": "Waiting to be declined",
  "inbox.item.badge.encrypted": "Encrypted",
  "inbox.item.badge.public": "Public",
  "inbox.item.badge.space": "Space",
  "inbox.item.badge.direct": "Direct",
  "inbox.item.accept": "Accept",
  "inbox.item.decline": "Decline",
  "inbox.item.open": "Open",
  "inbox.item.accepting": "Joining {room}…",
  "inbox.item.declining": "Declining the invite to {room}…",
  "inbox.item.accepted": "You joined {room}.",
  "inbox.item.declined": "Invite to {room} declined.",
  "inbox.decline_all": "Decline all",
  /** Accessible name of a group's "Decline all" button: starts with its visible label (WCAG 2.5.3). */
  "inbox.decline_all_label": {
    one: "Decline all ({count} invite in {group})",
    other: "Decline all {count} invites in {group}",
  },
  "inbox.decline_all_confirm_title": {
    one: "Decline {count} invite in {group}?",
    other: "Decline {count} invites in {group}?",
  },
  "inbox.decline_all_confirm_body": "They are declined one at a time. Invites you decline cannot be brought back.",
  "inbox.decline_all_confirm": { one: "Decline {count} invite", other: "Decline {count} invites" },
  "inbox.decline_all_progress": "Declining {done} of {total}…",
  "inbox.decline_all_progress_label": "Declining invites",
  "inbox.decline_all_started": { one: "Declining {count} invite…", other: "Declining {count} invites…" },
  /** `{when}` is a relative time from `Intl` ("in 5 seconds"). */
  "inbox.decline_all_waiting": "The server asked us to slow down. Continuing {when}…",
  "inbox.decline_all_cancel": "Stop declining",
  "inbox.decline_all_done": { one: "Declined {count} invite.", other: "Declined {count} invites." },
  "inbox.decline_all_failed": {
    one: "{count} invite could not be declined.",
    other: "{count} invites could not be declined.",
  },
  "inbox.decline_all_cancelled": "Stopped. Declined {done} of {total}.",
  "inbox.decline_all_retry_failed": "Try the failed ones again",
  /**
   * Block and clear (the keys say "block"): ignore list, optional report, every invite from
   * them declined. Worded "Ignore" (glossary: "Block" belongs to "Block all invites" alone).
   */
  "inbox.block.action": "Ignore {name}",
  "inbox.block.confirm_title": "Ignore {name}?",
  "inbox.block.confirm_body":
    "Every invite from them is declined, one at a time, and they go on your ignore list: you won't see their messages or new invites.",
  "inbox.block.report_option": "Also report them to the server's admins",
  "inbox.block.report_reason_label": "Reason for the report (optional)",
  "inbox.block.confirm": "Ignore and decline their invites",
  "inbox.block.progress_label": "Ignoring and declining invites",
  "inbox.block.progress_ignore": "Adding {name} to your ignore list…",
  "inbox.block.progress_report": "Reporting {name}…",
  "inbox.block.progress_decline": "Declining {done} of {total}…",
  "inbox.block.waiting": {
    one: "The server asked us to slow down. Continuing in {count} second…",
    other: "The server asked us to slow down. Continuing in {count} seconds…",
  },
  "inbox.block.cancel": "Stop declining",
  "inbox.block.done": { one: "Ignored. Declined {count} invite.", other: "Ignored. Declined {count} invites." },
  "inbox.block.failed": {
    one: "{count} invite could not be declined.",
    other: "{count} invites could not be declined.",
  },
  "inbox.block.cancelled": "Stopped. Declined {done} of {total}; the rest stay hidden.",
  "inbox.block.ignore_failed": "{name} could not be added to your ignore list.",
  "inbox.block.report_sent": "Reported {name}.",
  "inbox.block.report_unsupported": "Your server doesn't take reports about people, so {name} was not reported.",
  "inbox.block.report_failed": "The report about {name} could not be sent.",
  "inbox.block.retry_failed": "Try the failed steps again",
  /** The inbox's offer: invites hidden because their sender is on the ignore list. */
  "inbox.blocked_hidden": {
    one: "{count} hidden invite from people you ignore",
    other: "{count} hidden invites from people you ignore",
  },
  "inbox.blocked_hidden_decline": { one: "Decline {count} hidden invite", other: "Decline {count} hidden invites" },
} as const satisfies Record<string, MessageValue>;

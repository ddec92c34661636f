/**
 * English messages for the inbox's triage (`InviteList`): the trust groups, the collapsed
 * "Probably spam" group, multi-select and its actions, and the per-invite results of a bulk
 * run. Keys start with `triage.`; every key also lives in `../pl/triage.ts`. `{group}` is a
 * group's name already worded; `{room}` is a room name as text.
 */
import type { MessageValue } from "../../messageValue";

/** English messages for the triage area. */
export const triage = {
  /** Group headings by trust (`InviteGroupKind`); the unknown group keeps `inbox.group.unknown`. */
  "triage.group.known": "From people you know",
  "triage.group.suspicious": "Probably spam",
  "triage.group.suspicious_note": "These invites look like spam: a name imitating someone, or many invites at once. Pictures are hidden.",
  /** The toggle of a collapsed group; its accessible name says which group. */
  "triage.group.show": "Show",
  "triage.group.hide": "Hide",
  "triage.group.show_label": { one: "Show {count} invite in {group}", other: "Show {count} invites in {group}" },
  "triage.group.hide_label": { one: "Hide {count} invite in {group}", other: "Hide {count} invites in {group}" },
  /** Decline every invite of the group and ignore their senders (block and clear; glossary: Ignore). */
  "triage.group.ignore_all": "Decline all and ignore senders",
  "triage.group.ignore_all_label": {
    one: "Decline all and ignore senders ({count} invite in {group})",
    other: "Decline all and ignore senders ({count} invites in {group})",
  },
  /** A row's checkbox and a group's "Select all". */
  "triage.select_invite": "Select {room}",
  "triage.select_all": "Select all",
  "triage.select_all_label": { one: "Select all ({count} invite in {group})", other: "Select all {count} invites in {group}" },
  /** The bar shown while invites are selected. */
  "triage.selection.label": "Selected invites",
  "triage.selection.count": { one: "{count} selected", other: "{count} selected" },
  "triage.selection.decline": "Decline",
  "triage.selection.ignore": "Decline and ignore senders",
  /** Report the selected rooms to the homeserver's administrators (nothing is declined). */
  "triage.selection.report": "Report",
  "triage.selection.clear": "Clear selection",
  /** Announced as the selection changes. */
  "triage.selection.changed": { one: "{count} invite selected.", other: "{count} invites selected." },
  "triage.selection.cleared": "Selection cleared.",
  /** The per-invite results of a bulk run. */
  "triage.results.show": { one: "Show the result for {count} invite", other: "Show the result for each of {count} invites" },
  "triage.results.declined": "{room}: declined",
  "triage.results.failed": "{room}: not declined. {error}",
  "triage.results.skipped": "{room}: skipped, no longer a pending invite",
  "triage.results.remaining": "{room}: not started",
  "triage.results.reported": "{room}: reported",
  "triage.results.not_reported": "{room}: not reported. {error}",
  /**
   * Report on a selection (`POST /rooms/{roomId}/report`): the confirmation with an optional
   * reason, the progress, the result, and the offer to decline what was reported.
   */
  "triage.report.confirm_title": {
    one: "Report {count} room to your server's admins?",
    other: "Report {count} rooms to your server's admins?",
  },
  "triage.report.confirm_body": "The administrators of your homeserver will see the report and your reason. Reporting does not decline the invites.",
  "triage.report.reason_label": "What is wrong with these rooms? (optional)",
  "triage.report.confirm": { one: "Report {count} room", other: "Report {count} rooms" },
  "triage.report.started": { one: "Reporting {count} room…", other: "Reporting {count} rooms…" },
  "triage.report.progress": "Reporting {done} of {total}…",
  "triage.report.progress_label": "Reporting rooms",
  "triage.report.cancel": "Stop reporting",
  "triage.report.done": { one: "Reported {count} room.", other: "Reported {count} rooms." },
  "triage.report.cancelled": "Stopped after reporting {done} of {total} rooms.",
  "triage.report.failed": { one: "{count} room could not be reported.", other: "{count} rooms could not be reported." },
  "triage.report.unsupported": "Your server doesn't take reports about rooms.",
  "triage.report.retry": "Try the rest again",
  "triage.report.decline": { one: "Decline the reported invite", other: "Decline the {count} reported invites" },
  /** A row's "Ignore" button (block and clear); its accessible name is `inbox.block.action`. */
  "triage.ignore": "Ignore",
} as const satisfies Record<string, MessageValue>;

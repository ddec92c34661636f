/**
 * The one-line summary of a run of membership events: the events are grouped by what
 * happened, in the order each kind first appears, and each group names its people
 * ("Alice, Bob and 3 others joined; Carol left").
 */
import { Fragment } from "react";
import type { ReactNode } from "react";
import type { RoomMember } from "../../core/types";
import type { I18n } from "../../i18n/types";
import { formatName, lookUpName, resolveNames } from "../MembershipEventText/memberNames";
import type { NameSources } from "../MembershipEventText/memberNames";
import type { MembershipLine, ReadMembershipLine } from "../MembershipEventText/readTimelineEvent";

/** Default number of names a group shows before "and N others". */
export const DEFAULT_MAX_NAMES = 2;

/** One group of the summary. */
interface Group {
  kind: ReadMembershipLine["changeKind"] | "invalid";
  /** Distinct people, in order of appearance, with the name their latest event gives them. */
  people: Map<string, string | undefined>;
  /** Events in the group (counts third-party invites and unreadable events). */
  eventCount: number;
}

function groupLines(lines: readonly MembershipLine[], sources: NameSources): Group[] {
  const groups = new Map<Group["kind"], Group>();
  for (const line of lines) {
    const kind = line.kind === "invalid" ? "invalid" : line.changeKind;
    let group = groups.get(kind);
    if (!group) {
      group = { kind, people: new Map(), eventCount: 0 };
      groups.set(kind, group);
    }
    group.eventCount += 1;
    if (line.kind !== "invalid" && line.target !== undefined) {
      // Name changes go by the name people knew (the old one); everything else by the event's name.
      const isRename = line.changeKind === "display_name_changed" || line.changeKind === "profile_changed";
      const eventName = isRename ? (line.oldName ?? line.newName) : line.targetName;
      if (!group.people.has(line.target)) group.people.set(line.target, eventName ?? lookUpName(line.target, sources));
    }
  }
  return [...groups.values()];
}

/** Options of {@link summarizeMembershipLines}. */
export interface SummarizeMembershipLinesOptions extends NameSources {
  /** Names shown per group before "and N others" (default {@link DEFAULT_MAX_NAMES}). */
  maxNames?: number;
  /** The room's members, to disambiguate colliding names. */
  members?: readonly RoomMember[];
}

/** The summary sentence for `lines` (already filtered to what should show). */
export function summarizeMembershipLines(
  lines: readonly MembershipLine[],
  i18n: I18n,
  options: SummarizeMembershipLinesOptions = {},
): ReactNode {
  const maxNames = Math.max(1, Math.floor(options.maxNames ?? DEFAULT_MAX_NAMES));
  const groups = groupLines(lines, options);
  const everyone = new Map<string, string | undefined>();
  for (const group of groups) for (const [userId, name] of group.people) if (!everyone.has(userId)) everyone.set(userId, name);
  const resolved = resolveNames(
    [...everyone].map(([userId, displayName]) => ({ userId, displayName })),
    options.members,
  );
  const byUser = new Map(resolved.map((name) => [name.userId, name]));

  const segments: ReactNode[] = groups.map((group) => {
    switch (group.kind) {
      case "invalid":
        return i18n.plural("membership.summary.invalid", group.eventCount);
      case "third_party":
        return i18n.plural("membership.summary.third_party", group.eventCount);
      default: {
        const people = [...group.people.keys()];
        // "and 1 other" hides a name for nothing: show it instead.
        const shown = people.length <= maxNames + 1 ? people : people.slice(0, maxNames);
        const items: ReactNode[] = shown.map((userId) => {
          const name = byUser.get(userId);
          return name ? formatName(name, i18n) : userId;
        });
        if (shown.length < people.length) items.push(i18n.plural("common.room_name.others", people.length - shown.length));
        return i18n.t(`membership.summary.${group.kind}`, { names: i18n.formatList(items), count: people.length });
      }
    }
  });
  const separator = i18n.t("membership.summary.separator");
  return segments.map((segment, index) => (
    <Fragment key={index}>
      {index === 0 ? null : separator}
      {segment}
    </Fragment>
  ));
}

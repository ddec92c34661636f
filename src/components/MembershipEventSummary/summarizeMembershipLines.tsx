/**
 * The one-line summary of a run of membership events: the events are grouped by what
 * happened, in the order each kind first appears, and each group names its people
 * ("Alice, Bob and 3 others joined; Carol left"). A person whose only events in the run
 * are joins and leaves taking turns is described once, like Element does: "Dan joined and
 * left", "Erin left and rejoined", rather than appearing in both the "joined" and the
 * "left" groups.
 */
import { Fragment } from "react";
import type { ReactNode } from "react";
import type { MembershipLine, ReadMembershipLine } from "../../core/timelineEvent";
import type { RoomMember } from "../../core/types";
import { common } from "../../i18n/locales/en/common";
import { membership } from "../../i18n/locales/en/membership";
import { withEnglishAreas } from "../../i18n/translator";
import type { I18n, MessageKey } from "../../i18n/types";
import { formatName, lookUpName, resolveNames } from "../MembershipEventText/memberNames";
import type { NameSources } from "../MembershipEventText/memberNames";

/** Default number of names a group shows before "and N others". */
export const DEFAULT_MAX_NAMES = 2;

/** Default number of clauses ("Alice joined") the summary shows before "and N more changes". */
export const DEFAULT_MAX_CLAUSES = 3;

/** A person's joins and leaves that took turns, told as one step. */
type RoundTrip = "joined_and_left" | "left_and_rejoined";

/** One group of the summary. */
interface Group {
  kind: ReadMembershipLine["changeKind"] | RoundTrip | "invalid";
  /** Distinct people, in order of appearance, with the name their latest event gives them. */
  people: Map<string, string | undefined>;
  /** Events in the group (counts third-party invites and unreadable events). */
  eventCount: number;
}

/**
 * People whose events in the run are only `joined` and `left`, taking turns, an even
 * number of them (join, leave; or leave, join; possibly repeated): where they started is
 * where they ended, so one phrase tells it. Odd runs (join, leave, join) keep their groups.
 */
function findRoundTrips(lines: readonly MembershipLine[]): Map<string, RoundTrip> {
  const steps = new Map<string, Array<ReadMembershipLine["changeKind"]>>();
  for (const line of lines) {
    if (line.kind === "invalid" || line.target === undefined) continue;
    const list = steps.get(line.target);
    if (list) list.push(line.changeKind);
    else steps.set(line.target, [line.changeKind]);
  }
  const roundTrips = new Map<string, RoundTrip>();
  for (const [userId, list] of steps) {
    const first = list[0];
    if (list.length < 2 || list.length % 2 !== 0 || (first !== "joined" && first !== "left")) continue;
    const second = first === "joined" ? "left" : "joined";
    if (list.every((step, index) => step === (index % 2 === 0 ? first : second))) {
      roundTrips.set(userId, first === "joined" ? "joined_and_left" : "left_and_rejoined");
    }
  }
  return roundTrips;
}

function groupLines(lines: readonly MembershipLine[], sources: NameSources): Group[] {
  const groups = new Map<Group["kind"], Group>();
  const roundTrips = findRoundTrips(lines);
  for (const line of lines) {
    const roundTrip = line.kind === "invalid" || line.target === undefined ? undefined : roundTrips.get(line.target);
    const kind = line.kind === "invalid" ? "invalid" : (roundTrip ?? line.changeKind);
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
  /** Clauses shown before "and N more changes" (default {@link DEFAULT_MAX_CLAUSES}). */
  maxClauses?: number;
  /** The room's members, to disambiguate colliding names. */
  members?: readonly RoomMember[];
}

/**
 * The summary sentence for `lines` (already filtered to what should show). Brings its own
 * English (`membership`, `common`), so any translator from `useI18n` will do.
 */
export function summarizeMembershipLines(
  lines: readonly MembershipLine[],
  translator: I18n<MessageKey>,
  options: SummarizeMembershipLinesOptions = {},
): ReactNode {
  const i18n = withEnglishAreas(translator, membership, common);
  const maxNames = Math.max(1, Math.floor(options.maxNames ?? DEFAULT_MAX_NAMES));
  const maxClauses = Math.max(1, Math.floor(options.maxClauses ?? DEFAULT_MAX_CLAUSES));
  const allGroups = groupLines(lines, options);
  // "and 1 more change" hides a clause for nothing: show it instead.
  const groups = allGroups.length <= maxClauses + 1 ? allGroups : allGroups.slice(0, maxClauses);
  let moreChanges = 0;
  for (const group of allGroups.slice(groups.length)) moreChanges += group.eventCount;
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
  if (moreChanges > 0) segments.push(i18n.plural("membership.summary.more_changes", moreChanges));
  const separator = i18n.t("membership.summary.separator");
  return segments.map((segment, index) => (
    <Fragment key={index}>
      {index === 0 ? null : separator}
      {segment}
    </Fragment>
  ));
}

/**
 * Which inbox group an invite belongs to, and in which order the groups come: the one rule
 * for `InviteList`'s grouping. Two modes:
 * - **by trust**, when the host passes a trust context: `known`, `unknown` and `suspicious`
 *   ("Probably spam"), from `assessInvite` (an empty context makes every sender `unknown`,
 *   as the assessment says), with each level's treatment from `getInviteTreatment` (a level
 *   whose invites `fold` starts collapsed; avatars shown or hidden);
 * - **by kind**, without one (the inbox as it was): people, rooms, spaces, and with
 *   `knownUserIds` an `unknown` group for senders the user shares no room with.
 * Knocks always have their own group, last. Pure and framework-free.
 */
import { assessInvite, type InviteAssessment, type InviteAssessmentContext, type InviteTrustLevel } from "./inviteAssessment";
import { getInviteTreatment, type InviteGradingOptions, type InviteTreatment } from "./inviteGrading";
import type { InviteEntry } from "./store/inviteStore";

/**
 * An inbox group. By trust: `known`, `unknown`, `suspicious`. By kind: `people` (direct
 * chats), `rooms`, `spaces`, and `unknown` (senders outside `knownUserIds`). `knocks` in both.
 */
export type InviteGroupKind = "known" | "people" | "rooms" | "spaces" | "unknown" | "suspicious" | "knocks";

/** Display order of the groups (a list shows only those of its mode that hold something). */
export const INVITE_GROUP_ORDER: readonly InviteGroupKind[] = ["known", "people", "rooms", "spaces", "unknown", "suspicious", "knocks"];

/**
 * What the host knows about the user's contacts, for grouping a whole inbox by trust: the
 * fields of `assessInvite`'s context, except that the pending invites come from the list
 * itself and the mutual-rooms answers are per sender.
 */
export interface InviteListTrustContext extends Omit<InviteAssessmentContext, "pendingInvites" | "sharedRoomIds" | "freshness"> {
  /** The mutual-rooms answer of each sender the host asked about (`getMutualRooms`), by user ID. */
  sharedRoomIds?: ReadonlyMap<string, readonly string[]>;
}

/** Options of {@link createInviteGrouping}. */
export interface InviteGroupingOptions {
  /** The trust context: groups by trust when given (even empty), by kind when not. */
  trust?: InviteListTrustContext;
  /** The host's grading of each trust level (what is hidden, what folds); conservative defaults. */
  grading?: InviteGradingOptions;
  /** By kind only: the users the user shares a room with; enables the `unknown` group. */
  knownUserIds?: ReadonlySet<string>;
  /** Every pending invite of the list (for invite waves); the same array as the one grouped. */
  pendingInvites: readonly InviteEntry[];
}

/** The grouping of one list; see {@link createInviteGrouping}. */
export interface InviteGrouping {
  /** `trust` or `kind`: which groups the list uses. */
  mode: "trust" | "kind";
  /** The group of an entry. */
  groupOf(entry: InviteEntry): InviteGroupKind;
  /** By trust: the entry's assessment (cached per entry); `undefined` by kind, and for knocks. */
  assessmentOf(entry: InviteEntry): InviteAssessment | undefined;
  /** By trust: the treatment of a group's level; `undefined` for groups without a level. */
  treatmentOf(group: InviteGroupKind): InviteTreatment | undefined;
  /** Whether a group starts collapsed (its level's invites `fold`). */
  isFoldedByDefault(group: InviteGroupKind): boolean;
}

const LEVEL_OF_GROUP: Partial<Record<InviteGroupKind, InviteTrustLevel>> = { known: "known", unknown: "unknown", suspicious: "suspicious" };

/**
 * The grouping of one inbox. Create it once per change of its options (the assessments are
 * cached per entry object, so grouping 10,000 invites again, e.g. while filtering, assesses
 * none of them again; and per inviter, so a sender's wave of invites is assessed once).
 * Never throws on odd entries: an entry without an inviter is `unknown` by trust, and goes
 * by its kind otherwise.
 */
export function createInviteGrouping(options: InviteGroupingOptions): InviteGrouping {
  const { trust, grading, knownUserIds, pendingInvites } = options;
  if (trust === undefined) {
    return {
      mode: "kind",
      groupOf: (entry) => groupByKind(entry, knownUserIds),
      assessmentOf: () => undefined,
      treatmentOf: () => undefined,
      isFoldedByDefault: () => false,
    };
  }
  const assessments = new WeakMap<InviteEntry, InviteAssessment>();
  // An inviter's invites share one assessment (a wave of 1,000 invites is assessed once).
  const byInviter = new Map<string, { displayName: string | undefined; assessments: [InviteAssessment | undefined, InviteAssessment | undefined] }>();
  const treatments = new Map<InviteTrustLevel, InviteTreatment>();
  const treatmentOfLevel = (level: InviteTrustLevel) => {
    let treatment = treatments.get(level);
    if (treatment === undefined) {
      treatment = getInviteTreatment(level, grading);
      treatments.set(level, treatment);
    }
    return treatment;
  };
  const assessmentOf = (entry: InviteEntry): InviteAssessment | undefined => {
    if (entry.kind !== "invite") return undefined;
    let assessment = assessments.get(entry);
    if (assessment !== undefined) return assessment;
    // assessInvite reads only the inviter and isDirect of a summary (its parameter's type):
    // invites that agree on them share one assessment, so a wave is assessed once.
    const inviter = entry.summary.inviter;
    const slot = entry.summary.isDirect === true ? 1 : 0;
    const shared = inviter === undefined ? undefined : byInviter.get(inviter.userId);
    const sameName = shared !== undefined && shared.displayName === inviter?.displayName;
    assessment = sameName ? shared.assessments[slot] : undefined;
    if (assessment === undefined) {
      assessment = assessInvite(entry.summary, {
        knownUserIds: trust.knownUserIds,
        knownDisplayNames: trust.knownDisplayNames,
        sharedRoomIds: inviter === undefined ? undefined : readShared(trust.sharedRoomIds, inviter.userId),
        pendingInvites,
        now: trust.now,
        waveSize: trust.waveSize,
        waveWindowMs: trust.waveWindowMs,
      });
      if (sameName) shared.assessments[slot] = assessment;
      else if (inviter !== undefined && shared === undefined) {
        const bySlot: [InviteAssessment | undefined, InviteAssessment | undefined] = [undefined, undefined];
        bySlot[slot] = assessment;
        byInviter.set(inviter.userId, { displayName: inviter.displayName, assessments: bySlot });
      }
    }
    assessments.set(entry, assessment);
    return assessment;
  };
  const treatmentOf = (group: InviteGroupKind) => {
    const level = LEVEL_OF_GROUP[group];
    return level === undefined ? undefined : treatmentOfLevel(level);
  };
  return {
    mode: "trust",
    groupOf: (entry) => (entry.kind === "knock" ? "knocks" : (assessmentOf(entry)?.level ?? "unknown")),
    assessmentOf,
    treatmentOf,
    isFoldedByDefault: (group) => treatmentOf(group)?.invite === "fold",
  };
}

/** A sender's mutual-rooms answer, `undefined` when the map has none (or cannot be read). */
function readShared(map: ReadonlyMap<string, readonly string[]> | undefined, sender: string): readonly string[] | undefined {
  try {
    return map instanceof Map ? (map.get(sender) as readonly string[] | undefined) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The group of an entry by kind. Knocks have their own group. With `knownUserIds`, an invite
 * whose inviter is not among them (or is unknown) goes to `unknown`, whatever its kind: a
 * stranger's DM is exactly the case spam arrives in. Otherwise spaces, DMs (`is_direct`), then rooms.
 */
export function groupByKind(entry: InviteEntry, knownUserIds: ReadonlySet<string> | undefined): InviteGroupKind {
  if (entry.kind === "knock") return "knocks";
  if (knownUserIds) {
    const inviter = entry.summary.inviter?.userId;
    if (inviter === undefined || !knownUserIds.has(inviter)) return "unknown";
  }
  if (entry.summary.isSpace) return "spaces";
  if (entry.summary.isDirect) return "people";
  return "rooms";
}

/**
 * Turns one timeline event (`m.room.member` or `m.room.third_party_invite`) into the facts
 * a sentence needs: which message, who acted, whose membership, which names. Pure data, so
 * `MembershipEventText` and `MembershipEventSummary` read events the same way.
 */
import { describeMembershipChange, describeThirdPartyInvite } from "./membership";
import type { MembershipChangeDescription } from "./membership";
import { isPlainObject, ownProperty } from "./strippedState";
import type { MembershipChangeKind } from "./types";

/** Which sentence a timeline event gets: a `describeMembershipChange` kind refined, or a third-party invite. */
export type MembershipLineKind =
  | Exclude<MembershipChangeKind, "display_name_changed" | "avatar_changed">
  | "display_name_changed"
  | "display_name_set"
  | "display_name_removed"
  | "avatar_changed"
  | "avatar_set"
  | "avatar_removed"
  | "third_party_accepted"
  | "third_party_sent"
  | "third_party_revoked"
  | "third_party_revoked_unknown";

/** A timeline event read for display. `kind: "invalid"` carries nothing else. */
export type MembershipLine = { kind: "invalid" } | ReadMembershipLine;

/** A timeline event that could be read. */
export interface ReadMembershipLine {
  /** Which sentence to show. */
  kind: Exclude<MembershipLineKind, "invalid">;
  /** The `describeMembershipChange` kind (or `third_party` for `m.room.third_party_invite`), for summaries. */
  changeKind: Exclude<MembershipChangeKind, "invalid"> | "third_party";
  /** Who sent the event. */
  actor: string;
  /** Whose membership it is; absent for third-party invite events. */
  target?: string;
  /** The target's display name from the event (the new one, else the old one). */
  targetName?: string;
  /** The display name before the event (display-name changes). */
  oldName?: string;
  /** The display name after the event (display-name changes). */
  newName?: string;
  /** The masked address of a third-party invite. */
  address?: string;
  /** The event's reason, cleaned (not yet shortened for display). */
  reason?: string;
}

/** Refines profile kinds: a first display name is "set", a dropped one "removed". */
function profileKind(change: MembershipChangeDescription): ReadMembershipLine["kind"] {
  switch (change.kind) {
    case "display_name_changed":
      if (change.oldDisplayName === undefined) return "display_name_set";
      if (change.newDisplayName === undefined) return "display_name_removed";
      return "display_name_changed";
    case "avatar_changed":
      if (change.oldAvatarUrl === undefined) return "avatar_set";
      if (change.newAvatarUrl === undefined) return "avatar_removed";
      return "avatar_changed";
    case "invited":
      return change.thirdPartyInvite ? "third_party_accepted" : "invited";
    default:
      return change.kind;
  }
}

/** The event's own `type`, or `undefined` when it has none or reading it throws (a hostile getter). */
function typeOf(event: unknown): unknown {
  try {
    return isPlainObject(event) ? ownProperty(event, "type") : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a timeline event of either type; anything else, or anything malformed, is `invalid`. Never throws. */
export function readTimelineEvent(event: unknown): MembershipLine {
  const type = typeOf(event);
  if (type === "m.room.third_party_invite") {
    const change = describeThirdPartyInvite(event);
    switch (change.kind) {
      case "sent":
        return { kind: "third_party_sent", changeKind: "third_party", actor: change.actor, address: change.displayName };
      case "revoked":
        return change.displayName === undefined
          ? { kind: "third_party_revoked_unknown", changeKind: "third_party", actor: change.actor }
          : { kind: "third_party_revoked", changeKind: "third_party", actor: change.actor, address: change.displayName };
      case "invalid":
        return { kind: "invalid" };
      default:
        return change satisfies never;
    }
  }
  const change = describeMembershipChange(event);
  if (change.kind === "invalid") return { kind: "invalid" };
  const line: ReadMembershipLine = {
    kind: profileKind(change),
    changeKind: change.kind,
    actor: change.actor,
    target: change.target,
  };
  if (change.targetDisplayName !== undefined) line.targetName = change.targetDisplayName;
  if (change.oldDisplayName !== undefined) line.oldName = change.oldDisplayName;
  if (change.newDisplayName !== undefined) line.newName = change.newDisplayName;
  if (change.thirdPartyInvite) line.address = change.thirdPartyInvite.displayName;
  if (change.reason !== undefined) line.reason = change.reason;
  return line;
}

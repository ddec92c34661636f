/**
 * Names for timeline sentences: who is called what, and which names need their user ID
 * beside them because another member uses the same name (or the name looks like a user ID).
 */
import type { ReactNode } from "react";
import { disambiguateDisplayNames } from "../../core/displayNames";
import type { DisplayNameCandidate } from "../../core/displayNames";
import type { RoomMember } from "../../core/types";
import type { I18n } from "../../i18n/types";
import { NetworkText } from "../shared/NetworkText";

/** Looks up a member's display name (e.g. from the host's room state); `undefined` when unknown. */
export type GetMemberName = (userId: string) => string | undefined;

/** A name as the sentence shows it. */
export interface ResolvedName {
  /** The user ID. */
  userId: string;
  /** The cleaned display name, when there is one. */
  displayName?: string;
  /** Whether the user ID must be shown beside the name. */
  isAmbiguous: boolean;
}

/** How names are found: the host's lookup and the room's members (to spot collisions). */
export interface NameSources {
  /** The host's lookup, used when the event itself carries no name for the user. */
  getMemberName?: GetMemberName;
  /** The room's members, to find names that collide with someone else's. */
  members?: readonly RoomMember[];
}

/** The display name of `userId` from the sources: `getMemberName` first, then `members`. */
export function lookUpName(userId: string, sources: NameSources): string | undefined {
  try {
    const fromHost = sources.getMemberName?.(userId);
    if (typeof fromHost === "string" && fromHost !== "") return fromHost;
  } catch {
    // A throwing lookup must not break the timeline: fall back to the members.
  }
  return sources.members?.find((member) => member.userId === userId)?.displayName;
}

/**
 * Resolves each `(userId, name)` pair against the room's members and each other: the
 * result says, in the same order, which names need the user ID beside them.
 */
export function resolveNames(
  wanted: readonly DisplayNameCandidate[],
  members: readonly RoomMember[] | undefined,
): ResolvedName[] {
  const others: DisplayNameCandidate[] = (members ?? []).map((member) => ({
    userId: member.userId,
    displayName: member.displayName,
  }));
  const result = disambiguateDisplayNames([...others, ...wanted]);
  return result.slice(others.length).map((member) => {
    const resolved: ResolvedName = { userId: member.userId, isAmbiguous: member.isAmbiguous };
    if (member.displayName !== undefined) resolved.displayName = member.displayName;
    return resolved;
  });
}

/** A name as nodes: `<bdi>` network text, with the user ID when ambiguous, the user ID alone without a name. */
export function formatName(name: ResolvedName, i18n: I18n): ReactNode {
  if (name.displayName === undefined) return <NetworkText>{name.userId}</NetworkText>;
  if (!name.isAmbiguous) return <NetworkText>{name.displayName}</NetworkText>;
  return i18n.t("common.name_with_user_id", {
    name: <NetworkText>{name.displayName}</NetworkText>,
    userId: <NetworkText>{name.userId}</NetworkText>,
  });
}

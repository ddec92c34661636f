/**
 * Timeline meaning of `m.room.member` and `m.room.third_party_invite` events: what changed,
 * who did it, to whom, and why, as data the UI turns into localised text.
 */
import type { Membership, MembershipChangeKind } from "./types";
import { isPlainObject, ownProperty, parseStrippedStateEvent } from "./strippedState";
import { isMxcUri, isUserId } from "./identifiers";
import { cleanLongText, cleanName } from "./text";

/** A described membership change; `kind` says which sentence the timeline shows. */
export interface MembershipChangeDescription {
  /** What happened (never `invalid` here). */
  kind: Exclude<MembershipChangeKind, "invalid">;
  /** Who sent the event (`sender`). */
  actor: string;
  /** Whose membership it is (`state_key`). */
  target: string;
  /** Whether the actor changed their own membership (`sender === state_key`). */
  isSelf: boolean;
  /** The membership after the event. */
  membership: Membership;
  /** The membership before it, from `unsigned.prev_content` (`leave` when absent). */
  previousMembership: Membership;
  /** The event's `reason`, cleaned and capped at 1,024 characters. */
  reason?: string;
  /** The target's display name after the event (`content.displayname`, cleaned). */
  newDisplayName?: string;
  /** The target's display name before it (`prev_content.displayname`, cleaned). */
  oldDisplayName?: string;
  /** The target's name to show for this event: the new display name, else the old one. */
  targetDisplayName?: string;
  /** The target's avatar after the event, only a valid mxc URI. */
  newAvatarUrl?: string;
  /** The target's avatar before it, only a valid mxc URI. */
  oldAvatarUrl?: string;
  /**
   * Present when an invite claims an earlier `m.room.third_party_invite` (e.g. one sent to
   * an email address): the timeline then reads "Bob accepted the invitation for bob@example.org".
   */
  thirdPartyInvite?: { displayName: string };
  /** The event ID, when present. */
  eventId?: string;
  /** `origin_server_ts`, when present. */
  timestamp?: number;
}

/** The meaning of an `m.room.member` event, or `{ kind: "invalid" }` for anything malformed. */
export type MembershipChange = MembershipChangeDescription | { kind: "invalid" };

const MEMBERSHIPS: readonly string[] = ["invite", "join", "leave", "ban", "knock"];
/** A fresh object each time, so no caller can change what others receive. */
function invalid(): { kind: "invalid" } {
  return { kind: "invalid" };
}

function readMembership(content: Record<string, unknown>): Membership | undefined {
  const membership = ownProperty(content, "membership");
  return typeof membership === "string" && MEMBERSHIPS.includes(membership) ? (membership as Membership) : undefined;
}

function avatarOf(content: Record<string, unknown>): string | undefined {
  const avatar = ownProperty(content, "avatar_url");
  return isMxcUri(avatar) ? avatar : undefined;
}

/** The display name an invite's `third_party_invite` claims, cleaned. */
function thirdPartyDisplayName(content: Record<string, unknown>): string | undefined {
  const invite = ownProperty(content, "third_party_invite");
  return isPlainObject(invite) ? cleanName(ownProperty(invite, "display_name")) : undefined;
}

/** Picks the kind for a `previous → next` transition (table on {@link describeMembershipChange}). */
function kindOf(
  previous: Membership,
  next: Membership,
  isSelf: boolean,
  isRepeatUnchanged: () => boolean,
  profile: { nameChanged: boolean; avatarChanged: boolean },
): MembershipChangeDescription["kind"] {
  switch (next) {
    case "invite":
      if (previous === "knock") return "knock_accepted";
      if (previous === "invite" && isRepeatUnchanged()) return "no_change";
      return "invited";
    case "join":
      if (previous !== "join") return "joined";
      if (profile.nameChanged && profile.avatarChanged) return "profile_changed";
      if (profile.nameChanged) return "display_name_changed";
      if (profile.avatarChanged) return "avatar_changed";
      return "no_change";
    case "leave":
      switch (previous) {
        case "invite":
          return isSelf ? "invite_rejected" : "invite_revoked";
        case "join":
          return isSelf ? "left" : "kicked";
        case "ban":
          return "unbanned";
        case "knock":
          return isSelf ? "knock_retracted" : "knock_denied";
        case "leave":
          return "no_change";
        default:
          previous satisfies never;
          return "no_change";
      }
    case "ban":
      return previous === "ban" ? "no_change" : "banned";
    case "knock":
      return previous === "knock" && isRepeatUnchanged() ? "no_change" : "knocked";
    default:
      next satisfies never;
      return "no_change";
  }
}

/**
 * Describes an `m.room.member` event for the timeline. The previous membership comes from
 * `unsigned.prev_content`; absent (or `null`) means `leave`. Anything malformed (not an
 * `m.room.member` event, a sender or state key that is not a user ID, an unknown
 * membership, a `prev_content` that is not an object with a known membership) gives
 * `{ kind: "invalid" }`. Never throws.
 *
 * Transitions, `previous → next`; "self" means the sender is the state key:
 *
 * | previous \ next | invite | join | leave | ban | knock |
 * | --- | --- | --- | --- | --- | --- |
 * | leave (or none) | invited | joined | no_change | banned | knocked |
 * | invite | invited¹ | joined | self: invite_rejected, other: invite_revoked | banned | knocked |
 * | join | invited | profile² | self: left, other: kicked | banned | knocked |
 * | ban | invited | joined | unbanned | no_change | knocked |
 * | knock | knock_accepted | joined | self: knock_retracted, other: knock_denied | banned | knocked¹ |
 *
 * ¹ A repeat invite or knock is `no_change` when nothing visible differs (reason, display
 * name, avatar, claimed third-party invite, and the sender when `unsigned.prev_sender` is
 * known); otherwise it is a new `invited` / `knocked`.
 * ² `display_name_changed`, `avatar_changed`, `profile_changed` (both) or `no_change`,
 * comparing the cleaned name and the valid mxc avatar (what a person would see).
 *
 * Some cells cannot pass the authorization rules (join → invite, ban → join …) but still
 * reach clients: `prev_content` is the state event replaced, which after state resolution
 * may come from another fork. We describe them by the membership the event sets.
 */
export function describeMembershipChange(event: unknown): MembershipChange {
  try {
    const parsed = parseStrippedStateEvent(event);
    if (!parsed || parsed.type !== "m.room.member") return invalid();
    const { sender: actor, state_key: target, content } = parsed;
    if (!isUserId(actor) || !isUserId(target)) return invalid();
    const membership = readMembership(content);
    if (!membership) return invalid();
    const rawPrevious = parsed.unsigned ? ownProperty(parsed.unsigned, "prev_content") : undefined;
    let previousContent: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    let previousMembership: Membership = "leave";
    if (rawPrevious !== undefined && rawPrevious !== null) {
      if (!isPlainObject(rawPrevious)) return invalid();
      const membershipBefore = readMembership(rawPrevious);
      if (!membershipBefore) return invalid();
      previousContent = rawPrevious;
      previousMembership = membershipBefore;
    }
    const isSelf = actor === target;
    const newDisplayName = cleanName(ownProperty(content, "displayname"));
    const oldDisplayName = cleanName(ownProperty(previousContent, "displayname"));
    const newAvatarUrl = avatarOf(content);
    const oldAvatarUrl = avatarOf(previousContent);
    const reason = cleanLongText(ownProperty(content, "reason"));
    const thirdPartyName = membership === "invite" ? thirdPartyDisplayName(content) : undefined;
    const isRepeatUnchanged = () => {
      const previousSender = parsed.unsigned ? ownProperty(parsed.unsigned, "prev_sender") : undefined;
      return (
        reason === cleanLongText(ownProperty(previousContent, "reason")) &&
        newDisplayName === oldDisplayName &&
        newAvatarUrl === oldAvatarUrl &&
        thirdPartyName === thirdPartyDisplayName(previousContent) &&
        (typeof previousSender !== "string" || previousSender === actor)
      );
    };
    const kind = kindOf(previousMembership, membership, isSelf, isRepeatUnchanged, {
      nameChanged: newDisplayName !== oldDisplayName,
      avatarChanged: newAvatarUrl !== oldAvatarUrl,
    });
    const change: MembershipChangeDescription = { kind, actor, target, isSelf, membership, previousMembership };
    if (reason !== undefined) change.reason = reason;
    if (newDisplayName !== undefined) change.newDisplayName = newDisplayName;
    if (oldDisplayName !== undefined) change.oldDisplayName = oldDisplayName;
    const targetDisplayName = newDisplayName ?? oldDisplayName;
    if (targetDisplayName !== undefined) change.targetDisplayName = targetDisplayName;
    if (newAvatarUrl !== undefined) change.newAvatarUrl = newAvatarUrl;
    if (oldAvatarUrl !== undefined) change.oldAvatarUrl = oldAvatarUrl;
    if (thirdPartyName !== undefined) change.thirdPartyInvite = { displayName: thirdPartyName };
    if (parsed.event_id !== undefined) change.eventId = parsed.event_id;
    if (parsed.origin_server_ts !== undefined) change.timestamp = parsed.origin_server_ts;
    return change;
  } catch {
    return invalid();
  }
}

/** The meaning of an `m.room.third_party_invite` state event. */
export type ThirdPartyInviteChange =
  | {
      /** An invitation sent to a third-party identifier (e.g. an email address). */
      kind: "sent";
      /** Who sent it. */
      actor: string;
      /** The invitee's display name as the inviter's identity server gave it (e.g. a masked email), cleaned. */
      displayName: string;
      /** The invite token (the event's `state_key`). */
      token: string;
    }
  | {
      /** The invitation was withdrawn: the event's content is empty. */
      kind: "revoked";
      /** Who revoked it. */
      actor: string;
      /** The invite token (the event's `state_key`). */
      token: string;
      /** The display name of the invitation withdrawn, from `unsigned.prev_content`, when known. */
      displayName?: string;
    }
  | { kind: "invalid" };

/**
 * Describes an `m.room.third_party_invite` state event: `sent` (content with a
 * `display_name`), `revoked` (empty content), or `invalid` for anything else (wrong type,
 * empty token, a sender that is not a user ID, content without a usable display name).
 * Never throws.
 */
export function describeThirdPartyInvite(event: unknown): ThirdPartyInviteChange {
  try {
    const parsed = parseStrippedStateEvent(event);
    if (!parsed || parsed.type !== "m.room.third_party_invite") return invalid();
    const { sender: actor, state_key: token, content } = parsed;
    if (!isUserId(actor) || token.length === 0) return invalid();
    if (Object.keys(content).length === 0) {
      const previous = parsed.unsigned ? ownProperty(parsed.unsigned, "prev_content") : undefined;
      const displayName = isPlainObject(previous) ? cleanName(ownProperty(previous, "display_name")) : undefined;
      return displayName === undefined ? { kind: "revoked", actor, token } : { kind: "revoked", actor, token, displayName };
    }
    const displayName = cleanName(ownProperty(content, "display_name"));
    return displayName === undefined ? invalid() : { kind: "sent", actor, displayName, token };
  } catch {
    return invalid();
  }
}

/**
 * The public data shapes of the core. Everything here is produced from untrusted JSON by
 * the parsers in this folder, so every field is already validated, cleaned and capped.
 */

/** A membership value the spec defines for `m.room.member`. */
export type Membership = "invite" | "join" | "leave" | "ban" | "knock";

/** A room's join rule as the spec defines it (`m.room.join_rules`). */
export type JoinRule = "public" | "invite" | "knock" | "restricted" | "knock_restricted" | "private";

/**
 * A stripped state event (spec: `StrippedStateEvent`) after validation: only the fields we
 * use, copied onto fresh objects. `content` is a null-prototype object holding the event's
 * own keys, so untrusted keys such as `__proto__` cannot reach `Object.prototype`.
 */
export interface StrippedStateEvent {
  /** Event type, e.g. `m.room.name`. */
  type: string;
  /** State key; `""` for room-wide state, a user ID for `m.room.member`. */
  state_key: string;
  /**
   * Who sent it (claimed by the remote server; not verified). Absent when the event's
   * `sender` is not a string: the event still counts for what its content says.
   */
  sender?: string;
  /** The event content: a null-prototype copy of the event's own keys that could be read. */
  content: Record<string, unknown>;
  /** `origin_server_ts`, when it is a finite non-negative number. */
  origin_server_ts?: number;
  /** `event_id`, when it is a string. */
  event_id?: string;
  /** `unsigned`, null-prototype copy, when it is a plain object (used for `prev_content`). */
  unsigned?: Record<string, unknown>;
}

/** A user known from room state: ID plus cleaned display name. */
export interface RoomMember {
  /** The user ID (validated). */
  userId: string;
  /** Cleaned display name from their member event, if any. */
  displayName?: string;
}

/**
 * How to name a room, as data so the UI can localise it. Follows the spec's room-name
 * algorithm in order: `m.room.name`, then the canonical alias, then the members, else empty.
 */
export type RoomName =
  | { kind: "named"; name: string }
  | { kind: "alias"; alias: string }
  | { kind: "members"; members: RoomMember[]; othersCount: number }
  | { kind: "empty" };

/** The user who sent the invite, taken from the invite event's `sender`. */
export interface Inviter {
  /** The inviter's user ID: the only part a remote server cannot fake freely. */
  userId: string;
  /** Display name from the inviter's member event (proves nothing: show it with the ID). */
  displayName?: string;
  /** Avatar from the inviter's member event, only when a valid mxc URI. */
  avatarUrl?: string;
}

/** What the UI needs to show a room, from invite state (untrusted) or live state (trusted). */
export interface RoomSummary {
  /** The room ID, when known (passed in by the caller; stripped state does not carry it). */
  roomId?: string;
  /** The user's own membership from their `m.room.member` event. */
  membership?: Membership;
  /** How to name the room. */
  name: RoomName;
  /** Room avatar, only a valid `mxc://server/mediaId`. */
  avatarUrl?: string;
  /** Plain-text topic (the `text/plain` entry of `m.topic` preferred). */
  topic?: string;
  /** The canonical alias, when valid. */
  canonicalAlias?: string;
  /** The join rule, when it is one the spec defines. */
  joinRule?: JoinRule;
  /** The room type from `m.room.create` (`m.space` for spaces), cleaned. */
  roomType?: string;
  /** Whether the room is a space (`roomType === "m.space"`). */
  isSpace: boolean;
  /** Whether an `m.room.encryption` event is present. */
  isEncrypted: boolean;
  /** Room version from `m.room.create` (`"1"` when the create event omits it, per spec). */
  roomVersion?: string;
  /** Room creators: the create event's sender, plus `additional_creators` in room version 12. */
  creators: string[];
  /** Whether the user's own invite event says `is_direct: true`. */
  isDirect: boolean;
  /** Who invited the user, when the invite event's sender is a valid user ID. */
  inviter?: Inviter;
  /** The reason on the user's own membership event (the invite message), cleaned. */
  reason?: string;
  /** `origin_server_ts` of the user's invite event, when present. */
  invitedAt?: number;
  /** Present when the invite claims an earlier third-party invite (e.g. to an email address). */
  thirdPartyInvite?: { displayName: string };
  /** Number of joined members known from the state. */
  joinedMemberCount: number;
  /** Number of invited members known from the state. */
  invitedMemberCount: number;
  /** `false` for invite state (chosen by a remote server), `true` for live state. */
  trusted: boolean;
}

/** A summary built from `invite_state`: never trusted. */
export type InviteSummary = RoomSummary & { trusted: false };

/** The kind of an `m.room.member` transition, for timeline text. */
export type MembershipChangeKind =
  | "joined"
  | "invited"
  | "invite_rejected"
  | "invite_revoked"
  | "left"
  | "kicked"
  | "banned"
  | "unbanned"
  | "knocked"
  | "knock_retracted"
  | "knock_denied"
  | "knock_accepted"
  | "display_name_changed"
  | "avatar_changed"
  | "profile_changed"
  | "no_change"
  | "invalid";

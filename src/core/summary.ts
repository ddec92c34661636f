import { cleanLongText, cleanName } from "./text";
import { isMxcUri, isRoomId, isUserId } from "./identifiers";
import { isPlainObject, ownProperty } from "./strippedState";
import { readCanonicalAlias, readTopic, toMembership } from "./roomName";
import { findMember, hasContent, readContent, releaseSummaryState, scanSummaryState, type MemberState, type SummaryState } from "./summaryState";
import { readMembers, type InviterState } from "./summaryMembers";
import { emptySummary, keepSummaryShape, SUMMARY_FIELD } from "./summaryShapes";
import type { InviteSummary, Inviter, JoinRule, Membership, RoomSummary } from "./types";

/** Options for {@link summarizeInvite} and {@link summarizeRoomState}. */
export interface SummarizeOptions {
  /** The signed-in user's ID: whose membership, invite and inviter the summary describes. */
  userId: string;
  /** The room ID, when the caller knows it (stripped state does not carry it). Kept only when valid. */
  roomId?: string;
}

/** Most `additional_creators` we keep; a create event is at most 64 KiB, so far fewer fit. */
export const MAX_CREATORS = 10_000;

const JOIN_RULES: ReadonlySet<string> = new Set<JoinRule>([
  "public",
  "invite",
  "knock",
  "restricted",
  "knock_restricted",
  "private",
]);
// Room version identifiers (spec: Room Versions): 1–32 characters of [a-z0-9.-]; we also
// accept upper case, which the spec discourages but does not forbid.
const ROOM_VERSION_PATTERN = /^[A-Za-z0-9.-]{1,32}$/;

/**
 * Summarises an invite from its stripped state (`rooms.invite[roomId].invite_state` from
 * `/sync`, or its bare `events` array) for the invite preview. The state was chosen by a
 * remote server, so the result is marked `trusted: false`; every string in it is cleaned
 * and capped. Never throws, whatever the input or options; cost is linear in the events.
 */
export function summarizeInvite(inviteState: unknown, options: SummarizeOptions): InviteSummary {
  return summarize(inviteState, options, false) as InviteSummary;
}

/**
 * Summarises live room state (`GET /rooms/{roomId}/state`, or a `{ events }` state block)
 * into the same shape as {@link summarizeInvite}, marked `trusted: true` because the user's
 * own homeserver holds it. Never throws; cost is linear in the events.
 */
export function summarizeRoomState(stateEvents: unknown, options: SummarizeOptions): RoomSummary {
  return summarize(stateEvents, options, true);
}

function summarize(input: unknown, options: unknown, trusted: boolean): RoomSummary {
  // The options are read in place (no intermediate object: this runs once per invite).
  // Options may come from untyped code, even a hostile Proxy: unreadable means absent.
  let userId: string | undefined;
  let roomId: string | undefined;
  try {
    if (typeof options === "object" && options !== null) {
      const rawUserId: unknown = (options as Record<string, unknown>).userId;
      const rawRoomId: unknown = (options as Record<string, unknown>).roomId;
      userId = isUserId(rawUserId) ? rawUserId : undefined;
      roomId = isRoomId(rawRoomId) ? rawRoomId : undefined;
    }
  } catch {
    userId = undefined;
    roomId = undefined;
  }
  const state = scanSummaryState(input);
  try {
    return buildSummary(state, userId, roomId, trusted);
  } catch {
    // Every field read below is guarded, so this is a last line of defence only: an empty
    // summary is still something the UI can show. A literal, not `emptySummary`: its fields
    // are defined, never assigned, so a read-only field inherited from a polluted
    // Object.prototype (which makes the constructor's assignments throw) cannot throw here.
    return fallbackSummary(roomId, trusted);
  } finally {
    releaseSummaryState(state);
  }
}

/** An empty summary made by one literal, in the key order of `emptySummary` (room ID, then `trusted`). */
function fallbackSummary(roomId: string | undefined, trusted: boolean): RoomSummary {
  const fields = { isSpace: false, isEncrypted: false, creators: [], isDirect: false, joinedMemberCount: 0, invitedMemberCount: 0 };
  return roomId === undefined
    ? { name: { kind: "empty" }, ...fields, trusted }
    : { name: { kind: "empty" }, ...fields, roomId, trusted };
}

/**
 * Builds the summary from the winning events. Fields are added in a fixed order (the
 * invite store compares summaries by their JSON), and each content field is read once.
 */
function buildSummary(state: SummaryState, userId: string | undefined, roomId: string | undefined, trusted: boolean): RoomSummary {
  const summary = emptySummary(roomId) as RoomSummary;
  // Which optional fields the summary has, for keepSummaryShape.
  let fields = roomId === undefined ? 0 : SUMMARY_FIELD.roomId;
  // `userId` is a valid user ID, so its member event (if any) is one `indexRoomState` keeps.
  const own = userId === undefined ? undefined : findMember(state, userId);
  const membership = own ? toMembership(readContent(own.content, "membership")) : undefined;
  const invite = membership === "invite" ? own : undefined;
  const inviter = invite ? readInviter(invite, state, userId, membership) : undefined;

  if (membership !== undefined) {
    summary.membership = membership;
    fields |= SUMMARY_FIELD.membership;
  }
  // The spec's room name: a non-empty m.room.name, else a valid canonical alias, else the
  // members (computed with the member counts, in the same pass over the members).
  const name = state.name ? cleanName(readContent(state.name, "name")) : undefined;
  const canonicalAlias = readCanonicalAlias(state.canonicalAlias);
  if (name !== undefined) summary.name = { kind: "named", name };
  else if (canonicalAlias !== undefined) summary.name = { kind: "alias", alias: canonicalAlias };
  readMembers(summary, state, userId, membership, inviter, name === undefined && canonicalAlias === undefined);

  const avatarUrl = state.avatar ? readContent(state.avatar, "url") : undefined;
  if (isMxcUri(avatarUrl)) {
    summary.avatarUrl = avatarUrl;
    fields |= SUMMARY_FIELD.avatarUrl;
  }

  const topic = readTopic(state.topic);
  if (topic !== undefined) {
    summary.topic = topic;
    fields |= SUMMARY_FIELD.topic;
  }

  if (canonicalAlias !== undefined) {
    summary.canonicalAlias = canonicalAlias;
    fields |= SUMMARY_FIELD.canonicalAlias;
  }

  const joinRule = state.joinRules ? readContent(state.joinRules, "join_rule") : undefined;
  if (typeof joinRule === "string" && JOIN_RULES.has(joinRule)) {
    summary.joinRule = joinRule as JoinRule;
    fields |= SUMMARY_FIELD.joinRule;
  }

  const create = state.create;
  if (create) {
    // The room type is an identifier: kept only when cleaning would not change it, so that
    // "m.space\u202E" can never pass for a space, nor show as one.
    const rawType = readContent(create, "type");
    const roomType = cleanName(rawType);
    if (roomType !== undefined && roomType === rawType) {
      summary.roomType = roomType;
      summary.isSpace = roomType === "m.space";
      fields |= SUMMARY_FIELD.roomType;
    }
    const roomVersion = readRoomVersion(create);
    if (roomVersion !== undefined) {
      summary.roomVersion = roomVersion;
      fields |= SUMMARY_FIELD.roomVersion;
    }
    summary.creators = readCreators(create, state.createSender, roomVersion);
  }
  summary.isEncrypted = state.isEncrypted;

  if (own) {
    const reason = cleanLongText(readContent(own.content, "reason"));
    if (reason !== undefined) {
      summary.reason = reason;
      fields |= SUMMARY_FIELD.reason;
    }
  }
  if (invite) {
    summary.isDirect = readContent(invite.content, "is_direct") === true;
    if (inviter) {
      summary.inviter = inviter.inviter;
      fields |= SUMMARY_FIELD.inviter;
    }
    const timestamp = readEventField(invite, "origin_server_ts");
    if (typeof timestamp === "number" && Number.isFinite(timestamp) && timestamp >= 0) {
      summary.invitedAt = timestamp;
      fields |= SUMMARY_FIELD.invitedAt;
    }
    const thirdPartyInvite = readThirdPartyInvite(invite);
    if (thirdPartyInvite) {
      summary.thirdPartyInvite = thirdPartyInvite;
      fields |= SUMMARY_FIELD.thirdPartyInvite;
    }
  }
  summary.trusted = trusted;
  keepSummaryShape(fields);
  return summary;
}

/** The inviter: the invite event's sender when it is a valid user ID, with their profile from their member event. */
function readInviter(
  invite: MemberState,
  state: SummaryState,
  userId: string | undefined,
  ownMembership: Membership | undefined,
): InviterState | undefined {
  const inviterId = invite.sender;
  if (!isUserId(inviterId)) return undefined;
  const event = findMember(state, inviterId);
  if (event === undefined) return { inviter: { userId: inviterId }, event, membership: undefined };
  const displayName = cleanName(readContent(event.content, "displayname"));
  const rawAvatarUrl = readContent(event.content, "avatar_url");
  const avatarUrl = isMxcUri(rawAvatarUrl) ? rawAvatarUrl : undefined;
  // Inviting oneself: the inviter's member event is the user's own, already read.
  const membership = inviterId === userId ? ownMembership : toMembership(readContent(event.content, "membership"));
  return { inviter: toInviter(inviterId, displayName, avatarUrl), event, membership };
}

/** The inviter object, made by one literal for each set of fields (see `emptySummaryState`). */
function toInviter(userId: string, displayName: string | undefined, avatarUrl: string | undefined): Inviter {
  if (displayName === undefined) return avatarUrl === undefined ? { userId } : { userId, avatarUrl };
  return avatarUrl === undefined ? { userId, displayName } : { userId, displayName, avatarUrl };
}

/** The room version; the spec says a create event without `room_version` is version "1". */
function readRoomVersion(create: Record<string, unknown>): string | undefined {
  if (!hasContent(create, "room_version")) return "1";
  const version = readContent(create, "room_version");
  return typeof version === "string" && ROOM_VERSION_PATTERN.test(version) ? version : undefined;
}

/**
 * The room creators: the create event's sender, plus the valid user IDs in
 * `additional_creators` for room version 12 (earlier versions have no such field). The
 * array is the caller's own and may be a Proxy: when it throws, only the sender is kept.
 */
function readCreators(create: Record<string, unknown>, sender: string, roomVersion: string | undefined): string[] {
  const creators: string[] = isUserId(sender) ? [sender] : [];
  if (roomVersion !== "12") return creators;
  const additional = readContent(create, "additional_creators");
  try {
    if (!Array.isArray(additional)) return creators;
    const seen = new Set(creators);
    const count = Math.min(additional.length, MAX_CREATORS);
    for (let index = 0; index < count; index++) {
      const candidate: unknown = additional[index];
      if (!isUserId(candidate) || seen.has(candidate)) continue;
      seen.add(candidate);
      creators.push(candidate);
    }
    return creators;
  } catch {
    return isUserId(sender) ? [sender] : [];
  }
}

/** The third-party invite's display name (`content.third_party_invite.display_name`), cleaned. */
function readThirdPartyInvite(invite: MemberState): { displayName: string } | undefined {
  try {
    const thirdParty = readContent(invite.content, "third_party_invite");
    if (!isPlainObject(thirdParty)) return undefined;
    const displayName = cleanName(ownProperty(thirdParty, "display_name"));
    return displayName === undefined ? undefined : { displayName };
  } catch {
    return undefined;
  }
}

/** A field of the event itself (not its content), read once; `undefined` when a hostile getter throws. */
function readEventField(member: MemberState, key: string): unknown {
  try {
    return ownProperty(member.event, key);
  } catch {
    return undefined;
  }
}

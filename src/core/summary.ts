import { cleanLongText, cleanName } from "./text";
import { isMxcUri, isRoomId, isUserId } from "./identifiers";
import { isPlainObject, ownProperty, parseStrippedState } from "./strippedState";
import {
  computeRoomName,
  indexRoomState,
  readCanonicalAlias,
  readMembership,
  readTopic,
  type IndexedRoomState,
} from "./roomName";
import type { InviteSummary, Inviter, JoinRule, RoomSummary, StrippedStateEvent } from "./types";

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
  return { ...summarize(inviteState, options), trusted: false };
}

/**
 * Summarises live room state (`GET /rooms/{roomId}/state`, or a `{ events }` state block)
 * into the same shape as {@link summarizeInvite}, marked `trusted: true` because the user's
 * own homeserver holds it. Never throws; cost is linear in the events.
 */
export function summarizeRoomState(stateEvents: unknown, options: SummarizeOptions): RoomSummary {
  return { ...summarize(stateEvents, options), trusted: true };
}

function summarize(input: unknown, options: unknown): Omit<RoomSummary, "trusted"> {
  const { userId, roomId } = readOptions(options);
  try {
    const events = parseStrippedState(input);
    return buildSummary(indexRoomState(events), userId, roomId);
  } catch {
    // parseStrippedState never throws and its output is plain data, so this is a last
    // line of defence only: an empty summary is still something the UI can show.
    return emptySummary(roomId);
  }
}

function readOptions(options: unknown): { userId?: string; roomId?: string } {
  try {
    if (typeof options !== "object" || options === null) return {};
    const userId: unknown = (options as Record<string, unknown>).userId;
    const roomId: unknown = (options as Record<string, unknown>).roomId;
    return {
      userId: isUserId(userId) ? userId : undefined,
      roomId: isRoomId(roomId) ? roomId : undefined,
    };
  } catch {
    return {};
  }
}

function emptySummary(roomId: string | undefined): Omit<RoomSummary, "trusted"> {
  const summary: Omit<RoomSummary, "trusted"> = {
    name: { kind: "empty" },
    isSpace: false,
    isEncrypted: false,
    creators: [],
    isDirect: false,
    joinedMemberCount: 0,
    invitedMemberCount: 0,
  };
  if (roomId !== undefined) summary.roomId = roomId;
  return summary;
}

function buildSummary(
  state: IndexedRoomState,
  userId: string | undefined,
  roomId: string | undefined,
): Omit<RoomSummary, "trusted"> {
  const summary = emptySummary(roomId);
  const own = userId === undefined ? undefined : state.memberByUserId.get(userId);
  const membership = readMembership(own);
  const invite = membership === "invite" ? own : undefined;
  const inviter = invite ? readInviter(invite, state) : undefined;

  if (membership !== undefined) summary.membership = membership;
  summary.name = computeRoomName(state, userId, inviter?.userId);

  const avatarEvent = state.roomState.get("m.room.avatar");
  const avatarUrl = avatarEvent ? ownProperty(avatarEvent.content, "url") : undefined;
  if (isMxcUri(avatarUrl)) summary.avatarUrl = avatarUrl;

  // Nested values (m.topic, additional_creators, third_party_invite) are still the
  // caller's objects and may be Proxies with throwing traps: each is read in isolation so
  // one of them can never hide the rest of the invite.
  const topic = safely(() => readTopic(state.roomState.get("m.room.topic")), undefined);
  if (topic !== undefined) summary.topic = topic;

  const canonicalAlias = readCanonicalAlias(state);
  if (canonicalAlias !== undefined) summary.canonicalAlias = canonicalAlias;

  const joinRulesEvent = state.roomState.get("m.room.join_rules");
  const joinRule = joinRulesEvent ? ownProperty(joinRulesEvent.content, "join_rule") : undefined;
  if (typeof joinRule === "string" && JOIN_RULES.has(joinRule)) summary.joinRule = joinRule as JoinRule;

  const create = state.roomState.get("m.room.create");
  if (create) {
    // The room type is an identifier: kept only when cleaning would not change it, so that
    // "m.space\u202E" can never pass for a space, nor show as one.
    const rawType = ownProperty(create.content, "type");
    const roomType = cleanName(rawType);
    if (roomType !== undefined && roomType === rawType) summary.roomType = roomType;
    summary.isSpace = summary.roomType === "m.space";
    const roomVersion = readRoomVersion(create);
    if (roomVersion !== undefined) summary.roomVersion = roomVersion;
    summary.creators = safely(() => readCreators(create, roomVersion), isUserId(create.sender) ? [create.sender] : []);
  }
  summary.isEncrypted = state.roomState.has("m.room.encryption");

  if (own) {
    const reason = cleanLongText(ownProperty(own.content, "reason"));
    if (reason !== undefined) summary.reason = reason;
  }
  if (invite) {
    summary.isDirect = ownProperty(invite.content, "is_direct") === true;
    if (inviter) summary.inviter = inviter;
    if (invite.origin_server_ts !== undefined) summary.invitedAt = invite.origin_server_ts;
    const thirdPartyInvite = safely(() => readThirdPartyInvite(invite), undefined);
    if (thirdPartyInvite) summary.thirdPartyInvite = thirdPartyInvite;
  }

  for (const member of state.members) {
    const memberMembership = readMembership(member);
    if (memberMembership === "join") summary.joinedMemberCount += 1;
    else if (memberMembership === "invite") summary.invitedMemberCount += 1;
  }
  return summary;
}

/** The inviter: the invite event's sender when it is a valid user ID, with their profile from their member event. */
function readInviter(invite: StrippedStateEvent, state: IndexedRoomState): Inviter | undefined {
  if (!isUserId(invite.sender)) return undefined;
  const inviter: Inviter = { userId: invite.sender };
  const memberEvent = state.memberByUserId.get(invite.sender);
  if (memberEvent) {
    const displayName = cleanName(ownProperty(memberEvent.content, "displayname"));
    if (displayName !== undefined) inviter.displayName = displayName;
    const avatarUrl = ownProperty(memberEvent.content, "avatar_url");
    if (isMxcUri(avatarUrl)) inviter.avatarUrl = avatarUrl;
  }
  return inviter;
}

/** The room version; the spec says a create event without `room_version` is version "1". */
function readRoomVersion(create: StrippedStateEvent): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(create.content, "room_version")) return "1";
  const version = ownProperty(create.content, "room_version");
  return typeof version === "string" && ROOM_VERSION_PATTERN.test(version) ? version : undefined;
}

/**
 * The room creators: the create event's sender, plus the valid user IDs in
 * `additional_creators` for room version 12 (earlier versions have no such field).
 */
function readCreators(create: StrippedStateEvent, roomVersion: string | undefined): string[] {
  const creators: string[] = [];
  if (isUserId(create.sender)) creators.push(create.sender);
  if (roomVersion !== "12") return creators;
  const additional = ownProperty(create.content, "additional_creators");
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
}

function readThirdPartyInvite(invite: StrippedStateEvent): { displayName: string } | undefined {
  const thirdParty = ownProperty(invite.content, "third_party_invite");
  if (!isPlainObject(thirdParty)) return undefined;
  const displayName = cleanName(ownProperty(thirdParty, "display_name"));
  return displayName === undefined ? undefined : { displayName };
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

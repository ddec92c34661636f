/**
 * Room summaries for the invite preview and the room header, built from the events
 * `readSummaryEvents` gathers: the same parse path as `parseStrippedState` (each event
 * validated once, by `validateStateEvent`), without copying anything.
 */
import { cleanLongText, cleanName } from "./text";
import { isMxcUri, isRoomId, isUserId } from "./identifiers";
import { hasField, isPlainObject, ownProperty, readField, readTimestamp, type ValidatedStateEvent } from "./strippedState";
import { readCanonicalAlias, readMembership, readTopic } from "./roomName";
import { readSummaryEvents, type SummaryEvents } from "./summaryEvents";
import { countMembers, nameFromMembers } from "./summaryMembers";
import type { InviteSummary, Inviter, JoinRule, RoomName, RoomSummary } from "./types";

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
  const { userId, roomId } = readOptions(options);
  try {
    return buildSummary(readSummaryEvents(input), userId, roomId, trusted);
  } catch {
    // readSummaryEvents never throws and every field read below is guarded, so this is a
    // last line of defence only: an empty summary is still something the UI can show.
    // Made by literals, never by assignment: a read-only field of the same name on a
    // polluted Object.prototype (which can make assignments throw) cannot throw here.
    return roomId === undefined ? { ...emptyFields(), trusted } : { ...emptyFields(), roomId, trusted };
  }
}

/** The options, read defensively: untyped callers may pass anything, even a hostile Proxy. */
function readOptions(options: unknown): { userId?: string; roomId?: string } {
  try {
    if (typeof options !== "object" || options === null) return {};
    const userId: unknown = (options as Record<string, unknown>).userId;
    const roomId: unknown = (options as Record<string, unknown>).roomId;
    return { userId: isUserId(userId) ? userId : undefined, roomId: isRoomId(roomId) ? roomId : undefined };
  } catch {
    return {};
  }
}

/** The required fields of a summary for a room about which nothing is known. */
function emptyFields(): Omit<RoomSummary, "trusted"> {
  return { name: { kind: "empty" }, isSpace: false, isEncrypted: false, creators: [], isDirect: false, joinedMemberCount: 0, invitedMemberCount: 0 };
}

/**
 * Builds the summary from the events it reads. The key order is fixed (required fields, then
 * the optional ones that are present, then `trusted`), so equal summaries serialise alike.
 */
function buildSummary(state: SummaryEvents, userId: string | undefined, roomId: string | undefined, trusted: boolean): RoomSummary {
  const own = userId === undefined ? undefined : state.members.get(userId);
  const membership = readMembership(own);
  const invite = membership === "invite" ? own : undefined;
  const inviter = invite === undefined ? undefined : readInviter(invite, state);
  const create = readCreate(state.create);
  const counts = countMembers(state.members.values());
  const summary = {
    name: readRoomName(state, userId, inviter),
    isSpace: create.roomType === "m.space",
    isEncrypted: state.encryption !== undefined,
    creators: create.creators,
    isDirect: invite !== undefined && readField(invite.content, "is_direct") === true,
    joinedMemberCount: counts.joined,
    invitedMemberCount: counts.invited,
  } as RoomSummary;
  setIfDefined(summary, "roomId", roomId);
  setIfDefined(summary, "membership", membership);
  setIfDefined(summary, "avatarUrl", readAvatarUrl(state.avatar));
  setIfDefined(summary, "topic", readTopic(state.topic));
  setIfDefined(summary, "canonicalAlias", readCanonicalAlias(state.canonicalAlias));
  setIfDefined(summary, "joinRule", readJoinRule(state.joinRules));
  setIfDefined(summary, "roomType", create.roomType);
  setIfDefined(summary, "roomVersion", create.roomVersion);
  setIfDefined(summary, "reason", own === undefined ? undefined : cleanLongText(readField(own.content, "reason")));
  setIfDefined(summary, "inviter", inviter);
  setIfDefined(summary, "invitedAt", invite === undefined ? undefined : readTimestamp(invite));
  setIfDefined(summary, "thirdPartyInvite", invite === undefined ? undefined : readThirdPartyInvite(invite));
  summary.trusted = trusted;
  return summary;
}

/** Sets an optional field only when it has a value: absent fields are left out, never `undefined`. */
function setIfDefined<Key extends keyof RoomSummary>(summary: RoomSummary, key: Key, value: RoomSummary[Key] | undefined): void {
  if (value !== undefined) summary[key] = value;
}

/**
 * The spec's room name ("Calculating the display name for a room"): a non-empty
 * `m.room.name`, else a valid canonical alias, else the members, else empty.
 */
function readRoomName(state: SummaryEvents, userId: string | undefined, inviter: Inviter | undefined): RoomName {
  const nameEvent = state.name;
  const name = nameEvent === undefined ? undefined : cleanName(readField(nameEvent.content, "name"));
  if (name !== undefined) return { kind: "named", name };
  const alias = readCanonicalAlias(state.canonicalAlias);
  if (alias !== undefined) return { kind: "alias", alias };
  return nameFromMembers(state, userId, inviter);
}

/**
 * The inviter: the invite event's sender when it is a valid user ID, with the profile from
 * their member event. One literal per set of fields: an absent field is no key at all.
 */
function readInviter(invite: ValidatedStateEvent, state: SummaryEvents): Inviter | undefined {
  const userId = invite.sender;
  if (!isUserId(userId)) return undefined;
  const event = state.members.get(userId);
  if (event === undefined) return { userId };
  const displayName = cleanName(readField(event.content, "displayname"));
  const rawAvatarUrl = readField(event.content, "avatar_url");
  const avatarUrl = isMxcUri(rawAvatarUrl) ? rawAvatarUrl : undefined;
  if (displayName === undefined) return avatarUrl === undefined ? { userId } : { userId, avatarUrl };
  return avatarUrl === undefined ? { userId, displayName } : { userId, displayName, avatarUrl };
}

/** The room avatar, only as a valid mxc URI. */
function readAvatarUrl(event: ValidatedStateEvent | undefined): string | undefined {
  const url = event === undefined ? undefined : readField(event.content, "url");
  return isMxcUri(url) ? url : undefined;
}

/** The join rule, when it is one the spec defines. */
function readJoinRule(event: ValidatedStateEvent | undefined): JoinRule | undefined {
  const joinRule = event === undefined ? undefined : readField(event.content, "join_rule");
  return typeof joinRule === "string" && JOIN_RULES.has(joinRule) ? (joinRule as JoinRule) : undefined;
}

/** What the summary takes from `m.room.create`. */
interface CreateFields {
  /** The room type, only when cleaning would leave it unchanged. */
  roomType: string | undefined;
  /** The room version, when valid ("1" when the event has none). */
  roomVersion: string | undefined;
  /** The creators (see `readCreators`). */
  creators: string[];
}

/** The room type, version and creators from the `m.room.create` event, when there is one. */
function readCreate(create: ValidatedStateEvent | undefined): CreateFields {
  if (create === undefined) return { roomType: undefined, roomVersion: undefined, creators: [] };
  // The room type is an identifier: kept only when cleaning would not change it, so that
  // "m.space\u202E" can never pass for a space, nor show as one.
  const rawType = readField(create.content, "type");
  const roomType = typeof rawType === "string" && cleanName(rawType) === rawType ? rawType : undefined;
  const roomVersion = readRoomVersion(create);
  return { roomType, roomVersion, creators: readCreators(create, roomVersion) };
}

/** The room version; the spec says a create event without `room_version` is version "1". */
function readRoomVersion(create: ValidatedStateEvent): string | undefined {
  if (!hasField(create.content, "room_version")) return "1";
  const version = readField(create.content, "room_version");
  return typeof version === "string" && ROOM_VERSION_PATTERN.test(version) ? version : undefined;
}

/**
 * The room creators: the create event's sender, plus the valid user IDs in
 * `additional_creators` for room version 12 (earlier versions have no such field). The
 * array is the caller's own and may be a Proxy: when it throws, the creators read before
 * stay.
 */
function readCreators(create: ValidatedStateEvent, roomVersion: string | undefined): string[] {
  const creators: string[] = isUserId(create.sender) ? [create.sender] : [];
  if (roomVersion !== "12") return creators;
  const additional = readField(create.content, "additional_creators");
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
  } catch {
    // A hostile array: the creators read so far are valid, the rest cannot be read.
  }
  return creators;
}

/** The third-party invite's display name (`content.third_party_invite.display_name`), cleaned; the object may be a Proxy. */
function readThirdPartyInvite(invite: ValidatedStateEvent): { displayName: string } | undefined {
  try {
    const thirdParty = readField(invite.content, "third_party_invite");
    if (!isPlainObject(thirdParty)) return undefined;
    const displayName = cleanName(ownProperty(thirdParty, "display_name"));
    return displayName === undefined ? undefined : { displayName };
  } catch {
    return undefined;
  }
}

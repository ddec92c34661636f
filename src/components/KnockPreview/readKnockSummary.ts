/**
 * Reads the spec's room summary (`GET /_matrix/client/v1/room_summary/{roomIdOrAlias}`),
 * which a remote server chooses: every field is checked and cleaned before display.
 */
import { isMxcUri, isRoomAlias, isRoomId } from "../../core/identifiers";
import { isPlainObject, ownProperty } from "../../core/strippedState";
import { cleanLongText, cleanName } from "../../core/text";
import type { JoinRule, Membership } from "../../core/types";

/** What `KnockPreview` shows of a room before joining. */
export interface KnockRoomSummary {
  /** The room ID, when valid. */
  roomId?: string;
  /** The room name, cleaned. */
  name?: string;
  /** The canonical alias, when valid. */
  canonicalAlias?: string;
  /** The topic, cleaned. */
  topic?: string;
  /** The avatar, only a valid mxc URI. */
  avatarUrl?: string;
  /** The join rule, when it is one the spec defines. */
  joinRule?: JoinRule;
  /** Joined members, when a non-negative integer. */
  joinedMemberCount?: number;
  /** The user's membership, when the server says (`knock` while the request is pending). */
  membership?: Membership;
  /** The room version, when it is one of the spec's numbered versions (`"1"`–`"12"` and later). */
  roomVersion?: number;
}

const JOIN_RULES: readonly string[] = ["public", "invite", "knock", "restricted", "knock_restricted", "private"];
const MEMBERSHIPS: readonly string[] = ["invite", "join", "leave", "ban", "knock"];

/** The summary's fields we trust enough to show, or an empty summary for anything malformed. Never throws. */
export function readKnockSummary(response: unknown): KnockRoomSummary {
  const summary: KnockRoomSummary = {};
  try {
    if (!isPlainObject(response)) return summary;
    const read = (key: string) => ownProperty(response, key);
    const roomId = read("room_id");
    if (isRoomId(roomId)) summary.roomId = roomId;
    const name = cleanName(read("name"));
    if (name !== undefined) summary.name = name;
    const alias = read("canonical_alias");
    if (isRoomAlias(alias)) summary.canonicalAlias = alias;
    const topic = cleanLongText(read("topic"));
    if (topic !== undefined) summary.topic = topic;
    const avatar = read("avatar_url");
    if (isMxcUri(avatar)) summary.avatarUrl = avatar;
    const joinRule = read("join_rule");
    if (typeof joinRule === "string" && JOIN_RULES.includes(joinRule)) summary.joinRule = joinRule as JoinRule;
    const members = read("num_joined_members");
    if (typeof members === "number" && Number.isSafeInteger(members) && members >= 0) summary.joinedMemberCount = members;
    const version = read("room_version");
    if (typeof version === "string" && /^[1-9][0-9]?$/.test(version)) summary.roomVersion = Number(version);
    const membership = read("membership");
    if (typeof membership === "string" && MEMBERSHIPS.includes(membership)) summary.membership = membership as Membership;
  } catch {
    // A hostile getter: keep what was read.
  }
  return summary;
}

/**
 * Whether the join rule lets people knock: `knock` from room version 7, `knock_restricted`
 * from room version 10 (the auth rules of older versions refuse the knock). An unknown
 * version (absent, or not a plain number) is given the benefit of the doubt.
 */
export function acceptsKnocks(joinRule: JoinRule | undefined, roomVersion?: number): boolean {
  if (joinRule === "knock") return roomVersion === undefined || roomVersion >= 7;
  if (joinRule === "knock_restricted") return roomVersion === undefined || roomVersion >= 10;
  return false;
}

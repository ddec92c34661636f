/**
 * A room as a server's room summary describes it (`GET /_matrix/client/v1/room_summary/{roomIdOrAlias}`,
 * spec v1.15), read before the user is in the room. The answer may come from another server
 * over federation, so it is as untrusted as stripped state and is validated as strictly.
 */
import { isMxcUri, isRoomAlias, isRoomId } from "./identifiers";
import { toJoinRule, toMembership } from "./roomName";
import { isPlainObject, ownProperty } from "./strippedState";
import { cleanLongText, cleanName } from "./text";
import type { JoinRule, Membership } from "./types";

/**
 * What a server's room summary says about a room: `KnockPreview` shows it before asking to
 * join, and an invite preview can hold it against the invite's stripped state to tell
 * whether the invite is still current. Every field was checked and cleaned; a field that
 * failed is absent. Names follow `RoomSummary` wherever both describe the same thing.
 */
export interface RoomPreview {
  /** The room ID, when valid (the spec requires it: an alias was asked for, or a room ID to check against). */
  roomId?: string;
  /** The room's `m.room.name`, cleaned. Only the name itself: nothing is computed from members or aliases. */
  name?: string;
  /** The topic, cleaned. */
  topic?: string;
  /** The room avatar, only a valid `mxc://server/mediaId`. */
  avatarUrl?: string;
  /** The canonical alias, when valid. */
  canonicalAlias?: string;
  /** Joined members, when a non-negative whole number. */
  joinedMemberCount?: number;
  /**
   * The join rule, when it is one the spec defines. Absent also when the server sent none,
   * which the spec reads as `public`: the caller decides whether to assume it.
   */
  joinRule?: JoinRule;
  /** For a restricted room, the rooms whose members may join (valid room IDs only, each once); empty otherwise. */
  allowedRoomIds: string[];
  /** The room type from `m.room.create` (`m.space` for spaces), kept only when cleaning would not change it. */
  roomType?: string;
  /** Whether the room is a space (`roomType === "m.space"`). */
  isSpace: boolean;
  /** The room version (`"1"`–`"12"`, or any identifier the spec's grammar allows): a string, as everywhere in the core. */
  roomVersion?: string;
  /** The encryption algorithm (`m.megolm.v1.aes-sha2`), kept only when cleaning would not change it. */
  encryption?: string;
  /** Whether the server says the room is encrypted (any `encryption` string, even one not kept). */
  isEncrypted: boolean;
  /** The user's membership, when the server says (absent for an unauthenticated request). */
  membership?: Membership;
  /** Whether guests may join, when the server says. */
  guestCanJoin?: boolean;
  /** Whether the history can be read without joining, when the server says. */
  worldReadable?: boolean;
}

// Room version identifiers (spec: Room Versions): 1–32 characters of [a-z0-9.-]; upper case
// is accepted as the stripped-state summary accepts it.
const ROOM_VERSION_PATTERN = /^[A-Za-z0-9.-]{1,32}$/;
// A restricted join rule names a few rooms or spaces; a longer list is cut here.
const MAX_ALLOWED_ROOM_IDS = 256;
// Servers from before spec v1.15 answer on MSC3266's unstable path, with these field names.
const UNSTABLE_ROOM_VERSION_FIELDS = ["im.nheko.summary.room_version", "im.nheko.summary.version"];
const UNSTABLE_ENCRYPTION_FIELD = "im.nheko.summary.encryption";

/** Whether `value` is a room version identifier the spec's grammar allows (`"1"`, `"12"`, `"org.example.v1"`). */
export function isRoomVersion(value: unknown): value is string {
  return typeof value === "string" && ROOM_VERSION_PATTERN.test(value);
}

/**
 * Reads a room summary answer (`GET /_matrix/client/v1/room_summary/{roomIdOrAlias}`, or
 * MSC3266's unstable `im.nheko.summary` one) into a {@link RoomPreview}: only the fields that
 * pass their check, cleaned. Anything malformed reads as an empty preview. Never throws,
 * whatever the input (a Proxy, throwing getters); reading stops at what could be read.
 */
export function parseRoomPreview(response: unknown): RoomPreview {
  const preview: RoomPreview = { allowedRoomIds: [], isSpace: false, isEncrypted: false };
  if (!isPlainObject(response)) return preview;
  const read = (key: string): unknown => {
    try {
      return ownProperty(response, key);
    } catch {
      // A hostile getter: this field is absent, the others still count.
      return undefined;
    }
  };

  const roomId = read("room_id");
  if (isRoomId(roomId)) preview.roomId = roomId;
  const name = cleanName(read("name"));
  if (name !== undefined) preview.name = name;
  const topic = cleanLongText(read("topic"));
  if (topic !== undefined) preview.topic = topic;
  const avatarUrl = read("avatar_url");
  if (isMxcUri(avatarUrl)) preview.avatarUrl = avatarUrl;
  const alias = read("canonical_alias");
  if (isRoomAlias(alias)) preview.canonicalAlias = alias;
  const members = read("num_joined_members");
  if (typeof members === "number" && Number.isSafeInteger(members) && members >= 0) preview.joinedMemberCount = members + 0;
  const joinRule = toJoinRule(read("join_rule"));
  if (joinRule !== undefined) preview.joinRule = joinRule;
  preview.allowedRoomIds = readRoomIds(read("allowed_room_ids"));
  const roomType = readIdentifier(read("room_type"));
  if (roomType !== undefined) {
    preview.roomType = roomType;
    preview.isSpace = roomType === "m.space";
  }
  const roomVersion = [read("room_version"), ...UNSTABLE_ROOM_VERSION_FIELDS.map(read)].find((value) => value !== undefined);
  if (isRoomVersion(roomVersion)) preview.roomVersion = roomVersion;
  const stableEncryption = read("encryption");
  const encryption = stableEncryption === undefined ? read(UNSTABLE_ENCRYPTION_FIELD) : stableEncryption;
  if (typeof encryption === "string" && encryption !== "") {
    preview.isEncrypted = true;
    const algorithm = readIdentifier(encryption);
    if (algorithm !== undefined) preview.encryption = algorithm;
  }
  const membership = toMembership(read("membership"));
  if (membership !== undefined) preview.membership = membership;
  const guestCanJoin = read("guest_can_join");
  if (typeof guestCanJoin === "boolean") preview.guestCanJoin = guestCanJoin;
  const worldReadable = read("world_readable");
  if (typeof worldReadable === "boolean") preview.worldReadable = worldReadable;
  return preview;
}

/** An identifier-like string (room type, algorithm): kept only when cleaning would not change it, so `"m.space\u202E"` never passes for `"m.space"`. */
function readIdentifier(value: unknown): string | undefined {
  const cleaned = cleanName(value);
  return cleaned !== undefined && cleaned === value ? cleaned : undefined;
}

/** The valid room IDs among the first {@link MAX_ALLOWED_ROOM_IDS} entries of `value`, each once; what a hostile array lets us read. */
function readRoomIds(value: unknown): string[] {
  const roomIds = new Set<string>();
  try {
    if (!Array.isArray(value)) return [];
    const count = Math.min(value.length, MAX_ALLOWED_ROOM_IDS);
    for (let index = 0; index < count; index++) {
      const roomId: unknown = value[index];
      if (isRoomId(roomId)) roomIds.add(roomId);
    }
  } catch {
    // A Proxy whose traps throw: keep the room IDs read so far.
  }
  return [...roomIds];
}

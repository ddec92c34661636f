/**
 * Equality of room summaries, field by field (internal to the core). The invite store uses
 * it to keep an entry, and so the snapshot React renders, when a sync repeats an invite
 * unchanged.
 */
import type { Inviter, RoomMember, RoomName, RoomSummary } from "./types";

/** One comparison per field of `T`, optional fields included, so a new field cannot be forgotten. */
type FieldComparisons<T> = { [Key in keyof T]-?: (left: T[Key], right: T[Key]) => boolean };

const same = (left: unknown, right: unknown): boolean => left === right;

// Every field of RoomSummary: adding one to the type without a comparison here fails to compile.
const SUMMARY_FIELDS: FieldComparisons<RoomSummary> = {
  roomId: same,
  membership: same,
  name: isSameRoomName,
  avatarUrl: same,
  topic: same,
  canonicalAlias: same,
  joinRule: same,
  roomType: same,
  isSpace: same,
  isEncrypted: same,
  roomVersion: same,
  creators: (left, right) => isSameList(left, right, same),
  isDirect: same,
  inviter: (left, right) => isSameOptional(left, right, isSameInviter),
  reason: same,
  invitedAt: same,
  thirdPartyInvite: (left, right) => isSameOptional(left, right, (first, second) => first.displayName === second.displayName),
  joinedMemberCount: same,
  invitedMemberCount: same,
  trusted: same,
};

const SUMMARY_KEYS = Object.keys(SUMMARY_FIELDS) as (keyof RoomSummary)[];

/**
 * Whether two summaries hold the same data, compared field by field (key order and object
 * identity do not matter). Summaries are plain data, so this is all that can differ.
 */
export function isSameSummary(left: RoomSummary, right: RoomSummary): boolean {
  if (left === right) return true;
  return SUMMARY_KEYS.every((key) => isSameField(key, left, right));
}

function isSameField<Key extends keyof RoomSummary>(key: Key, left: RoomSummary, right: RoomSummary): boolean {
  // TypeScript cannot tie the comparison of `key` to the values of `key` on its own.
  const isSame = SUMMARY_FIELDS[key] as (first: RoomSummary[Key], second: RoomSummary[Key]) => boolean;
  return isSame(left[key], right[key]);
}

function isSameRoomName(left: RoomName, right: RoomName): boolean {
  switch (left.kind) {
    case "named":
      return right.kind === "named" && left.name === right.name;
    case "alias":
      return right.kind === "alias" && left.alias === right.alias;
    case "members":
      return right.kind === "members" && left.othersCount === right.othersCount && isSameList(left.members, right.members, isSameMember);
    case "empty":
      return right.kind === "empty";
    default:
      return left satisfies never;
  }
}

function isSameMember(left: RoomMember, right: RoomMember): boolean {
  return left.userId === right.userId && left.displayName === right.displayName;
}

function isSameInviter(left: Inviter, right: Inviter): boolean {
  return left.userId === right.userId && left.displayName === right.displayName && left.avatarUrl === right.avatarUrl;
}

function isSameOptional<T>(left: T | undefined, right: T | undefined, isSame: (first: T, second: T) => boolean): boolean {
  if (left === undefined || right === undefined) return left === right;
  return isSame(left, right);
}

function isSameList<T>(left: readonly T[], right: readonly T[], isSame: (first: T, second: T) => boolean): boolean {
  return left.length === right.length && left.every((item, index) => isSame(item, right[index] as T));
}

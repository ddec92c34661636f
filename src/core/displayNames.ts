import { cleanName } from "./text";
import { ownProperty, parseStrippedState } from "./strippedState";
import { indexRoomState, readMembership } from "./roomName";

/** A member to disambiguate: a user ID and the display name their member event claims. */
export interface DisplayNameCandidate {
  /** The member's user ID. */
  userId: string;
  /** The display name from their member event, raw or cleaned. */
  displayName?: string;
}

/** A member with the text the UI should show for them. */
export interface DisambiguatedMember {
  /** The member's user ID. */
  userId: string;
  /** The cleaned display name, when there is one. */
  displayName?: string;
  /**
   * Whether the display name alone could be mistaken for someone else: another member
   * uses the same name (after cleaning and normalising), or the name looks like a user ID
   * that is not the member's own. The UI then shows the user ID next to the name.
   */
  isAmbiguous: boolean;
  /** What to show: the name, `"Name (@user:server)"` when ambiguous, or the user ID when there is no name. */
  label: string;
}

// Characters that render as nothing (zero-width spaces and joiners, BOM, Hangul fillers…).
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const WHITESPACE = /\s+/gu;
// Something shaped like a user ID anywhere in a name ("@alice:example.org", "Bob @bob:x").
const LOOKS_LIKE_USER_ID = /@[^\s:]+:[^\s]+/u;

/**
 * The comparison key for a display name: compatibility-normalised (NFKC folds full-width
 * and styled letters into plain ones), case-folded, without invisible characters, with
 * whitespace collapsed. Two names with the same key look alike to a person.
 */
export function normalizeDisplayName(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").toLowerCase().replace(WHITESPACE, " ").trim();
}

/**
 * Tells which members' display names need their user ID beside them, so a DM from
 * `@mallory:localhost` calling itself "Alice Liddell" shows as
 * "Alice Liddell (@mallory:localhost)" when the real Alice is also known. A name is
 * ambiguous when another member (different user ID) has the same normalised name, or when
 * it looks like a user ID other than the member's own. Linear in the number of members;
 * members that are not objects with a string `userId` are skipped. Never throws.
 */
export function disambiguateDisplayNames(members: readonly DisplayNameCandidate[]): DisambiguatedMember[] {
  const valid = readCandidates(members);
  // For each normalised name, the distinct user IDs that use it.
  const usersByName = new Map<string, Set<string>>();
  const cleaned: { userId: string; displayName?: string; key?: string }[] = [];
  for (const { userId, displayName } of valid) {
    const name = cleanName(displayName);
    if (name === undefined) {
      cleaned.push({ userId });
      continue;
    }
    const key = normalizeDisplayName(name);
    let users = usersByName.get(key);
    if (!users) {
      users = new Set();
      usersByName.set(key, users);
    }
    users.add(userId);
    cleaned.push({ userId, displayName: name, key });
  }
  return cleaned.map(({ userId, displayName, key }) => {
    if (displayName === undefined || key === undefined) return { userId, isAmbiguous: false, label: userId };
    const sharedWithOthers = (usersByName.get(key)?.size ?? 0) > 1;
    const isAmbiguous = sharedWithOthers || looksLikeOtherUserId(displayName, userId);
    return { userId, displayName, isAmbiguous, label: isAmbiguous ? `${displayName} (${userId})` : displayName };
  });
}

/**
 * Every member's display name from room state, disambiguated as the spec's "Calculating
 * the display name for a user" says: no (or an empty) `displayname` shows the user ID; a
 * name unique among the members whose membership is `join` or `invite` shows alone;
 * otherwise it shows with the user ID. Members who left, were banned or knocked get a
 * label too (for timeline lines), compared against the joined and invited members. A name
 * that looks like another user's ID is ambiguous as well. Keyed by user ID; linear in the
 * number of events; never throws.
 */
export function getMemberDisplayNames(stateEvents: unknown): Map<string, DisambiguatedMember> {
  const result = new Map<string, DisambiguatedMember>();
  try {
    const { members } = indexRoomState(parseStrippedState(stateEvents));
    // For each normalised name, the joined or invited users who use it (the spec's pool).
    const activeUsersByName = new Map<string, Set<string>>();
    const named: { userId: string; displayName?: string; key?: string }[] = [];
    for (const event of members) {
      const userId = event.state_key;
      const displayName = cleanName(ownProperty(event.content, "displayname"));
      if (displayName === undefined) {
        named.push({ userId });
        continue;
      }
      const key = normalizeDisplayName(displayName);
      const membership = readMembership(event);
      if (membership === "join" || membership === "invite") {
        let users = activeUsersByName.get(key);
        if (!users) {
          users = new Set();
          activeUsersByName.set(key, users);
        }
        users.add(userId);
      }
      named.push({ userId, displayName, key });
    }
    for (const { userId, displayName, key } of named) {
      if (displayName === undefined || key === undefined) {
        result.set(userId, { userId, isAmbiguous: false, label: userId });
        continue;
      }
      const users = activeUsersByName.get(key);
      const othersWithName = users ? users.size - (users.has(userId) ? 1 : 0) : 0;
      const isAmbiguous = othersWithName > 0 || looksLikeOtherUserId(displayName, userId);
      result.set(userId, { userId, displayName, isAmbiguous, label: isAmbiguous ? `${displayName} (${userId})` : displayName });
    }
  } catch {
    // parseStrippedState never throws; this guards against anything unforeseen.
  }
  return result;
}

function looksLikeOtherUserId(displayName: string, userId: string): boolean {
  const normalized = displayName.normalize("NFKC").replace(INVISIBLE, "");
  if (!LOOKS_LIKE_USER_ID.test(normalized)) return false;
  return normalized.trim().toLowerCase() !== userId.toLowerCase();
}

function readCandidates(members: unknown): DisplayNameCandidate[] {
  const result: DisplayNameCandidate[] = [];
  try {
    if (!Array.isArray(members)) return result;
    for (const member of members as unknown[]) {
      if (typeof member !== "object" || member === null) continue;
      const userId: unknown = (member as Record<string, unknown>).userId;
      const displayName: unknown = (member as Record<string, unknown>).displayName;
      if (typeof userId !== "string") continue;
      result.push(typeof displayName === "string" ? { userId, displayName } : { userId });
    }
  } catch {
    // A hostile getter: keep what was read so far.
  }
  return result;
}

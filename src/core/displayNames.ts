/**
 * When a display name could pass for someone else: the one rule every place that shows a
 * name uses (the inviter line of `InvitePreview` and `InviteList`, room names made of
 * members, timeline text). Names are compared by their confusable skeleton (Unicode UTS #39,
 * with the `unhomoglyph` table matrix-js-sdk uses for the same job), so a Cyrillic "Аlice",
 * a Braille-padded "Alice⠀" and "@alice꞉matrix.org" with a lookalike colon are all caught.
 */
import { replaceConfusables } from "./confusables";
import { cleanName } from "./text";
import { ownProperty, parseStrippedState } from "./strippedState";
import { indexRoomState, readMembership } from "./roomName";
import type { RoomSummary } from "./types";

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
   * Whether the display name alone could be mistaken for someone else: another member's
   * name looks the same (same confusable skeleton, ignoring case, accents, invisible and
   * blank characters), or the name looks like a user ID that is not the member's own. The
   * UI then shows the user ID next to the name.
   */
  isAmbiguous: boolean;
  /** What to show: the name, `"Name (@user:server)"` when ambiguous, or the user ID when there is no name. */
  label: string;
}

/**
 * Display names indexed by how they look (internal to the library): built once for a list
 * of people (the user's contacts), then asked about many names at a constant cost each.
 */
export interface DisplayNameIndex {
  /** For each lookalike key, the user IDs whose display name has it. */
  usersByKey: ReadonlyMap<string, ReadonlySet<string>>;
}

// Blank-rendering characters (see text.ts), compared as one space.
const BLANKS = /[\p{White_Space}\u115F\u1160\u2800\u3164\uFFA0\u{1D159}]+/gu;
// Characters that render as nothing, left out of the comparison.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/gu;
// Accents from the combining diacritical mark blocks: "Alicé" passes for "Alice" at a glance.
// eslint-disable-next-line no-misleading-character-class -- the marks are removed on their own, not as sequences
const DIACRITICS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;
const RUNS_OF_SPACES = / {2,}/g;
// Something shaped like a user ID anywhere in a skeleton ("@alice:example.org", "Bob @bob:x").
const LOOKS_LIKE_USER_ID = /@[^\s:]+:\S+/u;

/**
 * The comparison key for a display name, ignoring case: compatibility-decomposed (NFKD folds
 * full-width and styled letters into plain ones), accents, invisible characters and blanks
 * dropped or collapsed, then lower-cased and mapped to its confusable skeleton (Cyrillic "а"
 * → "a", "∶" → ":", "m" → "rn"). Two names with the same key look alike to a person.
 */
export function normalizeDisplayName(name: string): string {
  return replaceConfusables(baseForm(name).toLowerCase()).toLowerCase();
}

/**
 * Both keys a name is compared under: the case-folded one ({@link normalizeDisplayName}) and
 * the case-sensitive skeleton, which catches the lookalikes that case folding hides (a
 * capital "I" passing for a lower-case "l": "AIice" and "Alice"). Prefixed so the two kinds
 * never meet.
 */
function lookalikeKeys(name: string): [folded: string, skeleton: string] {
  const base = baseForm(name);
  return [`f${replaceConfusables(base.toLowerCase()).toLowerCase()}`, `s${replaceConfusables(base)}`];
}

/** A name without what a reader cannot see or tell apart: decomposed, accents, invisibles and extra blanks gone. */
function baseForm(name: string): string {
  return name
    .normalize("NFKD")
    .replace(BLANKS, " ")
    .replace(INVISIBLE, "")
    .replace(DIACRITICS, "")
    .replace(RUNS_OF_SPACES, " ")
    .trim();
}

/**
 * Indexes display names by how they look (cleaned first, as everywhere else), so that
 * {@link isInviterAmbiguous} can compare an inviter with thousands of contacts at a constant
 * cost. Entries that are not objects with a string `userId` are skipped. Never throws.
 */
export function indexDisplayNames(members: readonly DisplayNameCandidate[]): DisplayNameIndex {
  const usersByKey = new Map<string, Set<string>>();
  for (const { userId, displayName } of readCandidates(members)) {
    const name = cleanName(displayName);
    if (name !== undefined) for (const key of lookalikeKeys(name)) addUser(usersByKey, key, userId);
  }
  return { usersByKey };
}

/**
 * Whether the inviter's display name could pass for someone else, so the UI warns beside
 * it: the name looks like a user ID other than the inviter's own, or looks like the name of
 * a member the invite lists (the room's name from its members) or of a known user (`known`,
 * from {@link indexDisplayNames}) under another user ID. Never throws.
 */
export function isInviterAmbiguous(summary: Pick<RoomSummary, "inviter" | "name">, known?: DisplayNameIndex): boolean {
  try {
    const inviter = summary.inviter;
    const name = cleanName(inviter?.displayName);
    if (inviter === undefined || name === undefined) return false;
    const keys = lookalikeKeys(name);
    if (looksLikeOtherUserId(keys, inviter.userId)) return true;
    const listed = indexDisplayNames(summary.name.kind === "members" ? summary.name.members : []);
    return [listed, known].some((index) => index !== undefined && keys.some((key) => hasOtherUser(index.usersByKey, key, inviter.userId)));
  } catch {
    // A summary that is not one (untyped callers): nothing to compare.
    return false;
  }
}

/** What an inviter's display name imitates: see {@link findNameLookalikes}. */
export interface NameLookalikes {
  /** The name looks like a user ID other than the person's own (`"@alice:example.org"` on `@mallory:evil.example`). */
  looksLikeUserId: boolean;
  /** Known users (other than the person) whose display name looks the same, at most {@link MAX_LOOKALIKE_USERS}, in index order. */
  userIds: string[];
}

/** Most user IDs {@link findNameLookalikes} returns: enough to name the contact, never a list to scroll. */
export const MAX_LOOKALIKE_USERS = 5;

/**
 * The comparison behind {@link isInviterAmbiguous}, item by item, for callers that need to
 * say why (`assessInvite`): whether `displayName` (cleaned first) looks like a user ID that
 * is not `userId`'s own, and which users of `known` have a name that looks the same under
 * another user ID. Never throws; anything unreadable compares as no match.
 */
export function findNameLookalikes(userId: unknown, displayName: unknown, known?: DisplayNameIndex): NameLookalikes {
  try {
    const name = cleanName(displayName);
    if (typeof userId !== "string" || name === undefined) return { looksLikeUserId: false, userIds: [] };
    const keys = lookalikeKeys(name);
    const userIds: string[] = [];
    for (const key of keys) {
      for (const other of known?.usersByKey.get(key) ?? []) {
        if (other !== userId && !userIds.includes(other) && userIds.length < MAX_LOOKALIKE_USERS) userIds.push(other);
      }
    }
    return { looksLikeUserId: looksLikeOtherUserId(keys, userId), userIds };
  } catch {
    // An index from untyped code that cannot be read: no match.
    return { looksLikeUserId: false, userIds: [] };
  }
}

/**
 * Tells which members' display names need their user ID beside them, so a DM from
 * `@mallory:localhost` calling itself "Аlice Liddell" (Cyrillic "А") shows as
 * "Аlice Liddell (@mallory:localhost)" when the real Alice is also known. A name is
 * ambiguous when another member (different user ID) has a name that looks the same (the
 * same confusable skeleton, ignoring case, width, accents, invisible and blank characters),
 * or when it looks like a user ID other than the member's own. Linear in the number of
 * members; members that are not objects with a string `userId` are skipped. Never throws.
 */
export function disambiguateDisplayNames(members: readonly DisplayNameCandidate[]): DisambiguatedMember[] {
  return markAmbiguous(readCandidates(members).map(({ userId, displayName }) => ({ userId, displayName: cleanName(displayName), counts: true })));
}

/**
 * Every member's display name from room state, disambiguated as the spec's "Calculating
 * the display name for a user" says: no (or an empty) `displayname` shows the user ID; a
 * name unique among the members whose membership is `join` or `invite` shows alone;
 * otherwise it shows with the user ID. Members who left, were banned or knocked get a
 * label too (for timeline lines), compared against the joined and invited members. Names
 * are compared by how they look (their confusable skeleton), and a name that looks like
 * another user's ID is ambiguous as well. Keyed by user ID; linear in the number of
 * events; never throws.
 */
export function getMemberDisplayNames(stateEvents: unknown): Map<string, DisambiguatedMember> {
  const result = new Map<string, DisambiguatedMember>();
  try {
    const { members } = indexRoomState(parseStrippedState(stateEvents));
    const named = members.map((event) => {
      const membership = readMembership(event);
      return {
        userId: event.state_key,
        displayName: cleanName(ownProperty(event.content, "displayname")),
        counts: membership === "join" || membership === "invite",
      };
    });
    for (const member of markAmbiguous(named)) result.set(member.userId, member);
  } catch {
    // parseStrippedState never throws; this guards against anything unforeseen.
  }
  return result;
}

/** A member to mark: the cleaned name, and whether it counts among the names others are compared with. */
interface NamedMember {
  userId: string;
  displayName: string | undefined;
  counts: boolean;
}

/** The one comparison behind {@link disambiguateDisplayNames} and {@link getMemberDisplayNames}. */
function markAmbiguous(members: readonly NamedMember[]): DisambiguatedMember[] {
  const usersByKey = new Map<string, Set<string>>();
  const keyed = members.map((member) => {
    const keys = member.displayName === undefined ? [] : lookalikeKeys(member.displayName);
    if (member.counts) for (const key of keys) addUser(usersByKey, key, member.userId);
    return keys;
  });
  return members.map(({ userId, displayName }, index) => {
    if (displayName === undefined) return { userId, isAmbiguous: false, label: userId };
    const keys = keyed[index] ?? [];
    const isAmbiguous = keys.some((key) => hasOtherUser(usersByKey, key, userId)) || looksLikeOtherUserId(keys, userId);
    return { userId, displayName, isAmbiguous, label: isAmbiguous ? `${displayName} (${userId})` : displayName };
  });
}

function addUser(usersByKey: Map<string, Set<string>>, key: string, userId: string): void {
  const users = usersByKey.get(key);
  if (users === undefined) usersByKey.set(key, new Set([userId]));
  else users.add(userId);
}

/** Whether someone other than `userId` has a name with this key. */
function hasOtherUser(usersByKey: ReadonlyMap<string, ReadonlySet<string>>, key: string, userId: string): boolean {
  const users = usersByKey.get(key);
  return users !== undefined && users.size > (users.has(userId) ? 1 : 0);
}

/** Whether the name's skeleton is shaped like a user ID that does not look like the member's own. */
function looksLikeOtherUserId([folded, skeleton]: readonly string[], userId: string): boolean {
  if (folded === undefined || skeleton === undefined) return false;
  if (!LOOKS_LIKE_USER_ID.test(folded) && !LOOKS_LIKE_USER_ID.test(skeleton)) return false;
  return folded !== lookalikeKeys(userId)[0];
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

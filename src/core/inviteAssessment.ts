/**
 * Trust signals for an invite: how much the inbox should trust who sent it, and why. One
 * rule for every place that sorts, folds or explains invites (the inbox groups, the "why am I
 * seeing this?" disclosure, the grading of avatars and messages). Pure: the host supplies what
 * it knows (its known users, the mutual-rooms answer, the pending invites); nothing is fetched.
 */
import { findNameLookalikes, indexDisplayNames } from "./displayNames";
import type { DisplayNameCandidate, DisplayNameIndex } from "./displayNames";
import { isRoomId, isUserId } from "./identifiers";
import type { InviteFreshness, InviteFreshnessChange } from "./flows/inviteFreshness";
import { findInviteWave } from "./inviteWaves";
import type { InviteEntry } from "./store/inviteStore";
import type { RoomSummary } from "./types";

/**
 * How far an invite's sender can be trusted:
 * - `suspicious`: the sender imitates someone (`name_like_contact`, `name_is_user_id`) or
 *   floods the user (`invite_wave`), whoever they are;
 * - `known`: otherwise, the sender is a known user or shares a room with the user;
 * - `unknown`: anyone else, and every sender when the host gave no context.
 */
export type InviteTrustLevel = "known" | "unknown" | "suspicious";

/**
 * Why an invite got its level, as codes only the view turns into words:
 * - `name_like_contact`: the display name's confusable skeleton matches a known contact's
 *   name under another user ID (`details.lookalikeContacts` names them);
 * - `name_is_user_id`: the display name looks like a Matrix user ID other than the sender's own;
 * - `invite_wave`: the sender has several pending invites to the user, sent within a short
 *   time (`details.wave`);
 * - `unknown_dm`: a direct-message invite from someone not known;
 * - `no_shared_room`: the user shares no room with the sender (from the mutual-rooms answer,
 *   or, without one, from the host's known users);
 * - `preview_changed`: the room's live summary disagrees with the invite's preview
 *   (`details.previewChanges`, from `checkInviteFreshness`).
 */
export type InviteTrustReason = "name_like_contact" | "name_is_user_id" | "invite_wave" | "unknown_dm" | "no_shared_room" | "preview_changed";

/** The reasons that make an invite `suspicious`, whoever sent it. */
const SUSPICIOUS_REASONS: ReadonlySet<InviteTrustReason> = new Set<InviteTrustReason>(["name_like_contact", "name_is_user_id", "invite_wave"]);

/**
 * Pending invites from one sender that make a wave, by default: this many or more within
 * {@link DEFAULT_WAVE_WINDOW_MS}. Spam runs send dozens in a minute; a person inviting a
 * friend to five rooms at once in ten minutes is rare enough to be worth a question.
 */
const DEFAULT_WAVE_SIZE = 5;
/** The default wave window: 10 minutes. */
const DEFAULT_WAVE_WINDOW_MS = 10 * 60 * 1000;
/** Most mutual rooms read from the context: the answer only has to say "some". */
const MAX_SHARED_ROOM_IDS = 10_000;

/** What the host knows about the user's contacts and invites. Every field is optional. */
export interface InviteAssessmentContext {
  /** Users the host knows (contacts, people in the user's rooms): their invites are `known`. */
  knownUserIds?: ReadonlySet<string>;
  /**
   * Display names of the people the user shares rooms with, by user ID: lookalike names are
   * compared with them (`name_like_contact`), and a sender listed here shares a room.
   */
  knownDisplayNames?: ReadonlyMap<string, string>;
  /** The pending invites (e.g. the invite store's snapshot, this invite included), for `invite_wave`. */
  pendingInvites?: readonly InviteEntry[];
  /**
   * The mutual-rooms answer for the sender (`getMutualRooms`), when the server gave one:
   * rooms the user shares with them. Without it, `knownUserIds` and `knownDisplayNames`
   * stand in (absent from both means no shared room).
   */
  sharedRoomIds?: readonly string[];
  /** The time now (ms since the epoch): invites timed later are not counted in a wave. */
  now?: number;
  /** How many pending invites from one sender make a wave; 5 by default. */
  waveSize?: number;
  /** The window a wave's invites fall within, in milliseconds; 10 minutes by default. */
  waveWindowMs?: number;
  /** The result of `checkInviteFreshness` for this invite, when there is one: changes add `preview_changed`. */
  freshness?: Pick<InviteFreshness, "changes">;
}

/** A known contact whose display name the sender's looks like. */
export interface LookalikeContact {
  /** The contact's user ID. */
  userId: string;
  /** The contact's display name, from `knownDisplayNames`. */
  displayName?: string;
}

/** The facts behind the reasons, for the words ("They sent you 12 invites within 10 minutes"). */
export interface InviteAssessmentDetails {
  /** The sender's user ID, when the invite names a valid one. */
  senderId?: string;
  /** For `name_like_contact`: the contacts the name imitates. */
  lookalikeContacts?: LookalikeContact[];
  /** For `invite_wave`: the most pending invites from the sender within one window, and the window. */
  wave?: { count: number; windowMs: number };
  /** How many rooms the mutual-rooms answer listed, when there was one. */
  sharedRoomCount?: number;
  /** For `preview_changed`: the change codes of the freshness check. */
  previewChanges?: InviteFreshnessChange[];
}

/** What {@link assessInvite} returns. */
export interface InviteAssessment {
  /** How far the sender can be trusted. */
  level: InviteTrustLevel;
  /** Why, in a fixed order (the suspicious reasons first); empty when nothing is known against the sender. */
  reasons: InviteTrustReason[];
  /** The facts the reasons' words need. */
  details: InviteAssessmentDetails;
}

/**
 * Assesses an invite's sender from its summary and what the host knows (`context`): a level
 * (`known`, `unknown` or `suspicious`) and the reasons for it. With no context every sender
 * is `unknown`. Pure and never throws: junk in the summary or the context reads as absent.
 * Indexes of `knownDisplayNames` and `pendingInvites` are cached by object (and rebuilt when
 * its size changes, so a host that adds to its Map or array is heard), so assessing every row
 * of a large inbox with the same context costs about one pass over each. The wave index does
 * not depend on `now`: a host may pass `Date.now()` for every row at the cost of a binary search.
 */
export function assessInvite(summary: Pick<RoomSummary, "inviter" | "isDirect">, context?: InviteAssessmentContext): InviteAssessment {
  const details: InviteAssessmentDetails = {};
  const found = new Set<InviteTrustReason>();
  const senderId = read(() => summary.inviter?.userId);
  const displayName = read(() => summary.inviter?.displayName);
  const isDirect = read(() => summary.isDirect) === true;
  const known = readContext(context);
  const sender = isUserId(senderId) ? senderId : undefined;

  let isKnown = false;
  if (sender !== undefined) {
    details.senderId = sender;
    const inKnownLists = hasEntry(known.knownUserIds, sender) || hasEntry(known.knownDisplayNames, sender);
    const shared = readSharedRoomCount(known.sharedRoomIds);
    if (shared !== undefined) details.sharedRoomCount = shared;
    isKnown = inKnownLists || (shared ?? 0) > 0;
    const hasFallback = known.knownUserIds !== undefined || known.knownDisplayNames !== undefined;
    if (shared === 0 || (shared === undefined && hasFallback && !inKnownLists)) found.add("no_shared_room");

    const lookalikes = findNameLookalikes(sender, displayName, displayNameIndexOf(known.knownDisplayNames));
    if (lookalikes.looksLikeUserId) found.add("name_is_user_id");
    if (lookalikes.userIds.length > 0) {
      found.add("name_like_contact");
      details.lookalikeContacts = lookalikes.userIds.map((userId) => {
        const name = readDisplayName(known.knownDisplayNames, userId);
        return name === undefined ? { userId } : { userId, displayName: name };
      });
    }

    const wave = findInviteWave(known.pendingInvites, sender, { now: known.now, waveSize: known.waveSize, windowMs: known.waveWindowMs });
    if (wave !== undefined) {
      found.add("invite_wave");
      details.wave = wave;
    }
  }
  if (isDirect && !isKnown) found.add("unknown_dm");
  const changes = readChanges(known.freshness);
  if (changes.length > 0) {
    found.add("preview_changed");
    details.previewChanges = changes;
  }

  const reasons = REASON_ORDER.filter((reason) => found.has(reason));
  const level: InviteTrustLevel = reasons.some((reason) => SUSPICIOUS_REASONS.has(reason)) ? "suspicious" : isKnown ? "known" : "unknown";
  return { level, reasons, details };
}

/** The order reasons are listed in: what makes an invite suspicious first. */
const REASON_ORDER: readonly InviteTrustReason[] = ["name_like_contact", "name_is_user_id", "invite_wave", "unknown_dm", "no_shared_room", "preview_changed"];

/** The context's fields, each read once and defensively (`undefined` when missing or unreadable). */
interface ReadContext {
  knownUserIds: unknown;
  knownDisplayNames: unknown;
  pendingInvites: unknown;
  sharedRoomIds: unknown;
  now: number | undefined;
  waveSize: number;
  waveWindowMs: number;
  freshness: unknown;
}

function readContext(context: unknown): ReadContext {
  const field = (key: keyof InviteAssessmentContext): unknown =>
    read(() => (typeof context === "object" && context !== null ? (context as Record<string, unknown>)[key] : undefined));
  const now = field("now");
  return {
    knownUserIds: field("knownUserIds"),
    knownDisplayNames: field("knownDisplayNames"),
    pendingInvites: field("pendingInvites"),
    sharedRoomIds: field("sharedRoomIds"),
    now: typeof now === "number" && Number.isFinite(now) ? now : undefined,
    waveSize: readWholeNumber(field("waveSize"), DEFAULT_WAVE_SIZE, 2),
    waveWindowMs: readWholeNumber(field("waveWindowMs"), DEFAULT_WAVE_WINDOW_MS, 0),
    freshness: field("freshness"),
  };
}

/** Runs a read that untyped callers may make throw (getters, Proxies); `undefined` when it does. */
function read<T>(reader: () => T): T | undefined {
  try {
    return reader();
  } catch {
    return undefined;
  }
}

function readWholeNumber(value: unknown, fallback: number, minimum: number): number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= minimum ? value : fallback;
}

/** Whether a Set or Map (anything with a `has` method) holds `key`; `false` when it cannot tell. */
function hasEntry(collection: unknown, key: string): boolean {
  return read(() => (collection instanceof Set || collection instanceof Map) && collection.has(key)) === true;
}

function readDisplayName(names: unknown, userId: string): string | undefined {
  const name: unknown = read(() => (names instanceof Map ? (names as Map<unknown, unknown>).get(userId) : undefined));
  return typeof name === "string" ? name : undefined;
}

/** How many valid room IDs the mutual-rooms answer lists, or `undefined` when there is no answer. */
function readSharedRoomCount(roomIds: unknown): number | undefined {
  return read(() => {
    if (!Array.isArray(roomIds)) return undefined;
    const unique = new Set<string>();
    const length = Math.min(roomIds.length, MAX_SHARED_ROOM_IDS);
    for (let index = 0; index < length; index++) {
      const roomId: unknown = roomIds[index];
      if (isRoomId(roomId)) unique.add(roomId);
    }
    return unique.size;
  });
}

const CHANGES: ReadonlySet<unknown> = new Set<InviteFreshnessChange>(["renamed", "avatar_changed", "topic_changed", "join_rule_changed", "room_empty"]);

/** The freshness check's change codes (known ones only, each once). */
function readChanges(freshness: unknown): InviteFreshnessChange[] {
  const changes: unknown = read(() => (typeof freshness === "object" && freshness !== null ? (freshness as { changes?: unknown }).changes : undefined));
  const known = read(() => (Array.isArray(changes) ? changes : []).slice(0, 20).filter((change): change is InviteFreshnessChange => CHANGES.has(change)));
  return [...new Set(known ?? [])];
}

/** The display-name index of each `knownDisplayNames` map, built once per map object and size. */
const displayNameIndexes = new WeakMap<object, { size: number | undefined; index: DisplayNameIndex }>();

function displayNameIndexOf(names: unknown): DisplayNameIndex | undefined {
  if (read(() => names instanceof Map) !== true) return undefined;
  const size = read(() => (names as Map<unknown, unknown>).size);
  const cached = displayNameIndexes.get(names as object);
  let index = cached !== undefined && cached.size === size ? cached.index : undefined;
  if (index === undefined) {
    const candidates: DisplayNameCandidate[] = [];
    read(() => {
      for (const [userId, displayName] of names as Map<unknown, unknown>) {
        if (isUserId(userId) && typeof displayName === "string") candidates.push({ userId, displayName });
      }
    });
    index = indexDisplayNames(candidates);
    displayNameIndexes.set(names as object, { size, index });
  }
  return index;
}

/**
 * The invite store: pending invites and knocks, one entry per room, fed by `/sync`
 * responses (or by the matrix-js-sdk feed), read through `subscribe` / `getSnapshot` in
 * the shape `useSyncExternalStore` expects.
 */
import { accountDataTypes, settingFromContents } from "../accountData";
import {
  ignoredUserList,
  invitePermissionConfig,
  mediaPreviewConfig,
  type InvitePermission,
  type MediaPreviewPolicy,
} from "../accountDataSettings";
import { summarizeInvite } from "../summary";
import { isSameSummary } from "../summaryEquality";
import type { InviteSummary } from "../types";
import { collectBlockedInvites, isBlockedInvite } from "./blockedInvites";
import { readSlidingSyncDelta, slidingReplacement } from "./slidingSyncResponse";
import { ALL_KINDS, readSyncDelta, type InviteKind, type Replacement, type SyncDelta } from "./syncResponse";
import { IDLE_SYNC_STATUS, type SyncStatus } from "./syncStatus";

/** One pending invite or knock. Entries are immutable: a change produces a new entry. */
export interface InviteEntry {
  /** The room ID. */
  readonly roomId: string;
  /** `invite`: someone invited the user; `knock`: the user asked to join and waits. */
  readonly kind: InviteKind;
  /** The preview, from the stripped state (chosen by a remote server: untrusted). */
  readonly summary: InviteSummary;
  /** When this client received the entry (ms since the epoch, local clock). */
  readonly receivedAt: number;
  /**
   * The time the list is sorted by: `summary.invitedAt`, but never later than
   * `receivedAt`, so a remote server cannot pin its invite to the top with a future date.
   */
  readonly sortTime: number;
  /** Receipt order: higher means received later (breaks ties in `sortTime`). */
  readonly sequence: number;
}

/** Options of {@link createInviteStore}. */
export interface InviteStoreOptions {
  /** The signed-in user's ID: whose invite events the summaries describe. */
  userId: string;
  /** Hide invites while the user's `m.invite_permission_config` blocks all invites (default `false`). */
  hideInvitesWhenBlocked?: boolean;
  /** Clock, for tests. Defaults to `Date.now`. */
  now?: () => number;
}

/** Options of {@link InviteStore.applySync}. */
export interface ApplySyncOptions {
  /**
   * The response is a complete picture (an initial sync, or a full reconcile): pending
   * rooms it does not list are dropped, unless the response is malformed (see `SyncDelta.complete`).
   */
  full?: boolean;
}

/** Options of {@link InviteStore.applySlidingSync}. */
export interface ApplySlidingSyncOptions {
  /**
   * The response answers a request without `pos` (a new connection): when its rooms are the
   * whole list, invites it does not hold are dropped, even from a server that sends no list operations.
   */
  full?: boolean;
  /** The name of the list that holds the invites (default `invites`, the sliding sync feed's). */
  list?: string;
}

/** The store's public interface. */
export interface InviteStore {
  /** Registers a listener called after every change (entries, account data or status); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /**
   * The visible invites and knocks, newest first. The same array is returned until the
   * visible list changes, as `useSyncExternalStore` requires.
   */
  getSnapshot(): readonly InviteEntry[];
  /**
   * The pending invites hidden because their inviter is on the ignore list (people the user
   * blocked), newest first: what the inbox offers to decline ("3 hidden invites from people
   * you blocked"). Knocks never count. The same array is returned until the list changes.
   * Synapse withholds invites from ignored users from `/sync`, so this holds only invites the
   * store saw before their inviter was ignored (see `blockedInvites.ts`).
   */
  getBlockedInvites(): readonly InviteEntry[];
  /** One entry by room ID, hidden ones included (ignored inviter, blocking). */
  getEntry(roomId: string): InviteEntry | undefined;
  /** Feeds a raw `/sync` response (untrusted). Never throws; listeners run once at most. */
  applySync(response: unknown, options?: ApplySyncOptions): void;
  /**
   * Feeds a raw simplified sliding sync response (MSC4186; untrusted). Rooms with stripped
   * state (`stripped_state` or `invite_state`) are invites; invites the list no longer holds
   * (its `SYNC` operation over the whole list) or that come back as joined or left go. Never
   * throws and never empties the list on a malformed response; listeners run once at most.
   * Returns `false` when the list's `count` disagrees with the invites held and the response
   * could not say which rooms left: the feed then starts again without `pos` to reconcile.
   */
  applySlidingSync(response: unknown, options?: ApplySlidingSyncOptions): boolean;
  /**
   * Removes an entry at once, e.g. right after a local decline, and keeps that same invite
   * hidden if a sync still carries it. Returns the removed entry, for `restore`.
   */
  remove(roomId: string): InviteEntry | undefined;
  /** Puts back an entry taken out with `remove` (the decline failed), unless a sync has settled the room since. */
  restore(entry: InviteEntry): void;
  /** Users on `m.ignored_user_list`, as last seen in a sync (stable reference between changes). */
  getIgnoredUsers(): ReadonlySet<string>;
  /** The invite-blocking setting, as last seen in a sync (stable reference between changes). */
  getInvitePermission(): InvitePermission;
  /**
   * The media-preview policy, as last seen in a sync (stable reference between changes).
   * Before the first sync it is the safe choice (no invite avatars, `mediaPreviews: "off"`),
   * so `inviteMediaPolicy(store.getMediaPreviewPolicy())` loads nothing until the user's
   * choice is known.
   */
  getMediaPreviewPolicy(): MediaPreviewPolicy;
  /** The state of the feed that fills the store (stable reference between changes). */
  getSyncStatus(): SyncStatus;
  /** Called by a feed (the sync loop) to publish its state. */
  setSyncStatus(status: SyncStatus): void;
  /** The user whose invites this store holds. */
  readonly userId: string;
}

interface Dismissal {
  kind: InviteKind;
  invitedAt: number | undefined;
}

const EMPTY_SNAPSHOT: readonly InviteEntry[] = /* @__PURE__ */ Object.freeze([]);
const INVITE_PERMISSION_TYPES: readonly string[] = /* @__PURE__ */ accountDataTypes(invitePermissionConfig);
const MEDIA_PREVIEW_TYPES: readonly string[] = /* @__PURE__ */ accountDataTypes(mediaPreviewConfig);

/** The invite permission from the account data seen so far (stable type first, then unstable). */
function invitePermissionFrom(contents: ReadonlyMap<string, unknown>): InvitePermission {
  const { value, source } = settingFromContents(invitePermissionConfig, contents);
  return { ...value, source };
}

/** The media-preview policy from the account data seen so far (stable type first, then unstable). */
function mediaPreviewPolicyFrom(contents: ReadonlyMap<string, unknown>): MediaPreviewPolicy {
  const { value, source } = settingFromContents(mediaPreviewConfig, contents);
  return { ...value, source };
}

/**
 * Creates an empty invite store. Feed it with {@link InviteStore.applySync} or
 * {@link InviteStore.applySlidingSync}, or let a feed do it: `startInviteFeed`,
 * `startSyncLoop`, `startSlidingSyncLoop` or `connectMatrixJsSdk`.
 */
export function createInviteStore(options: InviteStoreOptions): InviteStore {
  const userId = options.userId;
  const now = options.now ?? Date.now;
  const hideWhenBlocked = options.hideInvitesWhenBlocked === true;
  const listeners = new Set<() => void>();
  const entries = new Map<string, InviteEntry>();
  const dismissed = new Map<string, Dismissal>();
  const accountData = new Map<string, unknown>();
  let ignoredUsers: ReadonlySet<string> = new Set();
  let invitePermission: InvitePermission = invitePermissionFrom(accountData);
  // Until the first sync has told the user's choice, the safe one: no invite avatars.
  let mediaPreviewPolicy: MediaPreviewPolicy = { ...mediaPreviewConfig.parse(undefined), source: "default" };
  let synced = false;
  let syncStatus: SyncStatus = IDLE_SYNC_STATUS;
  let snapshot: readonly InviteEntry[] = EMPTY_SNAPSHOT;
  let snapshotIsCurrent = true;
  let blocked: readonly InviteEntry[] = EMPTY_SNAPSHOT;
  let blockedIsCurrent = true;
  let sequence = 0;

  function emit(): void {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        // One broken listener must not starve the others (or break the sync loop).
        reportListenerError(error);
      }
    }
  }

  function isVisible(entry: InviteEntry): boolean {
    if (entry.kind !== "invite") return true;
    if (isBlockedInvite(entry, ignoredUsers)) return false;
    return !(hideWhenBlocked && invitePermission.blockAll);
  }

  function invalidate(): void {
    snapshotIsCurrent = false;
    blockedIsCurrent = false;
  }

  function rebuildSnapshot(): readonly InviteEntry[] {
    const visible: InviteEntry[] = [];
    for (const entry of entries.values()) if (isVisible(entry)) visible.push(entry);
    visible.sort(compareNewestFirst);
    // Keep the previous array when nothing visible changed, so React skips the render.
    if (visible.length === snapshot.length && visible.every((entry, index) => entry === snapshot[index])) return snapshot;
    return Object.freeze(visible);
  }

  function createEntry(roomId: string, kind: InviteKind, summary: InviteSummary, receivedAt: number): InviteEntry {
    const invitedAt = summary.invitedAt;
    const sortTime = invitedAt !== undefined && invitedAt < receivedAt ? invitedAt : receivedAt;
    return Object.freeze({ roomId, kind, summary, receivedAt, sortTime, sequence: ++sequence });
  }

  /** `whole`: the response is a readable sync, so on the first one a missing type has its default. */
  function applyAccountData(updates: Map<string, unknown>, whole: boolean): boolean {
    let changed = false;
    for (const [type, content] of updates) {
      if (type === ignoredUserList.type) {
        const next = ignoredUserList.parse(content);
        if (!sameSet(next, ignoredUsers)) {
          ignoredUsers = next;
          changed = true;
        }
      } else if (INVITE_PERMISSION_TYPES.includes(type)) {
        accountData.set(type, content);
        const next = invitePermissionFrom(accountData);
        if (next.blockAll !== invitePermission.blockAll || next.source !== invitePermission.source) {
          invitePermission = next;
          changed = true;
        }
      } else if (MEDIA_PREVIEW_TYPES.includes(type)) {
        accountData.set(type, content);
      }
    }
    // The first sync carries all account data: a type it lacks has the spec's default.
    if ((!synced && whole) || [...updates.keys()].some((type) => MEDIA_PREVIEW_TYPES.includes(type))) {
      synced = true;
      const next = mediaPreviewPolicyFrom(accountData);
      if (
        next.inviteAvatars !== mediaPreviewPolicy.inviteAvatars ||
        next.mediaPreviews !== mediaPreviewPolicy.mediaPreviews ||
        next.source !== mediaPreviewPolicy.source
      ) {
        mediaPreviewPolicy = next;
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Applies one delta: account data (`wholeAccountData`: it holds all of it), settled rooms,
   * pending rooms; with `replace`, pending rooms of its kinds that the delta does not list go.
   */
  function applyDelta(delta: SyncDelta, replace: Replacement | undefined, wholeAccountData: boolean): void {
    let changed = applyAccountData(delta.accountData, wholeAccountData);
    // Joined or left (declined, un-invited, knock denied or accepted and joined): done.
    for (const roomId of delta.settled) {
      dismissed.delete(roomId);
      if (entries.delete(roomId)) changed = true;
    }
    const receivedAt = now();
    const listed = replace ? new Set<string>(replace.listed) : undefined;
    for (const update of delta.pending) {
      listed?.add(update.roomId);
      const summary = summarizeInvite(update.state, { userId, roomId: update.roomId });
      const dismissal = dismissed.get(update.roomId);
      if (dismissal && dismissal.kind === update.kind && !isNewer(summary.invitedAt, dismissal.invitedAt)) continue;
      dismissed.delete(update.roomId);
      // The same invite again (a full resync, an SDK re-emit): keep the entry, its receipt
      // time and its place in the list, so the snapshot stays the same array.
      const existing = entries.get(update.roomId);
      if (existing && existing.kind === update.kind && isSameSummary(existing.summary, summary)) continue;
      entries.set(update.roomId, createEntry(update.roomId, update.kind, summary, receivedAt));
      changed = true;
    }
    if (replace && listed) {
      for (const [roomId, entry] of [...entries]) {
        // The server withholds invites from ignored users (Synapse does, on both feeds), so
        // their absence says nothing: they stay, hidden, for block and clear to decline.
        if (isBlockedInvite(entry, ignoredUsers)) continue;
        if (!listed.has(roomId) && replace.kinds.has(entry.kind)) {
          entries.delete(roomId);
          changed = true;
        }
      }
      for (const [roomId, dismissal] of [...dismissed]) {
        if (!listed.has(roomId) && replace.kinds.has(dismissal.kind)) dismissed.delete(roomId);
      }
    }
    if (!changed) return;
    invalidate();
    emit();
  }

  const store: InviteStore = {
    userId,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot() {
      if (!snapshotIsCurrent) {
        snapshot = rebuildSnapshot();
        snapshotIsCurrent = true;
      }
      return snapshot;
    },
    getBlockedInvites() {
      if (!blockedIsCurrent) {
        blocked = collectBlockedInvites(entries.values(), ignoredUsers, compareNewestFirst, blocked);
        blockedIsCurrent = true;
      }
      return blocked;
    },
    getEntry(roomId) {
      return entries.get(roomId);
    },
    applySync(response, applyOptions = {}) {
      const delta = readSyncDelta(response);
      const whole = delta.complete && typeof response === "object" && response !== null;
      // A malformed reply is no complete picture: it must not empty the list.
      applyDelta(delta, applyOptions.full === true && delta.complete ? { listed: undefined, kinds: ALL_KINDS } : undefined, whole);
    },
    applySlidingSync(response, applyOptions = {}) {
      const delta = readSlidingSyncDelta(response, applyOptions.list);
      const full = applyOptions.full === true;
      applyDelta(delta, slidingReplacement(delta, full), full && delta.complete);
      if (delta.count === undefined || delta.listed !== undefined) return true;
      // Neither list operations nor a full answer said which invites left: compare counts.
      let held = 0;
      for (const entry of entries.values()) if (entry.kind === "invite") held += 1;
      for (const dismissal of dismissed.values()) if (dismissal.kind === "invite") held += 1;
      return held === delta.count;
    },
    remove(roomId) {
      const entry = entries.get(roomId);
      if (!entry) return undefined;
      entries.delete(roomId);
      dismissed.set(roomId, { kind: entry.kind, invitedAt: entry.summary.invitedAt });
      invalidate();
      emit();
      return entry;
    },
    restore(entry) {
      const dismissal = dismissed.get(entry.roomId);
      if (!dismissal || entries.has(entry.roomId)) return;
      dismissed.delete(entry.roomId);
      entries.set(entry.roomId, entry);
      invalidate();
      emit();
    },
    getIgnoredUsers: () => ignoredUsers,
    getInvitePermission: () => invitePermission,
    getMediaPreviewPolicy: () => mediaPreviewPolicy,
    getSyncStatus: () => syncStatus,
    setSyncStatus(status) {
      if (status === syncStatus) return;
      syncStatus = status;
      emit();
    },
  };
  return store;
}

/** Newest first by {@link InviteEntry.sortTime}; ties put the later-received entry first. */
function compareNewestFirst(left: InviteEntry, right: InviteEntry): number {
  return right.sortTime - left.sortTime || right.sequence - left.sequence;
}

function isNewer(candidate: number | undefined, reference: number | undefined): boolean {
  return candidate !== undefined && (reference === undefined || candidate > reference);
}

function sameSet(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  if (left.size !== right.size) return false;
  for (const value of left) if (!right.has(value)) return false;
  return true;
}

function reportListenerError(error: unknown): void {
  // Surface it without breaking the caller: the same thing an event emitter would do.
  queueMicrotask(() => {
    throw error;
  });
}

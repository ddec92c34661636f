/**
 * Readers and writers for the account data the invite UI honours: the ignored-user list,
 * the media-preview policy (MSC4278), invite blocking (`m.invite_permission_config`) and the
 * direct-message rooms (`m.direct`).
 *
 * Every parser takes raw, untrusted content (from `GET /account_data/{type}` or from the
 * `account_data` section of `/sync`) and never throws. Every writer is a read-modify-write
 * that keeps the keys it does not own, so settings written by other clients survive.
 */
import type { MembershipClient, RequestOptions } from "./client/types";
import { isRoomId, isUserId } from "./identifiers";
import { copyObject, isPlainObject, ownProperty } from "./strippedState";

/** Account data type of the spec's ignored-user list. */
export const IGNORED_USER_LIST_TYPE = "m.ignored_user_list";
/** Stable account data type of the media-preview policy (MSC4278). */
export const MEDIA_PREVIEW_CONFIG_TYPE = "m.media_preview_config";
/** Unstable MSC4278 type, still written by older Element clients; read as a fallback. */
export const UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE = "io.element.msc4278.media_preview_config";
/** Account data type for invite blocking (spec v1.18, MSC4380; MSC4155 used the same type). */
export const INVITE_PERMISSION_CONFIG_TYPE = "m.invite_permission_config";
/** Unstable MSC4380 type; read as a fallback when the stable one is absent. */
export const UNSTABLE_INVITE_PERMISSION_CONFIG_TYPE = "org.matrix.msc4380.invite_permission_config";

/** The account data calls of the {@link MembershipClient} port, all these helpers need. */
export type AccountDataClient = Pick<MembershipClient, "getAccountData" | "setAccountData">;

/** Where a setting was read from: the stable type, the unstable fallback, or neither (defaults). */
export type AccountDataSource = "stable" | "unstable" | "default";

// ---------------------------------------------------------------------------------------
// Ignored users
// ---------------------------------------------------------------------------------------

/**
 * The user IDs in `m.ignored_user_list` content (`{ ignored_users: { "@x:y": {} } }`).
 * Keys that are not valid user IDs are left out; malformed content gives an empty set.
 */
export function parseIgnoredUsers(content: unknown): Set<string> {
  const users = new Set<string>();
  try {
    if (!isPlainObject(content)) return users;
    const map = ownProperty(content, "ignored_users");
    if (!isPlainObject(map)) return users;
    for (const key of Object.keys(map)) if (isUserId(key)) users.add(key);
  } catch {
    // A hostile getter: what we collected so far is still valid.
  }
  return users;
}

/**
 * Builds new ignored-list content with `userId` added or removed, keeping every other
 * entry (and every other top-level key) of the existing content. Malformed existing
 * content is replaced by a well-formed list rather than failing.
 */
export function withIgnoredUser(existing: unknown, userId: string, ignored: boolean): Record<string, unknown> {
  const content = isPlainObject(existing) ? copyObject(existing) : (Object.create(null) as Record<string, unknown>);
  const previous = ownProperty(content, "ignored_users");
  const users = Object.create(null) as Record<string, unknown>;
  if (isPlainObject(previous)) {
    for (const key of Object.keys(previous)) {
      const value = previous[key];
      // The spec's values are empty objects; keep extensions, repair anything else.
      defineKey(users, key, isPlainObject(value) ? value : {});
    }
  }
  if (ignored) {
    if (!Object.prototype.hasOwnProperty.call(users, userId)) defineKey(users, userId, {});
  } else {
    delete users[userId];
  }
  defineKey(content, "ignored_users", users);
  return content;
}

/** Options for the ignore-list writers. */
export type IgnoredUserOptions = RequestOptions;

/**
 * Adds `userId` to `m.ignored_user_list` with a read-modify-write that keeps the existing
 * entries. Resolves `true` when the list was written, `false` when the user was already
 * ignored (no write). Calls on the same client run one at a time, so two concurrent
 * "decline and ignore" actions cannot drop each other's entry.
 */
export function addIgnoredUser(client: AccountDataClient, userId: string, options: IgnoredUserOptions = {}): Promise<boolean> {
  return updateIgnoredUser(client, userId, true, options);
}

/**
 * Removes `userId` from `m.ignored_user_list`, keeping the other entries. Resolves `true`
 * when the list was written, `false` when the user was not on it.
 */
export function removeIgnoredUser(client: AccountDataClient, userId: string, options: IgnoredUserOptions = {}): Promise<boolean> {
  return updateIgnoredUser(client, userId, false, options);
}

/** Reads the ignored users from the server (`m.ignored_user_list`); empty when absent. */
export async function readIgnoredUsers(client: AccountDataClient, options: RequestOptions = {}): Promise<Set<string>> {
  return parseIgnoredUsers(await client.getAccountData(IGNORED_USER_LIST_TYPE, { signal: options.signal }));
}

function updateIgnoredUser(client: AccountDataClient, userId: string, ignored: boolean, options: IgnoredUserOptions): Promise<boolean> {
  if (!isUserId(userId)) return Promise.reject(new TypeError(`Not a valid user ID: ${JSON.stringify(String(userId).slice(0, 300))}`));
  return serialize(client, IGNORED_USER_LIST_TYPE, async () => {
    const signal = options.signal;
    const existing = await client.getAccountData(IGNORED_USER_LIST_TYPE, { signal });
    const current = parseRawIgnoredKeys(existing);
    if (current.has(userId) === ignored) return false;
    await client.setAccountData(IGNORED_USER_LIST_TYPE, withIgnoredUser(existing, userId, ignored), { signal });
    return true;
  });
}

/** Every key of `ignored_users`, valid user ID or not (for the "already there" check). */
function parseRawIgnoredKeys(content: unknown): Set<string> {
  if (!isPlainObject(content)) return new Set();
  const map = ownProperty(content, "ignored_users");
  return isPlainObject(map) ? new Set(Object.keys(map)) : new Set();
}

// ---------------------------------------------------------------------------------------
// Media preview policy (MSC4278)
// ---------------------------------------------------------------------------------------

/** MSC4278 `media_previews`: show timeline media always, never, or only in private rooms. */
export type MediaPreviewSetting = "on" | "off" | "private";

/** The media-preview policy the UI applies. */
export interface MediaPreviewPolicy {
  /** Whether invite previews may show avatars (`invite_avatars` is not `"off"`). */
  inviteAvatars: boolean;
  /** The `media_previews` setting for timeline media. */
  mediaPreviews: MediaPreviewSetting;
  /** Which account data type the policy came from. */
  source: AccountDataSource;
}

/** The policy when the user never set one: everything on (MSC4278 defaults). */
export const DEFAULT_MEDIA_PREVIEW_POLICY: Readonly<MediaPreviewPolicy> = /* @__PURE__ */ Object.freeze({
  inviteAvatars: true,
  mediaPreviews: "on",
  source: "default",
});

/**
 * Parses MSC4278 content. An absent key keeps its default (`"on"`); a present value the
 * spec does not define counts as `"off"`, the safe choice for a privacy setting.
 */
export function parseMediaPreviewConfig(content: unknown): Pick<MediaPreviewPolicy, "inviteAvatars" | "mediaPreviews"> {
  if (!isPlainObject(content)) return { inviteAvatars: false, mediaPreviews: "off" };
  const inviteAvatars = ownProperty(content, "invite_avatars");
  const mediaPreviews = ownProperty(content, "media_previews");
  return {
    inviteAvatars: inviteAvatars === undefined || inviteAvatars === "on",
    mediaPreviews:
      mediaPreviews === undefined ? "on" : mediaPreviews === "on" || mediaPreviews === "private" ? mediaPreviews : "off",
  };
}

/**
 * The policy from raw account data content: the stable type wins; the unstable MSC4278
 * type is the fallback; with neither, the defaults (everything on).
 */
export function mediaPreviewPolicyFromContent(stable: unknown, unstable?: unknown): MediaPreviewPolicy {
  if (stable !== undefined && stable !== null) return { ...parseMediaPreviewConfig(stable), source: "stable" };
  if (unstable !== undefined && unstable !== null) return { ...parseMediaPreviewConfig(unstable), source: "unstable" };
  return { ...DEFAULT_MEDIA_PREVIEW_POLICY };
}

/** Reads the media-preview policy from the server (stable type, then the unstable fallback). */
export async function readMediaPreviewPolicy(client: AccountDataClient, options: RequestOptions = {}): Promise<MediaPreviewPolicy> {
  const signal = options.signal;
  const stable = await client.getAccountData(MEDIA_PREVIEW_CONFIG_TYPE, { signal });
  if (stable !== undefined) return mediaPreviewPolicyFromContent(stable);
  const unstable = await client.getAccountData(UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE, { signal });
  return mediaPreviewPolicyFromContent(undefined, unstable);
}

/**
 * Turns invite avatars on or off: read-modify-write of the stable type, keeping its other
 * keys. When only the unstable type exists its keys are carried over, so migrating to the
 * stable type does not silently reset `media_previews`.
 */
export function setInviteAvatarsEnabled(client: AccountDataClient, enabled: boolean, options: RequestOptions = {}): Promise<void> {
  return serialize(client, MEDIA_PREVIEW_CONFIG_TYPE, async () => {
    const signal = options.signal;
    let existing = await client.getAccountData(MEDIA_PREVIEW_CONFIG_TYPE, { signal });
    if (existing === undefined) existing = await client.getAccountData(UNSTABLE_MEDIA_PREVIEW_CONFIG_TYPE, { signal });
    const content = isPlainObject(existing) ? copyObject(existing) : (Object.create(null) as Record<string, unknown>);
    defineKey(content, "invite_avatars", enabled ? "on" : "off");
    await client.setAccountData(MEDIA_PREVIEW_CONFIG_TYPE, content, { signal });
  });
}

// ---------------------------------------------------------------------------------------
// Invite blocking (m.invite_permission_config)
// ---------------------------------------------------------------------------------------

/** The user's invite-blocking choice. */
export interface InvitePermission {
  /** `default_action: "block"`: the user wants every invite rejected. */
  blockAll: boolean;
  /** Which account data type the setting came from. */
  source: AccountDataSource;
}

/**
 * Parses `m.invite_permission_config` content. Only `default_action: "block"` blocks; a
 * missing, invalid or unknown value means invites arrive as normal (spec). Extra keys, such
 * as MSC4155's allowed/ignored/blocked user and server lists, are tolerated and ignored.
 */
export function parseInvitePermission(content: unknown): Pick<InvitePermission, "blockAll"> {
  try {
    return { blockAll: isPlainObject(content) && ownProperty(content, "default_action") === "block" };
  } catch {
    return { blockAll: false };
  }
}

/** The invite permission from raw content: the stable type wins, then the unstable MSC4380 type. */
export function invitePermissionFromContent(stable: unknown, unstable?: unknown): InvitePermission {
  if (stable !== undefined && stable !== null) return { ...parseInvitePermission(stable), source: "stable" };
  if (unstable !== undefined && unstable !== null) return { ...parseInvitePermission(unstable), source: "unstable" };
  return { blockAll: false, source: "default" };
}

/** Reads the invite-blocking setting from the server. */
export async function readInvitePermission(client: AccountDataClient, options: RequestOptions = {}): Promise<InvitePermission> {
  const signal = options.signal;
  const stable = await client.getAccountData(INVITE_PERMISSION_CONFIG_TYPE, { signal });
  if (stable !== undefined) return invitePermissionFromContent(stable);
  const unstable = await client.getAccountData(UNSTABLE_INVITE_PERMISSION_CONFIG_TYPE, { signal });
  return invitePermissionFromContent(undefined, unstable);
}

/**
 * Blocks or unblocks all invites: read-modify-write of `m.invite_permission_config` that
 * keeps other keys. Unblocking removes `default_action`, which the spec reads as "allow".
 */
export function setBlockAllInvites(client: AccountDataClient, block: boolean, options: RequestOptions = {}): Promise<void> {
  return serialize(client, INVITE_PERMISSION_CONFIG_TYPE, async () => {
    const signal = options.signal;
    const existing = await client.getAccountData(INVITE_PERMISSION_CONFIG_TYPE, { signal });
    const content = isPlainObject(existing) ? copyObject(existing) : (Object.create(null) as Record<string, unknown>);
    if (block) defineKey(content, "default_action", "block");
    else delete content["default_action"];
    await client.setAccountData(INVITE_PERMISSION_CONFIG_TYPE, content, { signal });
  });
}

// ---------------------------------------------------------------------------------------
// Direct messages (m.direct)
// ---------------------------------------------------------------------------------------

/** Account data type listing the user's direct-message rooms: `{ "@user:server": ["!room:server"] }`. */
export const DIRECT_TYPE = "m.direct";

/**
 * Builds new `m.direct` content with `roomId` added to `userId`'s list, keeping every other
 * entry. Each list keeps only its string room IDs, once each, in their order; an entry
 * whose value is not a list is dropped (it is unreadable for every client). Keys such as
 * `__proto__` stay plain data on a prototype-free object. Never throws on malformed content.
 */
export function withDirectRoom(existing: unknown, userId: string, roomId: string): Record<string, unknown> {
  const content = Object.create(null) as Record<string, unknown>;
  try {
    if (isPlainObject(existing)) {
      for (const key of Object.keys(existing)) {
        const rooms = directRoomList(existing[key]);
        if (rooms) defineKey(content, key, rooms);
      }
    }
  } catch {
    // A hostile getter: keep what was copied so far.
  }
  const previous = ownProperty(content, userId);
  const rooms = Array.isArray(previous) ? (previous as string[]) : [];
  if (!rooms.includes(roomId)) rooms.push(roomId);
  defineKey(content, userId, rooms);
  return content;
}

/**
 * Records `roomId` as a direct-message room with `userId` in `m.direct` (what the spec asks
 * of the invitee's client after joining an `is_direct` invite): a read-modify-write that keeps
 * the other entries. Resolves `true` when written, `false` when the room was listed already
 * (no write). Calls on the same client run one at a time, so two accepts never drop each other.
 */
export function addDirectRoom(client: AccountDataClient, userId: string, roomId: string, options: RequestOptions = {}): Promise<boolean> {
  if (!isUserId(userId)) return Promise.reject(new TypeError(`Not a valid user ID: ${JSON.stringify(String(userId).slice(0, 300))}`));
  if (!isRoomId(roomId)) return Promise.reject(new TypeError(`Not a valid room ID: ${JSON.stringify(String(roomId).slice(0, 300))}`));
  return serialize(client, DIRECT_TYPE, async () => {
    const signal = options.signal;
    const existing = await client.getAccountData(DIRECT_TYPE, { signal });
    const listed = isPlainObject(existing) ? ownProperty(existing, userId) : undefined;
    if (Array.isArray(listed) && listed.includes(roomId)) return false;
    await client.setAccountData(DIRECT_TYPE, withDirectRoom(existing, userId, roomId), { signal });
    return true;
  });
}

/** The distinct string entries of one `m.direct` value, or `undefined` when it is not a list. */
function directRoomList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const rooms = new Set<string>();
  for (const room of value as unknown[]) if (typeof room === "string") rooms.add(room);
  return [...rooms];
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, not assignment: a "__proto__" key must stay data.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// One queue per client and account data type, so read-modify-writes never interleave.
const queues = new WeakMap<object, Map<string, Promise<unknown>>>();

function serialize<T>(client: object, type: string, task: () => Promise<T>): Promise<T> {
  let byType = queues.get(client);
  if (!byType) {
    byType = new Map();
    queues.set(client, byType);
  }
  const previous = byType.get(type) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  byType.set(type, settled);
  void settled.then(() => {
    if (byType.get(type) === settled) byType.delete(type);
  });
  return run;
}

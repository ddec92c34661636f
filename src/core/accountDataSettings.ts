/**
 * The account-data settings the invite UI honours, each described once for
 * `readSetting` / `writeSetting`: the ignored-user list, the media-preview policy, invite
 * blocking and the direct-message rooms. Parsing follows the spec (v1.19) for each type and
 * never throws; writing keeps every key it does not own.
 */
import type { AccountDataSetting, AccountDataSource } from "./accountData";
import { isRoomId, isUserId } from "./identifiers";
import { copyObject, isPlainObject, ownProperty } from "./strippedState";

// ---------------------------------------------------------------------------------------
// Ignored users (m.ignored_user_list)
// ---------------------------------------------------------------------------------------

/** A change to the ignored-user list: ignore one more user, or stop ignoring one. */
export type IgnoredUserChange =
  | {
      /** The user ID to ignore. */
      add: string;
    }
  | {
      /** The user ID to stop ignoring. */
      remove: string;
    };

/**
 * The spec's ignored-user list, `m.ignored_user_list` (`{ ignored_users: { "@x:y": {} } }`),
 * as the set of ignored user IDs. Keys that are not valid user IDs are left out; malformed
 * content gives an empty set. Adding a user already listed, or removing one who is not,
 * writes nothing; an invalid user ID is rejected before any request.
 *
 * @example
 * ```ts
 * await writeSetting(client, ignoredUserList, { add: "@spam:example.org" });
 * ```
 */
export const ignoredUserList: AccountDataSetting<ReadonlySet<string>, IgnoredUserChange> = /* @__PURE__ */ Object.freeze({
  type: "m.ignored_user_list",
  defaultValue: new Set<string>() as ReadonlySet<string>,
  parse: parseIgnoredUsers,
  write: (current: unknown, change: IgnoredUserChange) => withIgnoredUser(current, ignoredUserOf(change), "add" in change),
  alreadyApplied: (current: unknown, change: IgnoredUserChange) => rawIgnoredKeys(current).has(ignoredUserOf(change)) === ("add" in change),
  validate(change: IgnoredUserChange) {
    const userId = ignoredUserOf(change);
    if (!isUserId(userId)) throw new TypeError(`Not a valid user ID: ${describeInvalid(userId)}`);
  },
});

function ignoredUserOf(change: IgnoredUserChange): string {
  return "add" in change ? change.add : change.remove;
}

function parseIgnoredUsers(content: unknown): Set<string> {
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

/** The content with `userId` added or removed; malformed existing content becomes a well-formed list. */
function withIgnoredUser(existing: unknown, userId: string, ignored: boolean): Record<string, unknown> {
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

/** Every key of `ignored_users`, valid user ID or not (for the "already there" check). */
function rawIgnoredKeys(content: unknown): Set<string> {
  if (!isPlainObject(content)) return new Set();
  const map = ownProperty(content, "ignored_users");
  return isPlainObject(map) ? new Set(Object.keys(map)) : new Set();
}

// ---------------------------------------------------------------------------------------
// Media previews (m.media_preview_config, spec v1.19; MSC4278)
// ---------------------------------------------------------------------------------------

/** `media_previews`: show timeline media always, never, or only in private rooms. */
export type MediaPreviewSetting = "on" | "off" | "private";

/** The user's media-preview preferences. */
export interface MediaPreviewConfig {
  /** Whether invite previews may show avatars (`invite_avatars` is not `"off"`). */
  inviteAvatars: boolean;
  /** The `media_previews` setting for timeline media. */
  mediaPreviews: MediaPreviewSetting;
}

/** The media-preview policy the invite store holds: the preferences and where they came from. */
export interface MediaPreviewPolicy extends MediaPreviewConfig {
  /** Which account data type the policy came from. */
  source: AccountDataSource;
}

const MEDIA_PREVIEWS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<MediaPreviewSetting>(["on", "off", "private"]);

/**
 * The media-preview policy, `m.media_preview_config` (with MSC4278's unstable
 * `io.element.msc4278.media_preview_config`, still written by older Element clients, read
 * when the stable type is absent). A property that is absent is `"on"` (the spec's default);
 * a value the spec does not define, or unreadable content, counts as `"off"`, the safe
 * choice for a privacy setting. A write migrates the unstable keys to the stable type, so
 * changing `invite_avatars` never silently resets `media_previews`.
 *
 * @example
 * ```ts
 * await writeSetting(client, mediaPreviewConfig, { inviteAvatars: false });
 * ```
 */
export const mediaPreviewConfig: AccountDataSetting<MediaPreviewConfig, Partial<MediaPreviewConfig>> = /* @__PURE__ */ Object.freeze({
  type: "m.media_preview_config",
  unstableType: "io.element.msc4278.media_preview_config",
  migrateUnstableOnWrite: true,
  defaultValue: /* @__PURE__ */ Object.freeze<MediaPreviewConfig>({ inviteAvatars: true, mediaPreviews: "on" }),
  parse: parseMediaPreviewConfig,
  write(current: unknown, change: Partial<MediaPreviewConfig>) {
    const content = isPlainObject(current) ? copyObject(current) : (Object.create(null) as Record<string, unknown>);
    if (change.inviteAvatars !== undefined) defineKey(content, "invite_avatars", change.inviteAvatars ? "on" : "off");
    if (change.mediaPreviews !== undefined) defineKey(content, "media_previews", change.mediaPreviews);
    return content;
  },
  validate(change: Partial<MediaPreviewConfig>) {
    if (change.mediaPreviews !== undefined && !MEDIA_PREVIEWS.has(change.mediaPreviews)) {
      throw new TypeError(`Not a media_previews value: ${describeInvalid(change.mediaPreviews)}`);
    }
  },
});

function parseMediaPreviewConfig(content: unknown): MediaPreviewConfig {
  try {
    if (isPlainObject(content)) {
      const inviteAvatars = ownProperty(content, "invite_avatars");
      const mediaPreviews = ownProperty(content, "media_previews");
      return {
        inviteAvatars: inviteAvatars === undefined || inviteAvatars === "on",
        mediaPreviews:
          mediaPreviews === undefined ? "on" : mediaPreviews === "on" || mediaPreviews === "private" ? mediaPreviews : "off",
      };
    }
  } catch {
    // A hostile getter: fall through to the safe choice.
  }
  return { inviteAvatars: false, mediaPreviews: "off" };
}

// ---------------------------------------------------------------------------------------
// Invite blocking (m.invite_permission_config, spec v1.18; MSC4380)
// ---------------------------------------------------------------------------------------

/** The user's invite-blocking choice. */
export interface InvitePermissionConfig {
  /** `default_action: "block"`: the user wants every invite rejected. */
  blockAll: boolean;
}

/** The invite-blocking choice the invite store holds, and where it came from. */
export interface InvitePermission extends InvitePermissionConfig {
  /** Which account data type the setting came from. */
  source: AccountDataSource;
}

/**
 * Invite blocking, `m.invite_permission_config` (with MSC4380's unstable
 * `org.matrix.msc4380.invite_permission_config`, read when the stable type is absent). Only
 * `default_action: "block"` blocks; a missing, invalid or unknown value means invites arrive
 * as normal (spec). Other keys, such as MSC4155's user and server lists, are kept. Unblocking
 * removes `default_action`. A write starts from the stable content only.
 *
 * @example
 * ```ts
 * await writeSetting(client, invitePermissionConfig, { blockAll: true });
 * ```
 */
export const invitePermissionConfig: AccountDataSetting<InvitePermissionConfig, InvitePermissionConfig> = /* @__PURE__ */ Object.freeze({
  type: "m.invite_permission_config",
  unstableType: "org.matrix.msc4380.invite_permission_config",
  defaultValue: /* @__PURE__ */ Object.freeze<InvitePermissionConfig>({ blockAll: false }),
  parse(content: unknown): InvitePermissionConfig {
    try {
      return { blockAll: isPlainObject(content) && ownProperty(content, "default_action") === "block" };
    } catch {
      return { blockAll: false };
    }
  },
  write(current: unknown, change: InvitePermissionConfig) {
    const content = isPlainObject(current) ? copyObject(current) : (Object.create(null) as Record<string, unknown>);
    if (change.blockAll) defineKey(content, "default_action", "block");
    else delete content["default_action"];
    return content;
  },
});

// ---------------------------------------------------------------------------------------
// Direct messages (m.direct)
// ---------------------------------------------------------------------------------------

/** The user's direct-message rooms: other user ID → room IDs. */
export type DirectRooms = ReadonlyMap<string, readonly string[]>;

/** A change to `m.direct`: list one more room as a direct-message room with a user. */
export interface DirectRoomChange {
  /** The other user of the direct chat (for an accepted invite: the inviter). */
  userId: string;
  /** The room ID to add to that user's list. */
  add: string;
}

/**
 * The direct-message rooms, `m.direct` (`{ "@user:server": ["!room:server"] }`). Reading keeps
 * valid user IDs with their valid room IDs. Adding (what the spec asks of the invitee's client
 * after joining an `is_direct` invite) keeps every other entry: each list keeps only its string
 * room IDs, once each, in their order; an entry whose value is not a list is dropped (it is
 * unreadable for every client). A room already listed writes nothing; an invalid user or room
 * ID is rejected before any request.
 *
 * @example
 * ```ts
 * await writeSetting(client, directRooms, { userId: inviterId, add: roomId });
 * ```
 */
export const directRooms: AccountDataSetting<DirectRooms, DirectRoomChange> = /* @__PURE__ */ Object.freeze({
  type: "m.direct",
  defaultValue: new Map<string, readonly string[]>() as DirectRooms,
  parse: parseDirectRooms,
  write: (current: unknown, change: DirectRoomChange) => withDirectRoom(current, change.userId, change.add),
  alreadyApplied(current: unknown, change: DirectRoomChange) {
    const listed = isPlainObject(current) ? ownProperty(current, change.userId) : undefined;
    return Array.isArray(listed) && listed.includes(change.add);
  },
  validate(change: DirectRoomChange) {
    if (!isUserId(change.userId)) throw new TypeError(`Not a valid user ID: ${describeInvalid(change.userId)}`);
    if (!isRoomId(change.add)) throw new TypeError(`Not a valid room ID: ${describeInvalid(change.add)}`);
  },
});

function parseDirectRooms(content: unknown): Map<string, readonly string[]> {
  const rooms = new Map<string, readonly string[]>();
  try {
    if (!isPlainObject(content)) return rooms;
    for (const key of Object.keys(content)) {
      if (!isUserId(key)) continue;
      const list = directRoomList(content[key])?.filter((room) => isRoomId(room));
      if (list !== undefined && list.length > 0) rooms.set(key, list);
    }
  } catch {
    // A hostile getter: what we collected so far is still valid.
  }
  return rooms;
}

/**
 * New `m.direct` content with `roomId` added to `userId`'s list, keeping every other entry.
 * Keys such as `__proto__` stay plain data on a prototype-free object. Never throws on
 * malformed content.
 */
function withDirectRoom(existing: unknown, userId: string, roomId: string): Record<string, unknown> {
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

function describeInvalid(value: unknown): string {
  return JSON.stringify(String(value).slice(0, 300));
}

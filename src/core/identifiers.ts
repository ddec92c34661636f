/**
 * Matrix identifier grammar (spec: Appendices → Identifier Grammar), checked strictly enough
 * that nothing hostile passes as an ID, and leniently enough for historical user IDs.
 */

/** Longest user ID, room alias or room ID the spec allows (255 bytes; IDs are ASCII). */
export const MAX_IDENTIFIER_LENGTH = 255;

// Server name: a DNS name, an IPv4 address or a bracketed IPv6 literal, with an optional port.
const DNS_NAME = "[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?";
const IPV6_LITERAL = "\\[[0-9A-Fa-f:.]{2,45}\\]";
const PORT = "(?::[0-9]{1,5})?";
const SERVER_NAME = `(?:${IPV6_LITERAL}|${DNS_NAME})${PORT}`;
const SERVER_NAME_PATTERN = /* @__PURE__ */ new RegExp(`^${SERVER_NAME}$`);
// Historical user ID localparts may hold any printable ASCII except ':' (U+0021–U+0039, U+003B–U+007E).
const USER_ID_PATTERN = /* @__PURE__ */ new RegExp(`^@[\\x21-\\x39\\x3B-\\x7E]+:${SERVER_NAME}$`);
const ROOM_ALIAS_PATTERN = /* @__PURE__ */ new RegExp(`^#[\\x21-\\x39\\x3B-\\x7E]+:${SERVER_NAME}$`);
// Room IDs are opaque. Versions 1–11 carry `:server`; version 12 is `!` plus the create
// event's reference hash (unpadded URL-safe base64) and has no server part.
const ROOM_ID_PATTERN = /* @__PURE__ */ new RegExp(`^![\\x21-\\x39\\x3B-\\x7E]+(?::${SERVER_NAME})?$`);
const MEDIA_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Whether `value` is a valid server name (`host[:port]`). */
export function isServerName(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_IDENTIFIER_LENGTH && SERVER_NAME_PATTERN.test(value);
}

/** Whether `value` is a user ID `@localpart:server` of at most 255 characters. */
export function isUserId(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_IDENTIFIER_LENGTH && USER_ID_PATTERN.test(value);
}

/** Whether `value` is a room alias `#localpart:server` of at most 255 characters. */
export function isRoomAlias(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_IDENTIFIER_LENGTH && ROOM_ALIAS_PATTERN.test(value);
}

/** Whether `value` is a room ID: `!opaque:server`, or `!opaque` for room version 12. */
export function isRoomId(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_IDENTIFIER_LENGTH && ROOM_ID_PATTERN.test(value);
}

/** The server part of a user ID, alias or room ID (`"example.org"` for `@a:example.org`), if any. */
export function serverNameOf(id: string): string | undefined {
  const colon = id.indexOf(":");
  if (colon < 0) return undefined;
  const server = id.slice(colon + 1);
  return isServerName(server) ? server : undefined;
}

/** A parsed `mxc://server/mediaId` URI. */
export interface MxcUri {
  /** The server name that holds the media. */
  serverName: string;
  /** The opaque media ID (`[A-Za-z0-9_-]+`). */
  mediaId: string;
}

/** Parses an `mxc://server/mediaId` URI; anything else (http, data:, javascript:, malformed) gives `undefined`. */
export function parseMxcUri(value: unknown): MxcUri | undefined {
  if (typeof value !== "string" || value.length > 2048 || !value.startsWith("mxc://")) return undefined;
  const rest = value.slice("mxc://".length);
  const slash = rest.indexOf("/");
  if (slash <= 0) return undefined;
  const serverName = rest.slice(0, slash);
  const mediaId = rest.slice(slash + 1);
  if (!isServerName(serverName) || !MEDIA_ID_PATTERN.test(mediaId)) return undefined;
  return { serverName, mediaId };
}

/** Whether `value` is a valid `mxc://server/mediaId` URI. */
export function isMxcUri(value: unknown): value is string {
  return parseMxcUri(value) !== undefined;
}

/** Options for {@link getThumbnailUrl}. */
export interface ThumbnailOptions {
  /** Desired width in pixels (the server may return larger). */
  width: number;
  /** Desired height in pixels. */
  height: number;
  /** `crop` fills the box (avatars), `scale` fits inside it. Defaults to `crop`. */
  method?: "crop" | "scale";
  /** Ask the server to return an animated thumbnail where it can. */
  animated?: boolean;
}

/**
 * The authenticated thumbnail URL for an mxc URI
 * (`/_matrix/client/v1/media/thumbnail/{server}/{mediaId}`), or `undefined` for anything
 * that is not a valid mxc URI. The request needs an `Authorization: Bearer` header.
 */
export function getThumbnailUrl(baseUrl: string, mxcUri: unknown, options: ThumbnailOptions): string | undefined {
  const parsed = parseMxcUri(mxcUri);
  if (!parsed || typeof baseUrl !== "string") return undefined;
  const { width, height, method, animated } = readThumbnailOptions(options);
  const query = new URLSearchParams({ width: String(width), height: String(height), method });
  if (animated) query.set("animated", "true");
  const base = baseUrl.replace(/\/+$/, "");
  return `${base}/_matrix/client/v1/media/thumbnail/${encodeURIComponent(parsed.serverName)}/${encodeURIComponent(parsed.mediaId)}?${query.toString()}`;
}

/** Reads the options defensively (untyped callers, hostile Proxies): defaults for anything unreadable. */
function readThumbnailOptions(options: unknown): { width: number; height: number; method: "crop" | "scale"; animated: boolean } {
  try {
    const safe: Partial<ThumbnailOptions> = typeof options === "object" && options !== null ? options : {};
    return {
      width: clampDimension(safe.width),
      height: clampDimension(safe.height),
      method: safe.method === "scale" ? "scale" : "crop",
      animated: safe.animated === true,
    };
  } catch {
    return { width: clampDimension(undefined), height: clampDimension(undefined), method: "crop", animated: false };
  }
}

function clampDimension(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return 96;
  return Math.min(1600, Math.max(1, Math.round(value)));
}

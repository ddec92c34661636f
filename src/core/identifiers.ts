/**
 * Matrix identifier grammar (spec: Appendices → Identifier Grammar), checked strictly enough
 * that nothing hostile passes as an ID, and leniently enough for historical user IDs.
 */

/** Longest user ID, room alias or room ID the spec allows (255 bytes; IDs are ASCII). */
export const MAX_IDENTIFIER_LENGTH = 255;

// The grammar, as the spec writes it (the checks below follow it character by character,
// which is several times faster than a regular expression on this hot path):
//   server name   (\[[0-9A-Fa-f:.]{2,45}\] | [A-Za-z0-9]([A-Za-z0-9.-]{0,253}[A-Za-z0-9])?) (:[0-9]{1,5})?
//   user ID       @ localpart : server name
//   room alias    # localpart : server name
//   room ID       ! opaque (: server name)?   (version 12 room IDs have no server part)
// where a localpart or opaque part is one or more of U+0021–U+007E except ':' (historical
// user IDs may hold any printable ASCII), and every identifier is at most 255 characters.
const MEDIA_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const MXC_PREFIX_LENGTH = "mxc://".length;
const COLON = 0x3a;

function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isHexDigitColonOrDot(code: number): boolean {
  return (code >= 0x30 && code <= 0x3a) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66) || code === 0x2e;
}

/** Whether `value` from `start` to `end` (exclusive) is a server name (`host[:port]`). */
function isServerNameBetween(value: string, start: number, end: number): boolean {
  if (start >= end) return false;
  let index = start;
  const first = value.charCodeAt(index);
  if (first === 0x5b /* [ */) {
    // A bracketed IPv6 literal: it ends at the first "]", which its characters exclude.
    index += 1;
    while (index < end && isHexDigitColonOrDot(value.charCodeAt(index))) index += 1;
    const literalLength = index - start - 1;
    if (literalLength < 2 || literalLength > 45 || value.charCodeAt(index) !== 0x5d /* ] */) return false;
    index += 1;
  } else {
    // A DNS name or IPv4 address: it ends at the port's ":" (which it cannot hold) or the end.
    if (!isAlphanumeric(first)) return false;
    let last = first;
    index += 1;
    while (index < end) {
      const code = value.charCodeAt(index);
      if (code === COLON) break;
      if (!isAlphanumeric(code) && code !== 0x2e /* . */ && code !== 0x2d /* - */) return false;
      last = code;
      index += 1;
    }
    if (!isAlphanumeric(last) || index - start > 255) return false;
  }
  if (index === end) return true;
  // An optional port: ":" and one to five digits.
  const digits = end - index - 1;
  if (value.charCodeAt(index) !== COLON || digits < 1 || digits > 5) return false;
  for (index += 1; index < end; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Whether `value` is `sigil`, a localpart and `:server` (optional when `serverOptional`), at most 255 characters. */
function isIdentifier(value: unknown, sigil: number, serverOptional: boolean): value is string {
  if (typeof value !== "string") return false;
  const end = value.length;
  if (end > MAX_IDENTIFIER_LENGTH || value.charCodeAt(0) !== sigil) return false;
  let index = 1;
  while (index < end) {
    const code = value.charCodeAt(index);
    if (code === COLON) break;
    if (code < 0x21 || code > 0x7e) return false;
    index += 1;
  }
  if (index === 1) return false;
  if (index === end) return serverOptional;
  return isServerNameBetween(value, index + 1, end);
}

/** Whether `value` is a valid server name (`host[:port]`). */
export function isServerName(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_IDENTIFIER_LENGTH && isServerNameBetween(value, 0, value.length);
}

/** Whether `value` is a user ID `@localpart:server` of at most 255 characters. */
export function isUserId(value: unknown): value is string {
  return isIdentifier(value, 0x40 /* @ */, false);
}

/** Whether `value` is a room alias `#localpart:server` of at most 255 characters. */
export function isRoomAlias(value: unknown): value is string {
  return isIdentifier(value, 0x23 /* # */, false);
}

/** Whether `value` is a room ID: `!opaque:server`, or `!opaque` for room version 12. */
export function isRoomId(value: unknown): value is string {
  return isIdentifier(value, 0x21 /* ! */, true);
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

/** Whether `value` is a valid `mxc://server/mediaId` URI (the checks of `parseMxcUri`, without building its result). */
export function isMxcUri(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 2048 || !value.startsWith("mxc://")) return false;
  const slash = value.indexOf("/", MXC_PREFIX_LENGTH);
  // A slash right after "mxc://" means an empty server name.
  if (slash <= MXC_PREFIX_LENGTH || slash - MXC_PREFIX_LENGTH > MAX_IDENTIFIER_LENGTH) return false;
  if (!isServerNameBetween(value, MXC_PREFIX_LENGTH, slash)) return false;
  // The media ID: one or more of [A-Za-z0-9_-], checked in place rather than sliced out.
  const end = value.length;
  if (slash + 1 >= end) return false;
  for (let index = slash + 1; index < end; index++) {
    const code = value.charCodeAt(index);
    if (!isAlphanumeric(code) && code !== 0x5f /* _ */ && code !== 0x2d /* - */) return false;
  }
  return true;
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

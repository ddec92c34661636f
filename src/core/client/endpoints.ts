/**
 * Every endpoint of the {@link MembershipClient} port, written once: method, prefix, path,
 * query and body ({@link membershipRequests}), how each answer is read and validated, and
 * the room summary's fallback ({@link createMembershipEndpoints}). The fetch client and the
 * matrix-js-sdk adapter each supply only a {@link MatrixTransport} that moves the bytes,
 * plus the few calls that are genuinely theirs.
 */
import { isMxcUri, isRoomAlias, isRoomId, isUserId } from "../identifiers";
import { hasErrorAnswer, isUnknownEndpoint, MatrixApiError } from "./errors";
import type { JoinOptions, MembershipClient, MutualRooms, ReasonOptions, RequestOptions, RoomSummaryResponse, SlidingSyncOptions } from "./types";

/** The HTTP methods the port sends. */
export type HttpMethod = "GET" | "POST" | "PUT";

/** One request of the port, as a transport receives it. */
export interface MatrixRequest {
  /** HTTP method. */
  readonly method: HttpMethod;
  /** The API prefix, such as `/_matrix/client/v3`. */
  readonly prefix: string;
  /** The path after the prefix, starting with `/`, every segment already encoded by {@link encodePathSegment}. */
  readonly path: string;
  /** Query parameters in order; keys may repeat (`via`). Empty when there are none. */
  readonly query: readonly (readonly [string, string])[];
  /** The JSON body, or `undefined` for none (a transport may still send `{}` with POST and PUT). */
  readonly body?: Readonly<Record<string, unknown>>;
  /** The caller's signal. */
  readonly signal?: AbortSignal | undefined;
  /** How long the server may hold the request (a long poll), in milliseconds: the fetch client waits that much longer. */
  readonly longPollMs?: number;
  /** The caller's {@link RequestOptions.rateLimitRetries}, as given (the fetch client checks it); absent when not given. */
  readonly rateLimitRetries?: number;
}

/**
 * Moves one {@link MatrixRequest} to the homeserver and back. Resolves with the parsed JSON
 * answer; rejects with `MatrixApiError` for an error answer (the endpoints read its `status`
 * and `errcode`), `MatrixNetworkError` when no answer came, or the `AbortError` when the
 * signal aborted.
 */
export interface MatrixTransport {
  /** Sends the request and resolves with the parsed JSON answer. */
  send(request: MatrixRequest): Promise<unknown>;
}

/**
 * The spec (v1.14+) requires `reason` in both report bodies: a missing or non-string reason
 * from a JavaScript caller is sent as an empty one rather than dropped from the JSON.
 */
function reportReason(reason: unknown): string {
  return typeof reason === "string" ? reason : "";
}

const CLIENT_V3 = "/_matrix/client/v3";
const CLIENT_V1 = "/_matrix/client/v1";
/** MSC3266's room summary, all that servers from before spec v1.15 know. */
const UNSTABLE_SUMMARY = "/_matrix/client/unstable/im.nheko.summary";
/** Simplified sliding sync (MSC4186), as Synapse 1.16x serves it. */
const SLIDING_SYNC = "/_matrix/client/unstable/org.matrix.simplified_msc3575";
/** The unversioned prefix of `GET /_matrix/client/versions`. */
const CLIENT = "/_matrix/client";

/**
 * Whether `segment` can be one segment of a URL path. Not `.` or `..`: a URL parser takes
 * them, and their percent-encodings (`%2E`, `%2E%2E`) too, for dot segments and drops them
 * with the segment before, so they cannot be sent at all. Not a lone surrogate either, which
 * has no UTF-8 encoding.
 */
function isPathSegment(segment: string): boolean {
  return segment !== "." && segment !== ".." && !/\p{Cs}/u.test(segment);
}

/**
 * Encodes one path segment: room IDs (`!`, and room version 12's opaque ones), aliases
 * (`#`, `:`), user IDs (`@`) and event types. The only place a segment is encoded. Throws a
 * `TypeError` for a segment no URL path can carry (see {@link isPathSegment}); the callers
 * check their arguments first, so that error names the argument.
 */
export function encodePathSegment(segment: string): string {
  if (!isPathSegment(segment)) throw new TypeError(`${JSON.stringify(segment)} cannot be sent as a URL path segment`);
  return encodeURIComponent(segment);
}

/** What one argument must be: a check and its name in errors. */
export type ArgumentKind = readonly [check: (value: unknown) => boolean, name: string];

/** A room ID (`getInviteState` checks it too, outside the table). */
export const ROOM_ID: ArgumentKind = [isRoomId, "room ID"];
const ROOM_ID_OR_ALIAS: ArgumentKind = [(value) => isRoomId(value) || isRoomAlias(value), "room ID or alias"];
const USER_ID: ArgumentKind = [isUserId, "user ID"];
/** The spec gives event types no grammar: any non-empty string a URL path can carry. */
const EVENT_TYPE: ArgumentKind = [(value) => typeof value === "string" && value !== "" && isPathSegment(value), "event type"];
/** An `mxc://` URI, for `fetchThumbnail`. */
export const MXC_URI: ArgumentKind = [isMxcUri, "mxc:// URI"];

/**
 * Returns `value` when it is a valid `kind`; else throws a `TypeError` naming the call and
 * the argument, such as `leaveRoom: roomId ".." is not a valid room ID`. Every call checks
 * its IDs this way before it builds a request, so a bad one sends nothing.
 */
export function checkArgument<T>(call: string, argument: string, value: T, [check, name]: ArgumentKind): T {
  if (check(value)) return value;
  throw new TypeError(`${call}: ${argument} ${typeof value === "string" ? JSON.stringify(value) : String(value)} is not a valid ${name}`);
}

/** A path template whose every interpolated value is one segment, encoded by {@link encodePathSegment}. */
function path(literals: TemplateStringsArray, ...segments: string[]): string {
  return String.raw({ raw: literals }, ...segments.map(encodePathSegment));
}

/** One request; `query` defaults to none and `body` to no body. */
function request(
  method: HttpMethod,
  prefix: string,
  requestPath: string,
  options: RequestOptions | undefined,
  extra: { query?: MatrixRequest["query"]; body?: Record<string, unknown> } = {},
): MatrixRequest {
  const built: MatrixRequest = { method, prefix, path: requestPath, query: extra.query ?? [], body: extra.body, signal: options?.signal };
  return options?.rateLimitRetries === undefined ? built : { ...built, rateLimitRetries: options.rateLimitRetries };
}

/** `via` (spec v1.12+) once per server and, for join and knock, the legacy `server_name` too. */
function viaQuery(via: readonly string[] | undefined, withServerName: boolean): [string, string][] {
  const servers = [...new Set(via ?? [])];
  const query: [string, string][] = servers.map((server) => ["via", server]);
  if (withServerName) for (const server of servers) query.push(["server_name", server]);
  return query;
}

/** The body with `reason` added when the caller gave one (an empty reason is kept). */
function reasonBody(options: ReasonOptions | undefined, body: Record<string, unknown> = {}): Record<string, unknown> {
  return options?.reason !== undefined ? { ...body, reason: options.reason } : body;
}

/** The member actions, each `POST /rooms/{roomId}/{action}` with the target user and the reason. */
type MemberAction = "invite" | "kick" | "ban" | "unban";

/**
 * `/user/{userId}/account_data/{type}`: the type is checked and encoded at once, the user ID
 * (perhaps asked of the server first) when it is known, and checked too: it comes from the
 * server or the SDK, not from the caller.
 */
function accountDataPath(call: string, type: string): (userId: string) => string {
  const encodedType = encodePathSegment(checkArgument(call, "type", type, EVENT_TYPE));
  return (userId) => path`/user/${checkArgument(call, "the signed-in user ID", userId, USER_ID)}/account_data/` + encodedType;
}

/**
 * The request of every endpoint of the port. Building a request checks its IDs (the room IDs,
 * aliases, user IDs and event types the caller passed) and encodes them: a client builds its
 * request before it sends anything, so a bad ID rejects with a `TypeError` naming it and
 * nothing is sent. The account-data builders take the user ID last, because the fetch client
 * may have to ask `/account/whoami` for it first.
 */
export const membershipRequests = {
  /** `POST /join/{roomIdOrAlias}?via=…&server_name=…` with the reason. */
  joinRoom: (roomIdOrAlias: string, options?: JoinOptions): MatrixRequest =>
    request("POST", CLIENT_V3, path`/join/${checkArgument("joinRoom", "roomIdOrAlias", roomIdOrAlias, ROOM_ID_OR_ALIAS)}`, options, {
      query: viaQuery(options?.via, true),
      body: reasonBody(options),
    }),
  /** `POST /knock/{roomIdOrAlias}?via=…&server_name=…` with the reason. */
  knockRoom: (roomIdOrAlias: string, options?: JoinOptions): MatrixRequest =>
    request("POST", CLIENT_V3, path`/knock/${checkArgument("knockRoom", "roomIdOrAlias", roomIdOrAlias, ROOM_ID_OR_ALIAS)}`, options, {
      query: viaQuery(options?.via, true),
      body: reasonBody(options),
    }),
  /** `POST /rooms/{roomId}/leave` with the reason. */
  leaveRoom: (roomId: string, options?: ReasonOptions): MatrixRequest =>
    request("POST", CLIENT_V3, path`/rooms/${checkArgument("leaveRoom", "roomId", roomId, ROOM_ID)}/leave`, options, { body: reasonBody(options) }),
  /** `POST /rooms/{roomId}/forget`, without a body. */
  forgetRoom: (roomId: string, options?: RequestOptions): MatrixRequest =>
    request("POST", CLIENT_V3, path`/rooms/${checkArgument("forgetRoom", "roomId", roomId, ROOM_ID)}/forget`, options),
  /** `POST /rooms/{roomId}/{invite|kick|ban|unban}` with `user_id` and the reason. */
  memberAction: (action: MemberAction, roomId: string, userId: string, options?: ReasonOptions): MatrixRequest => {
    const call = `${action}User`;
    const requestPath = path`/rooms/${checkArgument(call, "roomId", roomId, ROOM_ID)}/${action}`;
    return request("POST", CLIENT_V3, requestPath, options, { body: reasonBody(options, { user_id: checkArgument(call, "userId", userId, USER_ID) }) });
  },
  /** `GET /rooms/{roomId}/state`. */
  getRoomState: (roomId: string, options?: RequestOptions): MatrixRequest =>
    request("GET", CLIENT_V3, path`/rooms/${checkArgument("getRoomState", "roomId", roomId, ROOM_ID)}/state`, options),
  /** `GET /room_summary/{roomIdOrAlias}?via=…` (spec v1.15+), and MSC3266's unstable path for servers that do not recognise it. */
  getRoomSummary: (roomIdOrAlias: string, options?: JoinOptions): { stable: MatrixRequest; unstable: MatrixRequest } => {
    const room = checkArgument("getRoomSummary", "roomIdOrAlias", roomIdOrAlias, ROOM_ID_OR_ALIAS);
    const query = viaQuery(options?.via, false);
    return {
      stable: request("GET", CLIENT_V1, path`/room_summary/${room}`, options, { query }),
      unstable: request("GET", UNSTABLE_SUMMARY, path`/summary/${room}`, options, { query }),
    };
  },
  /** `GET /_matrix/client/v1/mutual_rooms?user_id=…&from=…` (spec v1.19): one page of the rooms shared with `userId`. */
  getMutualRooms: (userId: string, from: string | undefined, options?: RequestOptions): MatrixRequest => {
    const query: [string, string][] = [["user_id", checkArgument("getMutualRooms", "userId", userId, USER_ID)]];
    if (from !== undefined) query.push(["from", from]);
    return request("GET", CLIENT_V1, "/mutual_rooms", options, { query });
  },
  /** `POST /rooms/{roomId}/report` with the reason. */
  reportRoom: (roomId: string, reason: string, options?: RequestOptions): MatrixRequest =>
    request("POST", CLIENT_V3, path`/rooms/${checkArgument("reportRoom", "roomId", roomId, ROOM_ID)}/report`, options, { body: { reason: reportReason(reason) } }),
  /** `POST /users/{userId}/report` with the reason (spec v1.14+). */
  reportUser: (userId: string, reason: string, options?: RequestOptions): MatrixRequest =>
    request("POST", CLIENT_V3, path`/users/${checkArgument("reportUser", "userId", userId, USER_ID)}/report`, options, { body: { reason: reportReason(reason) } }),
  /**
   * `POST /_matrix/client/unstable/org.matrix.simplified_msc3575/sync?pos=…&timeout=…` with
   * the request body (lists, extensions); a long poll when `timeoutMs` is above 0.
   */
  slidingSync: (options: SlidingSyncOptions): MatrixRequest => {
    const longPollMs = Math.max(0, Math.round(options.timeoutMs ?? 0)) || 0;
    const query: [string, string][] = [];
    if (options.pos !== undefined) query.push(["pos", options.pos]);
    query.push(["timeout", String(longPollMs)]);
    return { ...request("POST", SLIDING_SYNC, "/sync", options, { query, body: options.body }), longPollMs };
  },
  /** `GET /_matrix/client/versions`: the spec versions and unstable features the server supports. */
  getVersions: (options?: RequestOptions): MatrixRequest => request("GET", CLIENT, "/versions", options),
  /** `GET /user/{userId}/account_data/{type}`, once the user ID is known. */
  getAccountData: (type: string, options?: RequestOptions): ((userId: string) => MatrixRequest) => {
    const pathFor = accountDataPath("getAccountData", type);
    return (userId) => request("GET", CLIENT_V3, pathFor(userId), options);
  },
  /** `PUT /user/{userId}/account_data/{type}` with the content, once the user ID is known. */
  setAccountData: (type: string, content: Record<string, unknown>, options?: RequestOptions): ((userId: string) => MatrixRequest) => {
    const pathFor = accountDataPath("setAccountData", type);
    return (userId) => request("PUT", CLIENT_V3, pathFor(userId), options, { body: content });
  },
};

/** The full path of a request (prefix and path, no query), for errors and logs. */
export function fullPath(matrixRequest: MatrixRequest): string {
  return `${matrixRequest.prefix}${matrixRequest.path}`;
}

/** A success answer the endpoint cannot use: reported like the server's error, with status 200. */
function malformedAnswer(payload: unknown, matrixRequest: MatrixRequest): MatrixApiError {
  return new MatrixApiError({ status: 200, body: payload, method: matrixRequest.method, path: fullPath(matrixRequest) });
}

/** The `room_id` of a join or knock answer. */
function readRoomId(payload: unknown, matrixRequest: MatrixRequest): { roomId: string } {
  const roomId = isPlainRecord(payload) ? payload["room_id"] : undefined;
  if (typeof roomId !== "string" || roomId === "") throw malformedAnswer(payload, matrixRequest);
  return { roomId };
}

/** Whether a value is a JSON object (not `null`, not an array). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Most pages of mutual rooms read for one call (Synapse sends 100 rooms a page). */
const MAX_MUTUAL_ROOM_PAGES = 10;
/** Longest `next_batch` token kept (the spec's opaque tokens; Synapse cuts its own at 255). */
const MAX_BATCH_TOKEN_LENGTH = 1024;

/**
 * One page of a mutual-rooms answer: `joined` must be an array (else the answer is
 * malformed); its valid room IDs are kept, anything else in it is skipped; `count` when a
 * non-negative whole number; `next_batch` when a non-empty string of sensible length.
 */
function readMutualRoomsPage(payload: unknown, matrixRequest: MatrixRequest): { roomIds: string[]; count?: number; nextBatch?: string } {
  const joined = isPlainRecord(payload) ? payload["joined"] : undefined;
  if (!isPlainRecord(payload) || !Array.isArray(joined)) throw malformedAnswer(payload, matrixRequest);
  const roomIds = (joined as unknown[]).filter((roomId): roomId is string => isRoomId(roomId));
  const page: { roomIds: string[]; count?: number; nextBatch?: string } = { roomIds };
  const count = payload["count"];
  if (typeof count === "number" && Number.isSafeInteger(count) && count >= 0) page.count = count;
  const nextBatch = payload["next_batch"];
  if (typeof nextBatch === "string" && nextBatch !== "" && nextBatch.length <= MAX_BATCH_TOKEN_LENGTH) page.nextBatch = nextBatch;
  return page;
}

/** The calls of the port a transport serves; each adapter adds `userId` and what is genuinely its own. */
export type MembershipEndpoints = Omit<MembershipClient, "userId" | "getInviteState" | "fetchThumbnail" | "slidingSync" | "getVersions"> &
  Required<Pick<MembershipClient, "slidingSync" | "getVersions">>;

/** What {@link createMembershipEndpoints} needs from the adapter besides its transport. */
export interface MembershipEndpointsOptions {
  /** The signed-in user's ID for account-data paths; may ask the server, or reject when it cannot be known. */
  ownUserId(signal: AbortSignal | undefined): string | Promise<string>;
}

/**
 * The calls of the port over one transport: each builds its request, sends it and reads the
 * answer. Every call is async, so a request that cannot be built rejects, and sends nothing.
 */
export function createMembershipEndpoints(transport: MatrixTransport, options: MembershipEndpointsOptions): MembershipEndpoints {
  const send = (matrixRequest: MatrixRequest): Promise<unknown> => transport.send(matrixRequest);
  const sendIgnoringAnswer = async (matrixRequest: MatrixRequest): Promise<void> => {
    await transport.send(matrixRequest);
  };
  const sendForRoomId = async (matrixRequest: MatrixRequest): Promise<{ roomId: string }> =>
    readRoomId(await send(matrixRequest), matrixRequest);

  return {
    joinRoom: async (roomIdOrAlias, joinOptions) => sendForRoomId(membershipRequests.joinRoom(roomIdOrAlias, joinOptions)),
    knockRoom: async (roomIdOrAlias, joinOptions) => sendForRoomId(membershipRequests.knockRoom(roomIdOrAlias, joinOptions)),
    leaveRoom: async (roomId, reasonOptions) => sendIgnoringAnswer(membershipRequests.leaveRoom(roomId, reasonOptions)),
    forgetRoom: async (roomId, requestOptions) => sendIgnoringAnswer(membershipRequests.forgetRoom(roomId, requestOptions)),
    inviteUser: async (roomId, userId, reasonOptions) => sendIgnoringAnswer(membershipRequests.memberAction("invite", roomId, userId, reasonOptions)),
    kickUser: async (roomId, userId, reasonOptions) => sendIgnoringAnswer(membershipRequests.memberAction("kick", roomId, userId, reasonOptions)),
    banUser: async (roomId, userId, reasonOptions) => sendIgnoringAnswer(membershipRequests.memberAction("ban", roomId, userId, reasonOptions)),
    unbanUser: async (roomId, userId, reasonOptions) => sendIgnoringAnswer(membershipRequests.memberAction("unban", roomId, userId, reasonOptions)),
    reportRoom: async (roomId, reason, requestOptions) => sendIgnoringAnswer(membershipRequests.reportRoom(roomId, reason, requestOptions)),
    reportUser: async (userId, reason, requestOptions) => sendIgnoringAnswer(membershipRequests.reportUser(userId, reason, requestOptions)),

    slidingSync: async (slidingOptions) => send(membershipRequests.slidingSync(slidingOptions)),
    async getVersions(requestOptions) {
      const matrixRequest = membershipRequests.getVersions(requestOptions);
      const payload = await send(matrixRequest);
      if (!isPlainRecord(payload)) throw malformedAnswer(payload, matrixRequest);
      return payload;
    },
    async getRoomState(roomId, requestOptions) {
      const matrixRequest = membershipRequests.getRoomState(roomId, requestOptions);
      const payload = await send(matrixRequest);
      if (!Array.isArray(payload)) throw malformedAnswer(payload, matrixRequest);
      return payload as unknown[];
    },
    async getRoomSummary(roomIdOrAlias, joinOptions) {
      const { stable, unstable } = membershipRequests.getRoomSummary(roomIdOrAlias, joinOptions);
      let answered = stable;
      let payload: unknown;
      try {
        payload = await send(stable);
      } catch (error) {
        // Servers from before spec v1.15 only know MSC3266's unstable path.
        if (!hasErrorAnswer(error, { errcode: "M_UNRECOGNIZED" })) throw error;
        answered = unstable;
        payload = await send(unstable);
      }
      if (!isPlainRecord(payload)) throw malformedAnswer(payload, answered);
      return payload satisfies RoomSummaryResponse;
    },
    async getMutualRooms(userId, requestOptions) {
      const roomIds = new Set<string>();
      let reported = 0;
      let count = 0;
      let from: string | undefined;
      for (let page = 0; page < MAX_MUTUAL_ROOM_PAGES; page++) {
        const matrixRequest = membershipRequests.getMutualRooms(userId, from, requestOptions);
        let payload: unknown;
        try {
          payload = await send(matrixRequest);
        } catch (error) {
          // Servers from before spec v1.19 do not know the endpoint: a result, not a failure.
          if (page === 0 && isUnknownEndpoint(error)) return { supported: false };
          throw error;
        }
        const answer = readMutualRoomsPage(payload, matrixRequest);
        for (const roomId of answer.roomIds) roomIds.add(roomId);
        if (answer.count !== undefined) reported = answer.count;
        count = Math.max(reported, roomIds.size);
        // A token that does not move on would loop for ever.
        if (answer.nextBatch === undefined || answer.nextBatch === from) return { supported: true, roomIds: [...roomIds], count, complete: true };
        from = answer.nextBatch;
      }
      return { supported: true, roomIds: [...roomIds], count, complete: false } satisfies MutualRooms;
    },
    async getAccountData(type, requestOptions) {
      const requestFor = membershipRequests.getAccountData(type, requestOptions);
      const matrixRequest = requestFor(await options.ownUserId(requestOptions?.signal));
      try {
        const payload = await send(matrixRequest);
        return isPlainRecord(payload) ? payload : undefined;
      } catch (error) {
        // 404 (`M_NOT_FOUND`): the server holds no account data of this type.
        if (hasErrorAnswer(error, { status: 404 })) return undefined;
        throw error;
      }
    },
    async setAccountData(type, content, requestOptions) {
      const requestFor = membershipRequests.setAccountData(type, content, requestOptions);
      await sendIgnoringAnswer(requestFor(await options.ownUserId(requestOptions?.signal)));
    },
  };
}

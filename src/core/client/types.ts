/**
 * The port between the UI and a homeserver: just the calls the membership UI needs.
 * `createMatrixHttpClient` (plain fetch) and `fromMatrixJsSdk` (an adapter) implement it;
 * tests pass a real one against Synapse or a recording one.
 */

/** Options every call accepts. */
export interface RequestOptions {
  /** Aborts the request; the call then rejects with an `AbortError` `DOMException`. */
  signal?: AbortSignal;
  /**
   * How many times the client itself may retry a 429 for this call, instead of its
   * `maxRateLimitRetries` (still within its `maxRateLimitWaitMs`). Bulk runs pass 0 so that
   * their own, visible wait is the only one. Anything but a whole number of 0 or more (a
   * fraction, a negative number, `NaN`, `Infinity`) is ignored: the client's setting counts.
   * The matrix-js-sdk adapter ignores it: the SDK never retries a 429 itself.
   */
  rateLimitRetries?: number;
}

/** Options for calls that can carry a reason shown to the other members. */
export interface ReasonOptions extends RequestOptions {
  /** Optional reason, sent as `reason` in the request body. */
  reason?: string;
}

/** Options for joining or knocking by room ID or alias. */
export interface JoinOptions extends ReasonOptions {
  /** Servers to try the join through (`via` query parameters). */
  via?: string[];
}

/** Options of {@link MembershipClient.slidingSync}. */
export interface SlidingSyncOptions extends RequestOptions {
  /** The request body: `lists`, `room_subscriptions`, `extensions` (MSC4186). */
  body: Record<string, unknown>;
  /** The `pos` of the previous answer; omit to start a new connection. */
  pos?: string;
  /** How long the server may hold the request, in milliseconds (0: answer at once). */
  timeoutMs?: number;
}

/** The spec's room summary (`GET /_matrix/client/v1/room_summary/{roomIdOrAlias}`), as returned (untrusted). */
export type RoomSummaryResponse = Record<string, unknown>;

/**
 * The rooms the signed-in user shares with another user (`GET /_matrix/client/v1/mutual_rooms`,
 * spec v1.19), or `{ supported: false }` when the server does not offer the endpoint
 * (`M_UNRECOGNIZED`: an older server); fall back to the host's known users then.
 */
export type MutualRooms =
  | {
      /** The server answered. */
      supported: true;
      /** The shared rooms' IDs (valid room IDs only, each once), over every page read. */
      roomIds: string[];
      /** How many rooms the server says are shared (its `count`; it may exceed `roomIds` when not every page was read). */
      count: number;
      /** Whether every page was read (`false` when the page cap stopped the reading). */
      complete: boolean;
    }
  | {
      /** The server does not offer the endpoint. */
      supported: false;
    };

/** The narrow interface the membership UI talks to. Every call takes an `AbortSignal`. */
export interface MembershipClient {
  /** The signed-in user's ID, when the client knows it. */
  readonly userId?: string;
  /** `POST /join/{roomIdOrAlias}`: joins (or accepts an invite) and returns the room ID. */
  joinRoom(roomIdOrAlias: string, options?: JoinOptions): Promise<{ roomId: string }>;
  /** `POST /rooms/{roomId}/leave`: leaves, declines an invite or cancels a knock. */
  leaveRoom(roomId: string, options?: ReasonOptions): Promise<void>;
  /** `POST /rooms/{roomId}/forget`: forgets a room the user has left. */
  forgetRoom(roomId: string, options?: RequestOptions): Promise<void>;
  /** `POST /knock/{roomIdOrAlias}`: asks to join; returns the room ID. */
  knockRoom(roomIdOrAlias: string, options?: JoinOptions): Promise<{ roomId: string }>;
  /** `POST /rooms/{roomId}/invite`. */
  inviteUser(roomId: string, userId: string, options?: ReasonOptions): Promise<void>;
  /** `POST /rooms/{roomId}/kick` (also withdraws an invite or denies a knock). */
  kickUser(roomId: string, userId: string, options?: ReasonOptions): Promise<void>;
  /** `POST /rooms/{roomId}/ban`. */
  banUser(roomId: string, userId: string, options?: ReasonOptions): Promise<void>;
  /** `POST /rooms/{roomId}/unban`. */
  unbanUser(roomId: string, userId: string, options?: ReasonOptions): Promise<void>;
  /** `GET /rooms/{roomId}/state`: the live state events (untrusted shape; parse before use). */
  getRoomState(roomId: string, options?: RequestOptions): Promise<unknown[]>;
  /** `GET /_matrix/client/v1/room_summary/{roomIdOrAlias}` (spec v1.15+). */
  getRoomSummary(roomIdOrAlias: string, options?: JoinOptions): Promise<RoomSummaryResponse>;
  /** `POST /rooms/{roomId}/report`. */
  reportRoom(roomId: string, reason: string, options?: RequestOptions): Promise<void>;
  /** `POST /users/{userId}/report` (spec v1.14+). */
  reportUser(userId: string, reason: string, options?: RequestOptions): Promise<void>;
  /**
   * `GET /_matrix/client/v1/mutual_rooms?user_id=…` (spec v1.19), following `next_batch`
   * through at most 10 pages: the rooms the user shares with `userId`. Resolves with
   * `{ supported: false }` when the server does not know the endpoint (`M_UNRECOGNIZED`).
   * Optional: without it, callers use the host's known users.
   */
  getMutualRooms?(userId: string, options?: RequestOptions): Promise<MutualRooms>;
  /** `GET /user/{userId}/account_data/{type}`; `undefined` when the server has none (404). */
  getAccountData(type: string, options?: RequestOptions): Promise<Record<string, unknown> | undefined>;
  /** `PUT /user/{userId}/account_data/{type}`. */
  setAccountData(type: string, content: Record<string, unknown>, options?: RequestOptions): Promise<void>;
  /**
   * The stripped `invite_state` events of a room the user is invited to (untrusted shape;
   * parse before use), or `undefined` when the room is not (or no longer) an invite.
   * Optional: `declineInvite` uses it to find whom to ignore when the caller did not say.
   * The fetch client sends one `GET /sync` filtered to that room (`timeout=0`); the
   * matrix-js-sdk adapter reads the user's invite member event from the SDK's room store.
   */
  getInviteState?(roomId: string, options?: RequestOptions): Promise<unknown[] | undefined>;
  /**
   * `POST /_matrix/client/unstable/org.matrix.simplified_msc3575/sync` (simplified sliding
   * sync, MSC4186), returning the raw (untrusted) JSON. Optional: both built-in clients have
   * it; without it, `startInviteFeed` uses `/sync`.
   */
  slidingSync?(options: SlidingSyncOptions): Promise<unknown>;
  /**
   * `GET /_matrix/client/versions`, returning the raw (untrusted) JSON object. Optional:
   * `startInviteFeed` reads `unstable_features` from it to choose a feed.
   */
  getVersions?(options?: RequestOptions): Promise<Record<string, unknown>>;
  /**
   * Fetches authenticated media (`Authorization` header) and returns the bytes as a Blob.
   * Both clients read at most 4 MiB and reject beyond that. Optional: clients without it
   * show initials instead of images (as the components do when it rejects).
   */
  fetchThumbnail?(mxcUri: string, size: { width: number; height: number }, options?: RequestOptions): Promise<Blob>;
}

/**
 * Error codes the UI turns into words. Only the view localises them.
 * - `invite_revoked`: 403 on join when the user is no longer invited.
 * - `room_not_found`: unknown room or alias.
 * - `rate_limited`: 429; see `retryAfterMs`.
 * - `network`: no answer (offline, DNS, connection dropped, timeout).
 * - `unauthorized`: 401 (token invalid or expired; `softLogout` tells whether to re-authenticate only).
 * - `suspended`: `M_USER_SUSPENDED`.
 * - `incompatible_room_version`: `M_INCOMPATIBLE_ROOM_VERSION`.
 * - `cannot_leave_server_notices`: `M_CANNOT_LEAVE_SERVER_NOTICE_ROOM`.
 * - `invite_blocked`: `M_INVITE_BLOCKED` (spec v1.18): the invitee does not accept invites.
 * - `forbidden`: any other 403.
 * - `server_error`: 5xx.
 * - `unknown`: anything else.
 */
export type MembershipErrorCode =
  | "invite_revoked"
  | "room_not_found"
  | "rate_limited"
  | "network"
  | "unauthorized"
  | "suspended"
  | "incompatible_room_version"
  | "cannot_leave_server_notices"
  | "invite_blocked"
  | "forbidden"
  | "server_error"
  | "unknown";

/** A non-2xx answer from the homeserver, with the Matrix error fields. */
export declare class HomeserverError extends Error {
  constructor(method: string, path: string, status: number, body: Record<string, unknown>, retryAfterMs: number | undefined);
  /** HTTP status. */
  status: number;
  /** Matrix `errcode`, e.g. `M_LIMIT_EXCEEDED`. */
  errcode: string | undefined;
  /** The parsed error body. */
  body: Record<string, unknown>;
  /** From `retry_after_ms` or the `Retry-After` header. */
  retryAfterMs: number | undefined;
}

/** Query parameters; arrays repeat the key (`via=a&via=b`), `undefined` is dropped. */
export type Query = Record<string, string | number | boolean | undefined | readonly string[]>;
/** Parsed JSON from the server. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** Options for `createRoom`: the spec's request body. */
export interface CreateRoomOptions {
  name?: string;
  topic?: string;
  preset?: "private_chat" | "public_chat" | "trusted_private_chat";
  visibility?: "public" | "private";
  room_alias_name?: string;
  room_version?: string;
  invite?: string[];
  is_direct?: boolean;
  creation_content?: Record<string, unknown>;
  initial_state?: { type: string; state_key?: string; content: Record<string, unknown> }[];
  power_level_content_override?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Raw client-server API for one access token: test SET-UP only, not the library under test. */
export interface HomeserverApi {
  baseUrl: string;
  accessToken: string | undefined;
  /** Any request; throws {@link HomeserverError} on non-2xx. */
  request(method: string, path: string, body?: unknown, query?: Query): Promise<Json>;
  get(path: string, query?: Query): Promise<Json>;
  post(path: string, body?: unknown, query?: Query): Promise<Json>;
  put(path: string, body?: unknown, query?: Query): Promise<Json>;
  delete(path: string, query?: Query): Promise<Json>;
  whoami(): Promise<{ user_id: string; device_id?: string }>;
  /** The token's user ID (cached after the first call). */
  userId(): Promise<string>;
  /** `POST /createRoom`; returns the room ID. */
  createRoom(options?: CreateRoomOptions): Promise<string>;
  invite(roomId: string, userId: string, reason?: string): Promise<Json>;
  /** Returns the joined room ID. */
  join(roomIdOrAlias: string, options?: { via?: string[]; reason?: string }): Promise<string>;
  /** Returns the room ID knocked on. */
  knock(roomIdOrAlias: string, options?: { via?: string[]; reason?: string }): Promise<string>;
  leave(roomId: string, reason?: string): Promise<Json>;
  forget(roomId: string): Promise<Json>;
  kick(roomId: string, userId: string, reason?: string): Promise<Json>;
  ban(roomId: string, userId: string, reason?: string): Promise<Json>;
  unban(roomId: string, userId: string, reason?: string): Promise<Json>;
  /** Returns the event ID. */
  sendState(roomId: string, type: string, stateKey: string, content: Record<string, unknown>): Promise<string>;
  getStateEvent(roomId: string, type: string, stateKey?: string): Promise<Json>;
  getState(roomId: string): Promise<Json[]>;
  /** Sends an `m.text` message; returns the event ID. */
  sendMessage(roomId: string, text: string, type?: string): Promise<string>;
  setDisplayName(displayName: string): Promise<void>;
  setAvatarUrl(avatarUrl: string): Promise<void>;
  getAccountData(type: string): Promise<Json>;
  setAccountData(type: string, content: Record<string, unknown>): Promise<void>;
  /** `PUT /directory/room/{alias}`. */
  setAlias(alias: string, roomId: string): Promise<void>;
  /** Uploads media; returns the `mxc://` URI. */
  upload(bytes: Uint8Array, contentType?: string, filename?: string): Promise<string>;
  /** `GET /sync` (timeout 0 unless given). */
  sync(options?: { since?: string; timeout?: number; filter?: string | Record<string, unknown>; fullState?: boolean }): Promise<Json>;
}

/** Raw API for one access token (or none, for unauthenticated endpoints). */
export declare function api(baseUrl: string, accessToken?: string): HomeserverApi;

/** Polls `/sync` until `predicate` returns something truthy, and returns it; throws after `timeoutMs` (20 s). */
export declare function waitForSync<T>(
  client: HomeserverApi,
  predicate: (sync: Json) => T | undefined | null | false,
  options?: { timeoutMs?: number },
): Promise<T>;

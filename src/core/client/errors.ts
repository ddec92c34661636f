/**
 * Errors of the HTTP client and their translation into the string-literal codes the UI
 * localises. The client throws {@link MatrixApiError} (the server answered with an error) or
 * {@link MatrixNetworkError} (no usable answer); the flows turn either into a
 * {@link MembershipActionError} carrying a {@link MembershipErrorCode}.
 */
import type { MembershipErrorCode } from "./types";

/** Fields of a {@link MatrixApiError}. */
export interface MatrixApiErrorInit {
  /** HTTP status code. */
  status: number;
  /** The parsed JSON body, when there was one (untrusted). */
  body?: unknown;
  /** Delay the server asked for (`Retry-After` header or `retry_after_ms`), in milliseconds. */
  retryAfterMs?: number;
  /** HTTP method of the failed request, for logs. */
  method?: string;
  /** URL path of the failed request (without the query string), for logs. */
  path?: string;
}

/** A non-2xx answer from the homeserver, with the spec's standard error fields. */
export class MatrixApiError extends Error {
  /** The class name, for logs and `error.name` checks across bundles (where `instanceof` fails). */
  override readonly name = "MatrixApiError";
  /** HTTP status code. */
  readonly status: number;
  /** The spec's `errcode` (`M_FORBIDDEN`, `M_LIMIT_EXCEEDED` …), when the body had one. */
  readonly errcode: string | undefined;
  /** Delay before retrying, from the `Retry-After` header or the body's `retry_after_ms`. */
  readonly retryAfterMs: number | undefined;
  /** `soft_logout` of a 401: `true` means re-authenticate the same session, keep local data. */
  readonly softLogout: boolean;
  /** The parsed JSON body (untrusted), or `undefined` when it was not JSON. */
  readonly body: unknown;
  /** HTTP method of the failed request. */
  readonly method: string | undefined;
  /** URL path of the failed request (no query string, so no secrets). */
  readonly path: string | undefined;

  constructor(init: MatrixApiErrorInit) {
    const body = init.body;
    const errcode = readString(body, "errcode");
    const serverMessage = readString(body, "error");
    // A 2xx the client cannot use (no room ID, a user ID that is not one) says so.
    const fallback = init.status >= 200 && init.status < 300 ? "unusable answer" : "request failed";
    super(`${init.status}${errcode ? ` ${errcode}` : ""}: ${serverMessage ?? fallback}`);
    this.status = init.status;
    this.errcode = errcode;
    this.body = body;
    this.retryAfterMs = init.retryAfterMs ?? readRetryAfterMs(body);
    this.softLogout = readBoolean(body, "soft_logout") === true;
    this.method = init.method;
    this.path = init.path;
  }

  /** The server's own `error` text (untrusted; for logs, never for the UI). */
  get serverMessage(): string | undefined {
    return readString(this.body, "error");
  }
}

/** Fields of a {@link MatrixNetworkError}. */
export interface MatrixNetworkErrorInit {
  /** What went wrong underneath (the `fetch` rejection). */
  cause?: unknown;
  /** Whether the request may have reached the server before the failure. */
  requestMayHaveReachedServer: boolean;
  /** Whether the client gave up after its own timeout. */
  timedOut?: boolean;
  /** Why the client refused the server's answer, when it did (see {@link MatrixNetworkError.refused}). */
  refused?: "redirect" | "too_large";
  /** HTTP method of the failed request. */
  method?: string;
  /** URL path of the failed request. */
  path?: string;
}

/**
 * No usable answer: offline, DNS failure, connection reset, timeout, a body that could not
 * be read, or an answer the client refused (a redirect, a body over the size cap). When
 * `requestMayHaveReachedServer` is `true` a non-idempotent request may have taken effect,
 * so it is never retried automatically: the caller decides.
 */
export class MatrixNetworkError extends Error {
  /** The class name, for logs and `error.name` checks across bundles (where `instanceof` fails). */
  override readonly name = "MatrixNetworkError";
  /** Whether the request may have been processed by the server (the outcome is unknown). */
  readonly requestMayHaveReachedServer: boolean;
  /** Whether the client's own timeout fired. */
  readonly timedOut: boolean;
  /**
   * Set when the client refused the server's answer: `redirect` (redirects are never
   * followed, so neither the access token nor the body can reach another origin) or
   * `too_large` (the body passed the client's size cap, and the rest was not read).
   */
  readonly refused: "redirect" | "too_large" | undefined;
  /** HTTP method of the failed request. */
  readonly method: string | undefined;
  /** URL path of the failed request. */
  readonly path: string | undefined;

  constructor(init: MatrixNetworkErrorInit) {
    const what =
      init.refused === "redirect"
        ? "was redirected (not followed)"
        : init.refused === "too_large"
          ? "got an answer over the size cap"
          : init.timedOut
            ? "timed out"
            : "failed";
    super(`Network request ${what}${init.path ? ` (${init.method ?? "GET"} ${init.path})` : ""}`, { cause: init.cause });
    this.requestMayHaveReachedServer = init.requestMayHaveReachedServer;
    this.timedOut = init.timedOut === true;
    this.refused = init.refused;
    this.method = init.method;
    this.path = init.path;
  }
}

/**
 * The action a request belonged to. It refines the mapping: a 403 on `join` saying "not
 * invited" means the invite was revoked, while a 403 on `kick` is plain `forbidden`.
 */
export type MembershipAction =
  | "join"
  | "leave"
  | "decline"
  | "forget"
  | "knock"
  | "cancel_knock"
  | "invite"
  | "kick"
  | "ban"
  | "unban"
  | "state"
  | "summary"
  | "report"
  | "ignore"
  | "account_data"
  | "other";

/** A failure in the shape the UI needs: a code to localise and the facts that go with it. */
export interface MembershipErrorInfo {
  /** What went wrong, as a code only the view turns into words. */
  code: MembershipErrorCode;
  /** For `rate_limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
  /** For `unauthorized`: the server's `soft_logout` (re-authenticate, keep local data). */
  softLogout?: boolean;
  /** For `network`: the request may have taken effect on the server. */
  requestMayHaveReachedServer?: boolean;
  /** The underlying message (untrusted server text for API errors): for logs, not the UI. */
  message?: string;
}

/** Fields of a {@link MembershipActionError}. */
export interface MembershipActionErrorInit extends MembershipErrorInfo {
  /** The action that failed. */
  action: MembershipAction;
  /** The original error. */
  cause?: unknown;
}

/** What the flows throw: a failed membership action with its UI code. */
export class MembershipActionError extends Error {
  /** The class name, for logs and `error.name` checks across bundles (where `instanceof` fails). */
  override readonly name: string = "MembershipActionError";
  /** What went wrong, as a code only the view turns into words. */
  readonly code: MembershipErrorCode;
  /** The action that failed. */
  readonly action: MembershipAction;
  /** For `rate_limited`: the server's requested delay in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** For `unauthorized`: the server's `soft_logout`. */
  readonly softLogout: boolean | undefined;
  /** For `network`: the request may have taken effect on the server. */
  readonly requestMayHaveReachedServer: boolean | undefined;

  constructor(init: MembershipActionErrorInit) {
    super(init.message ?? `${init.action} failed: ${init.code}`, { cause: init.cause });
    this.code = init.code;
    this.action = init.action;
    this.retryAfterMs = init.retryAfterMs;
    this.softLogout = init.softLogout;
    this.requestMayHaveReachedServer = init.requestMayHaveReachedServer;
  }

  /** The same facts as a plain {@link MembershipErrorInfo} (e.g. to store in UI state). */
  toInfo(): MembershipErrorInfo {
    return compact({
      code: this.code,
      retryAfterMs: this.retryAfterMs,
      softLogout: this.softLogout,
      requestMayHaveReachedServer: this.requestMayHaveReachedServer,
      message: this.message,
    });
  }
}

/**
 * Whether `error` is a cancellation by the caller (`AbortError`). Aborts are not failures:
 * the UI shows nothing for them. A `TimeoutError` is not an abort (it maps to `network`).
 */
export function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

/**
 * Translates any error from a {@link MembershipClient} call into the UI's code, or
 * `undefined` for an `AbortError` (a cancellation, not an error state). Understands
 * {@link MatrixApiError}, {@link MatrixNetworkError}, {@link MembershipActionError} and,
 * structurally, matrix-js-sdk's `MatrixError` (`httpStatus`, `errcode`, `data`) and
 * `ConnectionError`.
 */
export function toMembershipError(error: unknown, action: MembershipAction = "other"): MembershipErrorInfo | undefined {
  if (isAbortError(error)) return undefined;
  if (error instanceof MembershipActionError) return error.toInfo();
  if (error instanceof MatrixNetworkError) {
    return { code: "network", requestMayHaveReachedServer: error.requestMayHaveReachedServer, message: error.message };
  }
  const api = asApiFailure(error);
  if (api) return compact({ ...mapApiFailure(api, action), message: api.message });
  if (isNetworkLike(error)) {
    return { code: "network", requestMayHaveReachedServer: true, message: messageOf(error) };
  }
  return compact<MembershipErrorInfo>({ code: "unknown", message: messageOf(error) });
}

/**
 * Wraps any error into a {@link MembershipActionError} for `action`; an `AbortError` is
 * returned unchanged so callers can rethrow it as a cancellation.
 */
export function toMembershipActionError(error: unknown, action: MembershipAction): MembershipActionError | Error {
  if (error instanceof MembershipActionError) return error;
  const info = toMembershipError(error, action);
  if (!info) return error instanceof Error ? error : new DOMException("The operation was aborted.", "AbortError");
  return new MembershipActionError({ ...info, action, cause: error });
}

interface ApiFailure {
  status: number;
  errcode: string | undefined;
  serverMessage: string | undefined;
  retryAfterMs: number | undefined;
  softLogout: boolean;
  message: string;
}

function mapApiFailure(failure: ApiFailure, action: MembershipAction): MembershipErrorInfo {
  const { status, errcode } = failure;
  if (status === 429 || errcode === "M_LIMIT_EXCEEDED") {
    return compact({ code: "rate_limited", retryAfterMs: failure.retryAfterMs });
  }
  if (status === 401 || errcode === "M_UNKNOWN_TOKEN" || errcode === "M_MISSING_TOKEN") {
    return { code: "unauthorized", softLogout: failure.softLogout };
  }
  if (errcode === "M_USER_SUSPENDED") return { code: "suspended" };
  if (errcode === "M_INCOMPATIBLE_ROOM_VERSION") return { code: "incompatible_room_version" };
  if (errcode === "M_CANNOT_LEAVE_SERVER_NOTICE_ROOM") return { code: "cannot_leave_server_notices" };
  // Spec v1.18: the invitee's `m.invite_permission_config` blocks invites (Synapse: 403).
  if (errcode === "M_INVITE_BLOCKED") return { code: "invite_blocked" };
  if (status === 404 || errcode === "M_NOT_FOUND") {
    return { code: isRoomAction(action) ? "room_not_found" : "unknown" };
  }
  if (status === 403 || errcode === "M_FORBIDDEN") {
    // Synapse: join → "You are not invited to this room."; leave of a withdrawn invite →
    // "@bob:localhost not in room !id." Other servers word it alike ("not invited").
    const text = failure.serverMessage ?? "";
    if (action === "join" && /not invited/i.test(text)) return { code: "invite_revoked" };
    if (action === "decline" && /not (invited|in (the )?room)/i.test(text)) return { code: "invite_revoked" };
    return { code: "forbidden" };
  }
  if (status >= 500 && status <= 599) return { code: "server_error" };
  return { code: "unknown" };
}

/** The actions that are not about one room: a 404 there means something other than "no such room". */
const NOT_ROOM_ACTIONS: ReadonlySet<MembershipAction> = new Set<MembershipAction>(["ignore", "account_data", "other"]);

function isRoomAction(action: MembershipAction): boolean {
  return !NOT_ROOM_ACTIONS.has(action);
}

/**
 * Whether the server answered `error` with this HTTP status and/or `errcode` (a
 * {@link MatrixApiError}, or structurally a matrix-js-sdk `MatrixError`). The one reader of
 * the answers a call treats as a result rather than a failure: `M_UNRECOGNIZED` (the server
 * lacks the endpoint), a 404 for account data it does not hold, a room summary's "not found".
 */
export function hasErrorAnswer(error: unknown, match: { status?: number; errcode?: string }): boolean {
  const failure = asApiFailure(error);
  if (failure === undefined) return false;
  return (match.status === undefined || failure.status === match.status) && (match.errcode === undefined || failure.errcode === match.errcode);
}

/**
 * Whether the server does not know the endpoint, so the feature is unsupported rather than
 * failed: `M_UNRECOGNIZED` (Synapse's answer to an unknown path, 404 or 405 by method), or a
 * bare 404 / 405 without a Matrix error (a proxy in front of an older server). A 404
 * `M_NOT_FOUND` is the spec's "no such thing": a failure, not this.
 */
export function isUnknownEndpoint(error: unknown): boolean {
  if (hasErrorAnswer(error, { errcode: "M_UNRECOGNIZED" })) return true;
  const failure = asApiFailure(error);
  return failure !== undefined && failure.errcode === undefined && (failure.status === 404 || failure.status === 405);
}

/** Reads a MatrixApiError or, structurally, a matrix-js-sdk MatrixError. */
function asApiFailure(error: unknown): ApiFailure | undefined {
  if (error instanceof MatrixApiError) {
    return {
      status: error.status,
      errcode: error.errcode,
      serverMessage: error.serverMessage,
      retryAfterMs: error.retryAfterMs,
      softLogout: error.softLogout,
      message: error.message,
    };
  }
  if (typeof error !== "object" || error === null) return undefined;
  const candidate = error as { httpStatus?: unknown; errcode?: unknown; data?: unknown; message?: unknown };
  if (typeof candidate.httpStatus !== "number" && typeof candidate.errcode !== "string") return undefined;
  const data = candidate.data;
  return {
    status: typeof candidate.httpStatus === "number" ? candidate.httpStatus : 0,
    errcode: typeof candidate.errcode === "string" ? candidate.errcode : readString(data, "errcode"),
    serverMessage: readString(data, "error") ?? (typeof candidate.message === "string" ? candidate.message : undefined),
    retryAfterMs: readRetryAfterMs(data) ?? readNumber(error, "retryAfterMs"),
    softLogout: readBoolean(data, "soft_logout") === true,
    message: messageOf(error) ?? "request failed",
  };
}

function isNetworkLike(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const name = (error as { name?: unknown }).name;
  // fetch rejects with TypeError on connection failure; AbortSignal.timeout() with TimeoutError;
  // matrix-js-sdk wraps connection failures in ConnectionError.
  return name === "TimeoutError" || name === "ConnectionError" || (error instanceof TypeError && /fetch|network/i.test(error.message));
}

/** `retry_after_ms` from an error body, when a finite non-negative number. */
export function readRetryAfterMs(body: unknown): number | undefined {
  const value = readNumber(body, "retry_after_ms");
  return value !== undefined && value >= 0 ? value : undefined;
}

function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field: unknown = Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === "string" ? field : undefined;
}

function readNumber(value: unknown, key: string): number | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === "number" && Number.isFinite(field) ? field : undefined;
}

function readBoolean(value: unknown, key: string): boolean | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field: unknown = Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === "boolean" ? field : undefined;
}

function messageOf(error: unknown): string | undefined {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : undefined;
}

/** Drops `undefined` fields so results compare cleanly and serialise small. */
function compact<T extends object>(value: T): T {
  const result = {} as T;
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) result[key] = value[key];
  }
  return result;
}

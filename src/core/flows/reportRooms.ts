/**
 * Bulk report: many rooms reported to the user's homeserver (`POST /rooms/{roomId}/report`,
 * spec v1.13) one request at a time, through the same rate-limit waits as "Decline all". A
 * report changes no membership: the invites stay pending, and the caller may decline them
 * afterwards (the inbox offers it).
 */
import { isUnknownEndpoint } from "../client/errors";
import type { MembershipClient, MembershipErrorCode } from "../client/types";
import { notifySafely as notify } from "../callbacks";
import { FATAL_CODES, sendWithRateLimitRetry } from "./rateLimitRetry";

/** One room that could not be reported. */
export interface ReportRoomFailure {
  /** The room. */
  roomId: string;
  /** Why, as a code only the view turns into words. */
  code: MembershipErrorCode;
}

/**
 * Why a report run stopped before its end: a code every further request would share
 * (`unauthorized`, `suspended`), or `unsupported` when the server does not know the endpoint
 * (before spec v1.13, `M_UNRECOGNIZED`).
 */
export type ReportRoomsStop = MembershipErrorCode | "unsupported";

/** Options of the `reportRooms` flow (what `useReportRooms` runs). */
export interface ReportRoomsOptions {
  /** The wait used between rate-limit retries; must reject when `signal` aborts. For tests. */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  /** Retries per room after `rate_limited` (default 10). */
  maxRetries?: number;
  /** Cap on one rate-limit wait, in milliseconds (default 60 s). */
  maxWaitMs?: number;
  /** The reason sent with every report (may be blank; the spec requires the field). */
  reason: string;
  /** Stops the run: the request in flight is aborted and no further room is started. */
  signal?: AbortSignal;
  /** Called before each room (with `current` set to it) and once at the end (`current` `undefined`). */
  onProgress?(done: number, total: number, current: string | undefined): void;
  /** Called once per settled room, as soon as its outcome is known. */
  onRoomSettled?(roomId: string, outcome: { ok: true } | { ok: false; code: MembershipErrorCode }): void;
  /** Called when the server answered 429 and the run waits `waitMs` before retrying `roomId`. */
  onRateLimited?(roomId: string, waitMs: number): void;
}

/** What {@link reportRooms} did: every requested room appears in exactly one list. */
export interface ReportRoomsResult {
  /** Rooms reported, in order. */
  reported: string[];
  /** Rooms the server refused, with why. */
  failed: ReportRoomFailure[];
  /** Rooms not reached: cancelled, stopped, or the request cut by the abort. */
  remaining: string[];
  /** Whether the caller's signal stopped the run. */
  cancelled: boolean;
  /** Set when the run stopped early because every further request would fail. */
  stoppedBy?: ReportRoomsStop;
}

/**
 * Reports each room of `roomIds` (duplicates once) with `reason`, one request at a time. A
 * 429 waits what the server asked (capped) and retries the same room (each report asks the
 * client for no 429 retry of its own, so `onRateLimited` hears of every 429 at once); other failures are
 * recorded and the run goes on, except those every further request would share (`unauthorized`,
 * `suspended`, an endpoint the server does not know), which stop it. Never throws.
 */
export async function reportRooms(
  client: Pick<MembershipClient, "reportRoom">,
  roomIds: readonly string[],
  options: ReportRoomsOptions,
): Promise<ReportRoomsResult> {
  const queue = [...new Set(roomIds)];
  const total = queue.length;
  const { signal } = options;
  const reason = typeof options.reason === "string" ? options.reason : "";
  const result: ReportRoomsResult = { reported: [], failed: [], remaining: [], cancelled: false };
  const done = () => result.reported.length + result.failed.length;

  let index = 0;
  for (; index < queue.length; index++) {
    if (signal?.aborted) break;
    const roomId = queue[index] as string;
    notify(() => options.onProgress?.(done(), total, roomId));
    // The client retries no 429 itself: this queue's wait, which the caller shows, is the only one.
    const outcome = await sendWithRateLimitRetry(() => client.reportRoom(roomId, reason, { signal, rateLimitRetries: 0 }), {
      action: "report",
      signal,
      sleep: options.sleep,
      maxRetries: options.maxRetries,
      maxWaitMs: options.maxWaitMs,
      onRateLimited: (waitMs) => options.onRateLimited?.(roomId, waitMs),
    });
    if (outcome.status === "aborted" || outcome.status === "skipped") break;
    if (outcome.status === "answered") {
      result.reported.push(roomId);
      notify(() => options.onRoomSettled?.(roomId, { ok: true }));
      continue;
    }
    if (isUnknownEndpoint(outcome.error)) {
      // Not this room's fault: the server has no room reports, so nothing is recorded against it.
      result.stoppedBy = "unsupported";
      break;
    }
    result.failed.push({ roomId, code: outcome.code });
    notify(() => options.onRoomSettled?.(roomId, { ok: false, code: outcome.code }));
    if (FATAL_CODES.has(outcome.code)) {
      result.stoppedBy = outcome.code;
      index++;
      break;
    }
  }
  result.remaining = queue.slice(index);
  result.cancelled = signal?.aborted === true && result.stoppedBy === undefined;
  notify(() => options.onProgress?.(done(), total, undefined));
  return result;
}

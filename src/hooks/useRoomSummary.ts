/**
 * A room's summary, fetched and kept for a component. Two sources, one status vocabulary:
 * - `live_state` (the default): `GET /rooms/{roomId}/state` run through `summarizeRoomState`,
 *   the trusted summary of a room the user has joined;
 * - `room_summary`: `GET /room_summary/{roomIdOrAlias}` run through `parseRoomPreview`, what
 *   a server says about a room before the user is in it (knocking, checking an invite).
 * Refetchable; the request is aborted when the room changes or the component unmounts, and
 * only the latest request may set the state.
 */
import { useCallback, useEffect, useState } from "react";
import { toMembershipError } from "../core/client/errors";
import type { MembershipClient, MembershipErrorCode } from "../core/client/types";
import { parseRoomPreview } from "../core/roomPreview";
import type { RoomPreview } from "../core/roomPreview";
import { summarizeRoomState } from "../core/summary";
import type { RoomSummary } from "../core/types";

/** Options of `useRoomSummary` for the live state of a joined room (the default source). */
export interface UseRoomSummaryOptions {
  /** `live_state` (the default): read `GET /rooms/{roomId}/state`, which only a member may. */
  source?: "live_state";
  /** Whose membership the summary describes; `client.userId` by default. */
  userId?: string;
  /** Set to `false` to fetch nothing (e.g. while the user is only invited: `/state` would 403). */
  enabled?: boolean;
}

/** Options of `useRoomSummary` for a room the user is not in (yet): the server's room summary. */
export interface UseRoomPreviewOptions {
  /** `room_summary`: read `GET /room_summary/{roomIdOrAlias}`, which works before joining. */
  source: "room_summary";
  /** Servers to ask through, for a room the user's server is not in. */
  via?: readonly string[];
  /** Set to `false` to fetch nothing. */
  enabled?: boolean;
}

/** Where the summary stands: `idle` when disabled, `loading` while a request is in flight. */
export type RoomSummaryStatus = "idle" | "loading" | "success" | "error";

/** Why the summary could not be fetched. */
export interface RoomSummaryError {
  /** What went wrong; only the view turns it into words. */
  code: MembershipErrorCode;
  /** For `rate_limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
}

/** What `useRoomSummary` returns: `Summary` is a `RoomSummary` (live state) or a `RoomPreview` (room summary). */
export interface UseRoomSummaryResult<Summary = RoomSummary> {
  /** Where the request stands. */
  status: RoomSummaryStatus;
  /**
   * The summary. While a refetch of the same room runs, the previous summary stays here
   * (status `loading`), and after a failed one too (status `error`); it is never a summary
   * of another room.
   */
  summary: Summary | undefined;
  /** Why the last request failed, when `status` is `error`. */
  error: RoomSummaryError | undefined;
  /** Fetches again; the answer of any earlier request is then ignored. */
  refetch: () => void;
}

type Source = "live_state" | "room_summary";

/** What one request asked for, so an answer can be told apart from a stale one. */
interface Request {
  client: MembershipClient;
  room: string;
  source: Source;
  userId: string | undefined;
  /** The `via` servers as JSON: a stable key however often the caller builds the array. */
  viaKey: string;
  generation: number;
}

/** The answer to one request. */
interface Settled extends Request {
  summary?: RoomSummary | RoomPreview;
  error?: RoomSummaryError;
}

/**
 * Fetches `GET /rooms/{roomId}/state` and summarises it (`trusted: true`): the live summary
 * of a room the user has joined. `status` is derived from which request the last answer
 * belongs to, so no effect ever copies state around.
 *
 * `client` must be a stable object (created once, not during render): the room is fetched
 * again whenever the client object changes.
 */
export function useRoomSummary(
  client: MembershipClient,
  roomId: string | undefined,
  options?: UseRoomSummaryOptions,
): UseRoomSummaryResult<RoomSummary>;
/**
 * Fetches `GET /room_summary/{roomIdOrAlias}` and reads it with `parseRoomPreview`: what a
 * server says about a room the user is not in (yet), untrusted. Same statuses, aborts and
 * stale-answer rules as the live summary; `client` must be stable here too.
 */
export function useRoomSummary(
  client: MembershipClient,
  roomIdOrAlias: string | undefined,
  options: UseRoomPreviewOptions,
): UseRoomSummaryResult<RoomPreview>;
export function useRoomSummary(
  client: MembershipClient,
  room: string | undefined,
  options: UseRoomSummaryOptions | UseRoomPreviewOptions = {},
): UseRoomSummaryResult<RoomSummary | RoomPreview> {
  const source: Source = options.source ?? "live_state";
  const userId = options.source === "room_summary" ? undefined : (options.userId ?? client.userId);
  const viaKey = options.source === "room_summary" ? JSON.stringify(options.via ?? []) : "[]";
  const enabled = options.enabled !== false && room !== undefined && room !== "";
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled | undefined>(undefined);

  useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    const request: Request = { client, room, source, userId, viaKey, generation };
    fetchSummary(request, controller.signal).then(
      (summary) => {
        if (controller.signal.aborted) return;
        setSettled({ ...request, summary });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // An abort this hook did not ask for (the client shutting down) must not leave the
        // status at "loading" for ever: it reads as a network failure, with refetch.
        const info = toMembershipError(error, source === "live_state" ? "state" : "summary") ?? { code: "network" as const };
        const failure: RoomSummaryError = { code: info.code };
        if (info.retryAfterMs !== undefined) failure.retryAfterMs = info.retryAfterMs;
        setSettled((previous) => ({ ...request, summary: sameRoom(previous, request) ? previous?.summary : undefined, error: failure }));
      },
    );
    return () => controller.abort();
  }, [client, room, source, userId, viaKey, generation, enabled]);

  const refetch = useCallback(() => setGeneration((value) => value + 1), []);

  if (!enabled) return { status: "idle", summary: undefined, error: undefined, refetch };
  const request: Request = { client, room, source, userId, viaKey, generation };
  const current =
    settled !== undefined &&
    sameRoom(settled, request) &&
    settled.userId === userId &&
    settled.viaKey === viaKey &&
    settled.generation === generation;
  const summary = sameRoom(settled, request) ? settled?.summary : undefined;
  if (!current) return { status: "loading", summary, error: undefined, refetch };
  if (settled.error) return { status: "error", summary, error: settled.error, refetch };
  return { status: "success", summary, error: undefined, refetch };
}

/** Reads the room from the request's source and parses the answer (the parsers never throw). */
async function fetchSummary(request: Request, signal: AbortSignal): Promise<RoomSummary | RoomPreview> {
  const { client, room, source, userId } = request;
  switch (source) {
    case "live_state": {
      const state = await client.getRoomState(room, { signal });
      return summarizeRoomState(state, { userId: userId ?? "", roomId: room });
    }
    case "room_summary": {
      const via = JSON.parse(request.viaKey) as string[];
      return parseRoomPreview(await client.getRoomSummary(room, via.length > 0 ? { via, signal } : { signal }));
    }
    default:
      return source satisfies never;
  }
}

/** Whether `settled` describes the same room, read the same way, through the same client. */
function sameRoom(settled: Settled | undefined, request: Request): boolean {
  return settled !== undefined && settled.client === request.client && settled.room === request.room && settled.source === request.source;
}

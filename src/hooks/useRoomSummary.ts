/**
 * The live summary of a room the user has joined: `GET /rooms/{roomId}/state` run through
 * `summarizeRoomState` (trusted). Refetchable; the request is aborted when the room
 * changes or the component unmounts, and only the latest request may set the state.
 */
import { useCallback, useEffect, useState } from "react";
import { toMembershipError } from "../core/client/errors";
import type { MembershipClient, MembershipErrorCode } from "../core/client/types";
import { summarizeRoomState } from "../core/summary";
import type { RoomSummary } from "../core/types";

/** Options of {@link useRoomSummary}. */
export interface UseRoomSummaryOptions {
  /** Whose membership the summary describes; `client.userId` by default. */
  userId?: string;
  /** Set to `false` to fetch nothing (e.g. while the user is only invited: `/state` would 403). */
  enabled?: boolean;
}

/** Where the live summary stands: `idle` when disabled, `loading` while a request is in flight. */
export type RoomSummaryStatus = "idle" | "loading" | "success" | "error";

/** Why the live summary could not be fetched. */
export interface RoomSummaryError {
  /** What went wrong; only the view turns it into words. */
  code: MembershipErrorCode;
  /** For `rate_limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
}

/** What {@link useRoomSummary} returns. */
export interface UseRoomSummaryResult {
  /** Where the request stands. */
  status: RoomSummaryStatus;
  /**
   * The live summary (`trusted: true`). While a refetch of the same room runs, the previous
   * summary stays here (status `loading`); it is never a summary of another room.
   */
  summary: RoomSummary | undefined;
  /** Why the last request failed, when `status` is `error`. */
  error: RoomSummaryError | undefined;
  /** Fetches the state again; the answer of any earlier request is then ignored. */
  refetch: () => void;
}

/** The answer to one request, tagged with what was asked so stale answers can be told apart. */
interface Settled {
  client: MembershipClient;
  roomId: string;
  userId: string | undefined;
  generation: number;
  summary?: RoomSummary;
  error?: RoomSummaryError;
}

/**
 * Fetches and summarises the live state of `roomId`. `status` is derived from which
 * request the last answer belongs to, so no effect ever copies state around.
 *
 * `client` must be a stable object (created once, not during render): the state is fetched
 * again whenever the client object changes.
 */
export function useRoomSummary(
  client: MembershipClient,
  roomId: string | undefined,
  options: UseRoomSummaryOptions = {},
): UseRoomSummaryResult {
  const userId = options.userId ?? client.userId;
  const enabled = options.enabled !== false && roomId !== undefined && roomId !== "";
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled | undefined>(undefined);

  useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    const request = { client, roomId, userId, generation };
    client.getRoomState(roomId, { signal: controller.signal }).then(
      (state) => {
        if (controller.signal.aborted) return;
        setSettled({ ...request, summary: summarizeRoomState(state, { userId: userId ?? "", roomId }) });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // An abort this hook did not ask for (the client shutting down) must not leave the
        // status at "loading" for ever: it reads as a network failure, with refetch.
        const info = toMembershipError(error, "state") ?? { code: "network" as const };
        const failure: RoomSummaryError = { code: info.code };
        if (info.retryAfterMs !== undefined) failure.retryAfterMs = info.retryAfterMs;
        setSettled((previous) => ({ ...request, summary: sameRoom(previous, client, roomId) ? previous?.summary : undefined, error: failure }));
      },
    );
    return () => controller.abort();
  }, [client, roomId, userId, generation, enabled]);

  const refetch = useCallback(() => setGeneration((value) => value + 1), []);

  if (!enabled) return { status: "idle", summary: undefined, error: undefined, refetch };
  const current =
    settled !== undefined &&
    settled.client === client &&
    settled.roomId === roomId &&
    settled.userId === userId &&
    settled.generation === generation;
  const summary = sameRoom(settled, client, roomId) ? settled?.summary : undefined;
  if (!current) return { status: "loading", summary, error: undefined, refetch };
  if (settled.error) return { status: "error", summary, error: settled.error, refetch };
  return { status: "success", summary, error: undefined, refetch };
}

function sameRoom(settled: Settled | undefined, client: MembershipClient, roomId: string | undefined): boolean {
  return settled !== undefined && settled.client === client && settled.roomId === roomId;
}

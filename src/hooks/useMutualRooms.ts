/**
 * The rooms the user shares with someone (`client.getMutualRooms`), fetched for a component:
 * the answer `assessInvite` takes as `sharedRoomIds`. The request is aborted when the user or
 * client changes or the component unmounts, and only the latest request may set the state.
 */
import { useCallback, useEffect, useState } from "react";
import { toMembershipError } from "../core/client/errors";
import type { MembershipClient, MutualRooms } from "../core/client/types";
import { isRoomId, isUserId } from "../core/identifiers";
import type { RoomSummaryError } from "./useRoomSummary";

/** Options of {@link useMutualRooms}. */
export interface UseMutualRoomsOptions {
  /** Set to `false` to fetch nothing. */
  enabled?: boolean;
}

/**
 * Where the answer stands: `idle` when disabled (or asked about the user themself or an
 * invalid ID), `loading`, `success`, `unsupported` (the client or the server lacks the
 * endpoint: use the host's known users instead) or `error`.
 */
export type MutualRoomsStatus = "idle" | "loading" | "success" | "unsupported" | "error";

/** What {@link useMutualRooms} returns. */
export interface UseMutualRoomsResult {
  /** Where the request stands. */
  status: MutualRoomsStatus;
  /** The shared rooms' IDs, once the server answered (status `success`). */
  roomIds: string[] | undefined;
  /** How many rooms the server says are shared (status `success`). */
  count: number | undefined;
  /** Why the request failed (status `error`). */
  error: RoomSummaryError | undefined;
  /** Asks again; the answer of any earlier request is then ignored. */
  refetch: () => void;
}

interface Settled {
  client: MembershipClient;
  userId: string;
  generation: number;
  answer?: MutualRooms;
  error?: RoomSummaryError;
}

/**
 * Fetches the rooms the signed-in user shares with `userId` (`GET /mutual_rooms`, every
 * page). `client` must be a stable object (created once, not during render).
 */
export function useMutualRooms(client: MembershipClient, userId: string | undefined, options: UseMutualRoomsOptions = {}): UseMutualRoomsResult {
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled | undefined>(undefined);
  const refetch = useCallback(() => setGeneration((value) => value + 1), []);
  const supported = typeof client.getMutualRooms === "function";
  const enabled = options.enabled !== false && isUserId(userId) && userId !== client.userId;

  useEffect(() => {
    if (!enabled || !supported || userId === undefined) return undefined;
    const controller = new AbortController();
    const request = { client, userId, generation };
    Promise.resolve()
      .then(() => client.getMutualRooms!(userId, { signal: controller.signal }))
      .then(
        (answer) => {
          if (!controller.signal.aborted) setSettled({ ...request, answer: readAnswer(answer) });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const info = toMembershipError(error, "other") ?? { code: "network" as const };
          const failure: RoomSummaryError = { code: info.code };
          if (info.retryAfterMs !== undefined) failure.retryAfterMs = info.retryAfterMs;
          setSettled({ ...request, error: failure });
        },
      );
    return () => controller.abort();
  }, [client, userId, generation, enabled, supported]);

  const empty = { roomIds: undefined, count: undefined, error: undefined, refetch };
  if (!enabled) return { status: "idle", ...empty };
  if (!supported) return { status: "unsupported", ...empty };
  const current = settled !== undefined && settled.client === client && settled.userId === userId && settled.generation === generation;
  if (!current) return { status: "loading", ...empty };
  if (settled.error !== undefined) return { status: "error", ...empty, error: settled.error };
  if (settled.answer === undefined || !settled.answer.supported) return { status: "unsupported", ...empty };
  return { status: "success", roomIds: settled.answer.roomIds, count: settled.answer.count, error: undefined, refetch };
}

/**
 * The client's answer, checked once as it arrives: the host's own client may hand back
 * anything (`null` included). Not an answer that says `supported: true` reads as unsupported;
 * only valid room IDs are kept, and a count that is not a whole number becomes theirs.
 */
function readAnswer(answer: unknown): MutualRooms {
  try {
    const { supported, roomIds, count, complete } = (typeof answer === "object" && answer !== null ? answer : {}) as Record<string, unknown>;
    if (supported !== true) return { supported: false };
    const valid = Array.isArray(roomIds) ? roomIds.filter((roomId): roomId is string => isRoomId(roomId)) : [];
    return {
      supported: true,
      roomIds: valid,
      count: typeof count === "number" && Number.isSafeInteger(count) && count >= valid.length ? count : valid.length,
      complete: complete !== false,
    };
  } catch {
    // A getter that throws: nothing usable was said.
    return { supported: false };
  }
}

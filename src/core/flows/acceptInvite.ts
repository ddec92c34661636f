/**
 * Accepting an invite: join, then read the room's live state. What the invite said about
 * the room was chosen by a remote server and may be stale (the room can be renamed after
 * the invite), so the summary returned is always built from the live state.
 */
import { toMembershipActionError } from "../client/errors";
import { throwIfAborted } from "../client/signals";
import type { JoinOptions, MembershipClient } from "../client/types";
import { isRoomId } from "../identifiers";
import { summarizeRoomState } from "../summary";
import type { RoomSummary } from "../types";
import { pickViaServers } from "./via";

/** Options of {@link acceptInvite}. */
export interface AcceptInviteOptions {
  /** The room the user is invited to. */
  roomId: string;
  /** The signed-in user (the invitee): whose membership the summary describes. */
  userId: string;
  /** Extra servers to join through; merged with those picked from `inviteState`. */
  via?: readonly string[];
  /** The raw `invite_state`, used only to pick `via` servers (inviter's server; creator's server for v12 IDs). */
  inviteState?: unknown;
  /** Optional reason sent with the join. */
  reason?: string;
  /** Retry after "joined but live state unavailable": skip the join, only fetch the state. */
  alreadyJoined?: boolean;
  /** Cancels the flow; it then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** The calls {@link acceptInvite} makes. */
export type AcceptInviteClient = Pick<MembershipClient, "joinRoom" | "getRoomState">;

/**
 * Joins the room (`POST /join/{roomId}` with `via`) and fetches its live state
 * (`GET /rooms/{roomId}/state`): exactly two requests. Resolves with
 * `summarizeRoomState(…)`, marked `trusted: true`.
 *
 * Rejects with a `MembershipActionError`: action `"join"` when the join failed (nothing
 * else was sent); action `"state"` when the join succeeded but the state could not be read
 * — the user IS joined, and a retry with `alreadyJoined: true` only refetches the state.
 * A cancellation rejects with the `AbortError` itself.
 */
export async function acceptInvite(client: AcceptInviteClient, options: AcceptInviteOptions): Promise<RoomSummary> {
  const { roomId, userId, signal } = options;
  if (!isRoomId(roomId)) throw new TypeError("acceptInvite: roomId is not a valid room ID");
  throwIfAborted(signal);

  if (options.alreadyJoined !== true) {
    const joinOptions: JoinOptions = { signal };
    const via = pickViaServers(roomId, options.inviteState, options.via, { userId });
    if (via.length > 0) joinOptions.via = via;
    if (options.reason !== undefined) joinOptions.reason = options.reason;
    try {
      await client.joinRoom(roomId, joinOptions);
    } catch (error) {
      throw toMembershipActionError(error, "join");
    }
  }

  let state: unknown[];
  try {
    state = await client.getRoomState(roomId, { signal });
  } catch (error) {
    throw toMembershipActionError(error, "state");
  }
  return summarizeRoomState(state, { userId, roomId });
}

/**
 * What the user can do about a room they are no longer in: join it again, or forget it so it
 * leaves their room list for good. `MembershipNotice` offers both; `InvitePreview` forgets a
 * room whose invite turned out to be gone.
 */
import { toMembershipActionError } from "../client/errors";
import { throwIfAborted } from "../client/signals";
import type { JoinOptions, MembershipClient } from "../client/types";
import { isRoomId, isServerName } from "../identifiers";

/** Options of {@link rejoinRoom}. */
export interface RejoinRoomOptions {
  /** The room left. */
  roomId: string;
  /** Servers to join through (a server still in the room: the remover's, the room ID's). */
  via?: readonly string[];
  /** Cancels the request; the call then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** Options of {@link forgetRoom}. */
export interface ForgetRoomOptions {
  /** The room left (or whose invite is gone). */
  roomId: string;
  /** Cancels the request; the call then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/**
 * `POST /join/{roomId}` for a room the user left or was removed from. Whether the join rules
 * let them back in only the server knows (a restricted room checks its `allow` list), so a
 * refusal is an ordinary answer: it rejects with a `MembershipActionError` of action
 * `"join"` (e.g. `forbidden`). Resolves with the room ID joined.
 */
export async function rejoinRoom(client: Pick<MembershipClient, "joinRoom">, options: RejoinRoomOptions): Promise<{ roomId: string }> {
  const { roomId, signal } = options;
  if (!isRoomId(roomId)) throw new TypeError("rejoinRoom: roomId is not a valid room ID");
  throwIfAborted(signal);
  const via = [...new Set((options.via ?? []).filter((server) => isServerName(server)))];
  const joinOptions: JoinOptions = {};
  if (via.length > 0) joinOptions.via = via;
  if (signal) joinOptions.signal = signal;
  try {
    return await client.joinRoom(roomId, Object.keys(joinOptions).length > 0 ? joinOptions : undefined);
  } catch (error) {
    throw toMembershipActionError(error, "join");
  }
}

/**
 * `POST /rooms/{roomId}/forget`: the room leaves the user's room list for good (only for a
 * room they are not in). Rejects with a `MembershipActionError` of action `"forget"`.
 */
export async function forgetRoom(client: Pick<MembershipClient, "forgetRoom">, options: ForgetRoomOptions): Promise<void> {
  const { roomId, signal } = options;
  if (!isRoomId(roomId)) throw new TypeError("forgetRoom: roomId is not a valid room ID");
  throwIfAborted(signal);
  try {
    await client.forgetRoom(roomId, signal ? { signal } : undefined);
  } catch (error) {
    throw toMembershipActionError(error, "forget");
  }
}

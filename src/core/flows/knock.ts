/**
 * Knocking (asking to join) and cancelling a knock. An accepted knock arrives as an
 * ordinary invite, which `acceptInvite` then accepts.
 */
import { toMembershipActionError } from "../client/errors";
import { throwIfAborted } from "../client/signals";
import type { JoinOptions, MembershipClient, ReasonOptions } from "../client/types";
import { isRoomAlias, isRoomId, isServerName } from "../identifiers";

/** Options of {@link knock}. */
export interface KnockOptions {
  /** The room ID or alias to knock on. */
  roomIdOrAlias: string;
  /** Servers to knock through (needed for a room ID the user's server is not in). */
  via?: readonly string[];
  /** Optional reason the room's moderators see. */
  reason?: string;
  /** Cancels the request; the call then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** Options of {@link cancelKnock}. */
export interface CancelKnockOptions {
  /** The room knocked on. */
  roomId: string;
  /** Optional reason. */
  reason?: string;
  /** Cancels the request; the call then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/**
 * `POST /knock/{roomIdOrAlias}`: resolves with the room ID knocked on. Rejects with a
 * `MembershipActionError` of action `"knock"` (e.g. `room_not_found` for an unknown alias,
 * `forbidden` when the join rule does not allow knocking).
 */
export async function knock(client: Pick<MembershipClient, "knockRoom">, options: KnockOptions): Promise<{ roomId: string }> {
  const { roomIdOrAlias, signal } = options;
  if (!isRoomId(roomIdOrAlias) && !isRoomAlias(roomIdOrAlias)) throw new TypeError("knock: not a valid room ID or alias");
  throwIfAborted(signal);
  const knockOptions: JoinOptions = { signal };
  const via = [...new Set((options.via ?? []).filter((server) => isServerName(server)))];
  if (via.length > 0) knockOptions.via = via;
  if (options.reason !== undefined) knockOptions.reason = options.reason;
  try {
    return await client.knockRoom(roomIdOrAlias, knockOptions);
  } catch (error) {
    throw toMembershipActionError(error, "knock");
  }
}

/**
 * Withdraws a pending knock (`POST /rooms/{roomId}/leave`). Rejects with a
 * `MembershipActionError` of action `"cancel_knock"`.
 */
export async function cancelKnock(client: Pick<MembershipClient, "leaveRoom">, options: CancelKnockOptions): Promise<void> {
  const { roomId, signal } = options;
  if (!isRoomId(roomId)) throw new TypeError("cancelKnock: roomId is not a valid room ID");
  throwIfAborted(signal);
  const leaveOptions: ReasonOptions = { signal };
  if (options.reason !== undefined) leaveOptions.reason = options.reason;
  try {
    await client.leaveRoom(roomId, leaveOptions);
  } catch (error) {
    throw toMembershipActionError(error, "cancel_knock");
  }
}

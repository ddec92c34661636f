/**
 * Accepting an invite: join, record a direct chat, then read the room's live state. What the
 * invite said about the room was chosen by a remote server and may be stale (the room can be
 * renamed after the invite), so the summary returned is always built from the live state.
 */
import { writeSetting } from "../accountData";
import { directRooms } from "../accountDataSettings";
import { MembershipActionError, toMembershipActionError } from "../client/errors";
import { throwIfAborted } from "../client/signals";
import type { JoinOptions, MembershipClient } from "../client/types";
import { isRoomId, isUserId } from "../identifiers";
import { summarizeInvite, summarizeRoomState } from "../summary";
import type { RoomSummary } from "../types";
import { viaServersOf } from "./via";

/** What {@link acceptInvite} reads from the invite's summary: who sent it, whether it is a direct chat, who created the room. */
export type AcceptedInvite = Pick<RoomSummary, "inviter" | "isDirect" | "creators">;

/** Options of {@link acceptInvite}. */
export interface AcceptInviteOptions {
  /** The room the user is invited to. */
  roomId: string;
  /** The signed-in user (the invitee): whose membership the summary describes. */
  userId: string;
  /**
   * The invite's summary (a store entry's `summary`, or `summarizeInvite(…)`): it names the
   * servers to join through and tells whether the invite is a direct chat. Read before
   * `inviteState`.
   */
  invite?: AcceptedInvite;
  /** The raw `invite_state`, summarised when `invite` is absent (untrusted; never throws). */
  inviteState?: unknown;
  /** Extra servers to join through, after those the invite names. */
  via?: readonly string[];
  /** Optional reason sent with the join. */
  reason?: string;
  /** Retry after "joined but live state unavailable": skip the join, only fetch the state. */
  alreadyJoined?: boolean;
  /** Cancels the flow (the join and the state read); it then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /**
   * Cancels only the live-state read. The join and the `m.direct` write are never cut by it:
   * aborting a write does not undo it on the server, it only hides its outcome. Pass the
   * signal of the screen that waits for the answer.
   */
  readSignal?: AbortSignal;
  /**
   * Called when recording the direct chat in `m.direct` failed. That write is best effort:
   * it never fails or delays the accept, so this is the only place its failure shows.
   */
  onDirectRoomError?(error: unknown): void;
}

/** The calls {@link acceptInvite} makes (account data only for a direct chat). */
export type AcceptInviteClient = Pick<MembershipClient, "joinRoom" | "getRoomState" | "getAccountData" | "setAccountData">;

/**
 * Joins the room (`POST /join/{roomId}` with `via`: the order of `pickViaServers`) and fetches its live
 * state (`GET /rooms/{roomId}/state`). Resolves with `summarizeRoomState(…)`, marked
 * `trusted: true`.
 *
 * For a direct chat (the `is_direct` of the user's own invite, from a known inviter who is
 * not the user) the room is then listed under the inviter in `m.direct`, keeping the other
 * entries, as the spec asks of the invitee's client. That write starts as soon as the join
 * succeeds, also when the state read then fails; it is never aborted, never awaited, and its
 * failure goes to `onDirectRoomError` only.
 *
 * A join whose answer was lost (a network failure after sending, or a timeout) may have
 * worked all the same: the live state is then read, and when it says the user is joined the
 * accept resolves as if the answer had arrived.
 *
 * Rejects with a `MembershipActionError`: action `"join"` when the join failed (nothing
 * else was sent, or the live state read after a lost answer did not show the user joined);
 * action `"state"` when the join succeeded but the state could not be read
 * — the user IS joined, and a retry with `alreadyJoined: true` only refetches the state.
 * A cancellation rejects with the `AbortError` itself.
 */
export async function acceptInvite(client: AcceptInviteClient, options: AcceptInviteOptions): Promise<RoomSummary> {
  const { roomId, userId, signal } = options;
  if (!isRoomId(roomId)) throw new TypeError("acceptInvite: roomId is not a valid room ID");
  throwIfAborted(signal);

  if (options.alreadyJoined !== true) {
    const invite = options.invite ?? summarizeInvite(options.inviteState, { userId, roomId });
    const joinOptions: JoinOptions = { signal };
    const via = viaServersOf(roomId, invite, options.via);
    if (via.length > 0) joinOptions.via = via;
    if (options.reason !== undefined) joinOptions.reason = options.reason;
    try {
      await client.joinRoom(roomId, joinOptions);
    } catch (error) {
      const failure = toMembershipActionError(error, "join");
      const live = await joinedDespiteLostAnswer(client, failure, options);
      if (live === undefined) throw failure;
      recordDirectRoom(client, invite, options);
      return live;
    }
    recordDirectRoom(client, invite, options);
  }

  const readSignal = readSignalOf(options);
  let state: unknown[];
  try {
    state = await client.getRoomState(roomId, { signal: readSignal });
  } catch (error) {
    throw toMembershipActionError(error, "state");
  }
  return summarizeRoomState(state, { userId, roomId });
}

function readSignalOf(options: AcceptInviteOptions): AbortSignal | undefined {
  const { signal, readSignal } = options;
  return signal && readSignal ? AbortSignal.any([signal, readSignal]) : (readSignal ?? signal);
}

/**
 * A join whose answer was lost (the connection dropped after sending, or timed out) may
 * still have worked on the server. Before reporting the failure, ask the server: when the
 * live state says the user is joined, the accept succeeded, and the summary is returned.
 * Anything else (not joined, the read failing, a cancellation) keeps the join's failure.
 */
async function joinedDespiteLostAnswer(
  client: AcceptInviteClient,
  failure: Error,
  options: AcceptInviteOptions,
): Promise<RoomSummary | undefined> {
  if (!(failure instanceof MembershipActionError) || failure.requestMayHaveReachedServer !== true) return undefined;
  const signal = readSignalOf(options);
  if (signal?.aborted === true) return undefined;
  try {
    const live = summarizeRoomState(await client.getRoomState(options.roomId, { signal }), {
      userId: options.userId,
      roomId: options.roomId,
    });
    return live.membership === "join" ? live : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The direct-chat rule (spec: "Direct Messaging"): when the user's own invite says
 * `is_direct`, the invitee's client adds the room to `m.direct` under the inviter. Skipped
 * when the inviter is unknown or is the user.
 */
function recordDirectRoom(client: AcceptInviteClient, invite: AcceptedInvite, options: AcceptInviteOptions): void {
  const inviterId = readInviterId(invite);
  if (invite.isDirect !== true || !isUserId(inviterId) || inviterId === options.userId) return;
  const report = (error: unknown) => {
    try {
      options.onDirectRoomError?.(error);
    } catch {
      // A throwing callback must not turn a joined room into an unhandled rejection.
    }
  };
  try {
    writeSetting(client, directRooms, { userId: inviterId, add: options.roomId }).catch(report);
  } catch (error) {
    report(error);
  }
}

function readInviterId(invite: AcceptedInvite): unknown {
  try {
    return invite.inviter?.userId;
  } catch {
    return undefined;
  }
}

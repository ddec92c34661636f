/**
 * Acting on another member: invite, remove (kick), ban, unban. Offered and sent only where
 * the room version's authorization rules allow it over the live state, and always followed
 * by a read of the live state, so what the UI then shows is the server's answer, not a guess.
 */
import { getMemberActions } from "../authorization";
import { MembershipActionError, toMembershipActionError } from "../client/errors";
import { throwIfAborted } from "../client/signals";
import type { MembershipClient, ReasonOptions } from "../client/types";
import { isRoomId } from "../identifiers";
import { isPlainObject, ownProperty } from "../strippedState";
import type { Membership } from "../types";

/** An action on a member: `kick` also withdraws an invite and declines a knock; `invite` also accepts a knock. */
export type MemberAction = "invite" | "kick" | "ban" | "unban";

/** Options of {@link runMemberAction}. */
export interface RunMemberActionRequest {
  /** The room. */
  roomId: string;
  /** The signed-in user, who acts. */
  actorId: string;
  /** The member acted on. */
  targetId: string;
  /** What to do. */
  action: MemberAction;
  /** Reason everyone in the room can read; trimmed, and left out when blank. */
  reason?: string;
  /** The room's live state the decision is made on (`GET /rooms/{roomId}/state`). */
  stateEvents: readonly unknown[];
  /**
   * Cancels only the live-state read after the action. The action itself is a write and is
   * never aborted: aborting would not undo it on the server, only hide its outcome.
   */
  readSignal?: AbortSignal;
  /** Called once the action's request succeeded, before the live state is read. */
  onSent?(): void;
}

/** What {@link runMemberAction} resolves with. */
export interface MemberActionResult {
  /** The room's live state read after the action: what the server holds now. */
  stateEvents: unknown[];
}

/** The calls {@link runMemberAction} makes. */
export type MemberActionClient = Pick<MembershipClient, "inviteUser" | "kickUser" | "banUser" | "unbanUser" | "getRoomState">;

/** Why {@link runMemberAction} sent nothing: the authorization rules do not allow the action. */
export class MemberActionNotAllowedError extends Error {
  /** The class name, for logs and `error.name` checks across bundles (where `instanceof` fails). */
  override name = "MemberActionNotAllowedError";
  /** The refused action. */
  readonly action: MemberAction;
  constructor(request: Pick<RunMemberActionRequest, "action" | "actorId" | "targetId" | "roomId">) {
    super(`runMemberAction: the room's rules do not allow ${request.actorId} to ${request.action} ${request.targetId} in ${request.roomId}`);
    this.action = request.action;
  }
}

/**
 * A member action whose request failed in a way that may still have taken effect (the
 * connection dropped after sending). The flow read the live state anyway: `stateEvents`
 * shows whether the action happened.
 */
export class UncertainMemberActionError extends MembershipActionError {
  /** The class name, for logs and `error.name` checks across bundles (where `instanceof` fails). */
  override readonly name: string = "UncertainMemberActionError";
  /** The live state read after the failure. */
  readonly stateEvents: unknown[];
  constructor(failure: MembershipActionError, stateEvents: unknown[]) {
    super({
      code: failure.code,
      action: failure.action,
      retryAfterMs: failure.retryAfterMs,
      softLogout: failure.softLogout,
      requestMayHaveReachedServer: failure.requestMayHaveReachedServer,
      cause: failure.cause,
      message: failure.message,
    });
    this.stateEvents = stateEvents;
  }
}

/** Whether the rules allow `actorId` to take `action` on `targetId` over `stateEvents` (see `getMemberActions`). */
export function isMemberActionAllowed(stateEvents: unknown, actorId: string, targetId: string, action: MemberAction): boolean {
  return getMemberActions(stateEvents, actorId, targetId)[action];
}

/**
 * Runs one member action, then reads the live state and resolves with it:
 * - refuses with {@link MemberActionNotAllowedError}, sending nothing, when
 *   `getMemberActions` over `stateEvents` does not allow it;
 * - the reason is trimmed, and left out when blank;
 * - a failed action rejects with a `MembershipActionError` of the action's name; when the
 *   request may have reached the server, the live state is read first and the rejection is
 *   an {@link UncertainMemberActionError} carrying it;
 * - when the action worked but the state read failed, it rejects with a
 *   `MembershipActionError` of action `"state"` (do not repeat the action: read again).
 * A cancelled read rejects with the `AbortError`; after `readSignal` aborts, no read is sent.
 */
export async function runMemberAction(client: MemberActionClient, request: RunMemberActionRequest): Promise<MemberActionResult> {
  const { roomId, targetId, action, readSignal } = request;
  if (!isRoomId(roomId)) throw new TypeError("runMemberAction: roomId is not a valid room ID");
  if (!isMemberActionAllowed(request.stateEvents, request.actorId, targetId, action)) throw new MemberActionNotAllowedError(request);
  const reason = typeof request.reason === "string" ? request.reason.trim() : "";
  const options: ReasonOptions = reason === "" ? {} : { reason };
  try {
    await send(client, action, roomId, targetId, options);
  } catch (error) {
    const failure = toMembershipActionError(error, action);
    if (failure instanceof MembershipActionError && failure.requestMayHaveReachedServer === true && readSignal?.aborted !== true) {
      const stateEvents = await client.getRoomState(roomId, { signal: readSignal }).catch(() => undefined);
      if (stateEvents !== undefined) throw new UncertainMemberActionError(failure, stateEvents);
    }
    throw failure;
  }
  request.onSent?.();
  throwIfAborted(readSignal);
  try {
    return { stateEvents: await client.getRoomState(roomId, { signal: readSignal }) };
  } catch (error) {
    throw toMembershipActionError(error, "state");
  }
}

function send(client: MemberActionClient, action: MemberAction, roomId: string, userId: string, options: ReasonOptions): Promise<void> {
  switch (action) {
    case "invite":
      return client.inviteUser(roomId, userId, options);
    case "kick":
      return client.kickUser(roomId, userId, options);
    case "ban":
      return client.banUser(roomId, userId, options);
    case "unban":
      return client.unbanUser(roomId, userId, options);
    default:
      return action satisfies never;
  }
}

/**
 * The target's membership in live state events, read defensively: `leave` when the state
 * holds no member event for them, `invalid` when it holds one with a membership the spec
 * does not define.
 */
export function readTargetMembership(stateEvents: readonly unknown[], userId: string): Membership | "invalid" {
  let found: Membership | "invalid" = "leave";
  for (const event of stateEvents) {
    if (!isPlainObject(event) || event.type !== "m.room.member" || event.state_key !== userId) continue;
    const content = event.content;
    const membership = isPlainObject(content) ? ownProperty(content, "membership") : undefined;
    found =
      membership === "invite" || membership === "join" || membership === "leave" || membership === "ban" || membership === "knock"
        ? membership
        : "invalid";
  }
  return found;
}

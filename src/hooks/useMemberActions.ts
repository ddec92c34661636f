/**
 * Invite, remove, ban and unban one member of a room in React: a thin
 * `useSyncExternalStore` adapter over the core's member-actions observer
 * (`createMemberActions`); the rules are the `runMemberAction` flow's.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { createMemberActions } from "../core/actions/memberActions";
import type { MemberActionCallbacks, MemberActionState, MemberActionStatus } from "../core/actions/memberActions";
import { getMemberActions } from "../core/authorization";
import type { AllowedMemberActions } from "../core/authorization";
import type { MembershipClient } from "../core/client/types";
import { readTargetMembership, type MemberAction } from "../core/flows/memberAction";
import type { Membership } from "../core/types";

export type { MemberActionCallbacks, MemberActionError, MemberActionState, MemberActionStatus } from "../core/actions/memberActions";
export type { MemberAction } from "../core/flows/memberAction";

/** The room the actions apply to, with its live state. */
export interface MemberRoomState {
  /** The room ID. */
  roomId: string;
  /**
   * The live state events (`GET /rooms/{roomId}/state` or the `/sync` state). Keep the array
   * identity stable while it does not change: a new array replaces the state the hook
   * fetched after its last action.
   */
  events: readonly unknown[];
}

/** Options of one action. */
export interface RunMemberActionOptions {
  /** Reason sent with the action; everyone in the room can read it. */
  reason?: string;
}

/** What {@link useMemberActions} returns. */
export interface UseMemberActionsResult {
  /** The full state (status, action, error). */
  state: MemberActionState;
  /** Shorthand for `state.status`. */
  status: MemberActionStatus;
  /** Which actions the rules allow the actor on the target, from the latest live state. */
  allowed: AllowedMemberActions;
  /** The target's membership in the latest live state (`leave` when absent). */
  targetMembership: Membership | "invalid";
  /** The latest live state: fetched after the last action, or the `roomState` passed in. */
  stateEvents: readonly unknown[];
  /** Whether an action or its state read is in flight (new actions are ignored). */
  isPending: boolean;
  /** Runs an action; ignored while another runs or when the rules do not allow it. */
  run(action: MemberAction, options?: RunMemberActionOptions): void;
  /** Reads the live state again after the read that follows an action failed (`step: "state"`); ignored otherwise. */
  refresh(): void;
  /** Back to `idle`; the answer of anything in flight is then ignored. */
  reset(): void;
}

/**
 * Member actions for `actorId` on `targetId` in the room of `roomState`: `allowed` comes from
 * `getMemberActions` over the latest live state; a second `run` while one is in flight is
 * ignored; after the action the live state is read again and reported through
 * `onStateChange` (when that read fails, `error.step` is `state` and `refresh()` reads it
 * again, never repeating the action); a network failure that may have reached the server
 * still reads the state; after unmount nothing updates, no callback runs, and the state
 * read is aborted (the action, a write, is not). The state shown is the latest call's
 * (also when `targetId` changed since, as in a form): call `reset()` to start afresh.
 */
export function useMemberActions(
  client: MembershipClient,
  roomState: MemberRoomState,
  actorId: string,
  targetId: string,
  callbacks: MemberActionCallbacks = {},
): UseMemberActionsResult {
  const roomId = roomState.roomId;
  const [actions] = useState(() => createMemberActions(client, callbacks));
  useEffect(() => {
    actions.setClient(client);
    actions.setCallbacks(callbacks);
  });
  const { state, fetched } = useSyncExternalStore(actions.subscribe, actions.getSnapshot, actions.getSnapshot);
  const stateEvents = fetched !== undefined && fetched.basis === roomState.events && fetched.roomId === roomId ? fetched.events : roomState.events;
  const allowed = useMemo(() => getMemberActions(stateEvents, actorId, targetId), [stateEvents, actorId, targetId]);
  const targetMembership = useMemo(() => readTargetMembership(stateEvents, targetId), [stateEvents, targetId]);

  const latest = useRef({ target: { roomId, actorId, targetId }, room: { stateEvents, basis: roomState.events } });
  useEffect(() => {
    latest.current = { target: { roomId, actorId, targetId }, room: { stateEvents, basis: roomState.events } };
  });
  const run = useCallback(
    (action: MemberAction, options: RunMemberActionOptions = {}) => actions.run(latest.current.target, action, latest.current.room, options.reason),
    [actions],
  );
  const refresh = useCallback(() => actions.refresh(latest.current.room.basis), [actions]);

  const isPending = state.status === "pending" || state.status === "refreshing";
  return { state, status: state.status, allowed, targetMembership, stateEvents, isPending, run, refresh, reset: actions.reset };
}

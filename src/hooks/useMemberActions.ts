/**
 * Invite, remove, ban and unban one member of a room, offered only where the spec's
 * authorization rules allow it (`getMemberActions` over the room's live state), then the
 * live state is read again (`GET /rooms/{roomId}/state`) so what the UI shows is the
 * server's answer, not an optimistic guess.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { getMemberActions } from "../core/authorization";
import type { AllowedMemberActions } from "../core/authorization";
import { toMembershipError } from "../core/client/errors";
import type { MembershipClient, MembershipErrorCode } from "../core/client/types";
import { isPlainObject, ownProperty } from "../core/strippedState";
import type { Membership } from "../core/types";

/** An action on a member: `kick` also withdraws an invite and declines a knock; `invite` also accepts a knock. */
export type MemberAction = "invite" | "kick" | "ban" | "unban";

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

/** A failed action, as a code for the view. */
export interface MemberActionError {
  /** What went wrong; only the view turns it into words. */
  code: MembershipErrorCode;
  /** `state` when the action worked but reading the live state afterwards failed. */
  step: "action" | "state";
  /** For `rate_limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
  /**
   * For `network`: the request may have reached the server and taken effect. The hook then
   * still reads the live state, so the buttons show what the server holds.
   */
  requestMayHaveReachedServer?: boolean;
}

/** Where the member actions stand. */
export type MemberActionState =
  | { status: "idle" }
  | { status: "pending"; action: MemberAction }
  | { status: "refreshing"; action: MemberAction }
  | { status: "succeeded"; action: MemberAction }
  | { status: "error"; action: MemberAction; error: MemberActionError };

/** The status of {@link MemberActionState}. */
export type MemberActionStatus = MemberActionState["status"];

/** Called for the current call only, never after unmount. */
export interface MemberActionCallbacks {
  /** The live state was read again after an action (or a refresh): update your member list. */
  onStateChange?(events: readonly unknown[]): void;
  /** The action worked and the live state was read. */
  onSuccess?(action: MemberAction): void;
  /** The action, or the state read after it, failed (an abort is not a failure). */
  onError?(error: MemberActionError, action: MemberAction): void;
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

const IDLE: MemberActionState = /* @__PURE__ */ Object.freeze({ status: "idle" });

/** The target's membership in `events`, read defensively. */
function membershipIn(events: readonly unknown[], userId: string): Membership | "invalid" {
  let found: Membership | "invalid" = "leave";
  for (const event of events) {
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

function send(client: MembershipClient, action: MemberAction, roomId: string, userId: string, reason: string | undefined) {
  const options = reason === undefined || reason.trim() === "" ? {} : { reason: reason.trim() };
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

function toError(error: unknown, step: "action" | "state", action: MemberAction): MemberActionError | undefined {
  const info = toMembershipError(error, step === "state" ? "state" : action);
  if (!info) return undefined;
  const failure: MemberActionError = { code: info.code, step };
  if (info.retryAfterMs !== undefined) failure.retryAfterMs = info.retryAfterMs;
  if (step === "action" && info.requestMayHaveReachedServer) failure.requestMayHaveReachedServer = true;
  return failure;
}

/**
 * Member actions for `actorId` on `targetId` in the room of `roomState`. Rules:
 * - `allowed` comes from `getMemberActions` over the latest live state, so it follows the
 *   room version's rules (room version 12 creators included);
 * - a second `run` while one is in flight is ignored; `reset` orphans the call in flight;
 * - after the action the live state is read again (`getRoomState`) and reported through
 *   `onStateChange`; if that read fails, the status is `error` with `step: "state"` and
 *   `refresh()` reads it again (the action itself is never repeated);
 * - a network failure that may have reached the server still reads the live state (the
 *   status stays `error`), so the buttons show whether the action took effect;
 * - after unmount nothing updates and no callback runs; the state read is aborted (a write
 *   already sent is not: aborting would not undo it).
 */
export function useMemberActions(
  client: MembershipClient,
  roomState: MemberRoomState,
  actorId: string,
  targetId: string,
  callbacks: MemberActionCallbacks = {},
): UseMemberActionsResult {
  const [state, setState] = useState<MemberActionState>(IDLE);
  const [fetched, setFetched] = useState<{ basis: readonly unknown[]; roomId: string; events: readonly unknown[] }>();
  const callId = useRef(0);
  const busy = useRef(false);
  const mounted = useRef(true);
  const readController = useRef<AbortController | undefined>(undefined);
  const callbacksRef = useRef(callbacks);
  useEffect(() => {
    callbacksRef.current = callbacks;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      readController.current?.abort();
    };
  }, []);

  const roomId = roomState.roomId;
  const stateEvents =
    fetched !== undefined && fetched.basis === roomState.events && fetched.roomId === roomId ? fetched.events : roomState.events;
  const allowed = useMemo(() => getMemberActions(stateEvents, actorId, targetId), [stateEvents, actorId, targetId]);
  const targetMembership = useMemo(() => membershipIn(stateEvents, targetId), [stateEvents, targetId]);

  const readState = useCallback(
    async (id: number, action: MemberAction) => {
      const isCurrent = () => mounted.current && callId.current === id;
      const controller = new AbortController();
      readController.current?.abort();
      readController.current = controller;
      setState({ status: "refreshing", action });
      const basis = roomState.events;
      try {
        const events = await client.getRoomState(roomId, { signal: controller.signal });
        if (!isCurrent()) return;
        busy.current = false;
        setFetched({ basis, roomId, events });
        setState({ status: "succeeded", action });
        callbacksRef.current.onStateChange?.(events);
        callbacksRef.current.onSuccess?.(action);
      } catch (error) {
        if (!isCurrent()) return;
        const failure = toError(error, "state", action);
        if (!failure) return;
        busy.current = false;
        setState({ status: "error", action, error: failure });
        callbacksRef.current.onError?.(failure, action);
      }
    },
    [client, roomId, roomState.events],
  );

  /** After an ambiguous failure: read the live state without touching the status; a newer call wins. */
  const readQuietly = useCallback(
    (id: number) => {
      const controller = new AbortController();
      readController.current?.abort();
      readController.current = controller;
      const basis = roomState.events;
      client.getRoomState(roomId, { signal: controller.signal }).then(
        (events) => {
          if (!mounted.current || callId.current !== id) return;
          setFetched({ basis, roomId, events });
          callbacksRef.current.onStateChange?.(events);
        },
        () => undefined,
      );
    },
    [client, roomId, roomState.events],
  );

  const run = useCallback(
    (action: MemberAction, options: RunMemberActionOptions = {}) => {
      if (busy.current || !allowed[action]) return;
      busy.current = true;
      const id = ++callId.current;
      const isCurrent = () => mounted.current && callId.current === id;
      setState({ status: "pending", action });
      send(client, action, roomId, targetId, options.reason).then(
        () => {
          if (isCurrent()) void readState(id, action);
        },
        (error: unknown) => {
          if (!isCurrent()) return;
          busy.current = false;
          const failure = toError(error, "action", action) ?? { code: "unknown", step: "action" };
          setState({ status: "error", action, error: failure });
          callbacksRef.current.onError?.(failure, action);
          if (failure.requestMayHaveReachedServer) readQuietly(id);
        },
      );
    },
    [allowed, client, roomId, targetId, readState, readQuietly],
  );

  const refresh = useCallback(() => {
    if (busy.current || state.status !== "error" || state.error.step !== "state") return;
    busy.current = true;
    void readState(++callId.current, state.action);
  }, [readState, state]);

  const reset = useCallback(() => {
    callId.current += 1;
    busy.current = false;
    readController.current?.abort();
    setState(IDLE);
  }, []);

  const isPending = state.status === "pending" || state.status === "refreshing";
  return { state, status: state.status, allowed, targetMembership, stateEvents, isPending, run, refresh, reset };
}

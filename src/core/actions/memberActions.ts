/**
 * Invite, remove, ban and unban one member, through the shared action runner: the state
 * machine behind `useMemberActions` (`MemberActionsObserver`, `InviteUserForm`). The rules (the auth
 * gate, the reason, reading the live state afterwards, even after an ambiguous failure) are
 * the flow's: `runMemberAction`.
 */
import { isAbortError, MembershipActionError, toMembershipError } from "../client/errors";
import type { MembershipClient, MembershipErrorCode } from "../client/types";
import { isMemberActionAllowed, runMemberAction, UncertainMemberActionError, type MemberAction } from "../flows/memberAction";
import { createObserverBase } from "./observer";
import { getActionRunner, type ActionState } from "./runner";

/** A failed action, as a code for the view. */
export interface MemberActionError {
  /** What went wrong; only the view turns it into words. */
  code: MembershipErrorCode;
  /** `state` when the action worked but reading the live state afterwards failed. */
  step: "action" | "state";
  /** For `rate_limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
  /**
   * For `network`: the request may have reached the server and taken effect. The live state
   * was read anyway, so the buttons show what the server holds.
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

/** Called for the observer's own current call only, never once it was left or disposed. */
export interface MemberActionCallbacks {
  /** The live state was read again after an action (or a refresh): update your member list. */
  onStateChange?(events: readonly unknown[]): void;
  /** The action worked and the live state was read. */
  onSuccess?(action: MemberAction): void;
  /** The action, or the state read after it, failed (an abort is not a failure). */
  onError?(error: MemberActionError, action: MemberAction): void;
}

/** The live state read by the observer's latest call, with the host's state it replaces. */
export interface FetchedMemberState {
  /** The host's state events the call started from: the fetched state applies while the host still passes them. */
  basis: readonly unknown[];
  /** The room. */
  roomId: string;
  /** The live state read. */
  events: readonly unknown[];
}

/** A snapshot of the member actions. */
export interface MemberActionsSnapshot {
  /** The full state (status, action, error). */
  state: MemberActionState;
  /** The live state read after the latest action, if any. */
  fetched: FetchedMemberState | undefined;
}

/** The room state an action is decided on: the latest live state, and the host's state it came from. */
export interface MemberActionBasis {
  /** The state the rules are checked on (the fetched one when it still applies). */
  stateEvents: readonly unknown[];
  /** The host's own state events (see {@link FetchedMemberState.basis}). */
  basis: readonly unknown[];
}

/** Run, refresh and reset for member actions; see {@link createMemberActions}. */
export interface MemberActionsObserver {
  /** The current snapshot (of the latest call's room and member): the same object until something changes. */
  getSnapshot(): MemberActionsSnapshot;
  /** Calls `listener` on every change; the observer is live while subscribed. */
  subscribe(listener: () => void): () => void;
  /**
   * Runs an action of `target.actorId` on `target.targetId`; refused while one runs for that
   * member or when the rules over `room.stateEvents` do not allow it.
   */
  run(target: MemberActionsTarget, action: MemberAction, room: MemberActionBasis, reason?: string): void;
  /** Reads the live state again after the read that follows the latest action failed (`step: "state"`). */
  refresh(basis: readonly unknown[]): void;
  /** Back to `idle`: the answer of anything in flight is dropped and its state read aborted. */
  reset(): void;
  /**
   * Sends the next requests through `client` (a host that makes a new client object on every
   * render keeps its state). The runner stays the one of the client the observer was made with.
   */
  setClient(client: MembershipClient): void;
  /** Replaces the callbacks (the latest ones are called). */
  setCallbacks(callbacks: MemberActionCallbacks): void;
  /** Ends the observer: reads aborted, no callback, nothing new starts. */
  dispose(): void;
}

/** What a member action holds in the runner. */
export type MemberRunnerAction = { kind: "member"; action: MemberAction; step: "action" | "state" } | { kind: "memberRefresh"; action: MemberAction };

/** Who acts on whom, where. */
export interface MemberActionsTarget {
  /** The room. */
  roomId: string;
  /** The signed-in user, who acts. */
  actorId: string;
  /** The member acted on. */
  targetId: string;
}

const IDLE_STATE: MemberActionState = /* @__PURE__ */ Object.freeze({ status: "idle" });

/**
 * Creates member actions over the runner shared by `client`, keyed by room and member (the
 * snapshot shows the latest call's; a form whose member changes as the person types keeps
 * its call). A second action on a member while one runs is refused; `reset` orphans the
 * call in flight; after the action the live state is read (the flow's rule) and kept as
 * `fetched`; when that read fails, `refresh()` reads it again without repeating the action.
 */
export function createMemberActions(initialClient: MembershipClient, callbacks: MemberActionCallbacks = {}): MemberActionsObserver {
  const base = createObserverBase(getActionRunner(initialClient));
  let client = initialClient;
  let latestCallbacks = callbacks;
  let lastRoomId: string | undefined;
  let fetched: FetchedMemberState | undefined;
  let cache: { source: ActionState; fetched: FetchedMemberState | undefined; snapshot: MemberActionsSnapshot } | undefined;
  const IDLE_SNAPSHOT: MemberActionsSnapshot = { state: IDLE_STATE, fetched: undefined };

  function getSnapshot(): MemberActionsSnapshot {
    if (base.key === undefined) return IDLE_SNAPSHOT;
    const source = base.runner.getState(base.key);
    if (cache?.source !== source || cache.fetched !== fetched) cache = { source, fetched, snapshot: { state: toState(source), fetched } };
    return cache.snapshot;
  }

  function keep(roomId: string, basis: readonly unknown[], events: readonly unknown[]): void {
    fetched = { basis, roomId, events };
    base.emit();
    latestCallbacks.onStateChange?.(events);
  }

  function start(
    key: string,
    roomId: string,
    runnerAction: MemberRunnerAction,
    basis: readonly unknown[],
    execute: (readSignal: AbortSignal, progress: (next: MemberRunnerAction) => void) => Promise<readonly unknown[]>,
  ): void {
    const action = runnerAction.action;
    const step = runnerAction.kind === "memberRefresh" ? "state" : "action";
    let uncertainState: readonly unknown[] | undefined;
    base.start(
      key,
      runnerAction,
      ({ readSignal }, progress) =>
        execute(readSignal, progress).catch((error: unknown) => {
          if (isAbortError(error)) throw error;
          if (error instanceof UncertainMemberActionError) uncertainState = error.stateEvents;
          const readFailed = step === "state" || (error instanceof MembershipActionError && error.action === "state");
          throw describeFailure(error, readFailed ? "state" : "action", action);
        }),
      (outcome) => {
        if (outcome.status === "aborted") return;
        if (outcome.status === "success") {
          keep(roomId, basis, outcome.result);
          latestCallbacks.onSuccess?.(action);
          return;
        }
        latestCallbacks.onError?.(outcome.error as MemberActionError, action);
        if (uncertainState !== undefined) keep(roomId, basis, uncertainState);
      },
    );
  }

  return {
    getSnapshot,
    subscribe: base.subscribe,
    run(target, action, room, reason) {
      const { roomId, actorId, targetId } = target;
      const key = `${roomId}\u0000${targetId}`;
      if (base.runner.isBusy(key) || !isMemberActionAllowed(room.stateEvents, actorId, targetId, action)) return;
      lastRoomId = roomId;
      start(key, roomId, { kind: "member", action, step: "action" }, room.basis, (readSignal, progress) =>
        runMemberAction(client, {
          roomId,
          actorId,
          targetId,
          action,
          reason,
          stateEvents: room.stateEvents,
          readSignal,
          onSent: () => progress({ kind: "member", action, step: "state" }),
        }).then((result) => result.stateEvents),
      );
    },
    refresh(basis) {
      const { state } = getSnapshot();
      const key = base.key;
      const roomId = lastRoomId;
      if (key === undefined || roomId === undefined || base.runner.isBusy(key) || state.status !== "error" || state.error.step !== "state") return;
      start(key, roomId, { kind: "memberRefresh", action: state.action }, basis, (readSignal) => client.getRoomState(roomId, { signal: readSignal }));
    },
    reset: base.reset,
    setClient(next) {
      client = next;
    },
    setCallbacks(next) {
      latestCallbacks = next;
    },
    dispose: base.dispose,
  };
}

function toState(source: ActionState): MemberActionState {
  if (source.status === "idle") return IDLE_STATE;
  const action = source.action as MemberRunnerAction;
  if (action.kind !== "member" && action.kind !== "memberRefresh") return IDLE_STATE;
  switch (source.status) {
    case "pending":
      return action.kind === "member" && action.step === "action" ? { status: "pending", action: action.action } : { status: "refreshing", action: action.action };
    case "success":
      return { status: "succeeded", action: action.action };
    case "error":
      return { status: "error", action: action.action, error: source.error as MemberActionError };
    default:
      return source satisfies never;
  }
}

/** Turns a flow's rejection into the error the view shows. */
function describeFailure(error: unknown, step: "action" | "state", action: MemberAction): MemberActionError {
  const info = toMembershipError(error, step === "state" ? "state" : action) ?? { code: "unknown" as const };
  const failure: MemberActionError = { code: info.code, step };
  if (info.retryAfterMs !== undefined) failure.retryAfterMs = info.retryAfterMs;
  if (step === "action" && info.requestMayHaveReachedServer === true) failure.requestMayHaveReachedServer = true;
  return failure;
}

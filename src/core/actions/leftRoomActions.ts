/**
 * Rejoin and forget for a room the user is no longer in, through the shared action runner:
 * the state behind `MembershipNotice`. The requests are the flows' (`rejoinRoom`,
 * `forgetRoom`); both are writes, so nothing here is aborted.
 */
import { isAbortError, toMembershipError } from "../client/errors";
import type { MembershipClient, MembershipErrorCode } from "../client/types";
import { forgetRoom, rejoinRoom } from "../flows/leftRoom";
import { createObserverBase } from "./observer";
import { getActionRunner, type ActionState } from "./runner";

/** What a person can do about a room they left. */
export type LeftRoomAction = "rejoin" | "forget";

/** Where the rejoin or forget stands. */
export type LeftRoomActionState =
  | { status: "idle" }
  | { status: "pending"; action: LeftRoomAction }
  | { status: "done"; action: LeftRoomAction }
  | { status: "error"; action: LeftRoomAction; code: MembershipErrorCode; retryAfterMs?: number };

/** Called for the observer's own calls, never once it was left or disposed. */
export interface LeftRoomCallbacks {
  /** The user joined the room again. */
  onRejoined?(roomId: string): void;
  /** The room was forgotten. */
  onForgotten?(roomId: string): void;
}

/** Rejoin and forget for one room; see {@link createLeftRoomActions}. */
export interface LeftRoomActionsObserver {
  /** The current state: the same object until something changes. */
  getSnapshot(): LeftRoomActionState;
  /** Calls `listener` on every change; the observer is live while subscribed. */
  subscribe(listener: () => void): () => void;
  /** Joins again through `via`. Refused while pending or once forgotten. */
  rejoin(via?: readonly string[]): void;
  /** Forgets the room. Refused while pending or once forgotten. */
  forget(): void;
  /**
   * Sends the next requests through `client` (a host that makes a new client object on every
   * render keeps its state). The runner stays the one of the client the observer was made with.
   */
  setClient(client: MembershipClient): void;
  /** Replaces the callbacks (the latest ones are called). */
  setCallbacks(callbacks: LeftRoomCallbacks): void;
  /** Ends the observer: no callback, nothing new starts. */
  dispose(): void;
}

/** What a left-room action holds in the runner. */
export type LeftRoomRunnerAction = { kind: "rejoin"; via: readonly string[] } | { kind: "forgetLeft" };

const IDLE: LeftRoomActionState = /* @__PURE__ */ Object.freeze({ status: "idle" });

/** Creates rejoin and forget for `roomId` over the runner shared by `client`, keyed by the room. */
export function createLeftRoomActions(initialClient: MembershipClient, roomId: string, callbacks: LeftRoomCallbacks = {}): LeftRoomActionsObserver {
  const base = createObserverBase(getActionRunner(initialClient), roomId);
  let client = initialClient;
  let latestCallbacks = callbacks;
  let cache: { source: ActionState; snapshot: LeftRoomActionState } | undefined;

  function getSnapshot(): LeftRoomActionState {
    const source = base.runner.getState(roomId);
    if (cache?.source !== source) cache = { source, snapshot: toState(source) };
    return cache.snapshot;
  }

  function start(action: LeftRoomRunnerAction): void {
    const state = getSnapshot();
    if (state.status === "pending" || (state.status === "done" && state.action === "forget")) return;
    base.start(
      roomId,
      action,
      async () => {
        try {
          if (action.kind === "rejoin") await rejoinRoom(client, { roomId, via: action.via });
          else await forgetRoom(client, { roomId });
        } catch (error) {
          if (isAbortError(error)) throw error;
          const info = toMembershipError(error, action.kind === "rejoin" ? "join" : "forget") ?? { code: "unknown" as const };
          throw info.retryAfterMs === undefined ? { code: info.code } : { code: info.code, retryAfterMs: info.retryAfterMs };
        }
      },
      (outcome) => {
        if (outcome.status !== "success") return;
        if (action.kind === "rejoin") latestCallbacks.onRejoined?.(roomId);
        else latestCallbacks.onForgotten?.(roomId);
      },
    );
  }

  return {
    getSnapshot,
    subscribe: base.subscribe,
    rejoin: (via = []) => start({ kind: "rejoin", via }),
    forget: () => start({ kind: "forgetLeft" }),
    setClient(next) {
      client = next;
    },
    setCallbacks(next) {
      latestCallbacks = next;
    },
    dispose: base.dispose,
  };
}

function toState(source: ActionState): LeftRoomActionState {
  if (source.status === "idle") return IDLE;
  const kind = (source.action as { kind?: unknown } | undefined)?.kind;
  // Another kind of action on the room (an invite's, a knock's): not this notice's to show.
  if (kind !== "rejoin" && kind !== "forgetLeft") return IDLE;
  const action: LeftRoomAction = kind === "rejoin" ? "rejoin" : "forget";
  switch (source.status) {
    case "pending":
      return { status: "pending", action };
    case "success":
      return { status: "done", action };
    case "error": {
      const failure = source.error as { code: MembershipErrorCode; retryAfterMs?: number };
      return failure.retryAfterMs === undefined
        ? { status: "error", action, code: failure.code }
        : { status: "error", action, code: failure.code, retryAfterMs: failure.retryAfterMs };
    }
    default:
      return source satisfies never;
  }
}

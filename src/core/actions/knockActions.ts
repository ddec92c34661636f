/**
 * Asking to join a room and withdrawing the request, through the shared action runner:
 * the state machine behind `useKnock` and `KnockPreview`. The requests are the flows'
 * (`knock`, `cancelKnock`); both are writes, so nothing here is ever aborted.
 */
import { isAbortError, toMembershipError } from "../client/errors";
import type { MembershipClient, MembershipErrorCode } from "../client/types";
import { cancelKnock, knock } from "../flows/knock";
import { createObserverBase } from "./observer";
import { getActionRunner, type ActionState } from "./runner";

/** The two things a person can do about asking to join. */
export type KnockAction = "knock" | "cancel";

/** Where knocking stands. */
export type KnockStatus = "idle" | "knocking" | "knocked" | "cancelling" | "cancelled" | "error";

/** A failed knock or cancel, in the shape the view needs to offer a way forward. */
export interface KnockActionError {
  /** What went wrong (`forbidden` when the room does not accept knocks); only the view turns it into words. */
  code: MembershipErrorCode;
  /** The action that failed. */
  action: KnockAction;
  /** For `rate_limited`: how long the server asked to wait, in milliseconds. */
  retryAfterMs?: number;
  /** For `rate_limited`: the moment (epoch milliseconds) from which a retry makes sense, for `useCountdown`. */
  retryAt?: number;
  /** For `unauthorized`: the server's `soft_logout`. */
  softLogout?: boolean;
  /** For `network`: the request may have taken effect on the server. */
  requestMayHaveReachedServer?: boolean;
}

/** The state of knocking: one variant per status, each carrying only what it has. */
export type KnockActionState =
  | { status: "idle" }
  | { status: "knocking" }
  | { status: "knocked"; roomId: string }
  | { status: "cancelling"; roomId: string }
  | { status: "cancelled"; roomId: string }
  | { status: "error"; error: KnockActionError };

/** What to knock on. */
export interface KnockRequest {
  /** The room ID or alias. */
  roomIdOrAlias: string;
  /** Servers to knock through (needed for a room ID the user's server is not in). */
  via?: readonly string[];
  /** Optional message the room's moderators see. */
  reason?: string;
}

/** Which knock to withdraw. */
export interface CancelKnockRequest {
  /** The room knocked on; by default the room of the last successful knock. */
  roomId?: string;
  /** Optional reason. */
  reason?: string;
}

/** Called when an action of the observer's own call finishes, never once it was left or disposed. */
export interface KnockCallbacks {
  /** The knock was sent; `roomId` is the room knocked on (also when knocking by alias). */
  onKnocked?(roomId: string): void;
  /** The knock was withdrawn. */
  onCancelled?(roomId: string): void;
  /** The action failed (an abort is not a failure). */
  onError?(error: KnockActionError): void;
}

/** A snapshot of knocking: the state, plus whether a request is in flight. */
export interface KnockActionsSnapshot {
  /** The full state, one variant per status. */
  state: KnockActionState;
  /** Whether a knock or cancel is in flight for the room (presses are then ignored). */
  isPending: boolean;
}

/** Knock, cancel, retry and reset; see {@link createKnockActions}. */
export interface KnockActionsObserver {
  /** The current snapshot: the same object until something changes. */
  getSnapshot(): KnockActionsSnapshot;
  /** Calls `listener` on every change; the observer is live while subscribed. */
  subscribe(listener: () => void): () => void;
  /** Knocks. Refused while pending or while a knock is already sent. */
  knock(request: KnockRequest): void;
  /** Withdraws a knock. Refused while pending, or when no room is known. */
  cancel(request?: CancelKnockRequest): void;
  /** Repeats the failed action with the same arguments. */
  retry(): void;
  /** Back to `idle`; the answer of a call still in flight is then ignored. */
  reset(): void;
  /**
   * Sends the next requests through `client` (a host that makes a new client object on every
   * render keeps its state). The runner stays the one of the client the observer was made with.
   */
  setClient(client: MembershipClient): void;
  /** Replaces the callbacks (the latest ones are called). */
  setCallbacks(callbacks: KnockCallbacks): void;
  /** Ends the observer: no callback, nothing new starts. */
  dispose(): void;
}

/** What a knock action holds in the runner: everything a retry needs. */
export type KnockRunnerAction = { kind: "knock"; request: KnockRequest } | { kind: "cancelKnock"; roomId: string; reason?: string };

const IDLE: KnockActionsSnapshot = /* @__PURE__ */ Object.freeze({ state: Object.freeze({ status: "idle" }), isPending: false });
const BUSY: KnockActionsSnapshot = /* @__PURE__ */ Object.freeze({ state: IDLE.state, isPending: true });

/**
 * Creates the knock actions over the runner shared by `client`, keyed by the room (or
 * alias) of the latest call. A knock starts from `idle`, `error` or `cancelled`; a cancel
 * from `idle` (a knock sent earlier, e.g. listed in the inbox), `error` or `knocked`; never
 * while pending. The latest call wins (after `reset()`), and a rate-limited failure
 * carries `retryAt`.
 */
export function createKnockActions(initialClient: MembershipClient, callbacks: KnockCallbacks = {}): KnockActionsObserver {
  const base = createObserverBase(getActionRunner(initialClient));
  let client = initialClient;
  let latestCallbacks = callbacks;
  // Remembered even when orphaned by reset: the knock exists on the server and can be withdrawn.
  let knockedRoomId: string | undefined;
  let cache: { source: ActionState; snapshot: KnockActionsSnapshot } | undefined;

  function getSnapshot(): KnockActionsSnapshot {
    const source = base.key === undefined ? undefined : base.runner.getState(base.key);
    if (source === undefined) return IDLE;
    if (cache?.source !== source) cache = { source, snapshot: toSnapshot(source) };
    return cache.snapshot;
  }

  function run(action: KnockRunnerAction): void {
    const { state, isPending } = getSnapshot();
    const allowed = action.kind === "knock" ? ["idle", "error", "cancelled"] : ["idle", "error", "knocked"];
    if (isPending || !allowed.includes(state.status)) return;
    const key = action.kind === "knock" ? action.request.roomIdOrAlias : action.roomId;
    base.start(
      key,
      action,
      async () => {
        try {
          if (action.kind === "cancelKnock") {
            await cancelKnock(client, { roomId: action.roomId, reason: action.reason });
            return action.roomId;
          }
          const answer = await knock(client, action.request);
          knockedRoomId = answer.roomId;
          return answer.roomId;
        } catch (error) {
          throw isAbortError(error) ? error : describeFailure(error, action.kind === "knock" ? "knock" : "cancel");
        }
      },
      (outcome) => {
        if (outcome.status === "error") latestCallbacks.onError?.(outcome.error as KnockActionError);
        else if (outcome.status === "success" && action.kind === "knock") latestCallbacks.onKnocked?.(outcome.result);
        else if (outcome.status === "success") latestCallbacks.onCancelled?.(outcome.result);
      },
    );
  }

  return {
    getSnapshot,
    subscribe: base.subscribe,
    knock: (request) => run({ kind: "knock", request }),
    cancel(request = {}) {
      const roomId = request.roomId ?? knockedRoomId;
      // Nothing to withdraw: no room given and no knock sent from here.
      if (roomId === undefined) return;
      run(request.reason === undefined ? { kind: "cancelKnock", roomId } : { kind: "cancelKnock", roomId, reason: request.reason });
    },
    retry() {
      const source = base.key === undefined ? undefined : base.runner.getState(base.key);
      if (source?.status !== "error" || !isKnockRunnerAction(source.action) || getSnapshot().state.status !== "error") return;
      run(source.action);
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

function isKnockRunnerAction(action: unknown): action is KnockRunnerAction {
  const kind = (action as { kind?: unknown } | undefined)?.kind;
  return kind === "knock" || kind === "cancelKnock";
}

function toSnapshot(source: ActionState): KnockActionsSnapshot {
  if (source.status === "idle") return IDLE;
  const action = source.action;
  if (!isKnockRunnerAction(action)) return source.status === "pending" ? BUSY : IDLE;
  switch (source.status) {
    case "pending":
      return action.kind === "knock"
        ? { state: { status: "knocking" }, isPending: true }
        : { state: { status: "cancelling", roomId: action.roomId }, isPending: true };
    case "success":
      return action.kind === "knock"
        ? { state: { status: "knocked", roomId: source.result as string }, isPending: false }
        : { state: { status: "cancelled", roomId: action.roomId }, isPending: false };
    case "error":
      return { state: { status: "error", error: source.error as KnockActionError }, isPending: false };
    default:
      return source satisfies never;
  }
}

/** Turns a flow's rejection into the error the view shows (once, so `retryAt` stays fixed). */
function describeFailure(error: unknown, action: KnockAction): KnockActionError {
  const info = toMembershipError(error, action === "knock" ? "knock" : "cancel_knock") ?? { code: "unknown" as const };
  const failure: KnockActionError = { code: info.code, action };
  if (info.retryAfterMs !== undefined) {
    failure.retryAfterMs = info.retryAfterMs;
    failure.retryAt = Date.now() + info.retryAfterMs;
  }
  if (info.softLogout !== undefined) failure.softLogout = info.softLogout;
  if (info.requestMayHaveReachedServer !== undefined) failure.requestMayHaveReachedServer = info.requestMayHaveReachedServer;
  return failure;
}

/**
 * Accepting and declining one invite through the shared action runner: the state machine
 * that `useInviteActions`, `InvitePreview` and the `InviteList` rows all use, written once.
 * The rules themselves are the flows' (`acceptInvite`, `declineInvite`); this only decides
 * what may start from where, and what the person sees meanwhile.
 */
import { MembershipActionError, isAbortError, toMembershipError } from "../client/errors";
import type { MembershipClient } from "../client/types";
import { acceptInvite, type AcceptedInvite } from "../flows/acceptInvite";
import { declineInvite, type DeclineInviteResult } from "../flows/declineInvite";
import { forgetRoom } from "../flows/leftRoom";
import { summarizeInvite } from "../summary";
import type { RoomSummary } from "../types";
import type {
  DeclineOutcome,
  DeclineRequest,
  InviteAction,
  InviteActionCallbacks,
  InviteActionError,
  InviteActionState,
  InviteActionsSnapshot,
  InviteTarget,
} from "./inviteActionTypes";
import { createObserverBase } from "./observer";
import { getActionRunner, type ActionState } from "./runner";

/**
 * What an invite action holds in the runner. `invite` names the invite it belongs to
 * (`undefined`: whatever invite the room has, as for "Decline all"); a retry reads all it
 * needs from here.
 */
export type InviteRunnerAction =
  | { kind: "accept"; invite?: string; alreadyJoined: boolean }
  | { kind: "decline"; invite?: string; request: DeclineRequest }
  | { kind: "followUps"; invite?: string; request: DeclineRequest; previous: DeclineOutcome }
  | { kind: "forget"; invite?: string; previous: InviteActionState };

/** Accept, decline, retry, reset and forget for one invite; see {@link createInviteActions}. */
export interface InviteActionsObserver {
  /** The current snapshot: the same object until something changes. */
  getSnapshot(): InviteActionsSnapshot;
  /** Calls `listener` on every change; the observer is live while subscribed. */
  subscribe(listener: () => void): () => void;
  /** Accepts: join, then the live state. After "joined but the state failed" only reads the state. */
  accept(): void;
  /** Declines with the choices of the decline dialog. Refused once joined. */
  decline(request?: DeclineRequest): void;
  /** Repeats the failed action; after a decline whose optional steps failed, runs only those. */
  retry(): void;
  /** Back to `idle`, orphaning the call in flight. Refused after "joined but the state failed". */
  reset(): void;
  /** Forgets the room (best effort), e.g. once the invite turned out to be gone. */
  forget(): void;
  /** Replaces the target's details (not its room: make a new observer for another room). */
  setTarget(target: InviteTarget): void;
  /**
   * Sends the next requests through `client` (a host that makes a new client object on every
   * render keeps its state). The runner stays the one of the client the observer was made with.
   */
  setClient(client: MembershipClient): void;
  /** Replaces the callbacks (the latest ones are called). */
  setCallbacks(callbacks: InviteActionCallbacks): void;
  /** Ends the observer: reads aborted, no callback, nothing new starts. */
  dispose(): void;
}

const IDLE: InviteActionsSnapshot = /* @__PURE__ */ Object.freeze({ state: Object.freeze({ status: "idle" }), isPending: false });
const BUSY: InviteActionsSnapshot = /* @__PURE__ */ Object.freeze({ state: IDLE.state, isPending: true });

/**
 * Creates the invite actions for `target.roomId` over the runner shared by `client`:
 * - a second press while anything holds the room is ignored (this invite's action, or
 *   another component's, such as "Decline all" leaving it), and once accepted or declined
 *   nothing more starts until `reset()`;
 * - the latest call wins: after `reset()` the answer of an older call is dropped;
 * - when the observer is left (unmount) or reset, the accept's state read is aborted; the
 *   writes (join, leave, `m.direct`, the decline's follow-ups) never are;
 * - after "joined but the state failed" (`error.joined`) accept and retry only read the
 *   state, decline and reset are refused;
 * - a decline whose follow-ups failed offers `retry()` for exactly those steps.
 */
export function createInviteActions(initialClient: MembershipClient, target: InviteTarget, callbacks: InviteActionCallbacks = {}): InviteActionsObserver {
  const base = createObserverBase(getActionRunner(initialClient), target.roomId);
  let client = initialClient;
  const roomId = target.roomId;
  let current = target;
  let latestCallbacks = callbacks;
  let cache: { source: ActionState; identity: string | undefined; snapshot: InviteActionsSnapshot } | undefined;

  function getSnapshot(): InviteActionsSnapshot {
    const source = base.runner.getState(roomId);
    const identity = identityOf(current);
    if (cache?.source !== source || cache.identity !== identity) cache = { source, identity, snapshot: toSnapshot(source, identity) };
    return cache.snapshot;
  }

  function run(action: InviteRunnerAction, execute: (readSignal: AbortSignal) => Promise<unknown>): void {
    // An abort takes an accept or decline back to where the person can try again; the retried
    // steps of a decline, or a forget, keep showing what was there (the invite is declined).
    const abortable = action.kind === "accept" || action.kind === "decline";
    base.start(roomId, action, ({ readSignal }) => execute(readSignal).catch((error: unknown) => {
      throw isAbortError(error) && abortable ? error : describeFailure(error, action.kind === "accept" ? "accept" : "decline");
    }), (outcome) => {
      const handlers = latestCallbacks;
      if (action.kind === "forget") return void handlers.onForgotten?.();
      if (outcome.status === "aborted") return;
      if (outcome.status === "error") {
        if (action.kind !== "followUps") handlers.onError?.(outcome.error as InviteActionError);
      } else if (action.kind === "accept") handlers.onAccepted?.(outcome.result as RoomSummary);
      else handlers.onDeclined?.(outcome.result as DeclineOutcome);
    });
  }

  function start(kind: InviteAction, request: DeclineRequest | undefined): void {
    const { state, isPending } = getSnapshot();
    if (isPending || (state.status !== "idle" && state.status !== "error")) return;
    const joined = state.status === "error" && state.error.joined === true;
    const invite = identityOf(current);
    if (kind === "accept") {
      const target = current;
      run({ kind, invite, alreadyJoined: joined }, (readSignal) =>
        acceptInvite(client, {
          roomId,
          userId: target.userId,
          invite: acceptedInvite(target),
          inviteState: target.inviteState,
          via: target.via,
          alreadyJoined: joined,
          readSignal,
        }),
      );
      return;
    }
    // No invite is left once joined: leaving now would be leaving the room, not declining.
    if (joined) return;
    const asked = request ?? {};
    run({ kind, invite, request: asked }, () => declineInvite(client, declineOptions(current, asked, false)).then(toOutcome));
  }

  return {
    getSnapshot,
    subscribe: base.subscribe,
    accept: () => start("accept", undefined),
    decline: (request) => start("decline", request),
    retry() {
      const { state, isPending } = getSnapshot();
      if (isPending) return;
      if (state.status === "error") {
        const failed = base.runner.getState(roomId);
        const action = failed.status === "error" ? (failed.action as InviteRunnerAction) : undefined;
        start(state.error.action, action?.kind === "decline" ? action.request : undefined);
        return;
      }
      if (state.status !== "declined" || state.outcome.failedSteps.length === 0) return;
      const declined = base.runner.getState(roomId);
      const asked = declined.status === "success" ? askedOf(declined.action as InviteRunnerAction) : {};
      const request = followUpRequest(state.outcome, asked);
      run({ kind: "followUps", invite: identityOf(current), request, previous: state.outcome }, () =>
        declineInvite(client, declineOptions(current, request, true)).then(toOutcome),
      );
    },
    reset() {
      const { state } = getSnapshot();
      // Joined already: the invite is gone, so there is nothing to go back to (only retry).
      if (state.status === "error" && state.error.joined === true) return;
      base.reset();
    },
    forget() {
      const source = base.runner.getState(roomId);
      const { state, isPending } = getSnapshot();
      const forgotten = source.status === "success" && (source.action as InviteRunnerAction).kind === "forget";
      if (isPending || forgotten || (state.status !== "error" && state.status !== "declined")) return;
      run({ kind: "forget", invite: identityOf(current), previous: state }, () => forgetRoom(client, { roomId }));
    },
    setTarget(next) {
      const before = identityOf(current);
      current = { ...next, roomId };
      if (identityOf(current) !== before) base.emit();
    },
    setClient(next) {
      client = next;
    },
    setCallbacks(next) {
      latestCallbacks = next;
    },
    dispose: base.dispose,
  };
}

/** Which invite a target is: a new invite to the same room (another `invitedAt`) is another. */
function identityOf(target: InviteTarget): string | undefined {
  const invitedAt = target.summary?.invitedAt;
  return invitedAt === undefined ? undefined : String(invitedAt);
}

/**
 * The invite as `acceptInvite` reads it: the summary; without one, the raw invite state
 * (its inviter is the sender of the user's own invite), completed by what the target says.
 */
function acceptedInvite(target: InviteTarget): AcceptedInvite | undefined {
  if (target.summary !== undefined) return target.summary;
  if (target.isDirect === undefined && target.inviterId === undefined) return undefined;
  const fromState = summarizeInvite(target.inviteState, { userId: target.userId, roomId: target.roomId });
  return {
    creators: fromState.creators,
    isDirect: target.isDirect ?? fromState.isDirect,
    inviter: fromState.inviter ?? (target.inviterId === undefined ? undefined : { userId: target.inviterId }),
  };
}

function declineOptions(target: InviteTarget, request: DeclineRequest, alreadyLeft: boolean) {
  return {
    roomId: target.roomId,
    userId: target.userId,
    inviterId: target.inviterId ?? target.summary?.inviter?.userId,
    inviteState: target.inviteState,
    ...request,
    alreadyLeft,
  };
}

/** The decline asked for by the call that produced `action`. */
function askedOf(action: InviteRunnerAction): DeclineRequest {
  return action.kind === "decline" || action.kind === "followUps" ? action.request : {};
}

/** Only the steps that failed, with what the person asked for them (never the leave). */
function followUpRequest(outcome: DeclineOutcome, asked: DeclineRequest): DeclineRequest {
  const failed = new Set(outcome.failedSteps.map((failure) => failure.step));
  const request: DeclineRequest = {};
  if (failed.has("ignore")) request.ignoreInviter = true;
  if (failed.has("report") && asked.reportReason !== undefined) request.reportReason = asked.reportReason;
  if (failed.has("forget")) request.forget = true;
  return request;
}

function toOutcome(result: DeclineInviteResult): DeclineOutcome {
  return { failedSteps: result.failedSteps.map(({ step, code }) => ({ step, code })) };
}

/** Turns a flow's rejection into the error the view shows (once, so `retryAt` stays fixed). */
export function describeFailure(error: unknown, action: InviteAction): InviteActionError {
  const info = toMembershipError(error, action === "accept" ? "join" : "decline") ?? { code: "unknown" as const };
  const failure: InviteActionError = { code: info.code, action };
  if (info.retryAfterMs !== undefined) {
    failure.retryAfterMs = info.retryAfterMs;
    failure.retryAt = Date.now() + info.retryAfterMs;
  }
  if (error instanceof MembershipActionError && error.action === "state") failure.joined = true;
  if (info.softLogout !== undefined) failure.softLogout = info.softLogout;
  if (info.requestMayHaveReachedServer !== undefined) failure.requestMayHaveReachedServer = info.requestMayHaveReachedServer;
  return failure;
}

/** Whether `action` is one of the invite actions (the runner also holds knocks, member actions…). */
function isInviteRunnerAction(action: unknown): action is InviteRunnerAction {
  const kind = (action as { kind?: unknown } | undefined)?.kind;
  return kind === "accept" || kind === "decline" || kind === "followUps" || kind === "forget";
}

/** The view of the room's runner state for the invite `identity`. */
function toSnapshot(source: ActionState, identity: string | undefined): InviteActionsSnapshot {
  if (source.status === "idle") return IDLE;
  const action = source.action;
  const pending = source.status === "pending";
  if (!isInviteRunnerAction(action)) return pending ? BUSY : IDLE;
  // A settled outcome of an earlier invite to this room is not this invite's.
  if (!pending && action.invite !== undefined && identity !== undefined && action.invite !== identity) return IDLE;
  switch (action.kind) {
    case "accept":
      if (pending) return { state: { status: "accepting", pendingAction: "accept" }, isPending: true };
      return source.status === "success"
        ? { state: { status: "accepted", liveSummary: source.result as RoomSummary }, isPending: false }
        : { state: { status: "error", error: source.error as InviteActionError }, isPending: false };
    case "decline":
      if (pending) return { state: { status: "declining", pendingAction: "decline" }, isPending: true };
      return source.status === "success"
        ? { state: { status: "declined", outcome: source.result as DeclineOutcome }, isPending: false }
        : { state: { status: "error", error: source.error as InviteActionError }, isPending: false };
    case "followUps":
      if (pending) return { state: { status: "declined", outcome: action.previous, retryingFollowUps: true }, isPending: true };
      // The invite is declined already: a failed retry of its optional steps changes nothing.
      return { state: { status: "declined", outcome: source.status === "success" ? (source.result as DeclineOutcome) : action.previous }, isPending: false };
    case "forget":
      return { state: action.previous, isPending: pending };
    default:
      return action satisfies never;
  }
}

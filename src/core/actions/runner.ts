/**
 * The action runner: where the state of every membership action lives, outside any UI
 * framework, keyed by what it acts on (a room ID; a room and a member for member actions).
 * Modelled on TanStack Query's `Mutation`: one discriminated union per key, a call number
 * so that the latest call wins, and listeners for `useSyncExternalStore`.
 *
 * One runner serves one client (see {@link getActionRunner}), so every component and hook
 * acting for the same account shares it: a second action on a busy room is refused, whether
 * it comes from the same button, another row, or "Decline all".
 */
import { isAbortError } from "../client/errors";
import { notifySafely as notify } from "../callbacks";

/** Where one key's action stands: a stable object, replaced on every change. */
export type ActionState<Action = unknown, Result = unknown> =
  | { readonly status: "idle" }
  | { readonly status: "pending"; readonly action: Action }
  | { readonly status: "success"; readonly action: Action; readonly result: Result }
  | { readonly status: "error"; readonly action: Action; readonly error: unknown };

/** How a started call ended, as the one who started it learns it. */
export type ActionOutcome<Result> =
  | { readonly status: "success"; readonly result: Result }
  | { readonly status: "error"; readonly error: unknown }
  /** It was cancelled (an `AbortError`): the key went back to `idle`, nothing failed. */
  | { readonly status: "aborted" }
  /** A `reset` (and maybe a newer call) replaced it: its answer was dropped. */
  | { readonly status: "orphaned" };

/** The work of one call. `progress` replaces the pending action (e.g. "sent, now reading the state"). */
export type ActionExecutor<Action, Result> = (progress: (action: Action) => void) => Promise<Result>;

/** The runner: per-key state, listeners, and one call per key at a time. */
export interface ActionRunner {
  /** The key's state; `idle` when nothing is known. The same object until it changes. */
  getState(key: string): ActionState;
  /** Calls `listener` on every change of the key's state. Keeps the key's state while subscribed. */
  subscribe(key: string, listener: () => void): () => void;
  /** Whether a call is in flight for `key` (a new start is then refused). */
  isBusy(key: string): boolean;
  /**
   * Starts `execute` for `key` unless a call is in flight there (then answers `undefined`
   * and runs nothing). The returned promise never rejects: it tells how the call ended.
   */
  start<Action, Result>(key: string, action: Action, execute: ActionExecutor<Action, Result>): Promise<ActionOutcome<Result>> | undefined;
  /** Back to `idle`: the call in flight is orphaned (its answer is dropped) and the key is free again. */
  reset(key: string): void;
}

const IDLE: ActionState = /* @__PURE__ */ Object.freeze({ status: "idle" });

interface Entry {
  state: ActionState;
  listeners: Set<() => void>;
  /** The call in flight, 0 when none. */
  callId: number;
}

/**
 * Creates a runner. A key's state is dropped as soon as nobody is subscribed to it and no
 * call is in flight, so nothing leaks, and a fresh look at a key never shows an old outcome.
 */
export function createActionRunner(): ActionRunner {
  const entries = new Map<string, Entry>();
  let lastCallId = 0;

  function entryOf(key: string): Entry {
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = { state: IDLE, listeners: new Set(), callId: 0 };
      entries.set(key, entry);
    }
    return entry;
  }

  function set(key: string, entry: Entry, state: ActionState): void {
    entry.state = state;
    for (const listener of [...entry.listeners]) notify(listener);
    dropIfUnused(key, entry);
  }

  function dropIfUnused(key: string, entry: Entry): void {
    if (entry.listeners.size === 0 && entry.callId === 0 && entries.get(key) === entry) entries.delete(key);
  }

  return {
    getState: (key) => entries.get(key)?.state ?? IDLE,
    isBusy: (key) => entries.get(key)?.state.status === "pending",
    subscribe(key, listener) {
      const entry = entryOf(key);
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
        dropIfUnused(key, entry);
      };
    },
    start<Action, Result>(key: string, action: Action, execute: ActionExecutor<Action, Result>) {
      const entry = entryOf(key);
      if (entry.state.status === "pending") return undefined;
      const callId = ++lastCallId;
      entry.callId = callId;
      set(key, entry, { status: "pending", action });
      const isCurrent = () => entries.get(key) === entry && entry.callId === callId;
      const progress = (next: Action) => {
        if (isCurrent()) set(key, entry, { status: "pending", action: next });
      };
      let work: Promise<Result>;
      try {
        work = execute(progress);
      } catch (error) {
        work = Promise.reject(error);
      }
      return work.then(
        (result): ActionOutcome<Result> => {
          if (!isCurrent()) return { status: "orphaned" };
          entry.callId = 0;
          set(key, entry, { status: "success", action: currentAction(entry, action), result });
          return { status: "success", result };
        },
        (error: unknown): ActionOutcome<Result> => {
          if (!isCurrent()) return { status: "orphaned" };
          entry.callId = 0;
          if (isAbortError(error)) {
            set(key, entry, IDLE);
            return { status: "aborted" };
          }
          set(key, entry, { status: "error", action: currentAction(entry, action), error });
          return { status: "error", error };
        },
      );
    },
    reset(key) {
      const entry = entries.get(key);
      if (entry === undefined) return;
      entry.callId = 0;
      if (entry.state === IDLE) dropIfUnused(key, entry);
      else set(key, entry, IDLE);
    },
  };
}

/** The action of the pending state (it may have progressed since the start). */
function currentAction<Action>(entry: Entry, started: Action): Action {
  return entry.state.status === "pending" ? (entry.state.action as Action) : started;
}

const runners = new WeakMap<object, ActionRunner>();

/**
 * The runner shared by everything that acts through `client`: pass the same client object
 * to every component and hook (as `fromMatrixJsSdk` does, one adapter per SDK client), and
 * they see each other's actions without a React context.
 */
export function getActionRunner(client: object): ActionRunner {
  let runner = runners.get(client);
  if (runner === undefined) {
    runner = createActionRunner();
    runners.set(client, runner);
  }
  return runner;
}

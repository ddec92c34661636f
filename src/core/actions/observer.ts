/**
 * What every observer of the action runner shares (TanStack Query's `MutationObserver` is
 * the model): its own listeners, the runner key it watches, and its lifetime.
 *
 * An observer is live while someone is subscribed, which is how React's
 * `useSyncExternalStore` uses it: when the last listener leaves (the component unmounted)
 * the reads of its calls are aborted and none of its callbacks run any more; a new
 * subscriber (StrictMode's second mount) brings it back. Writes are never aborted here: a
 * flow decides which of its requests a `readSignal` may cut.
 */
import type { ActionOutcome, ActionRunner } from "./runner";

/** The signals a call's work receives. */
export interface CallSignals {
  /**
   * Aborted when the observer's owner goes away (last unsubscribe, `dispose`) or the call is
   * reset. Pass it to reads only.
   */
  readSignal: AbortSignal;
}

/** The shared part of an observer; see the module documentation. */
export interface ObserverBase {
  /** The runner the observer acts through. */
  readonly runner: ActionRunner;
  /** The key watched now (the key of the latest call, or the one given at creation). */
  readonly key: string | undefined;
  /** Subscribes to changes of the observer (and of its key's state). */
  subscribe(listener: () => void): () => void;
  /** Tells the listeners that something of the observer's own changed. */
  emit(): void;
  /** Whether calls may start and callbacks run: not disposed, and not left by its last listener. */
  isActive(): boolean;
  /** The signal of the observer's current lifetime: aborted when the last listener leaves or on `dispose`. */
  ownerSignal(): AbortSignal;
  /**
   * Starts a call on `key` (and watches that key from now on). Refused, answering `false`,
   * when inactive or when the key is busy. `onOutcome` runs only for an outcome that still
   * counts (not orphaned) while the observer is active.
   */
  start<Action, Result>(
    key: string,
    action: Action,
    execute: (signals: CallSignals, progress: (action: Action) => void) => Promise<Result>,
    onOutcome: (outcome: Exclude<ActionOutcome<Result>, { status: "orphaned" }>) => void,
  ): boolean;
  /** Resets the watched key: the call in flight is orphaned and its reads are aborted. */
  reset(): void;
  /** Ends the observer for good: reads aborted, no callback, no new call. */
  dispose(): void;
}

/** Creates the shared part of an observer, watching `initialKey` until a call picks another. */
export function createObserverBase(runner: ActionRunner, initialKey?: string): ObserverBase {
  const listeners = new Set<() => void>();
  let key = initialKey;
  let stopWatching: (() => void) | undefined;
  let lifetime = new AbortController();
  let disposed = false;
  let callController: AbortController | undefined;

  const emit = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const watch = (): void => {
    stopWatching?.();
    stopWatching = key !== undefined && listeners.size > 0 ? runner.subscribe(key, emit) : undefined;
  };
  const isActive = (): boolean => !disposed && !lifetime.signal.aborted;

  return {
    runner,
    get key() {
      return key;
    },
    emit,
    isActive,
    ownerSignal: () => lifetime.signal,
    subscribe(listener) {
      if (disposed) return () => undefined;
      listeners.add(listener);
      if (listeners.size === 1) {
        if (lifetime.signal.aborted) lifetime = new AbortController();
        watch();
      }
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        lifetime.abort();
        watch();
      };
    },
    start(targetKey, action, execute, onOutcome) {
      if (!isActive() || runner.isBusy(targetKey)) return false;
      if (targetKey !== key) {
        key = targetKey;
        watch();
      }
      const owner = lifetime.signal;
      const controller = new AbortController();
      const readSignal = AbortSignal.any([owner, controller.signal]);
      const call = runner.start(targetKey, action, (progress) => execute({ readSignal }, progress));
      if (call === undefined) return false;
      callController = controller;
      void call.then((outcome) => {
        if (outcome.status === "orphaned" || owner.aborted || disposed) return;
        onOutcome(outcome);
      });
      return true;
    },
    reset() {
      callController?.abort();
      callController = undefined;
      if (key !== undefined) runner.reset(key);
    },
    dispose() {
      disposed = true;
      lifetime.abort();
      listeners.clear();
      watch();
    },
  };
}

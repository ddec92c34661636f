/**
 * Small AbortSignal helpers. They use plain `setTimeout` (not `AbortSignal.timeout`) so
 * they clean up after themselves and follow a test's fake clock.
 */

/** A signal that aborts when the caller's signal aborts or after `timeoutMs`. */
export interface TimedSignal {
  /** The combined signal to hand to `fetch`. */
  signal: AbortSignal;
  /** Whether the timeout (not the caller) aborted it. */
  timedOut(): boolean;
  /** Clears the timer and listener; call once the request settled. */
  dispose(): void;
}

/** Combines the caller's optional signal with a timeout (`AbortSignal.any` + timeout, with cleanup). */
export function createTimedSignal(callerSignal: AbortSignal | undefined, timeoutMs: number): TimedSignal {
  const controller = new AbortController();
  let didTimeOut = false;
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  const timer =
    Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          didTimeOut = true;
          controller.abort(new DOMException("The request timed out.", "TimeoutError"));
        }, timeoutMs)
      : undefined;
  return {
    signal: controller.signal,
    timedOut: () => didTimeOut,
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/** The `AbortError` to reject with when `signal` aborted (its reason when that is one). */
export function abortErrorOf(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  return new DOMException("The operation was aborted.", "AbortError");
}

/** Throws the `AbortError` when `signal` has aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortErrorOf(signal);
}

/** Waits `ms`, rejecting early with an `AbortError` when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortErrorOf(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortErrorOf(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

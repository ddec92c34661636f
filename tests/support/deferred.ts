/**
 * A promise whose outcome the test decides: `Promise.withResolvers` for Node 20, which
 * lacks it. Use it to hold a request in flight and settle it at the moment under test.
 */
export interface Deferred<T> {
  /** The promise handed to the code under test. */
  readonly promise: Promise<T>;
  /** Fulfils the promise (no effect once settled). */
  resolve(value: T | PromiseLike<T>): void;
  /** Rejects the promise (no effect once settled). */
  reject(reason?: unknown): void;
  /** Whether `resolve` or `reject` has been called. */
  readonly settled: boolean;
}

/** Creates a {@link Deferred}. */
export function deferred<T>(): Deferred<T> {
  let resolvePromise!: (value: T | PromiseLike<T>) => void;
  let rejectPromise!: (reason?: unknown) => void;
  let settled = false;
  const promise = new Promise<T>((resolve, reject) => {
    resolvePromise = resolve;
    rejectPromise = reject;
  });
  return {
    promise,
    resolve(value) {
      if (settled) return;
      settled = true;
      resolvePromise(value);
    },
    reject(reason) {
      if (settled) return;
      settled = true;
      rejectPromise(reason);
    },
    get settled() {
      return settled;
    },
  };
}

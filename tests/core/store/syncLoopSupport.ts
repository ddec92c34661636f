/** A scripted `/sync` client and status recorder for the sync loop tests. */
import { MatrixNetworkError } from "../../../src/core/client/errors";
import type { InviteStore } from "../../../src/core/store/inviteStore";
import type { SyncClient } from "../../../src/core/store/syncLoop";
import type { SyncStatus } from "../../../src/core/store/syncStatus";

/** The options of one `/sync` request. */
export type SyncRequest = Parameters<SyncClient["sync"]>[0];
/** One scripted answer: a response or an error. */
export type Step = { response: unknown } | { error: unknown };

/**
 * A `/sync` client playing a script: each request takes the next step; once the script
 * runs out, the request is a long poll that only ends when its signal aborts.
 */
export function scriptedClient(steps: Step[]) {
  const requests: SyncRequest[] = [];
  const client: SyncClient = {
    sync(request) {
      requests.push(request);
      const step = steps.shift();
      if (step === undefined) return hangUntilAborted(request.signal);
      return "error" in step ? Promise.reject(step.error) : Promise.resolve(step.response);
    },
  };
  return { client, requests };
}

function hangUntilAborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener("abort", () => reject(new DOMException("The operation was aborted.", "AbortError")), { once: true });
  });
}

/** Every status the store published, in order. */
export function recordStatuses(store: InviteStore): SyncStatus[] {
  const statuses: SyncStatus[] = [];
  store.subscribe(() => {
    const status = store.getSyncStatus();
    if (statuses.at(-1) !== status) statuses.push(status);
  });
  return statuses;
}

/** A network failure the way the HTTP client reports one. */
export const networkError = () => new MatrixNetworkError({ requestMayHaveReachedServer: false, method: "GET", path: "/sync" });

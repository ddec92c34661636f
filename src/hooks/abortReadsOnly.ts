/**
 * A view of a {@link MembershipClient} whose reads are cancelled by one signal while its
 * writes are left alone. Hooks use it to stop work on unmount without pretending that an
 * abort can undo a write.
 *
 * Why writes are not aborted: aborting the `fetch` of `POST /join` or `POST /leave` does not
 * cancel it on the server. The request may already have been processed, so aborting only
 * hides the outcome (the user may be joined while the UI never learns it). Letting the
 * write finish keeps the server and the next `/sync` consistent; the hook just drops the
 * answer. Reads (`GET /state`, the room summary, account data, thumbnails) have no effect
 * on the server, so cancelling them is always safe and saves bandwidth.
 */
import type { MembershipClient, RequestOptions } from "../core/client/types";

/** The port's read-only calls: safe to abort at any time. */
const READ_METHODS = new Set<keyof MembershipClient>(["getRoomState", "getRoomSummary", "getAccountData", "fetchThumbnail"]);

/** Where each method takes its options object. */
const OPTIONS_INDEX: Partial<Record<keyof MembershipClient, number>> = {
  getRoomState: 1,
  getRoomSummary: 1,
  getAccountData: 1,
  fetchThumbnail: 2,
};

/**
 * Returns a client that forwards every call to `client`, adding `signal` to the read calls
 * (combined with any signal the caller passed). Write calls are forwarded untouched.
 */
export function abortReadsOnly(client: MembershipClient, signal: AbortSignal): MembershipClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!READ_METHODS.has(property as keyof MembershipClient)) return method.bind(target);
      const index = OPTIONS_INDEX[property as keyof MembershipClient] ?? 1;
      return (...args: unknown[]) => {
        const options = (args[index] ?? {}) as RequestOptions;
        const combined = options.signal ? AbortSignal.any([options.signal, signal]) : signal;
        const next = args.slice();
        while (next.length < index) next.push(undefined);
        next[index] = { ...options, signal: combined };
        return method.apply(target, next);
      };
    },
  });
}

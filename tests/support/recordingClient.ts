/**
 * A recording {@link MembershipClient} for hook and component tests.
 *
 * Every call is recorded (method, arguments, signal, outcome), and what each method answers
 * is decided per test: a value, an error, a function, or "hold" — the call then stays in
 * flight until the test settles it with `call.resolve(…)` / `call.reject(…)`. Like `fetch`,
 * a call rejects with an `AbortError` `DOMException` as soon as its signal aborts.
 *
 * @example
 * ```ts
 * const client = createRecordingClient();
 * client.respond("joinRoom", "hold");                  // every join stays in flight
 * client.respondOnce("getRoomState", { error: new Error("boom") }); // next state read fails
 * // … press Accept …
 * const join = await client.waitForCall("joinRoom");
 * join.resolve({ roomId: join.args[0] });
 * expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
 * ```
 */
import type { MembershipClient, RequestOptions } from "../../src/core/client/types";
import { deferred } from "./deferred";

/** The name of every request method of the port (everything but `userId`). */
export type MembershipMethod = Exclude<keyof MembershipClient, "userId">;

type MethodFunction<M extends MembershipMethod> = NonNullable<MembershipClient[M]> extends (...args: infer A) => infer R
  ? (...args: A) => R
  : never;

/** The arguments a method was called with. */
export type MethodArguments<M extends MembershipMethod> = Parameters<MethodFunction<M>>;

/** What a method resolves with. */
export type MethodResult<M extends MembershipMethod> = Awaited<ReturnType<MethodFunction<M>>>;

/**
 * How a method answers:
 * - `{ value }` resolves with the value (`{ value: undefined }` for calls that return nothing);
 * - `{ error }` rejects with the error;
 * - `"hold"` keeps the call in flight until the test settles the {@link RecordedCall};
 * - a function computes the answer from the arguments (it may return a promise or throw).
 */
export type Answer<M extends MembershipMethod> =
  | { value: MethodResult<M> }
  | { error: unknown }
  | "hold"
  | ((...args: MethodArguments<M>) => MethodResult<M> | Promise<MethodResult<M>>);

/** Where a recorded call stands. */
export type CallStatus = "pending" | "resolved" | "rejected" | "aborted";

/** One recorded call. Settle a held call with `resolve` / `reject`. */
export interface RecordedCall<M extends MembershipMethod = MembershipMethod> {
  /** The method called. */
  readonly method: M;
  /** The arguments, exactly as passed. */
  readonly args: MethodArguments<M>;
  /** The options argument (`{ signal, reason, via … }`), when one was passed. */
  readonly options: RequestOptions & Record<string, unknown>;
  /** The call's abort signal, if any: assert `call.signal?.aborted` to check cancellation. */
  readonly signal: AbortSignal | undefined;
  /** Position among all calls to this client, from 0. */
  readonly index: number;
  /** Current outcome. */
  readonly status: CallStatus;
  /** The promise the caller received. */
  readonly promise: Promise<MethodResult<M>>;
  /** Fulfils a pending call (ignored once settled). */
  resolve(value: MethodResult<M>): void;
  /** Rejects a pending call (ignored once settled). */
  reject(error: unknown): void;
}

/** The recording client: a full {@link MembershipClient} plus the test controls. */
export interface RecordingClient extends MembershipClient {
  /** Every call so far, in order. */
  readonly calls: readonly RecordedCall[];
  /** The calls to one method, in order. */
  callsTo<M extends MembershipMethod>(method: M): RecordedCall<M>[];
  /** The method names called so far, in order: handy for "exactly these requests" assertions. */
  methodsCalled(): MembershipMethod[];
  /** The calls still in flight. */
  pendingCalls(): RecordedCall[];
  /** Sets how every following call to `method` answers (until changed). */
  respond<M extends MembershipMethod>(method: M, answer: Answer<M>): void;
  /** Queues a one-time answer for the next call to `method`; queued answers go first, in order. */
  respondOnce<M extends MembershipMethod>(method: M, answer: Answer<M>): void;
  /**
   * Resolves with the `count`-th call to `method` (1 = first), as soon as it is recorded.
   * Rejects after `timeoutMs` so a missing request fails the test instead of hanging it.
   */
  waitForCall<M extends MembershipMethod>(method: M, count?: number, timeoutMs?: number): Promise<RecordedCall<M>>;
  /** Forgets the recorded calls (answers are kept). Pending calls stay pending. */
  clearCalls(): void;
}

/** Options of {@link createRecordingClient}. */
export interface RecordingClientOptions {
  /** `client.userId`; `"@bob:localhost"` (the invitee of the fixtures) by default. */
  userId?: string;
  /** Initial answers per method; anything not listed gets the default answer. */
  answers?: { [M in MembershipMethod]?: Answer<M> };
  /** Leave out the optional `fetchThumbnail`, like a client without authenticated media. */
  withoutThumbnails?: boolean;
  /**
   * Offer the optional `getInviteState` (default: left out, like a client without it; also
   * offered when `answers.getInviteState` is set). Its default answer is `undefined`.
   */
  withInviteState?: boolean;
  /**
   * Offer the optional `getMutualRooms` (default: left out; also offered when
   * `answers.getMutualRooms` is set). Its default answer is "no shared rooms".
   */
  withMutualRooms?: boolean;
}

/** Which argument holds the options object, per method. */
const OPTIONS_INDEX: { [M in MembershipMethod]-?: number } = {
  joinRoom: 1,
  leaveRoom: 1,
  forgetRoom: 1,
  knockRoom: 1,
  inviteUser: 2,
  kickUser: 2,
  banUser: 2,
  unbanUser: 2,
  getRoomState: 1,
  getRoomSummary: 1,
  reportRoom: 2,
  reportUser: 2,
  getAccountData: 1,
  setAccountData: 2,
  fetchThumbnail: 2,
  getInviteState: 1,
  getMutualRooms: 1,
  slidingSync: 0,
  getVersions: 0,
};

const METHODS = Object.keys(OPTIONS_INDEX) as MembershipMethod[];

/**
 * The answers used when a test sets none: joins and knocks resolve with the room ID (or
 * `!joined:localhost` for an alias), state reads with no events, account data and invite state as absent,
 * thumbnails with an empty PNG blob, everything else with `undefined`.
 */
function defaultAnswer(method: MembershipMethod, args: readonly unknown[]): unknown {
  switch (method) {
    case "joinRoom":
    case "knockRoom": {
      const target = String(args[0]);
      return { roomId: target.startsWith("!") ? target : "!joined:localhost" };
    }
    case "getRoomState":
      return [];
    case "getRoomSummary":
    case "getVersions":
      return {};
    case "getMutualRooms":
      return { supported: true, roomIds: [], count: 0, complete: true };
    case "slidingSync":
      return { pos: "0", lists: {}, rooms: {} };
    case "fetchThumbnail":
      return new Blob([], { type: "image/png" });
    case "getAccountData":
    case "getInviteState":
    case "leaveRoom":
    case "forgetRoom":
    case "inviteUser":
    case "kickUser":
    case "banUser":
    case "unbanUser":
    case "reportRoom":
    case "reportUser":
    case "setAccountData":
      return undefined;
    default:
      return method satisfies never;
  }
}

function abortError(): DOMException {
  return new DOMException("The operation was aborted.", "AbortError");
}

/** Creates a {@link RecordingClient}. See the module documentation for an example. */
export function createRecordingClient(options: RecordingClientOptions = {}): RecordingClient {
  const calls: RecordedCall[] = [];
  /** A recorded call seen from inside: results are untyped here. */
  type InternalCall = Omit<RecordedCall, "resolve" | "reject"> & { resolve(value: unknown): void; reject(error: unknown): void };
  const answers = new Map<MembershipMethod, Answer<MembershipMethod>>();
  const onceAnswers = new Map<MembershipMethod, Answer<MembershipMethod>[]>();
  const waiters = new Set<() => boolean>();
  let callCount = 0;

  for (const [method, answer] of Object.entries(options.answers ?? {})) {
    answers.set(method as MembershipMethod, answer as Answer<MembershipMethod>);
  }

  function nextAnswer(method: MembershipMethod): Answer<MembershipMethod> | undefined {
    const queue = onceAnswers.get(method);
    if (queue && queue.length > 0) return queue.shift();
    return answers.get(method);
  }

  function record(method: MembershipMethod, args: unknown[]): Promise<unknown> {
    const maybeOptions = args[OPTIONS_INDEX[method]];
    const callOptions = (typeof maybeOptions === "object" && maybeOptions !== null ? maybeOptions : {}) as RequestOptions &
      Record<string, unknown>;
    const signal = callOptions.signal;
    const outcome = deferred<unknown>();
    let status: CallStatus = "pending";
    const settle = (next: CallStatus, apply: () => void) => {
      if (status !== "pending") return;
      status = next;
      signal?.removeEventListener("abort", onAbort);
      apply();
    };
    const onAbort = () => settle("aborted", () => outcome.reject(abortError()));
    // Callers may ignore a rejected promise (e.g. after unmount); never let that fail a test run.
    outcome.promise.catch(() => undefined);

    const call: InternalCall = {
      method,
      args: args as MethodArguments<MembershipMethod>,
      options: callOptions,
      signal,
      index: callCount++,
      get status() {
        return status;
      },
      promise: outcome.promise as Promise<never>,
      resolve: (value: unknown) => settle("resolved", () => outcome.resolve(value)),
      reject: (error: unknown) => settle("rejected", () => outcome.reject(error)),
    };
    calls.push(call as unknown as RecordedCall);
    for (const wake of [...waiters]) wake();

    if (signal?.aborted) {
      onAbort();
      return outcome.promise;
    }
    signal?.addEventListener("abort", onAbort, { once: true });

    const answer = nextAnswer(method);
    if (answer === "hold") return outcome.promise;
    if (answer === undefined) {
      call.resolve(defaultAnswer(method, args));
    } else if (typeof answer === "function") {
      try {
        Promise.resolve((answer as (...values: unknown[]) => unknown)(...args)).then(call.resolve, call.reject);
      } catch (error) {
        call.reject(error);
      }
    } else if ("error" in answer) {
      call.reject(answer.error);
    } else {
      call.resolve(answer.value);
    }
    return outcome.promise;
  }

  const client = {
    userId: options.userId ?? "@bob:localhost",
    get calls() {
      return calls.slice();
    },
    callsTo<M extends MembershipMethod>(method: M) {
      return calls.filter((call) => call.method === method) as unknown as RecordedCall<M>[];
    },
    methodsCalled() {
      return calls.map((call) => call.method);
    },
    pendingCalls() {
      return calls.filter((call) => call.status === "pending");
    },
    respond<M extends MembershipMethod>(method: M, answer: Answer<M>) {
      answers.set(method, answer as unknown as Answer<MembershipMethod>);
    },
    respondOnce<M extends MembershipMethod>(method: M, answer: Answer<M>) {
      const queue = onceAnswers.get(method) ?? [];
      queue.push(answer as unknown as Answer<MembershipMethod>);
      onceAnswers.set(method, queue);
    },
    waitForCall<M extends MembershipMethod>(method: M, count = 1, timeoutMs = 2_000) {
      return new Promise<RecordedCall<M>>((resolve, reject) => {
        const check = () => {
          const found = calls.filter((call) => call.method === method)[count - 1];
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found as unknown as RecordedCall<M>);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`waitForCall: call #${count} to ${method} never came (calls: ${client.methodsCalled().join(", ")})`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    clearCalls() {
      calls.length = 0;
    },
  };

  const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of METHODS) {
    if (method === "fetchThumbnail" && options.withoutThumbnails) continue;
    if (method === "getInviteState" && options.withInviteState !== true && options.answers?.getInviteState === undefined) continue;
    if (method === "getMutualRooms" && options.withMutualRooms !== true && options.answers?.getMutualRooms === undefined) continue;
    // Like a client without sliding sync (a custom MembershipClient), unless a test answers them.
    if ((method === "slidingSync" || method === "getVersions") && options.answers?.[method] === undefined) continue;
    methods[method] = (...args: unknown[]) => record(method, args);
  }
  return Object.assign(client, methods) as unknown as RecordingClient;
}

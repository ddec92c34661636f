/**
 * An in-memory account-data client for the settings stories: `getAccountData` and
 * `setAccountData` work against a map, with optional latency, held calls or failures;
 * every other call rejects (the settings never make one).
 */
import { fn } from "storybook/test";
import type { MembershipClient } from "../../core/client/types";

/** How the fake server behaves. */
export interface AccountDataStoryClientOptions {
  /** Account data already on the server, by event type. */
  initial?: Record<string, Record<string, unknown>>;
  /** Reads never answer (the settings stay loading). */
  holdReads?: boolean;
  /** Writes never answer (the settings stay saving). */
  holdWrites?: boolean;
  /** Every read rejects with this. */
  readError?: unknown;
  /** Every write rejects with this. */
  writeError?: unknown;
  /** Latency of every call, in milliseconds. */
  delayMs?: number;
}

/** The fake client, with the account data it holds and spies on both calls. */
export type AccountDataStoryClient = MembershipClient & {
  readonly data: Map<string, Record<string, unknown>>;
  readonly getAccountData: ReturnType<typeof fn>;
  readonly setAccountData: ReturnType<typeof fn>;
};

function unused(): Promise<never> {
  return Promise.reject(new Error("not used by this story"));
}

/** Builds a fresh fake server for one story. */
export function createAccountDataStoryClient(options: AccountDataStoryClientOptions = {}): AccountDataStoryClient {
  const data = new Map(Object.entries(options.initial ?? {}));
  const wait = () => new Promise<void>((resolve) => setTimeout(resolve, options.delayMs ?? 0));
  const never = () => new Promise<never>(() => undefined);
  return {
    userId: "@bob:localhost",
    data,
    getAccountData: fn(async (type: string) => {
      if (options.holdReads) return never();
      await wait();
      if (options.readError !== undefined) throw options.readError;
      return data.get(type);
    }).mockName("getAccountData"),
    setAccountData: fn(async (type: string, content: Record<string, unknown>) => {
      if (options.holdWrites) return never();
      await wait();
      if (options.writeError !== undefined) throw options.writeError;
      data.set(type, { ...content });
    }).mockName("setAccountData"),
    joinRoom: unused,
    leaveRoom: unused,
    forgetRoom: unused,
    knockRoom: unused,
    inviteUser: unused,
    kickUser: unused,
    banUser: unused,
    unbanUser: unused,
    getRoomState: unused,
    getRoomSummary: unused,
    reportRoom: unused,
    reportUser: unused,
  };
}

/**
 * One matrix-js-sdk version, as the shared SDK scenarios take it
 * (`tests/core/client/matrixJsSdkScenarios.ts`, `tests/integration/matrixJsSdkScenarios.ts`).
 * Each version's entry file passes its own `createClient`: assigning it here is the
 * compile-time check that the real `MatrixClient` of that version still fits the adapter's and
 * the feed's structural types.
 */
import type { MatrixJsSdkClientLike } from "../../src/core/client/matrixJsSdk";
import type { MatrixJsSdkEventSource } from "../../src/core/store/matrixJsSdkFeed";
import { vi } from "vitest";
import type { silentLogger } from "./silentLogger";

/** The `createClient` options the scenarios pass; every supported version accepts them. */
export interface SdkClientOptions {
  /** The homeserver base URL. */
  baseUrl: string;
  /** The user's access token. */
  accessToken: string;
  /** The user's ID. */
  userId: string;
  /** The client's logger (the SDK logs every request otherwise). */
  logger: typeof silentLogger;
  /** The `fetch` the SDK sends through (unit scenarios record requests with it). */
  fetchFn?: typeof fetch;
  /** The SDK's own request timeout. */
  localTimeoutMs?: number;
}

/** A matrix-js-sdk `MatrixClient` of any supported version, as the adapter, the feed and the scenarios use it. */
export type SdkClient = MatrixJsSdkClientLike &
  MatrixJsSdkEventSource & {
    /** Starts the SDK's own `/sync`. */
    startClient(options?: { initialSyncLimit?: number }): Promise<void>;
    /** Stops the SDK's `/sync`. */
    stopClient(): void;
  };

/** One installed matrix-js-sdk version under test. */
export interface MatrixJsSdkUnderTest {
  /** The installed version (`package.json`), shown in the test titles. */
  version: string;
  /** The version's `createClient`. */
  createClient(options: SdkClientOptions): SdkClient;
  /**
   * Whether the SDK's `MatrixError` keeps the response headers, so a 429's `Retry-After`
   * header reaches the adapter. SDK 34 keeps only the JSON body (`retry_after_ms`).
   */
  keepsResponseHeaders: boolean;
}

/**
 * Mutes the console output of running SDK clients until the returned function is called:
 * besides the client's own logger, every version also logs through module-level loggers (its
 * sync loop, push rules, MatrixRTC sessions) that no option reaches, at every level (SDK 34
 * reports a state event of a room it has not seen yet as an error). The tests assert on what
 * the store and the server hold, never on these logs.
 */
export function muteSdkChatter(): () => void {
  const methods = ["debug", "info", "log", "warn", "error"] as const;
  const spies = methods.map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
  return () => {
    for (const spy of spies) spy.mockRestore();
  };
}

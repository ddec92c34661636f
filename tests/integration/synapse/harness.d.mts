/** How a harness server rate-limits: effectively never, or with Synapse's shipped defaults. */
export type RateLimits = "relaxed" | "default";

/** Options for {@link startSynapse}. */
export interface StartSynapseOptions {
  /** `"relaxed"` (default) lifts every `rc_*` limit; `"default"` keeps Synapse's, for 429 tests. */
  rateLimits?: RateLimits;
  /** Port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** How long to wait for `/health` before failing with the log tail (default 90 s). */
  timeoutMs?: number;
  /** Keep the temp dir (config, logs) after `stop()`, for debugging. */
  keepDirectory?: boolean;
}

/** What a test needs to reach a harness server; this is what the global setup provides. */
export interface HomeserverConnection {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  baseUrl: string;
  /** Always `localhost`: user IDs look like `@alice:localhost`. */
  serverName: string;
  /** The `registration_shared_secret`, for {@link registerUser}. */
  sharedSecret: string;
}

/** A running Synapse started by {@link startSynapse}. */
export interface Homeserver extends HomeserverConnection {
  /** The listening port. */
  port: number;
  /** Temp dir holding config, signing key, media and logs (deleted by `stop()`). */
  directory: string;
  /** Synapse's WARNING-level log file. */
  logFile: string;
  /** The rate-limit profile it runs with. */
  rateLimits: RateLimits;
  /** Milliseconds from spawn until `/health` answered. */
  startupMs: number;
  /** SIGTERM (SIGKILL after 5 s), then delete the temp dir. Safe to call twice. */
  stop(): Promise<void>;
}

/** Options for {@link registerUser}. */
export interface RegisterUserOptions {
  /** Localpart, e.g. `alice` → `@alice:localhost`. */
  username: string;
  /** Password; a random one is made (and returned) when omitted. */
  password?: string;
  /** Initial display name. */
  displayName?: string;
  /** Register as a server admin. */
  admin?: boolean;
}

/** A freshly registered, logged-in user. */
export interface RegisteredUser {
  userId: string;
  accessToken: string;
  deviceId: string;
  password: string;
  username: string;
}

/** Finds a TCP port on 127.0.0.1 that is free right now. */
export declare function findFreePort(): Promise<number>;
/** True when `port` on 127.0.0.1 can be bound now. */
export declare function isPortFree(port: number): Promise<boolean>;
/** Starts a throw-away Synapse (in-memory SQLite, loopback only) and waits for `/health`. */
export declare function startSynapse(options?: StartSynapseOptions): Promise<Homeserver>;
/** Registers a user through `/_synapse/admin/v1/register` (HMAC-SHA1 with the shared secret). */
export declare function registerUser(
  server: Pick<HomeserverConnection, "baseUrl" | "sharedSecret">,
  options: RegisterUserOptions,
): Promise<RegisteredUser>;

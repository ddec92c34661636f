import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import type { HomeserverApi } from "./api.d.mts";
import { api } from "./api.mjs";
import type { Homeserver, HomeserverConnection, RegisteredUser } from "./harness.d.mts";
import { registerUser, startSynapse } from "./harness.mjs";

export type { Homeserver, HomeserverConnection, RegisteredUser } from "./harness.d.mts";
export type { HomeserverApi } from "./api.d.mts";
export { HomeserverError, api, waitForSync } from "./api.mjs";
export { registerUser, startSynapse } from "./harness.mjs";

/** A user registered for one test, with a raw set-up API bound to its token. */
export interface TestUser extends RegisteredUser {
  /** Raw client-server API for this user (scenario set-up only). */
  api: HomeserverApi;
}

/** The shared relaxed-rate-limit Synapse started by the global setup. */
export function homeserver(): HomeserverConnection {
  return inject("homeserver");
}

/**
 * Registers a fresh user whose localpart starts with `prefix` and is unique across the run
 * (e.g. `newUser("alice")` → `@alice-m3x9k2ab:localhost`), on the shared server or `server`.
 */
export async function newUser(
  prefix = "user",
  options: { displayName?: string; password?: string; admin?: boolean; server?: HomeserverConnection } = {},
): Promise<TestUser> {
  const server = options.server ?? homeserver();
  const safePrefix = prefix.toLowerCase().replace(/[^a-z0-9._=-]/g, "-") || "user";
  const username = `${safePrefix}-${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const user = await registerUser(server, {
    username,
    displayName: options.displayName ?? prefix,
    password: options.password,
    admin: options.admin,
  });
  return { ...user, api: api(server.baseUrl, user.accessToken) };
}

/**
 * Starts a SECOND Synapse with Synapse's default rate limits, for tests that need a real 429.
 * Call it in `beforeAll` and `stop()` it in `afterAll`; startup takes a few seconds.
 */
export function startRateLimitedHomeserver(): Promise<Homeserver> {
  return startSynapse({ rateLimits: "default" });
}

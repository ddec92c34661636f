/**
 * `loginWithPassword`: the one unauthenticated call, for a demo sign-in form. Production
 * hosts usually hand the library an existing access token instead.
 */
import { isUserId } from "../identifiers";
import { MatrixApiError } from "./errors";
import { createRequestConfig } from "./http";
import { sendRequest } from "./request";

/** Options of {@link loginWithPassword}. */
export interface PasswordLoginOptions {
  /** Homeserver base URL (http or https). */
  baseUrl: string;
  /** A full user ID (`@alice:example.org`) or just the localpart (`alice`). */
  user: string;
  /** The password. It is sent once, in the request body, and not kept. */
  password: string;
  /** Shown in the user's session list. Defaults to "matrix-membership-ui". */
  deviceDisplayName?: string;
  /** The `fetch` to use. */
  fetch?: typeof fetch;
  /** Timeout in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Aborts the login. */
  signal?: AbortSignal;
}

/** A new session. */
export interface PasswordLoginResult {
  /** The access token for {@link createMatrixHttpClient}. */
  accessToken: string;
  /** The signed-in user's full ID, as the server reports it. */
  userId: string;
  /** The new device's ID. */
  deviceId: string;
}

/**
 * Signs in with `m.login.password` (`POST /_matrix/client/v3/login`). Rejects with a
 * `TypeError` for a malformed URL or empty credentials (before any request),
 * {@link MatrixApiError} when the server refuses (403 `M_FORBIDDEN`: wrong user or
 * password; 429: too many attempts) or answers without a token, device or valid user ID
 * (status 200), and {@link MatrixNetworkError} when it cannot be reached or redirects (a
 * redirect is never followed, so the password cannot be sent anywhere else).
 */
export async function loginWithPassword(options: PasswordLoginOptions): Promise<PasswordLoginResult> {
  if (options.user.trim() === "") throw new TypeError("A user name is required to sign in");
  if (options.password === "") throw new TypeError("A password is required to sign in");
  const config = createRequestConfig({ baseUrl: options.baseUrl, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const path = "/_matrix/client/v3/login";
  const payload = await sendRequest(config, {
    method: "POST",
    path,
    signal: options.signal,
    body: {
      type: "m.login.password",
      identifier: { type: "m.id.user", user: options.user.trim() },
      password: options.password,
      initial_device_display_name: options.deviceDisplayName ?? "matrix-membership-ui",
    },
  });
  const record = typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>) : {};
  const accessToken = record["access_token"];
  const userId = record["user_id"];
  const deviceId = record["device_id"];
  // The user ID goes into account-data paths: ".." there would reach another endpoint.
  if (typeof accessToken !== "string" || !isUserId(userId) || typeof deviceId !== "string") {
    throw new MatrixApiError({ status: 200, body: payload, method: "POST", path });
  }
  return { accessToken, userId, deviceId };
}

/**
 * Signing in and out for the demo: a password login, the session kept in `sessionStorage`
 * (gone when the tab closes), and plain-language messages for what can go wrong.
 */
import { MatrixApiError, MatrixNetworkError, loginWithPassword, normalizeBaseUrl } from "../src/index";

/** A signed-in session, as stored. */
export interface Session {
  /** Homeserver base URL, normalised. */
  baseUrl: string;
  /** The full user ID the server reported. */
  userId: string;
  /** The access token. */
  accessToken: string;
  /** The device created by the login. */
  deviceId: string;
}

const STORAGE_KEY = "mmui-demo-session";

/** The stored session, when one is present and well-formed. */
export function loadSession(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return undefined;
    const record = value as Record<string, unknown>;
    const { baseUrl, userId, accessToken, deviceId } = record;
    if (typeof baseUrl !== "string" || typeof userId !== "string" || typeof accessToken !== "string" || typeof deviceId !== "string") {
      return undefined;
    }
    return { baseUrl, userId, accessToken, deviceId };
  } catch {
    return undefined;
  }
}

/** Keeps the session for this tab. */
export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

/** Forgets the stored session. */
export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** A sign-in failure the form can show as is. */
export class SignInError extends Error {
  override readonly name = "SignInError";
  /** Which field the message is about, to move focus there. */
  readonly field: "homeserver" | "credentials" | undefined;
  constructor(message: string, field?: "homeserver" | "credentials") {
    super(message);
    this.field = field;
  }
}

/**
 * Checks that `baseUrl` is a Matrix homeserver (`GET /_matrix/client/versions`), then signs in
 * with `m.login.password`. Rejects with a {@link SignInError} whose message tells the user
 * what to do: wrong password, server unreachable, not a homeserver, too many attempts.
 */
export async function signIn(homeserver: string, user: string, password: string, signal?: AbortSignal): Promise<Session> {
  let baseUrl: string;
  try {
    baseUrl = normalizeBaseUrl(homeserver.trim());
  } catch {
    throw new SignInError("Enter the homeserver's address, starting with https:// (or http:// for a local server).", "homeserver");
  }
  await checkHomeserver(baseUrl, signal);
  try {
    const result = await loginWithPassword({ baseUrl, user, password, deviceDisplayName: "matrix-membership-ui demo", signal });
    return { baseUrl, ...result };
  } catch (error) {
    throw describeLoginError(error, baseUrl);
  }
}

async function checkHomeserver(baseUrl: string, signal: AbortSignal | undefined): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/_matrix/client/versions`, { signal: signal ?? AbortSignal.timeout(15_000) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new SignInError(`Could not reach ${baseUrl}. Check the address and your connection, then try again.`, "homeserver");
  }
  let versions: unknown;
  try {
    const body: unknown = await response.json();
    versions = typeof body === "object" && body !== null ? (body as Record<string, unknown>)["versions"] : undefined;
  } catch {
    versions = undefined;
  }
  if (!response.ok || !Array.isArray(versions)) {
    throw new SignInError(`${baseUrl} answered, but it is not a Matrix homeserver. Check the address.`, "homeserver");
  }
}

function describeLoginError(error: unknown, baseUrl: string): Error {
  if (error instanceof TypeError) return new SignInError(error.message, "credentials");
  if (error instanceof MatrixNetworkError) {
    return new SignInError(`Could not reach ${baseUrl}. Check the address and your connection, then try again.`, "homeserver");
  }
  if (error instanceof MatrixApiError) {
    if (error.errcode === "M_FORBIDDEN" || error.status === 403) {
      return new SignInError("Wrong user ID or password.", "credentials");
    }
    if (error.status === 429) {
      const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 5_000) / 1_000));
      return new SignInError(`Too many attempts. Try again in ${seconds} seconds.`);
    }
    if (error.errcode === "M_USER_DEACTIVATED") return new SignInError("This account has been deactivated.", "credentials");
    if (error.status >= 500) return new SignInError("The homeserver had a problem. Try again in a moment.");
    if (error.status === 404) return new SignInError(`${baseUrl} does not offer password sign-in.`, "homeserver");
  }
  return error instanceof Error && error.name === "AbortError" ? error : new SignInError("Signing in failed. Try again.");
}

/** Ends the session on the server (best effort: the local session is dropped either way). */
export async function signOut(session: Session): Promise<void> {
  try {
    await fetch(`${session.baseUrl}/_matrix/client/v3/logout`, {
      method: "POST",
      headers: { Authorization: `Bearer ${session.accessToken}`, "Content-Type": "application/json" },
      body: "{}",
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    // Offline: the token stays valid on the server, but this tab no longer holds it.
  }
}

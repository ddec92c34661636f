import type { HomeserverApi } from "./api.d.mts";
import type { HomeserverConnection, RegisteredUser } from "./harness.d.mts";

/** A seeded user: registered, with a fixed password (`<name>-password`) and a raw API. */
export interface SeededUser extends RegisteredUser {
  displayName: string;
  api: HomeserverApi;
}

/** What kind of invite (or knock target) a seeded room is. */
export type SeededRoomKind =
  | "named-room"
  | "direct-message"
  | "space"
  | "room-version-12"
  | "encrypted"
  | "public-alias-only"
  | "unnamed-group"
  | "inviter-left"
  | "knockable"
  | "knock-pending"
  | "knock-accepted"
  | "lookalike-inviter"
  | "bidi-override"
  | "javascript-avatar"
  | "impersonation"
  | "long-name";

/** One seeded room. */
export interface SeededRoom {
  kind: SeededRoomKind;
  /** What it shows, for people trying the UI. */
  description: string;
  roomId: string;
  /** The room's alias, when it has one. */
  alias?: string;
  /** Whether the demo user holds an invite to it (false: knock target or pending knock). */
  invited: boolean;
}

/** The seeded users and rooms. */
export interface SeedResult {
  users: Record<"demo" | "alice" | "bob" | "carol" | "mallory", SeededUser>;
  rooms: SeededRoom[];
  /** The user every invite goes to. */
  demoUserId: string;
}

/**
 * Registers the sample users (`demo`, `alice`, `bob`, `carol`, `mallory`, each with password
 * `<name>-password`; `suffix` is appended to the localparts) and creates an invite of every
 * kind for `demo`: named room, DM, space, v12 room, encrypted, alias-only, unnamed group,
 * inviter left, knock-able/pending/accepted knocks, and hostile ones (lookalike inviter,
 * bidi override, `javascript:` avatar and HTML, impersonation, longest accepted name).
 */
export declare function seedHomeserver(
  server: HomeserverConnection,
  options?: { suffix?: string; log?: (line: string) => void },
): Promise<SeedResult>;

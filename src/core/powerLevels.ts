/**
 * Room creators and power levels as the authorization rules see them, for room versions
 * 1–12 (spec: Room Versions; Client-Server API → `m.room.power_levels`).
 *
 * Everything here reads untrusted state. A state that no homeserver could have accepted
 * (no create event, an unknown room version, a power-levels event with values the room
 * version forbids) is "broken": the readers return `undefined` and the authorization
 * checks built on them deny.
 */
import type { StrippedStateEvent } from "./types";
import { findStateEvent, isPlainObject, ownProperty, parseStrippedState } from "./strippedState";
import { isUserId } from "./identifiers";
import { MAX_CREATORS } from "./summary";

/** The highest room version whose authorization rules we implement. */
export const LATEST_SUPPORTED_ROOM_VERSION = 12;

/** What the `m.room.create` event tells the authorization rules. */
export interface RoomCreation {
  /** The room version as a number, 1–12. */
  roomVersion: number;
  /** The sender of the create event. */
  sender: string;
  /**
   * The room creators: `content.creator` in versions 1–10 (falling back to the sender,
   * which every server sets it equal to), the sender in version 11, and the sender plus
   * `additional_creators` in version 12.
   */
  creators: readonly string[];
  /** `false` when `content["m.federate"]` is `false`: only the creator's server may take part. */
  federate: boolean;
}

/** A room's effective power levels: the `m.room.power_levels` event with the spec's defaults filled in. */
export interface PowerLevels {
  /** The room version the levels were read for. */
  roomVersion: number;
  /** Explicit per-user levels. Room version 12 creators are not listed: their level is infinite. */
  users: ReadonlyMap<string, number>;
  /** Level of every user not in `users` (`users_default`, default 0). */
  usersDefault: number;
  /** Level needed to invite (`invite`, default 0). */
  invite: number;
  /** Level needed to kick, disinvite or deny a knock (`kick`, default 50). */
  kick: number;
  /** Level needed to ban and unban (`ban`, default 50). */
  ban: number;
  /** Level needed to redact others' events (`redact`, default 50). */
  redact: number;
  /** Level needed for state events not listed in `events` (`state_default`, default 50; 0 without a power-levels event). */
  stateDefault: number;
  /** Level needed for message events not listed in `events` (`events_default`, default 0). */
  eventsDefault: number;
  /** Room creators. In room version 12 their level is `Infinity`. */
  creators: readonly string[];
  /** Whether the room has an `m.room.power_levels` event (without one, v1–11 creators have 100). */
  hasPowerLevelsEvent: boolean;
}

/** How a member's power level reads in the UI (for a power-level badge). */
export interface PowerLevelDescription {
  /** `creator`: a room version 12 creator (infinite power); `admin`: 100 or more; `moderator`: 50 or more; `default`: the room's `users_default`; `custom`: anything else. */
  kind: "creator" | "admin" | "moderator" | "custom" | "default";
  /** The numeric level (`Infinity` for room version 12 creators). */
  level: number;
}

/** Reads the create event. `undefined` when it is missing, its sender is not a user ID, or the room version is unknown. */
export function readRoomCreation(events: readonly StrippedStateEvent[]): RoomCreation | undefined {
  const create = findStateEvent(events, "m.room.create");
  if (!create || !isUserId(create.sender)) return undefined;
  const roomVersion = parseRoomVersion(ownProperty(create.content, "room_version"));
  if (roomVersion === undefined) return undefined;
  const creators: string[] = [];
  if (roomVersion <= 10) {
    // Versions 1–10 name the creator in `content.creator`; servers set it to the sender.
    const creator = ownProperty(create.content, "creator");
    creators.push(isUserId(creator) ? creator : create.sender);
  } else {
    creators.push(create.sender);
  }
  if (roomVersion >= 12) {
    const additional = ownProperty(create.content, "additional_creators");
    if (additional !== undefined) {
      // Version 12 rejects a create event whose `additional_creators` is not an array of user IDs.
      if (!Array.isArray(additional)) return undefined;
      // A create event is at most 64 KiB, which holds far fewer user IDs than this: a longer
      // list (a Proxy claiming billions of entries) cannot have been accepted by a server.
      if (additional.length > MAX_CREATORS) return undefined;
      // A Set, not `includes`: a hostile create event may list many thousands of creators
      // and the check must stay linear.
      const seen = new Set(creators);
      for (const userId of additional as unknown[]) {
        if (!isUserId(userId)) return undefined;
        if (seen.has(userId)) continue;
        seen.add(userId);
        creators.push(userId);
      }
    }
  }
  return { roomVersion, sender: create.sender, creators, federate: ownProperty(create.content, "m.federate") !== false };
}

/** `"1"`–`"12"` as a number; an absent version means `"1"` (spec: `m.room.create`). */
function parseRoomVersion(value: unknown): number | undefined {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^(?:[1-9]|1[0-2])$/.test(value)) return undefined;
  return Number(value);
}

/**
 * Reads one power-level value as the room version allows it: integers everywhere; in
 * versions 1–9 also strings holding an integer (`" +050 "`); in versions 1–5 also floats,
 * truncated (no canonical JSON before version 6). `undefined` for anything else.
 */
export function parsePowerLevelValue(value: unknown, roomVersion: number): number | undefined {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return value + 0; // + 0 turns -0 into 0
    if (roomVersion <= 5 && Number.isFinite(value)) {
      const truncated = Math.trunc(value);
      return Number.isSafeInteger(truncated) ? truncated + 0 : undefined;
    }
    return undefined;
  }
  if (typeof value === "string" && roomVersion <= 9 && /^\s*[+-]?[0-9]+\s*$/.test(value)) {
    const parsed = Number(value.trim());
    return Number.isSafeInteger(parsed) ? parsed + 0 : undefined;
  }
  return undefined;
}

const LEVEL_FIELDS = [
  ["usersDefault", "users_default", 0],
  ["invite", "invite", 0],
  ["kick", "kick", 50],
  ["ban", "ban", 50],
  ["redact", "redact", 50],
  ["stateDefault", "state_default", 50],
  ["eventsDefault", "events_default", 0],
] as const;

/**
 * The effective power levels for a creation and the state's `m.room.power_levels` event.
 * `undefined` when the event holds a value the room version forbids (such an event cannot
 * have been accepted, so the state is broken).
 */
export function readPowerLevels(events: readonly StrippedStateEvent[], creation: RoomCreation): PowerLevels | undefined {
  const event = findStateEvent(events, "m.room.power_levels");
  const users = new Map<string, number>();
  const levels: PowerLevels = {
    roomVersion: creation.roomVersion,
    users,
    usersDefault: 0,
    invite: 0,
    kick: 50,
    ban: 50,
    redact: 50,
    stateDefault: event ? 50 : 0,
    eventsDefault: 0,
    creators: creation.creators,
    hasPowerLevelsEvent: event !== undefined,
  };
  if (!event) {
    // No power-levels event: before version 12 the creator has 100, everyone else 0.
    if (creation.roomVersion < 12) for (const creator of creation.creators) users.set(creator, 100);
    return levels;
  }
  for (const [field, key, fallback] of LEVEL_FIELDS) {
    const raw = ownProperty(event.content, key);
    if (raw === undefined) {
      levels[field] = fallback;
      continue;
    }
    const parsed = parsePowerLevelValue(raw, creation.roomVersion);
    if (parsed === undefined) return undefined;
    levels[field] = parsed;
  }
  const rawUsers = ownProperty(event.content, "users");
  if (rawUsers !== undefined) {
    if (!isPlainObject(rawUsers)) return undefined;
    for (const userId of Object.keys(rawUsers)) {
      const parsed = parsePowerLevelValue(rawUsers[userId], creation.roomVersion);
      if (parsed === undefined || !isUserId(userId)) return undefined;
      users.set(userId, parsed);
    }
  }
  if (creation.roomVersion >= 12) for (const creator of creation.creators) users.delete(creator);
  return levels;
}

/** A user's level under these power levels: `Infinity` for room version 12 creators. */
export function powerLevelOf(levels: PowerLevels, userId: string): number {
  if (levels.roomVersion >= 12 && levels.creators.includes(userId)) return Infinity;
  return levels.users.get(userId) ?? levels.usersDefault;
}

function readCreationAndLevels(stateEvents: unknown): PowerLevels | undefined {
  const events = parseStrippedState(stateEvents);
  const creation = readRoomCreation(events);
  return creation ? readPowerLevels(events, creation) : undefined;
}

/**
 * The room's effective power levels from its state (`GET /rooms/{roomId}/state`, or an
 * invite's stripped state), defaults included. `undefined` when the state is broken: no
 * valid create event, an unsupported room version, or a malformed power-levels event.
 */
export function getPowerLevels(stateEvents: unknown): PowerLevels | undefined {
  try {
    return readCreationAndLevels(stateEvents);
  } catch {
    return undefined;
  }
}

/**
 * A user's power level: `Infinity` for room version 12 creators; 100 for the creator of a
 * version 1–11 room without a power-levels event; else the `users` entry or `users_default`.
 * `undefined` when the state is broken or `userId` is not a user ID.
 */
export function getUserPowerLevel(stateEvents: unknown, userId: string): number | undefined {
  if (!isUserId(userId)) return undefined;
  const levels = getPowerLevels(stateEvents);
  return levels ? powerLevelOf(levels, userId) : undefined;
}

/**
 * The room creators: the create event's sender (`content.creator` before version 11),
 * plus `additional_creators` in room version 12. Empty when the state is broken.
 */
export function getRoomCreators(stateEvents: unknown): string[] {
  try {
    const creation = readRoomCreation(parseStrippedState(stateEvents));
    return creation ? [...creation.creators] : [];
  } catch {
    return [];
  }
}

/** Describes a level for a badge, given the room's power levels. */
export function describeLevel(levels: PowerLevels, userId: string): PowerLevelDescription {
  const level = powerLevelOf(levels, userId);
  if (level === Infinity) return { kind: "creator", level };
  if (level >= 100) return { kind: "admin", level };
  if (level >= 50) return { kind: "moderator", level };
  if (level === levels.usersDefault) return { kind: "default", level };
  return { kind: "custom", level };
}

/**
 * How a member's power level reads in a badge: `creator` (room version 12 creators,
 * infinite power), `admin` (100 or more), `moderator` (50 or more), `default` (the room's
 * `users_default`) or `custom`. `undefined` when the state is broken or `userId` is not a user ID.
 */
export function describePowerLevel(stateEvents: unknown, userId: string): PowerLevelDescription | undefined {
  if (!isUserId(userId)) return undefined;
  const levels = getPowerLevels(stateEvents);
  return levels ? describeLevel(levels, userId) : undefined;
}

/**
 * The spec's `m.room.member` authorization rules (room versions 1–12), evaluated on the
 * client against a room's current state, so the UI offers only actions the homeserver
 * would accept. The server still decides: this check never replaces its answer.
 *
 * Version differences we follow (spec: Room Versions):
 * - v1–v6: join rules `public` and `invite`; self-leave from `invite` or `join`.
 * - v7: `knock` membership and join rule; self-leave also from `knock`; an invited or
 *   joined user may join a `knock` room.
 * - v8/v9: `restricted` joins (see {@link MembershipChangeRequest.joinAuthorisedViaUsersServer}).
 * - v10: `knock_restricted`; power levels must be integers (strings allowed in v1–9, floats in v1–5).
 * - v11: the creator is the create event's sender (`content.creator` before).
 * - v12: creators are the create event's sender plus `additional_creators`, with infinite
 *   power: nobody, not even another creator, can kick or ban them.
 *
 * Unsupported room versions and broken state (no create event, a sender or target that is
 * not a user ID, a malformed power-levels or member event) deny.
 */
import type { JoinRule, Membership, StrippedStateEvent } from "./types";
import { isPlainObject, ownProperty, parseStrippedState } from "./strippedState";
import { isUserId, serverNameOf } from "./identifiers";
import { powerLevelOf, readPowerLevels, readRoomCreation } from "./powerLevels";
import type { PowerLevels, RoomCreation } from "./powerLevels";

/** A membership change to check: `sender` wants to set `target`'s membership to `membership`. */
export interface MembershipChangeRequest {
  /** Who sends the `m.room.member` event (the acting user). */
  sender: string;
  /** Whose membership changes (the event's `state_key`). */
  target: string;
  /** The membership the event would set. */
  membership: Membership;
  /** The reason the event would carry. It does not affect authorization. */
  reason?: string;
  /**
   * For a join under the `restricted` / `knock_restricted` rules: the user whose server
   * vouches that the joiner satisfies the room's `allow` conditions
   * (`content.join_authorised_via_users_server`). A client cannot verify the `allow` list
   * from state alone, so without this field such a join is allowed only for a user who is
   * already invited or joined; with it, the vouching user must be joined with enough power
   * to invite, as the spec requires.
   */
  joinAuthorisedViaUsersServer?: string;
}

/** Which membership actions the acting user may take on a target, for the member-actions UI. */
export interface AllowedMemberActions {
  /** Invite the target (also: accept their knock). False when they are already joined, invited or banned. */
  invite: boolean;
  /** Remove the target: kick when joined, disinvite when invited, deny the knock when knocking. */
  kick: boolean;
  /** Ban the target (who is not banned yet). */
  ban: boolean;
  /** Lift the target's ban. */
  unban: boolean;
}

/** The parts of a room's state the membership rules read, parsed once. */
interface RoomAuthState {
  creation: RoomCreation;
  powerLevels: PowerLevels;
  /** The join rule, `invite` when the room has no join-rules event (as Synapse assumes). */
  joinRule: JoinRule | "unknown";
  /** Each user's current membership; absent means `leave`. */
  memberships: Map<string, Membership | "invalid">;
  /** Whether the create event is the only state (the creator's first join is then allowed). */
  onlyCreateEvent: boolean;
}

const MEMBERSHIPS: readonly string[] = ["invite", "join", "leave", "ban", "knock"];
const JOIN_RULES: readonly string[] = ["public", "invite", "knock", "restricted", "knock_restricted", "private"];

function readRoomAuthState(stateEvents: unknown): RoomAuthState | undefined {
  const events: StrippedStateEvent[] = parseStrippedState(stateEvents);
  const creation = readRoomCreation(events);
  if (!creation) return undefined;
  const powerLevels = readPowerLevels(events, creation);
  if (!powerLevels) return undefined;
  let joinRule: RoomAuthState["joinRule"] = "invite";
  const memberships = new Map<string, Membership | "invalid">();
  for (const event of events) {
    if (event.type === "m.room.join_rules" && event.state_key === "") {
      const rule = ownProperty(event.content, "join_rule");
      joinRule = typeof rule === "string" && JOIN_RULES.includes(rule) ? (rule as JoinRule) : "unknown";
    } else if (event.type === "m.room.member" && isUserId(event.state_key)) {
      const membership = ownProperty(event.content, "membership");
      memberships.set(
        event.state_key,
        typeof membership === "string" && MEMBERSHIPS.includes(membership) ? (membership as Membership) : "invalid",
      );
    }
  }
  return { creation, powerLevels, joinRule, memberships, onlyCreateEvent: events.length === 1 };
}

function membershipOf(room: RoomAuthState, userId: string): Membership | "invalid" {
  return room.memberships.get(userId) ?? "leave";
}

/** Reads the request defensively: it may come straight from untyped code. */
function readRequest(change: unknown): MembershipChangeRequest | undefined {
  if (!isPlainObject(change)) return undefined;
  const sender = ownProperty(change, "sender");
  const target = ownProperty(change, "target");
  const membership = ownProperty(change, "membership");
  if (!isUserId(sender) || !isUserId(target)) return undefined;
  if (typeof membership !== "string" || !MEMBERSHIPS.includes(membership)) return undefined;
  const via = ownProperty(change, "joinAuthorisedViaUsersServer");
  const request: MembershipChangeRequest = { sender, target, membership: membership as Membership };
  if (typeof via === "string") request.joinAuthorisedViaUsersServer = via;
  return request;
}

function isAllowed(room: RoomAuthState, change: MembershipChangeRequest): boolean {
  const { creation, powerLevels } = room;
  const version = creation.roomVersion;
  const { sender, target } = change;
  // Rule: with `m.federate: false` only users of the creator's server may send events.
  if (!creation.federate && serverNameOf(sender) !== serverNameOf(creation.sender)) return false;
  const senderMembership = membershipOf(room, sender);
  const targetMembership = membershipOf(room, target);
  if (senderMembership === "invalid" || targetMembership === "invalid") return false;
  const senderLevel = powerLevelOf(powerLevels, sender);
  const targetLevel = powerLevelOf(powerLevels, target);

  switch (change.membership) {
    case "join": {
      // The creator's own first join, right after the create event.
      if (room.onlyCreateEvent && creation.creators[0] === target) return true;
      if (sender !== target) return false;
      if (senderMembership === "ban") return false;
      const isMember = senderMembership === "invite" || senderMembership === "join";
      switch (room.joinRule) {
        case "public":
          return true;
        case "invite":
          return isMember;
        case "knock":
          return version >= 7 && isMember;
        case "restricted":
        case "knock_restricted": {
          const minimumVersion = room.joinRule === "restricted" ? 8 : 10;
          if (version < minimumVersion) return false;
          if (isMember) return true;
          return isAuthorisingUser(room, change.joinAuthorisedViaUsersServer);
        }
        case "private":
        case "unknown":
          return false;
        default:
          room.joinRule satisfies never;
          return false;
      }
    }
    case "invite":
      // Third-party invites (`content.third_party_invite`) need signatures we cannot
      // check here; this covers the ordinary invite.
      if (senderMembership !== "join") return false;
      if (targetMembership === "join" || targetMembership === "ban") return false;
      return senderLevel >= powerLevels.invite;
    case "leave":
      if (sender === target) {
        return senderMembership === "invite" || senderMembership === "join" || (version >= 7 && senderMembership === "knock");
      }
      if (senderMembership !== "join") return false;
      if (targetMembership === "ban" && senderLevel < powerLevels.ban) return false;
      return senderLevel >= powerLevels.kick && targetLevel < senderLevel;
    case "ban":
      if (senderMembership !== "join") return false;
      return senderLevel >= powerLevels.ban && targetLevel < senderLevel;
    case "knock":
      if (!joinRuleTakesKnocks(room.joinRule, version)) return false;
      if (sender !== target) return false;
      return senderMembership !== "ban" && senderMembership !== "invite" && senderMembership !== "join";
    default:
      change.membership satisfies never;
      return false;
  }
}

/** The knock rule's version gates: `knock` from room version 7, `knock_restricted` from 10. */
function joinRuleTakesKnocks(joinRule: JoinRule | "unknown" | undefined, roomVersion: number): boolean {
  if (joinRule === "knock") return roomVersion >= 7;
  if (joinRule === "knock_restricted") return roomVersion >= 10;
  return false;
}

/**
 * Whether a room with this join rule and room version takes knocks, for a preview read
 * before joining (a room summary): `knock` from room version 7, `knock_restricted` from
 * room version 10, as the authorization rules say. A version that is absent or not a plain
 * number is given the benefit of the doubt; the server has the last word on the knock.
 */
export function acceptsKnocks(joinRule: JoinRule | undefined, roomVersion: string | undefined): boolean {
  const version = typeof roomVersion === "string" && /^[1-9][0-9]{0,8}$/.test(roomVersion) ? Number(roomVersion) : Infinity;
  return joinRuleTakesKnocks(joinRule, version);
}

/** The spec: the vouching user must be able to invite; Synapse also requires them to be joined. */
function isAuthorisingUser(room: RoomAuthState, userId: string | undefined): boolean {
  if (!isUserId(userId)) return false;
  return membershipOf(room, userId) === "join" && powerLevelOf(room.powerLevels, userId) >= room.powerLevels.invite;
}

/**
 * Whether the spec's `m.room.member` authorization rules, for the room's version, allow
 * `change` against the room's current state (`GET /rooms/{roomId}/state` or the `/sync`
 * state). Room versions 1–12. Unknown versions, broken state and malformed requests deny;
 * never throws. The power levels used are the room's, with the spec's defaults when the
 * room has no power-levels event (creator 100 in v1–11, infinite for v12 creators; `invite`
 * 0, `kick` and `ban` 50, `users_default` 0).
 */
export function isMembershipChangeAllowed(stateEvents: unknown, change: MembershipChangeRequest): boolean {
  try {
    const request = readRequest(change);
    if (!request) return false;
    const room = readRoomAuthState(stateEvents);
    return room ? isAllowed(room, request) : false;
  } catch {
    return false;
  }
}

const NO_ACTIONS: AllowedMemberActions = { invite: false, kick: false, ban: false, unban: false };

/**
 * Which of invite / kick / ban / unban `actorId` may do to `targetId`, for a member-actions
 * menu. Each is allowed only when the authorization rules allow it and it would change
 * something: `invite` for a target who has left, never joined, or knocked (accepting the
 * knock); `kick` for a joined, invited (disinvite) or knocking (deny) target; `ban` for
 * anyone not banned yet; `unban` for a banned target. Acting on oneself is never offered.
 * All false for broken state or invalid user IDs.
 */
export function getMemberActions(stateEvents: unknown, actorId: string, targetId: string): AllowedMemberActions {
  try {
    if (!isUserId(actorId) || !isUserId(targetId) || actorId === targetId) return { ...NO_ACTIONS };
    const room = readRoomAuthState(stateEvents);
    if (!room) return { ...NO_ACTIONS };
    const targetMembership = membershipOf(room, targetId);
    const allowed = (membership: Membership) => isAllowed(room, { sender: actorId, target: targetId, membership });
    return {
      invite: (targetMembership === "leave" || targetMembership === "knock") && allowed("invite"),
      kick:
        (targetMembership === "join" || targetMembership === "invite" || targetMembership === "knock") &&
        allowed("leave"),
      ban: targetMembership !== "ban" && targetMembership !== "invalid" && allowed("ban"),
      unban: targetMembership === "ban" && allowed("leave"),
    };
  } catch {
    return { ...NO_ACTIONS };
  }
}

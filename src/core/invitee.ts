/**
 * Checks a typed user ID before inviting: the identifier grammar (`@local:server`, at most
 * 255 characters) and the room's live state (already joined, invited or banned; yourself;
 * no permission to invite). Returns a problem code the view words, or `undefined`.
 */
import { getMemberActions } from "./authorization";
import { MAX_IDENTIFIER_LENGTH, isUserId } from "./identifiers";
import { ownProperty, parseStrippedState } from "./strippedState";

/** Why a typed user ID cannot be invited. */
export type InviteeProblem = "empty" | "format" | "too_long" | "self" | "joined" | "invited" | "banned" | "not_allowed";

/** `userId`'s membership in the validated state; `leave` when they have no member event. */
function membershipOf(stateEvents: unknown, userId: string): unknown {
  let membership: unknown = "leave";
  for (const event of parseStrippedState(stateEvents)) {
    if (event.type === "m.room.member" && event.state_key === userId) membership = ownProperty(event.content, "membership");
  }
  return membership;
}

/**
 * The problem with inviting `typed` (trimmed) as `actorId` into the room whose live state is
 * `stateEvents`, or `undefined` when the invite may be sent. Never throws, whatever the state.
 */
export function validateInvitee(typed: string, stateEvents: readonly unknown[], actorId: string): InviteeProblem | undefined {
  const userId = typeof typed === "string" ? typed.trim() : "";
  if (userId === "") return "empty";
  if (userId.length > MAX_IDENTIFIER_LENGTH) return "too_long";
  if (!isUserId(userId)) return "format";
  if (userId === actorId) return "self";
  switch (membershipOf(stateEvents, userId)) {
    case "join":
      return "joined";
    case "invite":
      return "invited";
    case "ban":
      return "banned";
    default:
      return getMemberActions(stateEvents, actorId, userId).invite ? undefined : "not_allowed";
  }
}

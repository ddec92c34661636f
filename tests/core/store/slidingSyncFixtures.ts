/**
 * Simplified sliding sync answers for the store and loop tests, from the real Synapse 1.163
 * capture `tests/fixtures/sliding-sync-invites.json` (bob is the invitee, alice invites him
 * to a named room and a DM; he accepts the first and declines the second).
 */
import capture from "../../fixtures/sliding-sync-invites.json";

/** The capture's invitee. */
export const SLIDING_USER = capture.user_id;
/** The capture's inviter. */
export const SLIDING_INVITER = capture.inviter_id;
/** The named room bob accepts. */
export const NAMED_ROOM = capture.named_room_id;
/** The DM bob declines. */
export const DM_ROOM = capture.dm_room_id;
/** After the captures were taken. */
export const AFTER_SLIDING_CAPTURE = 1_900_000_000_000;

/** A deep copy of one captured answer, so a test may change it. */
export function slidingAnswer(name: "first" | "after_accept" | "after_decline" | "after_ignore"): Record<string, unknown> {
  return structuredClone(capture[name]) as Record<string, unknown>;
}

/** The captured answers to a `pos` Synapse cannot parse (400 `M_UNKNOWN`) and one it forgot (400 `M_UNKNOWN_POS`). */
export const SLIDING_ERRORS = capture.errors;

/** The invite list of an answer, as an MSC4186-final server would send it: `count` only, no `ops`. */
export function withoutOps(answer: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(answer);
  const lists = copy["lists"] as Record<string, Record<string, unknown>>;
  for (const list of Object.values(lists)) delete list["ops"];
  return copy;
}

/**
 * Display-name disambiguation for room names (spec: "Calculating the display name for a
 * user"): the same rule as the core's `disambiguateDisplayNames`, which the inviter line
 * and timeline text use, so a name is never flagged in one place and trusted in another.
 */
import { disambiguateDisplayNames } from "../core/displayNames";
import type { RoomMember } from "../core/types";

/**
 * The user IDs whose display name needs the user ID beside it: names that look alike
 * (after normalisation, invisible characters removed) for different users among `members`,
 * and names that look like a user ID other than the member's own.
 */
export function findAmbiguousMembers(members: readonly RoomMember[]): Set<string> {
  const ambiguous = new Set<string>();
  for (const member of disambiguateDisplayNames(members)) {
    if (member.isAmbiguous) ambiguous.add(member.userId);
  }
  return ambiguous;
}

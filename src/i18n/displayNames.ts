/**
 * Display-name disambiguation (spec: "Calculating the display name for a user"): a name
 * shared by two members, or one that looks like a user ID, is shown with the user ID.
 * Local to the i18n layer until the core's `disambiguateDisplayNames` lands.
 */
import type { RoomMember } from "../core/types";

// Compare names the way a reader would: compatibility-normalised, case-folded, spaces squeezed.
function collisionKey(name: string): string {
  return name.normalize("NFKC").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

/**
 * The user IDs whose display name needs the user ID beside it: names shared by different
 * users among `members`, and names that start with `@` and contain `:` (they could pass
 * for someone else's user ID).
 */
export function findAmbiguousMembers(members: readonly RoomMember[]): Set<string> {
  const usersByName = new Map<string, Set<string>>();
  for (const member of members) {
    if (!member.displayName) continue;
    const key = collisionKey(member.displayName);
    const users = usersByName.get(key) ?? new Set<string>();
    users.add(member.userId);
    usersByName.set(key, users);
  }
  const ambiguous = new Set<string>();
  for (const member of members) {
    if (!member.displayName) continue;
    const looksLikeUserId = member.displayName.startsWith("@") && member.displayName.includes(":");
    const shared = (usersByName.get(collisionKey(member.displayName))?.size ?? 0) > 1;
    if (looksLikeUserId || shared) ambiguous.add(member.userId);
  }
  return ambiguous;
}

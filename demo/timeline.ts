/**
 * The room's membership history for the demo: `GET /rooms/{roomId}/messages` filtered to
 * `m.room.member`, newest first, described by the library's `describeMembershipChange`.
 * (The library's port has no timeline call; a host client would use its own timeline.)
 */
import { describeMembershipChange, type MembershipChangeDescription } from "../src/index";
import type { Session } from "./session";

/** Up to `limit` membership changes, oldest first. Invalid events are skipped. */
export async function fetchMembershipChanges(
  session: Session,
  roomId: string,
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<MembershipChangeDescription[]> {
  const query = new URLSearchParams({
    dir: "b",
    limit: String(options.limit ?? 30),
    filter: JSON.stringify({ types: ["m.room.member"], lazy_load_members: false }),
  });
  const response = await fetch(`${session.baseUrl}/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/messages?${query}`, {
    headers: { Authorization: `Bearer ${session.accessToken}` },
    signal: options.signal,
  });
  if (!response.ok) throw new Error(`The room history could not be loaded (${response.status}).`);
  const body: unknown = await response.json();
  const chunk = typeof body === "object" && body !== null ? (body as Record<string, unknown>)["chunk"] : undefined;
  if (!Array.isArray(chunk)) return [];
  const changes: MembershipChangeDescription[] = [];
  for (const event of chunk) {
    const change = describeMembershipChange(event);
    if (change.kind !== "invalid" && change.kind !== "no_change") changes.push(change);
  }
  return changes.reverse();
}

/** Plain English for one change (the library's `MembershipEventText` replaces this when exported). */
export function describeChangeInWords(change: MembershipChangeDescription, nameOf: (userId: string) => string): string {
  const actor = nameOf(change.actor);
  const target = change.targetDisplayName ?? nameOf(change.target);
  const reason = change.reason ? ` (reason: ${change.reason})` : "";
  switch (change.kind) {
    case "joined":
      return `${target} joined${reason}`;
    case "invited":
      return `${actor} invited ${target}${reason}`;
    case "invite_rejected":
      return `${target} declined the invite${reason}`;
    case "invite_revoked":
      return `${actor} withdrew the invite for ${target}${reason}`;
    case "left":
      return `${target} left${reason}`;
    case "kicked":
      return `${actor} removed ${target}${reason}`;
    case "banned":
      return `${actor} banned ${target}${reason}`;
    case "unbanned":
      return `${actor} unbanned ${target}${reason}`;
    case "knocked":
      return `${target} asked to join${reason}`;
    case "knock_retracted":
      return `${target} cancelled their request to join${reason}`;
    case "knock_denied":
      return `${actor} denied ${target}'s request to join${reason}`;
    case "knock_accepted":
      return `${actor} accepted ${target}'s request to join${reason}`;
    case "display_name_changed":
      return `${change.oldDisplayName ?? change.target} is now called ${change.newDisplayName ?? change.target}`;
    case "avatar_changed":
      return `${target} changed their avatar`;
    case "profile_changed":
      return `${target} changed their profile`;
    case "no_change":
      return `${target} updated their membership`;
    default:
      return change.kind satisfies never;
  }
}

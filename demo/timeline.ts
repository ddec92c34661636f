/**
 * The room's membership history for the demo: `GET /rooms/{roomId}/messages` filtered to
 * `m.room.member`, oldest first. The library's port has no timeline call (a host client has
 * its own timeline); the events are shown with the library's `MembershipEventText`.
 */
import { describeMembershipChange } from "../src/index";
import type { Session } from "./session";

/** One membership event as received (untrusted), with a key for React. */
export interface MembershipTimelineItem {
  key: string;
  event: unknown;
}

/** Up to `limit` membership events that change something, oldest first. */
export async function fetchMembershipEvents(
  session: Session,
  roomId: string,
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<MembershipTimelineItem[]> {
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
  const items: MembershipTimelineItem[] = [];
  chunk.forEach((event: unknown, index) => {
    const change = describeMembershipChange(event);
    if (change.kind === "invalid" || change.kind === "no_change") return;
    items.push({ key: change.eventId ?? `index-${index}`, event });
  });
  return items.reverse();
}

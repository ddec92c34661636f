/**
 * The member part of a summary (internal to the core): how many members have joined or are
 * invited, and the spec's member-based room name for a room with neither a name nor an alias.
 */
import { cleanName } from "./text";
import { readField, type ValidatedStateEvent } from "./strippedState";
import { MAX_NAME_MEMBERS, readMembership } from "./roomName";
import type { SummaryEvents } from "./summaryEvents";
import type { Inviter, RoomMember, RoomName } from "./types";

/** How many members the state shows as joined and as invited. */
export interface MemberCounts {
  /** Members whose membership is `join`. */
  joined: number;
  /** Members whose membership is `invite`. */
  invited: number;
}

/** Counts the joined and invited members among the room's member events (the user's own included). */
export function countMembers(members: Iterable<ValidatedStateEvent>): MemberCounts {
  let joined = 0;
  let invited = 0;
  for (const event of members) {
    const membership = readMembership(event);
    if (membership === "join") joined += 1;
    else if (membership === "invite") invited += 1;
  }
  return { joined, invited };
}

/**
 * The room's name from its members, per the spec ("Calculating the display name for a
 * room"): up to five other joined or invited members, the inviter first, plus how many
 * more; empty when nobody else is known. The inviter counts even without a member event of
 * their own: the auth rules only let joined users invite, so the invite is evidence enough.
 */
export function nameFromMembers(state: SummaryEvents, userId: string | undefined, inviter: Inviter | undefined): RoomName {
  const named: RoomMember[] = [];
  let total = 0;
  if (inviter !== undefined && inviter.userId !== userId && isInviterActive(state, inviter.userId)) {
    named.push(inviter.displayName === undefined ? { userId: inviter.userId } : { userId: inviter.userId, displayName: inviter.displayName });
    total += 1;
  }
  for (const event of state.members.values()) {
    const memberId = event.state_key;
    if (memberId === userId || memberId === inviter?.userId || !isActive(event)) continue;
    total += 1;
    if (named.length < MAX_NAME_MEMBERS) named.push(toRoomMember(event));
  }
  return total === 0 ? { kind: "empty" } : { kind: "members", members: named, othersCount: total - named.length };
}

/** Whether the inviter is still in the room: joined or invited, or without a member event at all. */
function isInviterActive(state: SummaryEvents, inviterId: string): boolean {
  const event = state.members.get(inviterId);
  return event === undefined || isActive(event);
}

/** Whether a member event says the member has joined or is invited (the members a room name lists). */
function isActive(event: ValidatedStateEvent): boolean {
  const membership = readMembership(event);
  return membership === "join" || membership === "invite";
}

function toRoomMember(event: ValidatedStateEvent): RoomMember {
  const userId = event.state_key;
  const displayName = cleanName(readField(event.content, "displayname"));
  return displayName === undefined ? { userId } : { userId, displayName };
}

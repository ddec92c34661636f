/**
 * The member part of a summary (internal to the core): the joined and invited counts and,
 * when the room has neither a name nor an alias, the spec's member-based name, both from
 * one pass over the winning member events, reading each member's membership once.
 */
import { cleanName } from "./text";
import { isUserId } from "./identifiers";
import { MAX_NAME_MEMBERS, toMembership } from "./roomName";
import { readContent, type MemberState, type SummaryState } from "./summaryState";
import type { Inviter, Membership, RoomMember, RoomSummary } from "./types";

/** The inviter, with what the name and the counts need from their member event (read once). */
export interface InviterState {
  /** The inviter as the summary shows them. */
  inviter: Inviter;
  /** Their member event, when the state has one. */
  event: MemberState | undefined;
  /** That event's membership. */
  membership: Membership | undefined;
}

/**
 * Sets `joinedMemberCount` and `invitedMemberCount` and, when `withName` (no `m.room.name`,
 * no alias), the name per the spec ("Calculating the display name for a room"): up to
 * five other joined or invited members (the inviter first) plus how many more, else empty.
 *
 * The inviter counts as a member even without a member event of their own: the auth rules
 * only let joined users invite, so the invite event is evidence enough.
 */
export function readMembers(
  summary: Omit<RoomSummary, "trusted">,
  state: SummaryState,
  userId: string | undefined,
  ownMembership: Membership | undefined,
  inviter: InviterState | undefined,
  withName: boolean,
): void {
  const inviterId = inviter?.inviter.userId;
  const named: RoomMember[] = [];
  let total = 0;
  if (withName && inviter !== undefined && inviterId !== userId) {
    const active = inviter.membership === "join" || inviter.membership === "invite";
    if (inviter.event === undefined || active) {
      const displayName = inviter.inviter.displayName;
      named.push(displayName === undefined ? { userId: inviter.inviter.userId } : { userId: inviter.inviter.userId, displayName });
      total += 1;
    }
  }
  let joined = 0;
  let invited = 0;
  const members = state.members;
  const count = state.memberCount;
  for (let index = 0; index < count; index++) {
    const member = members[index] as MemberState;
    const memberId = member.stateKey;
    if (!isUserId(memberId)) continue;
    let membership: Membership | undefined;
    if (memberId === userId) {
      membership = ownMembership;
    } else if (memberId === inviterId) {
      membership = inviter?.membership;
    } else {
      membership = toMembership(readContent(member.content, "membership"));
      if (withName && (membership === "join" || membership === "invite")) {
        total += 1;
        if (named.length < MAX_NAME_MEMBERS) named.push(toRoomMember(memberId, member));
      }
    }
    if (membership === "join") joined += 1;
    else if (membership === "invite") invited += 1;
  }
  summary.joinedMemberCount = joined;
  summary.invitedMemberCount = invited;
  if (withName && total > 0) summary.name = { kind: "members", members: named, othersCount: total - named.length };
}

function toRoomMember(userId: string, member: MemberState): RoomMember {
  const displayName = cleanName(readContent(member.content, "displayname"));
  return displayName === undefined ? { userId } : { userId, displayName };
}

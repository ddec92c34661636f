/**
 * Invites from people the user blocked: the one rule for which pending invites the inbox hides
 * because their inviter is on the ignore list (`m.ignored_user_list`), and the list of them the
 * store keeps, so the inbox can offer "3 hidden invites from people you ignore" and decline
 * them.
 *
 * Which of them a client ever sees depends on the server. Synapse (1.163) withholds invites
 * from ignored users from `/sync` and from sliding sync lists, incremental and initial alike:
 * an invite sent after the ignore never reaches the store. One the store held stays in it,
 * hidden (a full resync or a list that no longer names it does not drop it, since the server
 * leaves it out only because of the ignore), until a sync settles the room or it is declined.
 * So the list holds invites the store saw before their inviter was ignored and that are still
 * pending: the ones a block-and-clear run has yet to decline (it ignores first, and the
 * server then stops listing them), did not get to (cancelled, failed, or stopped), and the
 * ones of a sender ignored from another client.
 */

/**
 * What these rules read of a store entry (an `InviteEntry`), written out here so that the
 * store can use them without the two files importing each other.
 */
interface EntryWithInviter {
  readonly kind: string;
  readonly summary: { readonly inviter?: { readonly userId: string } | undefined };
}

/** Whether `entry` is an invite whose inviter is on `ignoredUsers` (a knock never is). */
export function isBlockedInvite(entry: EntryWithInviter, ignoredUsers: ReadonlySet<string>): boolean {
  if (entry.kind !== "invite") return false;
  const inviter = entry.summary.inviter?.userId;
  return inviter !== undefined && ignoredUsers.has(inviter);
}

/**
 * The blocked invites among `entries`, newest first (by `compare`), as a frozen array; the
 * `previous` array itself when it holds the same entries in the same order, so a
 * `useSyncExternalStore` reader does not render again.
 */
export function collectBlockedInvites<Entry extends EntryWithInviter>(
  entries: Iterable<Entry>,
  ignoredUsers: ReadonlySet<string>,
  compare: (left: Entry, right: Entry) => number,
  previous: readonly Entry[],
): readonly Entry[] {
  const blocked: Entry[] = [];
  if (ignoredUsers.size > 0) for (const entry of entries) if (isBlockedInvite(entry, ignoredUsers)) blocked.push(entry);
  blocked.sort(compare);
  if (blocked.length === previous.length && blocked.every((entry, index) => entry === previous[index])) return previous;
  return Object.freeze(blocked);
}

/** The distinct inviters of `entries`, in order of first appearance (the senders a "decline them" run blocks again). */
export function sendersOf(entries: readonly EntryWithInviter[]): string[] {
  const senders = new Set<string>();
  for (const entry of entries) {
    const inviter = entry.summary.inviter?.userId;
    if (inviter !== undefined) senders.add(inviter);
  }
  return [...senders];
}

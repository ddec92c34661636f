/**
 * The `invite_wave` rule of `assessInvite`: how many of one sender's pending invites fall within
 * one window. The index of a pending-invite list does not depend on the time asked about, so a
 * host that passes a fresh `now` for every row pays one O(n log n) build per list, then a binary
 * search per row. Internal to the core: `assessInvite` is the public way in.
 */
import { isUserId } from "./identifiers";
import type { InviteEntry } from "./store/inviteStore";

/** A sender's wave: the most of their pending invites within one window, and the window. */
export interface InviteWave {
  /** How many of the sender's pending invites fall within `windowMs` of each other, at most. */
  count: number;
  /** The window, in milliseconds. */
  windowMs: number;
}

/**
 * The wave index of one pending-invite list, for one list length and window. Most invites
 * count from their own time on (an invite timed after `now` is not counted yet). A room is
 * counted once, for whichever of its entries comes first in the list among those timed no
 * later than `now`: so the rare entry listed after another one for its room, but timed
 * earlier, counts only from its own time until that earlier-listed one's (`shadowed`).
 */
interface WaveIndex {
  length: number | undefined;
  windowMs: number;
  /** Per sender, the times of the invites that count from their time on (sorted when first asked). */
  times: Map<string, number[]>;
  /** Per sender, the invites that count only until a time; rare. */
  shadowed: Map<string, { time: number; until: number }[]>;
  /** Per sender asked about: `densest[k]`, the most of their sorted `times[0..k)` within one window. */
  densest: Map<string, number[]>;
}

const waveIndexes = new WeakMap<object, WaveIndex>();

/**
 * The sender's wave among `invites` at time `now` (every invite counts when `now` is
 * `undefined`), or `undefined` when they have fewer than `waveSize` within `windowMs`. The
 * index is cached per list object and rebuilt when its length or the window changes.
 */
export function findInviteWave(invites: unknown, sender: string, options: { now: number | undefined; waveSize: number; windowMs: number }): InviteWave | undefined {
  if (read(() => Array.isArray(invites)) !== true) return undefined;
  const { now, waveSize, windowMs } = options;
  const length = read(() => (invites as readonly unknown[]).length);
  let index = waveIndexes.get(invites as object);
  if (index === undefined || index.length !== length || index.windowMs !== windowMs) {
    index = { length, windowMs, densest: new Map(), ...indexSenders(invites as readonly unknown[]) };
    waveIndexes.set(invites as object, index);
  }
  const times = index.times.get(sender) ?? [];
  const shadowed = index.shadowed.get(sender);
  // Fewer invites than a wave needs make none, whenever: most senders of a large inbox.
  if (times.length + (shadowed?.length ?? 0) < waveSize) return undefined;
  let densest = index.densest.get(sender);
  if (densest === undefined) {
    densest = densestWindow(times.sort((first, second) => first - second), windowMs);
    index.densest.set(sender, densest);
  }
  const count = densestAt(times, densest, shadowed, now ?? Infinity, windowMs);
  return count >= waveSize ? { count, windowMs } : undefined;
}

/** The most of the sender's invites counted at `now` within one window (`times` sorted, `densest` made from them). */
function densestAt(times: readonly number[], densest: readonly number[], shadowed: readonly { time: number; until: number }[] | undefined, now: number, windowMs: number): number {
  const counted = countAtOrBefore(times, now);
  // Some invites count only for a while: slide over the ones that count at `now`.
  const alive = shadowed?.filter(({ time, until }) => time <= now && now < until).map(({ time }) => time) ?? [];
  if (alive.length === 0) return densest[counted] ?? 0;
  const all = times.slice(0, counted).concat(alive).sort((first, second) => first - second);
  return densestWindow(all, windowMs).at(-1) ?? 0;
}

/** How many of the ascending `times` are at most `now` (binary search). */
function countAtOrBefore(times: readonly number[], now: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((times[middle] ?? Infinity) <= now) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `result[k]`: the most of the ascending `times[0..k)` within `windowMs` of each other, so
 * `result.at(-1)` is the densest window of them all.
 */
function densestWindow(times: readonly number[], windowMs: number): number[] {
  const result = [0];
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while ((times[end] ?? 0) - (times[start] ?? 0) > windowMs) start += 1;
    best = Math.max(best, end - start + 1);
    result.push(best);
  }
  return result;
}

/**
 * Each sender's invite times, read once. Times are the entries' `sortTime` (the invite's own
 * time, never later than its arrival, so a remote server cannot spread a wave by back- or
 * forward-dating it much). A room is counted once: at a given `now`, for the first entry in
 * the list timed no later than `now`. So an entry counts from its own time until an earlier
 * entry for its room also counts (the earliest time among those before it); an entry listed
 * after one for its room timed no later never counts.
 */
function indexSenders(invites: readonly unknown[]): Pick<WaveIndex, "times" | "shadowed"> {
  const earliestByRoom = new Map<string, number>();
  const times = new Map<string, number[]>();
  const shadowed = new Map<string, { time: number; until: number }[]>();
  read(() => {
    for (const entry of invites) {
      const invite = readInvite(entry);
      if (invite === undefined) continue;
      const { roomId, sender, time } = invite;
      const earlier = earliestByRoom.get(roomId);
      if (earlier !== undefined && earlier <= time) continue;
      earliestByRoom.set(roomId, time);
      if (earlier === undefined) pushTo(times, sender, time);
      else pushTo(shadowed, sender, { time, until: earlier });
    }
  });
  return { times, shadowed };
}

function pushTo<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else list.push(item);
}

/** One pending invite's room, sender and time, or `undefined` for a knock or anything unreadable. */
function readInvite(entry: unknown): { roomId: string; sender: string; time: number } | undefined {
  return read(() => {
    if (typeof entry !== "object" || entry === null) return undefined;
    const { kind, roomId, sortTime, summary } = entry as Partial<InviteEntry>;
    const sender: unknown = summary?.inviter?.userId;
    if (kind !== "invite" || typeof roomId !== "string" || !isUserId(sender)) return undefined;
    if (typeof sortTime !== "number" || !Number.isFinite(sortTime)) return undefined;
    return { roomId, sender, time: sortTime };
  });
}

/** Runs a read that untyped callers may make throw (getters, Proxies); `undefined` when it does. */
function read<T>(reader: () => T): T | undefined {
  try {
    return reader();
  } catch {
    return undefined;
  }
}

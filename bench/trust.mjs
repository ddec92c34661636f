// Benchmark 8: assessInvite for every row of a 10,000-invite inbox, with one `now` for the whole
// list and with a different `now` for each row (a host passing Date.now() per row).
import { cpuMs, median, nowMs } from "./stats.mjs";

const HOUR = 60 * 60 * 1000;
const ROUNDS = 5;

/**
 * 10,000 pending invites shaped like the invite store's entries: 900 senders with 10 invites
 * each spread over a day, and one spammer's 1,000 sent within a few minutes.
 * @param {number} count
 * @param {number} start
 */
export function makePendingInvites(count, start) {
  const invites = [];
  for (let index = 0; index < count; index += 1) {
    const spam = index % 10 === 9;
    const userId = spam ? "@spammer:evil.example" : `@user${index % 1000}:example.org`;
    const sortTime = spam ? start + 23 * HOUR + index * 17 : start + ((index * 7919) % (24 * HOUR));
    invites.push({
      kind: "invite",
      roomId: `!room${String(index).padStart(6, "0")}:example.org`,
      sortTime,
      receivedAt: sortTime,
      sequence: index,
      summary: { isDirect: index % 20 === 0, inviter: { userId, displayName: spam ? "Spam" : `User ${index % 1000}` } },
    });
  }
  return invites;
}

/**
 * @param {{ core: any, rows?: number }} options `rows`: how many rows to assess per round (all by default)
 * @returns {{ invites: number, rows: number, rounds: number, sameNow: { ms: number, cpuMs: number }, eachNow: { ms: number, cpuMs: number }, waves: number }}
 */
export function benchTrust({ core, rows }) {
  const start = Date.UTC(2026, 11, 1);
  const invites = makePendingInvites(10_000, start);
  const rowCount = Math.min(rows ?? invites.length, invites.length);
  const knownUserIds = new Set(Array.from({ length: 100 }, (_, index) => `@user${index}:example.org`));
  const now = start + 24 * HOUR;

  /** Assesses `rowCount` rows against a fresh copy of the list (so its index is built inside the timing). */
  const run = (/** @type {boolean} */ eachRowItsOwnNow) => {
    const pendingInvites = [...invites];
    let waves = 0;
    const wallStart = nowMs();
    const cpuStart = cpuMs();
    for (let row = 0; row < rowCount; row += 1) {
      const entry = pendingInvites[row];
      const result = core.assessInvite(entry.summary, { knownUserIds, pendingInvites, now: eachRowItsOwnNow ? now + row : now });
      if (result.reasons.includes("invite_wave")) waves += 1;
    }
    return { ms: nowMs() - wallStart, cpuMs: cpuMs() - cpuStart, waves };
  };

  run(false);
  run(true); // warm-up
  /** @type {{ ms: number[], cpuMs: number[] }} */
  const same = { ms: [], cpuMs: [] };
  /** @type {{ ms: number[], cpuMs: number[] }} */
  const each = { ms: [], cpuMs: [] };
  let waves = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const first = run(false);
    same.ms.push(first.ms);
    same.cpuMs.push(first.cpuMs);
    const second = run(true);
    each.ms.push(second.ms);
    each.cpuMs.push(second.cpuMs);
    if (first.waves !== second.waves) throw new Error(`waves differ: ${first.waves} with one now, ${second.waves} with one per row`);
    waves = second.waves;
  }
  return {
    invites: invites.length,
    rows: rowCount,
    rounds: ROUNDS,
    sameNow: { ms: median(same.ms), cpuMs: median(same.cpuMs) },
    eachNow: { ms: median(each.ms), cpuMs: median(each.cpuMs) },
    waves,
  };
}

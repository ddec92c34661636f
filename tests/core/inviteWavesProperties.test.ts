/**
 * Property-based checks of the `invite_wave` index (fast-check): whatever the list and however
 * many times it is asked about at different times, `assessInvite` finds the same wave as a naive
 * count over the list as it stands at that time, hostile timestamps and repeated rooms included.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessInvite, isUserId } from "../../src/core";
import type { InviteEntry } from "../../src/core";

const SENDERS = ["@alice:localhost", "@mallory:evil.example", "@bob:localhost"];
const sender = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...SENDERS) }, { weight: 1, arbitrary: fc.constantFrom("mallory", "", 7) });

/** Times that cluster (so waves form), spread, and times no reader should count. */
const sortTime = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, -1, -0, Number.MAX_VALUE, -Number.MAX_VALUE, "1000", null, undefined, {}, 10n),
  },
  { weight: 1, arbitrary: fc.double() },
);

/** Entries with a few rooms only, so the same room is often listed more than once. */
const entry: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      roomId: fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom("!a:localhost", "!b:localhost", "!c:localhost", "!d:localhost", "!e:localhost", "!f:localhost", "!g:localhost") },
        { weight: 1, arbitrary: fc.constantFrom<unknown>(42, null) },
      ),
      kind: fc.oneof({ weight: 8, arbitrary: fc.constant("invite") }, { weight: 1, arbitrary: fc.constantFrom("knock", undefined) }),
      summary: fc.oneof(
        { weight: 8, arbitrary: fc.record({ inviter: fc.record({ userId: sender }) }) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>({}, null, { inviter: null }) },
      ),
      sortTime,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 7, "junk", [], {}) },
);

/** The wave as the rule states it, counted the slow way over the list as it stands at `now`. */
function naiveWave(invites: readonly unknown[], of: string, now: number | undefined, waveSize: number, windowMs: number) {
  const countedRooms = new Set<string>();
  const times: number[] = [];
  for (const item of invites) {
    if (typeof item !== "object" || item === null) continue;
    const { kind, roomId, sortTime: time, summary } = item as Record<string, unknown>;
    const inviter = (summary as { inviter?: { userId?: unknown } } | null | undefined)?.inviter?.userId;
    if (kind !== "invite" || typeof roomId !== "string" || !isUserId(inviter)) continue;
    if (typeof time !== "number" || !Number.isFinite(time) || (now !== undefined && time > now)) continue;
    if (countedRooms.has(roomId)) continue;
    countedRooms.add(roomId);
    if (inviter === of) times.push(time);
  }
  let count = 0;
  for (const start of times) count = Math.max(count, times.filter((time) => time >= start && time - start <= windowMs).length);
  return count >= waveSize ? { count, windowMs } : undefined;
}

const now = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: -100_000, max: 2_200_000 }) }, { weight: 1, arbitrary: fc.constant(undefined) });

describe("assessInvite's invite_wave index", () => {
  it("finds the wave a naive count finds, for every time asked about the same list", () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 40 }),
        fc.array(fc.tuple(fc.constantFrom(...SENDERS), now), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 1_500_000 }),
        (list, questions, waveSize, waveWindowMs) => {
          const pendingInvites = list as InviteEntry[];
          for (const [from, at] of questions) {
            const result = assessInvite({ isDirect: false, inviter: { userId: from } }, { pendingInvites, now: at, waveSize, waveWindowMs });
            const expected = naiveWave(list, from, at, waveSize, waveWindowMs);
            expect(result.details.wave).toEqual(expected);
            expect(result.reasons.includes("invite_wave")).toBe(expected !== undefined);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hears invites added to the same array, and a changed window, between questions", () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 20 }),
        fc.array(entry, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(...SENDERS),
        now,
        fc.integer({ min: 0, max: 1_500_000 }),
        (first, added, from, at, waveWindowMs) => {
          const pendingInvites = [...first] as InviteEntry[];
          const ask = (windowMs: number) => assessInvite({ isDirect: false, inviter: { userId: from } }, { pendingInvites, now: at, waveSize: 2, waveWindowMs: windowMs }).details.wave;
          expect(ask(waveWindowMs)).toEqual(naiveWave(pendingInvites, from, at, 2, waveWindowMs));
          pendingInvites.push(...(added as InviteEntry[]));
          expect(ask(waveWindowMs)).toEqual(naiveWave(pendingInvites, from, at, 2, waveWindowMs));
          expect(ask(waveWindowMs * 2)).toEqual(naiveWave(pendingInvites, from, at, 2, waveWindowMs * 2));
        },
      ),
      { numRuns: 200 },
    );
  });
});

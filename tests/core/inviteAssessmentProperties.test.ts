/**
 * Property-based checks of `assessInvite` and `getInviteTreatment` (fast-check): junk never
 * throws, the level always follows from the reasons, and knowing more about a sender never
 * makes an invite look worse.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessInvite, getInviteTreatment } from "../../src/core";
import type { InviteAssessmentContext, InviteEntry, InviteSummary, InviteTrustLevel } from "../../src/core";

const SUSPICIOUS = ["name_like_contact", "name_is_user_id", "invite_wave"];
const RANK: Record<InviteTrustLevel, number> = { known: 0, unknown: 1, suspicious: 2 };

const userId = fc.constantFrom("@alice:localhost", "@mallory:evil.example", "@bob:localhost", "@carol:example.org");
const displayName = fc.oneof(fc.constant(undefined), fc.constantFrom("Alice", "\u0410lice", "@alice:localhost", "Bob", "Mallory"), fc.string());
const summary = fc.record({ isDirect: fc.boolean(), inviter: fc.option(fc.record({ userId, displayName }), { nil: undefined }) });

const entry = fc.record({
  roomId: fc.constantFrom("!a:localhost", "!b:localhost", "!c:localhost", "!d:localhost", "!e:localhost", "!f:localhost"),
  kind: fc.constantFrom("invite", "knock"),
  summary: fc.record({ isDirect: fc.boolean(), inviter: fc.record({ userId }) }),
  receivedAt: fc.integer({ min: 0, max: 3_600_000 }),
  sortTime: fc.integer({ min: 0, max: 3_600_000 }),
  sequence: fc.nat(),
}) as fc.Arbitrary<unknown> as fc.Arbitrary<InviteEntry>;

const context: fc.Arbitrary<InviteAssessmentContext> = fc.record(
  {
    knownUserIds: fc.uniqueArray(userId).map((ids) => new Set(ids)),
    knownDisplayNames: fc.array(fc.tuple(userId, fc.constantFrom("Alice", "Bob", "Mallory"))).map((pairs) => new Map(pairs)),
    pendingInvites: fc.array(entry, { maxLength: 12 }),
    sharedRoomIds: fc.array(fc.constantFrom("!shared:localhost", "junk", "!other:localhost")),
    now: fc.integer({ min: 0, max: 4_000_000 }),
    waveSize: fc.integer({ min: 2, max: 6 }),
    waveWindowMs: fc.integer({ min: 0, max: 3_600_000 }),
    freshness: fc.record({ changes: fc.array(fc.constantFrom("renamed", "room_empty")) }),
  },
  { requiredKeys: [] },
);

describe("assessInvite properties", () => {
  it("never throws on arbitrary junk in the summary or the context", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (junkSummary, junkContext) => {
        const result = assessInvite(junkSummary as InviteSummary, junkContext as InviteAssessmentContext);
        expect(["known", "unknown", "suspicious"]).toContain(result.level);
      }),
    );
  });

  it("calls every sender unknown, and nothing suspicious, without a context", () => {
    fc.assert(
      fc.property(summary, (invite) => {
        const { level, reasons } = assessInvite(invite);
        expect(level === "unknown" || reasons.includes("name_is_user_id")).toBe(true);
        expect(reasons.filter((reason) => reason !== "name_is_user_id" && reason !== "unknown_dm")).toEqual([]);
      }),
    );
  });

  it("is suspicious exactly when a suspicious reason holds", () => {
    fc.assert(
      fc.property(summary, context, (invite, host) => {
        const { level, reasons } = assessInvite(invite, host);
        expect(level === "suspicious").toBe(reasons.some((reason) => SUSPICIOUS.includes(reason)));
      }),
    );
  });

  it("never makes the level worse when the host knows one more user", () => {
    fc.assert(
      fc.property(summary, context, userId, (invite, host, extra) => {
        const before = assessInvite(invite, host);
        const knownUserIds = new Set([...(host.knownUserIds ?? []), extra]);
        const after = assessInvite(invite, { ...host, knownUserIds });
        expect(RANK[after.level]).toBeLessThanOrEqual(RANK[before.level]);
        expect(after.reasons.filter((reason) => SUSPICIOUS.includes(reason))).toEqual(before.reasons.filter((reason) => SUSPICIOUS.includes(reason)));
      }),
    );
  });

  it("gives the same answer twice for the same inputs (pure, caches included)", () => {
    fc.assert(
      fc.property(summary, context, (invite, host) => {
        expect(assessInvite(invite, host)).toEqual(assessInvite(invite, host));
      }),
    );
  });
});

describe("getInviteTreatment properties", () => {
  it("never throws and always answers with allowed values, whatever the grading", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (level, grading) => {
        const treatment = getInviteTreatment(level as InviteTrustLevel, grading as never);
        expect(["show", "hide"]).toContain(treatment.avatars);
        expect(["show", "collapse", "hide"]).toContain(treatment.message);
        expect(["show", "fold"]).toContain(treatment.invite);
      }),
    );
  });
});

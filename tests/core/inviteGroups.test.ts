/**
 * `createInviteGrouping`: which inbox group an invite goes to, by trust (with a host
 * context) or by kind (without), and which groups start folded.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessInvite, summarizeInvite } from "../../src/core";
import { createInviteGrouping, INVITE_GROUP_ORDER } from "../../src/core/inviteGroups";
import type { InviteEntry, InviteSummary } from "../../src/core";
import namedRoom from "../fixtures/invite-named-room-full.json";
import dmUnnamed from "../fixtures/invite-dm-unnamed.json";

const BOB = "@bob:localhost";
const ALICE = "@alice:localhost";
const MALLORY = "@mallory:localhost";

function entry(index: number, sender: string, options: { kind?: "invite" | "knock"; direct?: boolean; displayName?: string; time?: number } = {}): InviteEntry {
  const capture = options.direct === true ? dmUnnamed : namedRoom;
  const base = summarizeInvite(capture.sync_invite_entry.invite_state, { userId: BOB, roomId: capture.room_id });
  const summary = { ...base, inviter: { userId: sender, displayName: options.displayName } } as InviteSummary;
  const time = options.time ?? 1_000 + index;
  return { roomId: `!room${index}:localhost`, kind: options.kind ?? "invite", summary, receivedAt: time, sortTime: time, sequence: index };
}

describe("grouping by kind (no trust context)", () => {
  it("keeps people, rooms and knocks apart, as the inbox always did", () => {
    const list = [entry(1, ALICE), entry(2, ALICE, { direct: true }), entry(3, ALICE, { kind: "knock" })];
    const grouping = createInviteGrouping({ pendingInvites: list });
    expect(grouping.mode).toBe("kind");
    expect(list.map(grouping.groupOf)).toEqual(["rooms", "people", "knocks"]);
    expect(grouping.assessmentOf(list[0] as InviteEntry)).toBeUndefined();
    expect(grouping.isFoldedByDefault("unknown")).toBe(false);
  });

  it("gathers senders outside knownUserIds under unknown", () => {
    const list = [entry(1, ALICE), entry(2, MALLORY)];
    const grouping = createInviteGrouping({ pendingInvites: list, knownUserIds: new Set([ALICE]) });
    expect(list.map(grouping.groupOf)).toEqual(["rooms", "unknown"]);
  });
});

describe("grouping by trust", () => {
  it("calls every sender unknown with an empty context", () => {
    const list = [entry(1, ALICE), entry(2, MALLORY, { direct: true })];
    const grouping = createInviteGrouping({ pendingInvites: list, trust: {} });
    expect(grouping.mode).toBe("trust");
    expect(list.map(grouping.groupOf)).toEqual(["unknown", "unknown"]);
  });

  it("puts known senders, strangers and lookalikes in known, unknown and suspicious", () => {
    const list = [entry(1, ALICE), entry(2, "@carol:localhost"), entry(3, MALLORY, { displayName: "Alice" }), entry(4, ALICE, { kind: "knock" })];
    const grouping = createInviteGrouping({
      pendingInvites: list,
      trust: { knownUserIds: new Set([ALICE]), knownDisplayNames: new Map([[ALICE, "Alice"]]) },
    });
    expect(list.map(grouping.groupOf)).toEqual(["known", "unknown", "suspicious", "knocks"]);
    expect(grouping.assessmentOf(list[2] as InviteEntry)?.reasons).toContain("name_like_contact");
    expect(grouping.assessmentOf(list[3] as InviteEntry)).toBeUndefined();
  });

  it("counts a wave from the list's own pending invites", () => {
    const list = Array.from({ length: 6 }, (_, index) => entry(index, MALLORY, { time: 10_000 + index }));
    const grouping = createInviteGrouping({ pendingInvites: list, trust: {} });
    expect(new Set(list.map(grouping.groupOf))).toEqual(new Set(["suspicious"]));
    expect(grouping.assessmentOf(list[0] as InviteEntry)?.details.wave?.count).toBe(6);
  });

  it("reads each sender's mutual-rooms answer from the map", () => {
    const list = [entry(1, "@carol:localhost"), entry(2, "@dave:localhost")];
    const grouping = createInviteGrouping({
      pendingInvites: list,
      trust: { sharedRoomIds: new Map([["@carol:localhost", ["!shared:localhost"]], ["@dave:localhost", []]]) },
    });
    expect(list.map(grouping.groupOf)).toEqual(["known", "unknown"]);
  });

  it("folds the levels whose invites fold: suspicious by default, others when the host says so", () => {
    const conservative = createInviteGrouping({ pendingInvites: [], trust: {} });
    expect(conservative.isFoldedByDefault("suspicious")).toBe(true);
    expect(conservative.isFoldedByDefault("unknown")).toBe(false);
    expect(conservative.isFoldedByDefault("knocks")).toBe(false);
    expect(conservative.treatmentOf("unknown")?.avatars).toBe("hide");
    const strict = createInviteGrouping({ pendingInvites: [], trust: {}, grading: { unknown: { invite: "fold" }, suspicious: { invite: "show" } } });
    expect(strict.isFoldedByDefault("unknown")).toBe(true);
    expect(strict.isFoldedByDefault("suspicious")).toBe(false);
  });

  it("assesses each entry once, however often it is grouped", () => {
    const list = [entry(1, ALICE)];
    const grouping = createInviteGrouping({ pendingInvites: list, trust: {} });
    expect(grouping.assessmentOf(list[0] as InviteEntry)).toBe(grouping.assessmentOf(list[0] as InviteEntry));
  });

  it("does not throw on a hostile mutual-rooms map", () => {
    const hostile = new Map<string, readonly string[]>();
    Object.defineProperty(hostile, "get", { value: () => { throw new Error("boom"); } });
    const grouping = createInviteGrouping({ pendingInvites: [], trust: { sharedRoomIds: hostile } });
    expect(grouping.groupOf(entry(1, ALICE))).toBe("unknown");
  });
});

describe("INVITE_GROUP_ORDER", () => {
  it("lists every group once, known first and knocks last", () => {
    expect(new Set(INVITE_GROUP_ORDER).size).toBe(INVITE_GROUP_ORDER.length);
    expect(INVITE_GROUP_ORDER[0]).toBe("known");
    expect(INVITE_GROUP_ORDER.at(-1)).toBe("knocks");
    expect(INVITE_GROUP_ORDER.indexOf("unknown")).toBeLessThan(INVITE_GROUP_ORDER.indexOf("suspicious"));
  });
});

describe("grouping by trust, many invites per inviter", () => {
  const senders = fc.constantFrom(ALICE, MALLORY, "@carol:localhost");
  const names = fc.constantFrom(undefined, "Alice", "Аlice", "@alice:localhost", "Mallory");
  const invite = fc.record({ sender: senders, displayName: names, direct: fc.boolean(), time: fc.integer({ min: 0, max: 1_200_000 }), knock: fc.boolean() });

  it("gives every invite the assessment assessInvite gives it alone", () => {
    fc.assert(
      fc.property(fc.array(invite, { maxLength: 30 }), fc.integer({ min: 2, max: 4 }), (specs, waveSize) => {
        const list = specs.map((spec, index) => entry(index, spec.sender, { displayName: spec.displayName, direct: spec.direct, time: spec.time, kind: spec.knock ? "knock" : "invite" }));
        const trust = { knownUserIds: new Set([ALICE]), knownDisplayNames: new Map([[ALICE, "Alice"]]), sharedRoomIds: new Map([[MALLORY, []]]), now: 1_300_000, waveSize };
        const grouping = createInviteGrouping({ trust, pendingInvites: list });
        for (const item of list) {
          const alone = item.kind === "knock" ? undefined : assessInvite(item.summary, { ...trust, sharedRoomIds: trust.sharedRoomIds.get(item.summary.inviter?.userId ?? ""), pendingInvites: list });
          expect(grouping.assessmentOf(item)).toEqual(alone);
        }
      }),
      { numRuns: 200 },
    );
  });
});

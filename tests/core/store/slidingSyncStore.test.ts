import { describe, expect, it } from "vitest";
import { createInviteStore } from "../../../src/core/store/inviteStore";
import { readSlidingSyncDelta, readSlidingSyncPos } from "../../../src/core/store/slidingSyncResponse";
import {
  AFTER_SLIDING_CAPTURE,
  DM_ROOM,
  NAMED_ROOM,
  SLIDING_INVITER,
  SLIDING_USER,
  slidingAnswer,
  withoutOps,
} from "./slidingSyncFixtures";
import { BOB, dm, knock, namedRoom, roomsOf, syncResponse } from "./syncFixtures";

const newStore = () => createInviteStore({ userId: SLIDING_USER, now: () => AFTER_SLIDING_CAPTURE });
const roomIds = (store: ReturnType<typeof newStore>) => store.getSnapshot().map((entry) => entry.roomId).sort();

describe("readSlidingSyncDelta: Synapse's answers", () => {
  it("reads the invites, the list's SYNC op as the complete list, its count and pos", () => {
    const delta = readSlidingSyncDelta(slidingAnswer("first"));
    expect(delta.pending.map((update) => update.roomId).sort()).toEqual([NAMED_ROOM, DM_ROOM].sort());
    expect(delta.pending.every((update) => update.kind === "invite" && Array.isArray(update.state))).toBe(true);
    expect([...(delta.listed ?? [])].sort()).toEqual([NAMED_ROOM, DM_ROOM].sort());
    expect(delta.count).toBe(2);
    expect(readSlidingSyncPos(slidingAnswer("first"))).toMatch(/^\d+\/s/);
  });

  it("takes the room IDs of a SYNC op after an accept as the whole list: the accepted room is not in it", () => {
    const delta = readSlidingSyncDelta(slidingAnswer("after_accept"));
    expect(delta.pending).toEqual([]);
    expect([...(delta.listed ?? [])]).toEqual([DM_ROOM]);
  });

  it("reads the account data extension's global events", () => {
    const delta = readSlidingSyncDelta(slidingAnswer("after_ignore"));
    expect(delta.accountData.get("m.ignored_user_list")).toEqual({ ignored_users: { "@spam:localhost": {} } });
  });

  it("reads stripped_state (the MSC's name) as well as invite_state (Synapse 1.163's)", () => {
    const answer = slidingAnswer("first");
    const rooms = answer["rooms"] as Record<string, Record<string, unknown>>;
    rooms[NAMED_ROOM]!["stripped_state"] = rooms[NAMED_ROOM]!["invite_state"];
    delete rooms[NAMED_ROOM]!["invite_state"];
    const store = newStore();
    store.applySlidingSync(answer, { full: true });
    expect(store.getEntry(NAMED_ROOM)?.summary.name).toEqual({ kind: "named", name: "Design Review" });
  });
});

describe("applySlidingSync", () => {
  it("lists the invites with the preview from their stripped state", () => {
    const store = newStore();
    expect(store.applySlidingSync(slidingAnswer("first"), { full: true })).toBe(true);
    expect(roomIds(store)).toEqual([NAMED_ROOM, DM_ROOM].sort());
    const named = store.getEntry(NAMED_ROOM)!;
    expect(named.kind).toBe("invite");
    expect(named.summary.trusted).toBe(false);
    expect(named.summary.name).toEqual({ kind: "named", name: "Design Review" });
    expect(named.summary.topic).toBe("Weekly");
    expect(named.summary.inviter?.userId).toBe(SLIDING_INVITER);
    expect(named.summary.reason).toBe("Join us");
  });

  it("drops an accepted invite, then a declined one, as Synapse's list operations say", () => {
    const store = newStore();
    store.applySlidingSync(slidingAnswer("first"), { full: true });
    store.applySlidingSync(slidingAnswer("after_accept"));
    expect(roomIds(store)).toEqual([DM_ROOM]);
    store.applySlidingSync(slidingAnswer("after_decline"));
    expect(roomIds(store)).toEqual([]);
  });

  it("hides an invite whose inviter the account data extension puts on the ignore list", () => {
    const store = newStore();
    store.applySlidingSync(slidingAnswer("first"), { full: true });
    const ignore = slidingAnswer("after_ignore");
    ignore["lists"] = slidingAnswer("first")["lists"];
    (ignore["extensions"] as { account_data: { global: unknown[] } }).account_data.global = [
      { type: "m.ignored_user_list", content: { ignored_users: { [SLIDING_INVITER]: {} } } },
    ];
    store.applySlidingSync(ignore);
    expect(store.getSnapshot()).toEqual([]);
    expect(store.getEntry(NAMED_ROOM)).toBeDefined();
    expect(store.getIgnoredUsers().has(SLIDING_INVITER)).toBe(true);
  });

  it("keeps, hidden, the invites Synapse stops listing once their inviter is ignored, so they can still be declined", () => {
    const store = newStore();
    store.applySlidingSync(slidingAnswer("first"), { full: true });
    // Synapse 1.163's answer after an ignore: the list's SYNC op no longer names the ignored
    // inviter's rooms (the capture ignored another user once the list was empty; here it is ours).
    const ignore = slidingAnswer("after_ignore");
    (ignore["extensions"] as { account_data: { global: unknown[] } }).account_data.global = [
      { type: "m.ignored_user_list", content: { ignored_users: { [SLIDING_INVITER]: {} } } },
    ];
    store.applySlidingSync(ignore);
    expect(store.getIgnoredUsers().has(SLIDING_INVITER)).toBe(true);
    expect(store.getSnapshot()).toEqual([]);
    expect(store.getBlockedInvites().map((entry) => entry.roomId).sort()).toEqual([NAMED_ROOM, DM_ROOM].sort());
  });

  it("keeps an entry that a later answer lists without sending its room again (the same array)", () => {
    const store = newStore();
    store.applySlidingSync(slidingAnswer("first"), { full: true });
    const before = store.getSnapshot();
    const again = slidingAnswer("first");
    again["rooms"] = {};
    store.applySlidingSync(again);
    expect(store.getSnapshot()).toBe(before);
  });

  it("never drops a knock the classic feed put there: an is_invite list says nothing about knocks", () => {
    const store = createInviteStore({ userId: BOB });
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm), knock: roomsOf(knock) }), { full: true });
    store.applySlidingSync({ pos: "1", lists: { invites: { count: 0 } }, rooms: {} });
    expect(store.getSnapshot().map((entry) => entry.roomId)).toEqual([knock.roomId]);
  });

  it("does not emit when nothing changed", () => {
    const store = newStore();
    store.applySlidingSync(slidingAnswer("first"), { full: true });
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.applySlidingSync(slidingAnswer("first"));
    expect(calls).toBe(0);
  });
});

describe("applySlidingSync: a server without list operations (MSC4186's final text)", () => {
  it("takes a fresh answer whose rooms are the whole list (count) as complete", () => {
    const store = createInviteStore({ userId: SLIDING_USER });
    store.applySlidingSync({ pos: "1", lists: { invites: { count: 1 } }, rooms: { "!stale:localhost": { invite_state: [] } } });
    const first = withoutOps(slidingAnswer("first"));
    expect(store.applySlidingSync(first, { full: true })).toBe(true);
    expect(roomIds(store)).toEqual([NAMED_ROOM, DM_ROOM].sort());
  });

  it("drops a room that comes back with state or a timeline instead of stripped state", () => {
    const store = newStore();
    store.applySlidingSync(withoutOps(slidingAnswer("first")), { full: true });
    store.applySlidingSync({ pos: "2", lists: { invites: { count: 1 } }, rooms: { [NAMED_ROOM]: { bump_stamp: 9, required_state: [], timeline: [] } } });
    expect(roomIds(store)).toEqual([DM_ROOM]);
    store.applySlidingSync({ pos: "3", lists: { invites: { count: 0 } }, rooms: { [DM_ROOM]: { membership: "leave" } } });
    expect(roomIds(store)).toEqual([]);
  });

  it("keeps a room that comes back with a bump_stamp only: invites carry one too", () => {
    const store = newStore();
    store.applySlidingSync(withoutOps(slidingAnswer("first")), { full: true });
    store.applySlidingSync({ pos: "2", lists: { invites: { count: 2 } }, rooms: { [NAMED_ROOM]: { bump_stamp: 99 } } });
    expect(roomIds(store)).toEqual([NAMED_ROOM, DM_ROOM].sort());
  });

  it("empties the list on count 0, and says it is out of step when the count disagrees and no room says why", () => {
    const store = newStore();
    store.applySlidingSync(withoutOps(slidingAnswer("first")), { full: true });
    expect(store.applySlidingSync(withoutOps(slidingAnswer("after_accept")))).toBe(false);
    expect(roomIds(store)).toEqual([NAMED_ROOM, DM_ROOM].sort());
    expect(store.applySlidingSync(withoutOps(slidingAnswer("after_decline")))).toBe(true);
    expect(roomIds(store)).toEqual([]);
  });

  it("counts an invite removed locally (being declined) as still held, so it does not ask for a resync", () => {
    const store = newStore();
    store.applySlidingSync(withoutOps(slidingAnswer("first")), { full: true });
    store.remove(DM_ROOM);
    expect(store.applySlidingSync({ pos: "2", lists: { invites: { count: 2 } }, rooms: {} })).toBe(true);
  });
});

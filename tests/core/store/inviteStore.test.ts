import { describe, expect, it, vi } from "vitest";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import {
  AFTER_CAPTURE,
  BOB,
  declinedDm,
  dm,
  inviteAfterKnock,
  joinedNamedRoom,
  knock,
  lookalikeDm,
  namedRoom,
  ownInviteTs,
  roomsOf,
  syncResponse,
  withOwnInvite,
} from "./syncFixtures";

const IGNORED = "m.ignored_user_list";

function newStore(options: { hideInvitesWhenBlocked?: boolean; now?: () => number } = {}): InviteStore {
  return createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE, ...options });
}

function visibleRoomIds(store: InviteStore): string[] {
  return store.getSnapshot().map((entry) => entry.roomId);
}

function ignoring(...userIds: string[]): Record<string, unknown> {
  return { [IGNORED]: { ignored_users: Object.fromEntries(userIds.map((userId) => [userId, {}])) } };
}

describe("createInviteStore: one entry per pending room", () => {
  it("lists each invited or knocked room once, with its preview and kind", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm), knock: roomsOf(knock) }), { full: true });

    const entries = store.getSnapshot();
    expect(entries).toHaveLength(3);
    const named = store.getEntry(namedRoom.roomId);
    expect(named?.kind).toBe("invite");
    expect(named?.summary.name).toEqual({ kind: "named", name: "Design Review" });
    expect(named?.summary.inviter?.userId).toBe("@alice:localhost");
    expect(named?.summary.trusted).toBe(false);
    expect(store.getEntry(knock.roomId)?.kind).toBe("knock");
    expect(store.getEntry(dm.roomId)?.summary.isDirect).toBe(true);
  });

  it("replaces the entry when the same room invites again (newest reason shown, still one row)", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom) }));
    const first = store.getEntry(namedRoom.roomId);

    const reinvite = withOwnInvite(namedRoom.entry, { originServerTs: ownInviteTs(namedRoom.entry) + 5_000, reason: "Second try" });
    store.applySync(syncResponse({ invite: { [namedRoom.roomId]: reinvite } }));

    expect(store.getSnapshot()).toHaveLength(1);
    const second = store.getEntry(namedRoom.roomId);
    expect(second).not.toBe(first);
    expect(second?.summary.reason).toBe("Second try");
    expect(second?.sequence).toBeGreaterThan(first?.sequence ?? Infinity);
  });

  it("drops the invite once the user joined (rooms.join after accept)", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm) }));
    store.applySync(syncResponse({ join: roomsOf(joinedNamedRoom) }));
    expect(joinedNamedRoom.roomId).toBe(namedRoom.roomId);
    expect(visibleRoomIds(store)).toEqual([dm.roomId]);
    expect(store.getEntry(namedRoom.roomId)).toBeUndefined();
  });

  it("drops the invite once the user declined it (rooms.leave with the reject)", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm) }));
    store.applySync(syncResponse({ leave: roomsOf(declinedDm) }));
    expect(declinedDm.roomId).toBe(dm.roomId);
    expect(visibleRoomIds(store)).toEqual([namedRoom.roomId]);
  });

  it("drops the invite when the inviter withdrew it (un-invite arrives as rooms.leave)", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(lookalikeDm) }));
    expect(visibleRoomIds(store)).toEqual([lookalikeDm.roomId]);
    store.applySync(syncResponse({ leave: { [lookalikeDm.roomId]: { timeline: { events: [] } } } }));
    expect(store.getSnapshot()).toEqual([]);
    expect(store.getEntry(lookalikeDm.roomId)).toBeUndefined();
  });

  it("lists a room that is both in rooms.leave (the old decline) and rooms.invite (the re-invite) as invited", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(dm) }));
    const reinvite = withOwnInvite(dm.entry, { originServerTs: ownInviteTs(dm.entry) + 1_000, reason: "Again" });
    store.applySync(syncResponse({ leave: roomsOf(declinedDm), invite: { [dm.roomId]: reinvite } }));
    expect(store.getEntry(dm.roomId)?.summary.reason).toBe("Again");
  });

  it("shows a knock as kind knock, then turns it into an invite when the room accepts it", () => {
    const store = newStore();
    store.applySync(syncResponse({ knock: roomsOf(knock) }));
    expect(store.getSnapshot().map((entry) => entry.kind)).toEqual(["knock"]);
    expect(store.getEntry(knock.roomId)?.summary.name).toEqual({ kind: "named", name: "Knock Knock" });

    store.applySync(syncResponse({ invite: roomsOf(inviteAfterKnock) }));
    expect(store.getSnapshot()).toHaveLength(1);
    expect(store.getEntry(knock.roomId)?.kind).toBe("invite");
    expect(store.getEntry(knock.roomId)?.summary.reason).toBe("Welcome");
  });

  it("with full: true drops pending rooms the response no longer lists", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm), knock: roomsOf(knock) }));
    store.applySync(syncResponse({ invite: roomsOf(dm) }), { full: true });
    expect(visibleRoomIds(store)).toEqual([dm.roomId]);

    // An incremental sync that does not mention a room keeps it.
    store.applySync(syncResponse({ invite: roomsOf(namedRoom) }));
    expect(visibleRoomIds(store).sort()).toEqual([dm.roomId, namedRoom.roomId].sort());
  });
});

describe("createInviteStore: order", () => {
  it("sorts newest first by the invite time", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, lookalikeDm, dm) }));
    expect(visibleRoomIds(store)).toEqual([lookalikeDm.roomId, dm.roomId, namedRoom.roomId]);
  });

  it("does not let a remote server pin its invite to the top with a future origin_server_ts", () => {
    let clock = AFTER_CAPTURE;
    const store = newStore({ now: () => clock });
    const future = withOwnInvite(lookalikeDm.entry, { originServerTs: AFTER_CAPTURE + 365 * 86_400_000 });
    store.applySync(syncResponse({ invite: { [lookalikeDm.roomId]: future } }));
    const pinned = store.getEntry(lookalikeDm.roomId);
    expect(pinned?.sortTime).toBe(AFTER_CAPTURE);
    expect(pinned?.sortTime).toBeLessThanOrEqual(pinned?.receivedAt ?? -Infinity);

    // An honest invite received a minute later is listed above it.
    clock += 60_000;
    const honest = withOwnInvite(namedRoom.entry, { originServerTs: clock - 1_000 });
    store.applySync(syncResponse({ invite: { [namedRoom.roomId]: honest } }));
    expect(visibleRoomIds(store)).toEqual([namedRoom.roomId, lookalikeDm.roomId]);
  });

  it("puts the later-received entry first when times tie or are missing", () => {
    const store = newStore();
    const noTime = (entry: Parameters<typeof withOwnInvite>[0]) => withOwnInvite(entry, { originServerTs: Number.NaN });
    store.applySync(syncResponse({ invite: { [namedRoom.roomId]: noTime(namedRoom.entry) } }));
    store.applySync(syncResponse({ invite: { [dm.roomId]: noTime(dm.entry) } }));
    expect(visibleRoomIds(store)).toEqual([dm.roomId, namedRoom.roomId]);
    expect(store.getEntry(dm.roomId)?.sortTime).toBe(AFTER_CAPTURE);
  });
});

describe("createInviteStore: the useSyncExternalStore contract", () => {
  it("returns the same snapshot array until something visible changes", () => {
    const store = newStore();
    const empty = store.getSnapshot();
    expect(store.getSnapshot()).toBe(empty);

    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm) }));
    const two = store.getSnapshot();
    expect(two).not.toBe(empty);
    expect(store.getSnapshot()).toBe(two);
    expect(Object.isFrozen(two)).toBe(true);

    // Nothing new, a settled room the store never held, unrelated account data: same array.
    store.applySync(syncResponse({}));
    store.applySync(syncResponse({ leave: { "!unrelated:localhost": {} } }));
    store.applySync(syncResponse({}, { "m.direct": { "@alice:localhost": [dm.roomId] } }));
    expect(store.getSnapshot()).toBe(two);

    // Ignoring someone with no invite here changes nothing visible either.
    store.applySync(syncResponse({}, ignoring("@nobody:localhost")));
    expect(store.getSnapshot()).toBe(two);

    store.applySync(syncResponse({ leave: roomsOf(declinedDm) }));
    expect(store.getSnapshot()).not.toBe(two);
    expect(store.getSnapshot()).toHaveLength(1);
  });

  it("keeps the same entry and snapshot when a sync repeats an invite unchanged (a full resync after a restart)", () => {
    let clock = AFTER_CAPTURE;
    const store = newStore({ now: () => clock });
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm) }), { full: true });
    const before = store.getSnapshot();
    const listener = vi.fn();
    store.subscribe(listener);

    clock += 60_000;
    store.applySync(syncResponse({ invite: roomsOf(dm, namedRoom) }), { full: true });
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    expect(store.getEntry(dm.roomId)?.receivedAt).toBe(AFTER_CAPTURE);
  });

  it("keeps the same entry object for an unchanged invite sent again as new JSON, and replaces it when one field changes", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom) }));
    const first = store.getEntry(namedRoom.roomId);

    // A fresh copy of the same invite (a new /sync body parsed again): equal data, other objects.
    store.applySync(syncResponse({ invite: { [namedRoom.roomId]: structuredClone(namedRoom.entry) } }));
    expect(store.getEntry(namedRoom.roomId)).toBe(first);

    const renamedInviter = structuredClone(namedRoom.entry);
    for (const event of renamedInviter.invite_state.events) {
      if (event.type === "m.room.member" && event.state_key === "@alice:localhost") (event.content as Record<string, unknown>)["displayname"] = "Alice L.";
    }
    store.applySync(syncResponse({ invite: { [namedRoom.roomId]: renamedInviter } }));
    expect(store.getEntry(namedRoom.roomId)).not.toBe(first);
    expect(store.getEntry(namedRoom.roomId)?.summary.inviter?.displayName).toBe("Alice L.");
  });

  it("runs each listener at most once per applySync, and not at all when nothing changed", () => {
    const store = newStore();
    const listener = vi.fn();
    store.subscribe(listener);

    store.applySync(
      syncResponse({ invite: roomsOf(namedRoom, dm, lookalikeDm), knock: roomsOf(knock) }, ignoring("@mallory:localhost")),
    );
    expect(listener).toHaveBeenCalledTimes(1);

    store.applySync(syncResponse({}));
    store.applySync(syncResponse({ leave: { "!unrelated:localhost": {} } }));
    expect(listener).toHaveBeenCalledTimes(1);

    store.applySync(syncResponse({ join: roomsOf(joinedNamedRoom), leave: roomsOf(declinedDm) }));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("stops calling a listener after it unsubscribed, and keeps calling the others", () => {
    const store = newStore();
    const leaving = vi.fn();
    const staying = vi.fn();
    const unsubscribe = store.subscribe(leaving);
    store.subscribe(staying);
    unsubscribe();
    unsubscribe();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom) }));
    expect(leaving).not.toHaveBeenCalled();
    expect(staying).toHaveBeenCalledTimes(1);
  });

  it("notifies on a sync status change, but not when the same status object is set again", () => {
    const store = newStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const syncing = { state: "syncing", caughtUp: false } as const;
    store.setSyncStatus(syncing);
    store.setSyncStatus(syncing);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSyncStatus()).toBe(syncing);
  });
});

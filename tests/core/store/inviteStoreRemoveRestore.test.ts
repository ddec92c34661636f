import { describe, expect, it, vi } from "vitest";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import { AFTER_CAPTURE, BOB, declinedDm, dm, namedRoom, ownInviteTs, roomsOf, syncResponse, withOwnInvite } from "./syncFixtures";

function newStore(): InviteStore {
  return createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
}

function visibleRoomIds(store: InviteStore): string[] {
  return store.getSnapshot().map((entry) => entry.roomId);
}

describe("createInviteStore: remove and restore around a local decline", () => {
  it("hides a removed invite at once, and keeps it hidden when a stale sync still carries it", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm) }));
    const removed = store.remove(dm.roomId);
    expect(removed?.roomId).toBe(dm.roomId);
    expect(visibleRoomIds(store)).toEqual([namedRoom.roomId]);

    store.applySync(syncResponse({ invite: roomsOf(dm) }));
    expect(visibleRoomIds(store)).toEqual([namedRoom.roomId]);
    expect(store.remove(dm.roomId)).toBeUndefined();
  });

  it("keeps a declined invite hidden through a full resync that still lists it (the server has not caught up)", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm) }), { full: true });
    store.remove(dm.roomId);
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm) }), { full: true });
    expect(visibleRoomIds(store)).toEqual([namedRoom.roomId]);
  });

  it("shows the room again when a newer invite to it arrives after the removal", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(dm) }));
    store.remove(dm.roomId);
    const reinvite = withOwnInvite(dm.entry, { originServerTs: ownInviteTs(dm.entry) + 1_000, reason: "Please reconsider" });
    store.applySync(syncResponse({ invite: { [dm.roomId]: reinvite } }));
    expect(store.getEntry(dm.roomId)?.summary.reason).toBe("Please reconsider");
  });

  it("restores the same entry when the decline failed", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm) }));
    const removed = store.remove(dm.roomId);
    if (!removed) throw new Error("expected an entry");
    store.restore(removed);
    expect(store.getEntry(dm.roomId)).toBe(removed);
    expect(visibleRoomIds(store)).toEqual([dm.roomId, namedRoom.roomId]);
  });

  it("does not restore a room a sync has settled since (the decline went through after all)", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(dm) }));
    const removed = store.remove(dm.roomId);
    if (!removed) throw new Error("expected an entry");
    store.applySync(syncResponse({ leave: roomsOf(declinedDm) }));
    store.restore(removed);
    expect(store.getEntry(dm.roomId)).toBeUndefined();
    expect(store.getSnapshot()).toEqual([]);
  });

  it("does not restore an entry that was never removed, nor overwrite a newer one", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(dm) }));
    const removed = store.remove(dm.roomId);
    const reinvite = withOwnInvite(dm.entry, { originServerTs: ownInviteTs(dm.entry) + 1_000 });
    store.applySync(syncResponse({ invite: { [dm.roomId]: reinvite } }));
    const newer = store.getEntry(dm.roomId);
    if (removed) store.restore(removed);
    expect(store.getEntry(dm.roomId)).toBe(newer);

    const listener = vi.fn();
    store.subscribe(listener);
    if (newer) store.restore(newer);
    expect(listener).not.toHaveBeenCalled();
  });
});

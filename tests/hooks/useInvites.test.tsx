import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { createInviteStore } from "../../src/core/store/inviteStore";
import { useInvites } from "../../src/hooks/useInvites";
import type { InviteSource } from "../../src/hooks/useInvites";
import dmInvite from "../fixtures/invite-dm-unnamed.json";
import namedInvite from "../fixtures/invite-named-room-full.json";
import knockPending from "../fixtures/knock-pending.json";

const NOW = 1_900_000_000_000;

function newStore() {
  return createInviteStore({ userId: "@bob:localhost", now: () => NOW });
}

function inviteSync(...fixtures: { room_id: string; sync_invite_entry: unknown }[]) {
  return { rooms: { invite: Object.fromEntries(fixtures.map((fixture) => [fixture.room_id, fixture.sync_invite_entry])) } };
}

describe("useInvites", () => {
  it("shows invites as they arrive, newest first", () => {
    const store = newStore();
    const { result } = renderHook(() => useInvites(store));
    expect(result.current).toEqual([]);

    act(() => store.applySync(inviteSync(namedInvite)));
    expect(result.current.map((entry) => entry.roomId)).toEqual([namedInvite.room_id]);

    // The DM invite was sent after the named-room one.
    act(() => store.applySync(inviteSync(dmInvite)));
    expect(result.current.map((entry) => entry.roomId)).toEqual([dmInvite.room_id, namedInvite.room_id]);
  });

  it("hides invites from a user on m.ignored_user_list, and shows them again once unignored", () => {
    const store = newStore();
    store.applySync(inviteSync(namedInvite, dmInvite));
    const { result } = renderHook(() => useInvites(store));
    const ignoredInviter = "@alice:localhost";
    const fromAlice = result.current.filter((entry) => entry.summary.inviter?.userId === ignoredInviter).map((entry) => entry.roomId);
    expect(fromAlice).toContain(namedInvite.room_id);

    const ignore = (ignored_users: Record<string, object>) => ({ account_data: { events: [{ type: "m.ignored_user_list", content: { ignored_users } }] } });
    act(() => store.applySync(ignore({ [ignoredInviter]: {} })));
    expect(result.current.map((entry) => entry.roomId).filter((roomId) => fromAlice.includes(roomId))).toEqual([]);

    act(() => store.applySync(ignore({})));
    expect(result.current.map((entry) => entry.roomId)).toEqual(expect.arrayContaining(fromAlice));
  });

  it("lists pending knocks beside invites", () => {
    const store = newStore();
    const { result } = renderHook(() => useInvites(store));

    act(() => store.applySync({ rooms: { knock: { [knockPending.room_id]: knockPending.sync_knock_entry } } }));

    expect(result.current).toHaveLength(1);
    expect(result.current[0]).toMatchObject({ roomId: knockPending.room_id, kind: "knock" });
  });

  it("drops an invite removed locally (after a decline) at once", () => {
    const store = newStore();
    store.applySync(inviteSync(namedInvite, dmInvite));
    const { result } = renderHook(() => useInvites(store));
    expect(result.current).toHaveLength(2);

    act(() => {
      store.remove(dmInvite.room_id);
    });

    expect(result.current.map((entry) => entry.roomId)).toEqual([namedInvite.room_id]);
  });

  it("returns the same array until the list changes", () => {
    const store = newStore();
    store.applySync(inviteSync(namedInvite));
    const { result, rerender } = renderHook(() => useInvites(store));
    const first = result.current;

    rerender();
    act(() => store.setSyncStatus({ ...store.getSyncStatus() }));

    expect(result.current).toBe(first);
  });

  it("follows a new store and unsubscribes from the old one", () => {
    const first = newStore();
    first.applySync(inviteSync(namedInvite));
    const second = newStore();
    second.applySync(inviteSync(dmInvite));
    const unsubscribe = vi.fn();
    const spied: InviteSource = {
      getSnapshot: () => first.getSnapshot(),
      subscribe: (listener) => {
        const stop = first.subscribe(listener);
        return () => {
          unsubscribe();
          stop();
        };
      },
    };
    const { result, rerender, unmount } = renderHook(({ store }) => useInvites(store), { initialProps: { store: spied } });
    expect(result.current[0]?.roomId).toBe(namedInvite.room_id);

    rerender({ store: second });

    expect(result.current[0]?.roomId).toBe(dmInvite.room_id);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    unmount();
  });
});

import { describe, expect, it } from "vitest";
import { sendersOf } from "../../../src/core/store/blockedInvites";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import { AFTER_CAPTURE, BOB, dm, knock, lookalikeDm, namedRoom, roomsOf, syncResponse } from "./syncFixtures";

const IGNORED = "m.ignored_user_list";

function newStore(options: { hideInvitesWhenBlocked?: boolean } = {}): InviteStore {
  return createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE, ...options });
}

function ignoring(...userIds: string[]): Record<string, unknown> {
  return { [IGNORED]: { ignored_users: Object.fromEntries(userIds.map((userId) => [userId, {}])) } };
}

const roomIds = (entries: readonly { roomId: string }[]) => entries.map((entry) => entry.roomId);

describe("store.getBlockedInvites: invites hidden because their inviter is blocked", () => {
  it("lists the invites of an ignored inviter, and only those, while the inbox hides them", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm, lookalikeDm), knock: roomsOf(knock) }));
    expect(store.getBlockedInvites()).toEqual([]);

    store.applySync(syncResponse({}, ignoring("@alice:localhost")));

    expect(roomIds(store.getBlockedInvites()).sort()).toEqual([dm.roomId, namedRoom.roomId].sort());
    expect(roomIds(store.getSnapshot()).sort()).toEqual([knock.roomId, lookalikeDm.roomId].sort());
    expect(sendersOf(store.getBlockedInvites())).toEqual(["@alice:localhost"]);
  });

  it("lists an invite that arrives from an already blocked sender, never showing it in the inbox", () => {
    const store = newStore();
    store.applySync(syncResponse({}, ignoring("@mallory:localhost")));
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().length));

    store.applySync(syncResponse({ invite: roomsOf(lookalikeDm) }));

    expect(roomIds(store.getBlockedInvites())).toEqual([lookalikeDm.roomId]);
    expect(store.getSnapshot()).toEqual([]);
    expect(seen).toEqual([0]);
  });

  it("returns the same array until the blocked list changes, then drops declined and unblocked invites", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, dm, lookalikeDm) }, ignoring("@alice:localhost")));
    const first = store.getBlockedInvites();
    expect(Object.isFrozen(first)).toBe(true);

    // A change elsewhere (the visible list) keeps the blocked array as it was.
    store.remove(lookalikeDm.roomId);
    expect(store.getBlockedInvites()).toBe(first);

    store.remove(dm.roomId);
    expect(roomIds(store.getBlockedInvites())).toEqual([namedRoom.roomId]);

    store.applySync(syncResponse({}, { [IGNORED]: { ignored_users: {} } }));
    expect(store.getBlockedInvites()).toEqual([]);
    expect(roomIds(store.getSnapshot())).toEqual([namedRoom.roomId]);
  });

  it("still lists a blocked invite while invite blocking hides every invite", () => {
    const store = newStore({ hideInvitesWhenBlocked: true });
    store.applySync(
      syncResponse(
        { invite: roomsOf(namedRoom, lookalikeDm) },
        { ...ignoring("@mallory:localhost"), "m.invite_permission_config": { default_action: "block" } },
      ),
    );

    expect(store.getSnapshot()).toEqual([]);
    expect(roomIds(store.getBlockedInvites())).toEqual([lookalikeDm.roomId]);
  });

  it("never lists the user's own knock, even with every user ignored", () => {
    const store = newStore();
    store.applySync(syncResponse({ knock: roomsOf(knock) }, ignoring("@alice:localhost", BOB)));
    expect(store.getBlockedInvites()).toEqual([]);
  });
});

import { describe, expect, it, vi } from "vitest";
import { createInviteStore, type InviteStore } from "../../../src/core/store/inviteStore";
import { inviteMediaPolicy } from "../../../src/core/mediaPolicy";
import { AFTER_CAPTURE, BOB, knock, lookalikeDm, namedRoom, roomsOf, syncResponse } from "./syncFixtures";

const IGNORED = "m.ignored_user_list";
const INVITE_PERMISSION = "m.invite_permission_config";

function newStore(options: { hideInvitesWhenBlocked?: boolean } = {}): InviteStore {
  return createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE, ...options });
}

function visibleRoomIds(store: InviteStore): string[] {
  return store.getSnapshot().map((entry) => entry.roomId);
}

function ignoring(...userIds: string[]): Record<string, unknown> {
  return { [IGNORED]: { ignored_users: Object.fromEntries(userIds.map((userId) => [userId, {}])) } };
}

describe("createInviteStore: ignored and blocked inviters", () => {
  it("hides invites from users on m.ignored_user_list and brings them back when unignored", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom, lookalikeDm) }));

    store.applySync(syncResponse({}, ignoring("@mallory:localhost")));
    expect(visibleRoomIds(store)).toEqual([namedRoom.roomId]);
    // Still known (so a later unignore needs no new sync), just not shown.
    expect(store.getEntry(lookalikeDm.roomId)).toBeDefined();
    expect(store.getIgnoredUsers().has("@mallory:localhost")).toBe(true);

    store.applySync(syncResponse({}, { [IGNORED]: { ignored_users: {} } }));
    expect(visibleRoomIds(store)).toEqual([lookalikeDm.roomId, namedRoom.roomId]);
  });

  it("hides a new invite from an already ignored user as it arrives", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(lookalikeDm) }, ignoring("@mallory:localhost")));
    expect(store.getSnapshot()).toEqual([]);
    // Hidden, not dropped: it was read, so unignoring shows it without a new sync.
    expect(store.getEntry(lookalikeDm.roomId)?.roomId).toBe(lookalikeDm.roomId);
    store.applySync(syncResponse({}, { [IGNORED]: { ignored_users: {} } }));
    expect(visibleRoomIds(store)).toEqual([lookalikeDm.roomId]);
  });

  it("never hides the user's own knock because of the ignore list", () => {
    const store = newStore();
    store.applySync(syncResponse({ knock: roomsOf(knock) }, ignoring("@alice:localhost", BOB)));
    expect(visibleRoomIds(store)).toEqual([knock.roomId]);
  });

  it("hides invites (not knocks) while m.invite_permission_config blocks all, when hideInvitesWhenBlocked is set", () => {
    const store = newStore({ hideInvitesWhenBlocked: true });
    store.applySync(syncResponse({ invite: roomsOf(namedRoom), knock: roomsOf(knock) }));
    store.applySync(syncResponse({}, { [INVITE_PERMISSION]: { default_action: "block", allowed_users: ["@x:y"] } }));
    expect(store.getInvitePermission().blockAll).toBe(true);
    expect(visibleRoomIds(store)).toEqual([knock.roomId]);

    store.applySync(syncResponse({}, { [INVITE_PERMISSION]: {} }));
    expect(visibleRoomIds(store)).toEqual([knock.roomId, namedRoom.roomId]);
  });

  it("keeps showing invites while blocked when hideInvitesWhenBlocked is not set (the default)", () => {
    const store = newStore();
    store.applySync(syncResponse({ invite: roomsOf(namedRoom) }, { [INVITE_PERMISSION]: { default_action: "block" } }));
    expect(store.getInvitePermission().blockAll).toBe(true);
    expect(visibleRoomIds(store)).toEqual([namedRoom.roomId]);
  });
});

describe("createInviteStore: account data", () => {
  it("follows the media-preview policy, stable type over the MSC4278 one, with stable references between changes", () => {
    const store = newStore();
    const initial = store.getMediaPreviewPolicy();
    expect(initial).toMatchObject({ inviteAvatars: false, mediaPreviews: "off" });

    store.applySync(syncResponse({}, { "io.element.msc4278.media_preview_config": { invite_avatars: "off" } }));
    const unstable = store.getMediaPreviewPolicy();
    expect(unstable).toMatchObject({ inviteAvatars: false, source: "unstable" });

    store.applySync(syncResponse({}, { "m.media_preview_config": { invite_avatars: "on", media_previews: "private" } }));
    const stable = store.getMediaPreviewPolicy();
    expect(stable).toMatchObject({ inviteAvatars: true, source: "stable" });

    const listener = vi.fn();
    store.subscribe(listener);
    store.applySync(syncResponse({}, { "io.element.msc4278.media_preview_config": { invite_avatars: "on" } }));
    store.applySync(syncResponse({}, { "m.media_preview_config": { invite_avatars: "on", media_previews: "private" } }));
    expect(store.getMediaPreviewPolicy()).toBe(stable);
    expect(listener).not.toHaveBeenCalled();
  });

  it("allows no invite avatars before the first sync, and the spec's default once a sync lacks the setting", () => {
    const store = newStore();
    expect(inviteMediaPolicy(store.getMediaPreviewPolicy())).toEqual({ showAvatars: false });
    store.applySync("not a sync");
    expect(inviteMediaPolicy(store.getMediaPreviewPolicy())).toEqual({ showAvatars: false });
    const listener = vi.fn();
    store.subscribe(listener);
    store.applySync(syncResponse({}, {}));
    expect(store.getMediaPreviewPolicy()).toMatchObject({ inviteAvatars: true, mediaPreviews: "on", source: "default" });
    expect(inviteMediaPolicy(store.getMediaPreviewPolicy())).toEqual({ showAvatars: true });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("keeps the ignored-users set and invite permission the same objects while unchanged", () => {
    const store = newStore();
    store.applySync(syncResponse({}, { ...ignoring("@mallory:localhost"), [INVITE_PERMISSION]: { default_action: "block" } }));
    const ignored = store.getIgnoredUsers();
    const permission = store.getInvitePermission();
    store.applySync(syncResponse({}, { ...ignoring("@mallory:localhost"), [INVITE_PERMISSION]: { default_action: "block" } }));
    expect(store.getIgnoredUsers()).toBe(ignored);
    expect(store.getInvitePermission()).toBe(permission);
  });
});

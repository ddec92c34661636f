import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createInviteStore, type InviteStore } from "../../src/core/store/inviteStore";
import { useBlockAndClear } from "../../src/hooks/useBlockAndClear";
import { useBlockedInvites } from "../../src/hooks/useBlockedInvites";
import { createRecordingClient } from "../support/recordingClient";
import { AFTER_CAPTURE, BOB, lookalikeDm, namedRoom, roomsOf, syncResponse } from "../core/store/syncFixtures";

const MALLORY = "@mallory:localhost";
const SPAM = ["!spam1:localhost", "!spam2:localhost", "!spam3:localhost"];

function storeWithSpam(): InviteStore {
  const store = createInviteStore({ userId: BOB, now: () => AFTER_CAPTURE });
  store.applySync(syncResponse({ invite: roomsOf(namedRoom, ...SPAM.map((roomId) => ({ roomId, entry: lookalikeDm.entry }))) }));
  return store;
}

const ignoring = (userId: string) => syncResponse({}, { "m.ignored_user_list": { ignored_users: { [userId]: {} } } });

describe("useBlockedInvites", () => {
  it("follows the store: empty, then the invites of a sender the user ignored, then empty once declined", async () => {
    const store = storeWithSpam();
    const client = createRecordingClient();
    const { result } = renderHook(() => ({ blocked: useBlockedInvites(store), run: useBlockAndClear(client, store) }));
    expect(result.current.blocked).toEqual([]);

    act(() => store.applySync(ignoring(MALLORY)));
    expect(result.current.blocked.map((entry) => entry.roomId).sort()).toEqual(SPAM);

    act(() => result.current.run.clearBlocked());
    await waitFor(() => expect(result.current.run.status).toBe("done"));
    expect(result.current.blocked).toEqual([]);
    expect(result.current.run.declined).toHaveLength(3);
  });
});

describe("useBlockAndClear", () => {
  it("shows the decline progress, then done; unmounting mid-run stops it without a callback", async () => {
    const store = storeWithSpam();
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const declined: string[] = [];
    const { result, unmount } = renderHook(() => useBlockAndClear(client, store, { onRoomDeclined: (roomId) => declined.push(roomId) }));

    act(() => result.current.start({ userId: MALLORY }));
    expect(result.current).toMatchObject({ status: "running", step: "ignore", userIds: [MALLORY] });
    const first = await client.waitForCall("leaveRoom");
    await waitFor(() => expect(result.current).toMatchObject({ step: "decline", total: 3, current: first.args[0] }));
    await act(async () => first.resolve(undefined));
    await waitFor(() => expect(result.current.done).toBe(1));
    expect(declined).toEqual([first.args[0]]);

    const second = await client.waitForCall("leaveRoom", 2);
    unmount();
    expect(second.signal?.aborted).toBe(true);
    expect(declined).toEqual([first.args[0]]);
  });
});

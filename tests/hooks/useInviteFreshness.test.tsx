/**
 * `useInviteFreshness`: the core's freshness check held for a component, with Synapse's
 * `room_summary` capture as the live answer: checking then done, aborts on unmount and on a
 * new invite, a late answer for an old invite never shows.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { summarizeInvite } from "../../src/core";
import { useInviteFreshness } from "../../src/hooks/useInviteFreshness";
import type { FreshnessTarget } from "../../src/hooks/useInviteFreshness";
import named from "../fixtures/invite-named-room-full.json";
import space from "../fixtures/invite-space.json";
import { createRecordingClient } from "../support/recordingClient";

const NAMED: FreshnessTarget = {
  roomId: named.room_id,
  summary: summarizeInvite(named.sync_invite_entry.invite_state, { userId: named.user_id, roomId: named.room_id }),
};
const SPACE: FreshnessTarget = {
  roomId: space.room_id,
  summary: summarizeInvite(space.sync_invite_entry.invite_state, { userId: space.user_id, roomId: space.room_id }),
};
const RENAMED = { ...named.room_summary_while_invited.body, name: "Renamed since" };

function render(client: ReturnType<typeof createRecordingClient>, target: FreshnessTarget | undefined, enabled = true) {
  return renderHook((props: { target: FreshnessTarget | undefined; enabled: boolean }) => useInviteFreshness(client, props.target, { enabled: props.enabled }), {
    initialProps: { target, enabled },
  });
}

describe("useInviteFreshness", () => {
  it("is checking until the live summary arrives, then reports the changes", async () => {
    const client = createRecordingClient();
    client.respond("getRoomSummary", "hold");
    const { result } = render(client, NAMED);
    expect(result.current.status).toBe("checking");
    const call = await client.waitForCall("getRoomSummary");
    expect(call.options.via).toEqual(["localhost"]);
    act(() => call.resolve(RENAMED));
    await waitFor(() => expect(result.current.status).toBe("done"));
    expect(result.current.freshness).toMatchObject({ available: true, changes: ["renamed"], joinedMemberCount: 1 });
  });

  it("checks nothing while disabled or without an invite", () => {
    const client = createRecordingClient();
    expect(render(client, NAMED, false).result.current).toMatchObject({ status: "idle", freshness: undefined });
    expect(render(client, undefined).result.current.status).toBe("idle");
    expect(client.calls).toHaveLength(0);
  });

  it("aborts the check on unmount", async () => {
    const client = createRecordingClient();
    client.respond("getRoomSummary", "hold");
    const { unmount } = render(client, NAMED);
    const call = await client.waitForCall("getRoomSummary");
    unmount();
    expect(call.status).toBe("aborted");
  });

  it("never shows a late answer for the previous invite", async () => {
    const client = createRecordingClient();
    client.respond("getRoomSummary", "hold");
    const { result, rerender } = render(client, NAMED);
    const first = await client.waitForCall("getRoomSummary");
    rerender({ target: SPACE, enabled: true });
    expect(first.status).toBe("aborted");
    const second = await client.waitForCall("getRoomSummary", 2);
    act(() => first.resolve(RENAMED));
    expect(result.current.status).toBe("checking");
    act(() => second.resolve(space.room_summary_while_invited.body));
    await waitFor(() => expect(result.current.status).toBe("done"));
    expect(result.current.freshness?.preview?.roomId).toBe(space.room_id);
  });

  it("reports an unavailable check as done, and checks again on refetch", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: { error: new DOMException("slow", "TimeoutError") } } });
    const { result } = render(client, NAMED);
    await waitFor(() => expect(result.current.status).toBe("done"));
    expect(result.current.freshness).toEqual({ available: false, changes: [] });
    client.respond("getRoomSummary", { value: named.room_summary_while_invited.body });
    act(() => result.current.refetch());
    expect(result.current.status).toBe("checking");
    await waitFor(() => expect(result.current.freshness?.available).toBe(true));
    expect(client.callsTo("getRoomSummary")).toHaveLength(2);
  });
});

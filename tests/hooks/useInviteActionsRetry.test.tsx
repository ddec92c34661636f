import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { MatrixApiError } from "../../src/core/client/errors";
import { useInviteActions } from "../../src/hooks/useInviteActions";
import type { InviteTarget } from "../../src/hooks/useInviteActions";
import accepted from "../fixtures/accept-named-room-full.json";
import { createRecordingClient } from "../support/recordingClient";

const INVITE: InviteTarget = { roomId: accepted.room_id, userId: "@bob:localhost", inviterId: "@alice:localhost" };

describe("useInviteActions: retrying a decline's failed steps", () => {
  it("calls nothing back when the retried steps finish after unmount", async () => {
    const client = createRecordingClient();
    client.respondOnce("reportRoom", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    client.respond("reportRoom", "hold");
    const onDeclined = vi.fn();
    const { result, unmount } = renderHook(() => useInviteActions(client, INVITE, { onDeclined }));
    act(() => result.current.decline({ reportReason: "spam" }));
    await waitFor(() => expect(result.current.declineOutcome?.failedSteps).toEqual([{ step: "report", code: "server_error" }]));
    expect(onDeclined).toHaveBeenCalledTimes(1);

    act(() => result.current.retry());
    const report = await client.waitForCall("reportRoom", 2);
    unmount();
    await act(async () => report.resolve(undefined));

    // Writes are never aborted: the report went through, only its answer is dropped.
    expect(report.status).toBe("resolved");
    expect(client.methodsCalled()).toEqual(["leaveRoom", "reportRoom", "reportRoom"]);
    expect(onDeclined).toHaveBeenCalledTimes(1);
  });
});

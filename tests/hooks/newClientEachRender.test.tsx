import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { MembershipClient } from "../../src/core/client/types";
import { useDeclineAll } from "../../src/hooks/useDeclineAll";
import { useInviteActions } from "../../src/hooks/useInviteActions";
import accepted from "../fixtures/accept-named-room-full.json";
import { createRecordingClient } from "../support/recordingClient";

/** A new client object on every call, as a host that builds its client during render makes. */
function freshView(client: MembershipClient): MembershipClient {
  return Object.assign(Object.create(client) as MembershipClient, {});
}

describe("a host that passes a new client object on every render", () => {
  it("keeps the accept's state, and sends through the latest client", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    const { result } = renderHook(() => useInviteActions(freshView(client), { roomId: accepted.room_id, userId: "@bob:localhost" }));

    act(() => result.current.accept());
    expect(result.current.status).toBe("accepting");
    const join = await client.waitForCall("joinRoom");
    await act(async () => join.resolve({ roomId: accepted.room_id }));

    await waitFor(() => expect(result.current.status).toBe("accepted"));
  });

  it("keeps a Decline all run going", async () => {
    const client = createRecordingClient();
    const { result } = renderHook(() => useDeclineAll(freshView(client)));

    act(() => result.current.start(["!a:localhost", "!b:localhost"]));

    await waitFor(() => expect(result.current.status).toBe("done"));
    expect(result.current.declined).toEqual(["!a:localhost", "!b:localhost"]);
  });
});

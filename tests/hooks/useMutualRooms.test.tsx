/**
 * `useMutualRooms`: the shared rooms held for a component, with the fallback states a host
 * needs (`unsupported` when the client or the server lacks the endpoint).
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MatrixApiError } from "../../src/core";
import { useMutualRooms } from "../../src/hooks/useMutualRooms";
import { createRecordingClient } from "../support/recordingClient";

const MALLORY = "@mallory:localhost";
const ALICE = "@alice:localhost";
const SHARED = { supported: true as const, roomIds: ["!shared:localhost"], count: 1, complete: true };

function render(client: ReturnType<typeof createRecordingClient>, userId: string | undefined) {
  return renderHook((props: { userId: string | undefined }) => useMutualRooms(client, props.userId), { initialProps: { userId } });
}

describe("useMutualRooms", () => {
  it("loads the shared rooms", async () => {
    const client = createRecordingClient({ answers: { getMutualRooms: { value: SHARED } } });
    const { result } = render(client, ALICE);
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(result.current).toMatchObject({ roomIds: ["!shared:localhost"], count: 1 });
    expect(client.callsTo("getMutualRooms")[0]?.args[0]).toBe(ALICE);
  });

  it("says unsupported when the server does not know the endpoint, and when the client lacks it", async () => {
    const older = createRecordingClient({ answers: { getMutualRooms: { value: { supported: false } } } });
    const { result } = render(older, MALLORY);
    await waitFor(() => expect(result.current.status).toBe("unsupported"));
    const without = createRecordingClient();
    expect(render(without, MALLORY).result.current.status).toBe("unsupported");
    expect(without.calls).toHaveLength(0);
  });

  it("reads a host client's malformed answer as unsupported or cleans it, without crashing the render", async () => {
    const nothing = createRecordingClient({ answers: { getMutualRooms: { value: null as never } } });
    const { result } = render(nothing, MALLORY);
    await waitFor(() => expect(result.current.status).toBe("unsupported"));
    const junk = createRecordingClient({ answers: { getMutualRooms: { value: { supported: true, roomIds: ["!shared:localhost", 7, "nope"], count: -1 } as never } } });
    const cleaned = render(junk, MALLORY).result;
    await waitFor(() => expect(cleaned.current.status).toBe("success"));
    expect(cleaned.current).toMatchObject({ roomIds: ["!shared:localhost"], count: 1 });
  });

  it("asks nothing about the user themself or an invalid ID", () => {
    const client = createRecordingClient({ withMutualRooms: true });
    expect(render(client, "@bob:localhost").result.current.status).toBe("idle");
    expect(render(client, "mallory").result.current.status).toBe("idle");
    expect(client.calls).toHaveLength(0);
  });

  it("reports a failure as a code, and asks again on refetch", async () => {
    const client = createRecordingClient({ answers: { getMutualRooms: { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) } } });
    const { result } = render(client, MALLORY);
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toEqual({ code: "server_error" });
    client.respond("getMutualRooms", { value: SHARED });
    act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe("success"));
  });

  it("aborts on unmount and ignores a late answer about the previous user", async () => {
    const client = createRecordingClient({ answers: { getMutualRooms: "hold" } });
    const { result, rerender, unmount } = render(client, MALLORY);
    const first = await client.waitForCall("getMutualRooms");
    rerender({ userId: ALICE });
    expect(first.status).toBe("aborted");
    act(() => first.resolve(SHARED));
    expect(result.current.status).toBe("loading");
    const second = await client.waitForCall("getMutualRooms", 2);
    unmount();
    expect(second.status).toBe("aborted");
  });
});

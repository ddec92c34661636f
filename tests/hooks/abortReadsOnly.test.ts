import { describe, expect, it } from "vitest";
import { abortReadsOnly } from "../../src/hooks/abortReadsOnly";
import { createRecordingClient } from "../support/recordingClient";

const ROOM = "!room:localhost";

describe("abortReadsOnly", () => {
  it("aborts reads in flight when the signal aborts", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", "hold");
    client.respond("getAccountData", "hold");
    client.respond("getRoomSummary", "hold");
    client.respond("fetchThumbnail", "hold");
    const controller = new AbortController();
    const reads = abortReadsOnly(client, controller.signal);

    const pending = [
      reads.getRoomState(ROOM),
      reads.getAccountData("m.ignored_user_list"),
      reads.getRoomSummary(ROOM, { via: ["localhost"] }),
      reads.fetchThumbnail?.("mxc://localhost/abc", { width: 40, height: 40 }),
    ];
    controller.abort();

    for (const promise of pending) await expect(promise).rejects.toMatchObject({ name: "AbortError" });
    expect(client.calls.map((call) => call.status)).toEqual(["aborted", "aborted", "aborted", "aborted"]);
    expect(client.callsTo("getRoomSummary")[0]?.options.via).toEqual(["localhost"]);
    expect(client.callsTo("fetchThumbnail")[0]?.args[1]).toEqual({ width: 40, height: 40 });
  });

  it("never aborts a write", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    client.respond("leaveRoom", "hold");
    client.respond("setAccountData", "hold");
    const controller = new AbortController();
    const view = abortReadsOnly(client, controller.signal);

    void view.joinRoom(ROOM, { via: ["localhost"] });
    void view.leaveRoom(ROOM, { reason: "bye" });
    void view.setAccountData("m.ignored_user_list", { ignored_users: {} });
    controller.abort();

    expect(client.calls.map((call) => call.status)).toEqual(["pending", "pending", "pending"]);
    expect(client.calls.every((call) => call.signal === undefined)).toBe(true);
    expect(client.callsTo("leaveRoom")[0]?.options.reason).toBe("bye");
  });

  it("keeps the caller's own signal on a read, together with its own", async () => {
    const client = createRecordingClient();
    client.respond("getRoomState", "hold");
    const lifetime = new AbortController();
    const caller = new AbortController();
    const view = abortReadsOnly(client, lifetime.signal);

    const read = view.getRoomState(ROOM, { signal: caller.signal });
    caller.abort();

    await expect(read).rejects.toMatchObject({ name: "AbortError" });
    expect(lifetime.signal.aborted).toBe(false);
  });

  it("fails a read at once when the signal already aborted", async () => {
    const client = createRecordingClient();
    const controller = new AbortController();
    controller.abort();

    await expect(abortReadsOnly(client, controller.signal).getRoomState(ROOM)).rejects.toMatchObject({ name: "AbortError" });
  });

  it("passes other properties through", () => {
    const client = createRecordingClient({ userId: "@carol:localhost" });
    const view = abortReadsOnly(client, new AbortController().signal);

    expect(view.userId).toBe("@carol:localhost");
  });

  it("leaves a client without thumbnails without thumbnails", () => {
    const client = createRecordingClient({ withoutThumbnails: true });

    expect(abortReadsOnly(client, new AbortController().signal).fetchThumbnail).toBeUndefined();
  });
});

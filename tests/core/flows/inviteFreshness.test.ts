/**
 * `checkInviteFreshness`: the invite's preview held against the room's live summary (the
 * Synapse capture of `room_summary` while invited), over a recording client.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { assessInvite, MatrixApiError, MatrixNetworkError, summarizeInvite } from "../../../src/core";
import { checkInviteFreshness } from "../../../src/core/flows/inviteFreshness";
import named from "../../fixtures/invite-named-room-full.json";
import dmV12 from "../../fixtures/invite-dm-v12.json";
import { createRecordingClient } from "../../support/recordingClient";

const ROOM = named.room_id;
const LIVE = named.room_summary_while_invited.body;
const summary = summarizeInvite(named.sync_invite_entry.invite_state, { userId: named.user_id, roomId: ROOM });

function answering(value: unknown) {
  return createRecordingClient({ answers: { getRoomSummary: { value: value as Record<string, unknown> } } });
}

function failing(status: number, errcode: string) {
  return createRecordingClient({ answers: { getRoomSummary: { error: new MatrixApiError({ status, body: { errcode, error: "captured" } }) } } });
}

afterEach(() => vi.useRealTimers());

describe("checkInviteFreshness against a live summary", () => {
  it("finds nothing changed when the live summary matches the invite, and reports the live facts", async () => {
    const result = await checkInviteFreshness(answering(LIVE), { roomId: ROOM, summary });
    expect(result).toMatchObject({ available: true, changes: [], joinedMemberCount: 1, joinRule: "invite" });
    expect(result.preview?.name).toBe("Design Review");
  });

  it("asks through the inviter's server by default, and through the caller's servers when given", async () => {
    const client = answering(LIVE);
    await checkInviteFreshness(client, { roomId: ROOM, summary });
    await checkInviteFreshness(client, { roomId: ROOM, summary, via: ["other.example"] });
    const [byDefault, given] = client.callsTo("getRoomSummary");
    expect(byDefault?.args[0]).toBe(ROOM);
    expect(byDefault?.options.via).toEqual(["localhost"]);
    expect(given?.options.via).toEqual(["other.example"]);
  });

  it("asks a v12 room through its creators' servers", async () => {
    const v12 = summarizeInvite(dmV12.sync_invite_entry.invite_state, { userId: dmV12.user_id, roomId: dmV12.room_id });
    const client = answering(dmV12.room_summary_while_invited.body);
    await checkInviteFreshness(client, { roomId: dmV12.room_id, summary: v12 });
    expect(client.callsTo("getRoomSummary")[0]?.options.via).toEqual(["localhost"]);
  });

  it("lists every change since the invite, in a fixed order", async () => {
    const changed = { ...LIVE, name: "Totally Legit Prizes", avatar_url: "mxc://localhost/other", topic: "Click here", join_rule: "public", num_joined_members: 0 };
    const result = await checkInviteFreshness(answering(changed), { roomId: ROOM, summary });
    expect(result.changes).toEqual(["room_empty", "renamed", "avatar_changed", "topic_changed", "join_rule_changed"]);
    expect(result).toMatchObject({ available: true, joinedMemberCount: 0, joinRule: "public" });
    expect(result.preview?.name).toBe("Totally Legit Prizes");
  });

  it("counts a name removed since the invite as renamed, and a join rule the server left out as no change", async () => {
    const { name: _name, join_rule: _joinRule, ...withoutNameOrRule } = LIVE;
    expect((await checkInviteFreshness(answering(withoutNameOrRule), { roomId: ROOM, summary })).changes).toEqual(["renamed"]);
  });

  it("does not call a field changed when the live summary's value for it is malformed", async () => {
    const hostile = { ...LIVE, name: 42, avatar_url: "https://tracker.example/pixel.png", topic: { text: "not a string" } };
    expect(await checkInviteFreshness(answering(hostile), { roomId: ROOM, summary })).toMatchObject({ available: true, changes: [] });
    const emptied = { ...LIVE, name: "", topic: "" };
    expect((await checkInviteFreshness(answering(emptied), { roomId: ROOM, summary })).changes).toEqual(["renamed", "topic_changed"]);
  });

  it("distrusts an answer about another room or without a room ID", async () => {
    expect(await checkInviteFreshness(answering({ ...LIVE, room_id: "!other:localhost" }), { roomId: ROOM, summary })).toEqual({ available: false, changes: [] });
    const { room_id: _roomId, ...anonymous } = LIVE;
    expect(await checkInviteFreshness(answering(anonymous), { roomId: ROOM, summary })).toEqual({ available: false, changes: [] });
  });

  it("feeds preview_changed into assessInvite", async () => {
    const freshness = await checkInviteFreshness(answering({ ...LIVE, name: "Renamed" }), { roomId: ROOM, summary });
    expect(assessInvite(summary, { freshness })).toMatchObject({ reasons: ["preview_changed"], details: { previewChanges: ["renamed"] } });
  });
});

describe("checkInviteFreshness when the room or the endpoint is gone", () => {
  it("reads Synapse's 404 M_NOT_FOUND (asked with via) as room_empty", async () => {
    expect(await checkInviteFreshness(failing(404, "M_NOT_FOUND"), { roomId: ROOM, summary })).toEqual({ available: true, changes: ["room_empty"], joinedMemberCount: 0 });
  });

  it("reads Synapse's 400 (asked without via) as room_empty, but not a 400 when via was sent", async () => {
    expect((await checkInviteFreshness(failing(400, "M_UNKNOWN"), { roomId: ROOM, summary, via: [] })).changes).toEqual(["room_empty"]);
    expect(await checkInviteFreshness(failing(400, "M_UNKNOWN"), { roomId: ROOM, summary })).toEqual({ available: false, changes: [] });
  });

  it("is unavailable when the endpoint is missing, forbidden or failing", async () => {
    for (const [status, errcode] of [[404, "M_UNRECOGNIZED"], [403, "M_FORBIDDEN"], [429, "M_LIMIT_EXCEEDED"], [500, "M_UNKNOWN"]] as const) {
      expect(await checkInviteFreshness(failing(status, errcode), { roomId: ROOM, summary }), errcode).toEqual({ available: false, changes: [] });
    }
    const offline = createRecordingClient({ answers: { getRoomSummary: { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) } } });
    expect(await checkInviteFreshness(offline, { roomId: ROOM, summary })).toEqual({ available: false, changes: [] });
  });

  it("gives up after its timeout and reads a slow server as unavailable", async () => {
    vi.useFakeTimers();
    const client = createRecordingClient({ answers: { getRoomSummary: "hold" } });
    const pending = checkInviteFreshness(client, { roomId: ROOM, summary, timeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await pending).toEqual({ available: false, changes: [] });
    expect(client.callsTo("getRoomSummary")[0]?.status).toBe("aborted");
  });

  it("gives up after its timeout, and on the caller's abort, even when the client ignores the signal", async () => {
    vi.useFakeTimers();
    const deaf = { getRoomSummary: () => new Promise<Record<string, unknown>>(() => undefined) };
    const slow = checkInviteFreshness(deaf, { roomId: ROOM, summary, timeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await slow).toEqual({ available: false, changes: [] });
    const controller = new AbortController();
    const cancelled = checkInviteFreshness(deaf, { roomId: ROOM, summary, signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects with the AbortError when the caller aborts", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: "hold" } });
    const controller = new AbortController();
    const pending = checkInviteFreshness(client, { roomId: ROOM, summary, signal: controller.signal });
    await client.waitForCall("getRoomSummary");
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});

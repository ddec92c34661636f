import { describe, expect, it } from "vitest";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import { MatrixNetworkError } from "../../../src/core/client/errors";
import { declineInvite, InviterUnknownError } from "../../../src/core/flows/declineInvite";
import type { DeclineInviteClient } from "../../../src/core/flows/declineInvite";
import { createRecordingClient } from "../../support/recordingClient";
import { hostileValues } from "./hostileValues";

// The real capture: @alice:localhost invited @bob:localhost (the recording client's user).
const ROOM_ID = namedRoom.room_id;
const INVITEE = namedRoom.user_id;
const INVITER = "@alice:localhost";
const INVITE_STATE: unknown = namedRoom.sync_invite_entry.invite_state;

/** An invite member event for `invitee`, sent by `sender`. */
function inviteEvent(invitee: string, sender: string) {
  return { type: "m.room.member", state_key: invitee, sender, content: { membership: "invite" } };
}

/** The user ID the ignore step wrote into `m.ignored_user_list`, if any. */
function ignoredUsers(client: ReturnType<typeof createRecordingClient>): string[] {
  const content = client.callsTo("setAccountData")[0]?.args[1] as { ignored_users?: Record<string, unknown> } | undefined;
  return Object.keys(content?.ignored_users ?? {});
}

describe("declineInvite: finding the inviter to ignore", () => {
  it("uses a given inviterId without asking the server for the invite state", async () => {
    const client = createRecordingClient({ withInviteState: true });

    const result = await declineInvite(client, { roomId: ROOM_ID, inviterId: INVITER, ignoreInviter: true });

    expect(result.failedSteps).toEqual([]);
    expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData"]);
    expect(ignoredUsers(client)).toEqual([INVITER]);
  });

  it("reads the inviter from the given invite state (the issue's shape plus inviteState) with no extra request", async () => {
    const client = createRecordingClient({ withInviteState: true });

    const result = await declineInvite(client, { roomId: ROOM_ID, reason: "no", ignoreInviter: true, inviteState: INVITE_STATE });

    expect(result.failedSteps).toEqual([]);
    expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData"]);
    expect(ignoredUsers(client)).toEqual([INVITER]);
  });

  it("takes the sender of the invitee's own invite, not another member's invite", async () => {
    const client = createRecordingClient({ userId: "@carol:localhost" });
    const inviteState = [inviteEvent("@bob:localhost", "@mallory:localhost"), inviteEvent("@carol:localhost", INVITER)];

    await declineInvite(client, { roomId: ROOM_ID, ignoreInviter: true, inviteState });

    expect(ignoredUsers(client)).toEqual([INVITER]);
  });

  it("prefers the userId option over the client's user", async () => {
    const client = createRecordingClient({ userId: "@carol:localhost" });
    const inviteState = [inviteEvent("@bob:localhost", "@mallory:localhost"), inviteEvent("@carol:localhost", INVITER)];

    await declineInvite(client, { roomId: ROOM_ID, ignoreInviter: true, inviteState, userId: "@bob:localhost" });

    expect(ignoredUsers(client)).toEqual(["@mallory:localhost"]);
  });

  it("without a known user, takes the only invite in the state, and none when there are several", async () => {
    const single = createRecordingClient();
    Object.defineProperty(single, "userId", { value: undefined });
    await declineInvite(single, { roomId: ROOM_ID, ignoreInviter: true, inviteState: [inviteEvent("@someone:localhost", INVITER)] });
    expect(ignoredUsers(single)).toEqual([INVITER]);

    const several = createRecordingClient();
    Object.defineProperty(several, "userId", { value: undefined });
    const result = await declineInvite(several, {
      roomId: ROOM_ID,
      ignoreInviter: true,
      inviteState: [inviteEvent("@one:localhost", INVITER), inviteEvent("@two:localhost", "@mallory:localhost")],
    });
    expect(result.failedSteps).toEqual([{ step: "ignore", code: "unknown", error: expect.any(InviterUnknownError) }]);
    expect(several.methodsCalled()).toEqual(["leaveRoom"]);
  });

  it("asks the client for the invite state exactly once, before the leave, and ignores its inviter", async () => {
    const client = createRecordingClient({ answers: { getInviteState: { value: namedRoom.sync_invite_entry.invite_state.events } } });

    const result = await declineInvite(client, { roomId: ROOM_ID, reason: "spam", ignoreInviter: true, reportReason: "spam" });

    expect(result.failedSteps).toEqual([]);
    expect(client.methodsCalled()).toEqual(["getInviteState", "leaveRoom", "getAccountData", "setAccountData", "reportRoom"]);
    expect(client.callsTo("getInviteState")[0]?.args[0]).toBe(ROOM_ID);
    expect(ignoredUsers(client)).toEqual([INVITER]);
  });

  it("asks the client when the given invite state names no inviter for the user", async () => {
    const client = createRecordingClient({ answers: { getInviteState: { value: [inviteEvent(INVITEE, INVITER)] } } });

    await declineInvite(client, { roomId: ROOM_ID, ignoreInviter: true, inviteState: [inviteEvent("@else:localhost", "@mallory:localhost")] });

    expect(client.methodsCalled()).toEqual(["getInviteState", "leaveRoom", "getAccountData", "setAccountData"]);
    expect(ignoredUsers(client)).toEqual([INVITER]);
  });

  it("does not look the inviter up when ignoreInviter is off", async () => {
    const client = createRecordingClient({ withInviteState: true });

    await declineInvite(client, { roomId: ROOM_ID, reportReason: "spam" });

    expect(client.methodsCalled()).toEqual(["leaveRoom", "reportRoom"]);
  });

  it("still declines, reports and forgets when the inviter cannot be found, and reports the ignore step failed", async () => {
    const withoutPort = createRecordingClient();
    const withPort = createRecordingClient({ withInviteState: true });

    for (const client of [withoutPort, withPort]) {
      const result = await declineInvite(client, { roomId: ROOM_ID, ignoreInviter: true, reportReason: "spam", forget: true });

      expect(result.failedSteps).toEqual([{ step: "ignore", code: "unknown", error: expect.any(InviterUnknownError) }]);
    }
    expect(withoutPort.methodsCalled()).toEqual(["leaveRoom", "reportRoom", "forgetRoom"]);
    expect(withPort.methodsCalled()).toEqual(["getInviteState", "leaveRoom", "reportRoom", "forgetRoom"]);
  });

  it("still declines when the invite-state request fails, and reports the ignore step with that request's code", async () => {
    const client = createRecordingClient({
      answers: { getInviteState: { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) } },
    });

    const result = await declineInvite(client, { roomId: ROOM_ID, ignoreInviter: true });

    expect(result.failedSteps).toEqual([{ step: "ignore", code: "network", error: expect.any(MatrixNetworkError) }]);
    expect(client.methodsCalled()).toEqual(["getInviteState", "leaveRoom"]);
  });

  it("rejects with the AbortError and does not leave when aborted during the invite-state request", async () => {
    const client = createRecordingClient({ answers: { getInviteState: "hold" } });
    const controller = new AbortController();

    const pending = declineInvite(client, { roomId: ROOM_ID, ignoreInviter: true, signal: controller.signal });
    const lookup = await client.waitForCall("getInviteState");
    controller.abort();

    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(lookup.signal).toBe(controller.signal);
    expect(client.methodsCalled()).toEqual(["getInviteState"]);
  });

  it("does not leave when aborted during the invite-state request, even if a client that ignores the signal still answers", async () => {
    const client = createRecordingClient({ answers: { getInviteState: "hold" } });
    const deaf: DeclineInviteClient = { ...client, getInviteState: (roomId) => client.getInviteState!(roomId) };
    const controller = new AbortController();

    const pending = declineInvite(deaf, { roomId: ROOM_ID, ignoreInviter: true, signal: controller.signal });
    const lookup = await client.waitForCall("getInviteState");
    controller.abort();
    lookup.resolve(INVITE_STATE as unknown[]);

    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(lookup.status).toBe("resolved");
    expect(client.methodsCalled()).toEqual(["getInviteState"]);
  });

  it("never throws on hostile invite state, given or fetched: the decline happens and the ignore step fails", async () => {
    for (const hostile of hostileValues()) {
      const given = createRecordingClient();
      const fetched = createRecordingClient({ answers: { getInviteState: { value: hostile as unknown[] } } });

      const results = [
        await declineInvite(given, { roomId: ROOM_ID, ignoreInviter: true, inviteState: hostile }),
        await declineInvite(fetched, { roomId: ROOM_ID, ignoreInviter: true }),
      ];

      for (const result of results) expect(result.failedSteps.map(({ step, code }) => ({ step, code }))).toEqual([{ step: "ignore", code: "unknown" }]);
      expect(given.callsTo("leaveRoom")).toHaveLength(1);
      expect(fetched.callsTo("leaveRoom")).toHaveLength(1);
    }
  });
});

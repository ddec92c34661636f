import { describe, expect, it } from "vitest";
import errorsFixture from "../../fixtures/errors.json";
import { MatrixApiError, MatrixNetworkError, MembershipActionError } from "../../../src/core/client/errors";
import { declineInvite, InviterUnknownError } from "../../../src/core/flows/declineInvite";
import { createRecordingClient } from "../../support/recordingClient";

const ROOM_ID = "!NgRdMJPTWYcYuWIhYV:localhost";
const INVITER = "@mallory:localhost";
const responses = errorsFixture.responses;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the flow to reject");
    },
    (error: unknown) => error,
  );
}

describe("declineInvite", () => {
  describe("a plain decline", () => {
    it("leaves with the reason and sends nothing else", async () => {
      const client = createRecordingClient();

      const result = await declineInvite(client, { roomId: ROOM_ID, reason: "Not interested" });

      expect(result).toEqual({ failedSteps: [], alreadyGone: false });
      expect(client.methodsCalled()).toEqual(["leaveRoom"]);
      expect(client.callsTo("leaveRoom")[0]?.args[0]).toBe(ROOM_ID);
      expect(client.callsTo("leaveRoom")[0]?.options.reason).toBe("Not interested");
    });

    it("keeps an empty reason instead of dropping it, and sends none when absent", async () => {
      const client = createRecordingClient();

      await declineInvite(client, { roomId: ROOM_ID, reason: "" });
      await declineInvite(client, { roomId: ROOM_ID });

      const [withEmpty, without] = client.callsTo("leaveRoom");
      expect(withEmpty?.options.reason).toBe("");
      expect(without?.options).not.toHaveProperty("reason");
    });
  });

  describe("when the invite is already gone", () => {
    it("counts it as declined and still runs the follow-ups", async () => {
      const client = createRecordingClient({
        answers: { leaveRoom: { error: new MatrixApiError(responses.leave_when_not_member) } },
      });

      const result = await declineInvite(client, { roomId: ROOM_ID, inviterId: INVITER, ignoreInviter: true, reportReason: "spam", forget: true });

      expect(result).toEqual({ failedSteps: [], alreadyGone: true });
      expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData", "reportRoom", "forgetRoom"]);
    });
  });

  describe("when the leave fails", () => {
    it("runs none of the follow-ups and reports the decline action", async () => {
      const client = createRecordingClient({
        answers: { leaveRoom: { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) } },
      });

      const error = await rejection(
        declineInvite(client, { roomId: ROOM_ID, inviterId: INVITER, ignoreInviter: true, reportReason: "spam", forget: true }),
      );

      expect(client.methodsCalled()).toEqual(["leaveRoom"]);
      expect(error).toBeInstanceOf(MembershipActionError);
      expect(error).toMatchObject({ action: "decline", code: "server_error" });
    });

    it("reports a dropped connection as network", async () => {
      const client = createRecordingClient({
        answers: { leaveRoom: { error: new MatrixNetworkError({ requestMayHaveReachedServer: true }) } },
      });

      const error = await rejection(declineInvite(client, { roomId: ROOM_ID, forget: true }));

      expect(error).toMatchObject({ action: "decline", code: "network", requestMayHaveReachedServer: true });
      expect(client.methodsCalled()).toEqual(["leaveRoom"]);
    });
  });

  describe("decline, ignore the inviter, report and forget", () => {
    it("skips the leave when it is known to be done, and still runs the follow-ups", async () => {
      const client = createRecordingClient();

      const result = await declineInvite(client, { roomId: ROOM_ID, inviterId: INVITER, ignoreInviter: true, reportReason: "spam", alreadyLeft: true });

      expect(result.failedSteps).toEqual([]);
      expect(client.methodsCalled()).toEqual(["getAccountData", "setAccountData", "reportRoom"]);
    });

    it("runs every step in order and reports no failure", async () => {
      const client = createRecordingClient();

      const result = await declineInvite(client, {
        roomId: ROOM_ID,
        reason: "spam",
        inviterId: INVITER,
        ignoreInviter: true,
        reportReason: "Unsolicited advertising",
        forget: true,
      });

      expect(result.failedSteps).toEqual([]);
      expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData", "reportRoom", "forgetRoom"]);
      expect(client.callsTo("reportRoom")[0]?.args.slice(0, 2)).toEqual([ROOM_ID, "Unsolicited advertising"]);
      expect(client.callsTo("forgetRoom")[0]?.args[0]).toBe(ROOM_ID);
    });

    it("adds the inviter to the ignored users and keeps the ones already there", async () => {
      const client = createRecordingClient({
        answers: {
          getAccountData: { value: { ignored_users: { "@spammer:example.org": {} }, "org.example.extra": true } },
        },
      });

      await declineInvite(client, { roomId: ROOM_ID, inviterId: INVITER, ignoreInviter: true });

      const write = client.callsTo("setAccountData")[0];
      expect(client.callsTo("getAccountData")[0]?.args[0]).toBe("m.ignored_user_list");
      expect(write?.args[0]).toBe("m.ignored_user_list");
      expect(JSON.parse(JSON.stringify(write?.args[1]))).toEqual({
        ignored_users: { "@spammer:example.org": {}, [INVITER]: {} },
        "org.example.extra": true,
      });
    });

    it("does not rewrite the list when the inviter is already ignored", async () => {
      const client = createRecordingClient({ answers: { getAccountData: { value: { ignored_users: { [INVITER]: {} } } } } });

      const result = await declineInvite(client, { roomId: ROOM_ID, inviterId: INVITER, ignoreInviter: true });

      expect(result.failedSteps).toEqual([]);
      expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData"]);
    });

    it("reports with an empty reason when the caller gave one", async () => {
      const client = createRecordingClient();

      await declineInvite(client, { roomId: ROOM_ID, reportReason: "" });

      expect(client.callsTo("reportRoom")[0]?.args[1]).toBe("");
    });
  });

  describe("when a follow-up fails after the decline", () => {
    it("says exactly that the report failed while ignore and forget worked", async () => {
      const client = createRecordingClient({
        answers: { reportRoom: { error: new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED" } }) } },
      });

      const result = await declineInvite(client, {
        roomId: ROOM_ID,
        inviterId: INVITER,
        ignoreInviter: true,
        reportReason: "spam",
        forget: true,
      });

      expect(result.failedSteps).toHaveLength(1);
      expect(result.failedSteps[0]).toMatchObject({ step: "report", code: "rate_limited" });
      expect(result.failedSteps[0]?.error).toBeInstanceOf(MatrixApiError);
      expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData", "reportRoom", "forgetRoom"]);
    });

    it("collects every failing step in order", async () => {
      const client = createRecordingClient({
        answers: {
          setAccountData: { error: new MatrixApiError({ status: 500, body: {} }) },
          reportRoom: { error: new MatrixApiError({ status: 404, body: { errcode: "M_NOT_FOUND" } }) },
          forgetRoom: { error: new MatrixNetworkError({ requestMayHaveReachedServer: true }) },
        },
      });

      const result = await declineInvite(client, {
        roomId: ROOM_ID,
        inviterId: INVITER,
        ignoreInviter: true,
        reportReason: "spam",
        forget: true,
      });

      expect(result.failedSteps.map(({ step, code }) => ({ step, code }))).toEqual([
        { step: "ignore", code: "server_error" },
        { step: "report", code: "room_not_found" },
        { step: "forget", code: "network" },
      ]);
    });

    it("reports the ignore step as failed when no valid inviter was given, and still reports and forgets", async () => {
      const client = createRecordingClient();

      const result = await declineInvite(client, {
        roomId: ROOM_ID,
        inviterId: "mallory",
        ignoreInviter: true,
        reportReason: "spam",
        forget: true,
      });

      expect(result.failedSteps).toEqual([{ step: "ignore", code: "unknown", error: expect.any(InviterUnknownError) }]);
      expect(client.methodsCalled()).toEqual(["leaveRoom", "reportRoom", "forgetRoom"]);
    });
  });

  describe("cancellation", () => {
    it("passes the signal to every request", async () => {
      const client = createRecordingClient();
      const controller = new AbortController();

      await declineInvite(client, {
        roomId: ROOM_ID,
        inviterId: INVITER,
        ignoreInviter: true,
        reportReason: "spam",
        forget: true,
        signal: controller.signal,
      });

      expect(client.calls.map((call) => call.signal)).toEqual(Array(5).fill(controller.signal));
    });

    it("rejects with the AbortError and stops when aborted during a follow-up", async () => {
      const client = createRecordingClient({ answers: { reportRoom: "hold" } });
      const controller = new AbortController();

      const pending = declineInvite(client, { roomId: ROOM_ID, reportReason: "spam", forget: true, signal: controller.signal });
      await client.waitForCall("reportRoom");
      controller.abort();
      const error = await rejection(pending);

      expect(error).toMatchObject({ name: "AbortError" });
      expect(client.methodsCalled()).toEqual(["leaveRoom", "reportRoom"]);
    });

    it("sends nothing when the signal has already aborted", async () => {
      const client = createRecordingClient();
      const controller = new AbortController();
      controller.abort();

      await expect(declineInvite(client, { roomId: ROOM_ID, signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
      expect(client.calls).toHaveLength(0);
    });
  });
});

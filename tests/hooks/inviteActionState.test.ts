import { describe, expect, it } from "vitest";
import {
  canStartInviteAction,
  initialInviteActionState,
  inviteActionReducer,
  isInviteActionPending,
} from "../../src/hooks/inviteActionState";
import type { InviteActionEvent, InviteActionState } from "../../src/hooks/inviteActionState";
import { summarizeRoomState } from "../../src/core/summary";
import accepted from "../fixtures/accept-named-room-full.json";

const LIVE = summarizeRoomState(accepted.live_state, { userId: "@bob:localhost", roomId: accepted.room_id });

function run(events: InviteActionEvent[], from: InviteActionState = initialInviteActionState): InviteActionState {
  return events.reduce(inviteActionReducer, from);
}

describe("inviteActionReducer", () => {
  it("starts idle with call number 0", () => {
    expect(initialInviteActionState).toEqual({ status: "idle", callId: 0 });
    expect(isInviteActionPending(initialInviteActionState)).toBe(false);
    expect(canStartInviteAction(initialInviteActionState)).toBe(true);
  });

  it("records which action is pending", () => {
    expect(run([{ type: "start", action: "accept", callId: 1 }])).toEqual({ status: "accepting", pendingAction: "accept", callId: 1 });
    expect(run([{ type: "start", action: "decline", callId: 1 }])).toEqual({ status: "declining", pendingAction: "decline", callId: 1 });
  });

  it("ignores a second start while pending (double press)", () => {
    const pending = run([{ type: "start", action: "accept", callId: 1 }]);

    expect(inviteActionReducer(pending, { type: "start", action: "accept", callId: 2 })).toBe(pending);
    expect(inviteActionReducer(pending, { type: "start", action: "decline", callId: 2 })).toBe(pending);
  });

  it("ignores a start that does not carry a newer call number", () => {
    const failed = run([
      { type: "start", action: "accept", callId: 3 },
      { type: "failed", error: { code: "network", action: "accept" }, callId: 3 },
    ]);

    expect(inviteActionReducer(failed, { type: "start", action: "accept", callId: 3 })).toBe(failed);
    expect(inviteActionReducer(failed, { type: "start", action: "accept", callId: 4 }).status).toBe("accepting");
  });

  it("finishes an accept with the live summary", () => {
    const state = run([
      { type: "start", action: "accept", callId: 1 },
      { type: "accepted", liveSummary: LIVE, callId: 1 },
    ]);

    expect(state).toEqual({ status: "accepted", liveSummary: LIVE, callId: 1 });
    expect(canStartInviteAction(state)).toBe(false);
  });

  it("finishes a decline with its outcome", () => {
    const outcome = { failedSteps: [{ step: "report" as const, code: "server_error" as const }] };
    const state = run([
      { type: "start", action: "decline", callId: 1 },
      { type: "declined", outcome, callId: 1 },
    ]);

    expect(state).toEqual({ status: "declined", outcome, callId: 1 });
  });

  it("drops the answer of an older call (latest call wins)", () => {
    const newer = run([
      { type: "start", action: "accept", callId: 1 },
      { type: "reset", callId: 2 },
      { type: "start", action: "accept", callId: 3 },
    ]);

    expect(inviteActionReducer(newer, { type: "accepted", liveSummary: LIVE, callId: 1 })).toBe(newer);
    expect(inviteActionReducer(newer, { type: "failed", error: { code: "network", action: "accept" }, callId: 1 })).toBe(newer);
  });

  it("drops an answer that does not match the pending action", () => {
    const declining = run([{ type: "start", action: "decline", callId: 1 }]);

    expect(inviteActionReducer(declining, { type: "accepted", liveSummary: LIVE, callId: 1 })).toBe(declining);
  });

  it("drops a failure once the call already finished", () => {
    const done = run([
      { type: "start", action: "accept", callId: 1 },
      { type: "accepted", liveSummary: LIVE, callId: 1 },
    ]);

    expect(inviteActionReducer(done, { type: "failed", error: { code: "network", action: "accept" }, callId: 1 })).toBe(done);
  });

  it("allows a retry from error and keeps the error details until then", () => {
    const error = { code: "rate_limited" as const, action: "accept" as const, retryAfterMs: 4548, retryAt: 5000 };
    const failed = run([
      { type: "start", action: "accept", callId: 1 },
      { type: "failed", error, callId: 1 },
    ]);

    expect(failed).toEqual({ status: "error", error, callId: 1 });
    expect(canStartInviteAction(failed)).toBe(true);
    expect(inviteActionReducer(failed, { type: "start", action: "accept", callId: 2 }).status).toBe("accepting");
  });

  it("resets only with a newer call number", () => {
    const done = run([
      { type: "start", action: "decline", callId: 1 },
      { type: "declined", outcome: { failedSteps: [] }, callId: 1 },
    ]);

    expect(inviteActionReducer(done, { type: "reset", callId: 1 })).toBe(done);
    expect(inviteActionReducer(done, { type: "reset", callId: 2 })).toEqual({ status: "idle", callId: 2 });
  });
});

describe("inviteActionReducer: retrying a decline's failed steps", () => {
  const failed = { failedSteps: [{ step: "report" as const, code: "network" as const }] };
  const declined = run([
    { type: "start", action: "decline", callId: 1 },
    { type: "declined", outcome: failed, callId: 1 },
  ]);

  it("stays declined and pending while the steps run, then takes their outcome", () => {
    const retrying = run([{ type: "retryFollowUps", callId: 2 }], declined);
    expect(retrying).toEqual({ status: "declined", outcome: failed, callId: 2, retryingFollowUps: true });
    expect(isInviteActionPending(retrying)).toBe(true);
    expect(run([{ type: "retryFollowUps", callId: 3 }], retrying)).toBe(retrying);
    expect(run([{ type: "declined", outcome: { failedSteps: [] }, callId: 2 }], retrying)).toEqual({
      status: "declined",
      outcome: { failedSteps: [] },
      callId: 2,
    });
  });

  it("stays declined with the old outcome when the retry itself fails", () => {
    const state = run([{ type: "retryFollowUps", callId: 2 }, { type: "failed", error: { code: "unknown", action: "decline" }, callId: 2 }], declined);
    expect(state).toEqual({ status: "declined", outcome: failed, callId: 2 });
  });

  it("has nothing to retry after a decline whose steps all worked", () => {
    const clean = run([
      { type: "start", action: "decline", callId: 1 },
      { type: "declined", outcome: { failedSteps: [] }, callId: 1 },
    ]);
    expect(run([{ type: "retryFollowUps", callId: 2 }], clean)).toBe(clean);
  });
});

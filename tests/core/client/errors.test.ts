import { describe, expect, it } from "vitest";
import {
  MatrixApiError,
  MatrixNetworkError,
  MembershipActionError,
  hasErrorAnswer,
  isAbortError,
  toMembershipActionError,
  toMembershipError,
} from "../../../src/core/client/errors";
import rateLimited from "../../fixtures/error-rate-limited.json";
import errors from "../../fixtures/errors.json";

const captured = errors.responses;

function apiError(response: { status: number; body: unknown }, retryAfterMs?: number): MatrixApiError {
  return new MatrixApiError({ status: response.status, body: response.body, retryAfterMs });
}

describe("mapping real Synapse error bodies to UI codes", () => {
  it("reads a 403 'not invited' on join as a revoked invite", () => {
    expect(toMembershipError(apiError(captured.join_after_invite_revoked), "join")).toMatchObject({ code: "invite_revoked" });
  });

  it("reads 'not in room' when declining as a revoked invite, but as forbidden when leaving a joined room", () => {
    expect(toMembershipError(apiError(captured.leave_when_not_member), "decline")?.code).toBe("invite_revoked");
    expect(toMembershipError(apiError(captured.leave_when_not_member), "leave")?.code).toBe("forbidden");
  });

  it("reads other 403s as forbidden", () => {
    expect(toMembershipError(apiError(captured.kick_without_power), "kick")?.code).toBe("forbidden");
    expect(toMembershipError(apiError(captured.state_while_invited), "state")?.code).toBe("forbidden");
    expect(toMembershipError(apiError({ status: 403, body: { errcode: "M_FORBIDDEN", error: "You are banned from this room" } }), "join")?.code).toBe("forbidden");
  });

  it("reads an unknown room (404 M_UNKNOWN, no servers) and an unknown alias (404 M_NOT_FOUND) as room_not_found", () => {
    expect(toMembershipError(apiError(captured.join_unknown_room), "join")?.code).toBe("room_not_found");
    expect(toMembershipError(apiError(captured.join_unknown_alias), "join")?.code).toBe("room_not_found");
    expect(toMembershipError(apiError(captured.join_unknown_alias), "knock")?.code).toBe("room_not_found");
  });

  it("reads a bad token as unauthorized and carries soft_logout", () => {
    expect(toMembershipError(apiError(captured.bad_token), "join")).toMatchObject({ code: "unauthorized", softLogout: false });
    const soft = apiError({ status: 401, body: { errcode: "M_UNKNOWN_TOKEN", error: "expired", soft_logout: true } });
    expect(toMembershipError(soft, "leave")).toMatchObject({ code: "unauthorized", softLogout: true });
  });

  it("reads a real 429 as rate_limited with the delay", () => {
    const limited = rateLimited.first_limited_response;
    expect(toMembershipError(apiError(limited), "join")).toMatchObject({ code: "rate_limited", retryAfterMs: 4_548 });
    expect(toMembershipError(apiError(limited, 5_000), "join")).toMatchObject({ code: "rate_limited", retryAfterMs: 5_000 });
  });

  it.each([
    [403, "M_USER_SUSPENDED", "suspended"],
    [400, "M_INCOMPATIBLE_ROOM_VERSION", "incompatible_room_version"],
    [403, "M_CANNOT_LEAVE_SERVER_NOTICE_ROOM", "cannot_leave_server_notices"],
    [500, "M_UNKNOWN", "server_error"],
    [502, undefined, "server_error"],
    [400, "M_BAD_JSON", "unknown"],
  ] as const)("reads %i %s as %s", (status, errcode, code) => {
    const body = errcode ? { errcode, error: "x" } : undefined;
    expect(toMembershipError(new MatrixApiError({ status, body }), "join")?.code).toBe(code);
  });

  it("does not call a missing account-data entry a missing room", () => {
    expect(toMembershipError(apiError({ status: 404, body: { errcode: "M_NOT_FOUND", error: "x" } }), "account_data")?.code).toBe("unknown");
  });
});

describe("network failures and aborts", () => {
  it("reads a network error as network and keeps the may-have-reached flag", () => {
    const error = new MatrixNetworkError({ requestMayHaveReachedServer: true, timedOut: true });
    expect(toMembershipError(error, "join")).toMatchObject({ code: "network", requestMayHaveReachedServer: true });
  });

  it("reads a raw fetch failure and a TimeoutError as network", () => {
    expect(toMembershipError(new TypeError("fetch failed"), "join")?.code).toBe("network");
    expect(toMembershipError(new DOMException("timed out", "TimeoutError"), "join")?.code).toBe("network");
  });

  it("lets an AbortError through as a cancellation, not an error state", () => {
    const abort = new DOMException("aborted", "AbortError");
    expect(isAbortError(abort)).toBe(true);
    expect(toMembershipError(abort, "join")).toBeUndefined();
    expect(toMembershipActionError(abort, "join")).toBe(abort);
  });

  it("reads anything else as unknown", () => {
    expect(toMembershipError(new Error("boom"), "join")?.code).toBe("unknown");
    expect(toMembershipError("weird", "join")?.code).toBe("unknown");
    expect(toMembershipError(null, "join")?.code).toBe("unknown");
  });
});

describe("errors from other clients", () => {
  it("understands matrix-js-sdk's MatrixError shape", () => {
    const sdkError = Object.assign(new Error("M_FORBIDDEN: You are not invited to this room."), {
      httpStatus: 403,
      errcode: "M_FORBIDDEN",
      data: { errcode: "M_FORBIDDEN", error: "You are not invited to this room." },
    });
    expect(toMembershipError(sdkError, "join")?.code).toBe("invite_revoked");
    const limited = Object.assign(new Error("limited"), { httpStatus: 429, errcode: "M_LIMIT_EXCEEDED", data: { retry_after_ms: 700 } });
    expect(toMembershipError(limited, "join")).toMatchObject({ code: "rate_limited", retryAfterMs: 700 });
  });

  it("understands matrix-js-sdk's ConnectionError", () => {
    const connection = Object.assign(new Error("fetch failed"), { name: "ConnectionError" });
    expect(toMembershipError(connection, "leave")?.code).toBe("network");
  });

  it("keeps the code of an error that was already translated", () => {
    const wrapped = toMembershipActionError(apiError(captured.join_after_invite_revoked), "join");
    expect(wrapped).toBeInstanceOf(MembershipActionError);
    expect(wrapped).toMatchObject({ code: "invite_revoked", action: "join" });
    expect(toMembershipError(wrapped, "other")?.code).toBe("invite_revoked");
    expect(toMembershipActionError(wrapped, "leave")).toBe(wrapped);
  });
});

describe("hasErrorAnswer", () => {
  it("matches the status and errcode of the client's errors and, structurally, of matrix-js-sdk's", () => {
    const unrecognized = new MatrixApiError({ status: 404, body: { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" } });
    expect(hasErrorAnswer(unrecognized, { errcode: "M_UNRECOGNIZED" })).toBe(true);
    expect(hasErrorAnswer(unrecognized, { status: 404, errcode: "M_UNRECOGNIZED" })).toBe(true);
    expect(hasErrorAnswer(unrecognized, { status: 400, errcode: "M_UNRECOGNIZED" })).toBe(false);
    expect(hasErrorAnswer(unrecognized, { errcode: "M_NOT_FOUND" })).toBe(false);
    const sdkError = Object.assign(new Error("not found"), { httpStatus: 404, errcode: "M_NOT_FOUND", data: {} });
    expect(hasErrorAnswer(sdkError, { status: 404, errcode: "M_NOT_FOUND" })).toBe(true);
  });

  it("never matches a failure without an answer", () => {
    expect(hasErrorAnswer(new MatrixNetworkError({ requestMayHaveReachedServer: false }), { status: 404 })).toBe(false);
    expect(hasErrorAnswer(new DOMException("aborted", "AbortError"), {})).toBe(false);
    expect(hasErrorAnswer(undefined, {})).toBe(false);
  });
});

describe("invite_blocked", () => {
  it("maps Synapse's 403 M_INVITE_BLOCKED on an invite to its own code, not forbidden", () => {
    const blocked = new MatrixApiError({ status: 403, body: { errcode: "M_INVITE_BLOCKED", error: "You are not permitted to invite this user." } });
    expect(toMembershipError(blocked, "invite")?.code).toBe("invite_blocked");
    expect(toMembershipError(new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }), "invite")?.code).toBe("forbidden");
  });
});

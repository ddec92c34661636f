import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { MatrixApiError, MatrixNetworkError } from "../../../src/core/client/errors";
import { InvitePreview } from "../../../src/components/InvitePreview/InvitePreview";
import accepted from "../../fixtures/accept-named-room-full.json";
import errors from "../../fixtures/errors.json";
import rateLimited from "../../fixtures/error-rate-limited.json";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import space from "../../fixtures/invite-space.json";
import { createRecordingClient } from "../../support/recordingClient";
import { entryFromCapture } from "./fixtures";
import { STATUS, USER_ID, setup } from "./setup";

const ROOM_ID = accepted.room_id;
const LIVE_STATE = accepted.live_state as unknown[];
const RENAMED_STATE = LIVE_STATE.map((event) =>
  (event as { type: string }).type === "m.room.name" ? { ...(event as object), content: { name: "Renamed Since" } } : event,
);

function apiError(response: { status: number; body: unknown }, retryAfterMs?: number): MatrixApiError {
  return new MatrixApiError({ status: response.status, body: response.body, retryAfterMs });
}

describe("InvitePreview: accepting", () => {
  it("sends one join for a double press and keeps focus on the pending button", async () => {
    const { client, user, article } = setup();
    client.respond("joinRoom", "hold");
    const accept = screen.getByRole("button", { name: "Accept" });

    await user.dblClick(accept);
    await user.click(accept);

    expect(client.callsTo("joinRoom")).toHaveLength(1);
    expect(article()).toHaveAttribute("data-state", "accepting");
    expect(accept).toHaveAttribute("aria-disabled", "true");
    expect(accept).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Joining the room…");
  });

  it("replaces the invite's picture with the live summary after accepting", async () => {
    const { client, user, callbacks, article } = setup();
    client.respond("getRoomState", { value: RENAMED_STATE });
    expect(screen.getByRole("heading", { name: "Design Review" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Accept" }));

    await screen.findByText("You joined", { ...STATUS, exact: false });
    expect(article()).toHaveAttribute("data-state", "accepted");
    expect(screen.getByRole("heading", { name: "Renamed Since" })).toBeInTheDocument();
    expect(article()).toHaveAccessibleName("Renamed Since");
    expect(screen.queryByText("Design Review")).not.toBeInTheDocument();
    // Nothing from the remote server's snapshot is left: no inviter line, no invite message, no stale note.
    expect(screen.queryByText(/Invited by/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Show message" })).not.toBeInTheDocument();
    expect(screen.queryByText(/may be out of date/)).not.toBeInTheDocument();
    expect(screen.getByText("2 members")).toBeInTheDocument();
    expect(screen.getByText("You joined", { ...STATUS, exact: false })).toHaveFocus();
    expect(callbacks.onAccepted).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ trusted: true }));
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
  });

  it("joins through the inviter's server", async () => {
    const { client, user } = setup();
    await user.click(screen.getByRole("button", { name: "Accept" }));
    const join = await client.waitForCall("joinRoom");
    expect(join.args[0]).toBe(ROOM_ID);
    expect(join.options.via).toEqual(["localhost"]);
  });

  it("drops the answer of a request still in flight after unmounting", async () => {
    const { client, user, callbacks, view } = setup();
    client.respond("joinRoom", "hold");
    await user.click(screen.getByRole("button", { name: "Accept" }));
    const join = await client.waitForCall("joinRoom");
    const consoleError = vi.spyOn(console, "error");

    view.unmount();
    await act(async () => join.resolve({ roomId: ROOM_ID }));

    expect(callbacks.onAccepted).not.toHaveBeenCalled();
    expect(callbacks.onActionError).not.toHaveBeenCalled();
    // The join (a write) is never aborted; the state read that would follow is not even started.
    expect(join.signal?.aborted ?? false).toBe(false);
    expect(client.callsTo("getRoomState").every((call) => call.signal?.aborted)).toBe(true);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it("shows the newer invite when an older invite's slow answer arrives late", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    client.respond("getRoomState", (roomId) => (roomId === ROOM_ID ? LIVE_STATE : []));
    const onAccepted = vi.fn();
    const user = userEvent.setup();
    const first = entryFromCapture(namedRoom);
    const second = entryFromCapture(space);
    const { rerender } = render(<InvitePreview client={client} invite={first} userId={USER_ID} onAccepted={onAccepted} />);
    await user.click(screen.getByRole("button", { name: "Accept" }));
    const slowJoin = await client.waitForCall("joinRoom", 1);

    rerender(<InvitePreview client={client} invite={second} userId={USER_ID} onAccepted={onAccepted} />);
    expect(screen.getByRole("article")).toHaveAttribute("data-state", "idle");
    await user.click(screen.getByRole("button", { name: "Accept" }));
    const newJoin = await client.waitForCall("joinRoom", 2);
    await act(async () => newJoin.resolve({ roomId: space.room_id }));
    await screen.findByText("You joined", { ...STATUS, exact: false });
    await act(async () => slowJoin.resolve({ roomId: ROOM_ID }));

    expect(screen.getByRole("article")).toHaveAttribute("data-state", "accepted");
    expect(screen.queryByText("Design Review")).not.toBeInTheDocument();
    expect(onAccepted).toHaveBeenCalledTimes(1);
    expect(onAccepted.mock.calls[0]?.[0]).toMatchObject({ roomId: space.room_id });
  });
});

describe("InvitePreview: errors and their way forward", () => {
  it("shows the room joined when the join's answer was lost but the join worked", async () => {
    const { client, user, article } = setup();
    client.respondOnce("joinRoom", { error: new MatrixNetworkError({ requestMayHaveReachedServer: true }) });
    client.respond("getRoomState", { value: LIVE_STATE });

    await user.click(screen.getByRole("button", { name: "Accept" }));

    await screen.findByText("You joined", { ...STATUS, exact: false });
    expect(article()).toHaveAttribute("data-state", "accepted");
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
  });

  it("retries after a lost answer without claiming the server was unreachable", async () => {
    const { client, user, article } = setup();
    client.respondOnce("joinRoom", { error: new MatrixNetworkError({ requestMayHaveReachedServer: true }) });
    // The server says the user is not in the room (yet): the join did not happen.
    client.respondOnce("getRoomState", { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) });
    client.respond("getRoomState", { value: LIVE_STATE });

    await user.click(screen.getByRole("button", { name: "Accept" }));

    const message = await screen.findByText("The connection was lost before the server answered.", STATUS);
    expect(article()).toHaveAttribute("data-state", "error");
    expect(message).toHaveFocus();
    expect(screen.getByText("You may have joined already. Trying again is safe.")).toBeInTheDocument();
    expect(screen.queryByText(/Could not reach the server/)).not.toBeInTheDocument();
    // The focused message is read out; the live region does not say it a second time.
    expect(screen.getByRole("status")).not.toHaveTextContent("The connection was lost before the server answered.");
    // The invite stays visible while the accept failed.
    expect(screen.getByRole("heading", { name: "Design Review" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Try again" }));

    await screen.findByText("You joined", { ...STATUS, exact: false });
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState", "joinRoom", "getRoomState"]);
  });

  it("says the server could not be reached when the request never left", async () => {
    const { client, user } = setup();
    client.respond("joinRoom", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });

    await user.click(screen.getByRole("button", { name: "Accept" }));

    await screen.findByText(/Could not reach the server/, STATUS);
    expect(screen.queryByText(/may have joined/)).not.toBeInTheDocument();
  });

  it("says a decline whose answer was lost may have worked", async () => {
    const { client, user } = setup();
    client.respond("leaveRoom", { error: new MatrixNetworkError({ requestMayHaveReachedServer: true }) });

    await user.click(screen.getByRole("button", { name: "Decline" }));

    await screen.findByText("The connection was lost before the server answered.", STATUS);
    expect(screen.getByText(/The invite may be declined already/)).toBeInTheDocument();
  });

  it("says the invite is no longer valid and forgets the room on request", async () => {
    const { client, user, callbacks } = setup();
    client.respond("joinRoom", { error: apiError(errors.responses.join_after_invite_revoked) });

    await user.click(screen.getByRole("button", { name: "Accept" }));
    await screen.findByText("This invite is no longer valid.", STATUS);
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Forget the room" }));

    await vi.waitFor(() => expect(callbacks.onDismiss).toHaveBeenCalledTimes(1));
    expect(client.methodsCalled()).toEqual(["joinRoom", "forgetRoom"]);
  });

  it("sends one forget for a double press on Forget", async () => {
    const { client, user, callbacks } = setup();
    client.respond("joinRoom", { error: apiError(errors.responses.join_after_invite_revoked) });
    client.respond("forgetRoom", "hold");
    await user.click(screen.getByRole("button", { name: "Accept" }));
    await screen.findByText("This invite is no longer valid.", STATUS);

    await user.dblClick(screen.getByRole("button", { name: "Forget the room" }));

    const forget = await client.waitForCall("forgetRoom");
    expect(client.callsTo("forgetRoom")).toHaveLength(1);
    await act(async () => forget.resolve(undefined));
    expect(callbacks.onDismiss).toHaveBeenCalledTimes(1);
  });

  it("asks the host to dismiss nothing when the forget finishes after unmount", async () => {
    const { client, user, callbacks, view } = setup();
    client.respond("joinRoom", { error: apiError(errors.responses.join_after_invite_revoked) });
    client.respond("forgetRoom", "hold");
    await user.click(screen.getByRole("button", { name: "Accept" }));
    await screen.findByText("This invite is no longer valid.", STATUS);
    await user.click(screen.getByRole("button", { name: "Forget the room" }));
    const forget = await client.waitForCall("forgetRoom");

    view.unmount();
    await act(async () => forget.resolve(undefined));

    expect(forget.status).toBe("resolved");
    expect(callbacks.onDismiss).not.toHaveBeenCalled();
  });

  it("offers no Forget when the host cannot dismiss the invite", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", { error: apiError(errors.responses.join_after_invite_revoked) });
    const user = userEvent.setup();
    render(<InvitePreview client={client} invite={entryFromCapture(namedRoom)} userId={USER_ID} />);

    await user.click(screen.getByRole("button", { name: "Accept" }));

    await screen.findByText("This invite is no longer valid.", STATUS);
    expect(screen.queryByRole("button", { name: "Forget the room" })).not.toBeInTheDocument();
  });

  it("counts down before a rate-limited retry", async () => {
    const { client, user } = setup();
    client.respondOnce("joinRoom", {
      error: apiError(rateLimited.first_limited_response, rateLimited.first_limited_response.body.retry_after_ms),
    });

    await user.click(screen.getByRole("button", { name: "Accept" }));

    // The wait is written once, in the message; the button only says what it does.
    expect(await screen.findByText(/You can try again in 5 seconds/, STATUS)).toBeInTheDocument();
    const retry = screen.getByRole("button", { name: "Try again" });
    expect(retry).toBeDisabled();
  });

  it("only fetches the room again after joining worked but loading it failed", async () => {
    const { client, user } = setup();
    client.respondOnce("getRoomState", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });
    client.respond("getRoomState", { value: LIVE_STATE });

    await user.click(screen.getByRole("button", { name: "Accept" }));
    await screen.findByText("You joined, but the room could not be loaded.", STATUS);
    expect(screen.queryByRole("button", { name: "Decline the invite" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));

    await screen.findByText("You joined", { ...STATUS, exact: false });
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState", "getRoomState"]);
  });

  it("offers to decline instead when the room cannot be found", async () => {
    const { client, user, callbacks } = setup();
    client.respond("joinRoom", { error: apiError(errors.responses.join_unknown_room) });

    await user.click(screen.getByRole("button", { name: "Accept" }));
    await screen.findByText(/could not be found/, STATUS);
    await user.click(screen.getByRole("button", { name: "Decline the invite" }));

    await screen.findByText("Invite declined.", STATUS);
    expect(callbacks.onDeclined).toHaveBeenCalledTimes(1);
    expect(client.methodsCalled()).toEqual(["joinRoom", "leaveRoom"]);
  });

  it("goes back to the invite's buttons from an error", async () => {
    const { client, user, article } = setup();
    client.respond("joinRoom", { error: apiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    await user.click(screen.getByRole("button", { name: "Accept" }));
    await screen.findByText(/ran into a problem/, STATUS);

    await user.click(screen.getByRole("button", { name: "Cancel" }));

    expect(article()).toHaveAttribute("data-state", "idle");
    expect(screen.getByRole("button", { name: "Accept" })).toHaveFocus();
  });
});

import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { MatrixApiError } from "../../../src/core/client/errors";
import { fixtureEntries, FIXTURE_USER_ID } from "./entries";
import { createRecordingClient } from "../../support/recordingClient";
import type { RecordingClient } from "../../support/recordingClient";
import { installFakeLayout } from "./layout";

installFakeLayout();

/** The server's answer to a leave whose invite was already withdrawn. */
const notInRoom = () => new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN", error: "@bob:localhost not in room." } });

/** Lets the flows run their remaining requests and callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("InviteList: a row's request that finishes after unmount", () => {
  it.each([
    ["the accept with the live state", "Accept", "joinRoom", (client: RecordingClient) => client.respond("getRoomState", { value: [] })],
    [
      "the accept whose state read failed (the join worked)",
      "Accept",
      "joinRoom",
      (client: RecordingClient) => client.respond("getRoomState", { error: new MatrixApiError({ status: 500, body: {} }) }),
    ],
    ["the decline", "Decline", "leaveRoom", () => undefined],
  ] as const)("calls nothing back for %s", async (_label, button, method, prepare) => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond(method, "hold");
    prepare(client);
    const onAccepted = vi.fn();
    const onDeclined = vi.fn();
    const { unmount } = render(
      <InviteList client={client} invites={fixtureEntries()} userId={FIXTURE_USER_ID} onAccepted={onAccepted} onDeclined={onDeclined} />,
    );
    await user.click(within(screen.getByRole("article", { name: "Design Review" })).getByRole("button", { name: button }));
    const request = await client.waitForCall(method);

    unmount();
    request.resolve(method === "joinRoom" ? { roomId: request.args[0] } : undefined);
    await settle();

    expect(request.status).toBe("resolved");
    if (method === "joinRoom") expect(client.callsTo("getRoomState")).toHaveLength(1);
    expect(onAccepted).not.toHaveBeenCalled();
    expect(onDeclined).not.toHaveBeenCalled();
  });

  it("calls nothing back for a decline whose invite was already withdrawn", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const onDeclined = vi.fn();
    const { unmount } = render(<InviteList client={client} invites={fixtureEntries()} userId={FIXTURE_USER_ID} onDeclined={onDeclined} />);
    await user.click(within(screen.getByRole("article", { name: "Design Review" })).getByRole("button", { name: "Decline" }));
    const leave = await client.waitForCall("leaveRoom");

    unmount();
    leave.reject(notInRoom());
    await settle();

    expect(leave.status).toBe("rejected");
    expect(onDeclined).not.toHaveBeenCalled();
  });
});

import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MatrixApiError } from "../../../src/core/client/errors";
import accepted from "../../fixtures/accept-named-room-full.json";
import { STATUS, setup } from "./setup";

/** Presses Tab (never the mouse) until `name` has focus; fails when it is not reachable. */
async function tabTo(user: UserEvent, role: "button" | "checkbox" | "textbox", name: string | RegExp, container: HTMLElement = document.body) {
  for (let presses = 0; presses < 15; presses++) {
    await user.tab();
    const active = document.activeElement;
    if (active instanceof HTMLElement && container.contains(active) && within(container).queryAllByRole(role, { name }).includes(active)) {
      return active;
    }
  }
  throw new Error(`${role} "${String(name)}" is not reachable by Tab`);
}

describe("InvitePreview by keyboard alone", () => {
  it("accepts with Tab and Enter, then puts focus on the outcome", async () => {
    const { client, user } = setup();
    client.respond("getRoomState", { value: accepted.live_state as unknown[] });

    await tabTo(user, "button", "Accept");
    await user.keyboard("{Enter}");

    const message = await screen.findByText("You joined", { ...STATUS, exact: false });
    expect(message).toHaveFocus();
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
  });

  it("declines with Space, then dismisses the invite from the outcome with Tab and Enter", async () => {
    const { client, user, callbacks } = setup();

    await tabTo(user, "button", "Decline");
    await user.keyboard(" ");

    expect(await screen.findByText("Invite declined.", STATUS)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Dismiss" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(callbacks.onDismiss).toHaveBeenCalledTimes(1);
    expect(client.methodsCalled()).toEqual(["leaveRoom"]);
  });

  it("declines and blocks through the dialog without the mouse", async () => {
    const { client, user, callbacks } = setup();

    await tabTo(user, "button", "Decline and ignore…");
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog");
    await user.keyboard("Spam");
    await tabTo(user, "button", "Decline", dialog);
    await user.keyboard("{Enter}");

    expect(await screen.findByText("Invite declined.", STATUS)).toHaveFocus();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(client.callsTo("leaveRoom")[0]?.options.reason).toBe("Spam");
    expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData"]);
    expect(callbacks.onDeclined).toHaveBeenCalledExactlyOnceWith({ failedSteps: [] });
  });

  it("retries a failed accept from the error with Tab and Enter", async () => {
    const { client, user } = setup();
    client.respondOnce("joinRoom", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    client.respond("getRoomState", { value: accepted.live_state as unknown[] });

    await tabTo(user, "button", "Accept");
    await user.keyboard("{Enter}");
    expect(await screen.findByText(/ran into a problem/, STATUS)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Try again" })).toHaveFocus();
    await user.keyboard("{Enter}");

    expect(await screen.findByText("You joined", { ...STATUS, exact: false })).toHaveFocus();
    expect(client.methodsCalled()).toEqual(["joinRoom", "joinRoom", "getRoomState"]);
  });
});

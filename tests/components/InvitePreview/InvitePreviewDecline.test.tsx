import { act, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { MatrixNetworkError } from "../../../src/core/client/errors";
import { STATUS, setup } from "./setup";

describe("InvitePreview: declining", () => {
  it("declines with one leave and offers to dismiss the invite", async () => {
    const { client, user, callbacks, article } = setup();

    await user.click(screen.getByRole("button", { name: "Decline" }));

    const message = await screen.findByText("Invite declined.", STATUS);
    expect(message).toHaveFocus();
    expect(article()).toHaveAttribute("data-state", "declined");
    expect(client.methodsCalled()).toEqual(["leaveRoom"]);
    expect(callbacks.onDeclined).toHaveBeenCalledExactlyOnceWith({ failedSteps: [] });
    await user.click(within(article()).getByRole("button", { name: "Dismiss" }));
    expect(callbacks.onDismiss).toHaveBeenCalledTimes(1);
  });
});

describe("InvitePreview: decline and block", () => {
  it("declines with the dialog's reason, then ignores the inviter, by keyboard alone", async () => {
    const { client, user, callbacks } = setup();
    client.respond("leaveRoom", "hold");
    const block = screen.getByRole("button", { name: "Decline and ignore…" });
    block.focus();

    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("checkbox", { name: /Ignore/ })).toBeChecked();
    expect(within(dialog).getByRole("checkbox", { name: /Ignore/ })).toHaveAccessibleName(/@alice:localhost/);
    await user.keyboard("Spam");
    await user.click(within(dialog).getByRole("button", { name: "Decline" }));

    const leave = await client.waitForCall("leaveRoom");
    expect(leave.options.reason).toBe("Spam");
    expect(block).toHaveAttribute("aria-disabled", "true");
    expect(block).toHaveFocus();
    await act(async () => leave.resolve(undefined));
    await screen.findByText("Invite declined.", STATUS);
    expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData"]);
    const write = client.callsTo("setAccountData")[0];
    expect(write?.args[0]).toBe("m.ignored_user_list");
    expect(write?.args[1]).toEqual({ ignored_users: { "@alice:localhost": {} } });
    expect(callbacks.onDeclined).toHaveBeenCalledExactlyOnceWith({ failedSteps: [] });
  });

  it("tries the failed block again from the outcome, by keyboard, without leaving again", async () => {
    const { client, user } = setup();
    client.respondOnce("setAccountData", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });
    screen.getByRole("button", { name: "Decline and ignore…" }).focus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Decline" }));
    await screen.findByText("The inviter could not be ignored.");

    const retry = screen.getByRole("button", { name: "Try again" });
    retry.focus();
    await user.keyboard("{Enter}");

    expect(await screen.findByText("Invite declined.", STATUS)).toHaveFocus();
    expect(screen.queryByText("The inviter could not be ignored.")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
    expect(client.methodsCalled()).toEqual(["leaveRoom", "getAccountData", "setAccountData", "getAccountData", "setAccountData"]);
  });

  it("announces again when a retried step fails again", async () => {
    const { client, user } = setup();
    client.respond("setAccountData", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) });
    client.respond("getAccountData", "hold");
    await user.click(screen.getByRole("button", { name: "Decline and ignore…" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Decline" }));
    const read = await client.waitForCall("getAccountData");
    await act(async () => read.resolve(undefined));
    await screen.findByText("The inviter could not be ignored.");
    const before = screen.getByRole("status").firstElementChild;
    // The outcome took focus and is read from there, not from the live region as well.
    expect(screen.getByText("Invite declined, but some extra steps failed:", { selector: "p" })).toHaveFocus();
    expect(before).not.toHaveTextContent("Invite declined");

    await user.click(screen.getByRole("button", { name: "Try again" }));
    const again = await client.waitForCall("getAccountData", 2);
    await act(async () => again.resolve(undefined));

    await vi.waitFor(() => expect(screen.getByRole("status").firstElementChild).not.toBe(before));
    expect(screen.getByRole("status")).toHaveTextContent("Invite declined, but some extra steps failed:");
    expect(screen.getByRole("button", { name: "Try again" })).toHaveFocus();
  });

  it("sends nothing when the dialog is cancelled", async () => {
    const { client, user } = setup();
    await user.click(screen.getByRole("button", { name: "Decline and ignore…" }));
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Decline and ignore…" })).toHaveFocus();
    expect(client.calls).toHaveLength(0);
  });
});

describe("InvitePreview: media policy", () => {
  it("requests no avatar when the policy is off", async () => {
    const { client } = setup({ showAvatars: false });
    await act(async () => undefined);
    expect(client.callsTo("fetchThumbnail")).toHaveLength(0);
    expect(screen.getByRole("article").querySelector("img")).toBeNull();
  });

  it("fetches the room's mxc avatar when the policy allows it", async () => {
    const { client } = setup({ showAvatars: true });
    const thumbnail = await client.waitForCall("fetchThumbnail");
    expect(thumbnail.args[0]).toBe("mxc://localhost/oJIHkPlLpjpZUAFXGfCeUPeK");
  });

  it("requests no avatar when no policy is given", async () => {
    const { client } = setup();
    await act(async () => undefined);
    expect(client.callsTo("fetchThumbnail")).toHaveLength(0);
  });
});

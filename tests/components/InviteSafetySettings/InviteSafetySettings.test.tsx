import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InviteSafetySettings } from "../../../src/components/InviteSafetySettings/InviteSafetySettings";
import { MatrixApiError } from "../../../src/core/client/errors";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { findUnlocalizedText } from "../../../src/i18n/findUnlocalizedText";
import { loadLocale } from "../../../src/i18n/loadLocale";
import { createRecordingClient } from "../../support/recordingClient";

const HIDE = "Hide avatars in invites";
const BLOCK = "Block all invites";

async function renderReady(client = createRecordingClient()) {
  const user = userEvent.setup();
  const view = render(<InviteSafetySettings client={client} />);
  await waitFor(() => expect(screen.getByRole("switch", { name: BLOCK })).not.toHaveAttribute("aria-disabled"));
  await waitFor(() => expect(screen.getByRole("switch", { name: HIDE })).not.toHaveAttribute("aria-disabled"));
  return { user, client, ...view };
}

describe("InviteSafetySettings: reading", () => {
  it("shows what the account data says", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", (type) =>
      type === "m.invite_permission_config" ? { default_action: "block" } : type === "m.media_preview_config" ? { invite_avatars: "on" } : undefined,
    );
    await renderReady(client);
    expect(screen.getByRole("switch", { name: BLOCK })).toHaveAttribute("aria-checked", "true");
    expect(screen.getByRole("switch", { name: HIDE })).toHaveAttribute("aria-checked", "false");
    expect(screen.getByRole("region", { name: "Invite safety" })).toBeInTheDocument();
  });

  it("ignores presses while loading, and counts avatars as hidden until the policy is known", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", "hold");
    const user = userEvent.setup();
    render(<InviteSafetySettings client={client} />);
    const block = screen.getByRole("switch", { name: BLOCK });
    expect(block).toHaveAttribute("aria-disabled", "true");
    await user.click(block);
    expect(block).toHaveAttribute("aria-checked", "false");
    expect(client.callsTo("setAccountData")).toHaveLength(0);
    expect(screen.getByRole("switch", { name: HIDE })).toHaveAttribute("aria-checked", "true");
  });

  it("explains a failed read", async () => {
    const client = createRecordingClient();
    client.respond("getAccountData", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    render(<InviteSafetySettings client={client} />);
    await waitFor(() => expect(screen.getAllByText(/^Couldn't load this setting\./)).toHaveLength(2));
  });

  it("reads a setting again from Try again after a failed read", async () => {
    const client = createRecordingClient();
    // The first read is the media-preview policy's.
    client.respondOnce("getAccountData", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    client.respond("getAccountData", (type) => (type === "m.media_preview_config" ? { invite_avatars: "on" } : undefined));
    const user = userEvent.setup();
    render(<InviteSafetySettings client={client} />);
    const retry = await screen.findByRole("button", { name: `Try again ${HIDE}` });
    expect(screen.getByRole("switch", { name: HIDE })).toHaveAttribute("aria-checked", "true");
    expect(screen.queryByRole("button", { name: `Try again ${BLOCK}` })).not.toBeInTheDocument();
    const readsBefore = client.callsTo("getAccountData").length;

    retry.focus();
    await user.keyboard("{Enter}");

    // The button is gone while the setting loads again: focus stays on that setting.
    expect(screen.getByRole("switch", { name: HIDE })).toHaveFocus();
    await waitFor(() => expect(screen.getByRole("switch", { name: HIDE })).toHaveAttribute("aria-checked", "false"));
    expect(screen.queryByText(/^Couldn't load this setting\./)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Try again/ })).not.toBeInTheDocument();
    expect(client.callsTo("getAccountData").slice(readsBefore).map((call) => call.args[0])).toEqual(["m.media_preview_config"]);
  });
});

describe("InviteSafetySettings: writing", () => {
  it("blocks all invites with one write, shows Saving… then Saved", async () => {
    const { user, client } = await renderReady();
    client.respond("setAccountData", "hold");
    const block = screen.getByRole("switch", { name: BLOCK });
    await user.click(block);
    expect(block).toHaveAttribute("aria-checked", "true");
    expect(block).toHaveAccessibleDescription(/Saving…/);
    const write = await client.waitForCall("setAccountData");
    expect(write.args[0]).toBe("m.invite_permission_config");
    expect(write.args[1]).toMatchObject({ default_action: "block" });
    await act(async () => write.resolve(undefined));
    await waitFor(() => expect(block).toHaveAccessibleDescription(/Saved/));
  });

  it("turns invite avatars off when Hide is switched on, by keyboard", async () => {
    const { user, client } = await renderReady();
    screen.getByRole("switch", { name: HIDE }).focus();
    await user.keyboard(" ");
    const write = await client.waitForCall("setAccountData");
    expect(write.args[0]).toBe("m.media_preview_config");
    expect(write.args[1]).toMatchObject({ invite_avatars: "off" });
  });

  it("rolls back and explains when the server refuses, then succeeds on a second try", async () => {
    const { user, client } = await renderReady();
    client.respondOnce("setAccountData", { error: new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED" } }) });
    const block = screen.getByRole("switch", { name: BLOCK });
    await user.click(block);
    await waitFor(() => expect(block).toHaveAccessibleDescription(/Couldn't save this change\. Too many requests/));
    expect(block).toHaveAttribute("aria-checked", "false");
    await user.click(block);
    await waitFor(() => expect(block).toHaveAccessibleDescription(/Saved/));
    expect(block).toHaveAttribute("aria-checked", "true");
  });

  it("ends on the latest press when pressed twice while saving", async () => {
    const { user, client } = await renderReady();
    client.respond("setAccountData", "hold");
    const block = screen.getByRole("switch", { name: BLOCK });
    await user.click(block);
    await user.click(block);
    expect(block).toHaveAttribute("aria-checked", "false");
    const first = await client.waitForCall("setAccountData", 1);
    await act(async () => first.resolve(undefined));
    expect(block).toHaveAttribute("aria-checked", "false");
    const second = await client.waitForCall("setAccountData", 2);
    expect(second.args[1]).not.toHaveProperty("default_action");
    await act(async () => second.resolve(undefined));
    await waitFor(() => expect(block).toHaveAccessibleDescription(/Saved/));
    expect(block).toHaveAttribute("aria-checked", "false");
  });

  it("survives being unmounted while a write is in flight: the write finishes, nothing throws or logs", async () => {
    const { user, client, unmount } = await renderReady();
    client.respond("setAccountData", "hold");
    await user.click(screen.getByRole("switch", { name: BLOCK }));
    const write = await client.waitForCall("setAccountData");
    expect(write.args[1]).toMatchObject({ default_action: "block" });
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      unmount();
      await act(async () => write.resolve(undefined));
      expect(write.signal?.aborted ?? false).toBe(false);
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
    expect(screen.queryByRole("switch")).toBeNull();
  });
});

describe("InviteSafetySettings: words", () => {
  it("writes every word through the catalog (pseudo-locale)", async () => {
    await loadLocale("qps-ploc");
    const client = createRecordingClient();
    const { container } = render(
      <I18nProvider locale="qps-ploc">
        <InviteSafetySettings client={client} />
      </I18nProvider>,
    );
    await waitFor(() => expect(container.querySelectorAll('[aria-disabled="true"]')).toHaveLength(0));
    expect(findUnlocalizedText(container)).toEqual([]);
  });
});

import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { MatrixApiError, MatrixNetworkError } from "../../core/client/errors";
import { findUnlocalizedText } from "../../i18n/findUnlocalizedText";
import { InviteSafetySettings } from "./InviteSafetySettings";
import { createAccountDataStoryClient } from "./storyClient";

const meta = {
  title: "Settings/InviteSafetySettings",
  component: InviteSafetySettings,
  argTypes: { client: { control: false } },
} satisfies Meta<typeof InviteSafetySettings>;

export default meta;
type Story = StoryObj<typeof meta>;

const defaultClient = createAccountDataStoryClient({ delayMs: 50 });
/** Nothing set yet (the spec defaults): avatars shown, invites allowed. Keyboard: turn avatars off. */
export const Default: Story = {
  args: { client: defaultClient },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const hide = canvas.getByRole("switch", { name: "Hide avatars in invites" });
    await waitFor(() => expect(hide).not.toHaveAttribute("aria-disabled"));
    await expect(hide).toHaveAttribute("aria-checked", "false");
    await userEvent.tab();
    await expect(hide).toHaveFocus();
    await userEvent.keyboard(" ");
    await expect(hide).toHaveAttribute("aria-checked", "true");
    await expect(hide).toHaveAccessibleDescription(/Saving…/);
    await waitFor(() => expect(hide).toHaveAccessibleDescription(/Saved/));
    await expect(defaultClient.data.get("m.media_preview_config")).toEqual({ invite_avatars: "off" });
  },
};

/** Both switches on, from the account data already on the server. */
export const BothOn: Story = {
  args: {
    client: createAccountDataStoryClient({
      initial: {
        "m.media_preview_config": { invite_avatars: "off", media_previews: "on" },
        "m.invite_permission_config": { default_action: "block" },
      },
    }),
  },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole("switch", { name: "Block all invites" })).toHaveAttribute("aria-checked", "true"));
    await expect(canvas.getByRole("switch", { name: "Hide avatars in invites" })).toHaveAttribute("aria-checked", "true");
  },
};

const loadingClient = createAccountDataStoryClient({ holdReads: true });
/** The server has not answered yet: avatars count as hidden, the switches are busy and ignore presses. */
export const Loading: Story = {
  args: { client: loadingClient },
  play: async ({ canvas }) => {
    const block = canvas.getByRole("switch", { name: "Block all invites" });
    await expect(block).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(block);
    await expect(block).toHaveAttribute("aria-checked", "false");
    await expect(loadingClient.setAccountData).not.toHaveBeenCalled();
    await expect(canvas.getByRole("switch", { name: "Hide avatars in invites" })).toHaveAttribute("aria-checked", "true");
  },
};

/** A write in flight: the new position shows at once, with "Saving…". */
export const Saving: Story = {
  args: { client: createAccountDataStoryClient({ holdWrites: true }) },
  play: async ({ canvas }) => {
    const block = canvas.getByRole("switch", { name: "Block all invites" });
    await waitFor(() => expect(block).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(block);
    await expect(block).toHaveAttribute("aria-checked", "true");
    await expect(block).toHaveAttribute("aria-busy", "true");
    await expect(canvas.getAllByText("Saving…")).toHaveLength(1);
  },
};

/** The server could not be reached: says so, and shows the safe default. */
export const LoadFailed: Story = {
  args: { client: createAccountDataStoryClient({ readError: new MatrixNetworkError({ requestMayHaveReachedServer: false }) }) },
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getAllByText("Couldn't load this setting. Could not reach the server. Check your connection, then try again.")).toHaveLength(2),
    );
    await expect(canvas.getByRole("switch", { name: "Hide avatars in invites" })).toHaveAttribute("aria-checked", "true");
    await expect(canvas.getByRole("button", { name: "Try again Hide avatars in invites" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Try again Block all invites" })).toBeVisible();
  },
};

/** The server refused the change (rate limited): the switch goes back, and the reason is given. */
export const SaveFailed: Story = {
  args: {
    client: createAccountDataStoryClient({
      writeError: new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED", error: "Too Many Requests", retry_after_ms: 5000 } }),
    }),
  },
  play: async ({ canvas }) => {
    const block = canvas.getByRole("switch", { name: "Block all invites" });
    await waitFor(() => expect(block).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(block);
    await waitFor(() => expect(block).toHaveAccessibleDescription(/Couldn't save this change/));
    await expect(block).toHaveAttribute("aria-checked", "false");
  },
};

/** In Polish. */
export const Polish: Story = {
  args: { client: createAccountDataStoryClient() },
  globals: { locale: "pl" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("switch", { name: "Blokuj wszystkie zaproszenia" })).toBeInTheDocument();
  },
};

/** Right to left (pseudo-bidi text, qps-plocm): the "on" thumb sits at the left end. */
export const RightToLeft: Story = {
  args: {
    client: createAccountDataStoryClient({ initial: { "m.invite_permission_config": { default_action: "block" } } }),
  },
  globals: { locale: "qps-plocm", direction: "rtl" },
  play: async ({ canvas }) => {
    // The pseudo-bidi words carry direction marks: compare the letters only.
    const block = canvas.getByRole("switch", { name: (name) => name.replace(/[\u200F\u202E\u202C]/g, "") === "Block all invites" });
    await waitFor(() => expect(block).toHaveAttribute("aria-checked", "true"));
    const thumb = block.querySelector(".mmui-setting-switch__thumb");
    const track = block.getBoundingClientRect();
    await expect(thumb!.getBoundingClientRect().left - track.left).toBeLessThan(track.width / 4);
  },
};

/** Dark theme, one switch on. */
export const Dark: Story = {
  args: { client: createAccountDataStoryClient({ initial: { "m.invite_permission_config": { default_action: "block" } } }) },
  globals: { theme: "dark" },
};

/** High-contrast theme, one switch on. */
export const HighContrast: Story = {
  args: { client: createAccountDataStoryClient({ initial: { "m.invite_permission_config": { default_action: "block" } } }) },
  globals: { theme: "high-contrast" },
};

/** Pseudo-locale: every word comes from the catalog, in every status. */
export const PseudoLocale: Story = {
  args: { client: createAccountDataStoryClient({ writeError: new MatrixApiError({ status: 500, body: {} }) }) },
  globals: { locale: "qps-ploc" },
  play: async ({ canvasElement, canvas }) => {
    await expect(findUnlocalizedText(canvasElement)).toEqual([]);
    const [first] = canvas.getAllByRole("switch");
    await waitFor(() => expect(first).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(first!);
    await waitFor(() => expect(canvasElement.querySelector('.mmui-setting-switch[data-state="error"]')).not.toBeNull());
    await expect(findUnlocalizedText(canvasElement)).toEqual([]);
  },
};

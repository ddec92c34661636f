import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { createRecordingClient } from "../../../tests/support/recordingClient";
import { FIXTURE_USER_ID, TRUST_CONTEXT, trustEntries } from "../../../tests/components/InviteList/entries";
import { InviteList } from "./InviteList";

const inbox = trustEntries();
/** Tall enough to show every group of the small inbox at once (rows further down would be virtualized away). */
const tall = { "--mmui-invite-list-max-height": "none" } as CSSProperties;

/** Triage in the inbox (issue 14): invites grouped by trust, the folded spam group, multi-select and Block. */
const meta = {
  title: "Invites/InviteList/Triage",
  component: InviteList,
  args: {
    client: createRecordingClient(),
    invites: inbox,
    userId: FIXTURE_USER_ID,
    trust: TRUST_CONTEXT,
    onOpenInvite: fn(),
    onAccepted: fn(),
    onDeclined: fn(),
    style: tall,
  },
  argTypes: { client: { control: false }, invites: { control: false }, trust: { control: false } },
  parameters: { layout: "padded" },
} satisfies Meta<typeof InviteList>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Grouped by trust: Alice (a contact) under "From people you know", Carol (a stranger) without
 * pictures, and "Probably spam" (Mallory's lookalike name, a wave of six invites in a minute)
 * collapsed with its count.
 */
export const TrustGroups: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: /^From people you know\s*, 10 invites$/ })).toBeVisible();
    await expect(canvas.getByRole("heading", { name: /^From people you don't share a room with\s*, 3 invites$/ })).toBeVisible();
    await expect(canvas.getByRole("heading", { name: /^Probably spam\s*, 7 invites$/ })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Show 7 invites in Probably spam" })).toHaveAttribute("aria-expanded", "false");
  },
};

/** The spam group opened with its Show button: its rows, still without pictures. */
export const SpamGroupOpened: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Show 7 invites in Probably spam" }));
    const spam = canvas.getByRole("list", { name: "Probably spam" });
    await expect(within(spam).getAllByRole("listitem").length).toBeGreaterThan(0);
    await expect(canvas.getByRole("button", { name: "Hide 7 invites in Probably spam" })).toHaveFocus();
  },
};

/** No trust context from the host (an empty one): every sender is unknown; only the wave is spam. */
export const TrustWithoutContext: Story = {
  args: { trust: {} },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole("heading", { name: /^From people you know/ })).not.toBeInTheDocument();
    await expect(canvas.getByRole("heading", { name: /^From people you don't share a room with\s*, 14 invites$/ })).toBeVisible();
  },
};

import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { MatrixApiError } from "../../core/client/errors";
import { createRecordingClient } from "../../../tests/support/recordingClient";
import { FIXTURE_USER_ID, fixtureStore, TRUST_CONTEXT, trustEntries } from "../../../tests/components/InviteList/entries";
import { InviteList } from "./InviteList";

const inbox = trustEntries();
/** Tall enough to show every group of the small inbox at once (rows further down would be virtualized away). */
const tall = { "--mmui-invite-list-max-height": "none" } as CSSProperties;

/** Triage in the inbox (issue 14): invites grouped by trust, the folded spam group, multi-select (Decline, Report) and Ignore (block and clear). */
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
  argTypes: { client: { control: false }, invites: { control: false }, trust: { control: false }, store: { control: false } },
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
    const spam = canvas.getByRole("feed", { name: "Probably spam" });
    await expect(within(spam).getAllByRole("article").length).toBeGreaterThan(0);
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

/** Multi-select: three invites picked (a Shift+click range), the bar with Decline and Clear selection. */
export const MultiSelect: Story = {
  args: { selectable: true },
  play: async ({ canvas }) => {
    const user = userEvent.setup();
    await user.click(canvas.getByRole("checkbox", { name: "Select Book club 1" }));
    await user.keyboard("{Shift>}");
    await user.click(canvas.getByRole("checkbox", { name: "Select Book club 3" }));
    await user.keyboard("{/Shift}");
    const bar = canvas.getByRole("group", { name: "Selected invites" });
    await expect(within(bar).getByText("3 selected")).toBeVisible();
    await expect(canvas.getByRole("checkbox", { name: "Select all 3 invites in From people you don't share a room with" })).toBeChecked();
  },
};

/** The selection declined, one invite refused by the server: the result of each, with retry. */
export const MultiSelectDeclineResults: Story = {
  args: {
    selectable: true,
    client: (() => {
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
      return client;
    })(),
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("checkbox", { name: "Select all 3 invites in From people you don't share a room with" }));
    await userEvent.click(within(canvas.getByRole("group", { name: "Selected invites" })).getByRole("button", { name: "Decline" }));
    await expect(await canvas.findByRole("group", { name: "Declined 2 invites." })).toBeVisible();
    await userEvent.click(canvas.getByText("Show the result for each of 3 invites"));
    await expect(canvas.getByText(/^Book club 1: not declined/)).toBeVisible();
  },
};

/** Report on the selection: the question, with who reads the report, that nothing is declined, and a reason. */
export const MultiSelectReportConfirm: Story = {
  args: { selectable: true },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("checkbox", { name: "Select all 3 invites in From people you don't share a room with" }));
    await userEvent.click(within(canvas.getByRole("group", { name: "Selected invites" })).getByRole("button", { name: "Report" }));
    const confirm = await canvas.findByRole("group", { name: "Report 3 rooms to your server's admins?" });
    await expect(within(confirm).getByRole("textbox", { name: "What is wrong with these rooms? (optional)" })).toHaveFocus();
    await userEvent.keyboard("Crypto scam");
  },
};

/** The selection reported, one room refused by the server: the result of each, retry, and the offer to decline them. */
export const MultiSelectReportResults: Story = {
  args: {
    selectable: true,
    client: (() => {
      const client = createRecordingClient();
      client.respondOnce("reportRoom", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
      return client;
    })(),
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("checkbox", { name: "Select all 3 invites in From people you don't share a room with" }));
    await userEvent.click(within(canvas.getByRole("group", { name: "Selected invites" })).getByRole("button", { name: "Report" }));
    await userEvent.click(await canvas.findByRole("button", { name: "Report 3 rooms" }));
    const result = await canvas.findByRole("group", { name: "Reported 2 rooms." });
    await expect(within(result).getByRole("button", { name: "Try the rest again" })).toBeVisible();
    await expect(within(result).getByRole("button", { name: "Decline the 2 reported invites" })).toBeVisible();
    await userEvent.click(within(result).getByText("Show the result for each of 3 invites"));
    await expect(canvas.getByText(/^Book club 1: not reported/)).toBeVisible();
  },
};

/** A homeserver from before room reports (spec v1.13) answers `M_UNRECOGNIZED`: the run stops and says so, with no retry. */
export const MultiSelectReportUnsupported: Story = {
  args: {
    selectable: true,
    client: (() => {
      const client = createRecordingClient();
      client.respond("reportRoom", { error: new MatrixApiError({ status: 404, body: { errcode: "M_UNRECOGNIZED" } }) });
      return client;
    })(),
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("checkbox", { name: "Select Book club 2" }));
    await userEvent.click(within(canvas.getByRole("group", { name: "Selected invites" })).getByRole("button", { name: "Report" }));
    await userEvent.click(await canvas.findByRole("button", { name: "Report 1 room" }));
    const result = await canvas.findByRole("group", { name: "Reported 0 rooms." });
    await expect(within(result).getByText("Your server doesn't take reports about rooms.")).toBeVisible();
  },
};

/** "Ignore" on Mallory's invite, confirmed: the ignore, then her invites declined one by one (held in flight here). */
export const BlockAndClearProgress: Story = {
  args: {
    trust: undefined,
    invites: fixtureStore().getSnapshot(),
    store: fixtureStore(),
    client: (() => {
      const client = createRecordingClient();
      client.respond("leaveRoom", "hold");
      return client;
    })(),
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Ignore Alice Liddell (@mallory:localhost)" }));
    await userEvent.click(canvas.getByRole("button", { name: "Ignore and decline their invites" }));
    const progress = await canvas.findByRole("group", { name: "Declining 0 of 1…" });
    await expect(within(progress).getByRole("progressbar", { name: "Ignoring and declining invites" })).toBeVisible();
    await expect(within(progress).getByRole("button", { name: "Stop declining" })).toHaveFocus();
  },
};

/** Invites hidden because their sender is ignored (Mallory, ignored from another client): the inbox's offer. */
export const HiddenInvitesOffer: Story = {
  args: {
    trust: undefined,
    invites: fixtureStore({ ignoredUserIds: ["@mallory:localhost"] }).getSnapshot(),
    store: fixtureStore({ ignoredUserIds: ["@mallory:localhost"] }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("1 hidden invite from people you ignore")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Decline 1 hidden invite" })).toBeVisible();
  },
};

/** The spam group with block and clear offered: "Decline all and ignore senders". */
export const SpamGroupBlockSenders: Story = {
  args: { store: fixtureStore() },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Decline all and ignore senders (7 invites in Probably spam)" }));
    await expect(canvas.getByRole("group", { name: "Ignore Alice Liddell (@mallory:localhost), Crypto Deals (@promo:spam.example)?" })).toBeVisible();
  },
};

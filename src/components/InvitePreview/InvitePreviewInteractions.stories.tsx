import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { MatrixApiError, MatrixNetworkError } from "../../core/client/errors";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { InviteSummary } from "../../core/types";
import { createRecordingClient } from "../../../tests/support/recordingClient";
import type { RecordingClient } from "../../../tests/support/recordingClient";
import { InvitePreview } from "./InvitePreview";
import type { InvitePreviewProps } from "./InvitePreview";
import { STORY_USER_ID, captures, liveStateAfterAccept, statusMessage, summaryOf } from "./storyData";
import { ALICE_ID } from "./trustStoryData";

const namedEntry: InviteEntry = {
  roomId: captures.namedRoomFull.room_id,
  kind: "invite",
  summary: summaryOf(captures.namedRoomFull) as InviteSummary,
  receivedAt: 0,
  sortTime: 0,
  sequence: 0,
};

/** A recording client answering the live state of "Design Review" after a join. */
function createStoryClient(setup: (client: RecordingClient) => void): RecordingClient {
  const client = createRecordingClient({ userId: STORY_USER_ID });
  client.respond("getRoomState", { value: liveStateAfterAccept });
  setup(client);
  return client;
}

/** The connected preview over a fresh recording client per render, set up by the story. */
function Connected({ setup, ...props }: InvitePreviewProps & { setup: (client: RecordingClient) => void }) {
  const [client] = useState(() => createStoryClient(setup));
  return <InvitePreview {...props} client={client} />;
}

const noSetup = () => undefined;

const meta = {
  title: "Invites/InvitePreview/Interactions",
  component: InvitePreview,
  args: { client: createStoryClient(noSetup), invite: namedEntry, userId: STORY_USER_ID, headingLevel: 2 },
  argTypes: { client: { control: false }, invite: { control: false } },
} satisfies Meta<typeof InvitePreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Accept: joins, then shows the live room. */
export const Accept: Story = {
  render: (args) => <Connected {...args} setup={noSetup} />,
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Accept" }));
    await waitFor(() => expect(canvas.getByRole("article")).toHaveAttribute("data-state", "accepted"));
    await expect(statusMessage(canvasElement)).toHaveFocus();
    await expect(canvas.getByText("2 members")).toBeVisible();
  },
};

/** Decline. */
export const Decline: Story = {
  render: (args) => <Connected {...args} setup={noSetup} />,
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Decline" }));
    await waitFor(() => expect(statusMessage(canvasElement)).toHaveTextContent("Invite declined."));
  },
};

/** The first join fails on the network; Try again works. */
export const ErrorThenRetry: Story = {
  render: (args) => (
    <Connected
      {...args}
      setup={(client) => client.respondOnce("joinRoom", { error: new MatrixNetworkError({ requestMayHaveReachedServer: false }) })}
    />
  ),
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Accept" }));
    await waitFor(() => expect(statusMessage(canvasElement)).toHaveTextContent(/Could not reach the server/));
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(canvas.getByRole("article")).toHaveAttribute("data-state", "accepted"));
  },
};

/** A withdrawn invite, as Synapse words it: the preview says so and offers to forget it. */
export const Revoked: Story = {
  render: (args) => (
    <Connected
      {...args}
      setup={(client) =>
        client.respond("joinRoom", {
          error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN", error: "You are not invited to this room." } }),
        })
      }
    />
  ),
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Accept" }));
    await waitFor(() => expect(statusMessage(canvasElement)).toHaveTextContent("This invite is no longer valid."));
  },
};

/** Keyboard only: Tab to Decline, Enter; focus lands on the outcome. */
export const KeyboardOnly: Story = {
  render: (args) => <Connected {...args} setup={noSetup} />,
  play: async ({ canvas, canvasElement }) => {
    const decline = canvas.getByRole("button", { name: "Decline" });
    canvas.getByRole("button", { name: "Show message" }).focus();
    for (let presses = 0; presses < 10 && document.activeElement !== decline; presses++) await userEvent.tab();
    await expect(decline).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(statusMessage(canvasElement)).toHaveFocus());
    await expect(within(canvasElement).getByRole("article")).toHaveAttribute("data-state", "declined");
  },
};

/** Decline and ignore: the dialog asks for a reason, the inviter is ignored after the leave. */
export const DeclineAndBlock: Story = {
  render: (args) => <Connected {...args} setup={noSetup} />,
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Decline and ignore…" }));
    const dialog = await canvas.findByRole("dialog");
    await expect(within(dialog).getByRole("checkbox", { name: /Ignore/ })).toBeChecked();
    await userEvent.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "Not interested");
    await userEvent.click(within(dialog).getByRole("button", { name: "Decline" }));
    await waitFor(() => expect(statusMessage(canvasElement)).toHaveTextContent("Invite declined."));
  },
};

/**
 * Fresh preview with a trust context: the invite shows at once, then the room summary (the
 * capture Synapse answered, renamed since) fills in the live facts and the reasons.
 */
export const FreshPreviewWithTrust: Story = {
  args: { checkFreshness: true, trustContext: { knownUserIds: new Set([ALICE_ID]) } },
  render: (args) => (
    <Connected
      {...args}
      setup={(client) =>
        client.respond("getRoomSummary", { value: { ...captures.namedRoomFull.room_summary_while_invited.body, name: "Design Review (archived)" } })
      }
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: "Design Review" })).toBeVisible();
    await waitFor(() => expect(canvas.getByText(/Renamed since you were invited/)).toHaveTextContent("now “Design Review (archived)”"));
    await userEvent.click(canvas.getByRole("button", { name: "Why am I seeing this?" }));
    await expect(canvas.getByText("The room has changed since you were invited.")).toBeVisible();
  },
};

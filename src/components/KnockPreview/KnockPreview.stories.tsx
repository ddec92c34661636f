import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { capturedKnockReason, knockRoomId, knockRoomSummary, pendingKnockSummary } from "../../../tests/components/KnockPreview/summaries";
import { createRecordingClient } from "../../../tests/support/recordingClient";
import { MatrixApiError } from "../../core/client/errors";
import { expectNoHorizontalOverflow, storyViewport } from "../shared/storyViewport";
import { KnockPreview } from "./KnockPreview";

const clientWith = (summary: Record<string, unknown>) => createRecordingClient({ answers: { getRoomSummary: { value: summary } } });

const meta = {
  title: "Knock/KnockPreview",
  component: KnockPreview,
  args: {
    client: clientWith(knockRoomSummary),
    roomIdOrAlias: knockRoomId,
    onKnocked: fn(),
    onCancelled: fn(),
    onViewInvite: fn(),
  },
} satisfies Meta<typeof KnockPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The captured "Knock Knock" room: a reason field and "Ask to join". */
export const AskToJoin: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("button", { name: "Ask to join" })).toBeVisible();
  },
};

/** Asking with a reason: the request is sent. */
export const RequestSent: Story = {
  args: { client: clientWith(knockRoomSummary) },
  play: async ({ canvas, args }) => {
    await userEvent.type(await canvas.findByLabelText("Message to the room's moderators (optional)"), capturedKnockReason);
    await userEvent.click(canvas.getByRole("button", { name: "Ask to join" }));
    await waitFor(() => expect(canvas.getByRole("button", { name: "Cancel request" })).toBeVisible());
    await expect(args.onKnocked).toHaveBeenCalled();
  },
};

/** A request pending according to /sync, with the captured message. */
export const Pending: Story = {
  args: { client: clientWith(pendingKnockSummary), outcome: { status: "pending", reason: capturedKnockReason } },
};

/** The request was declined, with a reason. */
export const Declined: Story = {
  args: { outcome: { status: "declined", reason: "not now" } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Your request was declined")).toBeVisible();
  },
};

/** The request was accepted: it became an invitation. */
export const Accepted: Story = {
  args: { outcome: { status: "accepted" } },
  play: async ({ canvas, args }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "View invite" }));
    await expect(args.onViewInvite).toHaveBeenCalledWith(knockRoomId);
  },
};

/** A room whose join rule is `invite`: no knocking. */
export const NotKnockable: Story = {
  args: { client: clientWith({ ...knockRoomSummary, join_rule: "invite" }) },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("This room does not take requests to join.")).toBeVisible();
  },
};

/** The server refuses the knock. */
export const KnockRefused: Story = {
  args: {
    client: createRecordingClient({
      answers: {
        getRoomSummary: { value: knockRoomSummary },
        knockRoom: { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) },
      },
    }),
  },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Ask to join" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("This room did not accept your request to join.");
  },
};

/** The summary is still loading. */
export const Loading: Story = {
  args: { client: createRecordingClient({ answers: { getRoomSummary: "hold" } }) },
};

/** Polish, dark theme, right to left. */
export const PolishDarkRightToLeft: Story = {
  globals: { locale: "pl", theme: "dark", direction: "rtl" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("button", { name: "Poproś o dołączenie" })).toBeVisible();
  },
};

/** The summary says the user is banned: no form, the reason why. */
export const Banned: Story = {
  args: { client: clientWith({ ...knockRoomSummary, membership: "ban" }) },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("You are banned from this room, so you cannot ask to join.")).toBeVisible();
    await expect(canvas.queryByRole("button")).toBeNull();
  },
};

/** The summary says the user is already in the room. */
export const AlreadyMember: Story = {
  args: { client: clientWith({ ...knockRoomSummary, membership: "join" }) },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("You are already a member of this room.")).toBeVisible();
  },
};

/** AskToJoin in a 320 px sidebar at 200% text: the shared card reflows, nothing scrolls sideways. */
export const AskToJoinSidebar320LargeText: Story = {
  ...AskToJoin,
  ...storyViewport(320, 2),
  play: async (context) => {
    await AskToJoin.play?.(context);
    await expectNoHorizontalOverflow(context.canvasElement);
  },
};

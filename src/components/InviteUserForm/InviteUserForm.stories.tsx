import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { capturedLiveState, capturedRoomId } from "../../../tests/components/MemberActions/roomStates";
import { createRecordingClient } from "../../../tests/support/recordingClient";
import { MatrixApiError } from "../../core/client/errors";
import { InviteUserForm } from "./InviteUserForm";

const meta = {
  title: "Members/InviteUserForm",
  component: InviteUserForm,
  args: {
    client: createRecordingClient({ userId: "@alice:localhost" }),
    roomState: { roomId: capturedRoomId, events: capturedLiveState },
    actorId: "@alice:localhost",
    onInvited: fn(),
    onStateChange: fn(),
  },
} satisfies Meta<typeof InviteUserForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The empty form, in the captured "Design Review" room. */
export const Empty: Story = {};

/** Bob is already in the room: refused at once. */
export const AlreadyJoined: Story = {
  play: async ({ canvas }) => {
    const field = canvas.getByLabelText("User ID");
    await userEvent.type(field, "@bob:localhost");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(canvas.getByText(/is already in this room/)).toBeVisible();
  },
};

/** Not a user ID: said once the field is left. */
export const InvalidFormat: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText("User ID"), "carol");
    await userEvent.tab();
    await expect(canvas.getByText("A user ID looks like @name:example.org.")).toBeVisible();
  },
};

/** Carol invited with a reason; the form confirms and clears. */
export const Sent: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.type(canvas.getByLabelText("User ID"), "@carol:localhost");
    await userEvent.type(canvas.getByLabelText("Reason (optional)"), "Join the review");
    await userEvent.click(canvas.getByRole("button", { name: "Send invite" }));
    await waitFor(() => expect(args.onInvited).toHaveBeenCalledWith("@carol:localhost"));
    await expect(canvas.getByRole("status")).toHaveTextContent("Invite sent to @carol:localhost");
  },
};

/** The server refuses the invite. */
export const ServerRefuses: Story = {
  args: {
    client: createRecordingClient({
      userId: "@alice:localhost",
      answers: { inviteUser: { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) } },
    }),
  },
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText("User ID"), "@carol:localhost");
    await userEvent.click(canvas.getByRole("button", { name: "Send invite" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("You are not allowed to invite people to this room.");
  },
};

/** The invitee blocks invites (`m.invite_permission_config` with `default_action: "block"`): Synapse's 403 `M_INVITE_BLOCKED`. */
export const InviteBlocked: Story = {
  args: {
    client: createRecordingClient({
      userId: "@alice:localhost",
      answers: {
        inviteUser: { error: new MatrixApiError({ status: 403, body: { errcode: "M_INVITE_BLOCKED", error: "You are not permitted to invite this user." } }) },
      },
    }),
  },
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText("User ID"), "@carol:localhost");
    await userEvent.click(canvas.getByRole("button", { name: "Send invite" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("@carol:localhost doesn't accept invites.");
  },
};

/** The invite worked but the state read after it failed: sent, with "Update the list". */
export const StateReadFails: Story = {
  args: {
    client: createRecordingClient({
      userId: "@alice:localhost",
      answers: { getRoomState: { error: new MatrixApiError({ status: 502, body: {} }) } },
    }),
  },
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText("User ID"), "@carol:localhost");
    await userEvent.click(canvas.getByRole("button", { name: "Send invite" }));
    await expect(await canvas.findByRole("button", { name: "Update the list" })).toBeVisible();
    await expect(canvas.getByRole("status")).toHaveTextContent("Invite sent to @carol:localhost");
  },
};

/** Polish, right to left page, high contrast. */
export const PolishRightToLeft: Story = {
  globals: { locale: "pl", direction: "rtl", theme: "high-contrast" },
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText("Identyfikator użytkownika"), "@bob:localhost");
    await expect(canvas.getByText(/jest już w tym pokoju/)).toBeVisible();
  },
};

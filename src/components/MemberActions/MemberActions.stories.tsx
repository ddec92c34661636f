import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { capturedRoomId, liveState } from "../../../tests/components/MemberActions/roomStates";
import { createRecordingClient } from "../../../tests/support/recordingClient";
import { MatrixApiError } from "../../core/client/errors";
import type { Membership } from "../../core/types";
import { MemberActions } from "./MemberActions";

const ALICE = "@alice:localhost";
const BOB = "@bob:localhost";

/** The captured room's live state with Bob in `membership`. */
function roomWithBob(membership: Membership, roomVersion = "11") {
  return {
    roomId: capturedRoomId,
    events: liveState({
      roomVersion,
      users: { [ALICE]: 100, "@admin:localhost": 100 },
      members: {
        [ALICE]: { membership: "join", displayname: "Alice Liddell" },
        "@admin:localhost": { membership: "join", displayname: "Ada" },
        [BOB]: { membership, displayname: "Bob" },
      },
    }),
  };
}

const meta = {
  title: "Members/MemberActions",
  component: MemberActions,
  args: {
    client: createRecordingClient({ userId: ALICE, answers: { getRoomState: { value: roomWithBob("leave").events } } }),
    roomState: roomWithBob("join"),
    actorId: ALICE,
    targetId: BOB,
    targetName: "Bob",
    onStateChange: fn(),
    onSuccess: fn(),
    onError: fn(),
  },
} satisfies Meta<typeof MemberActions>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An admin looking at a joined member: Remove and Ban. */
export const JoinedMember: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Remove" })).toHaveAttribute("data-variant", "danger-outline");
    await expect(canvas.getByRole("button", { name: "Ban" })).toBeVisible();
  },
};

/** The remove dialog, open: a warning, an optional reason, a red confirm button. */
export const RemoveDialogOpen: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Remove" }));
    const dialog = within(canvasElement.ownerDocument.body).getByRole("dialog");
    await expect(within(dialog).getByLabelText("Reason (optional)")).toHaveFocus();
  },
};

/** Remove with a reason; the buttons then follow the state the server returns (Invite, Ban). */
export const Removed: Story = {
  args: {
    client: createRecordingClient({ userId: ALICE, answers: { getRoomState: { value: roomWithBob("leave").events } } }),
  },
  play: async ({ canvas, canvasElement, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Remove" }));
    const dialog = within(canvasElement.ownerDocument.body).getByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText("Reason (optional)"), "spam");
    await userEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(canvas.getByRole("button", { name: "Invite" })).toBeVisible());
    await expect(args.onSuccess).toHaveBeenCalledWith("kick");
  },
};

/** An invited member: the removal reads "Withdraw invite". */
export const InvitedMember: Story = {
  args: { roomState: roomWithBob("invite") },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Withdraw invite" })).toBeVisible();
  },
};

/** A member asking to join: accept or decline the request. */
export const KnockingMember: Story = { args: { roomState: roomWithBob("knock") } };

/** A banned member: only Unban. */
export const BannedMember: Story = { args: { roomState: roomWithBob("ban") } };

/** Room version 12: the creator outranks an admin at 100 and may remove them. */
export const Version12CreatorOverAdmin: Story = {
  args: { roomState: roomWithBob("join", "12"), targetId: "@admin:localhost", targetName: "Ada" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Remove" })).toBeVisible();
  },
};

/** A member with no power sees no actions on another member. */
export const NoPermission: Story = {
  args: { actorId: BOB, targetId: "@admin:localhost", targetName: "Ada", roomState: roomWithBob("join") },
  play: async ({ canvas }) => {
    await expect(canvas.queryAllByRole("button")).toHaveLength(0);
  },
};

/** The server refuses: its error code's message shows. */
export const ServerRefuses: Story = {
  args: {
    client: createRecordingClient({
      userId: ALICE,
      answers: { banUser: { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) } },
    }),
  },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Ban" }));
    await userEvent.click(within(within(canvasElement.ownerDocument.body).getByRole("dialog")).getByRole("button", { name: "Ban" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("You are not allowed to ban people from this room.");
  },
};

/** The ban worked but the state could not be read: a way to update the list. */
export const StateReadFails: Story = {
  args: {
    client: createRecordingClient({
      userId: ALICE,
      answers: { getRoomState: { error: new MatrixApiError({ status: 502, body: {} }) } },
    }),
  },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Ban" }));
    await userEvent.click(within(within(canvasElement.ownerDocument.body).getByRole("dialog")).getByRole("button", { name: "Ban" }));
    await expect(await canvas.findByRole("button", { name: "Update the list" })).toBeVisible();
  },
};

/** Polish, with the knock wording, in the dark theme. */
export const PolishDark: Story = {
  args: { roomState: roomWithBob("knock") },
  globals: { locale: "pl", theme: "dark" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Przyjmij prośbę" })).toBeVisible();
  },
};

import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import {
  banned,
  declinedInvite,
  declinedRoomId,
  inviteDeclined,
  inviteWithdrawn,
  kickedFromPublicRoom,
  kickedFromRestrictedRoom,
  knockDeclined,
  knockWithdrawn,
  leftPublicRoom,
  leftRoomId,
  unbannedInPublicRoom,
} from "../../../tests/components/MembershipNotice/leaveEntries";
import { createRecordingClient } from "../../../tests/support/recordingClient";
import { MatrixApiError } from "../../core/client/errors";
import { expectNoHorizontalOverflow, storyViewport } from "../shared/storyViewport";
import { MembershipNotice } from "./MembershipNotice";

const meta = {
  title: "Membership/MembershipNotice",
  component: MembershipNotice,
  args: {
    client: createRecordingClient(),
    roomId: leftRoomId,
    userId: "@bob:localhost",
    leaveEntry: kickedFromPublicRoom,
    onRejoined: fn(),
    onForgotten: fn(),
  },
} satisfies Meta<typeof MembershipNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Removed from a public room, with the reason: Rejoin and Forget. */
export const Removed: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading")).toHaveTextContent("You were removed from Design Review by Alice Liddell");
  },
};

/** Banned, with the reason: only Forget. */
export const Banned: Story = {
  args: { leaveEntry: banned },
  play: async ({ canvas }) => {
    const card = canvas.getByRole("article");
    const style = getComputedStyle(card);
    // The accent is an inset shadow along the start edge: the rounded border stays 1 px all round.
    await expect(style.boxShadow).toContain("inset");
    await expect(style.borderInlineStartWidth).toBe(style.borderInlineEndWidth);
  },
};

/** The ban's accent in a right-to-left page (pseudo-bidi text, qps-plocm): on the right, the start edge. */
export const BannedRightToLeft: Story = {
  args: { leaveEntry: banned },
  globals: { locale: "qps-plocm", direction: "rtl" },
  play: async ({ canvas }) => {
    await expect(getComputedStyle(canvas.getByRole("article")).boxShadow).toMatch(/-4px 0px 0px 0px inset|inset -4px/);
  },
};

/** Left a public room. */
export const Left: Story = { args: { leaveEntry: leftPublicRoom } };

/** The invitation was withdrawn. */
export const InvitationWithdrawn: Story = { args: { leaveEntry: inviteWithdrawn } };

/** The request to join was declined. */
export const RequestDeclined: Story = { args: { leaveEntry: knockDeclined } };

/** The user declined the invitation: only Forget. */
export const InvitationDeclined: Story = {
  args: { leaveEntry: inviteDeclined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading")).toHaveTextContent("You declined the invite to Design Review");
  },
};

/** The user withdrew their request to join: only Forget. */
export const RequestWithdrawn: Story = { args: { leaveEntry: knockWithdrawn } };

/** The ban was lifted, in a public room: Rejoin and Forget. */
export const Unbanned: Story = {
  args: { leaveEntry: unbannedInPublicRoom },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Rejoin" })).toBeVisible();
  },
};

/** The captured decline of a DM invite (no state: named by the room ID). */
export const DeclinedDirectMessage: Story = { args: { leaveEntry: declinedInvite, roomId: declinedRoomId } };

/** Forgetting the room. */
export const Forgotten: Story = {
  args: { client: createRecordingClient() },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Forget this room" }));
    await waitFor(() => expect(args.onForgotten).toHaveBeenCalledWith(leftRoomId));
    await expect(canvas.getByRole("status")).toHaveTextContent("Room forgotten");
  },
};

/** Rejoining fails: the error code's message. */
export const RejoinFails: Story = {
  args: {
    client: createRecordingClient({ answers: { joinRoom: { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) } } }),
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Rejoin" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("You do not have permission to do this.");
  },
};

/** Removed from a `restricted` room: "Try to rejoin"; a refusal explains the room's rule. */
export const RestrictedRejoinRefused: Story = {
  args: {
    leaveEntry: kickedFromRestrictedRoom,
    client: createRecordingClient({ answers: { joinRoom: { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) } } }),
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Try to rejoin" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent(/only members of certain other rooms or spaces may join/);
  },
};

/** Polish, dark theme. */
export const PolishDark: Story = {
  args: { leaveEntry: banned },
  globals: { locale: "pl", theme: "dark" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Zapomnij ten pokój" })).toBeVisible();
  },
};

/** Removed in a 320 px sidebar at 200% text: the shared card reflows, nothing scrolls sideways. */
export const RemovedSidebar320LargeText: Story = {
  ...Removed,
  ...storyViewport(320, 2),
  play: async (context) => {
    await Removed.play?.(context);
    await expectNoHorizontalOverflow(context.canvasElement);
  },
};

/** Removed, in a right-to-left page (pseudo-bidi text, qps-plocm) with the high-contrast theme. */
export const RemovedRightToLeftHighContrast: Story = {
  globals: { locale: "qps-plocm", direction: "rtl", theme: "high-contrast" },
  play: async ({ canvas }) => {
    // The room's name is network text: it stays as it is inside the RTL sentence.
    await expect(canvas.getByRole("heading")).toHaveTextContent("Design Review");
  },
};

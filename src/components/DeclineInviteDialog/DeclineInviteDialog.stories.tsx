import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { summarizeInvite } from "../../core/summary";
import { findUnlocalizedText } from "../../i18n/findUnlocalizedText";
import { RoomNameText } from "../RoomName/RoomNameText";
import lookalike from "../../../tests/fixtures/invite-lookalike-dm.json";
import namedRoom from "../../../tests/fixtures/invite-named-room-full.json";
import { Button } from "../shared/Button";
import { DeclineInviteDialog } from "./DeclineInviteDialog";
import type { DeclineInviteDialogProps } from "./DeclineInviteDialog";

// Real captures: Alice invites Bob to "Design Review"; Mallory, named "Alice Liddell" too, invites Bob to a DM.
const invite = summarizeInvite(namedRoom.sync_invite_entry.invite_state, { userId: namedRoom.user_id, roomId: namedRoom.room_id });
const lookalikeInvite = summarizeInvite(lookalike.sync_invite_entry.invite_state, { userId: lookalike.user_id });

/** The dialog as a host uses it: an opener button, `open` in state, closed on confirm or cancel. */
function DialogHarness(args: DeclineInviteDialogProps) {
  const [open, setOpen] = useState(args.open);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Decline…
      </Button>
      <DeclineInviteDialog
        {...args}
        open={open}
        onConfirm={(request) => {
          args.onConfirm(request);
          setOpen(false);
        }}
        onCancel={() => {
          args.onCancel();
          setOpen(false);
        }}
      />
    </>
  );
}

const meta = {
  title: "Invites/DeclineInviteDialog",
  component: DeclineInviteDialog,
  args: {
    open: false,
    inviterId: invite.inviter?.userId,
    inviterName: invite.inviter?.displayName,
    roomName: <RoomNameText name={invite.name} />,
    onConfirm: fn(),
    onCancel: fn(),
  },
  argTypes: { roomName: { control: false } },
  render: (args) => <DialogHarness {...args} />,
} satisfies Meta<typeof DeclineInviteDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard only: open, type a reason, tick "Ignore", confirm; focus returns to the opener. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole("button", { name: "Decline…" });
    await userEvent.tab();
    await expect(opener).toHaveFocus();
    await userEvent.keyboard("{Enter}");

    const dialog = await canvas.findByRole("dialog", { name: "Decline the invite to Design Review?" });
    const reason = within(dialog).getByRole("textbox", { name: "Reason (optional)" });
    await waitFor(() => expect(reason).toHaveFocus());
    await userEvent.keyboard("Not interested, thanks");
    await expect(within(dialog).getByText("22 of 500 characters")).toBeVisible();

    await userEvent.tab();
    const ignore = within(dialog).getByRole("checkbox", { name: "Ignore Alice Liddell (@alice:localhost)" });
    await expect(ignore).toHaveFocus();
    await userEvent.keyboard(" ");
    await expect(ignore).toBeChecked();

    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(within(dialog).getByRole("button", { name: "Decline" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");

    await expect(args.onConfirm).toHaveBeenCalledTimes(1);
    await expect(args.onConfirm).toHaveBeenCalledWith({ reason: "Not interested, thanks", ignoreInviter: true });
    await waitFor(() => expect(opener).toHaveFocus());
    await expect(canvas.queryByRole("dialog")).toBeNull();
  },
};

/** Opened from "Decline and ignore…": "Ignore" starts ticked. */
export const BlockPreselected: Story = {
  args: { open: true, defaultBlock: true },
  play: async ({ canvasElement, args }) => {
    const dialog = await within(canvasElement).findByRole("dialog");
    await expect(within(dialog).getByRole("checkbox", { name: /^Ignore/ })).toBeChecked();
    await userEvent.click(within(dialog).getByRole("button", { name: "Decline" }));
    await expect(args.onConfirm).toHaveBeenCalledWith({ ignoreInviter: true });
  },
};

/** Escape closes without declining, once, and the opener gets focus back. */
export const EscapeCancels: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole("button", { name: "Decline…" });
    await userEvent.click(opener);
    await canvas.findByRole("dialog");
    await userEvent.keyboard("{Escape}");
    await expect(args.onCancel).toHaveBeenCalledTimes(1);
    await expect(args.onConfirm).not.toHaveBeenCalled();
    await waitFor(() => expect(opener).toHaveFocus());
  },
};

/** Report the room too, with a reason of its own. */
export const ReportWithReason: Story = {
  args: { open: true },
  play: async ({ canvasElement, args }) => {
    const dialog = await within(canvasElement).findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("checkbox", { name: "Report this room" }));
    await userEvent.type(within(dialog).getByRole("textbox", { name: "What is wrong with this room? (optional)" }), "Spam");
    await userEvent.click(within(dialog).getByRole("button", { name: "Decline" }));
    await expect(args.onConfirm).toHaveBeenCalledWith({ reportReason: "Spam" });
  },
};

/** A lookalike inviter with a bidi override in the name: isolated, and the real user ID beside it. */
export const HostileInviterName: Story = {
  args: {
    open: true,
    inviterId: lookalikeInvite.inviter?.userId,
    inviterName: "\u202Eecila\u202C Alice Liddell (@alice:localhost)",
    roomName: undefined,
  },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole("dialog", { name: "Decline this invite?" });
    const checkbox = within(dialog).getByRole("checkbox", { name: /@mallory:localhost/ });
    const label = dialog.querySelector(`label[for="${checkbox.id}"]`);
    await expect(label?.querySelectorAll("bdi")).toHaveLength(2);
  },
};

/** A pasted reason longer than the cap is cut at the cap, and the counter says so. */
export const LongReason: Story = {
  args: { open: true, maxReasonLength: 120 },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole("dialog");
    const reason = within(dialog).getByRole("textbox", { name: "Reason (optional)" });
    await userEvent.click(reason);
    await userEvent.paste("This invite looks like spam to me. ".repeat(10));
    await expect((reason as HTMLTextAreaElement).value).toHaveLength(120);
    await expect(within(dialog).getByText("120 of 120 characters")).toBeVisible();
  },
};

/** No inviter and no room name: no "Ignore" option, a generic title. */
export const MissingEverything: Story = {
  args: { open: true, inviterId: undefined, inviterName: undefined, roomName: undefined },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole("dialog", { name: "Decline this invite?" });
    await expect(within(dialog).queryByRole("checkbox", { name: /^Ignore/ })).toBeNull();
  },
};

/** In Polish. */
export const Polish: Story = {
  args: { open: true },
  globals: { locale: "pl" },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole("dialog", { name: "Odrzucić zaproszenie do pokoju Design Review?" });
    await expect(within(dialog).getByRole("button", { name: "Odrzuć" })).toBeVisible();
  },
};

/** Dark theme, right to left (pseudo-bidi text, qps-plocm: RTL text, not English in an RTL page). */
export const DarkRightToLeft: Story = {
  args: { open: true, defaultBlock: true },
  globals: { theme: "dark", locale: "qps-plocm", direction: "rtl" },
};

/** High-contrast theme. */
export const HighContrast: Story = {
  args: { open: true },
  globals: { theme: "high-contrast" },
};

/** Pseudo-locale: every word of the dialog comes from the catalog. */
export const PseudoLocale: Story = {
  args: { open: true, defaultBlock: true },
  globals: { locale: "qps-ploc" },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("checkbox", { name: /Ŕéþöŕţ/ }));
    await expect(findUnlocalizedText(dialog)).toEqual([]);
  },
};

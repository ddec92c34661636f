import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { summarizeInvite } from "../../core/summary";
import lookalike from "../../../tests/fixtures/invite-lookalike-dm.json";
import namedRoom from "../../../tests/fixtures/invite-named-room-full.json";
import { UserAvatar } from "./Avatar";
import { createImageClient } from "./storyClients";

// Real captures: Alice invites Bob; Mallory, whose display name is also "Alice Liddell", invites Bob.
const alice = summarizeInvite(namedRoom.sync_invite_entry.invite_state, { userId: namedRoom.user_id }).inviter;
const mallory = summarizeInvite(lookalike.sync_invite_entry.invite_state, { userId: lookalike.user_id }).inviter;

const meta = {
  title: "Avatar/UserAvatar",
  component: UserAvatar,
  args: { userId: alice?.userId ?? "@alice:localhost", name: alice?.displayName },
  argTypes: { client: { control: false } },
} satisfies Meta<typeof UserAvatar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The inviter's initial, on a colour from their user ID. */
export const Initials: Story = {
  play: async ({ canvasElement }) => {
    const avatar = canvasElement.querySelector(".mmui-avatar");
    await expect(avatar).toHaveTextContent("A");
    await expect(avatar).toHaveAttribute("data-kind", "user");
  },
};

const imageClient = createImageClient();
/** The inviter's image, with an accessible name. */
export const Image: Story = {
  args: {
    client: imageClient,
    avatarUrl: "mxc://localhost/oJIHkPlLpjpZUAFXGfCeUPeK",
    label: alice?.displayName,
    mediaPolicy: { showAvatars: true },
  },
  play: async ({ canvas }) => {
    const avatar = canvas.getByRole("img", { name: "Alice Liddell" });
    await waitFor(() => expect(avatar).toHaveAttribute("data-state", "image"));
    await expect(imageClient.fetchThumbnail).toHaveBeenCalledTimes(1);
  },
};

/** Two people with the same display name get the same letter but colours from their different IDs. */
export const Lookalike: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: "0.5rem" }}>
      <UserAvatar {...args} userId={alice?.userId ?? ""} name={alice?.displayName} label={alice?.userId} />
      <UserAvatar {...args} userId={mallory?.userId ?? ""} name={mallory?.displayName} label={mallory?.userId} />
    </div>
  ),
  play: async ({ canvas }) => {
    const real = canvas.getByRole("img", { name: "@alice:localhost" });
    const fake = canvas.getByRole("img", { name: "@mallory:localhost" });
    await expect(real.textContent).toBe(fake.textContent);
    await expect(real.getAttribute("data-color")).not.toBe(fake.getAttribute("data-color"));
  },
};

/** No display name: the initial comes from the user ID, without the `@`. */
export const NoDisplayName: Story = {
  args: { userId: "@carol:localhost", name: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mmui-avatar")).toHaveTextContent("C");
  },
};

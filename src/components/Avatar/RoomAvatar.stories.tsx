import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { summarizeInvite } from "../../core/summary";
import namedRoom from "../../../tests/fixtures/invite-named-room-full.json";
import space from "../../../tests/fixtures/invite-space.json";
import { RoomAvatar } from "./Avatar";
import { AVATAR_COLOR_COUNT, getAvatarColorIndex } from "./avatarInitial";
import { createFailingClient, createImageClient, createStalledClient } from "./storyClients";

// The real capture: "Design Review", with an mxc avatar set by Alice.
const summary = summarizeInvite(namedRoom.sync_invite_entry.invite_state, { userId: namedRoom.user_id, roomId: namedRoom.room_id });
const roomName = summary.name.kind === "named" ? summary.name.name : "";
const spaceSummary = summarizeInvite(space.sync_invite_entry.invite_state, { userId: space.user_id, roomId: space.room_id });

const meta = {
  title: "Avatar/RoomAvatar",
  component: RoomAvatar,
  args: { roomId: namedRoom.room_id, name: roomName },
  argTypes: { client: { control: false } },
} satisfies Meta<typeof RoomAvatar>;

export default meta;
type Story = StoryObj<typeof meta>;

function avatarIn(canvasElement: HTMLElement): HTMLElement {
  const avatar = canvasElement.querySelector<HTMLElement>(".mmui-avatar");
  if (!avatar) throw new Error("no avatar rendered");
  return avatar;
}

/** No avatar set: the first letter on a colour from the room ID. */
export const Initials: Story = {
  play: async ({ canvasElement }) => {
    const avatar = avatarIn(canvasElement);
    await expect(avatar).toHaveTextContent("D");
    await expect(avatar).toHaveAttribute("data-state", "initials");
    await expect(avatar).toHaveAttribute("aria-hidden", "true");
  },
};

const imageClient = createImageClient();
/** The room's mxc avatar, fetched with authentication and shown from a blob: URL. */
export const Image: Story = {
  args: { client: imageClient, avatarUrl: summary.avatarUrl, label: roomName, mediaPolicy: { showAvatars: true } },
  play: async ({ canvasElement, canvas }) => {
    await waitFor(() => expect(avatarIn(canvasElement)).toHaveAttribute("data-state", "image"));
    const image = canvasElement.querySelector("img");
    await expect(image?.getAttribute("src")).toMatch(/^blob:/);
    await expect(imageClient.fetchThumbnail).toHaveBeenCalledWith(summary.avatarUrl, { width: 80, height: 80 }, expect.anything());
    await expect(canvas.getByRole("img", { name: roomName })).toBe(avatarIn(canvasElement));
  },
};

const policyClient = createImageClient();
/** The media-preview policy forbids invite avatars: initials, and no request at all. */
export const HiddenByPolicy: Story = {
  args: { client: policyClient, avatarUrl: summary.avatarUrl, mediaPolicy: { showAvatars: false } },
  play: async ({ canvasElement }) => {
    await expect(avatarIn(canvasElement)).toHaveAttribute("data-state", "initials");
    await expect(canvasElement.querySelector("img")).toBeNull();
    await expect(policyClient.fetchThumbnail).not.toHaveBeenCalled();
  },
};

const noPolicyClient = createImageClient();
/** No media policy given: privacy by default, so initials and no request at all. */
export const NoPolicy: Story = {
  args: { client: noPolicyClient, avatarUrl: summary.avatarUrl },
  play: async ({ canvasElement }) => {
    await expect(avatarIn(canvasElement)).toHaveAttribute("data-state", "initials");
    await expect(canvasElement.querySelector("img")).toBeNull();
    await expect(noPolicyClient.fetchThumbnail).not.toHaveBeenCalled();
  },
};

const hostileUrlClient = createImageClient();
/** A remote server put a `javascript:` URL in the avatar: ignored, nothing fetched or linked. */
export const JavascriptUrl: Story = {
  args: { client: hostileUrlClient, avatarUrl: "javascript:alert(document.cookie)", mediaPolicy: { showAvatars: true } },
  play: async ({ canvasElement }) => {
    await expect(avatarIn(canvasElement)).toHaveAttribute("data-state", "initials");
    await expect(canvasElement.querySelector("img")).toBeNull();
    await expect(hostileUrlClient.fetchThumbnail).not.toHaveBeenCalled();
  },
};

const httpUrlClient = createImageClient();
/** An `https:` tracking pixel instead of an mxc URI: ignored. */
export const HttpUrl: Story = {
  args: { client: httpUrlClient, avatarUrl: "https://tracker.example/pixel.png?invite=1", mediaPolicy: { showAvatars: true } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("img")).toBeNull();
    await expect(httpUrlClient.fetchThumbnail).not.toHaveBeenCalled();
  },
};

/** The thumbnail is still on its way: initials meanwhile. */
export const Loading: Story = {
  args: { client: createStalledClient(), avatarUrl: summary.avatarUrl, mediaPolicy: { showAvatars: true } },
  play: async ({ canvasElement }) => {
    await expect(avatarIn(canvasElement)).toHaveAttribute("data-state", "loading");
    await expect(avatarIn(canvasElement)).toHaveTextContent("D");
  },
};

/** The media server refused: initials, state `error`. */
export const ImageFailed: Story = {
  args: { client: createFailingClient(), avatarUrl: summary.avatarUrl, mediaPolicy: { showAvatars: true } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(avatarIn(canvasElement)).toHaveAttribute("data-state", "error"));
    await expect(avatarIn(canvasElement)).toHaveTextContent("D");
  },
};

/** A space (from the real capture). */
export const Space: Story = {
  args: {
    roomId: space.room_id,
    name: spaceSummary.name.kind === "named" ? spaceSummary.name.name : undefined,
    label: spaceSummary.name.kind === "named" ? spaceSummary.name.name : undefined,
  },
};

/** A name that starts with an emoji: the whole emoji (a ZWJ sequence) is the initial. */
export const EmojiName: Story = {
  args: { name: "👩‍👩‍👧 Family chat" },
  play: async ({ canvasElement }) => {
    await expect(avatarIn(canvasElement).textContent).toBe("👩‍👩‍👧");
  },
};

/** A right-to-left name: its first letter, not a direction mark. */
export const RightToLeftName: Story = {
  args: { name: "\u200Fמועדון הספר" },
  play: async ({ canvasElement }) => {
    await expect(avatarIn(canvasElement).textContent).toBe("מ");
  },
};

/** A bidi override at the start of the name is skipped, never shown or applied. */
export const BidiOverrideName: Story = {
  args: { name: "\u202Etxt.exe" },
  play: async ({ canvasElement }) => {
    await expect(avatarIn(canvasElement).textContent).toBe("T");
  },
};

/** `#alias`-style names skip the sigil. */
export const AliasName: Story = {
  args: { name: "#design-review:localhost" },
  play: async ({ canvasElement }) => {
    await expect(avatarIn(canvasElement).textContent).toBe("D");
  },
};

/** A megabyte-long name: only its start is read. */
export const HugeName: Story = {
  args: { name: `${"!".repeat(40)}${"x".repeat(1_000_000)}` },
  play: async ({ canvasElement }) => {
    await expect(avatarIn(canvasElement).textContent).toBe("X");
  },
};

/** No name, no avatar: the initial comes from the room ID, and the colour still does. */
export const MissingEverything: Story = {
  args: { roomId: "!qporfwt:localhost", name: undefined, avatarUrl: undefined },
  play: async ({ canvasElement }) => {
    await expect(avatarIn(canvasElement).textContent).toBe("Q");
    await expect(avatarIn(canvasElement)).toHaveAttribute("data-color");
  },
};

/** Sizes used across the library. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: "0.5rem", alignItems: "center" }}>
      <RoomAvatar {...args} size={24} />
      <RoomAvatar {...args} size={40} />
      <RoomAvatar {...args} size={96} />
    </div>
  ),
};

// One room ID for each palette colour, so the palette stories show (and axe checks) all of them.
const onePerColor: string[] = [];
for (let index = 0, seen = new Set<number>(); seen.size < AVATAR_COLOR_COUNT; index++) {
  const roomId = `!room${index}:localhost`;
  if (!seen.has(getAvatarColorIndex(roomId))) onePerColor.push(roomId);
  seen.add(getAvatarColorIndex(roomId));
}

/** Every colour of the palette in the dark theme. */
export const PaletteDark: Story = {
  globals: { theme: "dark" },
  render: (args) => (
    <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
      {onePerColor.map((roomId) => (
        <RoomAvatar {...args} key={roomId} roomId={roomId} name={roomId} label={roomId} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const colors = new Set([...canvasElement.querySelectorAll(".mmui-avatar")].map((avatar) => avatar.getAttribute("data-color")));
    await expect(colors.size).toBe(AVATAR_COLOR_COUNT);
  },
};

/** The palette in the high-contrast theme. */
export const PaletteHighContrast: Story = { globals: { theme: "high-contrast" }, render: PaletteDark.render };

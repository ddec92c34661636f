import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { capturedLiveState, liveState } from "../../../tests/components/MemberActions/roomStates";
import { PowerLevelBadge } from "./PowerLevelBadge";

const members = {
  "@alice:localhost": { membership: "join" as const },
  "@carol:localhost": { membership: "join" as const },
  "@dave:localhost": { membership: "join" as const },
  "@erin:localhost": { membership: "join" as const },
};
const version12 = liveState({
  roomVersion: "12",
  additionalCreators: ["@carol:localhost"],
  users: { "@dave:localhost": 50, "@erin:localhost": 20 },
  members,
});

const meta = {
  title: "Members/PowerLevelBadge",
  component: PowerLevelBadge,
  args: { stateEvents: capturedLiveState, userId: "@alice:localhost" },
} satisfies Meta<typeof PowerLevelBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The creator of the captured version 11 room: Admin (100). */
export const Admin: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Admin")).toHaveAttribute("title", "Power level 100");
  },
};

/** A room version 12 creator: Owner, infinite power. */
export const Owner: Story = {
  args: { stateEvents: version12, userId: "@carol:localhost" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Owner")).toHaveAttribute("data-kind", "creator");
  },
};

/** Level 50. */
export const Moderator: Story = { args: { stateEvents: version12, userId: "@dave:localhost" } };

/** A level between the named roles. */
export const CustomLevel: Story = { args: { stateEvents: version12, userId: "@erin:localhost" } };

/** A member at the default level, shown because `showDefault` is set. */
export const DefaultShown: Story = { args: { userId: "@bob:localhost", showDefault: true } };

/** Every badge side by side, in Polish, in the high-contrast theme. */
export const AllPolishHighContrast: Story = {
  globals: { locale: "pl", theme: "high-contrast" },
  render: () => (
    <div style={{ display: "flex", gap: "0.5rem" }}>
      {["@alice:localhost", "@carol:localhost", "@dave:localhost", "@erin:localhost"].map((userId) => (
        <PowerLevelBadge key={userId} stateEvents={version12} userId={userId} />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText("Właściciel")).toHaveLength(2);
  },
};

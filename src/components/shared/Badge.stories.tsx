import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Badge } from "./Badge";

const meta = {
  title: "Shared/Badge",
  component: Badge,
  args: { children: "Invite only" },
  argTypes: { variant: { control: "inline-radio", options: ["neutral", "info", "success", "warning", "danger"] } },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A plain property ("Invite only", "Space"). */
export const Neutral: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Invite only")).toHaveAttribute("data-variant", "neutral");
  },
};

/** Information ("Public"). */
export const Info: Story = { args: { variant: "info", children: "Public" } };

/** A reassuring property ("Encrypted"). */
export const Success: Story = { args: { variant: "success", children: "Encrypted" } };

/** Something to double-check ("Not encrypted"). */
export const Warning: Story = { args: { variant: "warning", children: "Not encrypted" } };

/** A risk ("Blocked"). */
export const Danger: Story = { args: { variant: "danger", children: "Blocked" } };

/** A long label is cut with an ellipsis instead of breaking the row. */
export const LongText: Story = {
  args: { children: "Ask to join, restricted to members of an unusually long-named space", style: { maxInlineSize: "12rem" } },
};

const allVariants: Story["render"] = (args) => (
  <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
    <Badge {...args} variant="neutral">Invite only</Badge>
    <Badge {...args} variant="info">Public</Badge>
    <Badge {...args} variant="success">Encrypted</Badge>
    <Badge {...args} variant="warning">Not encrypted</Badge>
    <Badge {...args} variant="danger">Blocked</Badge>
  </div>
);

/** Every variant in the dark theme. */
export const DarkTheme: Story = { globals: { theme: "dark" }, render: allVariants };

/** Every variant in the high-contrast theme (outlined). */
export const HighContrastTheme: Story = { globals: { theme: "high-contrast" }, render: allVariants };

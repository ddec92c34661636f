import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { VisuallyHidden } from "./VisuallyHidden";

const meta = {
  title: "Shared/VisuallyHidden",
  component: VisuallyHidden,
  args: { children: "(opens a dialog)" },
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Read by screen readers, one pixel on screen. */
export const Default: Story = {
  render: (args) => (
    <button type="button">
      Decline and ignore
      <VisuallyHidden {...args} />
    </button>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Decline and ignore (opens a dialog)" })).toBeInTheDocument();
    const hidden = canvas.getByText("(opens a dialog)");
    await expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  },
};

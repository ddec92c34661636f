import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { NetworkText } from "./NetworkText";

const meta = {
  title: "Shared/NetworkText",
  component: NetworkText,
  args: { children: "Alice Liddell" },
  render: (args) => (
    <p style={{ maxInlineSize: "24rem" }}>
      Invited by <NetworkText {...args} /> yesterday.
    </p>
  ),
} satisfies Meta<typeof NetworkText>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A display name inside one of our sentences, isolated in `<bdi dir="auto">`. */
export const Plain: Story = {
  play: async ({ canvas }) => {
    const name = canvas.getByText("Alice Liddell");
    await expect(name.tagName).toBe("BDI");
    await expect(name).toHaveAttribute("dir", "auto");
  },
};

/** A right-to-left name takes its own direction (`dir="auto"`), the sentence keeps ours. */
export const RightToLeftName: Story = {
  args: { children: "אליס 42" },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector("bdi")!).direction).toBe("rtl");
    await expect(getComputedStyle(canvasElement.querySelector("p")!).direction).toBe("ltr");
  },
};

/** A right-to-left override cannot flip the rest of the sentence. */
export const BidiOverride: Story = {
  args: { children: "\u202Egnp.exe" },
  play: async ({ canvasElement }) => {
    const bdi = canvasElement.querySelector("bdi")!;
    const range = document.createRange();
    range.selectNodeContents(canvasElement.querySelector("p")!.lastChild!);
    await expect(range.getBoundingClientRect().left).toBeGreaterThanOrEqual(bdi.getBoundingClientRect().right - 1);
  },
};

/** A name with no spaces wraps inside the container instead of widening it. */
export const LongUnbrokenName: Story = {
  args: { children: "A".repeat(400) },
  play: async ({ canvasElement }) => {
    const paragraph = canvasElement.querySelector("p")!;
    await expect(paragraph.scrollWidth).toBeLessThanOrEqual(paragraph.clientWidth + 1);
  },
};

import type { Meta, StoryObj } from "@storybook/react-vite";

function Placeholder() {
  return <p>matrix-membership-ui</p>;
}

const meta = { title: "Placeholder", component: Placeholder } satisfies Meta<typeof Placeholder>;
export default meta;
type Story = StoryObj<typeof meta>;
export const Default: Story = {};

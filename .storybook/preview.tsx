import type { Preview } from "@storybook/react-vite";
import "../src/components/theme/theme.css";
import { globalTypes, initialGlobals, loadStoryLocale, withMembershipRoot } from "./decorators";

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: "error" },
    layout: "fullscreen",
  },
  globalTypes,
  initialGlobals,
  loaders: [loadStoryLocale],
  decorators: [withMembershipRoot],
  tags: ["autodocs"],
};

export default preview;

/** Every colour token pair of the light, dark and high-contrast themes: one changed colour shows here first. */
import { composeStories } from "@storybook/react-vite";
import * as stories from "../../src/components/theme/Theme.stories";
import { describeBaselines } from "./baselines";

const story = composeStories(stories);

describeBaselines("Theme tokens", [
  { name: "tokens-light", story: story.Light },
  { name: "tokens-dark", story: story.Dark },
  { name: "tokens-high-contrast", story: story.HighContrast },
]);

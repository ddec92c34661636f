/**
 * The decline dialog, photographed as the modal users see (the `<dialog>` in the top layer):
 * open with a named room and inviter, with hostile and missing input, a capped reason, and the
 * themes, a direction and languages.
 */
import { composeStories } from "@storybook/react-vite";
import * as stories from "../../src/components/DeclineInviteDialog/DeclineInviteDialog.stories";
import { describeBaselines } from "./baselines";

const story = composeStories(stories);
const dialog = "dialog[open]";

describeBaselines("DeclineInviteDialog", [
  // The high-contrast story is the only open dialog without a play function: seen in light, it is the plain open dialog.
  { name: "open", story: story.HighContrast, options: { target: dialog, globals: { theme: "light" } } },
  { name: "high-contrast", story: story.HighContrast, options: { target: dialog } },
  { name: "block-preselected-dark-right-to-left", story: story.DarkRightToLeft, options: { target: dialog } },
  { name: "hostile-inviter-name", story: story.HostileInviterName, options: { target: dialog } },
  { name: "long-reason", story: story.LongReason, options: { target: dialog } },
  { name: "missing-everything", story: story.MissingEverything, options: { target: dialog } },
  { name: "polish", story: story.Polish, options: { target: dialog } },
  { name: "pseudo-locale", story: story.PseudoLocale, options: { target: dialog } },
]);

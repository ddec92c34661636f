/**
 * InviteList as users see it: the groups (from the captures, and with unknown senders), rows
 * whose inviters borrow a known name (each flagged, the user ID beside the name), a
 * spam wave, "Decline all" running and stopped, 10,000 invites scrolled to the end, and the
 * themes and a direction.
 */
import { composeStories } from "@storybook/react-vite";
import * as stories from "../../src/components/InviteList/InviteList.stories";
import { describeBaselines } from "./baselines";

const story = composeStories(stories);

describeBaselines("InviteList", [
  { name: "groups-from-captures", story: story.FromCaptures },
  { name: "groups-unknown-senders", story: story.UnknownSenders },
  { name: "lookalike-inviters", story: story.LookalikeInviters },
  { name: "empty", story: story.Empty },
  { name: "filter-with-no-match", story: story.FilterWithNoMatch },
  { name: "spam-wave-200", story: story.SpamWave200 },
  { name: "decline-all-in-progress", story: story.DeclineAllInProgress },
  { name: "decline-all-cancelled", story: story.DeclineAllCancelled },
  { name: "ten-thousand-invites-at-the-end", story: story.TenThousandInvites },
  { name: "groups-dark", story: story.FromCaptures, options: { globals: { theme: "dark" } } },
  { name: "groups-high-contrast", story: story.FromCaptures, options: { globals: { theme: "high-contrast" } } },
  { name: "groups-right-to-left", story: story.RightToLeft },
]);

/** MembershipNotice as users see it: each way out of a room, a failed rejoin, and Polish in the dark theme. */
import { composeStories } from "@storybook/react-vite";
import * as stories from "../../src/components/MembershipNotice/MembershipNotice.stories";
import { describeBaselines } from "./baselines";

const story = composeStories(stories);

describeBaselines("MembershipNotice", [
  { name: "removed", story: story.Removed },
  { name: "banned", story: story.Banned },
  { name: "left", story: story.Left },
  { name: "invitation-withdrawn", story: story.InvitationWithdrawn },
  { name: "request-declined", story: story.RequestDeclined },
  { name: "unbanned", story: story.Unbanned },
  { name: "restricted-rejoin-refused", story: story.RestrictedRejoinRefused },
  { name: "polish-dark", story: story.PolishDark },
  { name: "removed-right-to-left-high-contrast", story: story.RemovedRightToLeftHighContrast },
]);

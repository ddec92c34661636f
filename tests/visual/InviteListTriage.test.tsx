/**
 * InviteList's triage as users see it: the trust groups with "Probably spam" folded, and
 * opened; multi-select and the result of each declined invite; Report on the selection
 * (the question, the result of each room, a server without room reports);
 * block and clear in progress, and the offer of the invites hidden from people blocked.
 */
import { composeStories } from "@storybook/react-vite";
import * as stories from "../../src/components/InviteList/InviteListTriage.stories";
import { describeBaselines } from "./baselines";

const story = composeStories(stories);

describeBaselines("InviteListTriage", [
  { name: "trust-groups", story: story.TrustGroups },
  { name: "trust-groups-spam-opened", story: story.SpamGroupOpened },
  { name: "trust-groups-dark", story: story.TrustGroups, options: { globals: { theme: "dark" } } },
  { name: "multi-select", story: story.MultiSelect },
  { name: "multi-select-decline-results", story: story.MultiSelectDeclineResults },
  { name: "multi-select-report-confirm", story: story.MultiSelectReportConfirm },
  { name: "multi-select-report-results", story: story.MultiSelectReportResults },
  { name: "multi-select-report-unsupported", story: story.MultiSelectReportUnsupported },
  { name: "block-and-clear-progress", story: story.BlockAndClearProgress },
  { name: "hidden-invites-offer", story: story.HiddenInvitesOffer },
]);

/** KnockPreview as users see it: asking, pending, each outcome, the refusals, loading, and a dark RTL page in Polish. */
import { composeStories } from "@storybook/react-vite";
import * as stories from "../../src/components/KnockPreview/KnockPreview.stories";
import { describeBaselines } from "./baselines";

const story = composeStories(stories);

describeBaselines("KnockPreview", [
  { name: "ask-to-join", story: story.AskToJoin },
  { name: "request-sent", story: story.RequestSent },
  { name: "pending", story: story.Pending },
  { name: "declined", story: story.Declined },
  { name: "accepted", story: story.Accepted },
  { name: "not-knockable", story: story.NotKnockable },
  { name: "knock-refused", story: story.KnockRefused },
  { name: "loading", story: story.Loading },
  { name: "banned", story: story.Banned },
  { name: "polish-dark-right-to-left", story: story.PolishDarkRightToLeft },
]);

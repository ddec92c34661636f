/** MembershipEventSummary as users see it: collapsed, expanded, many people, malformed events, Polish, and a dark RTL page. */
import { composeStories } from "@storybook/react-vite";
import * as stories from "../../src/components/MembershipEventSummary/MembershipEventSummary.stories";
import { describeBaselines } from "./baselines";

const story = composeStories(stories);

describeBaselines("MembershipEventSummary", [
  { name: "collapsed", story: story.Collapsed },
  { name: "expanded", story: story.Expanded },
  { name: "many-people", story: story.ManyPeople },
  { name: "many-people-polish", story: story.ManyPeoplePolish },
  { name: "with-malformed-shown", story: story.WithMalformedShown },
  { name: "expanded-right-to-left-dark", story: story.ExpandedRightToLeftDark },
]);

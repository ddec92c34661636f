/** MemberActions as users see it: the buttons for each membership, the confirm dialog, the failures, and Polish in the dark theme. */
import { composeStories } from "@storybook/react-vite";
import * as stories from "../../src/components/MemberActions/MemberActions.stories";
import { describeBaselines } from "./baselines";

const story = composeStories(stories);

describeBaselines("MemberActions", [
  { name: "joined-member", story: story.JoinedMember },
  { name: "remove-dialog-open", story: story.RemoveDialogOpen, options: { target: "dialog[open]" } },
  { name: "invited-member", story: story.InvitedMember },
  { name: "knocking-member", story: story.KnockingMember },
  { name: "banned-member", story: story.BannedMember },
  { name: "server-refuses", story: story.ServerRefuses },
  { name: "state-read-fails", story: story.StateReadFails },
  { name: "polish-dark", story: story.PolishDark },
]);

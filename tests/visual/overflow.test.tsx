/**
 * Reflow (WCAG 1.4.10): the key stories in a 320 px and a 1280 px window, at 100% and 200%
 * text, with nothing scrolling or sticking out sideways (`tests/support/overflow.ts`). Runs in
 * the visual project (pinned font, real Chromium layout) but takes no pictures. The window
 * really is resized, so the modal dialogs (sized from the viewport) are checked too.
 */
import { composeStories } from "@storybook/react-vite";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { page } from "vitest/browser";
import * as declineDialog from "../../src/components/DeclineInviteDialog/DeclineInviteDialog.stories";
import * as inviteList from "../../src/components/InviteList/InviteList.stories";
import * as invitePreview from "../../src/components/InvitePreview/InvitePreview.stories";
import * as knockPreview from "../../src/components/KnockPreview/KnockPreview.stories";
import * as memberActions from "../../src/components/MemberActions/MemberActions.stories";
import * as membershipNotice from "../../src/components/MembershipNotice/MembershipNotice.stories";
import { findHorizontalOverflow } from "../support/overflow";
import { renderStory, type VisualStory } from "./harness";

const list = composeStories(inviteList);
const preview = composeStories(invitePreview);
const knock = composeStories(knockPreview);
const notice = composeStories(membershipNotice);
const members = composeStories(memberActions);
const dialog = composeStories(declineDialog);

/** The key stories: what a sidebar or a phone shows most. */
const STORIES: ReadonlyArray<[name: string, story: VisualStory]> = [
  ["InviteList from the captures", list.FromCaptures],
  ["InviteList spam wave", list.SpamWave200],
  ["InviteList with full previews", list.WithFullPreviews],
  ["InvitePreview named room", preview.NamedRoom],
  ["InvitePreview direct message", preview.DirectMessage],
  ["InvitePreview huge hostile name", preview.HostileHugeName],
  ["InvitePreview joined but not loaded", preview.ErrorJoinedButNotLoaded],
  ["KnockPreview ask to join", knock.AskToJoin],
  ["MembershipNotice removed", notice.Removed],
  ["MembershipNotice banned", notice.Banned],
  ["MemberActions knocking member", members.KnockingMember],
  ["MemberActions remove dialog", members.RemoveDialogOpen],
  ["DeclineInviteDialog open", dialog.HighContrast],
  ["DeclineInviteDialog long reason", dialog.LongReason],
];

const SIZES: ReadonlyArray<[width: number, textScale: 1 | 2]> = [
  [320, 1],
  [320, 2],
  [1280, 1],
  [1280, 2],
];

afterEach(() => {
  document.documentElement.style.fontSize = "";
});

afterAll(async () => {
  await page.viewport(800, 900);
});

describe.each(SIZES)("in a %i px window at %ix text", (width, textScale) => {
  test.each(STORIES)("%s does not scroll sideways", async (_name, story) => {
    // Tall enough that the stories' play functions find the rows they look for at 200% text.
    await page.viewport(width, 4000);
    document.documentElement.style.fontSize = textScale === 2 ? "200%" : "";
    await renderStory(story, { canvasInlineSize: "window", target: "body" });
    expect(findHorizontalOverflow(document.body)).toEqual([]);
  });
});

describe("the overflow check itself", () => {
  test("reports a row wider than a 320 px window", async () => {
    await page.viewport(320, 900);
    const wide = document.createElement("div");
    wide.style.inlineSize = "400px";
    wide.textContent = "too wide";
    document.body.append(wide);
    try {
      expect(findHorizontalOverflow(document.body).join("\n")).toMatch(/too wide|page is/);
    } finally {
      wide.remove();
    }
  });
});

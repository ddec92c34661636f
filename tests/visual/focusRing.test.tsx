/**
 * Issue 13: "The 'Decline all' focus ring is no longer clipped by the scroll area." The list's
 * viewport scrolls (overflow: auto), so anything drawn past its edge is cut off; a group
 * heading's buttons sit at the inline end of that viewport. Checked in real Chromium layout:
 * the ring's box (the button grown by outline width and offset) stays inside the viewport.
 */
import { composeStories } from "@storybook/react-vite";
import { afterEach, describe, expect, test } from "vitest";
import * as inviteList from "../../src/components/InviteList/InviteList.stories";
import { removeCanvas, renderStory } from "./harness";

const list = composeStories(inviteList);

afterEach(() => {
  removeCanvas();
});

describe("focus rings inside the invite list's scroll area", () => {
  test.each([
    ["compact rows", list.FromCaptures],
    ["full previews", list.WithFullPreviews],
  ])("every group's Decline all draws its whole ring inside the viewport (%s)", async (_name, story) => {
    await renderStory(story);
    const viewport = document.querySelector<HTMLElement>(".mmui-invite-list__viewport");
    const buttons = [...document.querySelectorAll<HTMLElement>("[data-decline-all]")];
    expect(viewport).not.toBeNull();
    expect(buttons.length).toBeGreaterThan(0);
    const clip = viewport!.getBoundingClientRect();
    for (const button of buttons) {
      button.focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(button);
      expect(style.outlineStyle, "a visible ring").not.toBe("none");
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const box = button.getBoundingClientRect();
      expect(box.left - reach, "ring's left edge").toBeGreaterThanOrEqual(clip.left);
      expect(box.right + reach, "ring's right edge").toBeLessThanOrEqual(clip.right);
      expect(box.top - reach, "ring's top edge").toBeGreaterThanOrEqual(clip.top);
    }
  });
});

import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { expectNoHorizontalOverflow, storyViewport } from "../shared/storyViewport";
import { InvitePreviewView } from "./InvitePreviewView";
import { captures, summaryOf } from "./storyData";

/**
 * InvitePreview where clients put it (WCAG 1.4.10 Reflow): a 320 px sidebar at 200% text and
 * a 1280 px page. Each story checks that nothing scrolls sideways.
 */
const meta = {
  title: "Invites/InvitePreview/Widths and text sizes",
  component: InvitePreviewView,
  args: {
    summary: summaryOf(captures.namedRoomFull),
    status: "idle",
    headingLevel: 2,
    onAccept: fn(),
    onDecline: fn(),
  },
  argTypes: { summary: { control: false }, liveSummary: { control: false }, client: { control: false } },
} satisfies Meta<typeof InvitePreviewView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** How many lines each word of `element`'s text spans (1 when the word is never broken). */
function linesPerWord(element: Element): number[] {
  const counts: number[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      counts.push(new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size);
    }
  }
  return counts;
}

/** A 320 px sidebar at 200% text: the name is whole ("Design Review", never "Desi gn Re…"), buttons wrap between words. */
export const NamedRoomSidebar320LargeText: Story = {
  ...storyViewport(320, 2),
  play: async ({ canvasElement }) => {
    await expectNoHorizontalOverflow(canvasElement);
    const title = canvasElement.querySelector(".mmui-invite-preview__title");
    if (!title) throw new Error("no title");
    await expect(title.scrollHeight).toBeLessThanOrEqual(title.clientHeight + 1);
    await expect(linesPerWord(title).every((lines) => lines === 1)).toBe(true);
    for (const label of canvasElement.querySelectorAll(".mmui-button__label")) {
      await expect(linesPerWord(label).every((lines) => lines === 1)).toBe(true);
    }
  },
};

/** A direct message in a 320 px sidebar at 200% text: the badges wrap inside the card. */
export const DirectMessageSidebar320LargeText: Story = {
  ...storyViewport(320, 2),
  args: { summary: summaryOf(captures.dmUnnamed) },
  play: async ({ canvasElement }) => {
    await expectNoHorizontalOverflow(canvasElement);
  },
};

/** A 1280 px page: the card keeps its reading width (40rem) instead of stretching. */
export const NamedRoomWide1280: Story = {
  ...storyViewport(1280),
  play: async ({ canvasElement }) => {
    await expectNoHorizontalOverflow(canvasElement);
    const card = canvasElement.querySelector(".mmui-invite-preview");
    const rootFontSize = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    await expect(card?.getBoundingClientRect().width).toBeLessThanOrEqual(40 * rootFontSize + 1);
  },
};

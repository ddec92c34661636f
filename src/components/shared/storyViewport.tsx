/**
 * Story variants at a given width and text size (WCAG 1.4.10 Reflow: 320 px at 100% and 200%
 * text; 1280 px for a wide page). Stories only: the component renders inside a box of that
 * width, the page's root font size is scaled (every size in the library is in rem), and the
 * play function can check that nothing overflows sideways (`tests/support/overflow.ts`).
 */
import type { Decorator } from "@storybook/react-vite";
import { assertNoHorizontalOverflow } from "../../../tests/support/overflow";

/** What a viewport variant adds to a story: a decorator and a `beforeEach` for the text size. */
export interface StoryViewport {
  decorators: Decorator[];
  beforeEach: () => () => void;
}

/** The attribute of the box that stands for the viewport. */
const VIEWPORT_ATTRIBUTE = "data-story-viewport";

/**
 * A story variant `width` CSS pixels wide with text at `textScale` (1 or 2: 100% or 200%).
 * The root font size is restored after the story.
 */
export function storyViewport(width: number, textScale: 1 | 2 = 1): StoryViewport {
  return {
    decorators: [
      (Story) => (
        <div {...{ [VIEWPORT_ATTRIBUTE]: `${width}` }} style={{ boxSizing: "border-box", inlineSize: `${width}px` }}>
          <Story />
        </div>
      ),
    ],
    beforeEach: () => {
      const root = document.documentElement;
      const previous = root.style.fontSize;
      root.style.fontSize = textScale === 2 ? "200%" : previous;
      return () => {
        root.style.fontSize = previous;
      };
    },
  };
}

/** Asserts that nothing inside the story's viewport box sticks out or scrolls sideways. */
export async function expectNoHorizontalOverflow(canvasElement: HTMLElement): Promise<void> {
  const box = canvasElement.querySelector(`[${VIEWPORT_ATTRIBUTE}]`);
  if (!box) throw new Error("No viewport box: use storyViewport() on this story.");
  // After fonts and a frame, so measured text is laid out as a reader sees it.
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  // The box stands for the viewport; the story's window may be narrower or wider than it.
  assertNoHorizontalOverflow(box, { page: false });
}

/**
 * Finds what scrolls or sticks out sideways (WCAG 1.4.10 Reflow): content must fit a 320 px
 * wide viewport, at 100% and at 200% text, without horizontal scrolling. Used by stories'
 * play functions (the narrow variants) and by `tests/visual/overflow.test.tsx`, in Chromium.
 *
 * Reported: an element whose box reaches past the edges of `root` (unless an ancestor clips
 * it on purpose, as an ellipsis does), a scroll container that scrolls sideways, and a page
 * wider than the window.
 */

/** Half a pixel of slack for sub-pixel layout. */
const SLACK = 0.5;

function describe(element: Element): string {
  const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`).join("");
  const text = (element.textContent ?? "").trim().slice(0, 30);
  return `<${element.tagName.toLowerCase()}${classes}>${text ? ` "${text}"` : ""}`;
}

function isRendered(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  // Visually hidden text (1 px, clipped) is for screen readers; it cannot scroll anything.
  return element.closest(".mmui-visually-hidden") === null;
}

/** The nearest ancestor (inside `root`) that clips or scrolls sideways, if any. */
function clippingAncestor(element: Element, root: Element): Element | undefined {
  for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowX;
    if (overflow !== "visible") return parent;
  }
  return undefined;
}

/** Options of {@link findHorizontalOverflow}. */
export interface OverflowOptions {
  /** Also report a page wider than the window (default `true`; off when `root` stands for a viewport narrower than the window). */
  page?: boolean;
}

/** Every sideways overflow inside `root`, described for a test failure message; empty when it all fits. */
export function findHorizontalOverflow(root: Element, { page = true }: OverflowOptions = {}): string[] {
  const found: string[] = [];
  const view = root.ownerDocument.defaultView;
  if (page && view && root.ownerDocument.documentElement.scrollWidth > view.innerWidth + SLACK) {
    found.push(`the page is ${root.ownerDocument.documentElement.scrollWidth}px wide in a ${view.innerWidth}px window`);
  }
  const bounds = root.getBoundingClientRect();
  for (const element of root.querySelectorAll("*")) {
    if (!isRendered(element)) continue;
    const style = getComputedStyle(element);
    if ((style.overflowX === "auto" || style.overflowX === "scroll") && element.scrollWidth > element.clientWidth + 1) {
      found.push(`${describe(element)} scrolls sideways (${element.scrollWidth}px of content in ${element.clientWidth}px)`);
    }
    const clip = clippingAncestor(element, root);
    const clipOverflow = clip ? getComputedStyle(clip).overflowX : "visible";
    // Inside an ellipsis or a hidden-overflow box, sticking out is what clipping is for.
    if (clip && clipOverflow !== "auto" && clipOverflow !== "scroll") continue;
    // Inside a scroll container, what sticks out of it is what makes it scroll sideways.
    const limit = clip ? clip.getBoundingClientRect() : bounds;
    const rect = element.getBoundingClientRect();
    if (rect.right > limit.right + SLACK || rect.left < limit.left - SLACK) {
      found.push(`${describe(element)} spans ${Math.round(rect.left)}–${Math.round(rect.right)}px, outside ${Math.round(limit.left)}–${Math.round(limit.right)}px`);
    }
  }
  return found;
}

/** Throws with every sideways overflow inside `root`. */
export function assertNoHorizontalOverflow(root: Element, options?: OverflowOptions): void {
  const found = findHorizontalOverflow(root, options);
  if (found.length > 0) throw new Error(`Content overflows sideways:\n${found.slice(0, 12).join("\n")}`);
}

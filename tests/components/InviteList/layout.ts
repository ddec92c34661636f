/**
 * jsdom has no layout: the inbox's virtualizer would see a viewport of 0 px and render only
 * the first row and its overscan. Give elements a size instead: the scroll viewport is
 * `VIEWPORT_HEIGHT` tall and every row `ROW_HEIGHT`; `scrollTo` moves `scrollTop` and fires
 * `scroll` like a browser.
 */
import { afterEach, beforeEach, vi } from "vitest";

/** Height of the scroll viewport in the tests. */
export const VIEWPORT_HEIGHT = 1200;
/** Height of every measured row in the tests. */
export const ROW_HEIGHT = 80;

/** Installs the fake layout for every test of the calling file. */
export function installFakeLayout(): void {
  const restore: (() => void)[] = [];
  beforeEach(() => {
    const rect = vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
      const height = this.classList.contains("mmui-invite-list__viewport") ? VIEWPORT_HEIGHT : ROW_HEIGHT;
      return { x: 0, y: 0, top: 0, left: 0, width: 400, height, right: 400, bottom: height, toJSON: () => ({}) } as DOMRect;
    });
    restore.push(() => rect.mockRestore());
    const sizes: Record<string, (element: HTMLElement) => number> = {
      offsetHeight: (element) => (element.classList.contains("mmui-invite-list__viewport") ? VIEWPORT_HEIGHT : ROW_HEIGHT),
      clientHeight: (element) => (element.classList.contains("mmui-invite-list__viewport") ? VIEWPORT_HEIGHT : ROW_HEIGHT),
      offsetWidth: () => 400,
      clientWidth: () => 400,
    };
    for (const [property, size] of Object.entries(sizes)) {
      // jsdom defines these on HTMLElement.prototype or Element.prototype; shadow them, then put back.
      const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, property);
      Object.defineProperty(HTMLElement.prototype, property, {
        configurable: true,
        get(this: HTMLElement) {
          return size(this);
        },
      });
      restore.push(() => {
        if (own) Object.defineProperty(HTMLElement.prototype, property, own);
        else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[property];
      });
    }
    const originalScrollTo = HTMLElement.prototype.scrollTo;
    HTMLElement.prototype.scrollTo = function (this: HTMLElement, options?: ScrollToOptions | number) {
      const top = typeof options === "object" ? options.top : undefined;
      if (top !== undefined) {
        this.scrollTop = top;
        this.dispatchEvent(new Event("scroll"));
      }
    } as typeof HTMLElement.prototype.scrollTo;
    restore.push(() => {
      HTMLElement.prototype.scrollTo = originalScrollTo;
    });
  });
  afterEach(() => {
    while (restore.length > 0) restore.pop()?.();
  });
}

/**
 * Keyboard navigation between inbox rows (WAI-ARIA APG roving focus): which row a key
 * leads to, and where a row's focusable element is.
 */

/** The keys that move between rows. */
export type NavigationKey = "ArrowDown" | "ArrowUp" | "Home" | "End" | "PageDown" | "PageUp";

/**
 * The item index `key` moves to from `current`, or `undefined` when the key does not
 * navigate (any other key). Stops at both ends rather than wrapping, like a feed.
 */
export function nextItemIndex(key: string, current: number, count: number, pageSize: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  switch (key as NavigationKey) {
    case "ArrowDown":
      return clamp(current + 1);
    case "ArrowUp":
      return clamp(current - 1);
    case "Home":
      return 0;
    case "End":
      return last;
    case "PageDown":
      return clamp(current + pageSize);
    case "PageUp":
      return clamp(current - pageSize);
    default:
      return undefined;
  }
}

/** The rendered row element at `rowIndex` inside `container`, if it is in the DOM. */
export function focusTargetFor(container: HTMLElement, rowIndex: number | undefined): HTMLElement | null {
  if (rowIndex === undefined) return null;
  return container.querySelector<HTMLElement>(`[data-index="${rowIndex}"][data-item-index]`);
}

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

/**
 * The item index Alt+ArrowDown / Alt+ArrowUp moves to from `current`: the first invite of the
 * next group, or of the previous one. `groupOf(index)` names each item's group; items of a
 * group are consecutive. `undefined` for any other key, and at either end.
 */
export function nextGroupIndex(key: string, current: number, count: number, groupOf: (index: number) => string | undefined): number | undefined {
  if (count === 0 || (key !== "ArrowDown" && key !== "ArrowUp")) return undefined;
  const firstOfGroupAt = (index: number) => {
    let first = index;
    while (first > 0 && groupOf(first - 1) === groupOf(index)) first--;
    return first;
  };
  const start = firstOfGroupAt(Math.min(Math.max(current, 0), count - 1));
  if (key === "ArrowUp") return start === 0 ? undefined : firstOfGroupAt(start - 1);
  let next = start;
  while (next < count && groupOf(next) === groupOf(start)) next++;
  return next < count ? next : undefined;
}

/**
 * How many item rows of `rows` lie wholly inside the viewport (`offset` to `offset + height`):
 * what PageDown and PageUp move by. At least 1.
 */
export function visibleItemCount(rows: readonly { start: number; end: number; isItem: boolean }[], offset: number, height: number): number {
  let count = 0;
  for (const row of rows) if (row.isItem && row.start >= offset && row.end <= offset + height) count++;
  return Math.max(1, count);
}

/** The rendered row element at `rowIndex` inside `container`, if it is in the DOM. */
export function focusTargetFor(container: HTMLElement, rowIndex: number | undefined): HTMLElement | null {
  if (rowIndex === undefined) return null;
  return container.querySelector<HTMLElement>(`[data-index="${rowIndex}"][data-item-index]`);
}

/**
 * The inbox's list virtualizer, free of React and of the DOM: where each row sits on the
 * block axis (estimated until measured, measurements kept per row key so a filtered or
 * re-ordered list keeps them), which rows a viewport shows (binary search, so a scroll costs
 * O(log n) for any number of rows), overscan, a row that must stay rendered, and the scroll
 * position that brings a row into view. The offsets are rebuilt only from the first row whose
 * size changed, and only when they are read.
 */

/** A row to render now, and where it sits. */
export interface VirtualItem {
  /** Its index in the list. */
  index: number;
  /** Its key, as the list gave it. */
  key: string;
  /** Distance from the top of the list to its start, in pixels. */
  start: number;
  /** Its block size: measured, or estimated until it has been. */
  size: number;
}

/** The rows a viewport shows, first and last inclusive; `end` is -1 when there are no rows. */
export interface VisibleRange {
  /** First row in view. */
  start: number;
  /** Last row in view. */
  end: number;
}

/**
 * The last row starting at or before `position` (binary search over the `count + 1` prefix
 * offsets, `offsets[i]` being where row `i` starts); 0 when `position` is before every row.
 */
export function findRowAt(offsets: ArrayLike<number>, count: number, position: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] as number) <= position) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/**
 * The rows a viewport of `viewportSize` pixels scrolled to `scrollTop` shows. A scroll
 * position past the end (the list shrank under it) counts as the end, and a viewport without
 * a size (no layout yet, jsdom) as showing the row at `scrollTop`.
 */
export function findVisibleRange(offsets: ArrayLike<number>, count: number, scrollTop: number, viewportSize: number): VisibleRange {
  if (count === 0) return { start: 0, end: -1 };
  const top = Math.max(0, Math.min(scrollTop, (offsets[count] as number) - viewportSize));
  const start = findRowAt(offsets, count, top);
  const bottom = top + viewportSize;
  let end = viewportSize > 0 ? findRowAt(offsets, count, bottom) : start;
  if (end > start && (offsets[end] as number) >= bottom) end -= 1;
  return { start, end };
}

/**
 * The row indexes to render, ascending: the visible range widened by `overscan` rows on both
 * sides, plus `keep` (the row holding focus, which must never unmount) wherever it is.
 */
export function rangeIndexes(range: VisibleRange, count: number, overscan: number, keep?: number): number[] {
  const indexes: number[] = [];
  const first = Math.max(0, range.start - overscan);
  const last = Math.min(count - 1, range.end + overscan);
  for (let index = first; index <= last; index++) indexes.push(index);
  if (keep !== undefined && keep >= 0 && keep < count) {
    if (keep < first) indexes.unshift(keep);
    else if (keep > last) indexes.push(keep);
  }
  return indexes;
}

/**
 * The scroll position that shows the row from `start` to `end` with the least movement
 * (`align: "auto"`): its start at the top when it is above the viewport or taller than it,
 * its end at the bottom when it is below; `undefined` when it is already fully in view.
 */
export function scrollTargetFor(start: number, end: number, scrollTop: number, viewportSize: number): number | undefined {
  if (start < scrollTop) return start;
  if (end > scrollTop + viewportSize) return Math.min(start, end - viewportSize);
  return undefined;
}

/** The estimate of a row whose given estimate is no size (0, negative, NaN, infinite). */
const FALLBACK_ESTIMATE = 50;

/** Measured sizes kept beyond the current rows (for filtered-out rows) before old ones are dropped. */
const MEASUREMENT_LIMIT = 50_000;

/** The mutable layout of one list; see {@link createVirtualLayout}. */
export interface VirtualLayout {
  /**
   * Sets the rows (O(n)): their keys and, for rows never measured, their estimated size.
   * Measured sizes are looked up by key.
   */
  setRows(count: number, keyOf: (index: number) => string, estimateOf: (index: number) => number): void;
  /** The key of row `index`, if there is such a row. */
  keyAt(index: number): string | undefined;
  /**
   * Records the measured size of the row `key` at `index`; `true` when the layout changed.
   * A size of 0 (an element without layout: jsdom, a hidden list) keeps the estimate, and so
   * does a difference under a pixel. A change to a row above the viewport (a resize, or a
   * first measurement while scrolling up) is added to the pending {@link takeScrollAdjustment}.
   */
  measure(index: number, key: string, size: number): boolean;
  /** Records the scroll position (and the viewport size, when given); `true` when the visible rows changed. */
  setViewport(scrollTop: number, viewportSize?: number): boolean;
  /** Whether row `index` starts below the viewport (so a change to it moves nothing in view). */
  isBelowViewport(index: number): boolean;
  /** The rows to render: the visible ones, `overscan` more on both sides, and `keep`. */
  getItems(overscan: number, keep?: number): VirtualItem[];
  /** The height of all rows together. */
  getTotalSize(): number;
  /** The scroll position that brings row `index` into view, or `undefined` when it is in view. */
  scrollTargetFor(index: number): number | undefined;
  /**
   * How far to scroll so the rows in view stay put after rows above them changed size;
   * resets to 0.
   */
  takeScrollAdjustment(): number;
}

/** An estimate usable as a size: rows of no size would all start at 0 (the first rows never shown), NaN ones nowhere. */
function sizeOf(estimate: number): number {
  return estimate > 0 && estimate < Infinity ? estimate : FALLBACK_ESTIMATE;
}

/** A new, empty {@link VirtualLayout}. */
export function createVirtualLayout(): VirtualLayout {
  const measured = new Map<string, number>();
  let count = 0;
  let keyAt: (index: number) => string | undefined = () => undefined;
  let sizes = new Float64Array(0);
  let offsets = new Float64Array(1);
  // offsets[0..valid] are correct; later ones wait for the next read.
  let valid = 0;
  let scrollTop = 0;
  let viewportSize = 0;
  let adjustment = 0;
  let backward = false;
  let range = "";

  /** Brings the offsets up to date through row `upTo` (its start). */
  function update(upTo: number) {
    for (; valid < upTo; valid++) offsets[valid + 1] = (offsets[valid] as number) + (sizes[valid] as number);
  }

  function visible() {
    update(count);
    return findVisibleRange(offsets, count, scrollTop, viewportSize);
  }

  return {
    setRows(rowCount, keyOf, estimateOf) {
      if (measured.size > MEASUREMENT_LIMIT + rowCount) {
        const kept = new Map<string, number>();
        for (let index = 0; index < rowCount; index++) {
          const size = measured.get(keyOf(index));
          if (size !== undefined) kept.set(keyOf(index), size);
        }
        measured.clear();
        kept.forEach((size, key) => measured.set(key, size));
      }
      count = rowCount;
      keyAt = (index) => (index >= 0 && index < count ? keyOf(index) : undefined);
      sizes = new Float64Array(count);
      offsets = new Float64Array(count + 1);
      for (let index = 0; index < count; index++) {
        const size = (measured.size > 0 && measured.get(keyOf(index))) || sizeOf(estimateOf(index));
        sizes[index] = size;
        offsets[index + 1] = (offsets[index] as number) + size;
      }
      valid = count;
      range = "";
    },
    keyAt: (index) => keyAt(index),
    measure(index, key, size) {
      if (!(size > 0)) return false;
      if (keyAt(index) !== key) {
        measured.set(key, size);
        return false;
      }
      const delta = size - (sizes[index] as number);
      // Less than a pixel is how two ways of measuring differ (a moved row's rect snaps to 1/64 px), not a change.
      if (Math.abs(delta) < 1) {
        if (!measured.has(key)) measured.set(key, sizes[index] as number);
        return false;
      }
      // A row above the viewport resized, or came into the overscan while scrolling up: keep the
      // rows in view still. A row first measured after a jump down has nothing on screen to keep.
      const resized = measured.has(key);
      measured.set(key, size);
      update(index);
      if ((offsets[index] as number) < scrollTop && (resized || backward)) adjustment += delta;
      sizes[index] = size;
      valid = Math.min(valid, index);
      return true;
    },
    setViewport(top, size = viewportSize) {
      if (top !== scrollTop) backward = top < scrollTop;
      scrollTop = top;
      viewportSize = size;
      const { start, end } = visible();
      const previous = range;
      range = `${start}:${end}`;
      return range !== previous;
    },
    isBelowViewport(index) {
      update(index);
      // Past the end after the list shrank, everything counts as in view: the safe answer.
      return viewportSize > 0 && (offsets[index] as number) >= scrollTop + viewportSize;
    },
    getItems(overscan, keep) {
      const shown = visible();
      range = `${shown.start}:${shown.end}`;
      return rangeIndexes(shown, count, overscan, keep).map((index) => ({
        index,
        key: keyAt(index) as string,
        start: offsets[index] as number,
        size: sizes[index] as number,
      }));
    },
    getTotalSize() {
      update(count);
      return offsets[count] as number;
    },
    scrollTargetFor(index) {
      if (index < 0 || index >= count) return undefined;
      update(index + 1);
      return scrollTargetFor(offsets[index] as number, offsets[index + 1] as number, scrollTop, viewportSize);
    },
    takeScrollAdjustment() {
      const taken = adjustment;
      adjustment = 0;
      return taken;
    },
  };
}

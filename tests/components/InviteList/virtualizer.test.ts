import { describe, expect, it, vi } from "vitest";
import {
  createVirtualLayout,
  findRowAt,
  findVisibleRange,
  rangeIndexes,
  scrollTargetFor,
  type VirtualLayout,
} from "../../../src/components/InviteList/virtualizer";

/** Prefix offsets of rows with the given sizes: `offsets[i]` is where row `i` starts. */
function offsetsOf(sizes: number[]): number[] {
  const offsets = [0];
  for (const size of sizes) offsets.push((offsets[offsets.length - 1] as number) + size);
  return offsets;
}

/** A layout of `count` rows keyed `row-<n>` (or by `keys`), each estimated at `estimate` pixels. */
function layoutOf(count: number, estimate = 10, keys?: string[]): VirtualLayout {
  const layout = createVirtualLayout();
  layout.setRows(count, (index) => keys?.[index] ?? `row-${index}`, () => estimate);
  return layout;
}

const indexesOf = (layout: VirtualLayout, overscan = 0, keep?: number) => layout.getItems(overscan, keep).map((item) => item.index);

describe("findRowAt", () => {
  const offsets = offsetsOf([10, 20, 30, 40]); // rows start at 0, 10, 30, 60; the list ends at 100

  it("finds the row containing a position, a boundary belonging to the row that starts there", () => {
    expect([0, 9, 10, 29, 30, 59, 60, 99].map((position) => findRowAt(offsets, 4, position))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it("answers the first row before the list and the last one past its end", () => {
    expect(findRowAt(offsets, 4, -5)).toBe(0);
    expect(findRowAt(offsets, 4, 1_000)).toBe(3);
  });

  it("searches 100,000 rows in a handful of reads", () => {
    const count = 100_000;
    let reads = 0;
    const counted = new Proxy([] as number[], {
      get(_target, property) {
        reads++;
        return Number(property) * 10;
      },
    });
    expect(findRowAt(counted, count, 654_321)).toBe(65_432);
    expect(reads).toBeLessThanOrEqual(20);
  });
});

describe("findVisibleRange", () => {
  const offsets = offsetsOf(Array.from({ length: 10 }, () => 10)); // 10 rows of 10 px

  it("covers every row that is at least partly in view", () => {
    expect(findVisibleRange(offsets, 10, 0, 35)).toEqual({ start: 0, end: 3 });
    expect(findVisibleRange(offsets, 10, 15, 35)).toEqual({ start: 1, end: 4 });
  });

  it("leaves out a row that starts exactly at the bottom edge", () => {
    expect(findVisibleRange(offsets, 10, 10, 30)).toEqual({ start: 1, end: 3 });
  });

  it("shows the row at the scroll position when the viewport has no size yet (no layout)", () => {
    expect(findVisibleRange(offsets, 10, 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it("treats a scroll position past the end (the list shrank under it) as the end", () => {
    expect(findVisibleRange(offsets, 10, 5_000, 35)).toEqual({ start: 6, end: 9 });
    expect(findVisibleRange(offsetsOf([10, 10]), 2, 5_000, 35)).toEqual({ start: 0, end: 1 });
  });

  it("is empty without rows", () => {
    expect(findVisibleRange([0], 0, 0, 100)).toEqual({ start: 0, end: -1 });
  });
});

describe("rangeIndexes", () => {
  it("widens the visible rows by the overscan, within the list", () => {
    expect(rangeIndexes({ start: 5, end: 7 }, 20, 2)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(rangeIndexes({ start: 0, end: 1 }, 3, 6)).toEqual([0, 1, 2]);
  });

  it("keeps the focused row rendered on whichever side it is, in order", () => {
    expect(rangeIndexes({ start: 50, end: 51 }, 100, 1, 3)).toEqual([3, 49, 50, 51, 52]);
    expect(rangeIndexes({ start: 50, end: 51 }, 100, 1, 99)).toEqual([49, 50, 51, 52, 99]);
    expect(rangeIndexes({ start: 50, end: 51 }, 100, 1, 51)).toEqual([49, 50, 51, 52]);
  });

  it("ignores a kept row that no longer exists", () => {
    expect(rangeIndexes({ start: 0, end: 1 }, 2, 0, 7)).toEqual([0, 1]);
  });

  it("is empty without rows", () => {
    expect(rangeIndexes({ start: 0, end: -1 }, 0, 6, 0)).toEqual([]);
  });
});

describe("scrollTargetFor (align auto)", () => {
  it("does not move when the row is fully in view", () => {
    expect(scrollTargetFor(100, 150, 80, 100)).toBeUndefined();
  });

  it("puts a row above the viewport at the top", () => {
    expect(scrollTargetFor(40, 90, 80, 100)).toBe(40);
  });

  it("puts a row below the viewport at the bottom", () => {
    expect(scrollTargetFor(200, 250, 80, 100)).toBe(150);
  });

  it("puts the start of a row taller than the viewport at the top", () => {
    expect(scrollTargetFor(200, 500, 80, 100)).toBe(200);
  });
});

describe("createVirtualLayout", () => {
  describe("before measuring", () => {
    it("lays rows out by their estimates", () => {
      const layout = createVirtualLayout();
      layout.setRows(4, (index) => `row-${index}`, (index) => (index === 0 ? 56 : 88));
      layout.setViewport(0, 140);
      expect(layout.getTotalSize()).toBe(56 + 3 * 88);
      expect(layout.getItems(0)).toEqual([
        { index: 0, key: "row-0", start: 0, size: 56 },
        { index: 1, key: "row-1", start: 56, size: 88 },
      ]);
    });

    it("renders only a window of 10,000 rows, with the overscan", () => {
      const layout = layoutOf(10_000, 80);
      layout.setViewport(400_000, 800);
      expect(indexesOf(layout, 6)).toEqual(Array.from({ length: 10 + 12 }, (_, offset) => 4_994 + offset));
    });
  });

  describe("with an estimate that is no size (0, negative, NaN, Infinity)", () => {
    it.each([0, -88, Number.NaN, Number.POSITIVE_INFINITY])("still shows the first rows and a finite total (estimate %s)", (estimate) => {
      const layout = layoutOf(1_000, estimate);
      layout.setViewport(0, 10);
      expect(indexesOf(layout)[0]).toBe(0);
      expect(layout.getTotalSize()).toBeGreaterThan(0);
      expect(Number.isFinite(layout.getTotalSize())).toBe(true);
      layout.setViewport(layout.getTotalSize() / 2, 10);
      expect(indexesOf(layout)).toContain(500);
    });
  });

  describe("measuring", () => {
    it("moves every later row and the total by the difference", () => {
      const layout = layoutOf(5);
      expect(layout.measure(1, "row-1", 25)).toBe(true);
      layout.setViewport(0, 1_000);
      expect(layout.getItems(0).map((item) => [item.start, item.size])).toEqual([
        [0, 10],
        [10, 25],
        [35, 10],
        [45, 10],
        [55, 10],
      ]);
      expect(layout.getTotalSize()).toBe(65);
    });

    it("reports no change for the same size, and keeps the estimate for a size of 0 (no layout)", () => {
      const layout = layoutOf(3);
      expect(layout.measure(0, "row-0", 10)).toBe(false);
      expect(layout.measure(0, "row-0", 0)).toBe(false);
      expect(layout.getTotalSize()).toBe(30);
    });

    it("keeps the offsets right through several changes in any order", () => {
      const sizes = Array.from({ length: 50 }, () => 10);
      const layout = layoutOf(50);
      for (const [index, size] of [
        [30, 17],
        [2, 41],
        [49, 3],
        [2, 12],
        [0, 99],
      ] as const) {
        layout.measure(index, `row-${index}`, size);
        sizes[index] = size;
        layout.setViewport(0, 10_000);
        expect(layout.getItems(0).map((item) => item.start)).toEqual(offsetsOf(sizes).slice(0, 50));
      }
      expect(layout.getTotalSize()).toBe(sizes.reduce((sum, size) => sum + size, 0));
    });

    it("keeps measured sizes by key when the rows are filtered and re-ordered", () => {
      const layout = layoutOf(3, 10, ["a", "b", "c"]);
      layout.measure(2, "c", 40);
      layout.setRows(2, (index) => ["c", "a"][index] as string, () => 10);
      layout.setViewport(0, 1_000);
      expect(layout.getItems(0)).toEqual([
        { index: 0, key: "c", start: 0, size: 40 },
        { index: 1, key: "a", start: 40, size: 10 },
      ]);
    });

    it("stores a measurement for a key no longer at that index without moving the current rows", () => {
      const layout = layoutOf(2, 10, ["a", "b"]);
      expect(layout.measure(0, "b", 30)).toBe(false);
      expect(layout.getTotalSize()).toBe(20);
      layout.setRows(2, (index) => ["b", "a"][index] as string, () => 10);
      expect(layout.getTotalSize()).toBe(40);
    });

    it("asks to scroll by the change of rows above the viewport that were measured before, not of rows in or below it", () => {
      const layout = layoutOf(100);
      for (const index of [10, 20, 55, 80]) layout.measure(index, `row-${index}`, 12);
      layout.setViewport(500, 100);
      layout.takeScrollAdjustment();
      layout.measure(10, "row-10", 25);
      layout.measure(20, "row-20", 4);
      layout.measure(55, "row-55", 30);
      layout.measure(80, "row-80", 30);
      expect(layout.takeScrollAdjustment()).toBe(13 - 8);
      expect(layout.takeScrollAdjustment()).toBe(0);
    });

    it("asks to scroll for rows first measured above the viewport while scrolling up, not after a jump down", () => {
      const layout = layoutOf(100);
      layout.setViewport(500, 100);
      layout.measure(10, "row-10", 25);
      expect(layout.takeScrollAdjustment()).toBe(0);
      layout.setViewport(400);
      layout.measure(20, "row-20", 30);
      expect(layout.takeScrollAdjustment()).toBe(20);
    });

    it("tells rows below the viewport from rows in or above it", () => {
      const layout = layoutOf(100);
      layout.setViewport(500, 100);
      expect([49, 50, 59, 60, 99].map((index) => layout.isBelowViewport(index))).toEqual([false, false, false, true, true]);
      layout.setViewport(500, 0);
      expect(layout.isBelowViewport(99)).toBe(false);
    });

    it("keeps the measurements of the current rows when it drops old ones", () => {
      const layout = createVirtualLayout();
      const many = 60_001;
      layout.setRows(many, (index) => `old-${index}`, () => 10);
      for (let index = 0; index < many; index++) layout.measure(index, `old-${index}`, 20);
      layout.setRows(2, (index) => (index === 0 ? "old-7" : "new"), () => 10);
      expect(layout.getTotalSize()).toBe(30);
    });
  });

  describe("scrolling", () => {
    it("says the visible rows changed only when they did", () => {
      const layout = layoutOf(1_000);
      expect(layout.setViewport(0, 100)).toBe(true);
      expect(layout.setViewport(5)).toBe(true); // row 10 comes into view at the bottom
      expect(layout.setViewport(6)).toBe(false);
      expect(layout.setViewport(9)).toBe(false);
      expect(layout.setViewport(10)).toBe(true);
    });

    it("does no per-row work on a scroll", () => {
      const keyOf = vi.fn((index: number) => `row-${index}`);
      const estimateOf = vi.fn(() => 10);
      const layout = createVirtualLayout();
      layout.setRows(10_000, keyOf, estimateOf);
      keyOf.mockClear();
      estimateOf.mockClear();
      for (let top = 0; top < 100_000; top += 97) layout.setViewport(top, 500);
      expect(keyOf).not.toHaveBeenCalled();
      expect(estimateOf).not.toHaveBeenCalled();
    });

    it("keeps the focused row among the rendered ones, far from the viewport", () => {
      const layout = layoutOf(10_000);
      layout.setViewport(50_000, 30);
      expect(indexesOf(layout, 1, 2)).toEqual([2, 4_999, 5_000, 5_001, 5_002, 5_003]);
    });

    it("still renders the last rows after the list shrank under the scroll position", () => {
      const layout = layoutOf(1_000);
      layout.setViewport(9_000, 50);
      layout.setRows(8, (index) => `row-${index}`, () => 10);
      expect(indexesOf(layout)).toEqual([3, 4, 5, 6, 7]);
    });
  });

  describe("scroll to a row", () => {
    it("scrolls the least distance, using measured sizes, and not at all when the row is in view", () => {
      const layout = layoutOf(100);
      layout.setViewport(0, 50);
      layout.measure(3, "row-3", 100);
      expect(layout.scrollTargetFor(2)).toBeUndefined();
      expect(layout.scrollTargetFor(3)).toBe(30); // taller than the viewport: its start at the top
      expect(layout.scrollTargetFor(99)).toBe(1_090 - 50);
      layout.setViewport(500);
      expect(layout.scrollTargetFor(0)).toBe(0);
    });

    it("ignores an index outside the list", () => {
      const layout = layoutOf(3);
      expect(layout.scrollTargetFor(3)).toBeUndefined();
      expect(layout.scrollTargetFor(-1)).toBeUndefined();
    });
  });
});

/**
 * React and DOM binding of the inbox's {@link createVirtualLayout virtual layout}: a passive
 * scroll listener and a `ResizeObserver` on the scroll element, rows measured when they
 * mount (before paint) and again whenever they change size, observers let go of rows that
 * left the document and disconnected on unmount. The component re-renders (through
 * `useSyncExternalStore`) only when the visible rows or the layout change, not on every
 * scroll event.
 */
import { useLayoutEffect, useState, useSyncExternalStore } from "react";
import type { RefObject } from "react";
import { createVirtualLayout, type VirtualItem } from "./virtualizer";

/** Options of {@link useVirtualizer}. */
export interface VirtualizerOptions<Row> {
  /** The rows; a new array (or a new `estimateSize`) re-lays them out, so keep both stable. */
  rows: readonly Row[];
  /** A row's key: measured sizes follow it when rows are filtered or re-ordered. */
  getKey(row: Row): string;
  /** A row's size in pixels until it has been measured. */
  estimateSize(row: Row): number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
  /** A row index rendered wherever it is (the row holding the roving tab stop). */
  keepIndex?: number;
  /** The scroll element; each rendered row carries `data-index` and `ref={virtualizer.measureElement}`. */
  scrollRef: RefObject<HTMLElement | null>;
}

/** What the list component calls on the virtualizer. */
export interface Virtualizer {
  /** Ref of every rendered row (with `data-index`): measures it now and whenever it resizes. */
  measureElement(element: Element | null): void;
  /** The height of all rows together (the canvas height). */
  getTotalSize(): number;
  /**
   * Scrolls the least distance that brings row `index` fully into view (`align: "auto"`), and
   * again while measuring the rows that mount around it moves it (their offsets were estimates).
   */
  scrollToIndex(index: number): void;
}

/** What {@link useVirtualizer} returns. */
export interface VirtualizerState {
  /** Stable across renders. */
  virtualizer: Virtualizer;
  /** The rows to render now, ascending. */
  virtualItems: VirtualItem[];
}

/** Virtualized rows for a scroll element; see the module documentation. */
export function useVirtualizer<Row>({ rows, getKey, estimateSize, overscan, keepIndex, scrollRef }: VirtualizerOptions<Row>): VirtualizerState {
  const [binding] = useState(createBinding);
  // Before reading the store, so the snapshot already counts the new rows.
  binding.setRows(rows, getKey, estimateSize);
  useSyncExternalStore(binding.subscribe, binding.getVersion, binding.getVersion);
  useLayoutEffect(() => binding.detach, [binding]);
  useLayoutEffect(() => binding.commit(scrollRef.current));
  return { virtualizer: binding.virtualizer, virtualItems: binding.getItems(overscan, keepIndex) };
}

/** A row's index from its `data-index` attribute (NaN without one, which matches no row). */
function indexOf(element: Element): number {
  return Number(element.getAttribute("data-index") ?? Number.NaN);
}

/** Commits a scroll-to-index target is followed through at most (each measures the rows it mounted). */
const TARGET_COMMITS = 8;
/**
 * Re-renders in a row that commits may ask for before paint. Rows measured far taller than
 * estimated can pull ever more rows into view (each measurement moves the viewport's rows),
 * and React gives up after 50 nested updates; past this, the rest waits a frame each.
 */
const SYNC_RENDERS = 10;

function createBinding() {
  const layout = createVirtualLayout();
  const listeners = new Set<() => void>();
  // Rows with a measurement pending (mounted since the last commit) and rows being observed.
  const pending = new Set<Element>();
  const observed = new Set<Element>();
  // The row key an element was rendered for: an element keeps its key for its whole life.
  const keyOfElement = new WeakMap<Element, string>();
  let version = 0;
  let element: HTMLElement | null = null;
  let resizeObserver: ResizeObserver | undefined;
  let frame = 0;
  // The layout changed since the last render.
  let stale = false;
  let laidOut: [readonly unknown[], unknown, unknown] | undefined;
  // The row scrollToIndex went to, followed while the rows mounted around it are measured and
  // move it (its offset was an estimate); let go once a commit measures nothing new, after a few
  // commits, or when the user scrolls. `scrolledTo` is the position set for it.
  let scrollTarget: { index: number; key: string; commits: number } | undefined;
  let scrolledTo = Number.NaN;
  // Commits in a row that re-rendered before paint.
  let syncRenders = 0;

  function emit() {
    version++;
    listeners.forEach((listener) => listener());
  }

  /** Re-renders on the next frame, unless a render comes first. */
  function emitLater() {
    stale = true;
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (stale) emit();
    });
  }

  function measure(row: Element, size: number) {
    const key = keyOfElement.get(row);
    return key !== undefined && layout.measure(indexOf(row), key, size);
  }

  function readScroll() {
    return element !== null && layout.setViewport(element.scrollTop, element.clientHeight);
  }

  function onScroll() {
    if (!element) return;
    if (element.scrollTop !== scrolledTo) scrollTarget = undefined;
    if (layout.setViewport(element.scrollTop)) emit();
  }

  /**
   * Scrolls the target row of scrollToIndex (back) into view when it is not; lets it go when
   * it is in place and nothing was `moved` by a measurement. `true` when the visible rows may
   * have changed (the caller re-renders).
   */
  function followTarget(moved: boolean): boolean {
    if (!scrollTarget || !element) return false;
    if (layout.keyAt(scrollTarget.index) !== scrollTarget.key || scrollTarget.commits-- <= 0) {
      scrollTarget = undefined;
      return false;
    }
    const before = element.scrollTop;
    const changed = layout.setViewport(before);
    const top = layout.scrollTargetFor(scrollTarget.index);
    if (top !== undefined && top !== before) {
      element.scrollTop = top;
      scrolledTo = element.scrollTop;
      // Clamped where it was (the canvas has not grown yet): the next commit tries again.
      if (scrolledTo !== before) {
        // This scroll places the rows; keeping the rows above still would undo it.
        layout.takeScrollAdjustment();
        layout.setViewport(scrolledTo);
        return true;
      }
    }
    if (!moved) scrollTarget = undefined;
    return changed;
  }

  function onResize(entries: ResizeObserverEntry[]) {
    let changed = false;
    for (const { target, borderBoxSize } of entries) {
      if (target === element) changed = readScroll() || changed;
      else if (!target.isConnected) forget(target);
      else changed = measure(target, borderBoxSize?.[0]?.blockSize ?? target.getBoundingClientRect().height) || changed;
    }
    if (changed) changed = followTarget(true) || changed;
    adjustScroll();
    // Re-rendering inside the observer callback would observe new rows in the same frame
    // (a "ResizeObserver loop" error); the next frame is soon enough.
    if (changed) emitLater();
  }

  /**
   * Rows above the viewport changed size: scroll by as much, so the rows in view stay put.
   * The scroll event that follows brings the layout's scroll position up to date.
   */
  function adjustScroll() {
    const adjustment = layout.takeScrollAdjustment();
    if (element && adjustment !== 0) element.scrollTop += adjustment;
  }

  function forget(row: Element) {
    observed.delete(row);
    resizeObserver?.unobserve(row);
  }

  function detach() {
    element?.removeEventListener("scroll", onScroll);
    resizeObserver?.disconnect();
    resizeObserver = undefined;
    if (frame !== 0) cancelAnimationFrame(frame);
    frame = 0;
    element = null;
  }

  const virtualizer: Virtualizer = {
    measureElement(row) {
      if (!row) return;
      const key = layout.keyAt(indexOf(row));
      if (key === undefined) return;
      keyOfElement.set(row, key);
      pending.add(row);
      observed.add(row);
      resizeObserver?.observe(row);
    },
    getTotalSize: () => layout.getTotalSize(),
    scrollToIndex(index) {
      const key = layout.keyAt(index);
      if (!element || key === undefined) return;
      scrollTarget = { index, key, commits: TARGET_COMMITS };
      if (followTarget(false)) emit();
    },
  };

  return {
    layout,
    virtualizer,
    detach,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getVersion: () => version,
    getItems(overscan: number, keepIndex: number | undefined) {
      stale = false;
      return layout.getItems(overscan, keepIndex);
    },
    setRows<Row>(rows: readonly Row[], getKey: (row: Row) => string, estimateSize: (row: Row) => number) {
      if (laidOut?.[0] === rows && laidOut[1] === getKey && laidOut[2] === estimateSize) return;
      laidOut = [rows, getKey, estimateSize];
      layout.setRows(rows.length, (index) => getKey(rows[index] as Row), (index) => estimateSize(rows[index] as Row));
      version++;
    },
    /** After every commit: follow a new scroll element, keep rows in view still, measure new rows. */
    commit(target: HTMLElement | null) {
      let changed = false;
      if (target !== element) {
        detach();
        element = target;
        if (element) {
          element.addEventListener("scroll", onScroll, { passive: true });
          if (typeof ResizeObserver === "function") {
            resizeObserver = new ResizeObserver(onResize);
            resizeObserver.observe(element);
            observed.forEach((row) => resizeObserver?.observe(row));
          }
          changed = readScroll();
        }
      }
      // Rows in or above the viewport must be in place before paint; rows below it (the
      // overscan a scroll down mounts) can wait a frame, which saves a render and a layout.
      let below = false;
      let moved = false;
      pending.forEach((row) => {
        if (row.isConnected && measure(row, row.getBoundingClientRect().height)) {
          moved = true;
          if (layout.isBelowViewport(indexOf(row))) below = true;
          else changed = true;
        }
      });
      pending.clear();
      changed = followTarget(moved) || changed;
      adjustScroll();
      observed.forEach((row) => {
        if (!row.isConnected) forget(row);
      });
      if (changed && syncRenders++ < SYNC_RENDERS) emit();
      else if (changed || below) emitLater();
      if (!changed) syncRenders = 0;
    },
  };
}

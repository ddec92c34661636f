/**
 * The inbox's virtualized rows with roving focus (WAI-ARIA APG): one row is in the tab
 * order, the arrow keys move focus between rows (scrolling rows that are not rendered yet
 * into view first), the focusable row is never virtualized away, and when the focused
 * invite disappears focus lands on its neighbour. The virtualizer is `@tanstack/react-virtual`:
 * rows keyed by invite, measured as they mount and whenever they resize.
 */
import { defaultRangeExtractor, measureElement, observeElementRect, useVirtualizer, type Range, type VirtualItem, type Virtualizer } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { FocusEvent, KeyboardEvent, RefObject } from "react";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { InviteRows } from "./groupInvites";
import { focusTargetFor, nextGroupIndex, nextItemIndex, visibleItemCount } from "./keyboard";

/** Options of {@link useVirtualRovingList}. */
export interface VirtualRovingListOptions {
  /** The rows from `buildRows`. */
  rows: InviteRows;
  /** Estimated height of a heading and of an item row, before measuring (not a positive finite number: 50). */
  estimate: { heading: number; item: number };
  /** Where focus goes when the last row vanished while focused. */
  fallbackFocus(): HTMLElement | null;
  /** Enter on a row. */
  onOpen?(entry: InviteEntry): void;
  /** A row index also kept rendered while scrolled away (the heading holding an open confirmation). */
  keepIndex?: number;
}

/** What {@link useVirtualRovingList} returns. */
export interface VirtualRovingList {
  /** Attach to the scroll viewport. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The virtualizer (for `measureElement` and the total size). */
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The rows to render now. */
  virtualItems: VirtualItem[];
  /** The room whose row is in the tab order. */
  tabbableRoomId: string | undefined;
  /** `onFocus` of the list's root (tracks the active row). */
  handleFocus(event: FocusEvent<HTMLElement>): void;
  /** `onBlur` of the list's root. */
  handleBlur(event: FocusEvent<HTMLElement>): void;
  /** `onKeyDown` of the viewport (delegated for every row). */
  handleKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

/** Keyboard targets that keep their own arrow keys. */
const TEXT_INPUTS = "input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog";

/**
 * The estimate of a row whose given estimate is no size (0, negative, NaN, infinite): with 0
 * every unmeasured row would start at 0 (the first invites never shown), with NaN nowhere.
 */
const FALLBACK_ESTIMATE = 50;

function usableEstimate(size: number): number {
  return size > 0 && size < Infinity ? size : FALLBACK_ESTIMATE;
}

/**
 * The viewport's size as TanStack observes it, except that a viewport without one (no layout
 * yet: a hidden container, a test DOM) counts as one pixel tall, so the first rows and the
 * focusable row are still rendered instead of none.
 */
const observeViewportRect: typeof observeElementRect = (instance, callback) =>
  observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { ...rect, height: 1 }));

/**
 * A row's height as TanStack measures it, except that a row without one (no layout) keeps the
 * height it had, or its estimate: rows of 0 px would all fit in view, and every row would render.
 */
const measureRow: typeof measureElement = (element, entry, instance) => {
  const size = measureElement(element, entry, instance);
  if (size > 0) return size;
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
};

/** Virtualized rows with roving focus; see the module documentation. */
export function useVirtualRovingList({ rows: built, estimate, fallbackFocus, onOpen, keepIndex }: VirtualRovingListOptions): VirtualRovingList {
  const { rows, items, rowIndexByRoomId } = built;
  const [active, setActive] = useState<{ roomId: string; index: number } | undefined>(undefined);
  const scrollRef = useRef<HTMLDivElement>(null);
  const lastFocused = useRef<HTMLElement | undefined>(undefined);
  const pendingFocus = useRef<string | undefined>(undefined);

  // The row keeping the tab stop: the active one, or its neighbour once it is gone, or the first.
  let activeItem: (typeof items)[number] | undefined;
  if (active) {
    const rowIndex = rowIndexByRoomId.get(active.roomId);
    const row = rowIndex === undefined ? undefined : rows[rowIndex];
    activeItem = row?.type === "item" ? row : items[Math.min(active.index, items.length - 1)];
  }
  const tabbableItem = activeItem ?? items[0];
  const keptRowIndex = tabbableItem ? rowIndexByRoomId.get(tabbableItem.entry.roomId) : undefined;

  const headingSize = usableEstimate(estimate.heading);
  const itemSize = usableEstimate(estimate.item);
  // Measured sizes follow the invite, not the position, when rows are filtered or re-ordered.
  // TanStack re-reads estimates only when the key function changes: a new estimate makes a new one.
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows, headingSize, itemSize]); // eslint-disable-line react-hooks/exhaustive-deps
  const estimateSize = useCallback((index: number) => (rows[index]?.type === "heading" ? headingSize : itemSize), [rows, headingSize, itemSize]);
  // The focusable row is never virtualized away: focus would fall back to <body> while scrolling.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const kept = [keptRowIndex, keepIndex].filter((index): index is number => index !== undefined && !indexes.includes(index));
      if (kept.length === 0) return indexes;
      return [...new Set([...indexes, ...kept])].sort((first, second) => first - second);
    },
    [keptRowIndex, keepIndex],
  );

  // TanStack's instance is stable and mutable; nothing here memoizes what it returns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    observeElementRect: observeViewportRect,
    measureElement: measureRow,
    estimateSize,
    getItemKey,
    overscan: 6,
    rangeExtractor,
  });
  const virtualItems = virtualizer.getVirtualItems();

  /** PageDown and PageUp move by the invites in view, not by the rows rendered around them. */
  function pageSize(): number {
    const offset = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    return visibleItemCount(
      virtualItems.map((item) => ({ start: item.start, end: item.end, isItem: rows[item.index]?.type === "item" })),
      offset,
      height,
    );
  }

  function focusItem(itemIndex: number) {
    const item = items[itemIndex];
    const rowIndex = item ? rowIndexByRoomId.get(item.entry.roomId) : undefined;
    if (!item || rowIndex === undefined) return;
    const rendered = scrollRef.current ? focusTargetFor(scrollRef.current, rowIndex) : null;
    if (rendered) {
      rendered.focus();
      rendered.scrollIntoView?.({ block: "nearest" });
      return;
    }
    // Not rendered yet: make it the active row (the range keeps it), scroll there, focus after the render.
    pendingFocus.current = item.entry.roomId;
    setActive({ roomId: item.entry.roomId, index: itemIndex });
    virtualizer.scrollToIndex(rowIndex, { align: "auto" });
  }

  // Focus a row once it is rendered (after a key press, or when the focused invite vanished).
  useLayoutEffect(() => {
    const lost = lastFocused.current !== undefined && !lastFocused.current.isConnected;
    const focusIsOnBody = document.activeElement === null || document.activeElement === document.body;
    if (lost && focusIsOnBody && pendingFocus.current === undefined) {
      lastFocused.current = undefined;
      if (!tabbableItem) {
        fallbackFocus()?.focus();
        return;
      }
      pendingFocus.current = tabbableItem.entry.roomId;
    }
    const roomId = pendingFocus.current;
    const viewport = scrollRef.current;
    if (roomId === undefined || !viewport) return;
    const target = focusTargetFor(viewport, rowIndexByRoomId.get(roomId));
    if (target) {
      pendingFocus.current = undefined;
      target.focus();
    }
  });

  function handleFocus(event: FocusEvent<HTMLElement>) {
    const row = (event.target as HTMLElement).closest<HTMLElement>("[data-item-index]");
    // Only focus inside a row is restored when its element vanishes (the invite went away).
    lastFocused.current = row ? event.target : undefined;
    const roomId = row?.dataset.roomId;
    const index = Number(row?.dataset.itemIndex);
    if (roomId !== undefined && (active?.roomId !== roomId || active.index !== index)) setActive({ roomId, index });
  }

  function handleBlur(event: FocusEvent<HTMLElement>) {
    const next = event.relatedTarget as Node | null;
    if (next && !event.currentTarget.contains(next)) {
      lastFocused.current = undefined;
    } else if (!next) {
      // No new target: focus left the page, or the element was removed. Only a removal keeps the record.
      const element = event.target;
      setTimeout(() => {
        if (lastFocused.current === element && element.isConnected) lastFocused.current = undefined;
      }, 0);
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest(TEXT_INPUTS)) return;
    const row = target.closest<HTMLElement>("[data-item-index]");
    if (!row) return;
    const current = Number(row.dataset.itemIndex);
    if (event.altKey) {
      // Alt+ArrowDown / Alt+ArrowUp: the first invite of the next or previous group, even
      // when its heading is far outside the rendered rows.
      const next = event.shiftKey ? undefined : nextGroupIndex(event.key, current, items.length, (index) => items[index]?.group);
      if (event.key === "ArrowDown" || event.key === "ArrowUp") event.preventDefault();
      if (next !== undefined) focusItem(next);
      return;
    }
    // Space on a row (not on one of its buttons) would scroll the viewport and carry the focused row off screen.
    if (event.key === " " && target === row) {
      event.preventDefault();
      return;
    }
    if (event.key === "Enter" && target === row && onOpen) {
      const entry = items[current]?.entry;
      if (entry) {
        event.preventDefault();
        onOpen(entry);
      }
      return;
    }
    const next = nextItemIndex(event.key, current, items.length, pageSize());
    if (next === undefined) return;
    event.preventDefault();
    focusItem(next);
  }

  return {
    scrollRef,
    virtualizer,
    virtualItems,
    tabbableRoomId: tabbableItem?.entry.roomId,
    handleFocus,
    handleBlur,
    handleKeyDown,
  };
}

/**
 * The inbox's virtualized rows with roving focus (WAI-ARIA APG): one row is in the tab
 * order, the arrow keys move focus between rows (scrolling rows that are not rendered yet
 * into view first), the focusable row is never virtualized away, and when the focused
 * invite disappears focus lands on its neighbour.
 */
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { FocusEvent, KeyboardEvent, RefObject } from "react";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { InviteListRow, InviteRows } from "./groupInvites";
import { focusTargetFor, nextItemIndex } from "./keyboard";
import type { VirtualItem } from "./virtualizer";
import { useVirtualizer, type Virtualizer } from "./virtualizerHook";

/** Options of {@link useVirtualRovingList}. */
export interface VirtualRovingListOptions {
  /** The rows from `buildRows`. */
  rows: InviteRows;
  /** Estimated height of a heading and of an item row, before measuring. */
  estimate: { heading: number; item: number };
  /** Where focus goes when the last row vanished while focused. */
  fallbackFocus(): HTMLElement | null;
  /** Enter on a row. */
  onOpen?(entry: InviteEntry): void;
}

/** What {@link useVirtualRovingList} returns. */
export interface VirtualRovingList {
  /** Attach to the scroll viewport. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The virtualizer (for `measureElement` and the total size). */
  virtualizer: Virtualizer;
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

/** Rows keep their measured height by key. */
const keyOfRow = (row: InviteListRow) => row.key;

/** Virtualized rows with roving focus; see the module documentation. */
export function useVirtualRovingList({ rows: built, estimate, fallbackFocus, onOpen }: VirtualRovingListOptions): VirtualRovingList {
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

  const { heading: headingSize, item: itemSize } = estimate;
  const estimateSize = useMemo(() => (row: InviteListRow) => (row.type === "heading" ? headingSize : itemSize), [headingSize, itemSize]);
  // The focusable row is never virtualized away: focus would fall back to <body> while scrolling.
  const { virtualizer, virtualItems } = useVirtualizer({
    rows,
    getKey: keyOfRow,
    estimateSize,
    overscan: 6,
    keepIndex: keptRowIndex,
    scrollRef,
  });

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
    virtualizer.scrollToIndex(rowIndex);
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
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest(TEXT_INPUTS)) return;
    const row = target.closest<HTMLElement>("[data-item-index]");
    if (!row) return;
    const current = Number(row.dataset.itemIndex);
    if (event.key === "Enter" && target === row && onOpen) {
      const entry = items[current]?.entry;
      if (entry) {
        event.preventDefault();
        onOpen(entry);
      }
      return;
    }
    const next = nextItemIndex(event.key, current, items.length, Math.max(1, virtualItems.length - 2));
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

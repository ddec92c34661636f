/**
 * The inbox's multi-select in React: a state over the core's pure selection functions
 * (`inviteSelection.ts`), what is selected among the invites shown, and the keys: Space on a
 * row toggles it, Shift+ArrowUp/ArrowDown extends the range from the anchor (the roving list
 * then moves focus). The selection lives here, not in the rows, so rows virtualized away and
 * back keep it; an invite that leaves the list leaves the selection.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import type { InviteGroupKind } from "../../core/inviteGroups";
import {
  EMPTY_SELECTION,
  keepSelectedWhere,
  selectRange,
  setSelected,
  toggleSelected,
  type InviteSelection,
} from "../../core/inviteSelection";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { InviteRows } from "./groupInvites";

/** What {@link useListSelection} returns. */
export interface ListSelection {
  /** The selection among the invites shown (filtered, not hidden). */
  selection: InviteSelection;
  /** The selected invites, in display order. */
  selectedEntries(): InviteEntry[];
  /** A row's checkbox changed: toggles it, or with Shift selects the range from the anchor. */
  toggle(roomId: string, range: boolean): void;
  /** "Select all" of a group (or its undo). */
  selectGroup(group: InviteGroupKind, selected: boolean): void;
  /** How many invites of a group are selected. */
  countIn(group: InviteGroupKind): number;
  /** Clears the selection. */
  clear(): void;
  /** `onKeyDown` before the roving list's: Space (prevented) and Shift+Arrow (left for the list to move focus) on a row. */
  handleKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

/** Multi-select over the built rows; see the module documentation. */
export function useListSelection(built: InviteRows, onChange?: (count: number) => void): ListSelection {
  const [stored, setStored] = useState<InviteSelection>(EMPTY_SELECTION);
  // Only invites still shown count (a declined, accepted or withdrawn invite drops out): O(selected).
  const selection = useMemo(() => keepSelectedWhere(stored, (key) => built.groupByRoomId.has(key)), [stored, built]);
  const latest = useRef({ selection, built, onChange });
  useEffect(() => {
    latest.current = { selection, built, onChange };
  });
  const orderedKeys = useMemo(() => built.items.map((item) => item.entry.roomId), [built]);

  const update = useCallback((next: (current: InviteSelection) => InviteSelection) => {
    const current = latest.current.selection;
    const value = next(current);
    if (value === current) return;
    setStored(value);
    latest.current.onChange?.(value.keys.size);
  }, []);

  const toggle = useCallback(
    (roomId: string, range: boolean) => update((current) => (range ? selectRange(current, orderedKeys, roomId) : toggleSelected(current, roomId))),
    [update, orderedKeys],
  );

  const entriesOf = useCallback((group: InviteGroupKind) => latest.current.built.groups.find((candidate) => candidate.kind === group)?.entries ?? [], []);

  const counts = useMemo(() => {
    const byGroup = new Map<InviteGroupKind, number>();
    for (const key of selection.keys) {
      const group = built.groupByRoomId.get(key);
      if (group !== undefined) byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
    }
    return byGroup;
  }, [selection, built]);

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>("[data-item-index][data-selectable]");
    // Only the row itself: Space on a button or the checkbox keeps its own meaning.
    if (!row || target !== row) return;
    const roomId = row.dataset.roomId;
    if (roomId === undefined) return;
    if (event.key === " " && !event.shiftKey) {
      event.preventDefault();
      toggle(roomId, false);
      return;
    }
    if (event.shiftKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      const index = orderedKeys.indexOf(roomId);
      const next = orderedKeys[index + (event.key === "ArrowDown" ? 1 : -1)];
      if (next === undefined) return;
      update((current) => selectRange(current.anchor === undefined || !current.keys.has(current.anchor) ? { ...current, anchor: roomId } : current, orderedKeys, next));
      // Not prevented: the roving list moves focus to the next row.
    }
  }

  return {
    selection,
    selectedEntries: () => built.items.filter((item) => selection.keys.has(item.entry.roomId)).map((item) => item.entry).concat(collapsedSelected(built, selection)),
    toggle,
    selectGroup: (group, selected) => update((current) => setSelected(current, entriesOf(group).map((entry) => entry.roomId), selected)),
    countIn: (group) => counts.get(group) ?? 0,
    clear: () => update(() => EMPTY_SELECTION),
    handleKeyDown,
  };
}

/** Selected invites of collapsed groups (no rows, still selected): after the shown ones. */
function collapsedSelected(built: InviteRows, selection: InviteSelection): InviteEntry[] {
  const result: InviteEntry[] = [];
  for (const group of built.groups) {
    if (!built.rows.some((row) => row.type === "heading" && row.group === group.kind && row.collapsed)) continue;
    for (const entry of group.entries) if (selection.keys.has(entry.roomId)) result.push(entry);
  }
  return result;
}

/**
 * The inbox's multi-select, as pure functions over keys (room IDs): toggle one, a range from
 * the anchor (Shift+click, Shift+Arrow), select or clear a group, and drop what left the
 * list. A selection is an immutable value: the rows that render it can be virtualized away
 * and back, and an invite that leaves the list leaves the selection with
 * {@link keepSelectedWhere}. Every function returns the same object when nothing changes, so
 * a React state holding it does not render again. Framework-free.
 */

/** A set of selected keys and the anchor a range starts from (the last key toggled on or clicked). */
export interface InviteSelection {
  /** The selected keys. */
  readonly keys: ReadonlySet<string>;
  /** Where the next range starts; `undefined` before any toggle. */
  readonly anchor: string | undefined;
}

/** Nothing selected. */
export const EMPTY_SELECTION: InviteSelection = /* @__PURE__ */ Object.freeze({ keys: /* @__PURE__ */ new Set<string>(), anchor: undefined });

/** Whether `key` is selected. */
export function isSelected(selection: InviteSelection, key: string): boolean {
  return selection.keys.has(key);
}

/** Selects `key` if it was not, clears it if it was; it becomes the anchor either way. */
export function toggleSelected(selection: InviteSelection, key: string): InviteSelection {
  const keys = new Set(selection.keys);
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  return { keys, anchor: key };
}

/**
 * Selects every key between the anchor and `key` in `orderedKeys` (both included), keeping the
 * rest of the selection, as Shift+click does in a file manager. Without an anchor in the
 * order (none yet, or its invite left), only `key` is selected and becomes the anchor; a key
 * not in the order changes nothing. The anchor stays, so the next range starts from it again.
 */
export function selectRange(selection: InviteSelection, orderedKeys: readonly string[], key: string): InviteSelection {
  const to = orderedKeys.indexOf(key);
  if (to < 0) return selection;
  const from = selection.anchor === undefined ? -1 : orderedKeys.indexOf(selection.anchor);
  if (from < 0) return setSelected({ ...selection, anchor: key }, [key], true);
  const [start, end] = from <= to ? [from, to] : [to, from];
  return { ...setSelected(selection, orderedKeys.slice(start, end + 1), true), anchor: selection.anchor };
}

/**
 * Selects (`selected: true`) or clears every key of `keys` ("Select all" of a group, and its
 * undo). The anchor is kept.
 */
export function setSelected(selection: InviteSelection, keys: Iterable<string>, selected: boolean): InviteSelection {
  let next: Set<string> | undefined;
  for (const key of keys) {
    if (selection.keys.has(key) === selected) continue;
    next ??= new Set(selection.keys);
    if (selected) next.add(key);
    else next.delete(key);
  }
  return next === undefined ? selection : { keys: next, anchor: selection.anchor };
}

/**
 * Keeps only the selected keys for which `keep` holds (e.g. still in the list): an invite
 * accepted, declined or withdrawn leaves the selection. Linear in the selection's size, not
 * the list's. The anchor goes too when it is dropped.
 */
export function keepSelectedWhere(selection: InviteSelection, keep: (key: string) => boolean): InviteSelection {
  let next: Set<string> | undefined;
  for (const key of selection.keys) {
    if (keep(key)) continue;
    next ??= new Set(selection.keys);
    next.delete(key);
  }
  const anchor = selection.anchor !== undefined && !keep(selection.anchor) ? undefined : selection.anchor;
  if (next === undefined && anchor === selection.anchor) return selection;
  return { keys: next ?? selection.keys, anchor };
}

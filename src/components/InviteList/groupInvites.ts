/**
 * The inbox's data shaping, free of rendering: which group an invite belongs to, the
 * filter match, the flat row list the virtualizer walks (group headings and items), and how
 * the rendered rows split into feeds.
 */
import { groupByKind, INVITE_GROUP_ORDER, type InviteGroupKind } from "../../core/inviteGroups";
import type { InviteEntry } from "../../core/store/inviteStore";

export type { InviteGroupKind };

/** Display order of the groups (the core's). */
export const GROUP_ORDER: readonly InviteGroupKind[] = INVITE_GROUP_ORDER;

/** One group with the entries it shows (after the filter). */
export interface InviteGroup {
  /** Which group. */
  kind: InviteGroupKind;
  /** Its entries, in the order the host gave them (newest first for `useInvites`). */
  entries: InviteEntry[];
}

/** A row of the virtualized list: a group heading or one invite. */
export type InviteListRow =
  | { type: "heading"; key: string; group: InviteGroupKind; count: number; collapsed: boolean }
  | { type: "item"; key: string; group: InviteGroupKind; entry: InviteEntry; position: number; setSize: number; itemIndex: number };

/** The group of an entry by kind (the core's `groupByKind`: without a trust context). */
export const groupOf = groupByKind;

/**
 * Identifies one invite, not just its room: the room ID plus the invite event's timestamp.
 * A room declined here and later invited to again yields a new key, so the new invite shows;
 * the same invite re-sent by a sync keeps its key and stays hidden.
 */
export function inviteKey(entry: InviteEntry): string {
  return `${entry.kind}\u0000${entry.roomId}\u0000${entry.summary.invitedAt ?? ""}`;
}

/** Letters that do not decompose under NFD but that people type without the accent. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ħ: "h",
  ı: "i",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
};

/**
 * Text folded for matching: compatibility-normalised, lower case, without diacritics
 * ("Łódź" → "lodz", "ＡＢＣ" → "abc"), so the filter ignores case and accents.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[łøđħıßæœþ]/g, (letter) => FOLDED_LETTERS[letter] ?? letter);
}

/** Everything an entry can be found by, folded: the room name, alias, inviter name and user ID. */
export function searchTextOf(entry: InviteEntry, roomName: string): string {
  const inviter = entry.summary.inviter;
  const parts = [roomName, entry.summary.canonicalAlias ?? "", inviter?.displayName ?? "", inviter?.userId ?? ""];
  return foldForSearch(parts.join("\u0000"));
}

/**
 * A cached {@link searchTextOf}: the folded text of each entry is computed the first time
 * the filter needs it (never for an unfiltered list) and kept while the entry object lives.
 */
export function createSearchTextLookup(roomNameOf: (entry: InviteEntry) => string): (entry: InviteEntry) => string {
  const cache = new WeakMap<InviteEntry, string>();
  return (entry) => {
    let text = cache.get(entry);
    if (text === undefined) {
      text = searchTextOf(entry, roomNameOf(entry));
      cache.set(entry, text);
    }
    return text;
  };
}

/** Options of {@link buildRows}. */
export interface BuildRowsOptions {
  /** The host's known users; enables the `unknown` group (by kind, when `groupOf` is not given). */
  knownUserIds?: ReadonlySet<string>;
  /** The group of an entry (the core's `createInviteGrouping`); by kind with `knownUserIds` when left out. */
  groupOf?(entry: InviteEntry): InviteGroupKind;
  /** Groups shown collapsed: their heading (with the count) stays, their rows are left out. */
  collapsed?: ReadonlySet<InviteGroupKind>;
  /** The filter text as typed (folded here); empty shows everything. */
  query: string;
  /** The folded search text of an entry (cached by the caller). */
  searchText(entry: InviteEntry): string;
  /** {@link inviteKey}s of invites already gone (declined or accepted here) that the host has not removed yet. */
  hidden: ReadonlySet<string>;
}

/** The filtered groups and the flat row list. */
export interface InviteRows {
  /** Non-empty groups in display order. */
  groups: InviteGroup[];
  /** Heading and item rows, in display order. */
  rows: InviteListRow[];
  /** The item rows only, in display order (for keyboard navigation). */
  items: Extract<InviteListRow, { type: "item" }>[];
  /** Row index of each room (its item row; rooms of collapsed groups have none). */
  rowIndexByRoomId: Map<string, number>;
  /** The group of each room shown or collapsed (after the filter). */
  groupByRoomId: Map<string, InviteGroupKind>;
}

/** Groups, filters and flattens the entries: linear in the number of entries. */
export function buildRows(entries: readonly InviteEntry[], options: BuildRowsOptions): InviteRows {
  const terms = foldForSearch(options.query).split(/\s+/).filter((term) => term.length > 0);
  const byGroup = new Map<InviteGroupKind, InviteEntry[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.roomId) || (options.hidden.size > 0 && options.hidden.has(inviteKey(entry)))) continue;
    seen.add(entry.roomId);
    if (terms.length > 0) {
      const text = options.searchText(entry);
      if (!terms.every((term) => text.includes(term))) continue;
    }
    const kind = options.groupOf ? options.groupOf(entry) : groupByKind(entry, options.knownUserIds);
    const list = byGroup.get(kind);
    if (list) list.push(entry);
    else byGroup.set(kind, [entry]);
  }
  const groups: InviteGroup[] = [];
  const rows: InviteListRow[] = [];
  const items: Extract<InviteListRow, { type: "item" }>[] = [];
  const rowIndexByRoomId = new Map<string, number>();
  const groupByRoomId = new Map<string, InviteGroupKind>();
  for (const kind of GROUP_ORDER) {
    const list = byGroup.get(kind);
    if (!list) continue;
    groups.push({ kind, entries: list });
    const collapsed = options.collapsed?.has(kind) === true;
    rows.push({ type: "heading", key: `heading:${kind}`, group: kind, count: list.length, collapsed });
    for (const entry of list) groupByRoomId.set(entry.roomId, kind);
    if (collapsed) continue;
    list.forEach((entry, index) => {
      const row = {
        type: "item" as const,
        key: `room:${entry.roomId}`,
        group: kind,
        entry,
        position: index + 1,
        setSize: list.length,
        itemIndex: items.length,
      };
      rowIndexByRoomId.set(entry.roomId, rows.length);
      rows.push(row);
      items.push(row);
    });
  }
  return { groups, rows, items, rowIndexByRoomId, groupByRoomId };
}

/** A run of the rendered rows: a group heading, or consecutive item rows of one group. */
export type Segment = { type: "heading"; index: number } | { type: "list"; group: InviteGroupKind; indexes: number[] };

/** Consecutive rendered item rows of one group share a `role="feed"`; headings stand between feeds. */
export function segmentRows(indexes: readonly number[], rows: readonly InviteListRow[]): Segment[] {
  const segments: Segment[] = [];
  for (const index of indexes) {
    const row = rows[index];
    if (!row) continue;
    if (row.type === "heading") {
      segments.push({ type: "heading", index });
      continue;
    }
    const last = segments[segments.length - 1];
    if (last?.type === "list" && last.group === row.group) last.indexes.push(index);
    else segments.push({ type: "list", group: row.group, indexes: [index] });
  }
  return segments;
}

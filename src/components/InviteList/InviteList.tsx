import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ComponentPropsWithRef, FocusEvent, KeyboardEvent, ReactNode } from "react";
import type { MembershipClient } from "../../core/client/types";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { RoomSummary } from "../../core/types";
import { useDeclineAll, type DeclineAllProgress, type UseDeclineAllOptions } from "../../hooks/useDeclineAll";
import { useI18n } from "../../i18n/I18nProvider";
import { formatRoomNameText } from "../../i18n/roomName";
import { LiveRegion, useAnnounce } from "../shared/LiveRegion";
import { DeclineAllPanel, type DeclineAllRequest } from "./DeclineAllPanel";
import { buildRows, searchTextOf, type InviteGroupKind } from "./groupInvites";
import { InviteGroupHeading } from "./InviteGroupHeading";
import { InviteListEmpty } from "./InviteListEmpty";
import { InviteListItem } from "./InviteListItem";
import { useInviteRowActions } from "./useInviteRowActions";
import { focusTargetFor, nextItemIndex, type NavigationKey } from "./keyboard";
import "./InviteList.css";

/** Props of {@link InviteList}. */
export interface InviteListProps extends Omit<ComponentPropsWithRef<"section">, "children"> {
  /** The homeserver port: accept, decline, avatars. */
  client: MembershipClient;
  /** The pending invites and knocks, e.g. from `useInvites(store)` (newest first). */
  invites: readonly InviteEntry[];
  /** The signed-in user (the invitee). */
  userId: string;
  /**
   * Users the signed-in user shares a room with. When given, invites from anyone else are
   * gathered under "From people you don't share a room with", without avatars.
   */
  knownUserIds?: ReadonlySet<string>;
  /** The media-preview policy: `showAvatars: false` fetches no avatar at all. */
  mediaPolicy?: { showAvatars: boolean };
  /** Show avatars for senders the user does not know (default `false`). */
  showUnknownSenderAvatars?: boolean;
  /** Renders a row's content yourself (e.g. a full `InvitePreview`) instead of the compact row. */
  renderInvite?(entry: InviteEntry): ReactNode;
  /** "Open" (and Enter on a row): show the full invite. */
  onOpenInvite?(entry: InviteEntry): void;
  /** The user joined from a compact row (`summary`: live state, `undefined` when it could not be read). */
  onAccepted?(entry: InviteEntry, summary: RoomSummary | undefined): void;
  /** An invite was declined from a compact row. */
  onDeclined?(entry: InviteEntry): void;
  /** Level of the group headings (default 2). */
  headingLevel?: 2 | 3 | 4;
  /** Estimated row height in pixels before measuring (default 88; 320 with `renderInvite`). */
  estimatedRowSize?: number;
  /** Tuning for "Decline all" (tests and stories pass a fast `sleep`). */
  declineAllOptions?: Pick<UseDeclineAllOptions, "sleep" | "maxRetries" | "maxWaitMs">;
}

const GROUP_KEYS = {
  people: "inbox.group.people",
  rooms: "inbox.group.rooms",
  spaces: "inbox.group.spaces",
  unknown: "inbox.group.unknown",
  knocks: "inbox.group.knocks",
} as const satisfies Record<InviteGroupKind, string>;

const HEADING_SIZE = 56;

/**
 * The invite inbox: invites grouped into people, rooms and spaces (and, when the host
 * passes `knownUserIds`, invites from strangers, shown without avatars), a filter on room
 * name, inviter name and user ID, and "Decline all" per group. Virtualized, so 10,000
 * invites render only the rows in view. Rows form a `role="list"` per group with roving
 * focus: ArrowUp/ArrowDown, Home/End and PageUp/PageDown move between invites, Tab reaches
 * the focused row's buttons, and when an invite disappears focus moves to its neighbour.
 */
export function InviteList({
  client,
  invites,
  userId,
  knownUserIds,
  mediaPolicy,
  showUnknownSenderAvatars = false,
  renderInvite,
  onOpenInvite,
  onAccepted,
  onDeclined,
  headingLevel = 2,
  estimatedRowSize,
  declineAllOptions,
  className,
  ...rest
}: InviteListProps) {
  const i18n = useI18n();
  const baseId = useId();
  const { announcement, announce } = useAnnounce();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [active, setActive] = useState<{ roomId: string; index: number } | undefined>(undefined);
  const [request, setRequest] = useState<(DeclineAllRequest & { group: InviteGroupKind }) | undefined>(undefined);
  const scrollRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const emptyRef = useRef<HTMLDivElement>(null);
  const lastFocused = useRef<HTMLElement | undefined>(undefined);
  const pendingFocus = useRef<string | undefined>(undefined);

  const hide = useCallback((roomId: string) => setHidden((previous) => new Set(previous).add(roomId)), []);
  const groupName = useCallback((kind: InviteGroupKind) => i18n.t(GROUP_KEYS[kind]), [i18n]);

  const rowActions = useInviteRowActions(client, userId, {
    onAccepted(entry, summary) {
      hide(entry.roomId);
      announce(i18n.t("inbox.item.accepted", { room: formatRoomNameText(entry.summary.name, i18n) }));
      onAccepted?.(entry, summary);
    },
    onDeclined(entry) {
      hide(entry.roomId);
      announce(i18n.t("inbox.item.declined", { room: formatRoomNameText(entry.summary.name, i18n) }));
      onDeclined?.(entry);
    },
  });

  const run = useDeclineAll(client, {
    ...declineAllOptions,
    onRoomDeclined: hide,
    onRateLimited: (waitMs) => announce(i18n.plural("inbox.decline_all_waiting", Math.max(1, Math.ceil(waitMs / 1000)))),
    onFinished: (progress: DeclineAllProgress) => announce(describeResult(progress)),
  });

  function describeResult(progress: DeclineAllProgress): string {
    const declined = progress.declined.length;
    const head =
      progress.status === "cancelled"
        ? i18n.t("inbox.decline_all_cancelled", { done: declined, total: progress.total })
        : i18n.plural("inbox.decline_all_done", declined);
    return progress.failed.length > 0 ? `${head} ${i18n.plural("inbox.decline_all_failed", progress.failed.length)}` : head;
  }

  const searchText = useMemo(() => {
    const cache = new WeakMap<InviteEntry, string>();
    return (entry: InviteEntry) => {
      let text = cache.get(entry);
      if (text === undefined) {
        text = searchTextOf(entry, formatRoomNameText(entry.summary.name, i18n));
        cache.set(entry, text);
      }
      return text;
    };
  }, [i18n]);

  const { rows, items, rowIndexByRoomId, groups } = useMemo(
    () => buildRows(invites, { knownUserIds, query: deferredQuery, searchText, hidden }),
    [invites, knownUserIds, deferredQuery, searchText, hidden],
  );

  // The row keeping focus: the active one, or its neighbour once it is gone.
  let activeItem: (typeof items)[number] | undefined;
  if (active) {
    const rowIndex = rowIndexByRoomId.get(active.roomId);
    const row = rowIndex === undefined ? undefined : rows[rowIndex];
    activeItem = row?.type === "item" ? row : items[Math.min(active.index, items.length - 1)];
  }
  const tabbableItem = activeItem ?? items[0];
  const keptRowIndex = tabbableItem ? rowIndexByRoomId.get(tabbableItem.entry.roomId) : undefined;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // Never unmount the focusable row: focus would fall back to <body> while scrolling.
      if (keptRowIndex !== undefined && !indexes.includes(keptRowIndex)) {
        indexes.push(keptRowIndex);
        indexes.sort((left, right) => left - right);
      }
      return indexes;
    },
    [keptRowIndex],
  );

  const itemSize = estimatedRowSize ?? (renderInvite ? 320 : 88);
  // The virtualizer's functions change identity on every scroll; nothing below memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.type === "heading" ? HEADING_SIZE : itemSize),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
    rangeExtractor,
  });
  const virtualItems = virtualizer.getVirtualItems();

  const focusItem = useCallback(
    (itemIndex: number) => {
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
    },
    [items, rowIndexByRoomId, virtualizer],
  );

  // Focus a row once it is rendered (after a key press, or when the focused invite vanished).
  useLayoutEffect(() => {
    const canvas = scrollRef.current;
    const lost = lastFocused.current !== undefined && !lastFocused.current.isConnected;
    const focusIsOnBody = document.activeElement === null || document.activeElement === document.body;
    if (lost && focusIsOnBody && pendingFocus.current === undefined) {
      lastFocused.current = undefined;
      if (tabbableItem) {
        pendingFocus.current = tabbableItem.entry.roomId;
      } else {
        (filterRef.current ?? emptyRef.current)?.focus();
        return;
      }
    }
    const roomId = pendingFocus.current;
    if (roomId === undefined || !canvas) return;
    const target = focusTargetFor(canvas, rowIndexByRoomId.get(roomId));
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
    if (next && !event.currentTarget.contains(next)) lastFocused.current = undefined;
    else if (!next) {
      // Blur without a new target: focus left the page, or the element was removed. Only a removal keeps the record.
      const element = event.target;
      setTimeout(() => {
        if (lastFocused.current === element && element.isConnected) lastFocused.current = undefined;
      }, 0);
    }
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog")) return;
    const row = target.closest<HTMLElement>("[data-item-index]");
    if (!row) return;
    const current = Number(row.dataset.itemIndex);
    if (event.key === "Enter" && target === row && onOpenInvite) {
      const entry = items[current]?.entry;
      if (entry) {
        event.preventDefault();
        onOpenInvite(entry);
      }
      return;
    }
    const pageSize = Math.max(1, virtualItems.length - 2);
    const next = nextItemIndex(event.key as NavigationKey, current, items.length, pageSize);
    if (next === undefined) return;
    event.preventDefault();
    focusItem(next);
  }

  function askDeclineAll(kind: InviteGroupKind) {
    const group = groups.find((candidate) => candidate.kind === kind);
    if (!group) return;
    const roomIds = group.entries
      .filter((entry) => entry.kind === "invite" && rowActions.states.get(entry.roomId) === undefined)
      .map((entry) => entry.roomId);
    if (roomIds.length === 0) return;
    setRequest({ group: kind, groupName: groupName(kind), roomIds });
  }

  function confirmDeclineAll() {
    if (!request) return;
    announce(i18n.plural("inbox.decline_all_started", request.roomIds.length));
    run.start(request.roomIds);
    setRequest(undefined);
  }

  function closePanel(kind: InviteGroupKind | undefined) {
    setRequest(undefined);
    run.reset();
    const trigger = kind ? scrollRef.current?.querySelector<HTMLElement>(`[data-decline-all="${kind}"]`) : null;
    (trigger ?? filterRef.current)?.focus();
  }

  const showFilter = invites.length > 0;
  const declineAllAvailable = run.status === "idle";
  const segments = segmentRows(virtualItems.map((item) => item.index), rows);

  return (
    <section
      {...rest}
      aria-label={i18n.t("inbox.label")}
      className={className ? `mmui-invite-list ${className}` : "mmui-invite-list"}
      data-state={run.status === "running" ? "declining" : items.length === 0 ? "empty" : "ready"}
      onFocus={handleFocus}
      onBlur={handleBlur}
    >
      {showFilter ? (
        <div className="mmui-invite-list__filter">
          <label htmlFor={`${baseId}-filter`}>{i18n.t("inbox.filter_label")}</label>
          <input
            ref={filterRef}
            id={`${baseId}-filter`}
            type="search"
            value={query}
            placeholder={i18n.t("inbox.filter_placeholder")}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      ) : null}
      <div role="status" className="mmui-visually-hidden">
        {deferredQuery.trim() !== "" ? i18n.plural("inbox.filter_results", items.length) : null}
      </div>
      <DeclineAllPanel
        request={request}
        run={run}
        onConfirm={confirmDeclineAll}
        onCancelRequest={() => closePanel(request?.group)}
        onDismiss={() => closePanel(undefined)}
        onRetryFailed={() => {
          const failed = run.failed.map((failure) => failure.roomId);
          run.reset();
          run.start(failed);
        }}
      />
      <LiveRegion announcement={announcement} />
      {rows.length === 0 ? (
        <InviteListEmpty ref={emptyRef} query={invites.length > 0 ? deferredQuery : ""} onClearFilter={() => {
          setQuery("");
          filterRef.current?.focus();
        }} />
      ) : (
        // The arrow keys of the focusable rows inside, handled once for all of them (event delegation).
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions
        <div ref={scrollRef} className="mmui-invite-list__viewport" onKeyDown={handleKeyDown}>
          <div className="mmui-invite-list__canvas" style={{ blockSize: virtualizer.getTotalSize() }}>
            {segments.map((segment) =>
              segment.type === "heading" ? (
                renderHeading(segment.index)
              ) : (
                <div key={`list:${segment.group}:${segment.indexes[0]}`} role="list" aria-label={groupName(segment.group)}>
                  {segment.indexes.map(renderItem)}
                </div>
              ),
            )}
          </div>
        </div>
      )}
    </section>
  );

  function positionOf(index: number) {
    const item = virtualItems.find((candidate) => candidate.index === index);
    return { transform: `translateY(${item?.start ?? 0}px)` };
  }

  function renderHeading(index: number) {
    const row = rows[index];
    if (row?.type !== "heading") return null;
    return (
      <InviteGroupHeading
        key={row.key}
        ref={virtualizer.measureElement}
        data-index={index}
        style={positionOf(index)}
        level={headingLevel}
        name={groupName(row.group)}
        count={row.count}
        note={row.group === "unknown" ? i18n.t("inbox.group.unknown_note") : undefined}
        group={row.group}
        onDeclineAll={row.group !== "knocks" && declineAllAvailable ? () => askDeclineAll(row.group) : undefined}
      />
    );
  }

  function renderItem(index: number) {
    const row = rows[index];
    if (row?.type !== "item") return null;
    const { entry } = row;
    const isTabbable = tabbableItem?.entry.roomId === entry.roomId;
    const showAvatar = mediaPolicy?.showAvatars !== false && (row.group !== "unknown" || showUnknownSenderAvatars);
    const nameId = `${baseId}-name-${row.itemIndex}`;
    const descriptionId = `${baseId}-from-${row.itemIndex}`;
    return (
      <div
        key={row.key}
        ref={virtualizer.measureElement}
        role="listitem"
        // Roving focus (WAI-ARIA APG): the row itself takes focus so arrow keys move between invites.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={isTabbable ? 0 : -1}
        aria-posinset={row.position}
        aria-setsize={row.setSize}
        aria-labelledby={renderInvite ? undefined : nameId}
        aria-describedby={renderInvite ? undefined : descriptionId}
        aria-label={renderInvite ? formatRoomNameText(entry.summary.name, i18n) : undefined}
        data-index={index}
        data-item-index={row.itemIndex}
        data-room-id={entry.roomId}
        className="mmui-invite-list__row"
        style={positionOf(index)}
      >
        {renderInvite ? (
          renderInvite(entry)
        ) : (
          <InviteListItem
            entry={entry}
            client={client}
            showAvatar={showAvatar}
            state={rowActions.states.get(entry.roomId)}
            tabbable={isTabbable}
            nameId={nameId}
            descriptionId={descriptionId}
            onAccept={rowActions.accept}
            onDecline={rowActions.decline}
            onOpen={onOpenInvite}
          />
        )}
      </div>
    );
  }
}

type Segment = { type: "heading"; index: number } | { type: "list"; group: InviteGroupKind; indexes: number[] };

/** Consecutive rendered item rows of one group share a `role="list"`; headings stand between lists. */
function segmentRows(indexes: readonly number[], rows: ReturnType<typeof buildRows>["rows"]): Segment[] {
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

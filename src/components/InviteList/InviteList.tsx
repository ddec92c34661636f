import { memo, useCallback, useDeferredValue, useId, useMemo, useRef, useState } from "react";
import type { ComponentPropsWithRef, ReactNode } from "react";
import type { MembershipClient } from "../../core/client/types";
import { settledMediaPolicy } from "../../core/mediaPolicy";
import type { MediaPolicy } from "../../core/mediaPolicy";
import type { InviteGradingOptions } from "../../core/inviteGrading";
import type { InviteListTrustContext } from "../../core/inviteGroups";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { RoomMember, RoomSummary } from "../../core/types";
import type { UseDeclineAllOptions } from "../../hooks/useDeclineAll";
import { useI18n } from "../../i18n/I18nProvider";
import { enInbox, enTriage } from "../../i18n/english";
import { formatRoomNameText } from "../../i18n/roomName";
import { LiveRegion, useAnnounce } from "../shared/LiveRegion";
import { GroupControls } from "./GroupControls";
import { buildRows, createSearchTextLookup, inviteKey, segmentRows, type InviteGroupKind } from "./groupInvites";
import { DeclineAllQuestion, InboxBulkPanels } from "./InboxBulkPanels";
import { InviteGroupHeading } from "./InviteGroupHeading";
import { InviteListEmpty } from "./InviteListEmpty";
import { InviteListFilter } from "./InviteListFilter";
import { InviteListItem } from "./InviteListItem";
import { RowCheckbox } from "./RowCheckbox";
import { useRovingDescendants } from "./useRovingDescendants";
import type { InboxBlockStore } from "./useInboxBlock";
import { useInboxBulk } from "./useInboxBulk";
import { useInboxRowActions } from "./useInboxRowActions";
import { useListSelection } from "./useListSelection";
import { useTrustGroups } from "./useTrustGroups";
import { useVirtualRovingList } from "./useVirtualRovingList";
import "../shared/TextField.css";
import "./InviteList.css";

// Rows that stay in view keep their props (the same entry, state and handlers), so a scroll
// that brings new rows in renders only those.
const MemoInviteListItem = /* @__PURE__ */ memo(InviteListItem);

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
  /**
   * People the user already knows, with their display names: a row whose inviter's name
   * looks like one of theirs under another user ID shows the lookalike warning, as
   * `InvitePreview` does. Pass the same array while it is unchanged (it is indexed once).
   */
  knownUsers?: readonly RoomMember[];
  /**
   * The user's media policy for invites, e.g. `inviteMediaPolicy(…)` of their
   * `m.media_preview_config`. Avatars are fetched only when it allows them; without it no
   * avatar is fetched at all (initials only).
   */
  mediaPolicy?: MediaPolicy;
  /** Show avatars for senders the user does not know, when `mediaPolicy` allows avatars (default `false`; by trust, `grading` decides). */
  showUnknownSenderAvatars?: boolean;
  /**
   * What the host knows about the user's contacts (`knownUserIds`, `knownDisplayNames`, the
   * mutual-rooms answer per sender, `now`…). When given, even empty, invites are grouped by
   * trust (`assessInvite`, the list's own invites counting waves): "From people you know",
   * "From people you don't share a room with" and "Probably spam", collapsed with its count.
   * An empty context makes every sender unknown. Without it the list groups by kind (people,
   * rooms, spaces, and the strangers of `knownUserIds`), as before. Pass the same object while
   * it is unchanged: every invite is assessed again when it changes.
   */
  trust?: InviteListTrustContext;
  /**
   * By trust: what each level hides (`getInviteTreatment`): avatars, and which groups fold.
   * Defaults: unknown senders without avatars; "Probably spam" also collapsed.
   */
  grading?: InviteGradingOptions;
  /**
   * Renders a row's content yourself (e.g. a full `InvitePreview`) instead of the compact row.
   * Rows are virtualized: a row scrolled out of view unmounts (except the focused one), so
   * keep anything that must survive that (an accept in flight) outside the row. Rows are
   * measured when they mount and when they resize, so their height may change.
   */
  renderInvite?(entry: InviteEntry): ReactNode;
  /** "Open" (and Enter on a row): show the full invite. */
  onOpenInvite?(entry: InviteEntry): void;
  /** The user joined from a compact row (`summary`: live state, `undefined` when it could not be read). */
  onAccepted?(entry: InviteEntry, summary: RoomSummary | undefined): void;
  /** An invite was declined from a compact row. */
  onDeclined?(entry: InviteEntry): void;
  /** Level of the group headings (default 2). */
  headingLevel?: 2 | 3 | 4;
  /**
   * Estimated row height in pixels before a row is measured (default 88; 320 with
   * `renderInvite`): it sizes the scrollbar and places rows not rendered yet, so a close
   * estimate keeps jumps (End, PageDown) steady. A value that is not a positive finite number
   * counts as 50.
   */
  estimatedRowSize?: number;
  /**
   * Multi-select (default `false`): a checkbox per invite (Shift+click selects a range), Space
   * on a row toggles it, Shift+ArrowUp/ArrowDown extends the selection, "Select all" per
   * group, and a bar with Decline (through the same queue as "Decline all") for the selection.
   */
  selectable?: boolean;
  /**
   * The host's invite store (`createInviteStore`): with it the inbox offers block and clear
   * (`blockAndClear`, worded "Ignore"): "Ignore" on every invite, "Decline all and ignore
   * senders" on the "Probably spam" group and on the selection, and "3 hidden invites from
   * people you ignore" with a way to decline them. It must hold the same invites as `invites`.
   */
  store?: InboxBlockStore;
  /** Tuning for "Decline all" (tests and stories pass a fast `sleep`). */
  declineAllOptions?: Pick<UseDeclineAllOptions, "sleep" | "maxRetries" | "maxWaitMs">;
}

const GROUP_KEYS = {
  known: "triage.group.known",
  suspicious: "triage.group.suspicious",
  people: "inbox.group.people",
  rooms: "inbox.group.rooms",
  spaces: "inbox.group.spaces",
  unknown: "inbox.group.unknown",
  knocks: "inbox.group.knocks",
} as const satisfies Record<InviteGroupKind, string>;

const HEADING_SIZE = 56;

/**
 * The invite inbox: invites grouped into people, rooms and spaces (and, when the host
 * passes `knownUserIds`, invites from strangers, shown without avatars), plus the user's
 * pending knocks in a group of their own; a filter on room name, inviter name and user ID;
 * and "Decline all" per invite group (knocks have none). Virtualized with
 * `@tanstack/react-virtual`, so 10,000 invites render only the rows in view, a few either
 * side and the focused row; rows are measured, so they may have any height. Each group is a
 * WAI-ARIA feed (`role="feed"`, `aria-busy` while invites come and go), its rows `article`s
 * with `aria-posinset`/`aria-setsize`, with roving focus: ArrowUp/ArrowDown, Home/End and
 * PageUp/PageDown (by the rows in view) move between invites, Alt+ArrowDown/Alt+ArrowUp jump
 * to the next or previous group, Tab reaches the focused row's buttons (one row's only, also
 * in `renderInvite` rows), and when an invite disappears focus moves to its neighbour.
 *
 * `data-state` is `ready`, `empty` (nothing to show) or `declining` (a "Decline all" runs).
 * The scroll area is at most `--mmui-invite-list-max-height` tall (default `70vh`).
 */
export function InviteList({
  client,
  invites,
  userId,
  knownUserIds,
  knownUsers,
  mediaPolicy,
  showUnknownSenderAvatars = false,
  trust,
  grading,
  renderInvite,
  onOpenInvite,
  onAccepted,
  onDeclined,
  headingLevel = 2,
  estimatedRowSize,
  declineAllOptions,
  selectable = false,
  store,
  className,
  onFocus,
  onBlur,
  ...rest
}: InviteListProps) {
  const i18n = useI18n(enInbox, enTriage);
  const baseId = useId();
  const { announcement, announce } = useAnnounce();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const filterRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const emptyRef = useRef<HTMLDivElement>(null);

  const hideEntry = useCallback((entry: InviteEntry) => setHidden((previous) => new Set(previous).add(inviteKey(entry))), []);
  const groupName = useCallback((kind: InviteGroupKind) => i18n.t(GROUP_KEYS[kind]), [i18n]);
  const fallbackFocus = () => filterRef.current ?? emptyRef.current;

  const rowActions = useInboxRowActions({ client, userId, invites, i18n, announce, hideEntry, onAccepted, onDeclined });

  const searchText = useMemo(() => createSearchTextLookup((entry) => formatRoomNameText(entry.summary.name, i18n)), [i18n]);

  const groups = useTrustGroups(invites, trust, grading, knownUserIds);
  const { grouping, collapsed } = groups;
  const built = useMemo(
    () => buildRows(invites, { groupOf: grouping.groupOf, collapsed, query: deferredQuery, searchText, hidden }),
    [invites, grouping, collapsed, deferredQuery, searchText, hidden],
  );
  const { rows, items } = built;

  const bulk = useInboxBulk({
    client,
    userId,
    invites,
    hidden,
    hideEntry,
    groups: built.groups,
    isBusy: rowActions.isBusy,
    groupName,
    store,
    i18n,
    announce,
    rootRef,
    fallbackFocus,
    tuning: declineAllOptions,
  });
  const { declineAll, block, requestGroup } = bulk;
  // The group whose "Decline all" asks for confirmation keeps its heading rendered: it holds the panel.
  const confirmingHeading = requestGroup === undefined ? -1 : rows.findIndex((row) => row.type === "heading" && row.group === requestGroup);

  const { scrollRef, virtualizer, virtualItems, tabbableRoomId, handleFocus, handleBlur, handleKeyDown } = useVirtualRovingList({
    rows: built,
    estimate: { heading: HEADING_SIZE, item: estimatedRowSize ?? (renderInvite ? 320 : 88) },
    fallbackFocus,
    onOpen: onOpenInvite,
    keepIndex: confirmingHeading >= 0 ? confirmingHeading : undefined,
  });

  const selection = useListSelection(built, (count) =>
    announce(count === 0 ? i18n.t("triage.selection.cleared") : i18n.plural("triage.selection.changed", count)),
  );

  useRovingDescendants(scrollRef, renderInvite !== undefined, tabbableRoomId);
  // Invites come and go while a bulk run goes or the filter catches up (WAI-ARIA feed).
  const busy = bulk.running || query !== deferredQuery;
  const segments = segmentRows(virtualItems.map((item) => item.index), rows);

  return (
    <section
      {...rest}
      ref={rootRef}
      aria-label={i18n.t("inbox.label")}
      className={className ? `mmui-invite-list ${className}` : "mmui-invite-list"}
      data-layout={renderInvite ? "cards" : "rows"}
      data-state={bulk.running ? "declining" : items.length === 0 ? "empty" : "ready"}
      onFocus={(event) => {
        handleFocus(event);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        handleBlur(event);
        onBlur?.(event);
      }}
    >
      <InviteListFilter
        ref={filterRef}
        id={`${baseId}-filter`}
        shown={invites.length > 0}
        query={query}
        deferredQuery={deferredQuery}
        results={items.length}
        onChange={setQuery}
      />
      <InboxBulkPanels bulk={bulk} selection={selectable ? selection : undefined} />
      <LiveRegion announcement={announcement} />
      {rows.length === 0 ? (
        <InviteListEmpty
          ref={emptyRef}
          query={invites.length > 0 ? deferredQuery : ""}
          onClearFilter={() => {
            setQuery("");
            filterRef.current?.focus();
          }}
        />
      ) : (
        // The arrow keys of the focusable rows inside, handled once for all of them (event delegation).
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions
        <div ref={scrollRef} className="mmui-invite-list__viewport" onKeyDown={(event) => {
            if (selectable) selection.handleKeyDown(event);
            handleKeyDown(event);
          }}
        >
          <div className="mmui-invite-list__canvas" style={{ blockSize: virtualizer.getTotalSize() }}>
            {segments.map((segment) =>
              segment.type === "heading" ? (
                renderHeading(segment.index)
              ) : (
                <div key={`list:${segment.group}:${segment.indexes[0]}`} role="feed" aria-label={groupName(segment.group)} aria-busy={busy}>
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
        note={groupNote(row.group)}
        group={row.group}
        collapsed={row.collapsed}
        onDeclineAll={row.group !== "knocks" && bulk.declineAllAvailable ? () => declineAll.ask(row.group) : undefined}
        panel={row.group === requestGroup ? <DeclineAllQuestion bulk={bulk} /> : undefined}
        actions={
          <GroupControls
            group={row.group}
            name={groupName(row.group)}
            count={row.count}
            collapsed={groups.isCollapsible(row.group) ? row.collapsed : undefined}
            onToggle={() => groups.toggle(row.group)}
            onBlockAll={
              block.available && row.group === "suspicious" && !bulk.running
                ? () => block.askFor(built.groups.find((group) => group.kind === "suspicious")?.entries ?? [])
                : undefined
            }
            selectAll={
              selectable && row.group !== "knocks"
                ? { selected: selection.countIn(row.group), total: row.count, onChange: (selected) => selection.selectGroup(row.group, selected) }
                : undefined
            }
          />
        }
      />
    );
  }

  /** Whether a group's rows show pictures: by trust, its level's treatment; by kind, strangers only when the host says so. */
  function avatarsShownIn(group: InviteGroupKind): boolean {
    const treatment = grouping.treatmentOf(group);
    if (treatment) return treatment.avatars === "show";
    return group !== "unknown" || showUnknownSenderAvatars;
  }

  function groupNote(group: InviteGroupKind): string | undefined {
    if (group === "suspicious") return i18n.t("triage.group.suspicious_note");
    if (group === "unknown" && !avatarsShownIn("unknown")) return i18n.t("inbox.group.unknown_note");
    return undefined;
  }

  function renderItem(index: number) {
    const row = rows[index];
    if (row?.type !== "item") return null;
    const { entry } = row;
    const isTabbable = tabbableRoomId === entry.roomId;
    // No avatar request for a group whose pictures are hidden (strangers, spam) unless the host opted in.
    const rowMediaPolicy = avatarsShownIn(row.group) ? settledMediaPolicy(mediaPolicy) : undefined;
    const nameId = `${baseId}-name-${row.itemIndex}`;
    const descriptionId = `${baseId}-from-${row.itemIndex}`;
    const canSelect = selectable && entry.kind === "invite";
    const isSelected = canSelect && selection.selection.keys.has(entry.roomId);
    return (
      <div
        key={row.key}
        ref={virtualizer.measureElement}
        role="article"
        // Roving focus (WAI-ARIA feed): the row itself takes focus so keys move between invites.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={isTabbable ? 0 : -1}
        aria-posinset={row.position}
        aria-setsize={row.setSize}
        aria-labelledby={renderInvite ? undefined : nameId}
        aria-describedby={renderInvite ? undefined : descriptionId}
        aria-label={renderInvite ? formatRoomNameText(entry.summary.name, i18n) : undefined}
        data-index={index}
        data-item-index={row.itemIndex}
        data-group={row.group}
        data-room-id={entry.roomId}
        data-selectable={canSelect || undefined}
        data-selected={isSelected || undefined}
        className="mmui-invite-list__row"
        style={positionOf(index)}
      >
        {canSelect ? (
          <RowCheckbox
            roomId={entry.roomId}
            checked={isSelected}
            label={i18n.t("triage.select_invite", { room: formatRoomNameText(entry.summary.name, i18n) })}
            tabbable={isTabbable}
            onToggle={selection.toggle}
          />
        ) : null}
        {renderInvite ? (
          renderInvite(entry)
        ) : (
          <MemoInviteListItem
            entry={entry}
            client={client}
            mediaPolicy={rowMediaPolicy}
            state={rowActions.stateOf(entry).state}
            tabbable={isTabbable}
            nameId={nameId}
            descriptionId={descriptionId}
            knownUsers={knownUsers}
            fromStranger={row.group === "unknown" || row.group === "suspicious"}
            queued={declineAll.isQueued(entry.roomId)}
            onAccept={rowActions.onAcceptRow}
            onDecline={rowActions.onDeclineRow}
            onOpen={onOpenInvite}
            onBlock={block.available ? bulk.onBlockRow : undefined}
          />
        )}
      </div>
    );
  }
}

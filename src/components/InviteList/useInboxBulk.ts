/**
 * The inbox's bulk runs in one place: "Decline all" per group and the selection's Decline (one
 * queue, `useGroupDeclineAll`), block and clear (`useInboxBlock`) and report
 * (`useInboxReport`), with what they share: a run asks again before every leave whether the
 * room is still a pending invite, a declined room is hidden at once and keeps its name for the
 * run's result, and one flag says whether any of them goes (the others wait).
 */
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { RefObject } from "react";
import type { MembershipClient } from "../../core/client/types";
import type { InviteEntry } from "../../core/store/inviteStore";
import type { UseDeclineAllOptions } from "../../hooks/useDeclineAll";
import { formatRoomNameText } from "../../i18n/roomName";
import type { I18n } from "../../i18n/types";
import { inviteKey, type InviteGroup, type InviteGroupKind } from "./groupInvites";
import { useGroupDeclineAll, type GroupDeclineAll } from "./useGroupDeclineAll";
import { useInboxBlock, type InboxBlock, type InboxBlockStore } from "./useInboxBlock";
import { useInboxReport, type InboxReport } from "./useInboxReport";

/** Options of {@link useInboxBulk}. */
export interface InboxBulkOptions {
  /** Sends the leaves, the ignore and the reports. */
  client: MembershipClient;
  /** The signed-in user: never asked to ignore themselves. */
  userId: string;
  /** The pending invites and knocks. */
  invites: readonly InviteEntry[];
  /** The keys (`inviteKey`) of invites the list already hid (accepted, declined). */
  hidden: ReadonlySet<string>;
  /** Hides an invite at once. */
  hideEntry(entry: InviteEntry): void;
  /** The groups as shown (after the filter). */
  groups: readonly InviteGroup[];
  /** Whether a room is busy with its own accept or decline (left out of a bulk run). */
  isBusy(roomId: string): boolean;
  /** A group's name, in words. */
  groupName(kind: InviteGroupKind): string;
  /** The host's invite store; without it, blocking is not offered. */
  store: InboxBlockStore | undefined;
  /** The translator, for announcements and room names. */
  i18n: I18n;
  /** Queues a live-region announcement. */
  announce(text: string): void;
  /** The inbox's root, to find the buttons focus returns to. */
  rootRef: RefObject<HTMLElement | null>;
  /** Where focus goes when a panel closes without its button to return to. */
  fallbackFocus(): HTMLElement | null;
  /** Tuning for the runs (tests and stories). */
  tuning?: Pick<UseDeclineAllOptions, "sleep" | "maxRetries" | "maxWaitMs">;
}

/** What {@link useInboxBulk} returns. */
export interface InboxBulk {
  /** "Decline all" and the selection's Decline. */
  declineAll: GroupDeclineAll;
  /** Block and clear. */
  block: InboxBlock;
  /** Report on the selection. */
  report: InboxReport;
  /** Whether a bulk run goes (Decline all, the selection's Decline, Ignore, or Report). */
  running: boolean;
  /** Whether a group may offer "Decline all" (no bulk run holds the panel). */
  declineAllAvailable: boolean;
  /** The group whose "Decline all" asks for confirmation: its heading holds the panel. */
  requestGroup: InviteGroupKind | undefined;
  /** A room's name as text, also for rooms a run declined once they have left the list. */
  nameOfRoom(roomId: string): string;
  /** A row's "Ignore" (stable, for memoized rows). */
  onBlockRow(entry: InviteEntry): void;
}

/** The inbox's bulk runs; see the module documentation. */
export function useInboxBulk(options: InboxBulkOptions): InboxBulk {
  const { client, invites, hidden, hideEntry, i18n, announce, rootRef, fallbackFocus, tuning } = options;
  const entryByRoomId = useMemo(() => new Map(invites.map((entry) => [entry.roomId, entry])), [invites]);
  const latestEntries = useRef({ entryByRoomId, hidden });
  useEffect(() => {
    latestEntries.current = { entryByRoomId, hidden };
  });
  // Names of rooms a bulk run declined, for its per-invite results once they have left the list.
  const declinedNames = useRef(new Map<string, string>());
  const hideRoom = useCallback(
    (roomId: string) => {
      const entry = latestEntries.current.entryByRoomId.get(roomId);
      if (entry) declinedNames.current.set(roomId, formatRoomNameText(entry.summary.name, i18n));
      if (entry) hideEntry(entry);
    },
    [hideEntry, i18n],
  );
  // "Decline all" asks before every leave: a room that left the list (joined or declined in
  // another client, as /sync reports) or that was accepted or declined here is not left.
  const isStillInvited = useCallback((roomId: string) => {
    const { entryByRoomId: entries, hidden: gone } = latestEntries.current;
    const entry = entries.get(roomId);
    return entry !== undefined && entry.kind === "invite" && !gone.has(inviteKey(entry));
  }, []);

  const declineAll = useGroupDeclineAll({
    client,
    groups: options.groups,
    isBusy: options.isBusy,
    isStillInvited,
    groupName: options.groupName,
    i18n,
    announce,
    hide: hideRoom,
    fallbackFocus,
    findTrigger: (kind) => rootRef.current?.querySelector<HTMLElement>(`[data-decline-all="${kind}"]`) ?? null,
    tuning,
  });
  const block = useInboxBlock({ client, userId: options.userId, invites, store: options.store, hide: hideRoom, i18n, announce, fallbackFocus, tuning });
  const blockRowHandler = useRef<(entry: InviteEntry) => void>(() => undefined);
  useEffect(() => {
    blockRowHandler.current = (entry) => block.askFor([entry]);
  });
  const onBlockRow = useCallback((entry: InviteEntry) => blockRowHandler.current(entry), []);
  const report = useInboxReport({
    client,
    isStillInvited,
    i18n,
    announce,
    findTrigger: () => rootRef.current?.querySelector<HTMLElement>('[data-selection-action="report"]') ?? null,
    fallbackFocus,
    tuning,
  });

  const { run } = declineAll;
  return {
    declineAll,
    block,
    report,
    running: run.status === "running" || block.running || report.running,
    declineAllAvailable: run.status === "idle" && !block.running && !report.running,
    requestGroup: run.status === "idle" ? declineAll.request?.group : undefined,
    nameOfRoom(roomId) {
      const entry = entryByRoomId.get(roomId);
      return entry ? formatRoomNameText(entry.summary.name, i18n) : (declinedNames.current.get(roomId) ?? roomId);
    },
    onBlockRow,
  };
}

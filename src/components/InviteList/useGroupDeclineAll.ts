/**
 * "Decline all" for one inbox group: the confirmation request, the run (`useDeclineAll`),
 * its announcements, and where focus goes when the panel closes.
 */
import { useEffect, useRef, useState } from "react";
import type { MembershipClient } from "../../core/client/types";
import type { DeclineAllProgress } from "../../core/actions/declineAllRun";
import { useDeclineAll, type UseDeclineAllOptions, type UseDeclineAllResult } from "../../hooks/useDeclineAll";
import { formatWait } from "../../i18n/duration";
import type { I18n } from "../../i18n/types";
import type { DeclineAllRequest } from "./DeclineAllPanel";
import type { InviteGroup, InviteGroupKind } from "./groupInvites";

/** Options of {@link useGroupDeclineAll}. */
export interface GroupDeclineAllOptions {
  /** Sends the leaves. */
  client: Pick<MembershipClient, "leaveRoom">;
  /** The groups as shown (after the filter). */
  groups: readonly InviteGroup[];
  /** Whether a room is busy with its own accept or decline (left out of the bulk run). */
  isBusy(roomId: string): boolean;
  /** Whether a room is still a pending invite in the list: asked again before every leave of the run. */
  isStillInvited(roomId: string): boolean;
  /** The group's name, in words. */
  groupName(kind: InviteGroupKind): string;
  /** The translator, for announcements. */
  i18n: I18n;
  /** Queues a live-region announcement. */
  announce(text: string): void;
  /** Hides a declined room at once. */
  hide(roomId: string): void;
  /** Where focus goes when the panel closes without a group button to return to. */
  fallbackFocus(): HTMLElement | null;
  /** Finds a group's "Decline all" button (to return focus to it). */
  findTrigger(kind: InviteGroupKind): HTMLElement | null;
  /** Tuning for the run (tests and stories). */
  tuning?: Pick<UseDeclineAllOptions, "sleep" | "maxRetries" | "maxWaitMs">;
}

/** What {@link useGroupDeclineAll} returns. */
export interface GroupDeclineAll {
  /** The confirmation being asked, if any. */
  request: (DeclineAllRequest & { group: InviteGroupKind }) | undefined;
  /** The run's progress and controls. */
  run: UseDeclineAllResult;
  /** "Decline all" pressed on a group: ask for confirmation. */
  ask(kind: InviteGroupKind): void;
  /** Confirmed: start. */
  confirm(): void;
  /** Confirmation refused: close and return focus to the group's button. */
  cancelRequest(): void;
  /** Result read: close. */
  dismiss(): void;
  /** Runs again for the rooms that failed. */
  retryFailed(): void;
  /** Whether the running "Decline all" has yet to settle `roomId` (its row offers no Accept). */
  isQueued(roomId: string): boolean;
  /** Declines these rooms now, without asking (the selection's Decline: the user picked each); ignored while a run goes. */
  startRooms(roomIds: readonly string[]): void;
}

/** Confirmation, run and announcements of "Decline all"; see the module documentation. */
export function useGroupDeclineAll(options: GroupDeclineAllOptions): GroupDeclineAll {
  const { i18n, announce } = options;
  const [request, setRequest] = useState<GroupDeclineAll["request"]>(undefined);
  // The rooms the current run was started with, to mark their rows as queued.
  const [runRoomIds, setRunRoomIds] = useState<ReadonlySet<string>>(() => new Set());
  // The group whose run the panel shows: Dismiss takes focus back to its "Decline all".
  const [runGroup, setRunGroup] = useState<InviteGroupKind | undefined>(undefined);

  const run = useDeclineAll(options.client, {
    ...options.tuning,
    isStillInvited: options.isStillInvited,
    onRoomDeclined: options.hide,
    onRateLimited: (waitMs) => announce(i18n.t("inbox.decline_all_waiting", { when: formatWait(i18n, Math.max(1000, waitMs)) })),
    onFinished: (progress) => announce(describeResult(progress, i18n)),
  });

  // Where focus goes once the panel is gone: the group's "Decline all" only comes back when
  // the run is reset and rendered, so focus moves after that render.
  const focusAfterClose = useRef<{ kind: InviteGroupKind | undefined } | undefined>(undefined);
  const idle = run.status === "idle";
  useEffect(() => {
    const pending = focusAfterClose.current;
    if (!pending || !idle) return;
    focusAfterClose.current = undefined;
    ((pending.kind ? options.findTrigger(pending.kind) : null) ?? options.fallbackFocus())?.focus();
  });

  function close(kind: InviteGroupKind | undefined) {
    focusAfterClose.current = { kind };
    setRequest(undefined);
    run.reset();
  }

  return {
    request,
    run,
    ask(kind) {
      const group = options.groups.find((candidate) => candidate.kind === kind);
      const roomIds = (group?.entries ?? [])
        .filter((entry) => entry.kind === "invite" && !options.isBusy(entry.roomId))
        .map((entry) => entry.roomId);
      if (roomIds.length > 0) setRequest({ group: kind, groupName: options.groupName(kind), roomIds });
    },
    confirm() {
      if (!request) return;
      announce(i18n.plural("inbox.decline_all_started", request.roomIds.length));
      run.start(request.roomIds);
      setRunRoomIds(new Set(request.roomIds));
      setRunGroup(request.group);
      setRequest(undefined);
    },
    cancelRequest: () => close(request?.group),
    // Back to the group's "Decline all" while it is still there (invites left to decline), else the filter.
    dismiss: () => close(runGroup),
    retryFailed() {
      announce(i18n.plural("inbox.decline_all_started", run.failed.length));
      setRunRoomIds(new Set(run.failed.map((failure) => failure.roomId)));
      run.retryFailed();
    },
    isQueued(roomId) {
      if (run.status !== "running" || !runRoomIds.has(roomId)) return false;
      return !run.declined.includes(roomId) && !run.skipped.includes(roomId) && !run.failed.some((failure) => failure.roomId === roomId);
    },
    startRooms(roomIds) {
      const rooms = roomIds.filter((roomId) => !options.isBusy(roomId));
      if (run.status === "running" || rooms.length === 0) return;
      setRequest(undefined);
      announce(i18n.plural("inbox.decline_all_started", rooms.length));
      setRunRoomIds(new Set(rooms));
      run.start(rooms);
    },
  };
}

/** The end of a run in one sentence or two, for the live region. */
function describeResult(progress: DeclineAllProgress, i18n: I18n): string {
  const declined = progress.declined.length;
  const head =
    progress.status === "cancelled"
      ? i18n.t("inbox.decline_all_cancelled", { done: i18n.formatNumber(declined), total: i18n.formatNumber(progress.total) })
      : i18n.plural("inbox.decline_all_done", declined);
  return progress.failed.length > 0 ? `${head} ${i18n.plural("inbox.decline_all_failed", progress.failed.length)}` : head;
}

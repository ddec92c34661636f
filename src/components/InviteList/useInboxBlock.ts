/**
 * Block and clear for the inbox: the `useBlockAndClear` run over the host's invite store, the
 * invites hidden because their sender is blocked (`useBlockedInvites`), the confirmation being
 * asked, and the run's announcements. Without a store nothing is offered (the hooks read an
 * inert one, so they are still called in the same order).
 */
import { useEffect, useRef, useState } from "react";
import type { BlockAndClearProgress } from "../../core/actions/blockAndClearRun";
import type { BlockAndClearClient, BlockAndClearStore } from "../../core/flows/blockAndClear";
import type { InviteEntry } from "../../core/store/inviteStore";
import { useBlockAndClear, type UseBlockAndClearOptions, type UseBlockAndClearResult } from "../../hooks/useBlockAndClear";
import { useBlockedInvites, type BlockedInviteSource } from "../../hooks/useBlockedInvites";
import type { I18n } from "../../i18n/types";
import type { BlockRequest } from "./BlockPanel";
import { senderLabel } from "./InviteListItem";

/** What the inbox needs from the host's invite store to block and clear. */
export type InboxBlockStore = BlockAndClearStore & BlockedInviteSource;

const NONE: readonly InviteEntry[] = Object.freeze([]);

/** A store with nothing in it: what the hooks read when the host gave none. */
const INERT_STORE: InboxBlockStore = {
  userId: "",
  getSnapshot: () => NONE,
  getBlockedInvites: () => NONE,
  getEntry: () => undefined,
  remove: () => undefined,
  subscribe: () => () => undefined,
};

/** Options of {@link useInboxBlock}. */
export interface InboxBlockOptions {
  /** Sends the ignore, the report and the leaves. */
  client: BlockAndClearClient;
  /** The signed-in user: never asked to ignore themselves. */
  userId: string;
  /** The invites shown, to name their senders. */
  invites: readonly InviteEntry[];
  /** The host's invite store; without it, blocking is not offered. */
  store: InboxBlockStore | undefined;
  /** Hides a declined room at once. */
  hide(roomId: string): void;
  /** The translator, for announcements. */
  i18n: I18n;
  /** Queues a live-region announcement. */
  announce(text: string): void;
  /** Where focus goes when the panel closes and the button that opened it is gone. */
  fallbackFocus?(): HTMLElement | null;
  /** Tuning for the run (tests and stories). */
  tuning?: Pick<UseBlockAndClearOptions, "sleep" | "maxRetries" | "maxWaitMs">;
}

/** What {@link useInboxBlock} returns. */
export interface InboxBlock {
  /** Whether blocking is offered (the host passed a store). */
  available: boolean;
  /** The run's progress and controls. */
  run: UseBlockAndClearResult;
  /** Whether a run is going (invites come and go, other bulk actions wait). */
  running: boolean;
  /** The pending invites hidden because their sender is blocked. */
  blocked: readonly InviteEntry[];
  /** The confirmation being asked, if any. */
  request: BlockRequest | undefined;
  /** "Ignore" (block and clear) pressed: ask first (nothing when a run is going or nobody valid is named). */
  ask(userIds: readonly string[], label: string): void;
  /** Asks to ignore the senders of these invites (the user excepted), named by up to three of them. */
  askFor(entries: readonly InviteEntry[]): void;
  /** A sender's name as the inbox shows it, or the user ID. */
  nameOfUser(userId: string): string;
  /** Confirmed: block, report when asked, and decline their invites. */
  confirm(report: { reason: string } | undefined): void;
  /** Not confirmed. */
  cancelRequest(): void;
  /** Result read: close. */
  dismiss(): void;
  /** "Decline them": declines the hidden invites (blocking their senders again). */
  clearBlocked(): void;
}

/** Block and clear in the inbox; see the module documentation. */
export function useInboxBlock({ client, userId, invites, store, hide, i18n, announce, fallbackFocus, tuning }: InboxBlockOptions): InboxBlock {
  const source = store ?? INERT_STORE;
  const [request, setRequest] = useState<BlockRequest | undefined>(undefined);
  const run = useBlockAndClear(client, source, {
    ...tuning,
    onRoomDeclined: hide,
    onRateLimited: (waitMs) => announce(i18n.plural("inbox.block.waiting", Math.max(1, Math.ceil(waitMs / 1000)))),
    onFinished: (progress) => announce(describeResult(progress, i18n)),
  });
  const blocked = useBlockedInvites(source);
  // The button that opened the panel: focus goes back to it when the panel closes (after the
  // render that removed the panel), or to the fallback when it left the page (its row declined).
  const trigger = useRef<HTMLElement | null>(null);
  const focusAfterClose = useRef(false);
  const closed = request === undefined && run.status === "idle";
  useEffect(() => {
    if (!focusAfterClose.current || !closed) return;
    focusAfterClose.current = false;
    const target = trigger.current?.isConnected ? trigger.current : (fallbackFocus?.() ?? null);
    trigger.current = null;
    target?.focus();
  });
  function close(): void {
    focusAfterClose.current = true;
    setRequest(undefined);
    if (run.status !== "running") run.reset();
  }
  function ask(userIds: readonly string[], label: string) {
    if (store === undefined || run.status === "running" || userIds.length === 0) return;
    if (run.status !== "idle") run.reset();
    const active = typeof document === "undefined" ? null : document.activeElement;
    trigger.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setRequest({ userIds, label });
  }
  return {
    available: store !== undefined,
    run,
    running: run.status === "running",
    blocked: store ? blocked : NONE,
    request,
    ask,
    askFor(entries) {
      const senders = new Map<string, string>();
      for (const entry of entries) {
        const inviter = entry.kind === "invite" ? entry.summary.inviter : undefined;
        if (inviter && inviter.userId !== userId && !senders.has(inviter.userId)) senders.set(inviter.userId, senderLabel(inviter));
      }
      const labels = [...senders.values()];
      ask([...senders.keys()], labels.length <= 3 ? labels.join(", ") : `${labels.slice(0, 3).join(", ")}…`);
    },
    nameOfUser(sender) {
      for (const entry of invites) if (entry.summary.inviter?.userId === sender) return senderLabel(entry.summary.inviter);
      return sender;
    },
    confirm(report) {
      if (!request) return;
      announce(i18n.t("inbox.block.progress_label"));
      run.start({ userId: request.userIds, report });
      setRequest(undefined);
    },
    cancelRequest: close,
    dismiss: close,
    clearBlocked() {
      if (store === undefined || run.status === "running") return;
      if (run.status !== "idle") run.reset();
      announce(i18n.t("inbox.block.progress_label"));
      run.clearBlocked();
    },
  };
}

/** The end of a run in one sentence or two, for the live region. */
function describeResult(progress: BlockAndClearProgress, i18n: I18n): string {
  const head =
    progress.status === "cancelled"
      ? i18n.t("inbox.block.cancelled", { done: i18n.formatNumber(progress.declined.length), total: i18n.formatNumber(progress.total) })
      : i18n.plural("inbox.block.done", progress.declined.length);
  return progress.failed.length > 0 ? `${head} ${i18n.plural("inbox.block.failed", progress.failed.length)}` : head;
}

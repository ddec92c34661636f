/**
 * The inbox's grouping in React: the core's `createInviteGrouping` for the list's options
 * (made again only when they change), and which groups the user has opened or closed.
 * A group whose level folds (`suspicious` by default) starts collapsed; a press on its
 * toggle flips it, and the choice holds while the list is mounted.
 */
import { useCallback, useMemo, useState } from "react";
import { createInviteGrouping, type InviteGrouping, type InviteGroupKind, type InviteListTrustContext } from "../../core/inviteGroups";
import type { InviteGradingOptions } from "../../core/inviteGrading";
import type { InviteEntry } from "../../core/store/inviteStore";
import { GROUP_ORDER } from "./groupInvites";

/** What {@link useTrustGroups} returns. */
export interface TrustGroups {
  /** The grouping of the list (by trust or by kind). */
  grouping: InviteGrouping;
  /** The groups shown collapsed now. */
  collapsed: ReadonlySet<InviteGroupKind>;
  /** Whether a group can be collapsed (its level folds by default, or the host's grading says so). */
  isCollapsible(group: InviteGroupKind): boolean;
  /** Opens a collapsed group, or closes an open one. */
  toggle(group: InviteGroupKind): void;
}

/** The grouping and the open or closed groups; see the module documentation. */
export function useTrustGroups(
  invites: readonly InviteEntry[],
  trust: InviteListTrustContext | undefined,
  grading: InviteGradingOptions | undefined,
  knownUserIds: ReadonlySet<string> | undefined,
): TrustGroups {
  const grouping = useMemo(
    () => createInviteGrouping({ trust, grading, knownUserIds, pendingInvites: invites }),
    [trust, grading, knownUserIds, invites],
  );
  const [flipped, setFlipped] = useState<ReadonlySet<InviteGroupKind>>(() => new Set());
  const collapsed = useMemo(() => {
    const set = new Set<InviteGroupKind>();
    for (const group of GROUP_ORDER) if (grouping.isFoldedByDefault(group) !== flipped.has(group)) set.add(group);
    return set;
  }, [grouping, flipped]);
  const toggle = useCallback((group: InviteGroupKind) => {
    setFlipped((previous) => {
      const next = new Set(previous);
      if (next.has(group)) next.delete(group);
      else next.add(group);
      return next;
    });
  }, []);
  return { grouping, collapsed, isCollapsible: grouping.isFoldedByDefault, toggle };
}

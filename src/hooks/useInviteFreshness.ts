/**
 * Whether an invite's preview is still current, for a component that shows it in full: a
 * thin adapter over the core's `checkInviteFreshness`. The check is aborted when the invite or
 * client changes or the component unmounts, and only the latest check may set the state.
 */
import { useCallback, useEffect, useState } from "react";
import { checkInviteFreshness } from "../core/flows/inviteFreshness";
import type { FreshnessSummary, InviteFreshness, InviteFreshnessClient } from "../core/flows/inviteFreshness";

/** The invite to check: its room, its summary and, optionally, the servers to ask through. */
export interface FreshnessTarget {
  /** The invite's room. */
  roomId: string;
  /** The invite's summary (e.g. a store entry's `summary`). */
  summary: FreshnessSummary;
  /** Servers to ask through; by default the invite's own. */
  via?: readonly string[];
}

/** Options of {@link useInviteFreshness}. */
export interface UseInviteFreshnessOptions {
  /** Set to `false` to check nothing (e.g. while the invite is only a row of the inbox). */
  enabled?: boolean;
  /** Gives up after this long, in milliseconds (default 10 s). */
  timeoutMs?: number;
}

/** Where the check stands: `idle` when disabled, `checking` while the request is out, `done` once it settled (available or not). */
export type InviteFreshnessStatus = "idle" | "checking" | "done";

/** What {@link useInviteFreshness} returns. */
export interface UseInviteFreshnessResult {
  /** Where the check stands. */
  status: InviteFreshnessStatus;
  /** What the check found (status `done`). */
  freshness: InviteFreshness | undefined;
  /** Checks again; the answer of any earlier check is then ignored. */
  refetch: () => void;
}

interface Settled {
  client: InviteFreshnessClient;
  target: FreshnessTarget;
  viaKey: string;
  generation: number;
  freshness: InviteFreshness;
}

/**
 * Checks the invite's preview against the room's live summary (`checkInviteFreshness`) and
 * keeps the answer. Show the stripped state at once and fill in the live facts when `status`
 * is `done`; with `freshness.available === false`, keep the "may be out of date" hint.
 * `client` must be a stable object; `target.summary` is compared by identity (store entries
 * keep theirs while unchanged), `target.via` by value.
 */
export function useInviteFreshness(
  client: InviteFreshnessClient,
  target: FreshnessTarget | undefined,
  options: UseInviteFreshnessOptions = {},
): UseInviteFreshnessResult {
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled | undefined>(undefined);
  const refetch = useCallback(() => setGeneration((value) => value + 1), []);
  const enabled = options.enabled !== false && target !== undefined;
  const roomId = target?.roomId;
  const summary = target?.summary;
  const viaKey = target?.via === undefined ? "" : JSON.stringify(target.via);
  const timeoutMs = options.timeoutMs;

  useEffect(() => {
    if (!enabled || roomId === undefined || summary === undefined) return undefined;
    const controller = new AbortController();
    const via = viaKey === "" ? undefined : (JSON.parse(viaKey) as string[]);
    const request: FreshnessTarget = via === undefined ? { roomId, summary } : { roomId, summary, via };
    checkInviteFreshness(client, { ...request, signal: controller.signal, timeoutMs }).then(
      (freshness) => {
        if (!controller.signal.aborted) setSettled({ client, target: request, viaKey, generation, freshness });
      },
      () => {
        // Only the abort rejects: the component moved on or unmounted.
      },
    );
    return () => controller.abort();
  }, [client, roomId, summary, viaKey, timeoutMs, generation, enabled]);

  if (!enabled) return { status: "idle", freshness: undefined, refetch };
  const current =
    settled !== undefined &&
    settled.client === client &&
    settled.target.roomId === roomId &&
    settled.target.summary === summary &&
    settled.viaKey === viaKey &&
    settled.generation === generation;
  return current ? { status: "done", freshness: settled.freshness, refetch } : { status: "checking", freshness: undefined, refetch };
}

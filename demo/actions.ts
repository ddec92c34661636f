/**
 * What the demo does when the user presses Accept or Decline, through the library's flows
 * (`acceptInvite`, `declineInvite`), kept outside React so an action survives its card being
 * unmounted: a `/sync` that sees the join removes the invite from the store, and the
 * virtualized list unmounts rows that scroll away, while the request is still settling.
 * Views read it with `useSyncExternalStore`.
 */
import {
  MembershipActionError,
  acceptInvite,
  declineInvite,
  toMembershipError,
  type DeclineOutcome,
  type DeclineRequest,
  type InviteActionError,
  type InviteActionStatus,
  type InviteEntry,
  type InviteStore,
  type MatrixHttpClient,
  type RoomSummary,
} from "../src/index";

/** Where one room's action stands, in the shape `InvitePreviewView` takes. */
export interface RoomAction {
  /** The invite acted on. */
  entry: InviteEntry;
  /** `idle` is never stored: a reset deletes the record. */
  status: InviteActionStatus;
  /** When `status` is `error`. */
  error?: InviteActionError;
  /** The live room after joining. */
  liveSummary?: RoomSummary;
  /** After a decline: the optional steps that failed. */
  declineOutcome?: DeclineOutcome;
  /** The decline asked for (repeated by a retry). */
  declineRequest?: DeclineRequest;
  /** After a decline: its failed extra steps are being tried again. */
  followUpsPending?: boolean;
  /** Whether the user has joined (the live state may still be missing). */
  joined: boolean;
  /** Hidden from the inbox by the user. */
  dismissed: boolean;
}

/** The action store: one record per room ID. */
export interface RoomActions {
  subscribe(listener: () => void): () => void;
  get(roomId: string): RoomAction | undefined;
  /** Every record, as a stable array between changes. */
  getAll(): readonly RoomAction[];
  accept(entry: InviteEntry): void;
  decline(entry: InviteEntry, request?: DeclineRequest): Promise<boolean>;
  /**
   * Repeats the failed action; after "joined but the state failed" only fetches the state;
   * after a decline whose extra steps failed, runs only those steps (never the leave).
   */
  retry(roomId: string): void;
  /** Back to the invite's buttons after an error. */
  reset(roomId: string): void;
  /** Hides a finished card. */
  dismiss(roomId: string): void;
}

const EMPTY: readonly RoomAction[] = Object.freeze([]);

/** How long "Invite declined." stays before the card goes (a decline with failed extra steps stays until dismissed). */
export const DECLINED_CARD_MS = 3_000;

function toActionError(error: unknown, action: "accept" | "decline"): InviteActionError {
  const info = toMembershipError(error, action === "accept" ? "join" : "decline");
  const result: InviteActionError = { code: info?.code ?? "unknown", action };
  if (info?.retryAfterMs !== undefined) {
    result.retryAfterMs = info.retryAfterMs;
    result.retryAt = Date.now() + info.retryAfterMs;
  }
  if (info?.requestMayHaveReachedServer) result.requestMayHaveReachedServer = true;
  if (error instanceof MembershipActionError && error.action === "state") result.joined = true;
  return result;
}

/** Creates the action store for one signed-in client. */
export function createRoomActions(client: MatrixHttpClient, invites: InviteStore, userId: string): RoomActions {
  const records = new Map<string, RoomAction>();
  const listeners = new Set<() => void>();
  let all: readonly RoomAction[] = EMPTY;

  function set(roomId: string, record: RoomAction | undefined): void {
    if (record === undefined) records.delete(roomId);
    else records.set(roomId, record);
    all = records.size === 0 ? EMPTY : [...records.values()];
    for (const listener of listeners) listener();
  }

  function busy(roomId: string): boolean {
    const status = records.get(roomId)?.status;
    return status === "accepting" || status === "declining" || status === "accepted" || status === "declined";
  }

  async function runAccept(entry: InviteEntry, alreadyJoined: boolean): Promise<void> {
    const base = { entry, joined: alreadyJoined, dismissed: false };
    set(entry.roomId, { ...base, status: "accepting" });
    // The summary names the servers to join through; for a direct chat the flow also records it in m.direct.
    const options = { roomId: entry.roomId, userId, invite: entry.summary };
    try {
      const liveSummary = await acceptInvite(client, { ...options, alreadyJoined });
      invites.remove(entry.roomId);
      set(entry.roomId, { ...base, joined: true, status: "accepted", liveSummary });
    } catch (error) {
      // A join whose answer was lost is checked against the server by acceptInvite itself.
      const failure = toActionError(error, "accept");
      if (failure.joined) invites.remove(entry.roomId);
      set(entry.roomId, { ...base, joined: failure.joined === true, status: "error", error: failure });
    }
  }

  async function runDecline(entry: InviteEntry, request: DeclineRequest, alreadyLeft = false): Promise<boolean> {
    const base = { entry, joined: false, dismissed: false, declineRequest: request };
    const previous = records.get(entry.roomId);
    if (alreadyLeft && previous) set(entry.roomId, { ...previous, followUpsPending: true });
    else set(entry.roomId, { ...base, status: "declining" });
    try {
      const result = await declineInvite(client, {
        alreadyLeft,
        roomId: entry.roomId,
        inviterId: entry.summary.inviter?.userId,
        reason: request.reason,
        ignoreInviter: request.ignoreInviter,
        reportReason: request.reportReason,
        forget: request.forget,
      });
      invites.remove(entry.roomId);
      const declineOutcome: DeclineOutcome = { failedSteps: result.failedSteps.map(({ step, code }) => ({ step, code })) };
      set(entry.roomId, { ...base, status: "declined", declineOutcome });
      if (declineOutcome.failedSteps.length === 0) {
        setTimeout(() => {
          const record = records.get(entry.roomId);
          if (record?.status === "declined" && !record.dismissed) set(entry.roomId, { ...record, dismissed: true });
        }, DECLINED_CARD_MS);
      }
      return true;
    } catch (error) {
      const failure = toActionError(error, "decline");
      if (alreadyLeft && previous?.status === "declined") set(entry.roomId, { ...previous, followUpsPending: false });
      else set(entry.roomId, { ...base, status: "error", error: failure });
      return false;
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: (roomId) => records.get(roomId),
    getAll: () => all,
    accept(entry) {
      if (busy(entry.roomId)) return;
      void runAccept(entry, records.get(entry.roomId)?.joined === true);
    },
    async decline(entry, request = {}) {
      if (busy(entry.roomId)) return false;
      return runDecline(entry, request);
    },
    retry(roomId) {
      const record = records.get(roomId);
      const failedSteps = record?.declineOutcome?.failedSteps ?? [];
      if (record?.status === "declined" && failedSteps.length > 0 && !record.followUpsPending) {
        const failed = new Set(failedSteps.map((failure) => failure.step));
        const asked = record.declineRequest ?? {};
        const request: DeclineRequest = {};
        if (failed.has("ignore")) request.ignoreInviter = true;
        if (failed.has("report") && asked.reportReason !== undefined) request.reportReason = asked.reportReason;
        if (failed.has("forget")) request.forget = true;
        void runDecline(record.entry, request, true);
        return;
      }
      if (record?.status !== "error") return;
      if (record.error?.action === "decline") void runDecline(record.entry, record.declineRequest ?? {});
      else void runAccept(record.entry, record.joined);
    },
    reset(roomId) {
      const record = records.get(roomId);
      if (record?.status === "error" && !record.joined) set(roomId, undefined);
    },
    dismiss(roomId) {
      const record = records.get(roomId);
      if (record !== undefined && record.status !== "accepting" && record.status !== "declining") set(roomId, { ...record, dismissed: true });
    },
  };
}


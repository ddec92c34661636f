/**
 * A long-poll simplified sliding sync loop (MSC4186) that feeds an invite store: one list
 * filtered to invites, no timeline, only the state a preview reads, and the account data
 * extension. It keeps its `pos`, starts again without it when the server has forgotten the
 * connection (keeping the list on screen meanwhile), and backs off like the `/sync` loop.
 */
import type { SlidingSyncOptions } from "../client/types";
import { SUMMARY_STATE_TYPES } from "../summaryEvents";
import { isUnauthorized, readErrorField, runFeedLoop, type FeedLoopControl, type FeedLoopOptions } from "./feedLoop";
import type { InviteStore } from "./inviteStore";
import { readSlidingSyncPos, SLIDING_INVITE_LIST } from "./slidingSyncResponse";

/** The one call the loop needs (`createMatrixHttpClient` and `fromMatrixJsSdk` both have it). */
export interface SlidingSyncClient {
  /** One `POST …/org.matrix.simplified_msc3575/sync`, returning raw JSON. */
  slidingSync(options: SlidingSyncOptions): Promise<unknown>;
}

/** Options of {@link startSlidingSyncLoop}. */
export interface SlidingSyncLoopOptions extends FeedLoopOptions {
  /** How long the server may hold each long poll, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /** A `pos` to resume from; without it the first answer is a full one. */
  pos?: string;
  /** The most invites the list asks for (its range, default 10,000). */
  maxInvites?: number;
  /**
   * The connection ID (`conn_id`), so the feed never resets the host's own sliding sync
   * connection on the same access token (default `matrix-membership-ui.invites`).
   */
  connectionId?: string;
  /** Called with each raw answer after the store has applied it. */
  onSync?: (response: unknown) => void;
}

/** A running sliding sync loop. */
export interface SlidingSyncLoop extends FeedLoopControl {
  /** The `pos` of the last answer, to resume later (`undefined` while starting again). */
  getPos(): string | undefined;
  /**
   * Whether the server serves simplified sliding sync: `true` after an answer, `false`
   * when it said it does not know the endpoint (404 or 405, or `M_UNRECOGNIZED`: the loop
   * has then stopped), `undefined` before either.
   */
  isSupported(): boolean | undefined;
}

/** The default `conn_id`. */
const CONNECTION_ID = "matrix-membership-ui.invites";

/**
 * The request body: one list of invites, without timeline, with the state a preview reads
 * (for invites the server sends their stripped state instead), and the account data the
 * store honours (the ignore list, media previews, invite blocking).
 */
export function slidingSyncInviteRequest(maxInvites = 10_000, connectionId = CONNECTION_ID): Record<string, unknown> {
  const last = Math.max(0, Math.min(Math.floor(maxInvites), 200_000) - 1);
  return {
    conn_id: connectionId,
    lists: {
      [SLIDING_INVITE_LIST]: {
        ranges: [[0, Number.isFinite(last) ? last : 9_999]],
        timeline_limit: 0,
        required_state: [...SUMMARY_STATE_TYPES.map((type) => [type, ""]), ["m.room.member", "$ME"]],
        filters: { is_invite: true },
      },
    },
    // Global account data only: `lists: []` and `rooms: []` leave out the per-room account
    // data Synapse would otherwise key by every listed room.
    extensions: { account_data: { enabled: true, lists: [], rooms: [] } },
  };
}

/**
 * Starts long-polling simplified sliding sync into `store`. The first answer (without `pos`)
 * replaces the store's invites; later ones add and remove them. When the server has dropped
 * the connection (`M_UNKNOWN_POS`, or Synapse's 400 `M_UNKNOWN` "Invalid stream token"), the
 * loop asks again at once without `pos`; the invites stay listed until that answer replaces
 * them. Network errors, 5xx and 429 back off as in `startSyncLoop`; a 401, and a server that
 * does not know the endpoint, stop the loop. Knocks are not in an `is_invite` list: the store
 * keeps whatever another feed said about them.
 */
export function startSlidingSyncLoop(store: InviteStore, client: SlidingSyncClient, options: SlidingSyncLoopOptions = {}): SlidingSyncLoop {
  const body = slidingSyncInviteRequest(options.maxInvites, options.connectionId);
  const timeoutMs = options.timeoutMs ?? 30_000;
  let pos = options.pos;
  let supported: boolean | undefined;

  const request = (signal: AbortSignal) =>
    client.slidingSync({ body, pos, timeoutMs: pos === undefined ? 0 : timeoutMs, signal });

  const loop = runFeedLoop(store, options, {
    async poll(signal) {
      let response: unknown;
      try {
        response = await request(signal);
      } catch (error) {
        if (pos === undefined || !isExpiredPos(error)) throw error;
        pos = undefined;
        response = await request(signal);
      }
      if (signal.aborted) return;
      const full = pos === undefined;
      // Checked before applying: an answer without a `pos` is no sliding sync answer.
      const next = readSlidingSyncPos(response);
      if (next === undefined) throw new TypeError("The sliding sync answer has no pos");
      supported = true;
      const inStep = store.applySlidingSync(response, { full, list: SLIDING_INVITE_LIST });
      // Out of step (the count disagrees and nothing said which invites left): ask again
      // without `pos`; that full answer reconciles the list, which stays on screen meanwhile.
      pos = inStep || full ? next : undefined;
      options.onSync?.(response);
    },
    isFatal(error) {
      if (isUnauthorized(error)) return true;
      if (!isUnknownEndpoint(error)) return false;
      supported = false;
      return true;
    },
  });
  return { ...loop, getPos: () => pos, isSupported: () => supported };
}

/** The server no longer knows the connection's `pos`. */
function isExpiredPos(error: unknown): boolean {
  if (readErrorField(error, "status") !== 400) return false;
  const errcode = readErrorField(error, "errcode");
  if (errcode === "M_UNKNOWN_POS") return true;
  // Synapse 1.163 answers a pos it cannot parse with 400 M_UNKNOWN "Invalid stream token".
  const message = readErrorField(readErrorField(error, "body"), "error");
  return errcode === "M_UNKNOWN" && typeof message === "string" && /token/i.test(message);
}

/** The server does not serve the endpoint (404 or 405, or `M_UNRECOGNIZED`). */
export function isUnknownEndpoint(error: unknown): boolean {
  const status = readErrorField(error, "status");
  return readErrorField(error, "errcode") === "M_UNRECOGNIZED" || ((status === 404 || status === 405) && readErrorField(error, "errcode") === undefined);
}

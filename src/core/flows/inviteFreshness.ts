/**
 * Is an invite's preview still current? The preview comes from the stripped state the
 * inviting server sent, frozen at invite time; the room's live summary (`GET /room_summary`,
 * spec v1.15) says what it is now. This flow asks, and says what changed, including the
 * dead-invite case where nobody is left in the room.
 */
import { hasErrorAnswer } from "../client/errors";
import { abortErrorOf, createTimedSignal } from "../client/signals";
import type { MembershipClient } from "../client/types";
import { parseRoomPreview } from "../roomPreview";
import type { RoomPreview } from "../roomPreview";
import type { JoinRule, RoomSummary } from "../types";
import { viaServersOf } from "./via";

/**
 * What changed since the invite was sent:
 * - `renamed`: the room's name is not the one the invite showed (set, changed or removed);
 * - `avatar_changed`: the room's avatar is not the one the invite showed;
 * - `topic_changed`: the topic is not the one the invite showed;
 * - `join_rule_changed`: the join rule differs (compared only when both say one);
 * - `room_empty`: nobody is joined any more (the dead invite: joining would fail too).
 */
export type InviteFreshnessChange = "renamed" | "avatar_changed" | "topic_changed" | "join_rule_changed" | "room_empty";

/** What {@link checkInviteFreshness} found. */
export interface InviteFreshness {
  /**
   * Whether the live facts could be had. `false` when the server lacks the endpoint, refused,
   * did not answer in time, or answered something unusable: keep the "may be out of date" hint.
   */
  available: boolean;
  /** What changed since the invite, in a fixed order; empty when unavailable or unchanged. */
  changes: InviteFreshnessChange[];
  /** Joined members now, when the server said (`0` for an empty room). */
  joinedMemberCount?: number;
  /** The join rule now, when the server said one the spec defines. */
  joinRule?: JoinRule;
  /** The live summary, validated (for "now 'X'"), when the server gave one. */
  preview?: RoomPreview;
}

/** The parts of an invite's summary the check compares and takes servers from. */
export type FreshnessSummary = Pick<RoomSummary, "name" | "avatarUrl" | "topic" | "joinRule" | "inviter" | "creators">;

/** Options of {@link checkInviteFreshness}. */
export interface CheckInviteFreshnessOptions {
  /** The invite's room. */
  roomId: string;
  /** The invite's summary (from its stripped state), compared with the live one. */
  summary: FreshnessSummary;
  /** Servers to ask through; by default the invite's own (the inviter's, then the room ID's or a v12 room's creators'). */
  via?: readonly string[];
  /** Cancels the check: the promise then rejects with the `AbortError`. */
  signal?: AbortSignal;
  /** Gives up after this long, in milliseconds (default 10 s): a slow answer counts as unavailable. */
  timeoutMs?: number;
}

/** The call {@link checkInviteFreshness} makes. */
export type InviteFreshnessClient = Pick<MembershipClient, "getRoomSummary">;

const DEFAULT_TIMEOUT_MS = 10_000;
const CHANGE_ORDER: readonly InviteFreshnessChange[] = ["room_empty", "renamed", "avatar_changed", "topic_changed", "join_rule_changed"];

/**
 * Fetches the room's live summary (`GET /_matrix/client/v1/room_summary/{roomId}`, then
 * MSC3266's unstable path when the server does not know it) through the invite's `via`
 * servers, and compares it with the invite's preview. The answer is validated like stripped
 * state (`parseRoomPreview`), and must be about `roomId`.
 *
 * Synapse 1.163 stops reaching a room once its last member has left: it answers 404
 * `M_NOT_FOUND` (with `via`) or 400 (without): both read as `room_empty`, not unavailable.
 * A missing endpoint, a refusal, a time-out or anything else gives `available: false` and no
 * changes. Resolves in every case except the caller's abort (rejects with the `AbortError`).
 */
export async function checkInviteFreshness(client: InviteFreshnessClient, options: CheckInviteFreshnessOptions): Promise<InviteFreshness> {
  const { roomId, summary, signal } = options;
  const via = readVia(roomId, summary, options.via);
  const timed = createTimedSignal(signal, typeof options.timeoutMs === "number" ? options.timeoutMs : DEFAULT_TIMEOUT_MS);
  try {
    // Raced with the signal: a client that ignores it must not hold the check past its time-out.
    const answer = await untilAborted(client.getRoomSummary(roomId, via.length > 0 ? { via, signal: timed.signal } : { signal: timed.signal }), timed.signal);
    const preview = parseRoomPreview(answer);
    if (preview.roomId !== roomId) return unavailable();
    const result: InviteFreshness = { available: true, changes: compareWithInvite(summary, preview, answer), preview };
    if (preview.joinedMemberCount !== undefined) result.joinedMemberCount = preview.joinedMemberCount;
    if (preview.joinRule !== undefined) result.joinRule = preview.joinRule;
    return result;
  } catch (error) {
    if (signal?.aborted) throw abortErrorOf(signal);
    if (isRoomGone(error, via.length > 0)) return { available: true, changes: ["room_empty"], joinedMemberCount: 0 };
    return unavailable();
  } finally {
    timed.dispose();
  }
}

/** The caller's servers (strings only, at most 20) or, without them, the invite's own. */
function readVia(roomId: string, summary: FreshnessSummary, via: unknown): string[] {
  if (via === undefined) return viaServersOf(roomId, summary);
  try {
    return Array.isArray(via) ? via.slice(0, 20).filter((server): server is string => typeof server === "string") : [];
  } catch {
    return [];
  }
}

/** Settles like `promise`, or rejects as soon as `signal` aborts (its late answer is then ignored). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortErrorOf(signal));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function unavailable(): InviteFreshness {
  return { available: false, changes: [] };
}

/** Synapse's answer for a room nobody is joined to any more: 404 `M_NOT_FOUND` with `via`, 400 `M_UNKNOWN` ("Missing via") without. */
function isRoomGone(error: unknown, sentVia: boolean): boolean {
  if (hasErrorAnswer(error, { status: 404, errcode: "M_NOT_FOUND" })) return true;
  return !sentVia && hasErrorAnswer(error, { status: 400, errcode: "M_UNKNOWN" });
}

/**
 * What the live summary says differently from the invite's preview, in {@link CHANGE_ORDER}.
 * A field the answer holds but validation dropped (a name that is not a string, an avatar
 * that is not an mxc URI) is unknown, not changed: only a field the answer leaves out, or
 * sets empty, counts as removed.
 */
function compareWithInvite(summary: FreshnessSummary, preview: RoomPreview, answer: unknown): InviteFreshnessChange[] {
  const changes = new Set<InviteFreshnessChange>();
  const says = (key: string, text: boolean): boolean => {
    const raw = readRaw(answer, key);
    return raw === undefined || raw === null || raw === "" || (text && typeof raw === "string");
  };
  if (preview.joinedMemberCount === 0) changes.add("room_empty");
  const invitedName = summary.name.kind === "named" ? summary.name.name : undefined;
  if (invitedName !== preview.name && (preview.name !== undefined || says("name", true))) changes.add("renamed");
  if (summary.avatarUrl !== preview.avatarUrl && (preview.avatarUrl !== undefined || says("avatar_url", false))) changes.add("avatar_changed");
  if (summary.topic !== preview.topic && (preview.topic !== undefined || says("topic", true))) changes.add("topic_changed");
  if (summary.joinRule !== undefined && preview.joinRule !== undefined && summary.joinRule !== preview.joinRule) changes.add("join_rule_changed");
  return CHANGE_ORDER.filter((change) => changes.has(change));
}

/** One field of the raw answer; a getter that throws reads as an untrusted value. */
function readRaw(answer: unknown, key: string): unknown {
  try {
    return typeof answer === "object" && answer !== null ? (answer as Record<string, unknown>)[key] : undefined;
  } catch {
    return Symbol("unreadable");
  }
}

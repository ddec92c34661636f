/**
 * The hidden classes of summaries (internal to the core). A summary's optional fields are
 * added one by one, in a fixed order, so each set of present fields has its own V8 hidden
 * class, reached through a chain of transitions. V8 drops those classes at a full GC once
 * no summary uses them, and with them the optimised code of every function that saw them:
 * an app (or a benchmark) that lets its summaries go between two syncs would summarise the
 * next sync in unoptimised code. One placeholder summary per set of fields (at most 4,096,
 * a few hundred in practice, holding no network data) keeps the classes alive.
 */
import type { RoomSummary } from "./types";

/** Bits of a summary's optional fields, one each, for {@link keepSummaryShape}. */
export const SUMMARY_FIELD = {
  roomId: 1,
  membership: 2,
  avatarUrl: 4,
  topic: 8,
  canonicalAlias: 16,
  joinRule: 32,
  roomType: 64,
  roomVersion: 128,
  reason: 256,
  inviter: 512,
  invitedAt: 1024,
  thirdPartyInvite: 2048,
} as const;

// Indexed by the field bits: an array lookup is cheaper than a Map on this per-summary path.
const keptShapes: (RoomSummary | undefined)[] = new Array<RoomSummary | undefined>(4096);

/**
 * Summaries are made by `new` on this constructor rather than by an object literal: V8 sizes
 * objects made by a constructor for the properties added to them afterwards too ("slack
 * tracking"), so the optional fields go in the object itself instead of a side array that
 * is reallocated every three fields. Its prototype is `Object.prototype`, so a summary is
 * indistinguishable from a literal (same prototype, same `constructor`, same keys).
 */
function SummaryObject(this: Omit<RoomSummary, "trusted">): void {
  this.name = { kind: "empty" };
  this.isSpace = false;
  this.isEncrypted = false;
  this.creators = [];
  this.isDirect = false;
  this.joinedMemberCount = 0;
  this.invitedMemberCount = 0;
}
SummaryObject.prototype = Object.prototype;
const Summary = SummaryObject as unknown as new () => Omit<RoomSummary, "trusted">;

/** A summary with its required fields (and the room ID, which comes first when known). */
export function emptySummary(roomId: string | undefined): Omit<RoomSummary, "trusted"> {
  const summary = new Summary();
  if (roomId !== undefined) summary.roomId = roomId;
  return summary;
}

/** Keeps a placeholder summary with the optional fields in `fields` (bits of {@link SUMMARY_FIELD}). */
export function keepSummaryShape(fields: number): void {
  if (keptShapes[fields] !== undefined) return;
  // The same fields, added in the same order, with values of the same kinds as a real
  // summary's (strings, objects, a non-integer-sized number for the timestamp).
  const summary = emptySummary(fields & SUMMARY_FIELD.roomId ? "!placeholder" : undefined) as RoomSummary;
  if (fields & SUMMARY_FIELD.membership) summary.membership = "invite";
  if (fields & SUMMARY_FIELD.avatarUrl) summary.avatarUrl = "mxc://placeholder/placeholder";
  if (fields & SUMMARY_FIELD.topic) summary.topic = "placeholder";
  if (fields & SUMMARY_FIELD.canonicalAlias) summary.canonicalAlias = "#placeholder:placeholder";
  if (fields & SUMMARY_FIELD.joinRule) summary.joinRule = "invite";
  if (fields & SUMMARY_FIELD.roomType) summary.roomType = "placeholder";
  if (fields & SUMMARY_FIELD.roomVersion) summary.roomVersion = "1";
  if (fields & SUMMARY_FIELD.reason) summary.reason = "placeholder";
  if (fields & SUMMARY_FIELD.inviter) summary.inviter = { userId: "@placeholder:placeholder" };
  if (fields & SUMMARY_FIELD.invitedAt) summary.invitedAt = 1.5e12;
  if (fields & SUMMARY_FIELD.thirdPartyInvite) summary.thirdPartyInvite = { displayName: "placeholder" };
  summary.trusted = false;
  keptShapes[fields] = summary;
}

/**
 * Every parser and reader of the core is called with hostile values in every argument
 * position (throwing Proxies, throwing getters, deep nesting, wrong types): none may throw.
 */
import { describe, expect, it } from "vitest";
import * as core from "../../src/core";
import { parsePowerLevelValue } from "../../src/core/powerLevels";
import { parseMxcUri } from "../../src/core/identifiers";
import { parseStrippedStateEvent } from "../../src/core/strippedState";
import { cleanLongText } from "../../src/core/text";
import { readSlidingSyncDelta, readSlidingSyncPos } from "../../src/core/store/slidingSyncResponse";

function throwingProxy(target: object): object {
  const fail = () => {
    throw new Error("trap");
  };
  return new Proxy(target, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
}

function deep(depth: number): unknown {
  let value: unknown = {};
  for (let level = 0; level < depth; level++) value = { events: [value], content: value, userId: value };
  return value;
}

const revoked = Proxy.revocable({}, {});
revoked.revoke();

const HOSTILE: [string, unknown][] = [
  ["null", null],
  ["undefined", undefined],
  ["a number", 12],
  ["a string", "@alice:localhost"],
  ["an object Proxy whose traps throw", throwingProxy({})],
  ["an array Proxy whose traps throw", throwingProxy([])],
  ["a revoked Proxy", revoked.proxy],
  [
    "an object with throwing getters",
    Object.defineProperties({}, {
      userId: { get: () => { throw new Error("getter"); }, enumerable: true },
      width: { get: () => { throw new Error("getter"); }, enumerable: true },
      maxLength: { get: () => { throw new Error("getter"); }, enumerable: true },
      events: { get: () => { throw new Error("getter"); }, enumerable: true },
    }),
  ],
  [
    "an event with throwing getters",
    Object.defineProperties({}, Object.fromEntries(
      ["type", "state_key", "sender", "content", "membership", "room_id", "name", "allowed_room_ids"].map((key) => [
        key,
        { get: () => { throw new Error("getter"); }, enumerable: true },
      ]),
    )),
  ],
  ["100,000-deep nesting", deep(100_000)],
  ["an object with __proto__ and constructor keys", JSON.parse('{"__proto__":{"x":1},"constructor":{"prototype":{"x":1}}}')],
];

/** The functions that take untrusted input, each called with `value` in every position. */
const CALLS: [string, (value: unknown) => unknown][] = [
  ["parseStrippedState", (value) => core.parseStrippedState(value)],
  ["parseStrippedStateEvent", (value) => parseStrippedStateEvent(value)],
  ["summarizeInvite(state)", (value) => core.summarizeInvite(value, { userId: "@me:x.org" })],
  ["summarizeInvite(options)", (value) => core.summarizeInvite([], value as never)],
  ["summarizeRoomState(state)", (value) => core.summarizeRoomState(value, { userId: "@me:x.org" })],
  ["summarizeRoomState(options)", (value) => core.summarizeRoomState([], value as never)],
  ["describeMembershipChange", (value) => core.describeMembershipChange(value)],
  ["describeThirdPartyInvite", (value) => core.describeThirdPartyInvite(value)],
  ["isMembershipChangeAllowed(state)", (value) => core.isMembershipChangeAllowed(value, { sender: "@a:x.org", target: "@b:x.org", membership: "ban" })],
  ["isMembershipChangeAllowed(change)", (value) => core.isMembershipChangeAllowed([], value as never)],
  ["getMemberActions(state)", (value) => core.getMemberActions(value, "@a:x.org", "@b:x.org")],
  ["getMemberActions(ids)", (value) => core.getMemberActions([], value as never, value as never)],
  ["getPowerLevels", (value) => core.getPowerLevels(value)],
  ["getUserPowerLevel", (value) => core.getUserPowerLevel(value, value as never)],
  ["getRoomCreators", (value) => core.getRoomCreators(value)],
  ["describePowerLevel", (value) => core.describePowerLevel(value, value as never)],
  ["disambiguateDisplayNames", (value) => core.disambiguateDisplayNames(value as never)],
  ["cleanText(value)", (value) => core.cleanText(value)],
  ["cleanText(options)", (value) => core.cleanText("text", value as never)],
  ["cleanName", (value) => core.cleanName(value)],
  ["cleanLongText", (value) => cleanLongText(value)],
  ["isUserId", (value) => core.isUserId(value)],
  ["isRoomId", (value) => core.isRoomId(value)],
  ["isRoomAlias", (value) => core.isRoomAlias(value)],
  ["isServerName", (value) => core.isServerName(value)],
  ["parseMxcUri", (value) => parseMxcUri(value)],
  ["isMxcUri", (value) => core.isMxcUri(value)],
  ["getThumbnailUrl(mxc)", (value) => core.getThumbnailUrl("https://hs.example", value, { width: 1, height: 1 })],
  ["getThumbnailUrl(options)", (value) => core.getThumbnailUrl("https://hs.example", "mxc://a.b/c", value as never)],
  ["getThumbnailUrl(baseUrl)", (value) => core.getThumbnailUrl(value as never, "mxc://a.b/c", { width: 1, height: 1 })],
  ["parsePowerLevelValue", (value) => parsePowerLevelValue(value, 12)],
  ["parseRoomPreview", (value) => core.parseRoomPreview(value)],
  ["parseRoomPreview(allowed_room_ids)", (value) => core.parseRoomPreview({ room_id: "!a:x.org", allowed_room_ids: value })],
  ["acceptsKnocks", (value) => core.acceptsKnocks(value as never, value as never)],
  ["readTimelineEvent", (value) => core.readTimelineEvent(value)],
  ["readLeaveEntry(entry)", (value) => core.readLeaveEntry(value, "@me:x.org", "!room:x.org")],
  ["readLeaveEntry(events)", (value) => core.readLeaveEntry({ timeline: { events: [value] }, state: { events: value } }, "@me:x.org", "!room:x.org")],
  ["readLeaveEntry(ids)", (value) => core.readLeaveEntry({}, value as never, value as never)],
  ["validateInvitee(state)", (value) => core.validateInvitee("@bob:x.org", value as never, "@me:x.org")],
  ["validateInvitee(state event)", (value) => core.validateInvitee("@bob:x.org", [value], "@me:x.org")],
  ["assessInvite(summary)", (value) => core.assessInvite(value as never, { knownUserIds: new Set(["@a:x.org"]) })],
  ["assessInvite(context)", (value) => core.assessInvite({ isDirect: true, inviter: { userId: "@a:x.org", displayName: "A" } }, value as never)],
  ["assessInvite(context fields)", (value) =>
    core.assessInvite({ isDirect: true, inviter: { userId: "@a:x.org" } }, {
      knownUserIds: value as never,
      knownDisplayNames: value as never,
      pendingInvites: value as never,
      sharedRoomIds: value as never,
      freshness: value as never,
    })],
  ["assessInvite(pending invites)", (value) => core.assessInvite({ isDirect: false, inviter: { userId: "@a:x.org" } }, { pendingInvites: [value, value] as never })],
  ["getInviteTreatment", (value) => core.getInviteTreatment(value as never, value as never)],
  ["getInviteTreatment(level grading)", (value) => core.getInviteTreatment("unknown", { unknown: value as never })],
  ["readSlidingSyncDelta", (value) => readSlidingSyncDelta(value)],
  ["readSlidingSyncDelta(room)", (value) => readSlidingSyncDelta({ rooms: { "!a:x.org": value }, lists: { invites: { count: 1, ops: [value] } } })],
  ["readSlidingSyncDelta(list name)", (value) => readSlidingSyncDelta({}, value as never)],
  ["readSlidingSyncPos", (value) => readSlidingSyncPos(value)],
  ["validateInvitee(ids)", (value) => core.validateInvitee(value as never, [], value as never)],
];

describe("the core never throws on hostile input", () => {
  it.each(CALLS)("%s", (_name, call) => {
    for (const [title, value] of HOSTILE) {
      expect(() => call(value), title).not.toThrow();
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

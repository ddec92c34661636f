/**
 * Events whose fields are hostile getters (an untyped caller's objects, never JSON from the
 * network): whether such an event counts is decided in one place, `validateStateEvent`,
 * for `parseStrippedState` and the summaries alike; only `type`, `state_key` and `content`
 * place an event, and any other field that throws just reads as absent.
 */
import { describe, expect, it } from "vitest";
import { parseStrippedState } from "../../src/core/strippedState";
import { summarizeInvite } from "../../src/core/summary";

const me = "@me:example.org";
const inviter = "@inviter:example.org";

function throwingGetter<T extends object>(target: T, key: string): T {
  return Object.defineProperty(target, key, {
    enumerable: true,
    get() {
      throw new Error(`${key} getter`);
    },
  });
}

function ownInvite(content: Record<string, unknown> = { membership: "invite" }): Record<string, unknown> {
  return { type: "m.room.member", state_key: me, sender: inviter, content, origin_server_ts: 1_700_000_000_000 };
}

describe("an origin_server_ts getter that throws", () => {
  it("leaves the invite in the summary, without its time", () => {
    const summary = summarizeInvite([throwingGetter(ownInvite(), "origin_server_ts")], { userId: me });
    expect(summary.membership).toBe("invite");
    expect(summary.inviter).toEqual({ userId: inviter });
    expect(summary.invitedAt).toBeUndefined();
  });

  it("leaves the event in the parsed state, without its time", () => {
    const parsed = parseStrippedState([throwingGetter(ownInvite(), "origin_server_ts")]);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.content["membership"]).toBe("invite");
    expect(parsed[0]?.origin_server_ts).toBeUndefined();
  });
});

describe("a getter that throws on a field that places the event", () => {
  it("drops that event in both paths and keeps the others", () => {
    const state = [throwingGetter({ type: "m.room.name", sender: inviter, content: { name: "Hidden" } }, "state_key"), ownInvite()];
    expect(parseStrippedState(state).map((event) => event.type)).toEqual(["m.room.member"]);
    const summary = summarizeInvite(state, { userId: me });
    expect(summary.name.kind).not.toBe("named");
    expect(summary.membership).toBe("invite");
  });
});

describe("a sender getter that throws", () => {
  it("drops the sender, not the event, in both paths", () => {
    const state = [throwingGetter({ type: "m.room.name", state_key: "", content: { name: "Shown" } }, "sender"), ownInvite()];
    expect(parseStrippedState(state).map((event) => [event.type, event.sender])).toEqual([
      ["m.room.name", undefined],
      ["m.room.member", inviter],
    ]);
    expect(summarizeInvite(state, { userId: me }).name).toEqual({ kind: "named", name: "Shown" });
  });
});

describe("a content getter that throws", () => {
  it("reads as an absent field in the summary, which keeps the rest of the invite", () => {
    const content = throwingGetter({ membership: "invite", is_direct: true }, "reason");
    const summary = summarizeInvite([ownInvite(content)], { userId: me });
    expect(summary.membership).toBe("invite");
    expect(summary.isDirect).toBe(true);
    expect(summary.reason).toBeUndefined();
  });

  it("is left out of the parsed event, which keeps its other fields", () => {
    const content = throwingGetter({ membership: "invite", is_direct: true }, "reason");
    const parsed = parseStrippedState([ownInvite(content)]);
    expect(parsed).toHaveLength(1);
    expect({ ...parsed[0]?.content }).toEqual({ membership: "invite", is_direct: true });
  });
});

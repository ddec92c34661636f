import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { describeMembershipChange } from "../../src/core";
import type { Membership, MembershipChange, MembershipChangeKind } from "../../src/core";

interface TransitionsFixture {
  steps: { step: string; status: number }[];
  users: Record<string, string>;
  timeline: Record<string, unknown>[];
}

const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL("../fixtures/membership-transitions.json", import.meta.url)), "utf8"),
) as TransitionsFixture;

const ALICE = "@alice:example.org";
const BOB = "@bob:example.org";

/** Builds an `m.room.member` event; `previous` lands in `unsigned.prev_content`. */
function memberEvent(options: {
  sender?: string;
  target?: string;
  content: Record<string, unknown>;
  previous?: Record<string, unknown>;
  previousSender?: string;
}): Record<string, unknown> {
  const unsigned: Record<string, unknown> = {};
  if (options.previous) unsigned.prev_content = options.previous;
  if (options.previousSender) unsigned.prev_sender = options.previousSender;
  return {
    type: "m.room.member",
    sender: options.sender ?? ALICE,
    state_key: options.target ?? BOB,
    content: options.content,
    event_id: "$event",
    origin_server_ts: 1_700_000_000_000,
    unsigned,
  };
}

function kindOf(change: MembershipChange): MembershipChangeKind {
  return change.kind;
}

describe("the real Synapse membership-transitions capture", () => {
  // What each scripted step means, reasoned from its wording (not from our output).
  const expectedKindByStep: Record<string, MembershipChangeKind> = {
    "invite bob": "invited",
    "bob rejects": "invite_rejected",
    "invite bob again": "invited",
    "alice revokes": "invite_revoked",
    "bob knocks": "knocked",
    "bob retracts knock": "knock_retracted",
    "bob knocks again": "knocked",
    "alice denies knock": "knock_denied",
    "bob knocks third time": "knocked",
    "alice accepts knock": "knock_accepted",
    "bob joins": "joined",
    "bob changes displayname": "display_name_changed",
    "bob sets avatar": "avatar_changed",
    "bob leaves": "left",
    "alice kicks bob": "kicked",
    "alice bans bob": "banned",
    "alice unbans bob": "unbanned",
    "alice invites carol": "invited",
    "carol joins": "joined",
    "alice bans carol while joined": "banned",
  };
  const names = Object.keys(fixture.users);
  /** The step's actor: its first word when that is a user, else alice (who drives the room). */
  function actorOf(step: string): string {
    const first = step.split(" ")[0] ?? "";
    return fixture.users[names.includes(first) ? first : "alice"] ?? "";
  }
  /**
   * The step's target: the last user it names other than the actor ("alice invites carol");
   * a step naming only its actor is about that actor ("bob joins"), except alice's, which
   * act on bob, the subject of the script ("alice revokes").
   */
  function targetOf(step: string): string {
    const actor = actorOf(step);
    const mentioned = step.split(" ").filter((word) => names.includes(word) && fixture.users[word] !== actor);
    const last = mentioned[mentioned.length - 1];
    if (last) return fixture.users[last] ?? "";
    return actor === fixture.users.alice ? (fixture.users.bob ?? "") : actor;
  }

  it("opens with the creator's own join, then one event per scripted step", () => {
    expect(fixture.timeline).toHaveLength(fixture.steps.length + 1);
    expect(fixture.steps.every((step) => step.status === 200)).toBe(true);
    expect(describeMembershipChange(fixture.timeline[0])).toMatchObject({
      kind: "joined",
      actor: fixture.users.alice,
      target: fixture.users.alice,
      isSelf: true,
      previousMembership: "leave",
    });
  });

  it.each(fixture.steps.map((step, index) => [index + 1, step.step] as const))(
    "event %i (%s) has the kind, actor and target the step describes",
    (index, step) => {
      const expected = expectedKindByStep[step];
      expect(expected, `no expectation for step "${step}"`).toBeDefined();
      const change = describeMembershipChange(fixture.timeline[index]);
      expect(change).toMatchObject({ kind: expected, actor: actorOf(step), target: targetOf(step) });
    },
  );

  it("carries the reasons and names a timeline shows", () => {
    const kick = describeMembershipChange(fixture.timeline[fixture.steps.findIndex((s) => s.step === "alice kicks bob") + 1]);
    expect(kick).toMatchObject({ kind: "kicked", reason: "spam", oldDisplayName: "Bob", targetDisplayName: "Bob" });
    const rename = describeMembershipChange(
      fixture.timeline[fixture.steps.findIndex((s) => s.step === "bob changes displayname") + 1],
    );
    expect(rename).toMatchObject({ oldDisplayName: "Bob", newDisplayName: "Robert" });
    const avatar = describeMembershipChange(fixture.timeline[fixture.steps.findIndex((s) => s.step === "bob sets avatar") + 1]);
    expect(avatar).toMatchObject({ newAvatarUrl: "mxc://localhost/oJIHkPlLpjpZUAFXGfCeUPeK" });
    expect(avatar).not.toHaveProperty("oldAvatarUrl");
  });
});

describe("every cell of the transition matrix", () => {
  const memberships: Membership[] = ["leave", "invite", "join", "ban", "knock"];
  // previous → next → [kind when the target acts, kind when someone else acts]. The
  // profile cells (join → join) and repeats keep identical content here.
  const table: Record<Membership, Record<Membership, [MembershipChangeKind, MembershipChangeKind]>> = {
    leave: {
      leave: ["no_change", "no_change"],
      invite: ["invited", "invited"],
      join: ["joined", "joined"],
      ban: ["banned", "banned"],
      knock: ["knocked", "knocked"],
    },
    invite: {
      leave: ["invite_rejected", "invite_revoked"],
      invite: ["no_change", "no_change"],
      join: ["joined", "joined"],
      ban: ["banned", "banned"],
      knock: ["knocked", "knocked"],
    },
    join: {
      leave: ["left", "kicked"],
      invite: ["invited", "invited"],
      join: ["no_change", "no_change"],
      ban: ["banned", "banned"],
      knock: ["knocked", "knocked"],
    },
    ban: {
      leave: ["unbanned", "unbanned"],
      invite: ["invited", "invited"],
      join: ["joined", "joined"],
      ban: ["no_change", "no_change"],
      knock: ["knocked", "knocked"],
    },
    knock: {
      leave: ["knock_retracted", "knock_denied"],
      invite: ["knock_accepted", "knock_accepted"],
      join: ["joined", "joined"],
      ban: ["banned", "banned"],
      knock: ["no_change", "no_change"],
    },
  };
  const cells = memberships.flatMap((previous) =>
    memberships.flatMap((next) =>
      ([true, false] as const).map((isSelf) => [previous, next, isSelf ? "self" : "other", table[previous][next][isSelf ? 0 : 1]] as const),
    ),
  );

  it.each(cells)("%s → %s by %s is %s", (previous, next, who, expected) => {
    const sender = who === "self" ? BOB : ALICE;
    const event = memberEvent({
      sender,
      content: { membership: next, displayname: "Bob" },
      previous: { membership: previous, displayname: "Bob" },
    });
    const change = describeMembershipChange(event);
    expect(change).toMatchObject({ kind: expected, membership: next, previousMembership: previous, isSelf: who === "self" });
  });

  it("treats a missing prev_content as a previous leave", () => {
    expect(describeMembershipChange(memberEvent({ content: { membership: "invite" } }))).toMatchObject({
      kind: "invited",
      previousMembership: "leave",
    });
    expect(describeMembershipChange(memberEvent({ sender: BOB, content: { membership: "leave" } }))).toMatchObject({
      kind: "no_change",
    });
  });
});

describe("profile changes while joined", () => {
  const joined = (content: Record<string, unknown>, previous: Record<string, unknown>) =>
    describeMembershipChange(
      memberEvent({ sender: BOB, content: { membership: "join", ...content }, previous: { membership: "join", ...previous } }),
    );
  const AVATAR = "mxc://example.org/abc";

  it("reports a new display name with the old and new names", () => {
    expect(joined({ displayname: "Robert" }, { displayname: "Bob" })).toMatchObject({
      kind: "display_name_changed",
      oldDisplayName: "Bob",
      newDisplayName: "Robert",
    });
  });
  it("reports a display name set for the first time and one removed", () => {
    expect(joined({ displayname: "Bob" }, {})).toMatchObject({ kind: "display_name_changed", newDisplayName: "Bob" });
    const removed = joined({}, { displayname: "Bob" });
    expect(removed).toMatchObject({ kind: "display_name_changed", oldDisplayName: "Bob" });
    expect(removed).not.toHaveProperty("newDisplayName");
  });
  it("reports an avatar change, and both together as a profile change", () => {
    expect(joined({ avatar_url: AVATAR }, {})).toMatchObject({ kind: "avatar_changed", newAvatarUrl: AVATAR });
    expect(joined({ displayname: "Robert", avatar_url: AVATAR }, { displayname: "Bob" })).toMatchObject({
      kind: "profile_changed",
    });
  });
  it("sees no change when only invisible characters or unusable avatars differ", () => {
    expect(joined({ displayname: "Bob\u202E" }, { displayname: "Bob" }).kind).toBe("no_change");
    expect(joined({ avatar_url: "https://evil.example/a.png" }, { avatar_url: "javascript:alert(1)" }).kind).toBe("no_change");
  });
  it("never exposes an avatar that is not a valid mxc URI", () => {
    const change = joined({ avatar_url: "https://evil.example/a.png" }, { avatar_url: AVATAR });
    expect(change).toMatchObject({ kind: "avatar_changed", oldAvatarUrl: AVATAR });
    expect(change).not.toHaveProperty("newAvatarUrl");
  });
});

describe("repeat invites and knocks", () => {
  it("reports a re-invite with a new reason as a new invite", () => {
    const event = memberEvent({ content: { membership: "invite", reason: "come back" }, previous: { membership: "invite" } });
    expect(kindOf(describeMembershipChange(event))).toBe("invited");
  });
  it("reports a re-invite from someone else as a new invite", () => {
    const event = memberEvent({
      content: { membership: "invite" },
      previous: { membership: "invite" },
      previousSender: "@carol:example.org",
    });
    expect(kindOf(describeMembershipChange(event))).toBe("invited");
  });
  it("reports a knock with a new reason as a new knock", () => {
    const event = memberEvent({
      sender: BOB,
      content: { membership: "knock", reason: "please" },
      previous: { membership: "knock", reason: "hello" },
    });
    expect(kindOf(describeMembershipChange(event))).toBe("knocked");
  });
});

describe("reasons, names and third-party invites", () => {
  it("cleans and caps the reason at 1,024 characters", () => {
    const change = describeMembershipChange(
      memberEvent({ content: { membership: "ban", reason: `\u202Espam${"x".repeat(5000)}` }, previous: { membership: "join" } }),
    );
    expect(change.kind).toBe("banned");
    const reason = change.kind === "invalid" ? undefined : change.reason;
    expect(reason?.startsWith("spam")).toBe(true);
    expect(reason?.length).toBeLessThanOrEqual(1024);
    expect(reason?.endsWith("…")).toBe(true);
  });
  it("drops a reason or display name that is not text", () => {
    const change = describeMembershipChange(memberEvent({ content: { membership: "invite", reason: 42, displayname: ["Bob"] } }));
    expect(change.kind).toBe("invited");
    expect(change).not.toHaveProperty("reason");
    expect(change).not.toHaveProperty("newDisplayName");
  });
  it("reports the display name an invite's third_party_invite claims", () => {
    const change = describeMembershipChange(
      memberEvent({
        content: {
          membership: "invite",
          third_party_invite: { display_name: "bob@example.org", signed: { mxid: BOB, token: "abc", signatures: {} } },
        },
      }),
    );
    expect(change).toMatchObject({ kind: "invited", thirdPartyInvite: { displayName: "bob@example.org" } });
  });
  it("ignores a third_party_invite without a usable display name", () => {
    const change = describeMembershipChange(memberEvent({ content: { membership: "invite", third_party_invite: "yes" } }));
    expect(change.kind).toBe("invited");
    expect(change).not.toHaveProperty("thirdPartyInvite");
  });
});

describe("malformed events", () => {
  const valid = memberEvent({ content: { membership: "invite" } });
  const cases: [string, unknown][] = [
    ["null", null],
    ["a number", 42],
    ["a string", "m.room.member"],
    ["an array", [valid]],
    ["another event type", { ...valid, type: "m.room.name" }],
    ["no content", { ...valid, content: undefined }],
    ["content that is an array", { ...valid, content: ["invite"] }],
    ["no membership", { ...valid, content: {} }],
    ["an unknown membership", { ...valid, content: { membership: "superuser" } }],
    ["a membership that is not a string", { ...valid, content: { membership: 1 } }],
    ["a state key that is not a user ID", { ...valid, state_key: "bob" }],
    ["an empty state key", { ...valid, state_key: "" }],
    ["a sender that is not a user ID", { ...valid, sender: "alice" }],
    ["a sender that is not a string", { ...valid, sender: { id: ALICE } }],
    ["an over-long user ID", { ...valid, state_key: `@${"b".repeat(300)}:example.org` }],
    ["prev_content that is a string", { ...valid, unsigned: { prev_content: "join" } }],
    ["prev_content without a membership", { ...valid, unsigned: { prev_content: { displayname: "Bob" } } }],
    ["prev_content with an unknown membership", { ...valid, unsigned: { prev_content: { membership: "owner" } } }],
    ["a __proto__ membership", JSON.parse(`{"type":"m.room.member","sender":"${ALICE}","state_key":"${BOB}","content":{"__proto__":{"membership":"join"}}}`)],
    [
      "a __proto__ prev_content",
      JSON.parse(
        `{"type":"m.room.member","sender":"${ALICE}","state_key":"${BOB}","content":{"membership":"leave"},"unsigned":{"prev_content":{"__proto__":{"membership":"join"}}}}`,
      ),
    ],
    ["a throwing getter", Object.defineProperty({ ...valid }, "content", { enumerable: true, get: () => { throw new Error("boom"); } })],
  ];

  it.each(cases)("describes %s as invalid without throwing", (_name, event) => {
    expect(describeMembershipChange(event)).toEqual({ kind: "invalid" });
    expect(Object.prototype).not.toHaveProperty("membership");
  });

  it("keeps a null prev_content as a previous leave", () => {
    expect(describeMembershipChange({ ...valid, unsigned: { prev_content: null } })).toMatchObject({ kind: "invited" });
  });

  it("ignores the legacy top-level prev_content: only unsigned.prev_content counts", () => {
    const event = { ...memberEvent({ content: { membership: "leave" } }), prev_content: { membership: "join" } };
    expect(describeMembershipChange(event)).toMatchObject({ kind: "no_change", previousMembership: "leave" });
  });
});

describe("the real Synapse decline capture", () => {
  const decline = JSON.parse(
    readFileSync(fileURLToPath(new URL("../fixtures/decline-dm-unnamed.json", import.meta.url)), "utf8"),
  ) as { sync_leave_entry_after: { timeline: { events: Record<string, unknown>[] } } };

  it("reads bob's leave after an invite as a rejected invite, with his reason and name", () => {
    const [leave] = decline.sync_leave_entry_after.timeline.events;
    expect(describeMembershipChange(leave)).toMatchObject({
      kind: "invite_rejected",
      actor: "@bob:localhost",
      target: "@bob:localhost",
      isSelf: true,
      membership: "leave",
      previousMembership: "invite",
      reason: "Not now",
      oldDisplayName: "Bob",
      targetDisplayName: "Bob",
    });
  });
});

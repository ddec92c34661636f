import { describe, expect, it } from "vitest";
import dmV12Fixture from "../../fixtures/invite-dm-v12.json";
import namedFixture from "../../fixtures/invite-named-room-full.json";
import { pickViaServers } from "../../../src/core/flows/via";
import { summarizeInvite } from "../../../src/core/summary";
import { hostileValues } from "./hostileValues";

const BOB = "@bob:localhost";

function member(sender: string, stateKey: string, membership: string) {
  return { type: "m.room.member", state_key: stateKey, sender, content: { membership } };
}

describe("pickViaServers", () => {
  it("puts the inviter's server first, then the server in the room ID", () => {
    const inviteState = { events: [member("@alice:inviter.example", BOB, "invite")] };

    expect(pickViaServers("!room:creator.example", inviteState, undefined, { userId: BOB })).toEqual([
      "inviter.example",
      "creator.example",
    ]);
  });

  it("uses the m.room.create sender for a room version 12 ID without a server part", () => {
    const inviteState = {
      events: [
        { type: "m.room.create", state_key: "", sender: "@carol:creator.example", content: { room_version: "12" } },
        member("@alice:inviter.example", BOB, "invite"),
      ],
    };

    expect(pickViaServers("!cm-oLNpToQyxA3S0qZ4_yC7fwgbPHgeJg1J78kbticI", inviteState, [], { userId: BOB })).toEqual([
      "inviter.example",
      "creator.example",
    ]);
  });

  it("picks localhost once from the real v12 and v11 captures", () => {
    expect(pickViaServers(dmV12Fixture.room_id, dmV12Fixture.sync_invite_entry.invite_state, [], { userId: BOB })).toEqual([
      "localhost",
    ]);
    expect(pickViaServers(namedFixture.room_id, namedFixture.sync_invite_entry.invite_state)).toEqual(["localhost"]);
  });

  it("takes the inviter from the user's own invite, not someone else's", () => {
    const inviteState = [member("@eve:decoy.example", "@someone:else.example", "invite"), member("@alice:real.example", BOB, "invite")];

    expect(pickViaServers("!opaque", inviteState, [], { userId: BOB })).toEqual(["real.example"]);
    expect(pickViaServers("!opaque", inviteState)).toEqual(["decoy.example"]);
  });

  it("ignores a member event that is not an invite", () => {
    expect(pickViaServers("!opaque", [member("@alice:joined.example", BOB, "join")], [], { userId: BOB })).toEqual([]);
  });

  it("appends the caller's servers, deduplicated, valid only, at most three in all", () => {
    const inviteState = [member("@alice:a.example", BOB, "invite")];

    expect(
      pickViaServers("!room:b.example", inviteState, ["a.example", "bad server", "javascript:alert(1)", "c.example", "d.example"], {
        userId: BOB,
      }),
    ).toEqual(["a.example", "b.example", "c.example"]);
  });

  it("never throws on hostile invite state or a hostile extra list", () => {
    for (const value of hostileValues()) {
      expect(() => pickViaServers("!room:example.org", value, value as never)).not.toThrow();
      expect(pickViaServers("!room:example.org", value, value as never)).toContain("example.org");
      expect(() => pickViaServers(value as never, value, undefined, { userId: value as never })).not.toThrow();
    }
  });

  it("drops a sender whose server part is not a server name", () => {
    const inviteState = [member("@alice:exa mple", BOB, "invite")];

    expect(pickViaServers("!opaque", inviteState, [], { userId: BOB })).toEqual([]);
  });
});

describe("pickViaServers from a summary (the same order as from raw state)", () => {
  const V12_ROOM = "!cm-oLNpToQyxA3S0qZ4_yC7fwgbPHgeJg1J78kbticI";
  function summaryOf(roomId: string, creators: string[]) {
    const [sender, ...additional] = creators;
    return summarizeInvite(
      {
        events: [
          { type: "m.room.create", state_key: "", sender, content: { room_version: "12", additional_creators: additional } },
          member("@alice:inviter.example", BOB, "invite"),
        ],
      },
      { userId: BOB, roomId },
    );
  }

  it("takes the inviter's server, then every creator's for a room ID without a server part, at most three", () => {
    const summary = summaryOf(V12_ROOM, ["@carol:one.example", "@dan:inviter.example", "@erin:two.example", "@fay:three.example"]);
    expect(pickViaServers(V12_ROOM, undefined, [], { summary })).toEqual(["inviter.example", "one.example", "two.example"]);
  });

  it("puts the room ID's server after the inviter's when the room ID names one, then the valid extras", () => {
    const summary = summaryOf("!room:creator.example", ["@carol:one.example"]);
    expect(pickViaServers("!room:creator.example", undefined, ["not a server!", "extra.example", "inviter.example"], { summary })).toEqual([
      "inviter.example",
      "creator.example",
      "extra.example",
    ]);
  });

  it("gives the same servers from the summary as from the raw state it was made of", () => {
    for (const fixture of [dmV12Fixture, namedFixture]) {
      const inviteState = fixture.sync_invite_entry.invite_state;
      const summary = summarizeInvite(inviteState, { userId: BOB, roomId: fixture.room_id });
      expect(pickViaServers(fixture.room_id, undefined, ["extra.example"], { summary })).toEqual(
        pickViaServers(fixture.room_id, inviteState, ["extra.example"], { userId: BOB }),
      );
    }
  });

  it("never throws on a summary that cannot be read (untyped callers)", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("trap"); } }) as never;
    expect(pickViaServers("!room:example.org", undefined, [], { summary: hostile })).toEqual(["example.org"]);
  });

  it("picks localhost once from the summary of the real v12 capture", () => {
    const summary = summarizeInvite(dmV12Fixture.sync_invite_entry.invite_state, { userId: BOB, roomId: dmV12Fixture.room_id });
    expect(pickViaServers(dmV12Fixture.room_id, undefined, [], { summary })).toEqual(["localhost"]);
  });
});

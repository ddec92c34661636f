/**
 * `summarizeInvite` reuses one scratch state from call to call; a hostile getter can call
 * back into it while that state is in use. Both summaries must come out whole and
 * independent, and the scratch state must not keep the caller's events alive.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { summarizeInvite } from "../../src/core/summary";

// A full garbage collection on demand, even when the test runner did not pass --expose-gc.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const me = "@me:example.org";

function inviteState(roomName: string, inviter: string, extraContent: Record<string, unknown> = {}): unknown[] {
  return [
    { type: "m.room.name", state_key: "", sender: inviter, content: { name: roomName, ...extraContent } },
    { type: "m.room.member", state_key: inviter, sender: inviter, content: { membership: "join", displayname: `${roomName} host` } },
    { type: "m.room.member", state_key: me, sender: inviter, content: { membership: "invite" } },
  ];
}

describe("summaries reached again from inside a summary", () => {
  it("keeps the outer and the inner summary apart when a getter summarises another invite", () => {
    let inner: ReturnType<typeof summarizeInvite> | undefined;
    const outerState = inviteState("Outer", "@outer:example.org");
    const outerName = (outerState[0] as { content: Record<string, unknown> }).content;
    Object.defineProperty(outerName, "name", {
      enumerable: true,
      get() {
        inner = summarizeInvite(inviteState("Inner", "@inner:example.org"), { userId: me });
        return "Outer";
      },
    });

    const outer = summarizeInvite(outerState, { userId: me });

    expect(outer.name).toEqual({ kind: "named", name: "Outer" });
    expect(outer.inviter).toEqual({ userId: "@outer:example.org", displayName: "Outer host" });
    expect(outer.joinedMemberCount).toBe(1);
    expect(inner?.name).toEqual({ kind: "named", name: "Inner" });
    expect(inner?.inviter).toEqual({ userId: "@inner:example.org", displayName: "Inner host" });
    expect(inner?.invitedMemberCount).toBe(1);
  });

  it("gives the same summary for the same state however many other invites came before", () => {
    const state = inviteState("Same", "@same:example.org");
    const first = summarizeInvite(state, { userId: me });
    for (let index = 0; index < 50; index++) summarizeInvite(inviteState(`Other ${index}`, `@other${index}:example.org`), { userId: me });
    const crowd = Array.from({ length: 100 }, (_, index) => ({
      type: "m.room.member",
      state_key: `@crowd${index}:example.org`,
      sender: `@crowd${index}:example.org`,
      content: { membership: "join" },
    }));
    summarizeInvite(crowd, { userId: me });
    expect(summarizeInvite(state, { userId: me })).toEqual(first);
  });

  it("lets go of the caller's events once the summary is built", async () => {
    let content: Record<string, unknown> | undefined = { membership: "invite" };
    const collected = new WeakRef(content);
    summarizeInvite([{ type: "m.room.member", state_key: me, sender: "@a:example.org", content }], { userId: me });
    content = undefined;
    // A WeakRef target stays alive until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(collected.deref()).toBeUndefined();
  });
});

// @vitest-environment jsdom
/**
 * MemberActions against a real Synapse: a moderator removes, bans, unbans and invites a
 * member through the buttons and dialogs, and each time the buttons follow what the server
 * then holds; a knock sent through KnockPreview and accepted through MemberActions reaches
 * the knocker as an invite.
 */
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { KnockPreview } from "../../src/components/KnockPreview/KnockPreview";
import { MemberActions } from "../../src/components/MemberActions/MemberActions";
import { MembershipEventText } from "../../src/components/MembershipEventText/MembershipEventText";
import { MembershipNotice } from "../../src/components/MembershipNotice/MembershipNotice";
import { createMatrixHttpClient } from "../../src/core/client/http";
import { homeserver, newUser, waitForSync } from "./synapse/context";
import type { TestUser } from "./synapse/context";

afterEach(() => {
  cleanup();
});

function clientFor(user: TestUser) {
  // Node's fetch: jsdom has none, and the homeserver is on another origin anyway.
  return createMatrixHttpClient({ baseUrl: homeserver().baseUrl, accessToken: user.accessToken, userId: user.userId, fetch: globalThis.fetch });
}

const buttons = () => within(screen.getByRole("group")).queryAllByRole("button").map((button) => button.textContent);

/** Presses `label`, optionally types a reason, and confirms in the dialog. */
async function act(user: ReturnType<typeof userEvent.setup>, label: string, reason?: string) {
  await user.click(within(screen.getByRole("group")).getByRole("button", { name: label }));
  const dialog = screen.getByRole("dialog");
  if (reason !== undefined) await user.type(within(dialog).getByLabelText("Reason (optional)"), reason);
  await user.click(within(dialog).getByRole("button", { name: label }));
}

describe("MemberActions against Synapse", () => {
  it.each(["11", "12"])(
    "removes, bans, unbans and invites a member in a room version %s room, following the server's state each time",
    async (roomVersion) => {
      const alice = await newUser("alice", { displayName: "Alice" });
      const bob = await newUser("bob", { displayName: "Bob" });
      const roomId = await alice.api.createRoom({ name: "Moderation", preset: "private_chat", room_version: roomVersion });
      await alice.api.invite(roomId, bob.userId);
      await bob.api.join(roomId);
      const client = clientFor(alice);
      const events = await client.getRoomState(roomId);
      const user = userEvent.setup();
      render(
        <MemberActions client={client} roomState={{ roomId, events }} actorId={alice.userId} targetId={bob.userId} targetName="Bob" />,
      );
      expect(buttons()).toEqual(["Remove", "Ban"]);

      await act(user, "Remove", "spam");
      await waitFor(() => expect(buttons()).toEqual(["Invite", "Ban"]), { timeout: 20_000 });
      expect(await alice.api.getStateEvent(roomId, "m.room.member", bob.userId)).toMatchObject({ membership: "leave", reason: "spam" });

      await act(user, "Ban", "more spam");
      await waitFor(() => expect(buttons()).toEqual(["Unban"]), { timeout: 20_000 });
      expect(await alice.api.getStateEvent(roomId, "m.room.member", bob.userId)).toMatchObject({ membership: "ban", reason: "more spam" });

      await act(user, "Unban");
      await waitFor(() => expect(buttons()).toEqual(["Invite", "Ban"]), { timeout: 20_000 });
      expect((await alice.api.getStateEvent(roomId, "m.room.member", bob.userId)).membership).toBe("leave");

      await act(user, "Invite", "come back");
      await waitFor(() => expect(buttons()).toEqual(["Withdraw invite", "Ban"]), { timeout: 20_000 });
      expect(await alice.api.getStateEvent(roomId, "m.room.member", bob.userId)).toMatchObject({ membership: "invite", reason: "come back" });
      const invite = await waitForSync(bob.api, (sync) => sync.rooms?.invite?.[roomId]);
      expect(invite.invite_state.events.some((event: { type: string; state_key: string }) => event.type === "m.room.member" && event.state_key === bob.userId)).toBe(true);
    },
  );

  it("offers a member at level 0 nothing against another member, and the server agrees by refusing their kick", async () => {
    const alice = await newUser("alice", { displayName: "Alice" });
    const bob = await newUser("bob", { displayName: "Bob" });
    const carol = await newUser("carol", { displayName: "Carol" });
    const roomId = await alice.api.createRoom({ name: "Levels", preset: "public_chat" });
    await bob.api.join(roomId);
    await carol.api.join(roomId);
    const client = clientFor(bob);
    render(
      <MemberActions client={client} roomState={{ roomId, events: await client.getRoomState(roomId) }} actorId={bob.userId} targetId={carol.userId} />,
    );
    expect(buttons()).toEqual([]);
    // The server agrees: a kick by a member at level 0 is refused.
    await expect(client.kickUser(roomId, carol.userId)).rejects.toMatchObject({ status: 403 });
  });

  it("takes a knock sent through KnockPreview and accepted through MemberActions to the knocker as an invite", async () => {
    const alice = await newUser("alice", { displayName: "Alice" });
    const carol = await newUser("carol", { displayName: "Carol" });
    const roomId = await alice.api.createRoom({
      name: "Knock Knock",
      preset: "private_chat",
      room_version: "11",
      initial_state: [{ type: "m.room.join_rules", state_key: "", content: { join_rule: "knock" } }],
    });
    // Carol asks through KnockPreview: the real room summary, then the real knock.
    const carolClient = clientFor(carol);
    const knocker = userEvent.setup();
    const preview = render(<KnockPreview client={carolClient} roomIdOrAlias={roomId} via={["localhost"]} />);
    await screen.findByRole("heading", { name: "Knock Knock" }, { timeout: 20_000 });
    await knocker.type(screen.getByLabelText("Message to the room's moderators (optional)"), "Please let me in");
    await knocker.click(screen.getByRole("button", { name: "Ask to join" }));
    await screen.findByRole("button", { name: "Cancel request" }, { timeout: 20_000 });
    expect(await alice.api.getStateEvent(roomId, "m.room.member", carol.userId)).toMatchObject({ membership: "knock", reason: "Please let me in" });
    preview.unmount();

    const client = clientFor(alice);
    const events = await client.getRoomState(roomId);
    const user = userEvent.setup();
    render(<MemberActions client={client} roomState={{ roomId, events }} actorId={alice.userId} targetId={carol.userId} targetName="Carol" />);
    expect(buttons()).toEqual(["Accept request", "Decline request", "Ban"]);

    await act(user, "Accept request", "Welcome");
    await waitFor(() => expect(buttons()).toEqual(["Withdraw invite", "Ban"]), { timeout: 20_000 });

    const invite = await waitForSync(carol.api, (sync) => sync.rooms?.invite?.[roomId]);
    const own = invite.invite_state.events.find(
      (event: { type: string; state_key: string }) => event.type === "m.room.member" && event.state_key === carol.userId,
    );
    expect(own).toMatchObject({ sender: alice.userId, content: { membership: "invite", reason: "Welcome" } });
    cleanup();
    // Carol's preview, told by /sync that the knock became an invite, offers to view it.
    const viewed: string[] = [];
    render(
      <KnockPreview client={carolClient} roomIdOrAlias={roomId} via={["localhost"]} outcome={{ status: "accepted" }} onViewInvite={(id) => viewed.push(id)} />,
    );
    expect((await screen.findByRole("button", { name: "View invite" }, { timeout: 20_000 })).textContent).toBe("View invite");
    expect(screen.getByRole("status").textContent).toBe("Your request was accepted: you are invited to join.");
    await knocker.click(screen.getByRole("button", { name: "View invite" }));
    expect(viewed).toEqual([roomId]);
    // Alice's timeline carries the invite with the knock it replaced (unsigned.prev_content).
    type TimelineEvent = { type: string; state_key?: string; content: { membership?: string } };
    const accepted = await waitForSync(alice.api, (sync) =>
      (sync.rooms?.join?.[roomId]?.timeline?.events as TimelineEvent[] | undefined)?.find(
        (event) => event.type === "m.room.member" && event.state_key === carol.userId && event.content.membership === "invite",
      ),
    );
    cleanup();
    const { container } = render(
      <MembershipEventText event={accepted} getMemberName={(userId) => (userId === alice.userId ? "Alice" : undefined)} />,
    );
    expect(container.textContent).toBe("Alice accepted Carol's request to join: “Welcome”");
  });
});

describe("MembershipNotice against Synapse", () => {
  /** Bob's `/sync` entry for a room he is no longer in. */
  async function leaveEntryOf(bob: TestUser, roomId: string) {
    const sync = await bob.api.sync({ filter: { room: { include_leave: true } } });
    return sync.rooms?.leave?.[roomId];
  }

  it("tells a removed member who removed them and why, and rejoins the public room", async () => {
    const alice = await newUser("alice", { displayName: "Alice" });
    const bob = await newUser("bob", { displayName: "Bob" });
    const roomId = await alice.api.createRoom({ name: "Town Square", preset: "public_chat" });
    await bob.api.join(roomId);
    await alice.api.kick(roomId, bob.userId, "spam");
    const leaveEntry = await leaveEntryOf(bob, roomId);
    const user = userEvent.setup();
    render(<MembershipNotice client={clientFor(bob)} roomId={roomId} userId={bob.userId} leaveEntry={leaveEntry} />);
    expect(screen.getByRole("heading").textContent).toBe("You were removed from Town Square by Alice");
    expect(screen.getByText(/^Reason:/).textContent).toBe("Reason: “spam”");

    await user.click(screen.getByRole("button", { name: "Rejoin" }));
    await waitFor(async () => expect((await alice.api.getStateEvent(roomId, "m.room.member", bob.userId)).membership).toBe("join"), {
      timeout: 20_000,
    });
  });

  it("offers a banned member only Forget, and the server forgets the room", async () => {
    const alice = await newUser("alice", { displayName: "Alice" });
    const bob = await newUser("bob", { displayName: "Bob" });
    const roomId = await alice.api.createRoom({ name: "Strict", preset: "public_chat" });
    await bob.api.join(roomId);
    await alice.api.ban(roomId, bob.userId, "more spam");
    const leaveEntry = await leaveEntryOf(bob, roomId);
    const user = userEvent.setup();
    render(<MembershipNotice client={clientFor(bob)} roomId={roomId} userId={bob.userId} leaveEntry={leaveEntry} />);
    expect(screen.getByRole("heading").textContent).toBe("You were banned from Strict by Alice");
    expect(screen.getAllByRole("button").map((button) => button.textContent)).toEqual(["Forget this room"]);

    await user.click(screen.getByRole("button", { name: "Forget this room" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Room forgotten"), { timeout: 20_000 });
    expect(await leaveEntryOf(bob, roomId)).toBeUndefined();
  });
});

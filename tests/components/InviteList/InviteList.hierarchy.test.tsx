/**
 * The inbox's calm hierarchy of actions: invites from strangers do not make Accept the loud
 * button, and the "Decline all" confirmation opens under the heading that was pressed.
 * Rows and groups are found by their data attributes, not their roles, so these tests follow
 * the layout whatever list semantics the rows carry.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { createRecordingClient } from "../../support/recordingClient";
import { fixtureEntries, FIXTURE_USER_ID, generatedEntries } from "./entries";
import { installFakeLayout } from "./layout";

installFakeLayout();

function rowOf(roomId: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`[data-room-id="${CSS.escape(roomId)}"]`);
  if (!row) throw new Error(`no row for ${roomId}`);
  return row;
}

describe("InviteList: which Accept is the main action", () => {
  it("makes Accept secondary for invites from people the user shares no room with, primary for the others", () => {
    const entries = fixtureEntries().filter((entry) => entry.kind === "invite");
    render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} knownUserIds={new Set(["@alice:localhost"])} />);
    const fromAlice = entries.filter((entry) => entry.summary.inviter?.userId === "@alice:localhost");
    const fromStrangers = entries.filter((entry) => entry.summary.inviter?.userId !== "@alice:localhost");
    expect(fromAlice.length).toBeGreaterThan(0);
    expect(fromStrangers.length).toBeGreaterThan(0);
    for (const entry of fromAlice) {
      expect(within(rowOf(entry.roomId)).getByRole("button", { name: /^Accept/ })).toHaveAttribute("data-variant", "primary");
    }
    for (const entry of fromStrangers) {
      expect(within(rowOf(entry.roomId)).getByRole("button", { name: /^Accept/ })).toHaveAttribute("data-variant", "secondary");
    }
  });
});

describe("InviteList: the Decline all confirmation", () => {
  it("opens under the heading whose button was pressed, not above the list", async () => {
    const user = userEvent.setup();
    const entries = generatedEntries(4, { directEvery: 2 });
    render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} />);
    const rooms = document.querySelector<HTMLElement>('.mmui-invite-list__group[data-group="rooms"]');
    if (!rooms) throw new Error("no Rooms heading");

    await user.click(within(rooms).getByRole("button", { name: /^Decline all/ }));

    const panel = document.querySelector<HTMLElement>('.mmui-invite-list__panel[data-state="confirm"]');
    expect(panel).not.toBeNull();
    expect(rooms.contains(panel)).toBe(true);
    expect(within(panel as HTMLElement).getByRole("button", { name: "Cancel" })).toHaveFocus();
    const people = document.querySelector<HTMLElement>('.mmui-invite-list__group[data-group="people"]');
    expect(people?.querySelector(".mmui-invite-list__panel")).toBeNull();
  });

  it("confirms without solid red: the confirm button is outlined (solid red is for dialogs)", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(3, { roomsOnly: true })} userId={FIXTURE_USER_ID} />);
    await user.click(screen.getByRole("button", { name: /^Decline all/ }));
    expect(screen.getByRole("button", { name: "Decline 3 invites" })).toHaveAttribute("data-variant", "danger-outline");
  });
});

/**
 * Every place that shows an inviter flags ambiguity the same way (issue 12): a compact
 * InviteList row shows the inviter like InvitePreview's byline (the name, then the user ID
 * right beside it) and the same lookalike warning, in its accessible description too.
 */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { InviteListItem } from "../../../src/components/InviteList/InviteListItem";
import { InvitePreviewView } from "../../../src/components/InvitePreview/InvitePreviewView";
import type { InviteEntry } from "../../../src/core/store/inviteStore";
import type { RoomMember } from "../../../src/core/types";
import { entryFromEvents, inviteEvents } from "../InvitePreview/fixtures";
import { createRecordingClient } from "../../support/recordingClient";
import { fixtureEntries, FIXTURE_USER_ID } from "./entries";
import { installFakeLayout } from "./layout";

installFakeLayout();

const MALLORY = "@mallory:evil.com";
const WARNING = "Check the user ID: this display name could belong to someone else.";
const CONTACTS: readonly RoomMember[] = [{ userId: "@alice:matrix.org", displayName: "Alice" }];

/** An invite from Mallory, whose member event claims `displayname`. */
function inviteFromMallory(displayname: string, roomId = "!lookalike:evil.com"): InviteEntry {
  return entryFromEvents(
    roomId,
    inviteEvents(MALLORY, [
      { type: "m.room.name", state_key: "", sender: MALLORY, content: { name: "Admin notice" } },
      { type: "m.room.member", state_key: MALLORY, sender: MALLORY, content: { membership: "join", displayname } },
    ]),
  );
}

function renderRow(entry: InviteEntry, knownUsers?: readonly RoomMember[]) {
  return render(<InviteListItem entry={entry} descriptionId="from" knownUsers={knownUsers} />);
}

describe("InviteList rows: who invited", () => {
  it("separates a display name shaped like a user ID from the real one, and warns", () => {
    renderRow(inviteFromMallory("@admin:matrix.org"));
    const line = document.getElementById("from");
    expect(line).toHaveTextContent(`Invited by @admin:matrix.org (${MALLORY})${WARNING}`);
    expect(within(line as HTMLElement).getByText(WARNING)).toHaveAttribute("data-mmui-warning");
  });

  it("puts the warning in the row's accessible description", () => {
    render(<InviteList client={createRecordingClient()} invites={[inviteFromMallory("@admin:matrix.org")]} userId={FIXTURE_USER_ID} />);
    const row = screen.getByRole("article", { name: "Admin notice" });
    // jsdom computes no CSS display, so the accessible-name algorithm pads each <bdi> and <p> with spaces.
    expect(row).toHaveAccessibleDescription(`Invited by @admin:matrix.org ( ${MALLORY} ) ${WARNING}`);
  });

  it("warns about a Cyrillic lookalike of a contact's name when InviteList is given the contacts", () => {
    const { rerender } = render(<InviteList client={createRecordingClient()} invites={[inviteFromMallory("\u0410lice")]} userId={FIXTURE_USER_ID} />);
    expect(screen.queryByText(WARNING)).not.toBeInTheDocument();
    rerender(<InviteList client={createRecordingClient()} invites={[inviteFromMallory("\u0410lice")]} userId={FIXTURE_USER_ID} knownUsers={CONTACTS} />);
    expect(screen.getByText(WARNING)).toBeInTheDocument();
  });

  it("keeps the user ID right after a name padded with Braille blanks, the name on one line", () => {
    renderRow(inviteFromMallory(`Alice${"\u2800".repeat(230)}x`));
    const line = document.getElementById("from") as HTMLElement;
    expect(line).toHaveTextContent(`Invited by Alice x (${MALLORY})`);
    const name = within(line).getByText("Alice x");
    expect(name).toHaveClass("mmui-inviter-line__name");
    // The ID is the next network text after the name, in the same sentence.
    const networkTexts = [...line.querySelectorAll("bdi")].map((element) => element.textContent);
    expect(networkTexts).toEqual(["Alice x", MALLORY]);
  });
});

describe("the row and the preview flag the same inviters", () => {
  const names = ["Alice", "\u0410lice", "Alic\u0435", "Alice\u2800", "@alice\uA789matrix.org", "@alice\u2236matrix.org", "@admin:matrix.org", "Mallory", "AIice"];
  for (const knownUsers of [undefined, CONTACTS]) {
    it(`agrees for every lookalike ${knownUsers ? "beside the user's contacts" : "without contacts"}`, () => {
      const entries = [...names.map((name, index) => inviteFromMallory(name, `!room${index}:evil.com`)), ...fixtureEntries().filter((entry) => entry.kind === "invite")];
      const flagged = (entry: InviteEntry) => {
        const row = renderRow(entry, knownUsers);
        const inRow = row.container.querySelector("[data-mmui-warning]") !== null;
        row.unmount();
        const preview = render(<InvitePreviewView summary={entry.summary} knownUsers={knownUsers} />);
        const inPreview = preview.container.querySelector("[data-mmui-warning]") !== null;
        preview.unmount();
        return [inRow, inPreview];
      };
      const results = entries.map((entry) => [entry.roomId, ...flagged(entry)]);
      for (const [roomId, inRow, inPreview] of results) expect(inRow, String(roomId)).toBe(inPreview);
      // Without contacts only the names shaped like a user ID are flagged; with them, every lookalike of "Alice" too.
      const flaggedCount = results.filter(([, inRow]) => inRow).length;
      expect(flaggedCount).toBe(knownUsers ? 8 : 3);
    });
  }
});

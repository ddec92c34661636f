/**
 * What a screen reader hears about who sent an invite: the card and each of its buttons are
 * described by the byline (the inviter's user ID) and the lookalike warning, and a card
 * titled with the inviter's display name is named by their user ID instead.
 */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { InvitePreviewView } from "../../../src/components/InvitePreview/InvitePreviewView";
import dm from "../../fixtures/invite-dm-unnamed.json";
import impersonation from "../../fixtures/invite-impersonation.json";
import lookalike from "../../fixtures/invite-lookalike-dm.json";
import { entryFromCapture } from "./fixtures";

const ALICE = { userId: "@alice:localhost", displayName: "Alice Liddell" };

describe("InvitePreviewView: who invited, for a screen reader", () => {
  it("describes every action button and their group by the inviter's user ID", () => {
    render(<InvitePreviewView summary={entryFromCapture(impersonation).summary} />);
    for (const name of ["Accept", "Decline", "Decline and ignore…"]) {
      expect(screen.getByRole("button", { name })).toHaveAccessibleDescription(/@alice:localhost/);
    }
    expect(screen.getByRole("group", { name: "Invite actions" })).toHaveAccessibleDescription(/^Invited by Alice Liddell \(\s?@alice:localhost\s?\)$/);
    expect(screen.getByRole("article")).toHaveAccessibleDescription(/^Invited by Alice Liddell \(\s?@alice:localhost\s?\)$/);
  });

  it("adds the lookalike warning to the description, and never names the card after the impostor's display name", () => {
    render(<InvitePreviewView summary={entryFromCapture(lookalike).summary} knownUsers={[ALICE]} />);
    const article = screen.getByRole("article");
    expect(article).toHaveAccessibleName("Invite from @mallory:localhost");
    expect(article).not.toHaveAccessibleName(/Alice Liddell/);
    const accept = screen.getByRole("button", { name: "Accept" });
    expect(accept).toHaveAccessibleDescription(/@mallory:localhost/);
    expect(accept).toHaveAccessibleDescription(/this display name could belong to someone else/);
  });

  it("names a direct chat by the inviter's user ID and describes it by the byline", () => {
    render(<InvitePreviewView summary={entryFromCapture(dm).summary} />);
    expect(screen.getByRole("article")).toHaveAccessibleName("Invite from @alice:localhost");
    expect(screen.getByRole("button", { name: "Accept" })).toHaveAccessibleDescription(/^@alice:localhost\s?wants to chat with you$/);
  });

  it("drops the description once the invite's buttons are gone", () => {
    render(<InvitePreviewView summary={entryFromCapture(impersonation).summary} status="declined" />);
    expect(screen.getByRole("article")).not.toHaveAttribute("aria-describedby");
  });
});

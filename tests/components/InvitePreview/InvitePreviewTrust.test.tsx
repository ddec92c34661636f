/**
 * The trust signals of InvitePreviewView: the level in words, the "Why am I seeing this?"
 * disclosure with the reasons in plain sentences, and the grading (avatars, message) the
 * assessment's level gets from the core's `getInviteTreatment`, all used by keyboard.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InvitePreview } from "../../../src/components/InvitePreview/InvitePreview";
import { InvitePreviewView } from "../../../src/components/InvitePreview/InvitePreviewView";
import { assessInvite } from "../../../src/core/inviteAssessment";
import type { InviteAssessmentContext } from "../../../src/core/inviteAssessment";
import type { RoomSummary } from "../../../src/core/types";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { loadLocale } from "../../../src/i18n/loadLocale";
import dm from "../../fixtures/invite-dm-unnamed.json";
import lookalike from "../../fixtures/invite-lookalike-dm.json";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import { createRecordingClient } from "../../support/recordingClient";
import { entryFromCapture, entryFromEvents, inviteEvents } from "./fixtures";

const ALICE = "@alice:localhost";
const named = entryFromCapture(namedRoom).summary;
const mallory = entryFromCapture(lookalike).summary;

function renderAssessed(summary: RoomSummary, context: InviteAssessmentContext | undefined, extra: Partial<Parameters<typeof InvitePreviewView>[0]> = {}) {
  const user = userEvent.setup();
  render(<InvitePreviewView summary={summary} assessment={assessInvite(summary, context)} {...extra} />);
  return { user };
}

/** Opens the disclosure by keyboard and returns its sentences. */
async function reasonsByKeyboard(user: ReturnType<typeof userEvent.setup>): Promise<string[]> {
  const toggle = screen.getByRole("button", { name: "Why am I seeing this?" });
  while (document.activeElement !== toggle) await user.tab();
  await user.keyboard("{Enter}");
  expect(toggle).toHaveAttribute("aria-expanded", "true");
  const list = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
  if (!list) throw new Error("the disclosure controls nothing");
  return within(list).getAllByRole("listitem").map((item) => item.textContent ?? "");
}

describe("InvitePreviewView: why am I seeing this?", () => {
  it("shows neither a level nor the disclosure without an assessment", () => {
    render(<InvitePreviewView summary={named} />);
    expect(screen.queryByRole("button", { name: "Why am I seeing this?" })).not.toBeInTheDocument();
    expect(screen.queryByText("Unknown sender")).not.toBeInTheDocument();
  });

  it("names the level and keeps the reasons folded until asked, then folds them again by keyboard", async () => {
    const { user } = renderAssessed(mallory, { knownDisplayNames: new Map([[ALICE, "Alice Liddell"]]) });
    expect(screen.getByText("Probably spam")).toBeInTheDocument();
    const toggle = screen.getByRole("button", { name: "Why am I seeing this?" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText(/looks like your contact/)).not.toBeInTheDocument();
    expect(await reasonsByKeyboard(user)).toEqual([
      "Their display name looks like your contact Alice Liddell (@alice:localhost).",
      "You share no rooms with @mallory:localhost.",
    ]);
    await user.keyboard(" ");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText(/looks like your contact/)).not.toBeInTheDocument();
  });

  it("counts an invite wave in the words of the window", async () => {
    const wave = Array.from({ length: 12 }, (_, index) => entryFromCapture(namedRoom, `!wave${index}:localhost`));
    const { user } = renderAssessed(named, { pendingInvites: wave, knownUserIds: new Set() });
    expect(screen.getByText("Probably spam")).toBeInTheDocument();
    expect(await reasonsByKeyboard(user)).toEqual(["They sent you 12 invites within 10 minutes.", "You share no rooms with @alice:localhost."]);
  });

  it("says when a display name is shaped like a user ID", async () => {
    const events = inviteEvents("@mallory:evil.example", [
      { type: "m.room.member", state_key: "@mallory:evil.example", sender: "@mallory:evil.example", content: { membership: "join", displayname: "@alice:localhost" } },
    ]);
    const { user } = renderAssessed(entryFromEvents("!room:evil.example", events).summary, {});
    expect(await reasonsByKeyboard(user)).toEqual(["Their display name looks like a Matrix user ID, but their user ID is @mallory:evil.example."]);
  });

  it("flags a direct message from someone unknown", async () => {
    const { user } = renderAssessed(entryFromCapture(dm).summary, { sharedRoomIds: [] });
    expect(screen.getByText("Unknown sender")).toBeInTheDocument();
    expect(await reasonsByKeyboard(user)).toEqual(["This is a direct message from someone you don't know.", "You share no rooms with @alice:localhost."]);
  });

  it("says the room changed when the freshness check found changes", async () => {
    const { user } = renderAssessed(named, { knownUserIds: new Set([ALICE]), freshness: { changes: ["renamed"] } });
    expect(await reasonsByKeyboard(user)).toEqual(["@alice:localhost is one of your contacts or is in a room with you.", "The room has changed since you were invited."]);
  });

  it("says how many rooms are shared with a known sender", async () => {
    const { user } = renderAssessed(named, { sharedRoomIds: ["!a:localhost", "!b:localhost", "!c:localhost"] });
    expect(screen.getByText("Known sender")).toBeInTheDocument();
    expect(await reasonsByKeyboard(user)).toEqual(["You share 3 rooms with @alice:localhost."]);
  });

  it("says nothing is known when the host gave no context", async () => {
    const { user } = renderAssessed(named, undefined);
    expect(screen.getByText("Unknown sender")).toBeInTheDocument();
    expect(await reasonsByKeyboard(user)).toEqual(["Nothing is known about this sender yet."]);
  });

  it("words the reasons in Polish", async () => {
    await loadLocale("pl");
    const user = userEvent.setup();
    const wave = Array.from({ length: 5 }, (_, index) => entryFromCapture(namedRoom, `!wave${index}:localhost`));
    render(
      <I18nProvider locale="pl">
        <InvitePreviewView summary={named} assessment={assessInvite(named, { pendingInvites: wave })} />
      </I18nProvider>,
    );
    expect(screen.getByText("Prawdopodobnie spam")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Dlaczego to widzę?" }));
    expect(screen.getByText("Ta osoba wysłała Ci 5 zaproszeń w ciągu 10 minut.")).toBeInTheDocument();
  });

  it("leaves the disclosure out once the invite is answered", () => {
    render(<InvitePreviewView summary={named} status="declined" declineOutcome={{ failedSteps: [] }} assessment={assessInvite(named, {})} />);
    expect(screen.queryByRole("button", { name: "Why am I seeing this?" })).not.toBeInTheDocument();
  });
});

describe("InvitePreview: the host's trust context", () => {
  it("assesses the invite with the core's rule and explains it", async () => {
    const user = userEvent.setup();
    const context: InviteAssessmentContext = { knownDisplayNames: new Map([[ALICE, "Alice Liddell"]]) };
    render(<InvitePreview client={createRecordingClient()} invite={entryFromCapture(lookalike)} userId="@bob:localhost" trustContext={context} />);
    expect(screen.getByText("Probably spam")).toBeInTheDocument();
    expect(await reasonsByKeyboard(user)).toContain("Their display name looks like your contact Alice Liddell (@alice:localhost).");
  });

  it("shows no trust signals without a context", () => {
    render(<InvitePreview client={createRecordingClient()} invite={entryFromCapture(lookalike)} userId="@bob:localhost" />);
    expect(screen.queryByRole("button", { name: "Why am I seeing this?" })).not.toBeInTheDocument();
  });
});

describe("InvitePreviewView: grading by trust level", () => {
  const avatarEvents = inviteEvents(ALICE, [
    { type: "m.room.name", state_key: "", sender: ALICE, content: { name: "Pictures" } },
    { type: "m.room.avatar", state_key: "", sender: ALICE, content: { url: "mxc://localhost/picture" } },
  ], { reason: "Come and see" });
  const withAvatar = entryFromEvents("!pictures:localhost", avatarEvents).summary;

  it("fetches no avatar for an unknown sender, even when the media policy allows it", () => {
    const fetchThumbnail = vi.fn(async () => new Blob());
    render(<InvitePreviewView summary={withAvatar} client={{ fetchThumbnail }} mediaPolicy={{ showAvatars: true }} assessment={assessInvite(withAvatar, {})} />);
    expect(fetchThumbnail).not.toHaveBeenCalled();
  });

  it("fetches a known sender's avatar when the media policy allows it", async () => {
    const fetchThumbnail = vi.fn(async () => new Blob());
    const assessment = assessInvite(withAvatar, { knownUserIds: new Set([ALICE]) });
    render(<InvitePreviewView summary={withAvatar} client={{ fetchThumbnail }} mediaPolicy={{ showAvatars: true }} assessment={assessment} />);
    await vi.waitFor(() => expect(fetchThumbnail).toHaveBeenCalled());
  });

  it("never fetches an avatar the media policy forbids, whatever the grading", () => {
    const fetchThumbnail = vi.fn(async () => new Blob());
    const assessment = assessInvite(withAvatar, { knownUserIds: new Set([ALICE]) });
    render(<InvitePreviewView summary={withAvatar} client={{ fetchThumbnail }} assessment={assessment} grading={{ known: { avatars: "show" } }} />);
    expect(fetchThumbnail).not.toHaveBeenCalled();
  });

  it("keeps an unknown sender's message behind Show message, which opens by keyboard", async () => {
    const { user } = renderAssessed(withAvatar, {});
    expect(screen.queryByText("Come and see")).not.toBeInTheDocument();
    const show = screen.getByRole("button", { name: "Show message" });
    while (document.activeElement !== show) await user.tab();
    await user.keyboard("{Enter}");
    expect(screen.getByText("Come and see")).toBeVisible();
    expect(screen.getByRole("button", { name: "Hide message" })).toHaveAttribute("aria-expanded", "true");
  });

  it("shows a known sender's message at once, still foldable", () => {
    renderAssessed(withAvatar, { knownUserIds: new Set([ALICE]) });
    expect(screen.getByText("Come and see")).toBeVisible();
    expect(screen.getByRole("button", { name: "Hide message" })).toBeInTheDocument();
  });

  it("follows the host's grading: a message shown, or left out", () => {
    const { unmount } = render(
      <InvitePreviewView summary={withAvatar} assessment={assessInvite(withAvatar, {})} grading={{ unknown: { message: "show" } }} />,
    );
    expect(screen.getByText("Come and see")).toBeVisible();
    unmount();
    render(<InvitePreviewView summary={withAvatar} assessment={assessInvite(withAvatar, {})} grading={{ unknown: { message: "hide" } }} />);
    expect(screen.queryByRole("button", { name: "Show message" })).not.toBeInTheDocument();
    expect(screen.queryByText("Come and see")).not.toBeInTheDocument();
  });

  it("collapses the message again when the grade turns suspicious", () => {
    const known = assessInvite(withAvatar, { knownUserIds: new Set([ALICE]) });
    const { rerender } = render(<InvitePreviewView summary={withAvatar} assessment={known} />);
    expect(screen.getByText("Come and see")).toBeVisible();
    const wave = Array.from({ length: 5 }, (_, index) => entryFromEvents(`!wave${index}:localhost`, avatarEvents));
    rerender(<InvitePreviewView summary={withAvatar} assessment={assessInvite(withAvatar, { knownUserIds: new Set([ALICE]), pendingInvites: wave })} />);
    expect(screen.queryByText("Come and see")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Show message" })).toBeInTheDocument();
  });
});

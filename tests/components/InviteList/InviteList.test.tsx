import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { loadLocale } from "../../../src/i18n/loadLocale";
import { fixtureEntries, FIXTURE_USER_ID, generatedEntries } from "./entries";
import type { InviteEntry } from "../../../src/core/store/inviteStore";
import { createRecordingClient } from "../../support/recordingClient";
import { installFakeLayout } from "./layout";

installFakeLayout();

/** The headings as a screen reader reads them (the visual count badge is aria-hidden). */
function headings() {
  return screen.getAllByRole("heading").map((heading) => {
    const copy = heading.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll("[aria-hidden='true']")) hidden.remove();
    return copy.textContent;
  });
}

function entryNamed(entries: readonly InviteEntry[], name: string): InviteEntry {
  const found = entries.find((entry) => entry.summary.name.kind === "named" && entry.summary.name.name === name);
  if (!found) throw new Error(`no fixture named ${name}`);
  return found;
}

describe("InviteList", () => {
  describe("grouping", () => {
    it("puts DMs under People, rooms under Rooms, spaces under Spaces and knocks apart, with counts", () => {
      const entries = fixtureEntries();
      render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} />);
      const people = entries.filter((entry) => entry.kind === "invite" && entry.summary.isDirect && !entry.summary.isSpace).length;
      const spaces = entries.filter((entry) => entry.summary.isSpace).length;
      const rooms = entries.filter((entry) => entry.kind === "invite" && !entry.summary.isDirect && !entry.summary.isSpace).length;
      expect(people).toBeGreaterThan(0);
      expect(headings()).toEqual([
        `People, ${people} invites`,
        `Rooms, ${rooms} invites`,
        `Spaces, ${spaces} invite`,
        "Your requests to join, 1 invite",
      ]);
      const peopleList = screen.getByRole("feed", { name: "People" });
      expect(within(peopleList).getAllByRole("article")).toHaveLength(people);
      const spaceEntry = entries.find((entry) => entry.summary.isSpace);
      const spaceName = spaceEntry?.summary.name.kind === "named" ? spaceEntry.summary.name.name : "";
      expect(spaceName).not.toBe("");
      expect(within(screen.getByRole("feed", { name: "Spaces" })).getByRole("article")).toHaveAccessibleName(spaceName);
    });

    it("gathers invites from people the user shares no room with when knownUserIds is given", () => {
      const entries = fixtureEntries();
      render(
        <InviteList
          client={createRecordingClient()}
          invites={entries}
          userId={FIXTURE_USER_ID}
          knownUserIds={new Set(["@alice:localhost"])}
        />,
      );
      const unknown = screen.getByRole("feed", { name: "From people you don't share a room with" });
      const strangers = entries.filter((entry) => entry.kind === "invite" && entry.summary.inviter?.userId !== "@alice:localhost");
      expect(strangers.length).toBeGreaterThan(0);
      expect(within(unknown).getAllByRole("article")).toHaveLength(strangers.length);
      expect(screen.getByText("Pictures are hidden because you don't share a room with these people.")).toBeInTheDocument();
    });

    it("shows the inviter's user ID beside the display name", () => {
      const entries = fixtureEntries();
      render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} />);
      const row = screen.getByRole("article", { name: "Design Review" });
      // jsdom computes no CSS display, so the accessible-name algorithm pads each <bdi> with spaces.
      expect(row).toHaveAccessibleDescription(/^Invited by Alice Liddell \( ?@alice:localhost ?\)$/);
    });
  });

  describe("filter", () => {
    it("matches the room name ignoring case and diacritics", async () => {
      const user = userEvent.setup();
      const entries = generatedEntries(3, { prefix: "Łódź Café" });
      render(<InviteList client={createRecordingClient()} invites={[...entries, ...fixtureEntries()]} userId={FIXTURE_USER_ID} />);
      await user.type(screen.getByRole("searchbox", { name: "Filter invites" }), "lodz CAFE #2");
      await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(1));
      expect(screen.getByRole("article", { name: "Łódź Café #2" })).toBeInTheDocument();
      expect(screen.getByText("1 invite matches.")).toBeInTheDocument();
    });

    it("matches the inviter's display name and user ID", async () => {
      const user = userEvent.setup();
      const entries = fixtureEntries();
      render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} />);
      const box = screen.getByRole("searchbox", { name: "Filter invites" });
      await user.type(box, "@mallory:");
      const fromMallory = entries.filter((entry) => entry.summary.inviter?.userId === "@mallory:localhost").length;
      expect(fromMallory).toBeGreaterThan(0);
      await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(fromMallory));
      await user.clear(box);
      await user.type(box, "ALICE liddell");
      const named = entries.filter((entry) => entry.summary.inviter?.displayName === "Alice Liddell").length;
      await waitFor(() => expect(screen.getAllByRole("article")).toHaveLength(named));
    });

    it("says when nothing matches, and clears the filter on request", async () => {
      const user = userEvent.setup();
      render(<InviteList client={createRecordingClient()} invites={fixtureEntries()} userId={FIXTURE_USER_ID} />);
      const box = screen.getByRole("searchbox", { name: "Filter invites" });
      await user.type(box, "zzz-nothing");
      expect(await screen.findByText(/No invites match/)).toHaveTextContent("No invites match “zzz-nothing”.");
      expect(screen.queryAllByRole("article")).toHaveLength(0);
      await user.click(screen.getByRole("button", { name: "Clear filter" }));
      expect(box).toHaveValue("");
      expect(box).toHaveFocus();
      expect(screen.getAllByRole("article").length).toBeGreaterThan(0);
    });
  });

  describe("empty", () => {
    it("shows an empty state and no filter when there are no invites", () => {
      render(<InviteList client={createRecordingClient()} invites={[]} userId={FIXTURE_USER_ID} />);
      expect(screen.getByText("No pending invites")).toBeInTheDocument();
      expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
    });
  });

  describe("avatars", () => {
    it("fetches no avatar for invites from unknown senders, but does for known ones", async () => {
      const entries = fixtureEntries();
      const withAvatar = entryNamed(entries, "Design Review");
      expect(withAvatar.summary.avatarUrl).toMatch(/^mxc:\/\//);
      const unknownClient = createRecordingClient();
      const { unmount } = render(
        <InviteList
          client={unknownClient}
          invites={[withAvatar]}
          userId={FIXTURE_USER_ID}
          knownUserIds={new Set(["@carol:localhost"])}
          mediaPolicy={{ showAvatars: true }}
        />,
      );
      await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
      expect(unknownClient.callsTo("fetchThumbnail")).toHaveLength(0);
      unmount();

      const knownClient = createRecordingClient();
      render(
        <InviteList
          client={knownClient}
          invites={[withAvatar]}
          userId={FIXTURE_USER_ID}
          knownUserIds={new Set(["@alice:localhost"])}
          mediaPolicy={{ showAvatars: true }}
        />,
      );
      await knownClient.waitForCall("fetchThumbnail");
      expect(knownClient.callsTo("fetchThumbnail")[0]?.args[0]).toBe(withAvatar.summary.avatarUrl);
    });

    it("fetches no avatar at all when the media policy forbids it", async () => {
      const client = createRecordingClient();
      render(<InviteList client={client} invites={fixtureEntries()} userId={FIXTURE_USER_ID} mediaPolicy={{ showAvatars: false }} />);
      await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
      expect(client.callsTo("fetchThumbnail")).toHaveLength(0);
    });
  });

  describe("virtualization", () => {
    it("renders only a window of rows for 10,000 invites", () => {
      const entries = generatedEntries(10_000);
      render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} />);
      const rendered = screen.getAllByRole("article");
      expect(rendered.length).toBeGreaterThan(0);
      expect(rendered.length).toBeLessThan(40);
      expect(rendered[0]).toHaveAttribute("aria-setsize");
      expect(Number(rendered[0]?.getAttribute("aria-setsize"))).toBeGreaterThan(1000);
    });
  });

  describe("row actions", () => {
    it("accepts with one join (via the inviter's server) and one state read, then hides the row", async () => {
      const user = userEvent.setup();
      const entries = fixtureEntries();
      const design = entryNamed(entries, "Design Review");
      const client = createRecordingClient();
      const onAccepted = vi.fn();
      render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} onAccepted={onAccepted} />);
      const row = screen.getByRole("article", { name: "Design Review" });
      await user.click(within(row).getByRole("button", { name: "Accept" }));
      await waitFor(() => expect(onAccepted).toHaveBeenCalledTimes(1));
      expect(onAccepted.mock.calls[0]?.[0]).toBe(design);
      expect(client.methodsCalled().filter((method) => method !== "fetchThumbnail")).toEqual(["joinRoom", "getRoomState"]);
      expect(client.callsTo("joinRoom")[0]?.options.via).toEqual(["localhost"]);
      expect(screen.queryByRole("article", { name: "Design Review" })).not.toBeInTheDocument();
    });

    it("ignores a second press while the join is in flight", async () => {
      const user = userEvent.setup();
      const client = createRecordingClient();
      client.respond("joinRoom", "hold");
      render(<InviteList client={client} invites={fixtureEntries()} userId={FIXTURE_USER_ID} />);
      const accept = within(screen.getByRole("article", { name: "Design Review" })).getByRole("button", { name: "Accept" });
      await user.click(accept);
      await user.click(accept);
      expect(client.callsTo("joinRoom")).toHaveLength(1);
      expect(accept).toHaveAttribute("aria-disabled", "true");
      expect(accept).toHaveFocus();
      expect(screen.getByText("Joining Design Review…")).toBeInTheDocument();
    });

    it("shows the error on the row and lets the user try again", async () => {
      const user = userEvent.setup();
      const client = createRecordingClient();
      client.respondOnce("leaveRoom", { error: Object.assign(new Error("boom"), { httpStatus: 500, errcode: "M_UNKNOWN" }) });
      const onDeclined = vi.fn();
      render(<InviteList client={client} invites={fixtureEntries()} userId={FIXTURE_USER_ID} onDeclined={onDeclined} />);
      const row = screen.getByRole("article", { name: "Design Review" });
      await user.click(within(row).getByRole("button", { name: "Decline" }));
      expect(await within(row).findByText("The server ran into a problem. Try again later.")).toBeInTheDocument();
      await user.click(within(row).getByRole("button", { name: "Decline" }));
      await waitFor(() => expect(onDeclined).toHaveBeenCalledTimes(1));
      expect(client.callsTo("leaveRoom")).toHaveLength(2);
    });

    it("opens the full invite with Open", async () => {
      const user = userEvent.setup();
      const onOpenInvite = vi.fn();
      const entries = fixtureEntries();
      render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} onOpenInvite={onOpenInvite} />);
      await user.click(within(screen.getByRole("article", { name: "Design Review" })).getByRole("button", { name: "Open" }));
      expect(onOpenInvite).toHaveBeenCalledWith(entryNamed(entries, "Design Review"));
    });

    it("renders the host's own row content with renderInvite", () => {
      const entries = fixtureEntries();
      render(
        <InviteList
          client={createRecordingClient()}
          invites={entries}
          userId={FIXTURE_USER_ID}
          renderInvite={(entry) => <article aria-label={`custom ${entry.roomId}`}>custom</article>}
        />,
      );
      expect(screen.getAllByRole("article").length).toBeGreaterThan(0);
      expect(screen.queryByRole("button", { name: "Accept" })).not.toBeInTheDocument();
    });
  });

  describe("after a decline", () => {
    it("keeps the same invite hidden when the host re-sends it, but shows a new invite to that room", async () => {
      const user = userEvent.setup();
      const client = createRecordingClient();
      const entries = generatedEntries(2, { roomsOnly: true });
      const first = entries[0] as InviteEntry;
      const { rerender } = render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} />);
      await user.click(within(screen.getByRole("article", { name: "Spam offer #1" })).getByRole("button", { name: "Decline" }));
      await waitFor(() => expect(screen.queryByRole("article", { name: "Spam offer #1" })).not.toBeInTheDocument());
      rerender(<InviteList client={client} invites={[{ ...first }, entries[1] as InviteEntry]} userId={FIXTURE_USER_ID} />);
      expect(screen.queryByRole("article", { name: "Spam offer #1" })).not.toBeInTheDocument();
      const reinvited = { ...first, summary: { ...first.summary, invitedAt: (first.summary.invitedAt ?? 0) + 60_000 } };
      rerender(<InviteList client={client} invites={[reinvited, entries[1] as InviteEntry]} userId={FIXTURE_USER_ID} />);
      const row = screen.getByRole("article", { name: "Spam offer #1" });
      expect(within(row).getByRole("button", { name: "Accept" })).not.toHaveAttribute("aria-disabled");
    });
  });

  describe("in Polish", () => {
    it("uses the Polish plural forms in headings and Decline all", async () => {
      await loadLocale("pl");
      const invites = generatedEntries(5, { roomsOnly: true });
      const { rerender } = render(
        <I18nProvider locale="pl">
          <InviteList client={createRecordingClient()} invites={invites} userId={FIXTURE_USER_ID} />
        </I18nProvider>,
      );
      expect(headings()).toEqual(["Pokoje, 5 zaproszeń"]);
      expect(screen.getByRole("button", { name: "Odrzuć wszystkie 5 zaproszeń w grupie Pokoje" })).toBeInTheDocument();
      rerender(
        <I18nProvider locale="pl">
          <InviteList client={createRecordingClient()} invites={invites.slice(0, 3)} userId={FIXTURE_USER_ID} />
        </I18nProvider>,
      );
      expect(headings()).toEqual(["Pokoje, 3 zaproszenia"]);
      expect(screen.getByRole("searchbox", { name: "Filtruj zaproszenia" })).toBeInTheDocument();
    });
  });
});

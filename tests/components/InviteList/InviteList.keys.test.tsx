/**
 * The inbox as a WAI-ARIA feed, and the keys the keyboard-and-screen-reader audit asked for:
 * Alt+ArrowDown/Alt+ArrowUp between groups, Space that does not scroll, PageDown/PageUp by the
 * rows in view, Escape on the "Decline all" confirmation, Dismiss back to the group's
 * "Decline all", and one tab stop per `renderInvite` row.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { MatrixApiError } from "../../../src/core/client/errors";
import { createRecordingClient } from "../../support/recordingClient";
import { FIXTURE_USER_ID, generatedEntries } from "./entries";
import { installFakeLayout, ROW_HEIGHT, VIEWPORT_HEIGHT } from "./layout";

installFakeLayout();

/** Waits for a 10,000-invite list on a busy machine (the list scrolls and renders between steps). */
const SLOW = { timeout: 10_000 };
const feedOf = (element: Element | null) => element?.closest("[role=feed]");
const focused = () => document.activeElement as HTMLElement;

/** Invites that all land in the Rooms group. */
function roomInvites(count: number) {
  return generatedEntries(count * 4)
    .filter((entry) => !entry.summary.isDirect && !entry.summary.isSpace)
    .slice(0, count);
}

describe("InviteList: a feed per group", () => {
  it("renders each group as a feed of articles numbered within it, busy only while invites come and go", () => {
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(6, { directEvery: 2 })} userId={FIXTURE_USER_ID} />);
    const feeds = screen.getAllByRole("feed");
    expect(feeds.map((feed) => feed.getAttribute("aria-label"))).toEqual(["People", "Rooms", "Spaces"].slice(0, feeds.length));
    for (const feed of feeds) {
      expect(feed).toHaveAttribute("aria-busy", "false");
      const articles = within(feed).getAllByRole("article");
      articles.forEach((article, index) => {
        expect(article).toHaveAttribute("aria-posinset", String(index + 1));
        expect(article).toHaveAttribute("aria-setsize", String(articles.length));
      });
    }
    expect(screen.queryByRole("listitem")).not.toBeInTheDocument();
  });
});

describe("InviteList: keys", () => {
  it("jumps to the next and previous group with Alt+ArrowDown and Alt+ArrowUp, even among 10,000 invites", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(10_000)} userId={FIXTURE_USER_ID} />);
    act(() => screen.getAllByRole("article")[0]?.focus());
    expect(feedOf(focused())).toHaveAccessibleName("People");
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await waitFor(() => expect(feedOf(focused())).toHaveAccessibleName("Rooms"), SLOW);
    expect(focused()).toHaveAttribute("aria-posinset", "1");
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await waitFor(() => expect(feedOf(focused())).toHaveAccessibleName("Spaces"), SLOW);
    expect(focused()).toHaveAttribute("aria-posinset", "1");
    // From the last invite, no heading in the DOM: Alt+ArrowUp still finds the previous group.
    await user.keyboard("{End}");
    await waitFor(() => expect(focused().getAttribute("aria-posinset")).toBe(focused().getAttribute("aria-setsize")), SLOW);
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    await waitFor(() => expect(feedOf(focused())).toHaveAccessibleName("Rooms"), SLOW);
    expect(focused()).toHaveAttribute("aria-posinset", "1");
    // At the last group, Alt+ArrowDown past it stays put.
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}{Alt>}{ArrowDown}{/Alt}");
    await waitFor(() => expect(feedOf(focused())).toHaveAccessibleName("Spaces"), SLOW);
    expect(focused()).toHaveAttribute("aria-posinset", "1");
  });

  it("keeps Space on a focused row from scrolling the list", () => {
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(50)} userId={FIXTURE_USER_ID} />);
    const first = screen.getAllByRole("article")[0] as HTMLElement;
    act(() => first.focus());
    // `fireEvent` returns false when a handler prevented the default (the browser's scroll).
    expect(fireEvent.keyDown(first, { key: " ", code: "Space" })).toBe(false);
    expect(first).toHaveFocus();
    // Space on a button inside the row still presses it.
    const accept = within(first).getByRole("button", { name: "Accept" });
    expect(fireEvent.keyDown(accept, { key: " ", code: "Space" })).toBe(true);
  });

  it("moves PageDown and PageUp by the invites in view, not by the rows rendered around them", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(500, { roomsOnly: true })} userId={FIXTURE_USER_ID} />);
    const rendered = screen.getAllByRole("article").length;
    // The Rooms heading takes one row; the rest of the viewport holds whole invites.
    const inView = Math.floor(VIEWPORT_HEIGHT / ROW_HEIGHT) - 1;
    expect(rendered).toBeGreaterThan(inView);
    act(() => screen.getAllByRole("article")[0]?.focus());
    await user.keyboard("{PageDown}");
    await waitFor(() => expect(focused()).toHaveAttribute("aria-posinset", String(1 + inView)));
    await user.keyboard("{PageUp}");
    await waitFor(() => expect(focused()).toHaveAttribute("aria-posinset", "1"));
  });

  it("closes the Decline-all confirmation with Escape and returns focus to its button", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    render(<InviteList client={client} invites={roomInvites(3)} userId={FIXTURE_USER_ID} />);
    await user.click(screen.getByRole("button", { name: "Decline all 3 invites in Rooms" }));
    expect(screen.getByRole("group", { name: "Decline 3 invites in Rooms?" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Decline 3 invites in Rooms?" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Decline all 3 invites in Rooms" })).toHaveFocus();
    expect(client.callsTo("leaveRoom")).toHaveLength(0);
  });

  it("takes focus back to the group's Decline all after Dismiss while invites are left in it", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    render(<InviteList client={client} invites={roomInvites(3)} userId={FIXTURE_USER_ID} />);
    await user.click(screen.getByRole("button", { name: "Decline all 3 invites in Rooms" }));
    await user.click(screen.getByRole("button", { name: "Decline 3 invites" }));
    await user.click(await screen.findByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(screen.getByRole("button", { name: /^Decline all \(1 invite in Rooms\)$/ })).toHaveFocus());
  });

  it("keeps one tab stop per renderInvite row: only the focused row's controls are in the tab order", async () => {
    const user = userEvent.setup();
    render(
      <InviteList
        client={createRecordingClient()}
        invites={generatedEntries(4, { roomsOnly: true })}
        userId={FIXTURE_USER_ID}
        renderInvite={(entry) => (
          <div>
            <button type="button">Join {entry.roomId}</button>
            <button type="button">Skip {entry.roomId}</button>
          </div>
        )}
      />,
    );
    const tabbableButtons = () => screen.getAllByRole("button", { name: /^(Join|Skip) / }).filter((button) => button.tabIndex >= 0);
    const rows = screen.getAllByRole("article");
    expect(tabbableButtons()).toHaveLength(2);
    expect(rows[0]?.contains(tabbableButtons()[0] ?? null)).toBe(true);
    // Tab from the first row's last control leaves the list instead of entering the next row.
    act(() => rows[0]?.focus());
    await user.tab();
    await user.tab();
    expect(focused().textContent).toMatch(/^Skip /);
    await user.tab();
    expect(rows.some((row) => row.contains(focused()))).toBe(false);
    // Moving to the next row hands it the tab stop.
    act(() => rows[1]?.focus());
    await user.keyboard("{ArrowUp}{ArrowDown}");
    await waitFor(() => expect(tabbableButtons().every((button) => screen.getAllByRole("article")[1]?.contains(button))).toBe(true));
    expect(tabbableButtons()).toHaveLength(2);
  });
});

/**
 * InviteList multi-select: checkboxes, Shift+click ranges, Space and Shift+Arrow on rows,
 * "Select all" per group, and Decline on the selection through the "Decline all" queue, with a
 * result per invite and retry. Keyboard only wherever a person could use it that way.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { MatrixApiError } from "../../../src/core/client/errors";
import { createRecordingClient } from "../../support/recordingClient";
import { FIXTURE_USER_ID, generatedEntries } from "./entries";
import { installFakeLayout } from "./layout";

installFakeLayout();

const rooms = (count: number) => generatedEntries(count, { roomsOnly: true });
const selectedCount = () => screen.queryByRole("group", { name: "Selected invites" });

/** Presses Tab (or Shift+Tab) until `matches` holds for the focused element. */
async function tabUntil(user: ReturnType<typeof userEvent.setup>, matches: (element: HTMLElement) => boolean, backwards = false) {
  for (let step = 0; step < 40; step++) {
    await user.tab({ shift: backwards });
    const active = document.activeElement as HTMLElement | null;
    if (active && matches(active)) return active;
  }
  throw new Error("Tab never reached the element");
}

const isRow = (element: HTMLElement) => element.getAttribute("role") === "article";

describe("InviteList multi-select by keyboard", () => {
  it("toggles a row with Space and extends with Shift+ArrowDown, then declines the selection", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    const entries = rooms(5);
    render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} selectable />);
    const first = await tabUntil(user, isRow);
    await user.keyboard(" ");
    expect(within(first).getByRole("checkbox", { name: "Select Spam offer #1" })).toBeChecked();
    expect(within(selectedCount() as HTMLElement).getByText("1 selected")).toBeInTheDocument();
    expect(screen.getByText("1 invite selected.")).toBeInTheDocument();

    await user.keyboard("{Shift>}{ArrowDown}{ArrowDown}{/Shift}");
    expect(document.activeElement).toHaveAccessibleName("Spam offer #3");
    expect(screen.getByRole("checkbox", { name: "Select Spam offer #2" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Select Spam offer #3" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Select Spam offer #4" })).not.toBeChecked();
    expect(within(selectedCount() as HTMLElement).getByText("3 selected")).toBeInTheDocument();

    await tabUntil(user, (element) => element.textContent === "Decline" && element.closest("[aria-label='Selected invites']") !== null, true);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(client.callsTo("leaveRoom")).toHaveLength(3));
    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual(entries.slice(0, 3).map((entry) => entry.roomId));
    expect(await screen.findByRole("group", { name: "Declined 3 invites." })).toBeInTheDocument();
    expect(selectedCount()).not.toBeInTheDocument();
    expect(screen.getAllByRole("article")).toHaveLength(2);
    // The bar went with the selection: focus moved to the result, not to the page.
    await waitFor(() => expect(screen.getByRole("button", { name: "Dismiss" })).toHaveFocus());
  });

  it("keeps the feed semantics, and Space on a row selects without scrolling (its default is prevented)", () => {
    render(<InviteList client={createRecordingClient()} invites={rooms(3)} userId={FIXTURE_USER_ID} selectable />);
    const feed = screen.getByRole("feed", { name: "Rooms" });
    const articles = within(feed).getAllByRole("article");
    expect(articles.map((article) => [article.getAttribute("aria-posinset"), article.getAttribute("aria-setsize")])).toEqual([
      ["1", "3"],
      ["2", "3"],
      ["3", "3"],
    ]);
    const first = articles[0] as HTMLElement;
    act(() => first.focus());
    // `fireEvent` returns false when a handler prevented the default (the browser's scroll).
    expect(fireEvent.keyDown(first, { key: " ", code: "Space" })).toBe(false);
    expect(first).toHaveFocus();
    expect(within(first).getByRole("checkbox", { name: "Select Spam offer #1" })).toBeChecked();
    expect(fireEvent.keyDown(first, { key: " ", code: "Space" })).toBe(false);
    expect(within(first).getByRole("checkbox", { name: "Select Spam offer #1" })).not.toBeChecked();
  });

  it("selects a whole group with its Select all checkbox, and clears it again", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={rooms(4)} userId={FIXTURE_USER_ID} selectable />);
    const selectAll = await tabUntil(user, (element) => element.getAttribute("aria-label") === "Select all 4 invites in Rooms");
    await user.keyboard(" ");
    expect(selectAll).toBeChecked();
    expect(screen.getAllByRole("checkbox", { name: /^Select Spam offer/ }).every((box) => (box as HTMLInputElement).checked)).toBe(true);
    await user.keyboard(" ");
    expect(selectedCount()).not.toBeInTheDocument();
    expect(screen.getByText("Selection cleared.")).toBeInTheDocument();
  });

  it("clears the selection from the bar by keyboard", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={rooms(3)} userId={FIXTURE_USER_ID} selectable />);
    await tabUntil(user, isRow);
    await user.keyboard(" ");
    await tabUntil(user, (element) => element.textContent === "Clear selection", true);
    await user.keyboard("{Enter}");
    expect(selectedCount()).not.toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Select Spam offer #1" })).not.toBeChecked();
  });
});

describe("InviteList multi-select by pointer", () => {
  it("selects a range with Shift+click", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={rooms(6)} userId={FIXTURE_USER_ID} selectable />);
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #2" }));
    await user.keyboard("{Shift>}");
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #5" }));
    await user.keyboard("{/Shift}");
    const checked = screen.getAllByRole("checkbox", { name: /^Select Spam offer/ }).map((box) => (box as HTMLInputElement).checked);
    expect(checked).toEqual([false, true, true, true, true, false]);
  });

  it("shows a result per invite and retries the ones that failed", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    const entries = rooms(3);
    render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} selectable />);
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #1" }));
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #2" }));
    await user.click(within(selectedCount() as HTMLElement).getByRole("button", { name: "Decline" }));
    const result = await screen.findByRole("group", { name: "Declined 1 invite." });
    await user.click(screen.getByText("Show the result for each of 2 invites"));
    const items = screen.getAllByText(/^Spam offer #\d: /);
    expect(items.map((item) => item.textContent?.split(".")[0])).toEqual(["Spam offer #1: not declined", "Spam offer #2: declined"]);
    await user.click(within(result).getByRole("button", { name: "Try the failed ones again" }));
    await waitFor(() => expect(client.callsTo("leaveRoom")).toHaveLength(3));
    expect(client.callsTo("leaveRoom")[2]?.args[0]).toBe(entries[0]?.roomId);
  });

  it("drops an invite that left the list from the selection and keeps the rest", async () => {
    const user = userEvent.setup();
    const entries = rooms(60);
    const { rerender } = render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} selectable />);
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #1" }));
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #2" }));
    rerender(<InviteList client={createRecordingClient()} invites={entries.slice(1)} userId={FIXTURE_USER_ID} selectable />);
    expect(within(selectedCount() as HTMLElement).getByText("1 selected")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Select Spam offer #2" })).toBeChecked();
  });
});

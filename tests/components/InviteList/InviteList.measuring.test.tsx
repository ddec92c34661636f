/**
 * How the inbox measures its rows (through the fake layout of ./layout.ts): rows are placed by
 * their measured height, keep it by invite when the rows around them change, and move the rows
 * after them when they resize, without moving what the user is looking at.
 */
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import type { InviteEntry } from "../../../src/core/store/inviteStore";
import { createRecordingClient } from "../../support/recordingClient";
import { FIXTURE_USER_ID, generatedEntries } from "./entries";
import { canvasHeight, installFakeLayout, ROW_HEIGHT, startOf, viewportElement } from "./layout";

const layout = installFakeLayout();

function row(name: string): HTMLElement {
  return screen.getByRole("article", { name });
}

/** A row's content as plain text: cheaper to render than the compact row, measured the same. */
const plainRow = (entry: InviteEntry) => entry.roomId;

/** Rendered rows (and headings) that follow each other in the list touch: no gap, no overlap. */
function expectStacked() {
  const rows = [...document.querySelectorAll<HTMLElement>("[data-index]")].sort((left, right) => Number(left.dataset.index) - Number(right.dataset.index));
  expect(rows.length).toBeGreaterThan(1);
  for (let position = 1; position < rows.length; position++) {
    const previous = rows[position - 1] as HTMLElement;
    const current = rows[position] as HTMLElement;
    if (Number(current.dataset.index) !== Number(previous.dataset.index) + 1) continue;
    expect(startOf(current)).toBe(startOf(previous) + previous.offsetHeight);
  }
}

describe("InviteList measuring its rows", () => {
  it("places rows by their measured height, not the estimate, and counts the rest by the estimate", () => {
    layout.setHeight((element) => (element.getAttribute("role") === "article" ? 30 : undefined));
    // Plain-text rows (renderInvite) keep the 50-odd rows this renders cheap in jsdom.
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(1_000, { roomsOnly: true })} userId={FIXTURE_USER_ID} estimatedRowSize={88} renderInvite={plainRow} />);
    // The Rooms heading measures ROW_HEIGHT; each invite 30 px where 88 were estimated.
    expect(startOf(row("Spam offer #1"))).toBe(ROW_HEIGHT);
    expect(startOf(row("Spam offer #2"))).toBe(ROW_HEIGHT + 30);
    expect(startOf(row("Spam offer #3"))).toBe(ROW_HEIGHT + 60);
    // Measuring 30 px rows filled the 1,200 px viewport: 40 invites and more are rendered.
    const measured = screen.getAllByRole("article").length;
    expect(measured).toBeGreaterThan(40);
    expect(canvasHeight()).toBe(ROW_HEIGHT + measured * 30 + (1_000 - measured) * 88);
  });

  it("keeps every invite's measured height when the filter changes which rows are above it", async () => {
    const user = userEvent.setup();
    const entries = generatedEntries(200, { roomsOnly: true });
    const heights = new Map([
      [entries[1]?.roomId, 200],
      [entries[11]?.roomId, 150],
    ]);
    layout.setHeight((element) => heights.get(element.dataset.roomId));
    render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} estimatedRowSize={ROW_HEIGHT} />);
    expectStacked();
    await user.type(screen.getByRole("searchbox"), "#2");
    await waitFor(() => expect(screen.queryByRole("article", { name: "Spam offer #3" })).not.toBeInTheDocument());
    // #2 (200 px) is now the first invite and #12 (150 px) no longer matches: #20 follows #2 directly.
    expect(startOf(row("Spam offer #20"))).toBe(startOf(row("Spam offer #2")) + 200);
    expectStacked();
  });

  it("moves the invites after a row that grows, and takes a sub-pixel difference for no change", () => {
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(100, { roomsOnly: true })} userId={FIXTURE_USER_ID} estimatedRowSize={ROW_HEIGHT} />);
    const third = startOf(row("Spam offer #3"));
    layout.resize(row("Spam offer #2"), ROW_HEIGHT + 0.4);
    expect(startOf(row("Spam offer #3"))).toBe(third);
    layout.resize(row("Spam offer #2"), 200);
    expect(startOf(row("Spam offer #3"))).toBe(third + 200 - ROW_HEIGHT);
    expect(startOf(row("Spam offer #4"))).toBe(third + 200);
    expectStacked();
  });

  it("keeps the invites in view where they are when a row above the viewport grows", () => {
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(1_000, { roomsOnly: true })} userId={FIXTURE_USER_ID} estimatedRowSize={ROW_HEIGHT} renderInvite={plainRow} />);
    act(() => viewportElement().scrollTo({ top: ROW_HEIGHT * 50 }));
    const inView = row("Spam offer #55");
    const onScreen = startOf(inView) - viewportElement().scrollTop;
    layout.resize(row("Spam offer #46"), ROW_HEIGHT + 50);
    expect(startOf(inView) - viewportElement().scrollTop).toBe(onScreen);
    expect(viewportElement().scrollTop).toBe(ROW_HEIGHT * 50 + 50);
  });
});

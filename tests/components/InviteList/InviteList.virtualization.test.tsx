import { act, render, screen } from "@testing-library/react";
import { StrictMode } from "react";
import { describe, expect, it } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { createRecordingClient } from "../../support/recordingClient";
import { FIXTURE_USER_ID, generatedEntries } from "./entries";
import { installFakeLayout, ROW_HEIGHT } from "./layout";

function viewport(): HTMLElement {
  const element = document.querySelector<HTMLElement>(".mmui-invite-list__viewport");
  if (!element) throw new Error("no viewport");
  return element;
}

function scrollViewportTo(top: number) {
  act(() => viewport().scrollTo({ top }));
}

describe("InviteList virtualization without any layout (jsdom as it is)", () => {
  it("still renders the first invites of 10,000, and only a few", () => {
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(10_000, { roomsOnly: true })} userId={FIXTURE_USER_ID} />);
    const rows = screen.getAllByRole("listitem");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(10);
    expect(rows[0]).toHaveAccessibleName("Spam offer #1");
  });
});

describe("InviteList virtualization", () => {
  installFakeLayout();
  // Every row measures ROW_HEIGHT here; estimating the same puts invite n at ROW_HEIGHT × n before it is measured.
  const estimatedRowSize = ROW_HEIGHT;

  it("renders the invites scrolled to, and not those far above (except the row holding the tab stop)", () => {
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(10_000, { roomsOnly: true })} userId={FIXTURE_USER_ID} estimatedRowSize={estimatedRowSize} />);
    scrollViewportTo(ROW_HEIGHT * 5_000);
    const positions = screen.getAllByRole("listitem").map((row) => row.getAttribute("aria-posinset"));
    expect(positions).toContain("5000");
    expect(positions).not.toContain("2");
    expect(positions.length).toBeLessThan(40);
  });

  it("keeps the focused invite rendered and focused while the list scrolls far away", () => {
    render(
      <InviteList
        client={createRecordingClient()}
        invites={generatedEntries(10_000, { roomsOnly: true })}
        userId={FIXTURE_USER_ID}
        estimatedRowSize={estimatedRowSize}
      />,
    );
    const first = screen.getByRole("listitem", { name: "Spam offer #1" });
    act(() => first.focus());
    scrollViewportTo(ROW_HEIGHT * 8_000);
    expect(first.isConnected).toBe(true);
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute("tabindex", "0");
    expect(screen.getAllByRole("listitem").map((row) => row.getAttribute("aria-posinset"))).toContain("8000");
  });

  it("fills the viewport with the last invites when the list shrinks under the scroll position", () => {
    const client = createRecordingClient();
    const entries = generatedEntries(2_000, { roomsOnly: true });
    const props = { client, userId: FIXTURE_USER_ID, estimatedRowSize };
    const { rerender } = render(<InviteList {...props} invites={entries} />);
    scrollViewportTo(ROW_HEIGHT * 1_990);
    // 30 invites and a heading of 80 px: the 1,200 px viewport shows the last 15 invites.
    rerender(<InviteList {...props} invites={entries.slice(0, 30)} />);
    for (let number = 16; number <= 30; number++) {
      expect(screen.getByRole("listitem", { name: `Spam offer #${number}` })).toBeInTheDocument();
    }
  });

  it("works under StrictMode's double effects: scrolling still brings new invites in", () => {
    render(
      <StrictMode>
        <InviteList
          client={createRecordingClient()}
          invites={generatedEntries(1_000, { roomsOnly: true })}
          userId={FIXTURE_USER_ID}
          estimatedRowSize={estimatedRowSize}
        />
      </StrictMode>,
    );
    expect(screen.getByRole("listitem", { name: "Spam offer #1" })).toBeInTheDocument();
    scrollViewportTo(ROW_HEIGHT * 500);
    expect(screen.getByRole("listitem", { name: "Spam offer #500" })).toBeInTheDocument();
    expect(screen.queryByRole("listitem", { name: "Spam offer #400" })).not.toBeInTheDocument();
  });
});

import { act, render, screen, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { createRecordingClient } from "../../support/recordingClient";
import { FIXTURE_USER_ID, generatedEntries } from "./entries";
import { canvasHeight, installFakeLayout, ROW_HEIGHT, startOf, viewportElement as viewport } from "./layout";

function scrollViewportTo(top: number) {
  act(() => viewport().scrollTo({ top }));
}

describe("InviteList virtualization without any layout (jsdom as it is)", () => {
  it("still renders the first invites of 10,000, and only a few", () => {
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(10_000, { roomsOnly: true })} userId={FIXTURE_USER_ID} />);
    const rows = screen.getAllByRole("article");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(10);
    expect(rows[0]).toHaveAccessibleName("Spam offer #1");
  });
});

describe("InviteList virtualization", () => {
  const layout = installFakeLayout();
  // Every row measures ROW_HEIGHT here; estimating the same puts invite n at ROW_HEIGHT × n before it is measured.
  const estimatedRowSize = ROW_HEIGHT;

  it("renders the invites scrolled to, and not those far above (except the row holding the tab stop)", () => {
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(10_000, { roomsOnly: true })} userId={FIXTURE_USER_ID} estimatedRowSize={estimatedRowSize} />);
    scrollViewportTo(ROW_HEIGHT * 5_000);
    const positions = screen.getAllByRole("article").map((row) => row.getAttribute("aria-posinset"));
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
    const first = screen.getByRole("article", { name: "Spam offer #1" });
    act(() => first.focus());
    scrollViewportTo(ROW_HEIGHT * 8_000);
    expect(first.isConnected).toBe(true);
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute("tabindex", "0");
    expect(screen.getAllByRole("article").map((row) => row.getAttribute("aria-posinset"))).toContain("8000");
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
      expect(screen.getByRole("article", { name: `Spam offer #${number}` })).toBeInTheDocument();
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
    expect(screen.getByRole("article", { name: "Spam offer #1" })).toBeInTheDocument();
    scrollViewportTo(ROW_HEIGHT * 500);
    expect(screen.getByRole("article", { name: "Spam offer #500" })).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "Spam offer #400" })).not.toBeInTheDocument();
  });

  it("follows a viewport that appears later: invites arriving in an empty inbox scroll as usual", () => {
    const client = createRecordingClient();
    const props = { client, userId: FIXTURE_USER_ID, estimatedRowSize };
    const { rerender } = render(<InviteList {...props} invites={[]} />);
    expect(screen.getByText("No pending invites")).toBeInTheDocument();
    rerender(<InviteList {...props} invites={generatedEntries(1_000, { roomsOnly: true })} />);
    expect(screen.getByRole("article", { name: "Spam offer #1" })).toBeInTheDocument();
    scrollViewportTo(ROW_HEIGHT * 500);
    expect(screen.getByRole("article", { name: "Spam offer #500" })).toBeInTheDocument();
  });

  it("stops watching row sizes when it unmounts", () => {
    const { unmount } = render(<InviteList client={createRecordingClient()} invites={generatedEntries(100, { roomsOnly: true })} userId={FIXTURE_USER_ID} />);
    expect(layout.liveObservers()).toBeGreaterThan(0);
    unmount();
    expect(layout.liveObservers()).toBe(0);
  });

  it("lays the rows not measured yet out again when the estimate changes", () => {
    layout.setHeight((element) => (element.getAttribute("role") === "article" ? 0 : undefined));
    const props = { client: createRecordingClient(), invites: generatedEntries(1_000, { roomsOnly: true }), userId: FIXTURE_USER_ID };
    const { rerender } = render(<InviteList {...props} estimatedRowSize={40} />);
    expect(canvasHeight()).toBe(ROW_HEIGHT + 1_000 * 40);
    rerender(<InviteList {...props} estimatedRowSize={60} />);
    expect(canvasHeight()).toBe(ROW_HEIGHT + 1_000 * 60);
  });

  describe("with an estimatedRowSize that is no size", () => {
    it.each([0, -88, Number.NaN, Number.POSITIVE_INFINITY])("shows the first invites, a window of rows and a finite canvas (estimate %s, counted as 50)", (estimate) => {
      // Rows that never report a size (a hidden list) are laid out by the estimate alone.
      layout.setHeight((element) => (element.getAttribute("role") === "article" ? 0 : undefined));
      render(<InviteList client={createRecordingClient()} invites={generatedEntries(1_000, { roomsOnly: true })} userId={FIXTURE_USER_ID} estimatedRowSize={estimate} />);
      expect(screen.getByRole("article", { name: "Spam offer #1" })).toBeInTheDocument();
      expect(screen.getAllByRole("article").length).toBeLessThan(60);
      expect(canvasHeight()).toBe(ROW_HEIGHT + 1_000 * 50);
      scrollViewportTo(ROW_HEIGHT + 500 * 50);
      expect(screen.getByRole("article", { name: "Spam offer #510" })).toBeInTheDocument();
    });
  });

  describe("with rows 80 times taller than estimated (estimatedRowSize 1)", () => {
    /** A row (or the heading) covers the top of the viewport, and only a window of rows is rendered. */
    function expectSettled() {
      const top = viewport().scrollTop;
      const rows = [...document.querySelectorAll("[data-index]")];
      expect(rows.some((row) => startOf(row) <= top && startOf(row) + ROW_HEIGHT > top)).toBe(true);
      expect(rows.length).toBeLessThan(60);
    }

    // Each window of 1 px estimates mounts 1,200 rows before they are measured: slow in jsdom,
    // so the rows are plain text (renderInvite) and the test has more time.
    it("settles on the invites in view after a jump down and after End, without an endless chain of re-renders", { timeout: 30_000 }, async () => {
      const user = userEvent.setup();
      render(
        <InviteList
          client={createRecordingClient()}
          invites={generatedEntries(3_000, { roomsOnly: true })}
          userId={FIXTURE_USER_ID}
          estimatedRowSize={1}
          renderInvite={(entry) => entry.roomId}
        />,
      );
      expectSettled();
      // Past the rows measured so far: every row mounted there was estimated at 1 px.
      scrollViewportTo(canvasHeight() - 600);
      await waitFor(expectSettled);
      act(() => screen.getAllByRole("article")[0]?.focus());
      await user.keyboard("{End}");
      await waitFor(() => expect(document.activeElement).toHaveAttribute("aria-posinset", "3000"));
      await waitFor(expectSettled);
    });
  });
});

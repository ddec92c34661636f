import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { FIXTURE_USER_ID, generatedEntries } from "./entries";
import { createRecordingClient } from "../../support/recordingClient";
import { installFakeLayout, ROW_HEIGHT, startOf, viewportElement, VIEWPORT_HEIGHT } from "./layout";

const layout = installFakeLayout();

function row(name: string): HTMLElement {
  return screen.getByRole("article", { name });
}

describe("InviteList keyboard navigation", () => {
  it("makes one row tabbable and reaches it with Tab after the filter", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(5)} userId={FIXTURE_USER_ID} />);
    const tabbable = screen.getAllByRole("article").filter((item) => item.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    await user.click(screen.getByRole("searchbox"));
    await user.tab();
    await user.tab();
    expect(document.activeElement?.getAttribute("role")).toBe("article");
  });

  it("moves between invites with ArrowDown/ArrowUp, across groups, and stops at the ends", async () => {
    const user = userEvent.setup();
    const entries = generatedEntries(4, { directEvery: 2 });
    render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} />);
    // People: #1 and #3; the rest are rooms or spaces.
    const order = screen.getAllByRole("article").map((item) => item.getAttribute("aria-label") ?? item.textContent);
    act(() => screen.getAllByRole("article")[0]?.focus());
    const first = document.activeElement;
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(first);
    const visited: (Element | null)[] = [first];
    for (let step = 1; step < order.length; step++) {
      await user.keyboard("{ArrowDown}");
      visited.push(document.activeElement);
    }
    expect(new Set(visited).size).toBe(order.length);
    expect(visited.every((element) => element?.getAttribute("role") === "article")).toBe(true);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(visited[visited.length - 1]);
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(visited[visited.length - 2]);
  });

  it("jumps to the last of 10,000 invites with End (scrolling it into view) and back with Home", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(10_000)} userId={FIXTURE_USER_ID} />);
    act(() => screen.getAllByRole("article")[0]?.focus());
    const nameOf = (element: Element | null) => element?.querySelector(".mmui-invite-list-item__name")?.textContent;
    const firstName = nameOf(document.activeElement);
    expect(firstName).toMatch(/^Spam offer #\d+$/);
    await user.keyboard("{End}");
    // The last invite of the last group (Spaces): its position is the group's size.
    await waitFor(() => expect(document.activeElement?.closest("[role=feed]")).toHaveAccessibleName("Spaces"));
    const last = document.activeElement as HTMLElement;
    expect(last.getAttribute("aria-posinset")).toBe(last.getAttribute("aria-setsize"));
    expect(Number(last.getAttribute("aria-setsize"))).toBeGreaterThan(500);
    expect(screen.getAllByRole("article").length).toBeLessThan(40);
    await user.keyboard("{Home}");
    await waitFor(() => expect(document.activeElement).toHaveAttribute("aria-posinset", "1"));
    expect(document.activeElement?.closest("[role=feed]")).toHaveAccessibleName("People");
    expect(nameOf(document.activeElement)).toBe(firstName);
  });

  it("shows the invite End and PageUp focus in full when rows measure taller than estimated", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(2_000, { roomsOnly: true })} userId={FIXTURE_USER_ID} estimatedRowSize={20} />);
    const viewport = document.querySelector<HTMLElement>(".mmui-invite-list__viewport") as HTMLElement;
    const expectFocusedRowInView = () => {
      const focused = document.activeElement as HTMLElement;
      const start = Number(/translateY\((-?[\d.]+)px\)/.exec(focused.style.transform)?.[1]);
      expect(start).toBeGreaterThanOrEqual(viewport.scrollTop);
      expect(start + ROW_HEIGHT).toBeLessThanOrEqual(viewport.scrollTop + VIEWPORT_HEIGHT);
    };
    act(() => row("Spam offer #1").focus());
    await user.keyboard("{End}");
    expect(document.activeElement).toHaveAttribute("aria-posinset", "2000");
    expectFocusedRowInView();
    act(() => viewport.scrollTo({ top: 20_000 }));
    await user.keyboard("{PageUp}");
    expect(document.activeElement).toHaveAttribute("role", "article");
    expect(Number(document.activeElement?.getAttribute("aria-posinset"))).toBeLessThan(2000);
    expectFocusedRowInView();
  });

  // Three far jumps, each rendering a window of compact rows: slow in jsdom.
  it("shows the invite End, PageUp and Home focus in full when rows measure shorter than estimated", { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(500, { roomsOnly: true })} userId={FIXTURE_USER_ID} estimatedRowSize={320} />);
    const viewport = viewportElement();
    const expectFocusedRowInView = () => {
      const start = startOf(document.activeElement as HTMLElement);
      expect(start).toBeGreaterThanOrEqual(viewport.scrollTop);
      expect(start + ROW_HEIGHT).toBeLessThanOrEqual(viewport.scrollTop + VIEWPORT_HEIGHT);
    };
    act(() => row("Spam offer #1").focus());
    await user.keyboard("{End}");
    expect(document.activeElement).toHaveAttribute("aria-posinset", "500");
    await waitFor(expectFocusedRowInView);
    act(() => viewport.scrollTo({ top: 20_000 }));
    await user.keyboard("{PageUp}");
    expect(Number(document.activeElement?.getAttribute("aria-posinset"))).toBeLessThan(500);
    await waitFor(expectFocusedRowInView);
    await user.keyboard("{Home}");
    expect(document.activeElement).toHaveAttribute("aria-posinset", "1");
    await waitFor(expectFocusedRowInView);
  });

  it("lets the user scroll away from the invite End went to (it does not pull the list back)", { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const invites = generatedEntries(2_000, { roomsOnly: true });
    render(<InviteList client={createRecordingClient()} invites={invites} userId={FIXTURE_USER_ID} estimatedRowSize={20} renderInvite={(entry) => entry.roomId} />);
    const viewport = viewportElement();
    act(() => row("Spam offer #1").focus());
    await user.keyboard("{End}");
    expect(document.activeElement).toHaveAttribute("aria-posinset", "2000");
    act(() => viewport.scrollTo({ top: 40_000 }));
    // Rows measured on the way and a row that grows below the viewport move nothing the user sees.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 100)));
    const kept = viewport.scrollTop;
    expect(Math.abs(kept - 40_000)).toBeLessThan(VIEWPORT_HEIGHT);
    const rows = screen.getAllByRole("article").filter((item) => startOf(item) > kept + VIEWPORT_HEIGHT && item !== document.activeElement);
    layout.resize(rows.at(-1) as HTMLElement, 200);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(viewport.scrollTop).toBe(kept);
  });

  it("moves the roving tab stop with focus, and only the focused row's buttons are tabbable", async () => {
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(3)} userId={FIXTURE_USER_ID} />);
    const second = row("Spam offer #2");
    act(() => second.focus());
    expect(second).toHaveAttribute("tabindex", "0");
    expect(row("Spam offer #1")).toHaveAttribute("tabindex", "-1");
    expect(within(second).getByRole("button", { name: "Accept" })).not.toHaveAttribute("tabindex");
    expect(within(row("Spam offer #1")).getByRole("button", { name: "Accept" })).toHaveAttribute("tabindex", "-1");
  });

  it("opens the focused invite with Enter", async () => {
    const user = userEvent.setup();
    const onOpenInvite = vi.fn();
    const entries = generatedEntries(3);
    render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} onOpenInvite={onOpenInvite} />);
    act(() => row("Spam offer #2").focus());
    await user.keyboard("{Enter}");
    expect(onOpenInvite).toHaveBeenCalledWith(entries[1]);
  });

  it("leaves arrow keys alone while typing in the filter", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={generatedEntries(3)} userId={FIXTURE_USER_ID} />);
    const box = screen.getByRole("searchbox");
    await user.click(box);
    await user.keyboard("{ArrowDown}");
    expect(box).toHaveFocus();
  });
});

describe("InviteList focus when an invite disappears", () => {
  it("moves focus to the next invite after declining the focused one", async () => {
    const user = userEvent.setup();
    const entries = generatedEntries(3);
    render(<InviteList client={createRecordingClient()} invites={entries} userId={FIXTURE_USER_ID} />);
    const second = row("Spam offer #2");
    await user.click(within(second).getByRole("button", { name: "Decline" }));
    await waitFor(() => expect(screen.queryByRole("article", { name: "Spam offer #2" })).not.toBeInTheDocument());
    await waitFor(() => expect(row("Spam offer #3")).toHaveFocus());
    expect(row("Spam offer #3")).toHaveAttribute("tabindex", "0");
  });

  it("moves focus to the previous invite when the last one goes away (host removed it)", () => {
    const entries = generatedEntries(3);
    const client = createRecordingClient();
    const { rerender } = render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} />);
    act(() => row("Spam offer #3").focus());
    rerender(<InviteList client={client} invites={entries.slice(0, 2)} userId={FIXTURE_USER_ID} />);
    expect(row("Spam offer #2")).toHaveFocus();
  });

  it("does not steal focus when an invite goes away while the user is elsewhere", () => {
    const entries = generatedEntries(3);
    const client = createRecordingClient();
    const { rerender } = render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} />);
    act(() => row("Spam offer #1").focus());
    act(() => screen.getByRole("searchbox").focus());
    rerender(<InviteList client={client} invites={entries.slice(1)} userId={FIXTURE_USER_ID} />);
    expect(screen.getByRole("searchbox")).toHaveFocus();
  });

  it("focuses the empty state when the last invite goes", () => {
    const entries = generatedEntries(1);
    const client = createRecordingClient();
    const { rerender } = render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} />);
    act(() => row("Spam offer #1").focus());
    rerender(<InviteList client={client} invites={[]} userId={FIXTURE_USER_ID} />);
    expect(screen.getByText("No pending invites").parentElement).toHaveFocus();
  });
});

import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import transitions from "../../fixtures/membership-transitions.json";
import { MembershipEventSummary } from "../../../src/components/MembershipEventSummary/MembershipEventSummary";
import type { MembershipEventSummaryProps } from "../../../src/components/MembershipEventSummary/MembershipEventSummary";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { loadLocale } from "../../../src/i18n/loadLocale";
import { ALICE, BOB, MALLORY, memberEvent } from "../MembershipEventText/events";

beforeAll(async () => {
  await loadLocale("pl");
});

function renderSummary(props: MembershipEventSummaryProps, locale = "en") {
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale={locale}>{children}</I18nProvider>;
  return render(<MembershipEventSummary {...props} />, { wrapper });
}

const PEOPLE = ["Alice", "Bob", "Dan", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Ken"];
const userIdOf = (name: string) => `@${name.toLowerCase()}:localhost`;
const joins = (count: number) =>
  PEOPLE.slice(0, count).map((name) => memberEvent(userIdOf(name), userIdOf(name), { displayname: name, membership: "join" }));
const carolLeft = memberEvent("@carol:localhost", "@carol:localhost", { membership: "leave" }, { displayname: "Carol", membership: "join" });

function summaryText(container: HTMLElement): string {
  return container.querySelector(".mmui-membership-event-summary__text")?.textContent ?? "";
}

describe("MembershipEventSummary: the summary line", () => {
  // English list formatting (Intl.ListFormat "en") uses the serial comma.
  it("names two people, counts the rest, and separates kinds", () => {
    const { container } = renderSummary({ events: [...joins(5), carolLeft] });
    expect(summaryText(container)).toBe("Alice, Bob, and 3 others joined; Carol left");
  });

  it("names a third person rather than writing 'and 1 other'", () => {
    const { container } = renderSummary({ events: joins(3) });
    expect(summaryText(container)).toBe("Alice, Bob, and Dan joined");
  });

  it("counts a person once however many events they have in the group", () => {
    const { container } = renderSummary({ events: [...joins(2), ...joins(2)] });
    expect(summaryText(container)).toBe("Alice and Bob joined");
  });

  it("honours maxNames", () => {
    const { container } = renderSummary({ events: joins(6), maxNames: 4 });
    expect(summaryText(container)).toBe("Alice, Bob, Dan, Erin, and 2 others joined");
  });

  it("uses English singular and plural verbs", () => {
    const kicks = [BOB, MALLORY].map((target) => memberEvent(ALICE, target, { membership: "leave" }, { membership: "join" }));
    const { container } = renderSummary({ events: [joins(1)[0], ...kicks] });
    expect(summaryText(container)).toBe("Alice joined; @bob:localhost and @mallory:localhost were removed");
  });

  it("shows the user ID beside names that collide", () => {
    const events = [
      memberEvent(ALICE, ALICE, { displayname: "Alice Liddell", membership: "join" }),
      memberEvent(MALLORY, MALLORY, { displayname: "Alice Liddell", membership: "join" }),
    ];
    const { container } = renderSummary({ events });
    expect(summaryText(container)).toBe("Alice Liddell (@alice:localhost) and Alice Liddell (@mallory:localhost) joined");
  });

  it("summarises the whole Synapse capture in three clauses and the count of the other changes", () => {
    const { container } = renderSummary({ events: transitions.timeline });
    // 17 kinds of change: the first three, then the 14 events of the others, counted.
    expect(summaryText(container)).toBe(
      ["Alice Liddell, Bob, and Carol joined", "Bob and Carol were invited", "Bob declined the invite", "and 14 more changes"].join("; "),
    );
    expect(screen.getByRole("button")).toHaveTextContent(`Show ${transitions.timeline.length} events`);
  });

  it("shows a fourth clause rather than 'and 1 more change'", () => {
    const { container } = renderSummary({ events: transitions.timeline.slice(0, 5) });
    expect(summaryText(container)).toBe(
      ["Alice Liddell joined", "Bob was invited", "Bob declined the invite", "Bob had the invite withdrawn"].join("; "),
    );
  });

  it("counts the other changes in Polish", () => {
    const { container } = renderSummary({ events: transitions.timeline }, "pl");
    expect(summaryText(container)).toMatch(/; i 14 zmian więcej$/);
  });
});

describe("MembershipEventSummary: people who come and go", () => {
  const leaves = (count: number) =>
    PEOPLE.slice(0, count).map((name) =>
      memberEvent(userIdOf(name), userIdOf(name), { membership: "leave" }, { displayname: name, membership: "join" }),
    );

  it("tells a join then a leave by the same person as one step, not as both 'joined' and 'left'", () => {
    const { container } = renderSummary({ events: [...joins(2), leaves(1)[0], carolLeft] });
    expect(summaryText(container)).toBe("Alice joined and left; Bob joined; Carol left");
  });

  it("groups everyone who joined and left, even repeatedly", () => {
    const { container } = renderSummary({ events: [...joins(3), ...leaves(3), ...joins(1), ...leaves(1)] });
    expect(summaryText(container)).toBe("Alice, Bob, and Dan joined and left");
  });

  it("tells a leave then a join as 'left and rejoined'", () => {
    const { container } = renderSummary({ events: [...leaves(2), ...joins(2)] });
    expect(summaryText(container)).toBe("Alice and Bob left and rejoined");
  });

  it("keeps the separate groups when the person ends up somewhere else than they started", () => {
    const { container } = renderSummary({ events: [...joins(1), ...leaves(1), ...joins(1)] });
    expect(summaryText(container)).toBe("Alice joined; Alice left");
  });

  it.each([
    [1, "Alice dołącza do pokoju i go opuszcza"],
    [2, "Alice i Bob dołączają do pokoju i go opuszczają"],
  ])("writes %i people who joined and left in Polish", (count, line) => {
    const { container } = renderSummary({ events: [...joins(count), ...leaves(count)] }, "pl");
    expect(summaryText(container)).toBe(line);
  });

  it("writes 'left and rejoined' in Polish, singular and plural", () => {
    const { container, unmount } = renderSummary({ events: [...leaves(1), ...joins(1)] }, "pl");
    expect(summaryText(container)).toBe("Alice opuszcza pokój i wraca");
    unmount();
    const { container: five } = renderSummary({ events: [...leaves(5), ...joins(5)] }, "pl");
    expect(summaryText(five)).toBe("Alice, Bob i 3 inne osoby opuszczają pokój i wracają");
  });
});

describe("MembershipEventSummary: Polish plurals", () => {
  it.each([
    [2, "Alice i Bob dołączają do pokoju", "Pokaż 2 zdarzenia"],
    [5, "Alice, Bob i 3 inne osoby dołączają do pokoju", "Pokaż 5 zdarzeń"],
    [8, "Alice, Bob i 6 innych osób dołączają do pokoju", "Pokaż 8 zdarzeń"],
  ])("writes %i joins in Polish", (count, line, button) => {
    const { container } = renderSummary({ events: joins(count) }, "pl");
    expect(summaryText(container)).toBe(line);
    expect(screen.getByRole("button")).toHaveTextContent(button);
  });

  it("uses the singular verb for one person and 'few' for 22 events", () => {
    const events = [...Array.from({ length: 21 }, () => joins(1)[0]), carolLeft];
    const { container } = renderSummary({ events }, "pl");
    expect(summaryText(container)).toBe("Alice dołącza do pokoju; Carol opuszcza pokój");
    expect(screen.getByRole("button")).toHaveTextContent("Pokaż 22 zdarzenia");
  });

  it("uses the impersonal form for removals", () => {
    const kicks = [BOB, MALLORY].map((target) => memberEvent(ALICE, target, { membership: "leave" }, { membership: "join" }));
    const { container } = renderSummary({ events: kicks }, "pl");
    expect(summaryText(container)).toBe("Usunięto z pokoju: @bob:localhost i @mallory:localhost");
  });
});

describe("MembershipEventSummary: expanding", () => {
  it("starts collapsed and reveals each line on press, then hides them again", async () => {
    const user = userEvent.setup();
    const { container } = renderSummary({ events: [...joins(3), carolLeft] });
    const button = screen.getByRole("button", { name: "Show 4 events" });
    const list = container.querySelector("ul");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveAttribute("aria-controls", list?.id);
    expect(list).not.toBeVisible();

    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(button).toHaveTextContent("Hide events");
    expect(container.firstElementChild).toHaveAttribute("data-state", "expanded");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Alice joined",
      "Bob joined",
      "Dan joined",
      "Carol left",
    ]);

    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(list).not.toBeVisible();
  });

  it("works from the keyboard", async () => {
    const user = userEvent.setup();
    renderSummary({ events: joins(2) });
    await user.tab();
    expect(screen.getByRole("button")).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button")).toHaveAttribute("aria-expanded", "true");
  });

  it("lets the host control the state", async () => {
    const user = userEvent.setup();
    const onExpandedChange = vi.fn();
    renderSummary({ events: joins(2), expanded: false, onExpandedChange });
    await user.click(screen.getByRole("button"));
    expect(onExpandedChange).toHaveBeenCalledWith(true);
    expect(screen.getByRole("button")).toHaveAttribute("aria-expanded", "false");
  });

  it("can start expanded", () => {
    renderSummary({ events: joins(2), defaultExpanded: true });
    expect(screen.getByRole("button")).toHaveAttribute("aria-expanded", "true");
  });
});

describe("MembershipEventSummary: short and hidden runs", () => {
  const unchanged = memberEvent(BOB, BOB, { displayname: "Bob", membership: "join" }, { displayname: "Bob", membership: "join" });

  it("shows a single event as its line, with nothing to expand", () => {
    const { container } = renderSummary({ events: [carolLeft, unchanged, null] });
    expect(container.textContent).toBe("Carol left");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("renders nothing when no event would show", () => {
    const { container } = renderSummary({ events: [unchanged, { type: "m.room.member" }] });
    expect(container).toBeEmptyDOMElement();
  });

  it("counts hidden events when asked to show them", () => {
    const { container } = renderSummary({ events: [carolLeft, unchanged, null, "x"], showHidden: true });
    expect(summaryText(container)).toBe("Carol left; Bob changed nothing; 2 membership events could not be read");
  });
});

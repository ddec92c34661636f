import { render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { PowerLevelBadge } from "../../../src/components/PowerLevelBadge/PowerLevelBadge";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { loadLocale } from "../../../src/i18n/loadLocale";
import { capturedLiveState, liveState } from "../MemberActions/roomStates";

beforeAll(async () => {
  await loadLocale("pl");
});

const wrapper =
  (locale: string) =>
  ({ children }: { children: ReactNode }) => <I18nProvider locale={locale}>{children}</I18nProvider>;

const members = {
  "@alice:localhost": { membership: "join" as const },
  "@carol:localhost": { membership: "join" as const },
  "@dave:localhost": { membership: "join" as const },
  "@erin:localhost": { membership: "join" as const },
  "@bob:localhost": { membership: "join" as const },
};
const users = { "@alice:localhost": 100, "@carol:localhost": 100, "@dave:localhost": 50, "@erin:localhost": 20 };
const v11 = liveState({ roomVersion: "11", users, members });
const v12 = liveState({ roomVersion: "12", users, members, additionalCreators: ["@carol:localhost"] });

describe("PowerLevelBadge", () => {
  it.each([
    ["11", v11, "@alice:localhost", "Admin", "admin", "Power level 100"],
    ["11", v11, "@dave:localhost", "Moderator", "moderator", "Power level 50"],
    ["11", v11, "@erin:localhost", "Level 20", "custom", "Power level 20"],
    ["12", v12, "@alice:localhost", "Owner", "creator", "Room creator: the highest power level"],
    ["12", v12, "@carol:localhost", "Owner", "creator", "Room creator: the highest power level"],
    ["12", v12, "@dave:localhost", "Moderator", "moderator", "Power level 50"],
  ])("in room version %s labels %s as %s", (_version, state, userId, label, kind, title) => {
    render(<PowerLevelBadge stateEvents={state} userId={userId} />);
    const badge = screen.getByText(label);
    expect(badge).toHaveAttribute("data-kind", kind);
    expect(badge).toHaveAttribute("title", title);
  });

  it.each([
    ["en", "@dave:localhost", v11, "Moderator, Power level 50"],
    ["en", "@carol:localhost", v12, "Owner, Room creator: the highest power level"],
    ["pl", "@erin:localhost", v11, "Poziom 20, Poziom uprawnień 20"],
  ])("reads the level out to screen readers, not only in a tooltip (%s, %s)", (locale, userId, state, text) => {
    const { container } = render(<PowerLevelBadge stateEvents={state} userId={userId} />, { wrapper: wrapper(locale) });
    const badge = container.querySelector(".mmui-power-level-badge");
    expect(badge).toHaveTextContent(text);
    expect(badge?.querySelector(".mmui-visually-hidden")).not.toBeNull();
  });

  it("shows the captured room's creator as Admin in a version 11 room", () => {
    render(<PowerLevelBadge stateEvents={capturedLiveState} userId="@alice:localhost" />);
    expect(screen.getByText("Admin")).toBeInTheDocument();
  });

  it("shows nothing for a member at the default level unless asked", () => {
    const { container, rerender } = render(<PowerLevelBadge stateEvents={v11} userId="@bob:localhost" />);
    expect(container).toBeEmptyDOMElement();
    rerender(<PowerLevelBadge stateEvents={v11} userId="@bob:localhost" showDefault />);
    expect(screen.getByText("Member")).toHaveAttribute("data-kind", "default");
  });

  it("shows nothing for broken state or an invalid user ID", () => {
    const { container, rerender } = render(<PowerLevelBadge stateEvents={[{ type: "m.room.create" }]} userId="@alice:localhost" />);
    expect(container).toBeEmptyDOMElement();
    rerender(<PowerLevelBadge stateEvents={v11} userId="alice" />);
    expect(container).toBeEmptyDOMElement();
  });

  it("speaks Polish", () => {
    render(<PowerLevelBadge stateEvents={v12} userId="@erin:localhost" />, { wrapper: wrapper("pl") });
    expect(screen.getByText("Poziom 20")).toHaveAttribute("title", "Poziom uprawnień 20");
  });

  it("takes a ready description and passes className through", () => {
    render(<PowerLevelBadge description={{ kind: "moderator", level: 75 }} className="mine" />);
    expect(screen.getByText("Moderator")).toHaveClass("mmui-power-level-badge", "mine", "mmui-badge");
  });
});

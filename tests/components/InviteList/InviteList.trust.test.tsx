/**
 * InviteList grouped by trust: known, unknown and "Probably spam" (collapsed with its count),
 * each with "Decline all"; by keyboard only.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { createRecordingClient } from "../../support/recordingClient";
import { FIXTURE_USER_ID, fixtureEntries, TRUST_CONTEXT, trustEntries } from "./entries";
import { installFakeLayout } from "./layout";

installFakeLayout();

const headings = () => screen.getAllByRole("heading").map((heading) => heading.textContent);

/** Presses Tab until `name` has focus (keyboard only); fails when it is never reached. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, name: string | RegExp) {
  for (let step = 0; step < 40; step++) {
    await user.tab();
    const active = document.activeElement as HTMLElement | null;
    const label = active?.getAttribute("aria-label") ?? active?.textContent ?? "";
    if (typeof name === "string" ? label === name : name.test(label)) return active;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

describe("InviteList grouped by trust", () => {
  it("groups into known, unknown and Probably spam, with counts, and folds the spam group", () => {
    render(<InviteList client={createRecordingClient()} invites={trustEntries()} userId={FIXTURE_USER_ID} trust={TRUST_CONTEXT} />);
    expect(headings()).toEqual([
      "From people you know10, 10 invites",
      "From people you don't share a room with3, 3 invites",
      "Probably spam7, 7 invites",
      "Your requests to join1, 1 invite",
    ]);
    expect(screen.queryByText("Free crypto #1")).not.toBeInTheDocument();
    expect(screen.getByText("Book club 1")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Show 7 invites in Probably spam" })).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("button", { name: "Decline all 7 invites in Probably spam" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Decline all 3 invites in From people you don't share a room with" })).toBeInTheDocument();
  });

  it("opens and closes the spam group by keyboard alone", async () => {
    const user = userEvent.setup();
    render(<InviteList client={createRecordingClient()} invites={trustEntries()} userId={FIXTURE_USER_ID} trust={TRUST_CONTEXT} />);
    const toggle = await tabTo(user, "Show 7 invites in Probably spam");
    await user.keyboard("{Enter}");
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(toggle).toHaveAccessibleName("Hide 7 invites in Probably spam");
    const spamList = screen.getByRole("feed", { name: "Probably spam" });
    expect(within(spamList).getAllByRole("article")[0]).toHaveTextContent("Alice Liddell");
    expect(within(spamList).getAllByRole("article")[1]).toHaveTextContent("Free crypto #1");
    await user.keyboard(" ");
    expect(screen.queryByRole("feed", { name: "Probably spam" })).not.toBeInTheDocument();
  });

  it("calls every sender unknown with an empty context (a wave is still spam), and shows no pictures for them", () => {
    render(<InviteList client={createRecordingClient()} invites={trustEntries()} userId={FIXTURE_USER_ID} trust={{}} />);
    expect(headings()).toEqual([
      "From people you don't share a room with14, 14 invites",
      "Probably spam6, 6 invites",
      "Your requests to join1, 1 invite",
    ]);
    expect(screen.getByText("Pictures are hidden because you don't share a room with these people.")).toBeInTheDocument();
  });

  it("keeps the groups by kind without a trust context", () => {
    render(<InviteList client={createRecordingClient()} invites={fixtureEntries()} userId={FIXTURE_USER_ID} />);
    expect(headings().map((text) => text?.replace(/\d.*$/, ""))).toEqual(["People", "Rooms", "Spaces", "Your requests to join"]);
  });

  it("follows the host's grading: an unknown group that folds, a spam group that does not", () => {
    render(
      <InviteList
        client={createRecordingClient()}
        invites={trustEntries()}
        userId={FIXTURE_USER_ID}
        trust={TRUST_CONTEXT}
        grading={{ unknown: { invite: "fold" }, suspicious: { invite: "show" } }}
      />,
    );
    expect(screen.queryByText("Book club 1")).not.toBeInTheDocument();
    expect(screen.getByText("Free crypto #1")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Show 3 invites in From people you don't share a room with" })).toBeInTheDocument();
  });
});

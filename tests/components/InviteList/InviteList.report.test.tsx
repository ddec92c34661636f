/**
 * InviteList: Report on a multi-selection. The confirmation (reason, Escape, Cancel), one
 * report per selected room with nothing declined, the result of each room, retry for the
 * rooms that failed or were not reached, the live announcement, a server without room
 * reports, and declining what was reported. Keyboard only wherever a person could use it that way.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { MatrixApiError } from "../../../src/core/client/errors";
import { createRecordingClient } from "../../support/recordingClient";
import { FIXTURE_USER_ID, generatedEntries } from "./entries";
import { installFakeLayout } from "./layout";

installFakeLayout();

const rooms = (count: number) => generatedEntries(count, { roomsOnly: true });
const bar = () => screen.getByRole("group", { name: "Selected invites" });

async function tabUntil(user: ReturnType<typeof userEvent.setup>, matches: (element: HTMLElement) => boolean, backwards = false) {
  for (let step = 0; step < 40; step++) {
    await user.tab({ shift: backwards });
    const active = document.activeElement as HTMLElement | null;
    if (active && matches(active)) return active;
  }
  throw new Error("Tab never reached the element");
}

describe("InviteList: Report on the selection", () => {
  it("by keyboard: selects two rooms, asks with a reason, reports each once, declines nothing, announces the result", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    const entries = rooms(4);
    render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} selectable />);
    await tabUntil(user, (element) => element.getAttribute("role") === "article");
    await user.keyboard(" {Shift>}{ArrowDown}{/Shift}");
    expect(within(bar()).getByText("2 selected")).toBeInTheDocument();

    await tabUntil(user, (element) => element.textContent === "Report" && bar().contains(element), true);
    await user.keyboard("{Enter}");
    const confirm = await screen.findByRole("group", { name: "Report 2 rooms to your server's admins?" });
    const reason = within(confirm).getByRole("textbox", { name: "What is wrong with these rooms? (optional)" });
    await waitFor(() => expect(reason).toHaveFocus());
    expect(client.callsTo("reportRoom")).toHaveLength(0);
    await user.keyboard("  Crypto scam  ");
    await tabUntil(user, (element) => element.textContent === "Report 2 rooms");
    await user.keyboard("{Enter}");

    await screen.findByRole("group", { name: "Reported 2 rooms." });
    expect(client.callsTo("reportRoom").map((call) => [call.args[0], call.args[1]])).toEqual([
      [entries[0]?.roomId, "Crypto scam"],
      [entries[1]?.roomId, "Crypto scam"],
    ]);
    expect(client.callsTo("leaveRoom")).toHaveLength(0);
    expect(screen.getAllByRole("article")).toHaveLength(4);
    const liveRegions = () => [...document.querySelectorAll('[aria-live="polite"]')].map((region) => region.textContent ?? "");
    await waitFor(() => expect(liveRegions()).toContain("Reported 2 rooms."));
    // The selection stays: Report decided nothing about the invites.
    expect(within(bar()).getByText("2 selected")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Dismiss" })).toHaveFocus());
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("group", { name: "Reported 2 rooms." })).not.toBeInTheDocument();
    await waitFor(() => expect(within(bar()).getByRole("button", { name: "Report" })).toHaveFocus());
  });

  it("Escape and Cancel close the question without a request, focus back on Report", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    render(<InviteList client={client} invites={rooms(3)} userId={FIXTURE_USER_ID} selectable />);
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #2" }));
    await user.click(within(bar()).getByRole("button", { name: "Report" }));
    await screen.findByRole("group", { name: "Report 1 room to your server's admins?" });
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: /^Report 1 room/ })).not.toBeInTheDocument();
    await waitFor(() => expect(within(bar()).getByRole("button", { name: "Report" })).toHaveFocus());

    await user.keyboard("{Enter}");
    const confirm = await screen.findByRole("group", { name: "Report 1 room to your server's admins?" });
    await user.click(within(confirm).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(within(bar()).getByRole("button", { name: "Report" })).toHaveFocus());
    expect(client.callsTo("reportRoom")).toHaveLength(0);
  });

  it("shows the result of each room and reports only the failed ones again", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respondOnce("reportRoom", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    const entries = rooms(3);
    render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} selectable />);
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #1" }));
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #2" }));
    await user.click(within(bar()).getByRole("button", { name: "Report" }));
    await user.click(await screen.findByRole("button", { name: "Report 2 rooms" }));
    const result = await screen.findByRole("group", { name: "Reported 1 room." });
    expect(within(result).getByText(/1 room could not be reported\./)).toBeInTheDocument();
    await user.click(within(result).getByText("Show the result for each of 2 invites"));
    const items = within(result).getAllByText(/^Spam offer #\d: /);
    expect(items.map((item) => item.textContent?.split(".")[0])).toEqual(["Spam offer #1: not reported", "Spam offer #2: reported"]);

    await user.click(within(result).getByRole("button", { name: "Try the rest again" }));
    await screen.findByRole("group", { name: "Reported 1 room." });
    await waitFor(() => expect(client.callsTo("reportRoom")).toHaveLength(3));
    expect(client.callsTo("reportRoom")[2]?.args[0]).toBe(entries[0]?.roomId);
    expect(screen.queryByRole("button", { name: "Try the rest again" })).not.toBeInTheDocument();
  });

  it("says when the server takes no room reports, and offers no retry", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("reportRoom", { error: new MatrixApiError({ status: 404, body: { errcode: "M_UNRECOGNIZED" } }) });
    render(<InviteList client={client} invites={rooms(3)} userId={FIXTURE_USER_ID} selectable />);
    await user.click(screen.getByRole("checkbox", { name: /^Select all/ }));
    await user.click(within(bar()).getByRole("button", { name: "Report" }));
    await user.click(await screen.findByRole("button", { name: "Report 3 rooms" }));
    const result = await screen.findByRole("group", { name: "Reported 0 rooms." });
    expect(within(result).getByText("Your server doesn't take reports about rooms.")).toBeInTheDocument();
    expect(within(result).queryByRole("button", { name: "Try the rest again" })).not.toBeInTheDocument();
    expect(client.callsTo("reportRoom")).toHaveLength(1);
  });

  it("declines the reported invites from the result, through the Decline all queue", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    const entries = rooms(3);
    render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} selectable />);
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #1" }));
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #3" }));
    await user.click(within(bar()).getByRole("button", { name: "Report" }));
    await user.click(await screen.findByRole("button", { name: "Report 2 rooms" }));
    const result = await screen.findByRole("group", { name: "Reported 2 rooms." });
    await user.click(within(result).getByRole("button", { name: "Decline the 2 reported invites" }));
    await screen.findByRole("group", { name: "Declined 2 invites." });
    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual([entries[0]?.roomId, entries[2]?.roomId]);
    expect(screen.getAllByRole("article")).toHaveLength(1);
  });

  it("waits while another bulk run goes: Report is aria-disabled and asks nothing", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    render(<InviteList client={client} invites={rooms(3)} userId={FIXTURE_USER_ID} selectable />);
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #1" }));
    await user.click(screen.getByRole("checkbox", { name: "Select Spam offer #2" }));
    await user.click(within(bar()).getByRole("button", { name: "Decline" }));
    await waitFor(() => expect(client.callsTo("leaveRoom")).toHaveLength(1));
    const report = within(bar()).getByRole("button", { name: "Report" });
    expect(report).toHaveAttribute("aria-disabled", "true");
    await user.click(report);
    expect(screen.queryByRole("group", { name: /to your server's admins\?$/ })).not.toBeInTheDocument();
  });
});

/**
 * InviteList's block and clear (worded "Ignore", glossary): "Ignore" on a row (keyboard only), progress and the result of
 * each invite, "Decline all and ignore senders" on the spam group, and the offer to decline
 * the invites hidden because their sender is blocked. Against a real invite store.
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import type { InviteListProps } from "../../../src/components/InviteList/InviteList";
import type { InviteStore } from "../../../src/core/store/inviteStore";
import { useInvites } from "../../../src/hooks/useInvites";
import { createRecordingClient } from "../../support/recordingClient";
import { FIXTURE_USER_ID, fixtureStore } from "./entries";
import { installFakeLayout } from "./layout";

installFakeLayout();

const MALLORY = "@mallory:localhost";

function Inbox({ store, ...props }: Omit<InviteListProps, "invites" | "userId" | "store"> & { store: InviteStore }) {
  const invites = useInvites(store);
  return <InviteList {...props} store={store} invites={invites} userId={FIXTURE_USER_ID} />;
}

/** Presses Tab until `matches` holds for the focused element. */
async function tabUntil(user: ReturnType<typeof userEvent.setup>, matches: (element: HTMLElement) => boolean, backwards = false) {
  for (let step = 0; step < 40; step++) {
    await user.tab({ shift: backwards });
    const active = document.activeElement as HTMLElement | null;
    if (active && matches(active)) return active;
  }
  throw new Error("Tab never reached the element");
}

describe("InviteList Block by keyboard", () => {
  it("blocks a row's sender: ignore first, then every invite from them declined, with the result of each", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    const store = fixtureStore();
    const fromMallory = store.getSnapshot().filter((entry) => entry.summary.inviter?.userId === MALLORY);
    render(<Inbox client={client} store={store} />);

    // The first row, then across to Mallory's with the arrow keys, then Tab to its Ignore button.
    await tabUntil(user, (element) => element.getAttribute("role") === "article");
    for (let step = 0; step < 12 && !document.activeElement?.textContent?.includes(MALLORY); step++) await user.keyboard("{ArrowDown}");
    await tabUntil(user, (element) => element.getAttribute("aria-label") === `Ignore Alice Liddell (${MALLORY})`);
    await user.keyboard("{Enter}");

    const confirm = screen.getByRole("group", { name: `Ignore Alice Liddell (${MALLORY})?` });
    expect(within(confirm).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.keyboard("{Shift>}{Tab}{/Shift}{Enter}");

    expect(await screen.findByRole("group", { name: `Ignored. Declined ${fromMallory.length} invite.` })).toBeInTheDocument();
    expect(client.methodsCalled().filter((method) => method === "setAccountData" || method === "leaveRoom")).toEqual(["setAccountData", "leaveRoom"]);
    expect(client.callsTo("setAccountData")[0]?.args.slice(0, 2)).toEqual(["m.ignored_user_list", { ignored_users: { [MALLORY]: {} } }]);
    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual(fromMallory.map((entry) => entry.roomId));
    expect(screen.queryByText(MALLORY)).not.toBeInTheDocument();
    await user.click(screen.getByText("Show the result for 1 invite"));
    expect(screen.getByText("Alice Liddell: declined")).toBeInTheDocument();
    // Announced too: the panel's title and the live region say it.
    expect(screen.getAllByText("Ignored. Declined 1 invite.")).toHaveLength(2);
  });

  it("closes the confirmation with Escape, from Cancel or from the report's reason, and blocks nobody", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    const store = fixtureStore();
    render(<Inbox client={client} store={store} />);
    await tabUntil(user, (element) => element.getAttribute("role") === "article");
    for (let step = 0; step < 12 && !document.activeElement?.textContent?.includes(MALLORY); step++) await user.keyboard("{ArrowDown}");
    const ignore = await tabUntil(user, (element) => element.getAttribute("aria-label") === `Ignore Alice Liddell (${MALLORY})`);
    const question = `Ignore Alice Liddell (${MALLORY})?`;

    await user.keyboard("{Enter}");
    expect(within(screen.getByRole("group", { name: question })).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: question })).not.toBeInTheDocument();
    // Focus goes back to the button that opened the question, not to the page.
    await waitFor(() => expect(ignore).toHaveFocus());

    // Again, with "Also report them" ticked and a reason being typed: Escape still cancels.
    await user.keyboard("{Enter}");
    const confirm = screen.getByRole("group", { name: question });
    await user.click(within(confirm).getByRole("checkbox", { name: "Also report them to the server's admins" }));
    await user.click(within(confirm).getByRole("textbox", { name: "Reason for the report (optional)" }));
    await user.keyboard("Spam{Escape}");
    expect(screen.queryByRole("group", { name: question })).not.toBeInTheDocument();
    await waitFor(() => expect(ignore).toHaveFocus());
    expect(client.methodsCalled().filter((method) => method === "setAccountData" || method === "leaveRoom" || method === "reportUser")).toEqual([]);
    expect(screen.getAllByText(MALLORY).length).toBeGreaterThan(0);
  });

  it("declines the invites hidden because their sender is blocked, from the inbox's offer", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    const store = fixtureStore({ ignoredUserIds: [MALLORY] });
    const hidden = store.getBlockedInvites();
    expect(hidden.length).toBeGreaterThan(0);
    render(<Inbox client={client} store={store} />);
    expect(screen.getByText(`${hidden.length} hidden invite from people you ignore`)).toBeInTheDocument();
    await tabUntil(user, (element) => element.textContent === `Decline ${hidden.length} hidden invite`);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual(hidden.map((entry) => entry.roomId)));
    await waitFor(() => expect(screen.queryByText(/hidden invite from people you ignore/)).not.toBeInTheDocument());
  });

  it("stops when asked, and says how far it got", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const store = fixtureStore();
    render(<Inbox client={client} store={store} selectable />);
    await user.click(screen.getAllByRole("button", { name: /^Ignore Alice Liddell \(@alice:localhost\)$/ })[0] as HTMLElement);
    await user.click(screen.getByRole("button", { name: "Ignore and decline their invites" }));
    const first = await client.waitForCall("leaveRoom");
    const progress = await screen.findByRole("group", { name: /^Declining 0 of \d+…$/ });
    expect(within(progress).getByRole("button", { name: "Stop declining" })).toHaveFocus();
    // Invites come and go while it runs: every feed says so (WAI-ARIA feed).
    expect(screen.getAllByRole("feed").map((feed) => feed.getAttribute("aria-busy"))).not.toContain("false");
    await user.keyboard("{Enter}");
    expect(first.status).toBe("aborted");
    expect(await screen.findByRole("group", { name: /^Stopped\. Declined 0 of \d+; the rest stay hidden\.$/ })).toBeInTheDocument();
    await act(async () => undefined);
  });
});

import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { FIXTURE_USER_ID, generatedEntries } from "./entries";
import { MatrixApiError } from "../../../src/core/client/errors";
import { createRecordingClient } from "../../support/recordingClient";
import rateLimited from "../../fixtures/error-rate-limited.json";
import { installFakeLayout } from "./layout";

installFakeLayout();

/** Invites that all land in the Rooms group. */
function roomInvites(count: number) {
  return generatedEntries(count * 4)
    .filter((entry) => !entry.summary.isDirect && !entry.summary.isSpace)
    .slice(0, count);
}

async function openConfirm(user: ReturnType<typeof userEvent.setup>, count: number) {
  await user.click(screen.getByRole("button", { name: `Decline all ${count} invites in Rooms` }));
  return screen.getByRole("group", { name: `Decline ${count} invites in Rooms?` });
}

describe("InviteList Decline all", () => {
  it("asks first, with focus on Cancel, and returns focus to the button when cancelled", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    render(<InviteList client={client} invites={roomInvites(3)} userId={FIXTURE_USER_ID} />);
    const confirm = await openConfirm(user, 3);
    expect(within(confirm).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("group", { name: /Decline 3 invites/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Decline all 3 invites in Rooms" })).toHaveFocus();
    expect(client.callsTo("leaveRoom")).toHaveLength(0);
  });

  it("declines one at a time with visible progress, hiding each declined invite, then reports the result", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const entries = roomInvites(3);
    render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} />);
    const confirm = await openConfirm(user, 3);
    await user.click(within(confirm).getByRole("button", { name: "Decline 3 invites" }));

    const progress = await screen.findByRole("group", { name: "Declining 0 of 3…" });
    expect(within(progress).getByRole("progressbar", { name: "Declining invites" })).toHaveAttribute("value", "0");
    expect(within(progress).getByRole("button", { name: "Stop declining" })).toHaveFocus();
    expect(screen.getByText("Declining 3 invites…")).toBeInTheDocument();

    const first = await client.waitForCall("leaveRoom", 1);
    expect(client.pendingCalls()).toHaveLength(1);
    await act(async () => first.resolve(undefined));
    expect(await screen.findByRole("group", { name: "Declining 1 of 3…" })).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute("value", "1");
    expect(screen.getAllByRole("article")).toHaveLength(2);

    for (const count of [2, 3]) {
      const call = await client.waitForCall("leaveRoom", count);
      await act(async () => call.resolve(undefined));
    }
    const result = await screen.findByRole("group", { name: "Declined 3 invites." });
    expect(within(result).getByRole("button", { name: "Dismiss" })).toHaveFocus();
    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual(entries.map((entry) => entry.roomId));
    expect(screen.getByText("No pending invites", { exact: false, ignore: "script" })).toBeDefined();
  });

  it("stops on Cancel: the request in flight is aborted and nothing else is sent", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { value: undefined });
    client.respond("leaveRoom", "hold");
    render(<InviteList client={client} invites={roomInvites(4)} userId={FIXTURE_USER_ID} />);
    await user.click(within(await openConfirm(user, 4)).getByRole("button", { name: "Decline 4 invites" }));
    const second = await client.waitForCall("leaveRoom", 2);
    await user.click(screen.getByRole("button", { name: "Stop declining" }));
    expect(await screen.findByRole("group", { name: "Stopped. Declined 1 of 4." })).toBeInTheDocument();
    expect(second.status).toBe("aborted");
    expect(client.callsTo("leaveRoom")).toHaveLength(2);
    expect(screen.getAllByRole("article")).toHaveLength(3);
    expect(screen.getByText("Stopped. Declined 1 of 4.", { selector: "span" })).toBeInTheDocument();
  });

  it("waits out a 429 (announcing the pause) and retries the same invite instead of failing it", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 429, body: rateLimited.first_limited_response.body }) });
    let release: () => void = () => undefined;
    const sleep = vi.fn((_ms: number) => new Promise<void>((resolve) => (release = resolve)));
    const entries = roomInvites(2);
    render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} declineAllOptions={{ sleep }} />);
    await user.click(within(await openConfirm(user, 2)).getByRole("button", { name: "Decline 2 invites" }));
    expect(await screen.findByText("The server asked us to slow down. Continuing in 5 seconds…", { selector: "p" })).toBeInTheDocument();
    expect(sleep).toHaveBeenCalledWith(4548, expect.anything());
    await act(async () => release());
    expect(await screen.findByRole("group", { name: "Declined 2 invites." })).toBeInTheDocument();
    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual([entries[0]?.roomId, entries[0]?.roomId, entries[1]?.roomId]);
    expect(screen.queryByText(/could not be declined/)).not.toBeInTheDocument();
  });

  it("offers to retry the invites that failed", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 500, body: { errcode: "M_UNKNOWN" } }) });
    const entries = roomInvites(2);
    render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} />);
    await user.click(within(await openConfirm(user, 2)).getByRole("button", { name: "Decline 2 invites" }));
    const result = await screen.findByRole("group", { name: "Declined 1 invite." });
    expect(within(result).getByText(/1 invite could not be declined/)).toBeInTheDocument();
    expect(screen.getAllByRole("article")).toHaveLength(1);
    await user.click(within(result).getByRole("button", { name: "Try the failed ones again" }));
    expect(await screen.findByRole("group", { name: "Declined 1 invite." })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryAllByRole("article")).toHaveLength(0));
    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual([entries[0]?.roomId, entries[1]?.roomId, entries[0]?.roomId]);
  });

  it("aborts the run when the list unmounts", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const { unmount } = render(<InviteList client={client} invites={roomInvites(3)} userId={FIXTURE_USER_ID} />);
    await user.click(within(await openConfirm(user, 3)).getByRole("button", { name: "Decline 3 invites" }));
    const first = await client.waitForCall("leaveRoom");
    unmount();
    expect(first.status).toBe("aborted");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(client.callsTo("leaveRoom")).toHaveLength(1);
  });
});

/**
 * The inbox follows the same membership rules as the full preview: the rules live in the core
 * flows and the shared action runner, so a row, "Decline all" and `InvitePreview` cannot drift
 * apart. Each test here failed before the rows and "Decline all" went through them.
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InviteList } from "../../../src/components/InviteList/InviteList";
import { InvitePreview } from "../../../src/components/InvitePreview/InvitePreview";
import { directRooms } from "../../../src/core/accountDataSettings";
import { MatrixApiError } from "../../../src/core/client/errors";
import type { InviteEntry } from "../../../src/core/store/inviteStore";
import rateLimited from "../../fixtures/error-rate-limited.json";
import { createRecordingClient } from "../../support/recordingClient";
import { fixtureEntries, FIXTURE_USER_ID, generatedEntries } from "./entries";
import { installFakeLayout } from "./layout";

installFakeLayout();

/** Three invites that all land in the Rooms group: "Spam offer #1" to "#3". */
function roomInvites(): InviteEntry[] {
  return generatedEntries(3, { roomsOnly: true });
}

async function confirmDeclineAll(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Decline all 3 invites in Rooms" }));
  const confirm = screen.getByRole("group", { name: "Decline 3 invites in Rooms?" });
  await user.click(within(confirm).getByRole("button", { name: "Decline 3 invites" }));
}

describe("InviteList: a direct invite accepted from its row", () => {
  it("lists the room under the inviter in m.direct, as InvitePreview does", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("getAccountData", { value: { "@carol:localhost": ["!older:localhost"] } });
    const entries = fixtureEntries();
    const direct = entries.find((entry) => entry.kind === "invite" && entry.summary.isDirect && entry.summary.inviter?.userId === "@alice:localhost");
    if (!direct) throw new Error("no direct invite from Alice among the fixtures");
    render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} />);
    const row = screen.getAllByRole("article").find((item) => item.getAttribute("data-room-id") === direct.roomId);
    if (!row) throw new Error("the direct invite has no row");

    await user.click(within(row).getByRole("button", { name: "Accept" }));

    const write = await client.waitForCall("setAccountData");
    expect(write.args[0]).toBe(directRooms.type);
    expect(write.args[1]).toEqual({ "@carol:localhost": ["!older:localhost"], "@alice:localhost": [direct.roomId] });
    expect(client.callsTo("joinRoom").map((call) => call.args[0])).toEqual([direct.roomId]);
  });
});

describe("InviteList: Decline all re-checks every room before leaving it", () => {
  it("shows the rows it has yet to reach as waiting to be declined, with no Accept", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    render(<InviteList client={client} invites={roomInvites()} userId={FIXTURE_USER_ID} />);
    await confirmDeclineAll(user);
    await client.waitForCall("leaveRoom", 1);

    const third = screen.getByRole("article", { name: "Spam offer #3" });
    expect(within(third).getByText("Waiting to be declined")).toBeInTheDocument();
    expect(within(third).queryByRole("button", { name: "Accept" })).toBeNull();
    expect(within(third).queryByRole("button", { name: "Decline" })).toBeNull();
  });

  it("takes a room accepted from its full preview during the run out of the run: joined, never left", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const entries = roomInvites();
    const third = entries[2] as InviteEntry;
    render(
      <InviteList
        client={client}
        invites={entries}
        userId={FIXTURE_USER_ID}
        renderInvite={(entry) => <InvitePreview client={client} invite={entry} userId={FIXTURE_USER_ID} headingLevel={3} />}
      />,
    );
    await confirmDeclineAll(user);
    const first = await client.waitForCall("leaveRoom", 1);

    // The run has not reached the third room yet: the user accepts it from its preview.
    const thirdRow = screen.getAllByRole("article").find((item) => item.getAttribute("data-room-id") === third.roomId);
    if (!thirdRow) throw new Error("the third room has no row");
    await user.click(within(thirdRow).getByRole("button", { name: "Accept" }));
    await waitFor(() => expect(client.callsTo("getRoomState")).toHaveLength(1));
    await act(async () => first.resolve(undefined));
    const second = await client.waitForCall("leaveRoom", 2);
    await act(async () => second.resolve(undefined));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));

    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).not.toContain(third.roomId);
    expect(client.callsTo("joinRoom").map((call) => call.args[0])).toEqual([third.roomId]);
    expect(await screen.findByRole("group", { name: "Declined 2 invites." })).toBeInTheDocument();
  });

  it("does not leave a room that stopped being a pending invite (joined in another client) while the run waited out a 429", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respondOnce("leaveRoom", { error: new MatrixApiError({ status: 429, body: rateLimited.first_limited_response.body }) });
    let endWait: () => void = () => undefined;
    const sleep = vi.fn((_ms: number) => new Promise<void>((resolve) => (endWait = resolve)));
    const entries = roomInvites();
    const [first, second, third] = entries as [InviteEntry, InviteEntry, InviteEntry];
    const { rerender } = render(<InviteList client={client} invites={entries} userId={FIXTURE_USER_ID} declineAllOptions={{ sleep }} />);
    await confirmDeclineAll(user);
    await waitFor(() => expect(sleep).toHaveBeenCalledTimes(1));

    // Meanwhile the user joined the first and third rooms elsewhere: /sync no longer lists them.
    rerender(<InviteList client={client} invites={[second]} userId={FIXTURE_USER_ID} declineAllOptions={{ sleep }} />);
    await act(async () => endWait());

    await screen.findByRole("group", { name: /^Declined/ });
    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).toEqual([first.roomId, second.roomId]);
    expect(client.callsTo("leaveRoom").map((call) => call.args[0])).not.toContain(third.roomId);
  });
});

describe("InviteList: Decline all and a full InvitePreview of the same room (renderInvite)", () => {
  it("refuses the preview's Accept while the run is leaving that room", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("leaveRoom", "hold");
    const entries = roomInvites();
    render(
      <InviteList
        client={client}
        invites={entries}
        userId={FIXTURE_USER_ID}
        renderInvite={(entry) => <InvitePreview client={client} invite={entry} userId={FIXTURE_USER_ID} headingLevel={3} />}
      />,
    );
    await confirmDeclineAll(user);
    const leave = await client.waitForCall("leaveRoom", 1);
    const first = screen.getAllByRole("article").find((item) => item.getAttribute("data-room-id") === leave.args[0]);
    if (!first) throw new Error("the room being left has no row");

    await user.click(within(first).getByRole("button", { name: "Accept" }));

    expect(client.callsTo("joinRoom")).toHaveLength(0);
  });
});

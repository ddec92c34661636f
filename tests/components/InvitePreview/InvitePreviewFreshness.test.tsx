/**
 * Fresh previews in the connected InvitePreview: opt-in (`checkFreshness`), the stripped state
 * at once and the live facts when the room summary answers (Synapse's capture of "Design
 * Review" while invited), the dead invite, the unavailable check, and the request's abort.
 */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InvitePreview } from "../../../src/components/InvitePreview/InvitePreview";
import type { InvitePreviewProps } from "../../../src/components/InvitePreview/InvitePreview";
import { MatrixApiError } from "../../../src/core/client/errors";
import type { RoomSummaryResponse } from "../../../src/core/client/types";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import { createRecordingClient } from "../../support/recordingClient";
import { entryFromCapture } from "./fixtures";

const ALICE = "@alice:localhost";
const LIVE: RoomSummaryResponse = namedRoom.room_summary_while_invited.body as RoomSummaryResponse;
const STALE_NOTE = /may be out of date/;

function renderPreview(props: Partial<InvitePreviewProps> = {}, setup: (client: ReturnType<typeof createRecordingClient>) => void = () => undefined) {
  const client = createRecordingClient();
  setup(client);
  const view = render(<InvitePreview client={client} invite={entryFromCapture(namedRoom)} userId="@bob:localhost" {...props} />);
  return { client, view };
}

describe("InvitePreview: fresh previews", () => {
  it("asks nothing unless the host opts in", async () => {
    const { client } = renderPreview();
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(client.callsTo("getRoomSummary")).toHaveLength(0);
    expect(screen.getByText(STALE_NOTE)).toBeInTheDocument();
    expect(screen.queryByText(/Checking whether the room has changed/)).not.toBeInTheDocument();
  });

  it("shows the stripped state at once, then fills in the live facts", async () => {
    const client = createRecordingClient();
    client.respond("getRoomSummary", "hold");
    render(<InvitePreview client={client} invite={entryFromCapture(namedRoom)} userId="@bob:localhost" checkFreshness />);
    expect(screen.getByRole("heading", { name: "Design Review" })).toBeInTheDocument();
    expect(screen.getByText("Checking whether the room has changed…")).toBeInTheDocument();
    expect(screen.getByText(STALE_NOTE)).toBeInTheDocument();
    const call = await client.waitForCall("getRoomSummary");
    expect(call.args[0]).toBe(namedRoom.room_id);
    await act(async () => call.resolve({ ...LIVE, name: "Design Review (archived)", num_joined_members: 4 }));
    expect(screen.getByText(/Renamed since you were invited/)).toHaveTextContent("Renamed since you were invited: now “Design Review (archived)”.");
    expect(screen.getByText("4 members now")).toBeInTheDocument();
    expect(screen.queryByText(STALE_NOTE)).not.toBeInTheDocument();
    // The heading keeps the invite's name: the live one is a fact beside it, not a silent swap.
    expect(screen.getByRole("heading", { name: "Design Review" })).toBeInTheDocument();
  });

  it("says the room has not changed when the live summary agrees with the invite", async () => {
    renderPreview({ checkFreshness: true }, (client) => client.respond("getRoomSummary", { value: LIVE }));
    expect(await screen.findByText("The room has not changed since you were invited.")).toBeInTheDocument();
    expect(screen.getByText("1 member now")).toBeInTheDocument();
  });

  it("adds the change to the reasons when the host gave a trust context", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("getRoomSummary", { value: { ...LIVE, topic: "Moved to Thursdays" } });
    render(
      <InvitePreview client={client} invite={entryFromCapture(namedRoom)} userId="@bob:localhost" checkFreshness trustContext={{ knownUserIds: new Set([ALICE]) }} />,
    );
    expect(await screen.findByText("The topic has changed since you were invited.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Why am I seeing this?" }));
    expect(screen.getByText("The room has changed since you were invited.")).toBeInTheDocument();
  });

  it("makes Decline the main action when nobody is in the room any more, and says so aloud", async () => {
    const client = createRecordingClient();
    client.respond("getRoomSummary", { error: new MatrixApiError({ status: 404, body: { errcode: "M_NOT_FOUND", error: "Room not found" } }) });
    render(<InvitePreview client={client} invite={entryFromCapture(namedRoom)} userId="@bob:localhost" checkFreshness />);
    const article = screen.getByRole("article");
    expect(await within(article).findByText("Nobody is in this room any more.", { selector: "li" })).toBeInTheDocument();
    expect(screen.getByText("Joining will most likely fail. Declining clears the invite.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Decline" })).toHaveAttribute("data-variant", "primary");
    expect(screen.getByRole("button", { name: "Accept" })).toHaveAttribute("data-variant", "secondary");
    await vi.waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Nobody is in this room any more."));
    expect(screen.queryByText(/members now/)).not.toBeInTheDocument();
  });

  it("keeps only the 'may be out of date' hint when the server lacks the endpoint", async () => {
    const { client } = renderPreview({ checkFreshness: true }, (recording) =>
      recording.respond("getRoomSummary", { error: new MatrixApiError({ status: 404, body: { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" } }) }),
    );
    await client.waitForCall("getRoomSummary");
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByText(/Checking whether/)).not.toBeInTheDocument();
    expect(screen.getByText(STALE_NOTE)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Accept" })).toHaveAttribute("data-variant", "primary");
  });

  it("aborts the request when the preview goes away", async () => {
    const client = createRecordingClient();
    client.respond("getRoomSummary", "hold");
    const { unmount } = render(<InvitePreview client={client} invite={entryFromCapture(namedRoom)} userId="@bob:localhost" checkFreshness />);
    const call = await client.waitForCall("getRoomSummary");
    unmount();
    expect(call.signal?.aborted).toBe(true);
  });

  it("drops the live facts once the invite is declined", async () => {
    const user = userEvent.setup();
    const client = createRecordingClient();
    client.respond("getRoomSummary", { value: LIVE });
    render(<InvitePreview client={client} invite={entryFromCapture(namedRoom)} userId="@bob:localhost" checkFreshness />);
    await screen.findByText("1 member now");
    await user.click(screen.getByRole("button", { name: "Decline" }));
    await vi.waitFor(() => expect(screen.getByRole("article")).toHaveAttribute("data-state", "declined"));
    expect(screen.queryByText("1 member now")).not.toBeInTheDocument();
  });
});

import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { InvitePreview } from "../../../src/components/InvitePreview/InvitePreview";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import space from "../../fixtures/invite-space.json";
import { createRecordingClient } from "../../support/recordingClient";
import { entryFromCapture } from "./fixtures";
import { STATUS, USER_ID } from "./setup";

const FIRST = entryFromCapture(namedRoom);
const SECOND = entryFromCapture(space);

/** A host showing one invite at a time: dismissing it shows the next one in its place. */
function Host({ client }: { client: ReturnType<typeof createRecordingClient> }) {
  const [queue, setQueue] = useState([FIRST, SECOND]);
  const [current] = queue;
  return (
    <main>
      {current ? <InvitePreview client={client} invite={current} userId={USER_ID} onDismiss={() => setQueue((rest) => rest.slice(1))} /> : null}
    </main>
  );
}

describe("InvitePreview: focus when the invite is replaced", () => {
  it("moves focus to the next invite's heading, not to its Accept button, after Dismiss", async () => {
    const client = createRecordingClient();
    const user = userEvent.setup();
    render(<Host client={client} />);

    await user.click(screen.getByRole("button", { name: "Decline" }));
    await screen.findByText("Invite declined.", STATUS);
    await user.click(screen.getByRole("button", { name: "Dismiss" }));

    const heading = screen.getByRole("heading");
    expect(heading).not.toHaveTextContent("Design Review");
    expect(heading).toHaveFocus();
    // Enter on the heading does nothing: the next invite is not accepted by a repeated key.
    await user.keyboard("{Enter}");
    expect(client.callsTo("joinRoom")).toHaveLength(0);
  });

  it("leaves focus alone when it was outside the invite", async () => {
    const client = createRecordingClient();
    const view = render(<InvitePreview client={client} invite={FIRST} userId={USER_ID} />);
    const outside = document.createElement("button");
    document.body.append(outside);
    outside.focus();

    view.rerender(<InvitePreview client={client} invite={SECOND} userId={USER_ID} />);

    expect(outside).toHaveFocus();
    outside.remove();
  });
});

/** The same capture, re-sent as a new invite to the same room `laterBy` milliseconds later. */
function reinvite(laterBy: number) {
  const entry = structuredClone(namedRoom.sync_invite_entry) as { invite_state: { events: { type: string; state_key?: string; origin_server_ts?: number }[] } };
  for (const event of entry.invite_state.events) {
    if (event.type === "m.room.member" && event.state_key === USER_ID && event.origin_server_ts !== undefined) event.origin_server_ts += laterBy;
  }
  return entryFromCapture({ ...namedRoom, sync_invite_entry: entry });
}

describe("InvitePreview: a new invite to the same room", () => {
  it("starts afresh instead of showing the earlier invite's outcome", async () => {
    const client = createRecordingClient();
    const user = userEvent.setup();
    const view = render(<InvitePreview client={client} invite={FIRST} userId={USER_ID} />);
    await user.click(screen.getByRole("button", { name: "Decline" }));
    await screen.findByText("Invite declined.", STATUS);

    const again = reinvite(60_000);
    expect(again.roomId).toBe(FIRST.roomId);
    view.rerender(<InvitePreview client={client} invite={again} userId={USER_ID} />);

    expect(screen.getByRole("article")).toHaveAttribute("data-state", "idle");
    expect(screen.getByRole("button", { name: "Accept" })).toBeInTheDocument();
  });

  it("keeps its state when the same invite is delivered again", async () => {
    const client = createRecordingClient();
    client.respond("joinRoom", "hold");
    const user = userEvent.setup();
    const view = render(<InvitePreview client={client} invite={FIRST} userId={USER_ID} />);
    await user.click(screen.getByRole("button", { name: "Accept" }));

    view.rerender(<InvitePreview client={client} invite={reinvite(0)} userId={USER_ID} />);

    expect(screen.getByRole("article")).toHaveAttribute("data-state", "accepting");
  });
});

import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InvitePreview } from "../../../src/components/InvitePreview/InvitePreview";
import dmInvite from "../../fixtures/invite-dm-unnamed.json";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import { createRecordingClient } from "../../support/recordingClient";
import { entryFromCapture } from "./fixtures";
import { USER_ID } from "./setup";

async function acceptCapture(capture: typeof dmInvite | typeof namedRoom) {
  const client = createRecordingClient();
  const onAccepted = vi.fn();
  const user = userEvent.setup();
  render(<InvitePreview client={client} invite={entryFromCapture(capture)} userId={USER_ID} onAccepted={onAccepted} />);
  await user.click(screen.getByRole("button", { name: "Accept" }));
  await waitFor(() => expect(onAccepted).toHaveBeenCalledOnce());
  return client;
}

describe("InvitePreview: accepting a direct message", () => {
  it("records the accepted DM under its inviter in m.direct", async () => {
    const client = await acceptCapture(dmInvite);

    const write = await client.waitForCall("setAccountData");
    expect(write.args[0]).toBe("m.direct");
    expect(write.args[1]).toEqual({ "@alice:localhost": [dmInvite.room_id] });
  });

  it("sends only the join and the state read for an invite to an ordinary room", async () => {
    const client = await acceptCapture(namedRoom);

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.methodsCalled()).toEqual(["joinRoom", "getRoomState"]);
  });
});

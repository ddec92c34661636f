import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { InvitePreview } from "../../../src/components/InvitePreview/InvitePreview";
import { createRecordingClient } from "../../support/recordingClient";
import { entryFromEvents } from "./fixtures";

const V12_ROOM_ID = "!ohGuVw-J7L7W4u7z4PUMR_C-WGSJ2lhwyd8sQ0i5tvo";

/** Stripped state of a room created by carol on creator.example, with alice (inviter.example) inviting bob. */
function events(roomVersion: string): unknown[] {
  return [
    { type: "m.room.create", state_key: "", sender: "@carol:creator.example", content: { room_version: roomVersion } },
    { type: "m.room.name", state_key: "", sender: "@carol:creator.example", content: { name: "Plans" } },
    { type: "m.room.member", state_key: "@bob:localhost", sender: "@alice:inviter.example", content: { membership: "invite" } },
  ];
}

async function joinVia(roomId: string, roomVersion: string, via: readonly string[]): Promise<unknown> {
  const client = createRecordingClient();
  client.respond("joinRoom", "hold");
  const user = userEvent.setup();
  render(<InvitePreview client={client} invite={entryFromEvents(roomId, events(roomVersion))} userId="@bob:localhost" via={via} />);
  await user.click(screen.getByRole("button", { name: "Accept" }));
  return (await client.waitForCall("joinRoom")).options.via;
}

describe("InvitePreview: servers to join through", () => {
  it("joins a version 12 room through the inviter's and the creator's servers even when the host adds its own", async () => {
    const via = await joinVia(V12_ROOM_ID, "12", ["a.example", "b.example"]);
    expect(via).toEqual(["inviter.example", "creator.example", "a.example"]);
  });

  it("keeps the inviter's server, then the room ID's, for an older room when the host passes several servers", async () => {
    const via = await joinVia("!old:origin.example", "11", ["a.example", "b.example", "c.example"]);
    expect(via).toEqual(["inviter.example", "origin.example", "a.example"]);
  });
});

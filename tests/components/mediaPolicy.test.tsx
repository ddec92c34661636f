/**
 * Privacy by default, for every component that can show an image: an avatar request tells
 * the media server (for an invite, perhaps the inviter's) that the user looked, so nothing is
 * requested unless the host passes the user's policy and it allows avatars.
 */
import { act, render } from "@testing-library/react";
import type { ReactElement } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { RoomAvatar, UserAvatar } from "../../src/components/Avatar/Avatar";
import { InviteList } from "../../src/components/InviteList/InviteList";
import { InviteListItem } from "../../src/components/InviteList/InviteListItem";
import { InvitePreview } from "../../src/components/InvitePreview/InvitePreview";
import { InvitePreviewView } from "../../src/components/InvitePreview/InvitePreviewView";
import type { MediaPolicy } from "../../src/core/mediaPolicy";
import type { InviteEntry } from "../../src/core/store/inviteStore";
import { createRecordingClient, type RecordingClient } from "../support/recordingClient";
import { entryFromEvents, inviteEvents } from "./InvitePreview/fixtures";
import { installFakeLayout } from "./InviteList/layout";

installFakeLayout();

const TRACKER = "mxc://evil.example/tracker";
const STRANGER = "@stranger:evil.example";
const USER_ID = "@bob:localhost";

beforeEach(() => {
  // jsdom has no blob URLs.
  URL.createObjectURL = vi.fn(() => "blob:test/1");
  URL.revokeObjectURL = vi.fn();
});

/** A room invite from a stranger whose room avatar is a tracking thumbnail. */
function roomInvite(): InviteEntry {
  return entryFromEvents(
    "!tracked:evil.example",
    inviteEvents(STRANGER, [
      { type: "m.room.name", state_key: "", sender: STRANGER, content: { name: "Free prizes" } },
      { type: "m.room.avatar", state_key: "", sender: STRANGER, content: { url: TRACKER } },
    ]),
  );
}

/** A direct-message invite without a room avatar: the inviter's avatar (the tracker) is shown. */
function directInvite(): InviteEntry {
  return entryFromEvents(
    "!dm:evil.example",
    inviteEvents(
      STRANGER,
      [{ type: "m.room.member", state_key: STRANGER, sender: STRANGER, content: { membership: "join", displayname: "Stranger", avatar_url: TRACKER } }],
      { is_direct: true },
    ),
  );
}

type Render = (client: RecordingClient, mediaPolicy: MediaPolicy | undefined) => ReactElement;

const COMPONENTS: ReadonlyArray<[string, Render]> = [
  ["RoomAvatar", (client, mediaPolicy) => <RoomAvatar client={client} roomId="!tracked:evil.example" avatarUrl={TRACKER} mediaPolicy={mediaPolicy} />],
  ["UserAvatar", (client, mediaPolicy) => <UserAvatar client={client} userId={STRANGER} avatarUrl={TRACKER} mediaPolicy={mediaPolicy} />],
  ["InvitePreview", (client, mediaPolicy) => <InvitePreview client={client} invite={roomInvite()} userId={USER_ID} mediaPolicy={mediaPolicy} />],
  [
    "InvitePreview (direct message: the inviter's avatar)",
    (client, mediaPolicy) => <InvitePreview client={client} invite={directInvite()} userId={USER_ID} mediaPolicy={mediaPolicy} />,
  ],
  ["InvitePreviewView", (client, mediaPolicy) => <InvitePreviewView summary={roomInvite().summary} client={client} mediaPolicy={mediaPolicy} />],
  [
    "InviteList",
    (client, mediaPolicy) => <InviteList client={client} invites={[roomInvite(), directInvite()]} userId={USER_ID} mediaPolicy={mediaPolicy} />,
  ],
  ["InviteListItem", (client, mediaPolicy) => <InviteListItem entry={roomInvite()} client={client} mediaPolicy={mediaPolicy} />],
];

async function settle(): Promise<void> {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
}

describe.each(COMPONENTS)("%s: no media request unless the user's policy allows it", (_name, renderWith) => {
  it("requests nothing when no policy is given", async () => {
    const client = createRecordingClient();
    const { container } = render(renderWith(client, undefined));
    await settle();
    expect(client.callsTo("fetchThumbnail")).toHaveLength(0);
    expect(container.querySelector("img")).toBeNull();
  });

  it("requests nothing when the policy is off", async () => {
    const client = createRecordingClient();
    const { container } = render(renderWith(client, { showAvatars: false }));
    await settle();
    expect(client.callsTo("fetchThumbnail")).toHaveLength(0);
    expect(container.querySelector("img")).toBeNull();
  });

  it("requests the avatar when the policy allows it", async () => {
    const client = createRecordingClient();
    render(renderWith(client, { showAvatars: true }));
    const call = await client.waitForCall("fetchThumbnail");
    expect(call.args[0]).toBe(TRACKER);
  });
});

describe("InviteList: a sender the user does not know", () => {
  it("gets no avatar request even when the policy allows avatars, unless the host opts in", async () => {
    const client = createRecordingClient();
    const { rerender } = render(
      <InviteList client={client} invites={[roomInvite()]} userId={USER_ID} knownUserIds={new Set()} mediaPolicy={{ showAvatars: true }} />,
    );
    await settle();
    expect(client.callsTo("fetchThumbnail")).toHaveLength(0);
    rerender(
      <InviteList
        client={client}
        invites={[roomInvite()]}
        userId={USER_ID}
        knownUserIds={new Set()}
        mediaPolicy={{ showAvatars: true }}
        showUnknownSenderAvatars
      />,
    );
    const call = await client.waitForCall("fetchThumbnail");
    expect(call.args[0]).toBe(TRACKER);
  });
});

import { act, render, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { RoomAvatar, UserAvatar } from "../../../src/components/Avatar/Avatar";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import { createRecordingClient } from "../../support/recordingClient";

const ROOM_ID = namedRoom.room_id;
const AVATAR = "mxc://localhost/oJIHkPlLpjpZUAFXGfCeUPeK";
const ALLOWED = { showAvatars: true };
const OFF = { showAvatars: false };

beforeEach(() => {
  let created = 0;
  // jsdom has no blob URLs.
  URL.createObjectURL = vi.fn(() => `blob:test/${++created}`);
  URL.revokeObjectURL = vi.fn();
});

function avatarOf(container: HTMLElement): HTMLElement {
  const avatar = container.querySelector<HTMLElement>(".mmui-avatar");
  if (!avatar) throw new Error("no avatar");
  return avatar;
}

describe("RoomAvatar: when nothing may be fetched", () => {
  it("requests nothing when the media policy is off, even with a valid mxc URI", async () => {
    const client = createRecordingClient();
    const { container } = render(<RoomAvatar client={client} roomId={ROOM_ID} name="Design Review" avatarUrl={AVATAR} mediaPolicy={OFF} />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(client.callsTo("fetchThumbnail")).toHaveLength(0);
    expect(avatarOf(container)).toHaveAttribute("data-state", "initials");
    expect(avatarOf(container)).toHaveTextContent("D");
    expect(container.querySelector("img")).toBeNull();
  });

  it.each([
    ["https:", "https://tracker.example/pixel.png"],
    ["http:", "http://localhost/_matrix/media/v3/download/localhost/abc"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:image/png;base64,iVBORw0KGgo="],
    ["a malformed mxc", "mxc://localhost/../secret"],
  ])("requests nothing and renders no image for a %s avatar URL", async (_kind, url) => {
    const client = createRecordingClient();
    const { container } = render(<RoomAvatar client={client} roomId={ROOM_ID} name="Design Review" avatarUrl={url} mediaPolicy={ALLOWED} />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(client.callsTo("fetchThumbnail")).toHaveLength(0);
    expect(container.querySelector("img")).toBeNull();
    expect(container.innerHTML).not.toContain(url);
  });

  it("shows initials without a client", () => {
    const { container } = render(<RoomAvatar roomId={ROOM_ID} name="Design Review" avatarUrl={AVATAR} />);
    expect(avatarOf(container)).toHaveAttribute("data-state", "initials");
  });
});

describe("RoomAvatar: with an image", () => {
  it("fetches the mxc thumbnail at twice the size and shows it from a blob: URL", async () => {
    const client = createRecordingClient();
    const { container } = render(<RoomAvatar client={client} roomId={ROOM_ID} name="Design Review" avatarUrl={AVATAR} size={32} mediaPolicy={ALLOWED} />);
    expect(avatarOf(container)).toHaveAttribute("data-state", "loading");
    await waitFor(() => expect(avatarOf(container)).toHaveAttribute("data-state", "image"));
    const [call] = client.callsTo("fetchThumbnail");
    expect(call?.args.slice(0, 2)).toEqual([AVATAR, { width: 64, height: 64 }]);
    expect(container.querySelector("img")?.getAttribute("src")).toBe("blob:test/1");
  });

  it("falls back to initials when the fetch fails", async () => {
    const client = createRecordingClient();
    client.respond("fetchThumbnail", { error: new Error("404") });
    const { container } = render(<RoomAvatar client={client} roomId="!failing:localhost" name="Design Review" avatarUrl={AVATAR} mediaPolicy={ALLOWED} />);
    await waitFor(() => expect(avatarOf(container)).toHaveAttribute("data-state", "error"));
    expect(avatarOf(container)).toHaveTextContent("D");
  });

  it("stops fetching when the policy turns images off mid-request", async () => {
    const client = createRecordingClient();
    client.respond("fetchThumbnail", "hold");
    const { container, rerender } = render(
      <RoomAvatar client={client} roomId={ROOM_ID} name="Design Review" avatarUrl={AVATAR} mediaPolicy={ALLOWED} />,
    );
    const call = await client.waitForCall("fetchThumbnail");
    rerender(<RoomAvatar client={client} roomId={ROOM_ID} name="Design Review" avatarUrl={AVATAR} mediaPolicy={OFF} />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(call.signal?.aborted).toBe(true);
    expect(avatarOf(container)).toHaveAttribute("data-state", "initials");
  });
});

describe("Avatar: names, colours and labels", () => {
  it("keeps the colour of the ID when the name changes, and differs for another ID with the same name", () => {
    const { container, rerender } = render(<UserAvatar userId="@alice:localhost" name="Alice Liddell" />);
    const color = avatarOf(container).getAttribute("data-color");
    rerender(<UserAvatar userId="@alice:localhost" name="Someone else" />);
    expect(avatarOf(container).getAttribute("data-color")).toBe(color);
    rerender(<UserAvatar userId="@mallory:localhost" name="Alice Liddell" />);
    expect(avatarOf(container).getAttribute("data-color")).not.toBe(color);
  });

  it("is hidden from assistive technology unless labelled", () => {
    const { container, rerender } = render(<UserAvatar userId="@alice:localhost" name="Alice Liddell" />);
    expect(avatarOf(container)).toHaveAttribute("aria-hidden", "true");
    expect(screen.queryByRole("img")).toBeNull();
    rerender(<UserAvatar userId="@alice:localhost" name="Alice Liddell" label="Alice Liddell (@alice:localhost)" />);
    expect(screen.getByRole("img", { name: "Alice Liddell (@alice:localhost)" })).toBe(avatarOf(container));
  });

  it("passes className, ref and extra props through", () => {
    let element: HTMLSpanElement | null = null;
    render(
      <UserAvatar
        userId="@alice:localhost"
        name="Alice"
        className="host-avatar"
        data-testid="avatar"
        ref={(node) => {
          element = node;
        }}
      />,
    );
    const avatar = screen.getByTestId("avatar");
    expect(avatar).toHaveClass("mmui-avatar", "host-avatar");
    expect(element).toBe(avatar);
  });

  it("upper-cases the initial with the locale's rules", () => {
    const { container } = render(
      <I18nProvider locale="tr">
        <UserAvatar userId="@irem:localhost" name="irem" />
      </I18nProvider>,
    );
    expect(avatarOf(container).textContent).toBe("İ");
  });
});

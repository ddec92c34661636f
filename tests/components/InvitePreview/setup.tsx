/** Shared set-up of the connected InvitePreview tests: the "Design Review" invite over a recording client. */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { InvitePreview } from "../../../src/components/InvitePreview/InvitePreview";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import { createRecordingClient } from "../../support/recordingClient";
import { entryFromCapture } from "./fixtures";

/** The invitee of every capture. */
export const USER_ID = "@bob:localhost";

/** The status message (the live region repeats its words, so queries name the element). */
export const STATUS = { selector: ".mmui-invite-preview__status-message" } as const;

/** Renders the connected preview of the "Design Review" capture with spied callbacks. */
export function setup(options: { showAvatars?: boolean } = {}) {
  const client = createRecordingClient();
  const invite = entryFromCapture(namedRoom);
  const callbacks = { onAccepted: vi.fn(), onDeclined: vi.fn(), onDismiss: vi.fn(), onActionError: vi.fn() };
  const user = userEvent.setup();
  const view = render(
    <InvitePreview
      client={client}
      invite={invite}
      userId={USER_ID}
      mediaPolicy={options.showAvatars === undefined ? undefined : { showAvatars: options.showAvatars }}
      {...callbacks}
    />,
  );
  const article = () => screen.getByRole("article");
  return { client, invite, callbacks, user, view, article };
}

// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { InvitePreview } from "../../../src/components/InvitePreview/InvitePreview";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import { createRecordingClient } from "../../support/recordingClient";
import { entryFromCapture } from "./fixtures";
import { USER_ID } from "./setup";

describe("InvitePreview on a server", () => {
  it("renders the invite without warnings and sends nothing", () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const client = createRecordingClient();

    const html = renderToString(<InvitePreview client={client} invite={entryFromCapture(namedRoom)} userId={USER_ID} />);

    expect(html).toContain("Design Review");
    expect(html).toMatch(/^<article/);
    expect(consoleError).not.toHaveBeenCalled();
    expect(client.calls).toHaveLength(0);
    consoleError.mockRestore();
  });
});

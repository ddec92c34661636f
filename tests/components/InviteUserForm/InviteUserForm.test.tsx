import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { InviteUserForm } from "../../../src/components/InviteUserForm/InviteUserForm";
import type { InviteUserFormProps } from "../../../src/components/InviteUserForm/InviteUserForm";
import { MatrixApiError } from "../../../src/core/client/errors";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { loadLocale } from "../../../src/i18n/loadLocale";
import { createRecordingClient } from "../../support/recordingClient";
import { capturedRoomId, liveState } from "../MemberActions/roomStates";

beforeAll(async () => {
  await loadLocale("pl");
});

const ALICE = "@alice:localhost";
const state = liveState({
  roomVersion: "11",
  members: {
    [ALICE]: { membership: "join" },
    "@bob:localhost": { membership: "join" },
    "@carol:localhost": { membership: "invite" },
    "@mallory:localhost": { membership: "ban" },
    "@dave:localhost": { membership: "leave" },
  },
});
const afterInvite = liveState({ roomVersion: "11", members: { [ALICE]: { membership: "join" }, "@erin:localhost": { membership: "invite" } } });

function setUp(props: Partial<InviteUserFormProps> = {}, locale = "en") {
  const client = createRecordingClient({ userId: ALICE, answers: { getRoomState: { value: afterInvite } } });
  const user = userEvent.setup();
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale={locale}>{children}</I18nProvider>;
  render(<InviteUserForm client={client} roomState={{ roomId: capturedRoomId, events: state }} actorId={ALICE} {...props} />, { wrapper });
  const field = screen.getByLabelText(locale === "pl" ? "Identyfikator użytkownika" : "User ID");
  return { client, user, field };
}

const problemText = (field: HTMLElement) => field.ownerDocument.getElementById(field.getAttribute("aria-describedby")?.split(" ")[1] ?? "")?.textContent;

describe("InviteUserForm: checking the user ID as it is typed", () => {
  it("does not complain about a half-typed ID until the field is left", async () => {
    const { user, field } = setUp();
    await user.type(field, "@erin");
    expect(field).toHaveAttribute("aria-invalid", "false");
    await user.tab();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(problemText(field)).toBe("A user ID looks like @name:example.org.");
  });

  it.each([
    ["@bob:localhost", "@bob:localhost is already in this room."],
    ["@carol:localhost", "@carol:localhost is already invited."],
    ["@mallory:localhost", "@mallory:localhost is banned from this room. Lift the ban before inviting them."],
    ["@alice:localhost", "You are already in this room."],
  ])("refuses %s at once with a clear message", async (userId, message) => {
    const { user, field, client } = setUp();
    await user.type(field, userId);
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(problemText(field)).toBe(message);
    await user.click(screen.getByRole("button", { name: "Send invite" }));
    expect(client.calls).toHaveLength(0);
  });

  it("refuses an ID longer than 255 characters", async () => {
    const { user, field } = setUp();
    await user.click(field);
    await user.paste(`@${"a".repeat(250)}:localhost`);
    expect(problemText(field)).toBe("A user ID has at most 255 characters.");
  });

  it("asks for an ID when the form is sent empty", async () => {
    const { user, field, client } = setUp();
    await user.click(screen.getByRole("button", { name: "Send invite" }));
    expect(problemText(field)).toBe("Enter the user ID of the person to invite.");
    expect(field).toHaveFocus();
    expect(client.calls).toHaveLength(0);
  });

  it("tells a member without the invite level that they cannot invite", async () => {
    const locked = liveState({
      roomVersion: "11",
      users: { [ALICE]: 100 },
      members: { [ALICE]: { membership: "join" }, "@bob:localhost": { membership: "join" } },
    }).map((event) =>
      event.type === "m.room.power_levels" ? { ...event, content: { ...(event.content as object), invite: 50 } } : event,
    );
    const client = createRecordingClient({ userId: "@bob:localhost" });
    const user = userEvent.setup();
    render(<InviteUserForm client={client} roomState={{ roomId: capturedRoomId, events: locked }} actorId="@bob:localhost" />);
    await user.type(screen.getByLabelText("User ID"), "@erin:localhost");
    expect(screen.getByText("You do not have permission to invite people to this room.")).toBeInTheDocument();
  });

  it("speaks Polish", async () => {
    const { user, field } = setUp({}, "pl");
    await user.type(field, "@bob:localhost");
    expect(problemText(field)).toBe("@bob:localhost jest już w tym pokoju.");
  });
});

describe("InviteUserForm: sending", () => {
  it("invites with the reason, reads the live state, confirms and clears the form", async () => {
    const onInvited = vi.fn();
    const onStateChange = vi.fn();
    const { user, field, client } = setUp({ onInvited, onStateChange });
    await user.type(field, "  @erin:localhost ");
    await user.type(screen.getByLabelText("Reason (optional)"), "welcome");
    await user.click(screen.getByRole("button", { name: "Send invite" }));
    await waitFor(() => expect(onInvited).toHaveBeenCalledWith("@erin:localhost"));
    expect(client.methodsCalled()).toEqual(["inviteUser", "getRoomState"]);
    expect(client.callsTo("inviteUser")[0]?.args.slice(0, 2)).toEqual([capturedRoomId, "@erin:localhost"]);
    expect(client.callsTo("inviteUser")[0]?.options.reason).toBe("welcome");
    expect(onStateChange).toHaveBeenCalledWith(afterInvite);
    expect(screen.getByRole("status")).toHaveTextContent("Invite sent to @erin:localhost");
    expect(field).toHaveValue("");
  });

  it("invites someone who left before", async () => {
    const { user, field, client } = setUp();
    await user.type(field, "@dave:localhost{Enter}");
    await waitFor(() => expect(client.callsTo("inviteUser")).toHaveLength(1));
  });

  it("ignores a second submit while the first is in flight", async () => {
    const { user, field, client } = setUp();
    client.respond("inviteUser", "hold");
    await user.type(field, "@erin:localhost");
    const submit = screen.getByRole("button", { name: "Send invite" });
    await user.click(submit);
    expect(submit).toHaveAttribute("aria-disabled", "true");
    await user.click(submit);
    await user.type(field, "{Enter}");
    expect(client.callsTo("inviteUser")).toHaveLength(1);
  });

  it("shows the server's refusal as a message and lets the person try again", async () => {
    const { user, field, client } = setUp();
    client.respondOnce("inviteUser", { error: new MatrixApiError({ status: 429, body: { errcode: "M_LIMIT_EXCEEDED", retry_after_ms: 2000 } }) });
    await user.type(field, "@erin:localhost");
    await user.click(screen.getByRole("button", { name: "Send invite" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many requests. You can try again in 2 seconds.");
    expect(field).toHaveValue("@erin:localhost");
    await user.click(screen.getByRole("button", { name: "Send invite" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Invite sent to @erin:localhost"));
    expect(client.callsTo("inviteUser")).toHaveLength(2);
  });

  it("says, by keyboard alone, that the invitee does not accept invites (403 M_INVITE_BLOCKED)", async () => {
    const blocked = () => new MatrixApiError({ status: 403, body: { errcode: "M_INVITE_BLOCKED", error: "You are not permitted to invite this user." } });
    const { user, field, client } = setUp();
    client.respond("inviteUser", { error: blocked() });
    await user.click(field);
    await user.keyboard("@erin:localhost{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("@erin:localhost doesn't accept invites.");
    expect(field).toHaveValue("@erin:localhost");
    expect(client.methodsCalled()).toEqual(["inviteUser"]);
  });

  it("words invite_blocked in Polish", async () => {
    const { user, field, client } = setUp({}, "pl");
    client.respond("inviteUser", { error: new MatrixApiError({ status: 403, body: { errcode: "M_INVITE_BLOCKED" } }) });
    await user.type(field, "@erin:localhost{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("@erin:localhost nie przyjmuje zaproszeń.");
  });

  it("counts the invite as sent when only the state read after it fails, and updates the list on request", async () => {
    const onInvited = vi.fn();
    const onStateChange = vi.fn();
    const { user, field, client } = setUp({ onInvited, onStateChange });
    client.respondOnce("getRoomState", { error: new MatrixApiError({ status: 502, body: {} }) });
    await user.type(field, "@erin:localhost");
    await user.click(screen.getByRole("button", { name: "Send invite" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Done, but the member list could not be updated.");
    expect(screen.getByRole("status")).toHaveTextContent("Invite sent to @erin:localhost");
    expect(field).toHaveValue("");
    expect(onInvited).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole("button", { name: "Update the list" }));
    await waitFor(() => expect(onStateChange).toHaveBeenCalledWith(afterInvite));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("button", { name: "Update the list" })).toBeNull();
    expect(client.methodsCalled()).toEqual(["inviteUser", "getRoomState", "getRoomState"]);
    expect(onInvited).toHaveBeenCalledTimes(1);
  });
});

describe("InviteUserForm: another room in the same place", () => {
  it("does not confirm, in the next room, an invite sent in the previous one", async () => {
    const client = createRecordingClient({ userId: ALICE, answers: { getRoomState: { value: afterInvite } } });
    const user = userEvent.setup();
    const onInvited = vi.fn();
    client.respond("inviteUser", "hold");
    const ui = (roomId: string) => (
      <I18nProvider locale="en">
        <InviteUserForm client={client} roomState={{ roomId, events: state }} actorId={ALICE} onInvited={onInvited} />
      </I18nProvider>
    );
    const { rerender } = render(ui(capturedRoomId));
    await user.type(screen.getByLabelText("User ID"), "@erin:localhost");
    await user.click(screen.getByRole("button", { name: "Send invite" }));
    rerender(ui("!another:localhost"));
    await waitFor(() => expect(screen.getByRole("form")).toHaveAttribute("data-state", "idle"));
    client.callsTo("inviteUser")[0]?.resolve(undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole("status")).not.toHaveTextContent("Invite sent");
    expect(onInvited).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Send invite" })).not.toHaveAttribute("aria-disabled", "true");
  });
});

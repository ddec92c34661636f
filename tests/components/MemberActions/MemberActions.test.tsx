import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { MemberActions } from "../../../src/components/MemberActions/MemberActions";
import type { MemberActionsProps } from "../../../src/components/MemberActions/MemberActions";
import { MatrixApiError } from "../../../src/core/client/errors";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { loadLocale } from "../../../src/i18n/loadLocale";
import { createRecordingClient } from "../../support/recordingClient";
import { capturedRoomId, liveState } from "./roomStates";

beforeAll(async () => {
  await loadLocale("pl");
});

const ALICE = "@alice:localhost";
const BOB = "@bob:localhost";
const withBob = (membership: "join" | "invite" | "leave" | "ban" | "knock") =>
  liveState({ roomVersion: "11", members: { [ALICE]: { membership: "join" }, [BOB]: { membership, displayname: "Bob" } } });

function setUp(props: Partial<MemberActionsProps> = {}, locale = "en") {
  const client = createRecordingClient({ userId: ALICE });
  const user = userEvent.setup();
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale={locale}>{children}</I18nProvider>;
  const view = render(
    <MemberActions
      client={client}
      roomState={{ roomId: capturedRoomId, events: withBob("join") }}
      actorId={ALICE}
      targetId={BOB}
      targetName="Bob"
      {...props}
    />,
    { wrapper },
  );
  return { client, user, ...view };
}

/** The open dialog, checked by its title text (jsdom pads <bdi> in computed names, browsers do not). */
function dialogTitled(title: string): HTMLElement {
  const dialog = screen.getByRole("dialog");
  expect(within(dialog).getByRole("heading")).toHaveTextContent(title);
  expect(dialog).toHaveAttribute("aria-labelledby", within(dialog).getByRole("heading").id);
  return dialog;
}

const buttonsOf = () => within(screen.getByRole("group")).queryAllByRole("button").map((button) => button.textContent);

describe("MemberActions: asking before acting", () => {
  it("asks for a reason, warns, and removes with that reason", async () => {
    const onStateChange = vi.fn();
    const { client, user } = setUp({ onStateChange });
    client.respond("getRoomState", { value: withBob("leave") });

    await user.click(screen.getByRole("button", { name: "Remove" }));
    const dialog = dialogTitled("Remove Bob (@bob:localhost) from the room?");
    expect(dialog).toHaveAccessibleDescription("They can come back if the room allows it.");
    const reason = within(dialog).getByLabelText("Reason (optional)");
    expect(reason).toHaveFocus();
    await user.type(reason, "spam");
    await user.click(within(dialog).getByRole("button", { name: "Remove" }));

    await waitFor(() => expect(client.methodsCalled()).toEqual(["kickUser", "getRoomState"]));
    expect(client.callsTo("kickUser")[0]?.options.reason).toBe("spam");
    await waitFor(() => expect(buttonsOf()).toEqual(["Invite", "Ban"]));
    expect(onStateChange).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ state_key: BOB, content: { membership: "leave", displayname: "Bob" } })]));
    expect(screen.getByRole("status")).toHaveTextContent("Removed from the room");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("sends no reason when the field is left empty", async () => {
    const { client, user } = setUp();
    await user.click(screen.getByRole("button", { name: "Ban" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Ban" }));
    await waitFor(() => expect(client.callsTo("banUser")).toHaveLength(1));
    expect(client.callsTo("banUser")[0]?.options).not.toHaveProperty("reason");
  });

  it("sends nothing when the dialog is cancelled", async () => {
    const { client, user } = setUp();
    await user.click(screen.getByRole("button", { name: "Ban" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(client.calls).toHaveLength(0);
  });

  it("closes on Escape and gives focus back to the button", async () => {
    const { client, user } = setUp();
    const ban = screen.getByRole("button", { name: "Ban" });
    await user.click(ban);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(ban).toHaveFocus();
    expect(client.calls).toHaveLength(0);
  });

  it("invites without a warning and with a non-destructive button", async () => {
    const { client, user } = setUp({ roomState: { roomId: capturedRoomId, events: withBob("leave") } });
    await user.click(screen.getByRole("button", { name: "Invite" }));
    const dialog = dialogTitled("Invite Bob (@bob:localhost)?");
    expect(dialog).not.toHaveAttribute("aria-describedby");
    const confirm = within(dialog).getByRole("button", { name: "Invite" });
    expect(confirm).toHaveAttribute("data-variant", "primary");
    await user.click(confirm);
    await waitFor(() => expect(client.methodsCalled()).toEqual(["inviteUser", "getRoomState"]));
  });
});

describe("MemberActions: wording by membership", () => {
  it("calls removing an invited member 'Withdraw invite'", () => {
    setUp({ roomState: { roomId: capturedRoomId, events: withBob("invite") } });
    expect(buttonsOf()).toEqual(["Withdraw invite", "Ban"]);
  });

  it("offers to accept or decline a knock", () => {
    setUp({ roomState: { roomId: capturedRoomId, events: withBob("knock") } });
    expect(buttonsOf()).toEqual(["Accept request", "Decline request", "Ban"]);
  });

  it("offers only Unban for a banned member", () => {
    setUp({ roomState: { roomId: capturedRoomId, events: withBob("ban") } });
    expect(buttonsOf()).toEqual(["Unban"]);
  });

  it("speaks Polish", async () => {
    const { user } = setUp({ roomState: { roomId: capturedRoomId, events: withBob("invite") } }, "pl");
    expect(buttonsOf()).toEqual(["Wycofaj zaproszenie", "Zbanuj"]);
    await user.click(screen.getByRole("button", { name: "Wycofaj zaproszenie" }));
    dialogTitled("Wycofać zaproszenie dla Bob (@bob:localhost)?");
  });

  it.each([
    ["invite", "Withdraw invite", "kickUser", "leave", "Withdrawing the invite…", "Invite withdrawn"],
    ["knock", "Decline request", "kickUser", "leave", "Declining the request to join…", "Request to join declined"],
    ["knock", "Accept request", "inviteUser", "invite", "Accepting the request to join…", "Request accepted: invite sent"],
  ] as const)(
    "announces '%s' member's %s in its own words, not as a removal or a plain invite",
    async (before, button, method, after, pendingText, doneText) => {
      const { client, user } = setUp({ roomState: { roomId: capturedRoomId, events: withBob(before) } });
      client.respond(method, "hold");
      client.respond("getRoomState", { value: withBob(after) });
      await user.click(screen.getByRole("button", { name: button }));
      await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: button }));
      expect(screen.getByRole("status")).toHaveTextContent(pendingText);
      client.callsTo(method)[0]?.resolve(undefined);
      await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(doneText));
    },
  );

  it("announces in Polish too", async () => {
    const { client, user } = setUp({ roomState: { roomId: capturedRoomId, events: withBob("knock") } }, "pl");
    client.respond("getRoomState", { value: withBob("leave") });
    await user.click(screen.getByRole("button", { name: "Odrzuć prośbę" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Odrzuć prośbę" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Odrzucono prośbę o dołączenie"));
  });

  it("names the member by user ID alone when there is no display name", () => {
    setUp({ targetName: undefined });
    expect(screen.getByRole("group")).toHaveAccessibleName("Actions for @bob:localhost");
  });
});

describe("MemberActions: pending, failure and the server's answer", () => {
  it("keeps the pressed button focusable but inert while the request runs", async () => {
    const { client, user } = setUp();
    client.respond("kickUser", "hold");
    await user.click(screen.getByRole("button", { name: "Remove" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Remove" }));
    const pending = screen.getByRole("button", { name: "Remove" });
    expect(pending).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("status")).toHaveTextContent("Removing…");
    await user.click(pending);
    await user.click(screen.getByRole("button", { name: "Ban" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(client.methodsCalled()).toEqual(["kickUser"]);
  });

  it("shows the error code's message when the server refuses", async () => {
    const { client, user } = setUp();
    client.respond("banUser", { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN", error: "<b>no</b>" } }) });
    await user.click(screen.getByRole("button", { name: "Ban" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Ban" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("You are not allowed to ban people from this room.");
    expect(screen.getByRole("alert")).not.toHaveTextContent("no</b>");
    expect(buttonsOf()).toEqual(["Remove", "Ban"]);
  });

  it("shows the list as the server has it, not as guessed: a ban the server did not apply leaves Ban", async () => {
    const { client, user } = setUp();
    client.respond("getRoomState", { value: withBob("join") });
    await user.click(screen.getByRole("button", { name: "Ban" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Ban" }));
    await waitFor(() => expect(screen.getByRole("group")).toHaveAttribute("data-state", "succeeded"));
    expect(buttonsOf()).toEqual(["Remove", "Ban"]);
  });

  it("offers to update the list when the state read after the action fails", async () => {
    const { client, user } = setUp();
    client.respondOnce("getRoomState", { error: new MatrixApiError({ status: 502, body: {} }) });
    client.respond("getRoomState", { value: withBob("ban") });
    await user.click(screen.getByRole("button", { name: "Ban" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Ban" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Done, but the member list could not be updated.");
    await user.click(screen.getByRole("button", { name: "Update the list" }));
    await waitFor(() => expect(buttonsOf()).toEqual(["Unban"]));
    expect(client.methodsCalled()).toEqual(["banUser", "getRoomState", "getRoomState"]);
  });

  it("keeps focus inside the actions when the pressed button disappears", async () => {
    const { client, user } = setUp({ roomState: { roomId: capturedRoomId, events: withBob("ban") } });
    client.respond("getRoomState", { value: withBob("leave") });
    await user.click(screen.getByRole("button", { name: "Unban" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Unban" }));
    await waitFor(() => expect(buttonsOf()).toEqual(["Invite", "Ban"]));
    expect(screen.getByRole("group").contains(document.activeElement)).toBe(true);
  });

  it("puts focus on the result message, not round the whole group, after Remove", async () => {
    const { client, user } = setUp({ roomState: { roomId: capturedRoomId, events: withBob("join") } });
    client.respond("getRoomState", { value: withBob("leave") });
    await user.click(screen.getByRole("button", { name: "Remove" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(buttonsOf()).toEqual(["Invite", "Ban"]));
    const focused = document.activeElement as HTMLElement;
    expect(focused).not.toBe(screen.getByRole("group"));
    expect(focused).toHaveClass("mmui-member-actions__result");
    expect(focused.textContent).not.toBe("");
  });
});

describe("MemberActions: another member in the same place", () => {
  const CAROL = "@carol:localhost";
  const withBobAndCarol = liveState({
    roomVersion: "11",
    members: { [ALICE]: { membership: "join" }, [BOB]: { membership: "join" }, [CAROL]: { membership: "join" } },
  });

  function renderFor(targetId: string, client: ReturnType<typeof createRecordingClient>) {
    return (
      <I18nProvider locale="en">
        <MemberActions client={client} roomState={{ roomId: capturedRoomId, events: withBobAndCarol }} actorId={ALICE} targetId={targetId} />
      </I18nProvider>
    );
  }

  it("does not show or announce Bob's pending ban as Carol's once the panel moves to Carol", async () => {
    const client = createRecordingClient({ userId: ALICE });
    const user = userEvent.setup();
    client.respond("banUser", "hold");
    const { rerender } = render(renderFor(BOB, client));
    await user.click(screen.getByRole("button", { name: "Ban" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Ban" }));
    expect(screen.getByRole("button", { name: "Ban" })).toHaveAttribute("aria-disabled", "true");

    rerender(renderFor(CAROL, client));
    await waitFor(() => expect(screen.getByRole("group")).toHaveAttribute("data-state", "idle"));
    expect(screen.getByRole("button", { name: "Ban" })).not.toHaveAttribute("aria-disabled", "true");

    client.callsTo("banUser")[0]?.resolve(undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole("status")).not.toHaveTextContent("Banned");
    expect(client.methodsCalled()).toEqual(["banUser"]);

    await user.click(screen.getByRole("button", { name: "Ban" }));
    expect(within(screen.getByRole("dialog")).getByRole("heading")).toHaveTextContent("Ban @carol:localhost?");
  });

  it("closes a dialog opened for Bob when the panel moves to Carol, so it cannot act on her", async () => {
    const client = createRecordingClient({ userId: ALICE });
    const user = userEvent.setup();
    const { rerender } = render(renderFor(BOB, client));
    await user.click(screen.getByRole("button", { name: "Remove" }));
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    rerender(renderFor(CAROL, client));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(client.calls).toHaveLength(0);
  });
});

describe("MemberActions: keyboard only", () => {
  it("bans with Tab and Enter, returns focus to Ban after a refusal, and retries from there", async () => {
    const { client, user } = setUp();
    client.respondOnce("banUser", { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) });
    client.respond("getRoomState", { value: withBob("ban") });
    await user.tab();
    expect(screen.getByRole("button", { name: "Remove" })).toHaveFocus();
    await user.tab();
    const ban = screen.getByRole("button", { name: "Ban" });
    expect(ban).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(within(screen.getByRole("dialog")).getByLabelText("Reason (optional)")).toHaveFocus();
    await user.keyboard("spam");
    await user.tab();
    await user.tab();
    expect(within(screen.getByRole("dialog")).getByRole("button", { name: "Ban" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("You are not allowed to ban people from this room.");
    expect(ban).toHaveFocus();

    await user.keyboard("{Enter}");
    expect(within(screen.getByRole("dialog")).getByLabelText("Reason (optional)")).toHaveValue("");
    await user.tab();
    await user.tab();
    await user.keyboard(" ");
    await waitFor(() => expect(buttonsOf()).toEqual(["Unban"]));
    expect(client.methodsCalled()).toEqual(["banUser", "banUser", "getRoomState"]);
    expect(screen.getByRole("group").contains(document.activeElement)).toBe(true);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("MemberActions: element props", () => {
  it("passes className, ref and other attributes through", () => {
    const ref = { current: null as HTMLDivElement | null };
    setUp({ className: "mine", ref, "data-testid": "actions" } as Partial<MemberActionsProps>);
    const group = screen.getByTestId("actions");
    expect(group).toHaveClass("mmui-member-actions", "mine");
    expect(ref.current).toBe(group);
  });
});

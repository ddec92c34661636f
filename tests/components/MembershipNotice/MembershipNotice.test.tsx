import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { MembershipNotice } from "../../../src/components/MembershipNotice/MembershipNotice";
import type { MembershipNoticeProps } from "../../../src/components/MembershipNotice/MembershipNotice";
import { MatrixApiError } from "../../../src/core/client/errors";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { loadLocale } from "../../../src/i18n/loadLocale";
import { createRecordingClient } from "../../support/recordingClient";
import type { RecordedCall } from "../../support/recordingClient";
import {
  banned,
  declinedInvite,
  declinedRoomId,
  inviteDeclined,
  inviteWithdrawn,
  kickedFromKnockRestrictedRoom,
  kickedFromKnockRoom,
  kickedFromPrivateRoom,
  kickedFromPublicRoom,
  kickedFromRestrictedRoom,
  knockDeclined,
  knockWithdrawn,
  leftPublicRoom,
  leftRoomId,
  unbannedInPublicRoom,
} from "./leaveEntries";

beforeAll(async () => {
  await loadLocale("pl");
});

function setUp(props: Partial<MembershipNoticeProps> & { leaveEntry: unknown }, locale = "en") {
  const client = createRecordingClient();
  const user = userEvent.setup();
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale={locale}>{children}</I18nProvider>;
  const view = render(<MembershipNotice client={client} roomId={leftRoomId} userId="@bob:localhost" {...props} />, { wrapper });
  return { client, user, ...view };
}

const heading = () => screen.getByRole("heading").textContent;
const buttons = () => screen.queryAllByRole("button").map((button) => button.textContent);

describe("MembershipNotice: why the user is out", () => {
  it.each([
    [kickedFromPublicRoom, "kicked", "You were removed from Design Review by Alice Liddell", "Reason: “spam”", ["Rejoin", "Forget this room"]],
    [kickedFromPrivateRoom, "kicked", "You were removed from Design Review by Alice Liddell", "Reason: “spam”", ["Forget this room"]],
    [banned, "banned", "You were banned from Design Review by Alice Liddell", "Reason: “more spam”", ["Forget this room"]],
    [leftPublicRoom, "left", "You left Design Review", "Reason: “bye”", ["Rejoin", "Forget this room"]],
    [inviteWithdrawn, "invite_revoked", "Your invite to Design Review was withdrawn by Alice Liddell", "Reason: “oops”", ["Forget this room"]],
    [knockDeclined, "knock_denied", "Your request to join Design Review was declined by Alice Liddell", "Reason: “not now”", ["Forget this room"]],
  ])("reads entry %# as %s", (leaveEntry, kind, title, reason, actions) => {
    setUp({ leaveEntry });
    expect(screen.getByRole("article")).toHaveAttribute("data-kind", kind);
    expect(heading()).toBe(title);
    expect(screen.getByText(/^Reason:/)).toHaveTextContent(reason);
    expect(buttons()).toEqual(actions);
  });

  it.each([
    [inviteDeclined, "invite_rejected", "You declined the invite to Design Review", ["Forget this room"]],
    [knockWithdrawn, "knock_retracted", "You withdrew your request to join Design Review", ["Forget this room"]],
    [unbannedInPublicRoom, "unbanned", "Your ban from Design Review was lifted by Alice Liddell", ["Rejoin", "Forget this room"]],
  ])("tells entry %# (%s) as what happened, not as 'You left'", (leaveEntry, kind, title, actions) => {
    setUp({ leaveEntry });
    expect(screen.getByRole("article")).toHaveAttribute("data-kind", kind);
    expect(heading()).toBe(title);
    expect(buttons()).toEqual(actions);
  });

  it.each([
    [inviteDeclined, "Odrzucono zaproszenie do pokoju Design Review"],
    [knockWithdrawn, "Wycofano prośbę o dołączenie do pokoju Design Review"],
    [unbannedInPublicRoom, "Alice Liddell zdejmuje Ci bana w pokoju Design Review"],
  ])("tells entry %# in Polish", (leaveEntry, title) => {
    setUp({ leaveEntry }, "pl");
    expect(heading()).toBe(title);
  });

  it("names the captured decline of a DM after its inviter (unsigned.prev_sender), not the room ID", () => {
    setUp({ leaveEntry: declinedInvite, roomId: declinedRoomId });
    expect(heading()).toBe("You declined @alice:localhost's chat invite");
    expect(heading()).not.toContain(declinedRoomId);
    expect(screen.getByText(/^Reason:/)).toHaveTextContent("Reason: “Not now”");
  });

  it("names the inviter of a declined DM with the display name the host knows", () => {
    const getMemberName = (userId: string) => (userId === "@alice:localhost" ? "Alice" : undefined);
    setUp({ leaveEntry: declinedInvite, roomId: declinedRoomId, getMemberName });
    expect(heading()).toBe("You declined Alice's chat invite");
  });

  it("names a declined DM in Polish", () => {
    setUp({ leaveEntry: declinedInvite, roomId: declinedRoomId }, "pl");
    return waitFor(() => expect(heading()).toBe("Odrzucono zaproszenie do rozmowy od @alice:localhost"));
  });

  it("uses the room name the host knows", () => {
    setUp({ leaveEntry: inviteDeclined, roomName: { kind: "named", name: "Planning" } });
    expect(heading()).toBe("You declined the invite to Planning");
  });

  it("survives a malformed entry", () => {
    setUp({ leaveEntry: { timeline: { events: [null, 5, { type: "m.room.member" }] }, state: "x" } });
    expect(heading()).toBe(`You left ${leftRoomId}`);
    expect(buttons()).toEqual(["Forget this room"]);
  });

  it("keeps names and reasons as isolated plain text", () => {
    const hostile = {
      ...kickedFromPrivateRoom,
      timeline: { events: [{ ...kickedFromPrivateRoom.timeline.events[0], content: { membership: "leave", reason: "<b>x</b>" } }] },
    };
    const { container } = setUp({ leaveEntry: hostile });
    expect(container.querySelector("b")).toBeNull();
    expect(screen.getByText("<b>x</b>").tagName).toBe("BDI");
  });

  it("speaks Polish", () => {
    setUp({ leaveEntry: banned }, "pl");
    expect(heading()).toBe("Alice Liddell banuje Cię w pokoju Design Review");
    expect(buttons()).toEqual(["Zapomnij ten pokój"]);
  });
});

describe("MembershipNotice: rejoin and forget", () => {
  it("rejoins a public room", async () => {
    const onRejoined = vi.fn();
    const { client, user } = setUp({ leaveEntry: kickedFromPublicRoom, onRejoined });
    await user.click(screen.getByRole("button", { name: "Rejoin" }));
    await waitFor(() => expect(onRejoined).toHaveBeenCalledWith(leftRoomId));
    expect(client.callsTo("joinRoom")[0]?.args[0]).toBe(leftRoomId);
  });

  it("forgets the room, says so and offers nothing more", async () => {
    const onForgotten = vi.fn();
    const { client, user } = setUp({ leaveEntry: banned, onForgotten });
    await user.click(screen.getByRole("button", { name: "Forget this room" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Room forgotten"));
    expect(client.callsTo("forgetRoom")[0]?.args[0]).toBe(leftRoomId);
    expect(onForgotten).toHaveBeenCalledWith(leftRoomId);
    expect(buttons()).toEqual([]);
  });

  it("ignores presses while a request runs", async () => {
    const { client, user } = setUp({ leaveEntry: kickedFromPublicRoom });
    client.respond("joinRoom", "hold");
    await user.click(screen.getByRole("button", { name: "Rejoin" }));
    await user.click(screen.getByRole("button", { name: "Rejoin" }));
    await user.click(screen.getByRole("button", { name: "Forget this room" }));
    expect(client.methodsCalled()).toEqual(["joinRoom"]);
    expect(screen.getByRole("status")).toHaveTextContent("Rejoining…");
  });

  it("shows a failed rejoin by its code and allows another try", async () => {
    const { client, user } = setUp({ leaveEntry: kickedFromPublicRoom });
    client.respondOnce("joinRoom", { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) });
    await user.click(screen.getByRole("button", { name: "Rejoin" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("You do not have permission to do this.");
    await user.click(screen.getByRole("button", { name: "Rejoin" }));
    await waitFor(() => expect(client.callsTo("joinRoom")).toHaveLength(2));
  });

  it("calls nothing back after unmount", async () => {
    const onForgotten = vi.fn();
    const { client, user, unmount } = setUp({ leaveEntry: banned, onForgotten });
    client.respond("forgetRoom", "hold");
    await user.click(screen.getByRole("button", { name: "Forget this room" }));
    unmount();
    client.callsTo("forgetRoom")[0]?.resolve(undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onForgotten).not.toHaveBeenCalled();
  });
});

describe("MembershipNotice: joining again depends on the join rule", () => {
  it.each([
    ["restricted", kickedFromRestrictedRoom, ["Try to rejoin", "Forget this room"]],
    ["knock_restricted", kickedFromKnockRestrictedRoom, ["Try to rejoin", "Forget this room"]],
    ["knock", kickedFromKnockRoom, ["Forget this room"]],
    ["invite", kickedFromPrivateRoom, ["Forget this room"]],
  ])("after a removal from a %s room offers the buttons that rule allows", (_rule, leaveEntry, actions) => {
    setUp({ leaveEntry });
    expect(buttons()).toEqual(actions);
  });

  it("rejoins through the server of whoever removed the user", async () => {
    const { client, user } = setUp({ leaveEntry: kickedFromPublicRoom });
    await user.click(screen.getByRole("button", { name: "Rejoin" }));
    await waitFor(() => expect(client.callsTo("joinRoom")).toHaveLength(1));
    expect(client.callsTo("joinRoom")[0]?.args[1]).toEqual({ via: ["localhost"] });
  });

  it("says why a restricted room refused, instead of a bare 'no permission'", async () => {
    const { client, user } = setUp({ leaveEntry: kickedFromRestrictedRoom });
    client.respondOnce("joinRoom", { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) });
    await user.click(screen.getByRole("button", { name: "Try to rejoin" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "You cannot rejoin: only members of certain other rooms or spaces may join this room. Ask someone in it for an invite.",
    );
    expect(screen.getByRole("button", { name: "Try to rejoin" })).toBeInTheDocument();
  });

  it("says it in Polish too", async () => {
    const { client, user } = setUp({ leaveEntry: kickedFromRestrictedRoom }, "pl");
    client.respondOnce("joinRoom", { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) });
    await user.click(screen.getByRole("button", { name: "Spróbuj dołączyć ponownie" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/^Nie możesz dołączyć ponownie: do tego pokoju mogą dołączać tylko/);
  });

  it("joins a restricted room when the server lets the user in", async () => {
    const onRejoined = vi.fn();
    const { user } = setUp({ leaveEntry: kickedFromRestrictedRoom, onRejoined });
    await user.click(screen.getByRole("button", { name: "Try to rejoin" }));
    await waitFor(() => expect(onRejoined).toHaveBeenCalledWith(leftRoomId));
  });
});

describe("MembershipNotice: focus and element props", () => {
  it("keeps focus on the notice when forgetting removes the buttons", async () => {
    const { user } = setUp({ leaveEntry: banned });
    await user.click(screen.getByRole("button", { name: "Forget this room" }));
    await waitFor(() => expect(screen.getByRole("article")).toHaveFocus());
  });

  it("passes className and ref through", () => {
    const ref = { current: null as HTMLElement | null };
    setUp({ leaveEntry: banned, className: "mine", ref });
    expect(screen.getByRole("article")).toHaveClass("mmui-membership-notice", "mine");
    expect(ref.current).toBe(screen.getByRole("article"));
  });
});

describe("MembershipNotice: another room in the same place", () => {
  it.each([
    ["forget answer", (call: RecordedCall<"forgetRoom">) => call.resolve(undefined)],
    ["forget failure", (call: RecordedCall<"forgetRoom">) => call.reject(new MatrixApiError({ status: 500, body: {} }))],
  ])("does not show or report the previous room's late %s once the notice moves on", async (_label, settle) => {
    const client = createRecordingClient();
    const user = userEvent.setup();
    const onForgotten = vi.fn();
    client.respond("forgetRoom", "hold");
    const ui = (roomId: string, leaveEntry: unknown) => (
      <I18nProvider locale="en">
        <MembershipNotice client={client} roomId={roomId} userId="@bob:localhost" leaveEntry={leaveEntry} onForgotten={onForgotten} />
      </I18nProvider>
    );
    const { rerender } = render(ui(leftRoomId, banned));
    await user.click(screen.getByRole("button", { name: "Forget this room" }));
    expect(screen.getByRole("status")).toHaveTextContent("Forgetting…");

    rerender(ui(declinedRoomId, declinedInvite));
    await waitFor(() => expect(screen.getByRole("article")).toHaveAttribute("data-state", "idle"));
    const late = client.callsTo("forgetRoom")[0];
    if (!late) throw new Error("expected a forget request");
    settle(late);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole("article")).toHaveAttribute("data-state", "idle");
    expect(screen.getByRole("status")).not.toHaveTextContent("Room forgotten");
    expect(buttons()).toEqual(["Forget this room"]);
    expect(screen.getByRole("button", { name: "Forget this room" })).not.toHaveAttribute("aria-disabled", "true");
    expect(onForgotten).not.toHaveBeenCalled();
  });
});

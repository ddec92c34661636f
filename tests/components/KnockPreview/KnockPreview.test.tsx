import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { KnockPreview } from "../../../src/components/KnockPreview/KnockPreview";
import type { KnockPreviewProps } from "../../../src/components/KnockPreview/KnockPreview";
import { MatrixApiError } from "../../../src/core/client/errors";
import type { MembershipClient } from "../../../src/core/client/types";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { loadLocale } from "../../../src/i18n/loadLocale";
import { createRecordingClient } from "../../support/recordingClient";
import type { RecordedCall, RecordingClient } from "../../support/recordingClient";
import { capturedKnockReason, knockRoomId, knockRoomSummary, pendingKnockSummary } from "./summaries";

beforeAll(async () => {
  await loadLocale("pl");
});

function setUp(props: Partial<KnockPreviewProps> = {}, options: { summary?: unknown; locale?: string; client?: RecordingClient } = {}) {
  const client = options.client ?? createRecordingClient({ answers: { getRoomSummary: { value: (options.summary ?? knockRoomSummary) as Record<string, unknown> } } });
  const user = userEvent.setup();
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale={options.locale ?? "en"}>{children}</I18nProvider>;
  const view = render(<KnockPreview client={client} roomIdOrAlias="#knock:localhost" {...props} />, { wrapper });
  return { client, user, ...view };
}

describe("KnockPreview: asking to join", () => {
  it("shows the room from its summary and asks to join with a reason", async () => {
    const onKnocked = vi.fn();
    const { client, user } = setUp({ onKnocked });
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(await screen.findByRole("heading", { name: "Knock Knock" })).toBeInTheDocument();
    expect(document.querySelector(".mmui-knock-preview__topic")).toHaveTextContent("Ask to join");
    expect(screen.getByText("1 member")).toBeInTheDocument();
    expect(client.callsTo("getRoomSummary")[0]?.args[0]).toBe("#knock:localhost");

    await user.type(screen.getByLabelText("Message to the room's moderators (optional)"), "Please let me in");
    await user.click(screen.getByRole("button", { name: "Ask to join" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Request sent"));
    expect(client.callsTo("knockRoom")[0]?.args[0]).toBe("#knock:localhost");
    expect(client.callsTo("knockRoom")[0]?.options.reason).toBe("Please let me in");
    expect(onKnocked).toHaveBeenCalledWith("!joined:localhost");
    expect(screen.getByRole("article")).toHaveAttribute("data-state", "sent");
  });

  it("passes via servers to the summary and the knock", async () => {
    const { client, user } = setUp({ roomIdOrAlias: knockRoomId, via: ["localhost"] });
    await user.click(await screen.findByRole("button", { name: "Ask to join" }));
    await waitFor(() => expect(client.callsTo("knockRoom")).toHaveLength(1));
    expect(client.callsTo("getRoomSummary")[0]?.options.via).toEqual(["localhost"]);
    expect(client.callsTo("knockRoom")[0]?.options.via).toEqual(["localhost"]);
  });

  it("ignores a second press while the request is in flight", async () => {
    const { client, user } = setUp();
    client.respond("knockRoom", "hold");
    const button = await screen.findByRole("button", { name: "Ask to join" });
    await user.click(button);
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.click(button);
    expect(client.callsTo("knockRoom")).toHaveLength(1);
    expect(screen.getByRole("status")).toHaveTextContent("Sending your request…");
  });

  it("says when a room does not take knocks, and offers no button", async () => {
    setUp({}, { summary: { ...knockRoomSummary, join_rule: "invite" } });
    expect(await screen.findByText("This room does not take requests to join.")).toBeInTheDocument();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it.each([
    ["ban", "banned", "You are banned from this room, so you cannot ask to join."],
    ["join", "joined", "You are already a member of this room."],
  ])("offers no request when the summary says the user's membership is %s", async (membership, state, text) => {
    const { client } = setUp({}, { summary: { ...knockRoomSummary, membership } });
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.getByRole("article")).toHaveAttribute("data-state", state);
    expect(screen.queryByRole("button")).toBeNull();
    expect(client.callsTo("knockRoom")).toHaveLength(0);
  });

  it("says so in Polish for a banned user", async () => {
    setUp({}, { summary: { ...knockRoomSummary, membership: "ban" }, locale: "pl" });
    expect(await screen.findByText("Masz bana w tym pokoju, więc nie możesz poprosić o dołączenie.")).toBeInTheDocument();
  });

  it.each([
    ["knock_restricted", "9"],
    ["knock", "6"],
  ])("offers no request for a %s room of version %s, whose auth rules refuse knocks", async (joinRule, version) => {
    const { client } = setUp({}, { summary: { ...knockRoomSummary, join_rule: joinRule, room_version: version } });
    expect(await screen.findByText("This room does not take requests to join.")).toBeInTheDocument();
    expect(screen.queryByRole("button")).toBeNull();
    expect(client.callsTo("knockRoom")).toHaveLength(0);
  });

  it("offers a request for a knock_restricted room of version 10", async () => {
    setUp({}, { summary: { ...knockRoomSummary, join_rule: "knock_restricted", room_version: "10" } });
    expect(await screen.findByRole("button", { name: "Ask to join" })).toBeInTheDocument();
  });

  it("accepts knock_restricted rooms", async () => {
    setUp({}, { summary: { ...knockRoomSummary, join_rule: "knock_restricted" } });
    expect(await screen.findByRole("button", { name: "Ask to join" })).toBeInTheDocument();
  });

  it("shows an unknown room as not found", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: { error: new MatrixApiError({ status: 404, body: { errcode: "M_NOT_FOUND" } }) } } });
    setUp({}, { client });
    expect(await screen.findByRole("alert")).toHaveTextContent("This room could not be found.");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("shows a refused knock and lets the person try again", async () => {
    const { client, user } = setUp();
    client.respondOnce("knockRoom", { error: new MatrixApiError({ status: 403, body: { errcode: "M_FORBIDDEN" } }) });
    await user.click(await screen.findByRole("button", { name: "Ask to join" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This room did not accept your request to join.");
    await user.click(screen.getByRole("button", { name: "Ask to join" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Request sent"));
  });

  it("treats the summary's text as plain text", async () => {
    setUp({}, { summary: { ...knockRoomSummary, name: "<img src=x onerror=alert(1)>", topic: "a\u202Eb" } });
    expect(await screen.findByRole("heading", { name: "<img src=x onerror=alert(1)>" })).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getByText("ab")).toBeInTheDocument();
  });
});

describe("KnockPreview: after asking", () => {
  it("shows a pending request from /sync with the message and a way to cancel it", async () => {
    const onCancelled = vi.fn();
    const { client, user } = setUp({ outcome: { status: "pending", reason: capturedKnockReason }, onCancelled }, { summary: pendingKnockSummary });
    expect(await screen.findByText("Request sent")).toBeInTheDocument();
    expect(screen.getByText(/Your message:/)).toHaveTextContent("Your message: Please let me in");
    await user.click(screen.getByRole("button", { name: "Cancel request" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Request withdrawn"));
    expect(client.callsTo("leaveRoom")[0]?.args[0]).toBe(knockRoomId);
    expect(onCancelled).toHaveBeenCalledWith(knockRoomId);
    expect(screen.getByRole("button", { name: "Ask again" })).toBeInTheDocument();
  });

  it("knows a pending request from the summary alone", async () => {
    setUp({}, { summary: pendingKnockSummary });
    expect(await screen.findByRole("button", { name: "Cancel request" })).toBeInTheDocument();
  });

  it("shows a declined request with the reason and lets the person ask again", async () => {
    setUp({ outcome: { status: "declined", reason: "not now" } });
    expect(await screen.findByText("Your request was declined")).toBeInTheDocument();
    expect(screen.getByText(/Reason:/)).toHaveTextContent("Reason: “not now”");
    expect(screen.getByRole("button", { name: "Ask again" })).toBeInTheDocument();
  });

  it("turns into an invitation when the request is accepted", async () => {
    const onViewInvite = vi.fn();
    const { user } = setUp({ outcome: { status: "accepted" }, onViewInvite, roomIdOrAlias: knockRoomId });
    expect(await screen.findByText("Your request was accepted: you are invited to join.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "View invite" }));
    expect(onViewInvite).toHaveBeenCalledWith(knockRoomId);
  });

  it("lets a newer outcome from /sync replace the last local action", async () => {
    const { user, rerender, client } = setUp();
    await user.click(await screen.findByRole("button", { name: "Ask to join" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Request sent"));
    rerender(<KnockPreview client={client} roomIdOrAlias="#knock:localhost" outcome={{ status: "accepted" }} />);
    await waitFor(() => expect(screen.getByRole("article")).toHaveAttribute("data-state", "accepted"));
  });

  it("speaks Polish", async () => {
    setUp({ outcome: { status: "declined", reason: "nie teraz" } }, { locale: "pl" });
    expect(await screen.findByText("Twoja prośba została odrzucona")).toBeInTheDocument();
    expect(screen.getByText("1 osoba")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Poproś ponownie" })).toBeInTheDocument();
  });

  it("aborts the summary request on unmount", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: "hold" } });
    const { unmount } = setUp({}, { client });
    const call = await client.waitForCall("getRoomSummary");
    unmount();
    expect(call.signal?.aborted).toBe(true);
  });
});

describe("KnockPreview: a late summary of the previous room", () => {
  it.each([
    ["answer", (call: RecordedCall<"getRoomSummary">) => call.resolve(knockRoomSummary)],
    ["failure", (call: RecordedCall<"getRoomSummary">) => call.reject(new MatrixApiError({ status: 500, body: {} }))],
  ])("keeps the next room shown when a client that ignores the signal delivers the old %s", async (_label, settleOld) => {
    const client = createRecordingClient({ answers: { getRoomSummary: "hold" } });
    const signals: (AbortSignal | undefined)[] = [];
    const deaf: MembershipClient = {
      ...client,
      getRoomSummary: (roomIdOrAlias, options) => {
        signals.push(options?.signal);
        return client.getRoomSummary(roomIdOrAlias, { ...options, signal: undefined });
      },
    };
    const other = { ...knockRoomSummary, room_id: "!other:localhost", name: "Other Room" };
    const ui = (roomIdOrAlias: string) => (
      <I18nProvider locale="en">
        <KnockPreview client={deaf} roomIdOrAlias={roomIdOrAlias} />
      </I18nProvider>
    );
    const { rerender } = render(ui("#knock:localhost"));
    const old = await client.waitForCall("getRoomSummary", 1);
    rerender(ui("!other:localhost"));
    const next = await client.waitForCall("getRoomSummary", 2);
    expect(signals.map((signal) => signal?.aborted)).toEqual([true, false]);
    next.resolve(other);
    expect(await screen.findByRole("heading", { name: "Other Room" })).toBeInTheDocument();

    await act(async () => settleOld(old));

    expect(screen.getByRole("heading", { name: "Other Room" })).toBeInTheDocument();
    expect(screen.getByRole("article")).toHaveAttribute("data-state", "form");
  });
});

describe("KnockPreview: focus", () => {
  it("moves focus to Cancel request once the request is sent, and back to the form once withdrawn", async () => {
    const { user } = setUp();
    await user.click(await screen.findByRole("button", { name: "Ask to join" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Cancel request" })).toHaveFocus());
    await user.click(screen.getByRole("button", { name: "Cancel request" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Ask again" })).toHaveFocus());
  });
});

describe("KnockPreview: another room in the same place", () => {
  it("does not carry the request sent to one room over to the next, nor cancel it from there", async () => {
    const client = createRecordingClient({ answers: { getRoomSummary: { value: knockRoomSummary } } });
    const user = userEvent.setup();
    const other = { ...knockRoomSummary, room_id: "!other:localhost", name: "Other Room" };
    const ui = (roomIdOrAlias: string) => (
      <I18nProvider locale="en">
        <KnockPreview client={client} roomIdOrAlias={roomIdOrAlias} />
      </I18nProvider>
    );
    const { rerender } = render(ui("#knock:localhost"));
    await user.click(await screen.findByRole("button", { name: "Ask to join" }));
    expect(await screen.findByRole("button", { name: "Cancel request" })).toBeInTheDocument();

    client.respond("getRoomSummary", { value: other });
    rerender(ui("!other:localhost"));
    expect(await screen.findByRole("heading", { name: "Other Room" })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Ask to join" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Cancel request" })).toBeNull();
    expect(screen.getByRole("article")).toHaveAttribute("data-state", "form");
    expect(client.callsTo("leaveRoom")).toHaveLength(0);
  });
});

import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InvitePreviewView } from "../../../src/components/InvitePreview/InvitePreviewView";
import type { InvitePreviewViewProps } from "../../../src/components/InvitePreview/InvitePreviewView";
import { MAX_NAME_LENGTH } from "../../../src/core/text";
import { I18nProvider } from "../../../src/i18n/I18nProvider";
import { findUnlocalizedText } from "../../../src/i18n/findUnlocalizedText";
import { loadLocale } from "../../../src/i18n/loadLocale";
import dm from "../../fixtures/invite-dm-unnamed.json";
import impersonation from "../../fixtures/invite-impersonation.json";
import lookalike from "../../fixtures/invite-lookalike-dm.json";
import namedRoom from "../../fixtures/invite-named-room-full.json";
import publicRoom from "../../fixtures/invite-public-room-alias-only.json";
import space from "../../fixtures/invite-space.json";
import { entryFromCapture, entryFromEvents, inviteEvents } from "./fixtures";

const ALICE = { userId: "@alice:localhost", displayName: "Alice Liddell" };

describe("InvitePreviewView: who invited", () => {
  it("always shows the inviter's user ID beside the display name", () => {
    render(<InvitePreviewView summary={entryFromCapture(impersonation).summary} />);
    const byline = screen.getByText(/Invited by/);
    expect(byline).toHaveTextContent("Invited by Alice Liddell (@alice:localhost)");
    expect(within(byline).getByText("@alice:localhost").tagName).toBe("BDI");
  });

  it("shows the lookalike's real user ID beside the borrowed name", () => {
    render(<InvitePreviewView summary={entryFromCapture(lookalike).summary} />);
    expect(screen.getByText(/Invited by/)).toHaveTextContent("Invited by Alice Liddell (@mallory:localhost)");
    expect(screen.queryByText(/could belong to someone else/)).not.toBeInTheDocument();
  });

  it("uses the direct-message wording for an is_direct invite", () => {
    render(<InvitePreviewView summary={entryFromCapture(dm).summary} />);
    // The title is "Alice Liddell" already: the line under it gives the user ID, not the name again.
    expect(screen.getByRole("heading")).toHaveTextContent("Alice Liddell");
    expect(screen.getByText(/wants to chat with you/)).toHaveTextContent(/^@alice:localhost wants to chat with you$/);
    expect(screen.getByText("Direct message")).toBeInTheDocument();
  });

  it("warns when the inviter uses the name of someone the user knows under another ID", () => {
    render(<InvitePreviewView summary={entryFromCapture(lookalike).summary} knownUsers={[ALICE]} />);
    expect(screen.getByText(/could belong to someone else/)).toBeInTheDocument();
  });

  it("does not warn about the real person behind a known name", () => {
    render(<InvitePreviewView summary={entryFromCapture(dm).summary} knownUsers={[ALICE]} />);
    expect(screen.queryByText(/could belong to someone else/)).not.toBeInTheDocument();
  });

  it("warns when the display name is shaped like another user ID", () => {
    const events = inviteEvents("@mallory:evil.example", [
      { type: "m.room.member", state_key: "@mallory:evil.example", sender: "@mallory:evil.example", content: { membership: "join", displayname: "@alice:localhost" } },
    ]);
    render(<InvitePreviewView summary={entryFromEvents("!room:evil.example", events).summary} />);
    expect(screen.getByText(/Invited by/)).toHaveTextContent("@alice:localhost (@mallory:evil.example)");
    expect(screen.getByText(/could belong to someone else/)).toBeInTheDocument();
  });

  it("uses the space wording", () => {
    render(<InvitePreviewView summary={entryFromCapture(space).summary} />);
    expect(screen.getByText(/invited you to join this space/)).toBeInTheDocument();
    expect(screen.getByText("Space")).toBeInTheDocument();
  });

  it("says so when the invite names no sender", () => {
    const events = [{ type: "m.room.member", state_key: "@bob:localhost", sender: "not a user id", content: { membership: "invite" } }];
    render(<InvitePreviewView summary={entryFromEvents("!room:localhost", events).summary} />);
    expect(screen.getByText("The invite does not say who sent it.")).toBeInTheDocument();
    expect(screen.getByText("This preview comes from the inviting server and may be out of date.")).toBeInTheDocument();
  });

  it("titles an invite with nothing known 'Unnamed room' and offers no '…and ignore' with nobody to ignore", () => {
    const events = [{ type: "m.room.member", state_key: "@bob:localhost", sender: "not a user id", content: { membership: "invite" } }];
    render(<InvitePreviewView summary={entryFromEvents("!room:localhost", events).summary} />);
    expect(screen.getByRole("heading")).toHaveTextContent("Unnamed room");
    expect(screen.getByRole("button", { name: "Decline" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Decline and ignore/ })).not.toBeInTheDocument();
  });
});

describe("InvitePreviewView: the room", () => {
  it("names the article after the room and offers the heading level asked for", () => {
    render(<InvitePreviewView summary={entryFromCapture(namedRoom).summary} headingLevel={2} />);
    expect(screen.getByRole("article", { name: "Design Review" })).toHaveAttribute("data-state", "idle");
    expect(screen.getByRole("heading", { level: 2, name: "Design Review" })).toBeInTheDocument();
    const badges = screen.getByRole("list", { name: "Room details" });
    expect(within(badges).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Encrypted", "Invite only"]);
    expect(screen.getByText(/comes from the inviting server/)).toHaveTextContent("(localhost)");
  });

  it("marks a public room", () => {
    render(<InvitePreviewView summary={entryFromCapture(publicRoom).summary} />);
    expect(screen.getByRole("heading", { name: "#lobby:localhost" })).toBeInTheDocument();
    expect(screen.getByText("Public")).toBeInTheDocument();
  });

  it("hides the invite message until asked, then shows it as plain text", async () => {
    const user = userEvent.setup();
    render(<InvitePreviewView summary={entryFromCapture(namedRoom).summary} />);
    expect(screen.queryByText("Join us for the review")).not.toBeInTheDocument();
    const toggle = screen.getByRole("button", { name: "Show message" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");

    await user.click(toggle);

    expect(screen.getByText("Join us for the review").tagName).toBe("BDI");
    expect(screen.getByRole("button", { name: "Hide message" })).toHaveAttribute("aria-expanded", "true");
  });

  it("offers Show more only for a topic long enough to be clamped", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<InvitePreviewView summary={entryFromCapture(namedRoom).summary} />);
    expect(screen.getByText("Weekly review of UI designs. Bring screenshots.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Show more" })).not.toBeInTheDocument();
    unmount();

    const long = "A very long topic. ".repeat(40);
    const events = inviteEvents("@alice:localhost", [{ type: "m.room.topic", state_key: "", sender: "@alice:localhost", content: { topic: long } }]);
    render(<InvitePreviewView summary={entryFromEvents("!long:localhost", events).summary} />);
    const more = screen.getByRole("button", { name: "Show more" });
    await user.click(more);
    expect(screen.getByRole("button", { name: "Show less" })).toHaveAttribute("aria-expanded", "true");
    expect(document.querySelector("[data-expanded]")).toHaveAttribute("data-expanded", "true");
  });
});

describe("InvitePreviewView: hostile input stays inert", () => {
  it("renders markup, bidi overrides, a megabyte name and a javascript: avatar as harmless text", () => {
    const huge = "W".repeat(1_000_000);
    const events = inviteEvents(
      "@mallory:evil.example",
      [
        { type: "m.room.name", state_key: "", sender: "@mallory:evil.example", content: { name: `<img src=x onerror="alert(1)">\u202Egnp.exe${huge}` } },
        { type: "m.room.avatar", state_key: "", sender: "@mallory:evil.example", content: { url: "javascript:alert(1)" } },
        { type: "m.room.topic", state_key: "", sender: "@mallory:evil.example", content: { topic: "<script>alert(1)</script>" } },
        { type: "m.room.member", state_key: "@mallory:evil.example", sender: "@mallory:evil.example", content: { membership: "join", displayname: "\u202EecilA" } },
      ],
      { reason: "<a href='javascript:alert(1)'>click</a>" },
    );
    const fetchThumbnail = vi.fn(async () => new Blob());
    const { container } = render(
      <InvitePreviewView summary={entryFromEvents("!evil:evil.example", events).summary} client={{ fetchThumbnail }} mediaPolicy={{ showAvatars: true }} />,
    );

    expect(container.querySelector("img, script, a, [href], [src]")).toBeNull();
    expect(fetchThumbnail).not.toHaveBeenCalled();
    const heading = screen.getByRole("heading");
    expect(heading.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(heading.textContent).not.toContain("\u202E");
    expect(heading.textContent!.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(screen.getByText(/Invited by/).textContent).not.toContain("\u202E");
    expect(screen.getByText("<script>alert(1)</script>")).toBeInTheDocument();
    const isolated = [...container.querySelectorAll("bdi")];
    expect(isolated.map((bdi) => bdi.textContent).join("\n")).toContain("ecilA");
    for (const bdi of isolated) expect(bdi).toHaveAttribute("dir", "auto");
  });
});

describe("InvitePreviewView: states", () => {
  it("keeps every button but the pending one out of reach while declining", () => {
    render(<InvitePreviewView summary={entryFromCapture(namedRoom).summary} status="declining" />);
    expect(screen.getByRole("button", { name: "Decline" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: "Accept" })).toBeDisabled();
  });

  it("enables Try again and says so once a rate-limit wait is over", async () => {
    const onRetry = vi.fn();
    // 1.9 s: still "2 seconds" when rendering takes a while on a busy machine.
    const error = { code: "rate_limited", action: "accept", retryAfterMs: 1900, retryAt: Date.now() + 1900 } as const;
    render(<InvitePreviewView summary={entryFromCapture(namedRoom).summary} status="error" error={error} onRetry={onRetry} />);
    const retry = screen.getByRole("button", { name: "Try again" });
    expect(retry).toBeDisabled();
    expect(screen.getByText(/You can try again in 2 seconds/, { selector: "p" })).toBeInTheDocument();

    await waitFor(() => expect(retry).toBeEnabled(), { timeout: 3000 });
    expect(screen.getByRole("status")).toHaveTextContent("You can try again now.");
    await userEvent.setup().click(retry);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("hands an ended session to the host with Sign in again, and offers no Try again", async () => {
    const onSignInAgain = vi.fn();
    const onRetry = vi.fn();
    const error = { code: "unauthorized", action: "accept" } as const;
    render(<InvitePreviewView summary={entryFromCapture(namedRoom).summary} status="error" error={error} onRetry={onRetry} onSignInAgain={onSignInAgain} onReset={vi.fn()} />);
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
    const panel = screen.getByText("Your session has expired. Sign in again to continue.", { selector: "p" }).parentElement as HTMLElement;
    expect(within(panel).getAllByRole("button").map((button) => button.textContent)).toEqual(["Sign in again", "Cancel"]);
    await userEvent.setup().click(screen.getByRole("button", { name: "Sign in again" }));
    expect(onSignInAgain).toHaveBeenCalledTimes(1);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it.each([
    ["accept", "You are not allowed to join this room."],
    ["decline", "The server did not let you decline this invite."],
  ] as const)("says what was refused when the server forbids the %s", (action, message) => {
    render(<InvitePreviewView summary={entryFromCapture(namedRoom).summary} status="error" error={{ code: "forbidden", action }} onReset={vi.fn()} />);
    expect(screen.getByText(message, { selector: "p" })).toBeInTheDocument();
    expect(screen.queryByText("You do not have permission to do this.")).not.toBeInTheDocument();
  });

  it("writes a wait of 3,593 seconds as an hour, once", () => {
    const error = { code: "rate_limited", action: "accept", retryAfterMs: 3_593_000, retryAt: Date.now() + 3_593_000 } as const;
    render(<InvitePreviewView summary={entryFromCapture(namedRoom).summary} status="error" error={error} onRetry={vi.fn()} />);
    expect(screen.getByText("Too many requests. You can try again in 1 hour.", { selector: "p" })).toBeInTheDocument();
    expect(screen.getByRole("article")).not.toHaveTextContent(/second|3,593|3593/);
  });

  it("lists the decline's extra steps that failed", () => {
    render(
      <InvitePreviewView
        summary={entryFromCapture(namedRoom).summary}
        status="declined"
        declineOutcome={{ failedSteps: [{ step: "report", code: "network" }] }}
      />,
    );
    expect(screen.getByText("The report could not be sent.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Accept" })).not.toBeInTheDocument();
  });

  it("does not announce the outcome again when a host re-renders with an equal new outcome object", () => {
    const summary = entryFromCapture(namedRoom).summary;
    const outcome = () => ({ failedSteps: [{ step: "report" as const, code: "network" as const }] });
    const view = render(<InvitePreviewView summary={summary} status="declined" declineOutcome={outcome()} />);
    const announced = screen.getByRole("status").firstElementChild;
    expect(announced).not.toBeNull();
    expect(announced?.textContent).not.toBe("");

    view.rerender(<InvitePreviewView summary={summary} status="declined" declineOutcome={outcome()} />);

    expect(screen.getByRole("status").firstElementChild).toBe(announced);
  });

  it("opens the decline-and-block dialog and declines with its request", async () => {
    const user = userEvent.setup();
    const onDecline = vi.fn();
    render(
      <InvitePreviewView
        summary={entryFromCapture(namedRoom).summary}
        onDecline={onDecline}
        renderDeclineDialog={({ open, inviterId, onConfirm }) =>
          open ? (
            <button type="button" onClick={() => onConfirm({ ignoreInviter: true, reason: "spam" })}>
              confirm {inviterId}
            </button>
          ) : null
        }
      />,
    );
    await user.click(screen.getByRole("button", { name: "Decline and ignore…" }));
    await user.click(screen.getByRole("button", { name: "confirm @alice:localhost" }));
    expect(onDecline).toHaveBeenCalledExactlyOnceWith({ ignoreInviter: true, reason: "spam" });
  });
});

describe("InvitePreviewView: words", () => {
  it("speaks Polish with the right plural form", async () => {
    const { catalog } = await loadLocale("pl");
    const live = { ...entryFromCapture(namedRoom).summary, trusted: true, joinedMemberCount: 5 };
    render(
      <I18nProvider locale="pl" catalog={catalog}>
        <InvitePreviewView summary={entryFromCapture(namedRoom).summary} status="accepted" liveSummary={live} />
      </I18nProvider>,
    );
    expect(screen.getByText("5 osób")).toBeInTheDocument();
  });

  it.each([
    ["idle", {}],
    ["accepting", { status: "accepting" }],
    ["accepted", { status: "accepted", liveSummary: { ...entryFromCapture(namedRoom).summary, trusted: true, joinedMemberCount: 2 } }],
    ["declined with failures", { status: "declined", declineOutcome: { failedSteps: [{ step: "forget", code: "unknown" }] } }],
    ["network error", { status: "error", error: { code: "network", action: "accept", requestMayHaveReachedServer: true } }],
    ["revoked", { status: "error", error: { code: "invite_revoked", action: "decline" } }],
    ["rate limited", { status: "error", error: { code: "rate_limited", action: "accept", retryAfterMs: 9000, retryAt: Date.now() + 9000 } }],
    ["joined but not loaded", { status: "error", error: { code: "server_error", action: "accept", joined: true } }],
  ] as const)("writes no word outside the catalog (%s)", async (_state, stateProps) => {
    const { catalog } = await loadLocale("qps-ploc");
    const noop = () => undefined;
    const { container } = render(
      <I18nProvider locale="qps-ploc" catalog={catalog}>
        <InvitePreviewView
          summary={entryFromCapture(lookalike).summary}
          knownUsers={[ALICE]}
          {...(stateProps as Partial<InvitePreviewViewProps>)}
          onRetry={noop}
          onReset={noop}
          onDismiss={noop}
          onForget={noop}
          onDecline={noop}
          renderDeclineDialog={() => null}
        />
      </I18nProvider>,
    );
    expect(findUnlocalizedText(container)).toEqual([]);
  });
});

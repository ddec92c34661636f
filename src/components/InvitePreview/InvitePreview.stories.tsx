import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import type { InviteSummary } from "../../core/types";
import { createImageClient } from "../Avatar/storyClients";
import { InvitePreviewView } from "./InvitePreviewView";
import { captures, hostileSummary, liveSummaryAfterAccept, summaryOf } from "./storyData";

const named = summaryOf(captures.namedRoomFull);

const meta = {
  title: "Invites/InvitePreview",
  component: InvitePreviewView,
  args: {
    summary: named,
    status: "idle",
    headingLevel: 2,
    onAccept: fn(),
    onDecline: fn(),
    onRetry: fn(),
    onReset: fn(),
    onSignInAgain: fn(),
    onDismiss: fn(),
    onForget: fn(),
  },
  argTypes: { summary: { control: false }, liveSummary: { control: false }, client: { control: false } },
} satisfies Meta<typeof InvitePreviewView>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------- the captures

/** A named, encrypted room with topic, alias, avatar and an invite message. */
export const NamedRoom: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("article", { name: "Design Review" })).toHaveAttribute("data-state", "idle");
    await expect(canvas.getByText(/Invited by/)).toHaveTextContent("Alice Liddell (@alice:localhost)");
    await expect(canvas.getByText("Encrypted")).toBeVisible();
  },
};

/** The same, with the media policy allowing avatars: the room's image is fetched. */
export const NamedRoomWithAvatar: Story = {
  args: { client: createImageClient(), mediaPolicy: { showAvatars: true } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(".mmui-avatar")).toHaveAttribute("data-state", "image"));
  },
};

/** Room version 12 (room ID without a server part). */
export const NamedRoomV12: Story = { args: { summary: summaryOf(captures.namedRoomV12) } };

/** A direct message: no room name, `is_direct`; "Alice wants to chat with you". */
export const DirectMessage: Story = {
  args: { summary: summaryOf(captures.dmUnnamed) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/wants to chat with you/)).toHaveTextContent("@alice:localhost");
  },
};

/** A room version 12 direct message (the invitee is an additional creator). */
export const DirectMessageV12: Story = { args: { summary: summaryOf(captures.dmV12) } };

/** A space. */
export const Space: Story = {
  args: { summary: summaryOf(captures.space) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/invited you to join this space/)).toBeVisible();
  },
};

/** A public room known only by its alias. */
export const PublicAliasOnly: Story = { args: { summary: summaryOf(captures.publicAliasOnly) } };

/** No name or alias: named after its members. */
export const UnnamedGroup: Story = { args: { summary: summaryOf(captures.unnamedGroup) } };

/** The inviter left after inviting: the preview is a snapshot, which the note says. */
export const InviterLeft: Story = { args: { summary: summaryOf(captures.inviterLeft) } };

/** `m.topic` with HTML and plain text: only the plain text is shown. */
export const RichTopic: Story = {
  args: { summary: summaryOf(captures.topicRich) },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText("Plain *topic*")).toBeVisible();
    await expect(canvasElement.querySelector("b")).toBeNull();
  },
};

/** An official-sounding room whose message is hidden until asked for. */
export const Impersonation: Story = {
  args: { summary: summaryOf(captures.impersonation) },
  play: async ({ canvas }) => {
    await expect(canvas.queryByText("Security notice")).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Show message" }));
    await expect(canvas.getByText("Security notice")).toBeVisible();
  },
};

/** Mallory calls himself "Alice Liddell"; the real Alice is known, so the name is flagged. */
export const LookalikeInviter: Story = {
  args: {
    summary: summaryOf(captures.lookalikeDm),
    knownUsers: [{ userId: "@alice:localhost", displayName: "Alice Liddell" }],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Invited by/)).toHaveTextContent("@mallory:localhost");
    await expect(canvas.getByText(/could belong to someone else/)).toBeVisible();
    // A screen reader hears the real sender with every button, and the card is not named after the borrowed name.
    await expect(canvas.getByRole("article")).toHaveAccessibleName("Invite from @mallory:localhost");
    await expect(canvas.getByRole("button", { name: "Accept" })).toHaveAccessibleDescription(/@mallory:localhost.*could belong to someone else/);
  },
};

/** The invite that answers the user's knock. */
export const InviteAfterKnock: Story = { args: { summary: summaryOf(captures.afterKnock) } };

/** The topic toggle only appears when the clamp hides text. */
export const LongTopic: Story = {
  args: {
    summary: hostileSummary("@alice:localhost", [
      { type: "m.room.name", state_key: "", sender: "@alice:localhost", content: { name: "Long topic" } },
      { type: "m.room.topic", state_key: "", sender: "@alice:localhost", content: { topic: "Every week we review designs. ".repeat(30) } },
    ]),
  },
  play: async ({ canvas }) => {
    const more = await canvas.findByRole("button", { name: "Show more" });
    await userEvent.click(more);
    await expect(canvas.getByRole("button", { name: "Show less" })).toHaveAttribute("aria-expanded", "true");
  },
};

// ---------------------------------------------------------------- action states

/** Joining: Accept keeps focus and shows it is busy. */
export const Accepting: Story = {
  args: { status: "accepting" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Accept" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** Declining. */
export const Declining: Story = { args: { status: "declining" } };

/** Joined: the live room (name, topic, member count) replaces the invite. */
export const Accepted: Story = {
  args: { status: "accepted", liveSummary: liveSummaryAfterAccept },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("2 members")).toBeVisible();
    await expect(canvas.queryByText(/may be out of date/)).toBeNull();
  },
};

/** Declined. */
export const Declined: Story = { args: { status: "declined", declineOutcome: { failedSteps: [] } } };

/** Declined, but blocking and reporting failed: Try again runs just those steps. */
export const DeclinedWithFailures: Story = {
  args: {
    status: "declined",
    declineOutcome: { failedSteps: [{ step: "ignore", code: "network" }, { step: "report", code: "rate_limited" }] },
  },
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** The failed steps of a decline are being tried again: the button keeps focus, pending. */
export const DeclinedRetryingSteps: Story = {
  args: {
    status: "declined",
    followUpsPending: true,
    declineOutcome: { failedSteps: [{ step: "ignore", code: "network" }] },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Try again" })).toHaveAttribute("aria-disabled", "true");
  },
};

// ---------------------------------------------------------------- errors

/** The invite was withdrawn: dismiss or forget. */
export const ErrorInviteRevoked: Story = {
  args: { status: "error", error: { code: "invite_revoked", action: "accept" } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Forget the room" })).toBeVisible();
  },
};

/** Rate limited for about an hour: the message says when, once; the button waits without repeating it. */
export const ErrorRateLimited: Story = {
  args: { status: "error", error: { code: "rate_limited", action: "accept", retryAfterMs: 3_593_000, retryAt: Date.now() + 3_593_000 } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeDisabled();
    await expect(canvas.getByText("Too many requests. You can try again in 1 hour.", { selector: ".mmui-invite-preview__status-message" })).toBeVisible();
  },
};

/** The session ended: "Sign in again" hands over to the host, and no Try again that would fail. */
export const ErrorUnauthorized: Story = {
  args: { status: "error", error: { code: "unauthorized", action: "accept" } },
  play: async ({ canvas, args }) => {
    await expect(canvas.queryByRole("button", { name: "Try again" })).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Sign in again" }));
    await expect(args.onSignInAgain).toHaveBeenCalledTimes(1);
  },
};

/** The server refused the decline (not a withdrawn invite): the message says what was refused. */
export const ErrorForbidden: Story = {
  args: { status: "error", error: { code: "forbidden", action: "decline" } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("The server did not let you decline this invite.", { selector: ".mmui-invite-preview__status-message" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Cancel" })).toBeVisible();
  },
};

/** The connection dropped after the request left: it may have worked. */
export const ErrorNetwork: Story = {
  args: { status: "error", error: { code: "network", action: "accept", requestMayHaveReachedServer: true } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("The connection was lost before the server answered.", { selector: "p" })).toBeVisible();
    await expect(canvas.getByText("You may have joined already. Trying again is safe.")).toBeVisible();
  },
};

/** The room is gone: decline the invite instead. */
export const ErrorRoomNotFound: Story = { args: { status: "error", error: { code: "room_not_found", action: "accept" } } };

/** Joined, but the live room could not be loaded: retry only loads it. */
export const ErrorJoinedButNotLoaded: Story = {
  args: { status: "error", error: { code: "network", action: "accept", joined: true } },
};

/** Any other failure, in words from the error catalog. */
export const ErrorServer: Story = { args: { status: "error", error: { code: "server_error", action: "decline" } } };

/** A room version this server cannot join: decline instead. */
export const ErrorIncompatibleRoomVersion: Story = {
  args: { status: "error", error: { code: "incompatible_room_version", action: "accept" } },
};

/** The account is suspended. */
export const ErrorSuspended: Story = { args: { status: "error", error: { code: "suspended", action: "accept" } } };

/** Declining the server notices room, which the server does not allow: go back, or dismiss. */
export const ErrorCannotLeaveServerNotices: Story = {
  args: { status: "error", error: { code: "cannot_leave_server_notices", action: "decline" } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Dismiss" })).toBeVisible();
  },
};

/** A failure the error catalog has no words for: the generic message, and a retry. */
export const ErrorUnknown: Story = {
  args: { status: "error", error: { code: "unknown", action: "accept" } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

// ---------------------------------------------------------------- themes, languages, directions

/** The dark theme. */
export const DarkTheme: Story = { globals: { theme: "dark" }, args: { status: "error", error: { code: "network", action: "accept" } } };

/** The high-contrast theme. */
export const HighContrastTheme: Story = { globals: { theme: "high-contrast" } };

/** Polish, with a live member count in a plural form English does not have. */
export const Polish: Story = {
  globals: { locale: "pl" },
  args: { status: "accepted", liveSummary: { ...liveSummaryAfterAccept, joinedMemberCount: 5 } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("5 osób")).toBeVisible();
  },
};

/** A right-to-left page (pseudo-bidi text, qps-plocm) with a Hebrew room name: names stay isolated, the layout mirrors. */
export const RightToLeft: Story = {
  globals: { locale: "qps-plocm", direction: "rtl" },
  args: {
    summary: hostileSummary("@dana:example.org", [
      { type: "m.room.name", state_key: "", sender: "@dana:example.org", content: { name: "חדר הצוות" } },
      { type: "m.room.topic", state_key: "", sender: "@dana:example.org", content: { topic: "שיחות צוות שבועיות" } },
      { type: "m.room.member", state_key: "@dana:example.org", sender: "@dana:example.org", content: { membership: "join", displayname: "דנה" } },
    ]),
  },
};

// ---------------------------------------------------------------- hostile input

/** A 1 MB room name: cleaned and capped by the core, clamped by CSS. */
export const HostileHugeName: Story = {
  args: {
    summary: hostileSummary("@mallory:evil.example", [
      { type: "m.room.name", state_key: "", sender: "@mallory:evil.example", content: { name: "W".repeat(1_000_000) } },
    ]),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading").textContent?.length ?? 0).toBeLessThanOrEqual(256);
  },
};

/** Bidi overrides in the name and the inviter's display name: stripped, and isolated in `<bdi>`. */
export const HostileBidiOverride: Story = {
  args: {
    summary: hostileSummary("@mallory:evil.example", [
      { type: "m.room.name", state_key: "", sender: "@mallory:evil.example", content: { name: "Invoice \u202Efdp.exe" } },
      {
        type: "m.room.member",
        state_key: "@mallory:evil.example",
        sender: "@mallory:evil.example",
        content: { membership: "join", displayname: "\u202EecilA \u05D0\u05D1" },
      },
    ]),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading").textContent).not.toContain("\u202E");
  },
};

/** A `javascript:` avatar and markup everywhere: nothing is loaded or interpreted. */
export const HostileJavascriptAvatar: Story = {
  args: {
    client: createImageClient(),
    mediaPolicy: { showAvatars: true },
    summary: hostileSummary(
      "@mallory:evil.example",
      [
        { type: "m.room.avatar", state_key: "", sender: "@mallory:evil.example", content: { url: "javascript:alert(1)" } },
        { type: "m.room.name", state_key: "", sender: "@mallory:evil.example", content: { name: "<img src=x onerror=alert(1)>" } },
      ],
      { reason: "<script>alert(1)</script>" },
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("img, script")).toBeNull();
  },
};

/** Nothing usable at all: no sender, no name, no state. */
export const HostileMissingEverything: Story = {
  args: { summary: { ...hostileSummary("not-a-user", []), creators: [] } as InviteSummary },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("The invite does not say who sent it.")).toBeVisible();
  },
};

/** A direct message in a right-to-left page (pseudo-bidi text, qps-plocm), dark theme. */
export const DirectMessageRightToLeftDark: Story = {
  args: { summary: summaryOf(captures.dmUnnamed) },
  globals: { locale: "qps-plocm", direction: "rtl", theme: "dark" },
  play: async ({ canvas }) => {
    // The inviter's user ID is network text: it stays as it is, isolated, in the RTL sentence.
    await expect(canvas.getByText("@alice:localhost")).toBeVisible();
  },
};

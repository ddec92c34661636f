import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { MatrixApiError } from "../../core/client/errors";
import { createRecordingClient } from "../../../tests/support/recordingClient";
import rateLimited from "../../../tests/fixtures/error-rate-limited.json";
import { createImageClient } from "../Avatar/storyClients";
import { InvitePreview } from "../InvitePreview/InvitePreview";
import { InviteList } from "./InviteList";
import { FIXTURE_USER_ID, fixtureEntries, generatedEntries, KNOWN_ALICE, lookalikeEntries } from "../../../tests/components/InviteList/entries";

const captures = fixtureEntries();
const spamWave = generatedEntries(200, { prefix: "Free crypto giveaway" });
const tenThousand = generatedEntries(10_000);
const forty = generatedEntries(40, { prefix: "Spam offer", roomsOnly: true });

/** A recording client whose thumbnails are real PNGs (so avatars visibly load, and calls are recorded). */
function imageRecordingClient() {
  const client = createRecordingClient();
  client.respond("fetchThumbnail", createImageClient().fetchThumbnail);
  return client;
}

const meta = {
  title: "Invites/InviteList",
  component: InviteList,
  args: {
    client: createRecordingClient(),
    invites: captures,
    userId: FIXTURE_USER_ID,
    onOpenInvite: fn(),
    onAccepted: fn(),
    onDeclined: fn(),
  },
  argTypes: { client: { control: false }, invites: { control: false }, knownUserIds: { control: false }, knownUsers: { control: false } },
  parameters: { layout: "padded" },
} satisfies Meta<typeof InviteList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every real capture: DMs under People, rooms, the space, and the pending knock. */
export const FromCaptures: Story = {
  args: { client: imageRecordingClient(), mediaPolicy: { showAvatars: true } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: /^People\s*, \d+ invites$/ })).toBeVisible();
    await expect(canvas.getByRole("heading", { name: /^Rooms\s*, \d+ invites$/ })).toBeVisible();
    await expect(canvas.getByRole("heading", { name: /^Spaces\s*, 1 invite$/ })).toBeVisible();
    await expect(canvas.getByRole("article", { name: "Design Review" })).toHaveAccessibleDescription(
      "Invited by Alice Liddell (@alice:localhost)",
    );
  },
};

/**
 * Mallory's DM (the lookalike capture) under the names issue 12 lists, while the host knows
 * the real Alice Liddell: her own name, a Cyrillic "А", a colon lookalike posing as Alice's
 * user ID, 230 Braille blanks, and Alice's ID padded to 256 characters. Every row says whose
 * invite it really is (the name on one line, the user ID right beside it) and warns, as
 * InvitePreview does.
 */
export const LookalikeInviters: Story = {
  args: { invites: lookalikeEntries(), knownUsers: [KNOWN_ALICE] },
  play: async ({ canvas }) => {
    const rows = canvas.getAllByRole("article");
    await expect(rows).toHaveLength(5);
    for (const row of rows) {
      await expect(row).toHaveAccessibleDescription(/\(@mallory:localhost\).*could belong to someone else/);
      await expect(within(row).getByText(/could belong to someone else/)).toBeVisible();
      // The user ID starts on the name's line or the next: never pushed further down.
      const name = row.querySelector(".mmui-inviter-line__name");
      const userId = row.querySelector(".mmui-inviter-line__user-id");
      await expect(userId).toHaveTextContent("@mallory:localhost");
      if (name && userId) {
        const lineHeight = name.getBoundingClientRect().height;
        await expect(userId.getBoundingClientRect().top - name.getBoundingClientRect().top).toBeLessThan(2.5 * lineHeight);
      }
    }
  },
};

/** No invites at all. */
export const Empty: Story = {
  args: { invites: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("No pending invites")).toBeVisible();
    await expect(canvas.queryByRole("searchbox")).toBeNull();
  },
};

/** The filter matches nothing: say so, and offer to clear it. */
export const FilterWithNoMatch: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole("searchbox", { name: "Filter invites" }), "no such room");
    await expect(await canvas.findByText(/No invites match/)).toHaveTextContent("No invites match “no such room”.");
    await expect(canvas.getByRole("button", { name: "Clear filter" })).toBeVisible();
  },
};

/** The filter ignores case and accents, and matches inviter names and user IDs. */
export const FilterByInviter: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole("searchbox", { name: "Filter invites" }), "@MALLORY");
    await waitFor(() => expect(canvas.getByText(/invites? match/)).toBeInTheDocument());
    for (const item of canvas.getAllByRole("article")) await expect(item).toHaveAccessibleDescription(/@mallory:localhost/);
  },
};

/** The host knows only Alice: everyone else's invites sit apart, with initials instead of pictures. */
export const UnknownSenders: Story = {
  args: { client: imageRecordingClient(), knownUserIds: new Set(["@alice:localhost"]), mediaPolicy: { showAvatars: true } },
  play: async ({ canvas, canvasElement }) => {
    const unknown = canvas.getByRole("feed", { name: "From people you don't share a room with" });
    await expect(within(unknown).getAllByRole("article").length).toBeGreaterThan(0);
    for (const avatar of unknown.querySelectorAll(".mmui-avatar")) await expect(avatar).toHaveAttribute("data-state", "initials");
    // Alice's named room still shows its picture.
    await waitFor(() => expect(canvasElement.querySelector(".mmui-avatar[data-state='image']")).not.toBeNull());
  },
};

const noPolicyClient = imageRecordingClient();
/** No media policy given: privacy by default, so every row shows initials and no thumbnail is requested. */
export const NoMediaPolicy: Story = {
  args: { client: noPolicyClient },
  play: async ({ canvasElement }) => {
    const avatars = [...canvasElement.querySelectorAll(".mmui-avatar")];
    await expect(avatars.length).toBeGreaterThan(0);
    for (const avatar of avatars) await expect(avatar).toHaveAttribute("data-state", "initials");
    await expect(noPolicyClient.callsTo("fetchThumbnail")).toHaveLength(0);
  },
};

/** A spam wave: 200 invites from strangers, all in the unknown-senders group, ready for "Decline all". */
export const SpamWave200: Story = {
  args: { invites: spamWave, knownUserIds: new Set<string>() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: /^From people you don't share a room with\s*, 200 invites$/ })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Decline all 200 invites in From people you don't share a room with" })).toBeVisible();
  },
};

/** 10,000 invites: only the rows in view are in the DOM; End reaches the very last one. */
export const TenThousandInvites: Story = {
  args: { invites: tenThousand },
  play: async ({ canvas }) => {
    const rows = canvas.getAllByRole("article");
    await expect(rows.length).toBeGreaterThan(3);
    await expect(rows.length).toBeLessThan(60);
    await expect(Number(rows[0]?.getAttribute("aria-setsize"))).toBeGreaterThan(1000);
    rows[0]?.focus();
    await userEvent.keyboard("{End}");
    await waitFor(() => {
      const focused = document.activeElement;
      return expect(focused?.getAttribute("aria-posinset")).toBe(focused?.getAttribute("aria-setsize"));
    });
    await expect(document.activeElement?.closest("[role=feed]")).toHaveAccessibleName("Spaces");
    await expect(canvas.getAllByRole("article").length).toBeLessThan(60);
  },
};

async function startDeclineAll(canvas: ReturnType<typeof within>, count: number) {
  await userEvent.click(canvas.getByRole("button", { name: `Decline all ${count} invites in Rooms` }));
  await userEvent.click(canvas.getByRole("button", { name: `Decline ${count} invites` }));
}

const progressClient = createRecordingClient();
progressClient.respondOnce("leaveRoom", { value: undefined });
progressClient.respondOnce("leaveRoom", { value: undefined });
progressClient.respond("leaveRoom", "hold");

/** "Decline all" running: two declined, the third in flight. */
export const DeclineAllInProgress: Story = {
  args: { client: progressClient, invites: forty },
  play: async ({ canvas }) => {
    await startDeclineAll(canvas, 40);
    const panel = await canvas.findByRole("group", { name: "Declining 2 of 40…" });
    await expect(within(panel).getByRole("progressbar", { name: "Declining invites" })).toHaveAttribute("value", "2");
    await expect(within(panel).getByRole("button", { name: "Stop declining" })).toHaveFocus();
    // The rows the run has yet to reach say so, and offer no Accept.
    const queued = canvas.getAllByText("Waiting to be declined");
    await expect(queued.length).toBeGreaterThan(0);
    const row = queued[0]?.closest<HTMLElement>(".mmui-invite-list-item");
    await expect(row?.querySelector('[data-variant="primary"]')).toBeNull();
  },
};

const cancelClient = createRecordingClient();
cancelClient.respondOnce("leaveRoom", { value: undefined });
cancelClient.respond("leaveRoom", "hold");

/** "Decline all" stopped after the first invite: the request in flight is cancelled, the rest stay. */
export const DeclineAllCancelled: Story = {
  args: { client: cancelClient, invites: forty },
  play: async ({ canvas }) => {
    await startDeclineAll(canvas, 40);
    await userEvent.click(await canvas.findByRole("button", { name: "Stop declining" }));
    await expect(await canvas.findByRole("group", { name: "Stopped. Declined 1 of 40." })).toBeVisible();
    await expect(canvas.getByRole("heading", { name: /^Rooms\s*, 39 invites$/ })).toBeVisible();
  },
};

const rateLimitedClient = createRecordingClient();
rateLimitedClient.respondOnce("leaveRoom", { value: undefined });
rateLimitedClient.respondOnce("leaveRoom", {
  error: new MatrixApiError({ status: 429, body: rateLimited.first_limited_response.body }),
});

/**
 * The server answers one decline with Synapse's real 429 (`retry_after_ms` 4548): the run
 * pauses, says so, and retries the same invite. The wait is capped at 1.5 s here.
 */
export const DeclineAllRateLimited: Story = {
  args: { client: rateLimitedClient, invites: forty.slice(0, 3), declineAllOptions: { maxWaitMs: 1_500 } },
  play: async ({ canvas }) => {
    await startDeclineAll(canvas, 3);
    await expect(await canvas.findByText(/The server asked us to slow down/, { selector: "p" })).toBeVisible();
    await expect(await canvas.findByRole("group", { name: "Declined 3 invites." }, { timeout: 5_000 })).toBeVisible();
    await expect(canvas.queryByText(/could not be declined/)).toBeNull();
  },
};

/** Keyboard only: arrows move between invites, End/Home jump, Tab reaches the focused row's buttons. */
export const KeyboardNavigation: Story = {
  args: { invites: generatedEntries(60, { roomsOnly: true, prefix: "Team room" }) },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("searchbox"));
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole("article", { name: "Team room #1" })).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("article", { name: "Team room #2" })).toHaveFocus();
    await userEvent.keyboard("{End}");
    await waitFor(() => expect(canvas.getByRole("article", { name: "Team room #60" })).toHaveFocus());
    await userEvent.keyboard("{Home}");
    await waitFor(() => expect(canvas.getByRole("article", { name: "Team room #1" })).toHaveFocus());
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Accept" , description: "Team room #1" })).toHaveFocus();
  },
};

const previewClient = createRecordingClient();

/** The host renders each invite as a full `InvitePreview` (rows of varying height, measured as they render). */
export const WithFullPreviews: Story = {
  args: {
    client: previewClient,
    renderInvite: (entry) => <InvitePreview client={previewClient} invite={entry} userId={FIXTURE_USER_ID} headingLevel={3} />,
  },
  play: async ({ canvasElement }) => {
    const rows = [...canvasElement.querySelectorAll<HTMLElement>(".mmui-invite-list__row")];
    await expect(rows.length).toBeGreaterThan(1);
    const missing = rows.filter((row) => row.querySelector("article") === null).map((row) => row.outerHTML.slice(0, 400));
    await expect(missing).toEqual([]);
    const heights = new Set(rows.map((item) => Math.round(item.getBoundingClientRect().height)));
    await expect(heights.size).toBeGreaterThan(1);
  },
};

/** Keyboard only: Decline on a row, and focus moves on to the next invite instead of getting lost. */
export const KeyboardDeclineMovesFocus: Story = {
  args: { client: createRecordingClient(), invites: generatedEntries(5, { roomsOnly: true, prefix: "Team room" }) },
  play: async ({ canvas }) => {
    canvas.getByRole("article", { name: "Team room #2" }).focus();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Decline", description: "Team room #2" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.queryByRole("article", { name: "Team room #2" })).toBeNull());
    await waitFor(() => expect(canvas.getByRole("article", { name: "Team room #3" })).toHaveFocus());
  },
};

/** Every capture in a right-to-left page, in real RTL text (the pseudo-bidi locale): the rows mirror. */
export const RightToLeft: Story = {
  args: { client: imageRecordingClient() },
  globals: { locale: "qps-plocm", direction: "rtl" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mmui-invite-list")?.closest("[dir]")).toHaveAttribute("dir", "rtl");
  },
};

import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { createRecordingClient } from "../../../tests/support/recordingClient";
import { FIXTURE_USER_ID, fixtureEntries, generatedEntries } from "../../../tests/components/InviteList/entries";
import type { InviteEntry } from "../../core/store/inviteStore";
import { InvitePreview } from "../InvitePreview/InvitePreview";
import { expectNoHorizontalOverflow, storyViewport } from "../shared/storyViewport";
import { InviteList } from "./InviteList";

/**
 * InviteList where clients put it (WCAG 1.4.10 Reflow): a 320 px sidebar at 100% and 200%
 * text, and a 1280 px page. Each story checks that nothing scrolls sideways.
 */
const meta = {
  title: "Invites/InviteList/Widths and text sizes",
  component: InviteList,
  args: {
    client: createRecordingClient(),
    invites: fixtureEntries(),
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

const spamWave = generatedEntries(200, { prefix: "Free crypto giveaway" });
const previewClient = createRecordingClient();
const fullPreviews = {
  client: previewClient,
  renderInvite: (entry: InviteEntry) => (
    <InvitePreview client={previewClient} invite={entry} userId={FIXTURE_USER_ID} headingLevel={3} />
  ),
};

/** Where a row's actions sit relative to its text: beside it, or under it. */
function actionsPlacement(canvasElement: HTMLElement): "beside" | "under" {
  const row = canvasElement.querySelector<HTMLElement>(".mmui-invite-list-item");
  const body = row?.querySelector(".mmui-invite-list-item__body")?.getBoundingClientRect();
  const actions = row?.querySelector(".mmui-invite-list-item__actions")?.getBoundingClientRect();
  if (!body || !actions) throw new Error("no compact row");
  return actions.top >= body.bottom - 1 ? "under" : "beside";
}

/** A 320 px sidebar: each row's buttons go under its text, and nothing scrolls sideways. */
export const Sidebar320: Story = {
  ...storyViewport(320),
  play: async ({ canvasElement }) => {
    await expect(actionsPlacement(canvasElement)).toBe("under");
    await expectNoHorizontalOverflow(canvasElement);
  },
};

/** A 320 px sidebar at 200% text: still no sideways scrolling, and "Invited by…" wraps between words. */
export const Sidebar320LargeText: Story = {
  ...storyViewport(320, 2),
  play: async ({ canvasElement }) => {
    await expect(actionsPlacement(canvasElement)).toBe("under");
    await expectNoHorizontalOverflow(canvasElement);
    // The sentence keeps whole words on its lines (never a letter per line).
    for (const line of canvasElement.querySelectorAll<HTMLElement>(".mmui-inviter-line__sentence")) {
      await expect(line.getBoundingClientRect().width).toBeGreaterThan(80);
    }
  },
};

/** The spam wave in a 320 px sidebar at 200% text: no sideways scrolling, and Accept is never the loud button. */
export const SpamWaveSidebar320LargeText: Story = {
  ...storyViewport(320, 2),
  args: { invites: spamWave, knownUserIds: new Set<string>() },
  play: async ({ canvasElement }) => {
    await expectNoHorizontalOverflow(canvasElement);
    const rows = [...canvasElement.querySelectorAll<HTMLElement>(".mmui-invite-list-item")];
    await expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) await expect(row.querySelector('[data-variant="primary"]')).toBeNull();
  },
};

/** The spam wave on a wide page: every row has the same height, whatever badges it carries (they sit beside the name). */
export const SpamWaveWide1280: Story = {
  ...storyViewport(1280),
  args: { invites: spamWave, knownUserIds: new Set<string>() },
  play: async ({ canvasElement }) => {
    const rows = [...canvasElement.querySelectorAll<HTMLElement>(".mmui-invite-list-item")];
    await expect(rows.some((row) => row.querySelector(".mmui-badge") !== null)).toBe(true);
    await expect(new Set(rows.map((row) => Math.round(row.getBoundingClientRect().height)))).toEqual(
      new Set([Math.round(rows[0]?.getBoundingClientRect().height ?? 0)]),
    );
    for (const row of rows) {
      const name = row.querySelector(".mmui-invite-list-item__name")?.getBoundingClientRect();
      const badge = row.querySelector(".mmui-badge")?.getBoundingClientRect();
      if (name && badge) await expect(Math.abs(badge.top + badge.height / 2 - (name.top + name.height / 2))).toBeLessThan(4);
    }
  },
};

/** A 1280 px page: the buttons sit beside the text. */
export const Wide1280: Story = {
  ...storyViewport(1280),
  play: async ({ canvasElement }) => {
    await expect(actionsPlacement(canvasElement)).toBe("beside");
    await expectNoHorizontalOverflow(canvasElement);
  },
};

/** Full previews on a 1280 px page: the group headings and "Decline all" line up with the cards, not the page. */
export const WithFullPreviewsWide1280: Story = {
  ...storyViewport(1280),
  args: fullPreviews,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector(".mmui-invite-preview")?.getBoundingClientRect();
    const button = canvasElement.querySelector("[data-decline-all]")?.getBoundingClientRect();
    if (!card || !button) throw new Error("no card or no Decline all");
    await expect(button.right).toBeLessThanOrEqual(card.right + 1);
    await expectNoHorizontalOverflow(canvasElement);
  },
};

/** Right to left in real RTL text (the pseudo-bidi locale), in a 320 px sidebar. */
export const RightToLeftSidebar320: Story = {
  ...storyViewport(320),
  globals: { locale: "qps-plocm", direction: "rtl" },
  play: async ({ canvasElement }) => {
    await expectNoHorizontalOverflow(canvasElement);
    const row = canvasElement.querySelector<HTMLElement>(".mmui-invite-list-item");
    const avatar = row?.querySelector(".mmui-avatar")?.getBoundingClientRect();
    const body = row?.querySelector(".mmui-invite-list-item__body")?.getBoundingClientRect();
    // Mirrored: the avatar is at the start, on the right.
    await expect((avatar?.left ?? 0) > (body?.left ?? 0)).toBe(true);
  },
};

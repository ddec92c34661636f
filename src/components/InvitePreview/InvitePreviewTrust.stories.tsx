import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { createImageClient } from "../Avatar/storyClients";
import { InvitePreviewView } from "./InvitePreviewView";
import {
  ALICE_ID,
  aliceDm,
  assessed,
  designReview,
  freshRenamed,
  freshRoomEmpty,
  freshUnavailable,
  freshUnchanged,
  knownDisplayNames,
  lookalike,
  nameIsUserId,
  waveOf,
} from "./trustStoryData";

const meta = {
  title: "Invites/InvitePreview/Trust",
  component: InvitePreviewView,
  args: {
    summary: designReview,
    status: "idle",
    headingLevel: 2,
    onAccept: fn(),
    onDecline: fn(),
    onRetry: fn(),
    onReset: fn(),
    onDismiss: fn(),
    onForget: fn(),
  },
  argTypes: {
    summary: { control: false },
    assessment: { control: false },
    freshnessCheck: { control: false },
    client: { control: false },
  },
} satisfies Meta<typeof InvitePreviewView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens "Why am I seeing this?" by keyboard and returns the list of reasons. */
async function openReasons(canvasElement: HTMLElement): Promise<HTMLElement> {
  const toggle = within(canvasElement).getByRole("button", { name: /Why am I seeing this|Dlaczego to widzę/ });
  toggle.focus();
  await userEvent.keyboard("{Enter}");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const list = canvasElement.ownerDocument.getElementById(toggle.getAttribute("aria-controls") ?? "");
  if (!list) throw new Error("the disclosure controls nothing");
  return list;
}

// ---------------------------------------------------------------- levels

/** Known: Alice shares three rooms with the user; her avatar and message show at once. */
export const LevelKnown: Story = {
  args: {
    client: createImageClient(),
    mediaPolicy: { showAvatars: true },
    assessment: assessed(designReview, { sharedRoomIds: ["!a:localhost", "!b:localhost", "!c:localhost"] }),
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText("Known sender")).toBeVisible();
    await expect(canvas.getByText("Join us for the review")).toBeVisible();
    await expect(await openReasons(canvasElement)).toHaveTextContent("You share 3 rooms with @alice:localhost.");
  },
};

/** Unknown: nothing links the user to Alice; no avatar, the message behind "Show message". */
export const LevelUnknown: Story = {
  args: { client: createImageClient(), mediaPolicy: { showAvatars: true }, assessment: assessed(designReview, { sharedRoomIds: [] }) },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText("Unknown sender")).toBeVisible();
    await expect(canvasElement.querySelector("img")).toBeNull();
    await expect(canvas.queryByText("Join us for the review")).toBeNull();
    canvas.getByRole("button", { name: "Show message" }).focus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByText("Join us for the review")).toBeVisible();
  },
};

/** Suspicious: Mallory borrows Alice's display name. */
export const LevelSuspicious: Story = {
  args: { summary: lookalike, assessment: assessed(lookalike, { knownDisplayNames }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Probably spam")).toBeVisible();
  },
};

/** Unknown with no context at all: nothing is known yet. */
export const LevelUnknownWithoutContext: Story = {
  args: { assessment: assessed(designReview) },
  play: async ({ canvasElement }) => {
    await expect(await openReasons(canvasElement)).toHaveTextContent("Nothing is known about this sender yet.");
  },
};

// ---------------------------------------------------------------- reasons

/** `name_like_contact`: the display name looks like a contact's under another user ID. */
export const ReasonNameLikeContact: Story = {
  args: { summary: lookalike, assessment: assessed(lookalike, { knownDisplayNames }) },
  play: async ({ canvasElement }) => {
    await expect(await openReasons(canvasElement)).toHaveTextContent("Their display name looks like your contact Alice Liddell (@alice:localhost).");
  },
};

/** `name_is_user_id`: the display name is shaped like someone else's user ID. */
export const ReasonNameIsUserId: Story = {
  args: { summary: nameIsUserId, assessment: assessed(nameIsUserId, { knownUserIds: new Set() }) },
  play: async ({ canvasElement }) => {
    await expect(await openReasons(canvasElement)).toHaveTextContent("but their user ID is @mallory:evil.example");
  },
};

/** `invite_wave`: twelve invites from Alice within ten minutes. */
export const ReasonInviteWave: Story = {
  args: { assessment: assessed(designReview, { pendingInvites: waveOf(12), knownUserIds: new Set([ALICE_ID]) }) },
  play: async ({ canvasElement }) => {
    await expect(await openReasons(canvasElement)).toHaveTextContent("They sent you 12 invites within 10 minutes.");
  },
};

/** `unknown_dm`: a direct message from someone the user does not know. */
export const ReasonUnknownDm: Story = {
  args: { summary: aliceDm, assessment: assessed(aliceDm, { sharedRoomIds: [] }) },
  play: async ({ canvasElement }) => {
    await expect(await openReasons(canvasElement)).toHaveTextContent("This is a direct message from someone you don't know.");
  },
};

/** `no_shared_room`: the mutual-rooms answer lists no room. */
export const ReasonNoSharedRoom: Story = {
  args: { assessment: assessed(designReview, { sharedRoomIds: [] }) },
  play: async ({ canvasElement }) => {
    await expect(await openReasons(canvasElement)).toHaveTextContent("You share no rooms with @alice:localhost.");
  },
};

/** `preview_changed`: the live summary disagrees with the invite. */
export const ReasonPreviewChanged: Story = {
  args: {
    assessment: assessed(designReview, { knownUserIds: new Set([ALICE_ID]), freshness: freshRenamed }),
    freshnessCheck: { status: "done", freshness: freshRenamed },
  },
  play: async ({ canvasElement }) => {
    await expect(await openReasons(canvasElement)).toHaveTextContent("The room has changed since you were invited.");
  },
};

// ---------------------------------------------------------------- fresh previews

/** The check is out: the stripped state shows, and a line says the room is being checked. */
export const FreshnessLoading: Story = {
  args: { freshnessCheck: { status: "checking", freshness: undefined } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Checking whether the room has changed…")).toBeVisible();
    await expect(canvas.getByText(/may be out of date/)).toBeVisible();
  },
};

/** The room summary agrees with the invite. */
export const FreshnessUnchanged: Story = {
  args: { freshnessCheck: { status: "done", freshness: freshUnchanged } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("1 member now")).toBeVisible();
    await expect(canvas.queryByText(/may be out of date/)).toBeNull();
  },
};

/** Renamed and a new topic since the invite; four members now. */
export const FreshnessChanged: Story = {
  args: { freshnessCheck: { status: "done", freshness: freshRenamed } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Renamed since you were invited/)).toHaveTextContent("now “Design Review (archived)”");
    await expect(canvas.getByText("4 members now")).toBeVisible();
  },
};

/** The server could not tell (no endpoint, refused, too slow): only the "may be out of date" hint. */
export const FreshnessUnavailable: Story = {
  args: { freshnessCheck: { status: "done", freshness: freshUnavailable } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/may be out of date/)).toBeVisible();
    await expect(canvas.queryByText(/Checking whether/)).toBeNull();
  },
};

/** Nobody is in the room any more: Decline leads, Accept steps back. */
export const FreshnessRoomEmpty: Story = {
  args: { freshnessCheck: { status: "done", freshness: freshRoomEmpty } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Nobody is in this room any more.", { selector: "li" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Decline" })).toHaveAttribute("data-variant", "primary");
    await expect(canvas.getByRole("button", { name: "Accept" })).toHaveAttribute("data-variant", "secondary");
  },
};

// ---------------------------------------------------------------- themes and languages

/** Suspicious, with the reasons open, in the dark theme. */
export const SuspiciousDark: Story = {
  ...ReasonNameLikeContact,
  globals: { theme: "dark" },
};

/** Polish: a wave's reasons and the live facts in plural forms English does not have. */
export const Polish: Story = {
  globals: { locale: "pl" },
  args: {
    assessment: assessed(designReview, { pendingInvites: waveOf(5), sharedRoomIds: [] }),
    freshnessCheck: { status: "done", freshness: { ...freshRenamed, joinedMemberCount: 5 } },
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText("Prawdopodobnie spam")).toBeVisible();
    await expect(canvas.getByText("Teraz 5 osób")).toBeVisible();
    await expect(await openReasons(canvasElement)).toHaveTextContent("Ta osoba wysłała Ci 5 zaproszeń w ciągu 10 minut.");
  },
};

/** Polish, a room nobody is in any more. */
export const PolishRoomEmpty: Story = {
  globals: { locale: "pl" },
  args: { assessment: assessed(designReview, { sharedRoomIds: [] }), freshnessCheck: { status: "done", freshness: freshRoomEmpty } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("W tym pokoju nie ma już nikogo.", { selector: "li" })).toBeVisible();
  },
};

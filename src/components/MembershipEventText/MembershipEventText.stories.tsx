import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import transitions from "../../../tests/fixtures/membership-transitions.json";
import { MembershipEventText } from "./MembershipEventText";
import type { MembershipEventTextProps } from "./MembershipEventText";

const timeline = transitions.timeline;
const memberNames: Record<string, string> = { "@alice:localhost": "Alice Liddell", "@bob:localhost": "Bob" };
const getMemberName = (userId: string) => memberNames[userId];

/** Every event of the capture, one line each, as a timeline would list them. */
function Timeline(props: Omit<MembershipEventTextProps, "event"> & { events?: readonly unknown[] }) {
  const { events = timeline, ...rest } = props;
  return (
    <ol style={{ display: "grid", gap: "0.25rem", margin: 0, paddingInlineStart: "1.5rem" }}>
      {events.map((event, index) => (
        <li key={index}>
          <MembershipEventText {...rest} event={event} />
        </li>
      ))}
    </ol>
  );
}

const meta = {
  title: "Timeline/MembershipEventText",
  component: MembershipEventText,
  args: { event: timeline[1], getMemberName },
} satisfies Meta<typeof MembershipEventText>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An invite with its reason, from the capture: "Alice Liddell invited Bob: “hi”". */
export const Invited: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/invited/)).toHaveTextContent("Alice Liddell invited Bob: “hi”");
  },
};

/** A kick with a reason. */
export const Kicked: Story = {
  args: { event: timeline[17] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/removed/)).toHaveAttribute("data-kind", "kicked");
  },
};

/** A ban of a joined member, without a reason. */
export const Banned: Story = { args: { event: timeline[22] } };

/** A knock accepted by an invite. */
export const KnockAccepted: Story = { args: { event: timeline[10] } };

/** A display name change reads old name → new name. */
export const DisplayNameChanged: Story = {
  args: { event: timeline[12] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/changed/)).toHaveTextContent("Bob changed their display name to Robert");
  },
};

/** Every event of the real Synapse capture, one line each. */
export const WholeCapture: Story = {
  render: (args) => <Timeline getMemberName={args.getMemberName} />,
  play: async ({ canvas }) => {
    const items = canvas.getAllByRole("listitem");
    await expect(items).toHaveLength(timeline.length);
    for (const item of items) await expect(item.textContent).not.toBe("");
  },
};

/** The same capture in Polish (gender-neutral present tense). */
export const WholeCapturePolish: Story = {
  globals: { locale: "pl" },
  render: (args) => <Timeline getMemberName={args.getMemberName} />,
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole("listitem")[2]).toHaveTextContent("Bob odrzuca zaproszenie. Powód: „busy”");
  },
};

/** Third-party invites: sent to an email address, revoked, and claimed by the invitee. */
export const ThirdPartyInvites: Story = {
  render: (args) => (
    <Timeline
      getMemberName={args.getMemberName}
      events={[
        {
          type: "m.room.third_party_invite",
          sender: "@alice:localhost",
          state_key: "token1",
          content: { display_name: "bob@example.org", key_validity_url: "https://id.example/", public_key: "key" },
        },
        {
          type: "m.room.third_party_invite",
          sender: "@alice:localhost",
          state_key: "token1",
          content: {},
          unsigned: { prev_content: { display_name: "bob@example.org" } },
        },
        {
          type: "m.room.member",
          sender: "@alice:localhost",
          state_key: "@bob:localhost",
          content: { membership: "invite", displayname: "Bob", third_party_invite: { display_name: "bob@example.org" } },
        },
      ]}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/withdrew/)).toHaveTextContent("Alice Liddell withdrew the invite for bob@example.org");
  },
};

const malformed: unknown[] = [
  null,
  { type: "m.room.member", sender: "not-a-user", state_key: "@bob:localhost", content: { membership: "join" } },
  { type: "m.room.member", sender: "@bob:localhost", state_key: "@bob:localhost", content: { membership: "dance" } },
  { type: "m.room.member", sender: "@bob:localhost", state_key: "@bob:localhost", content: "join" },
  { ...timeline[3], unsigned: { prev_content: timeline[3]?.content } },
];

/** Malformed events and an invite repeated unchanged render nothing by default. */
export const MalformedHidden: Story = {
  render: (args) => (
    <div data-testid="malformed">
      {malformed.map((event, index) => (
        <MembershipEventText key={index} event={event} getMemberName={args.getMemberName} />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByTestId("malformed")).toBeEmptyDOMElement();
  },
};

/** With `showHidden`, the same events say what they are. */
export const MalformedShown: Story = {
  render: (args) => <Timeline getMemberName={args.getMemberName} events={malformed} showHidden />,
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText("A membership event that could not be read")).toHaveLength(4);
    await expect(canvas.getByText(/changes nothing/)).toHaveAttribute("data-kind", "no_change");
  },
};

/** Mallory calls herself "Alice Liddell": both names carry their user ID. */
export const CollidingNames: Story = {
  args: {
    event: {
      type: "m.room.member",
      sender: "@mallory:localhost",
      state_key: "@alice:localhost",
      content: { membership: "leave", reason: "impersonation" },
      unsigned: { prev_content: { membership: "join", displayname: "Alice Liddell" } },
    },
    getMemberName: (userId: string) => (userId === "@mallory:localhost" ? "Alice Liddell" : undefined),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/removed/)).toHaveTextContent(
      "Alice Liddell (@mallory:localhost) removed Alice Liddell (@alice:localhost): “impersonation”",
    );
  },
};

/** A 1,000-character reason with right-to-left text is capped and isolated. */
export const LongRightToLeftReason: Story = {
  args: {
    event: { ...timeline[18], content: { membership: "ban", reason: "ספאם ".repeat(200) } },
    maxReasonLength: 120,
  },
  play: async ({ canvasElement }) => {
    const reason = canvasElement.querySelector(".mmui-membership-event-text__reason");
    await expect(reason?.textContent?.length).toBe(120);
  },
};

/** The capture in a right-to-left page (pseudo-bidi text, qps-plocm), dark theme: names stay isolated. */
export const RightToLeftDark: Story = {
  globals: { locale: "qps-plocm", direction: "rtl", theme: "dark" },
  render: (args) => <Timeline getMemberName={args.getMemberName} />,
};

/** Profile changes the capture lacks, built on its display-name event: first name, name dropped, picture dropped, both changed. */
export const ProfileChanges: Story = {
  render: (args) => {
    const base = timeline[12] ?? {};
    const variant = (content: Record<string, unknown>, previous: Record<string, unknown>) => ({
      ...base,
      content: { membership: "join", ...content },
      unsigned: { prev_content: { membership: "join", ...previous } },
    });
    const avatar = "mxc://localhost/oJIHkPlLpjpZUAFXGfCeUPeK";
    return (
      <Timeline
        getMemberName={args.getMemberName}
        events={[
          variant({ displayname: "Bob" }, {}),
          variant({}, { displayname: "Bob" }),
          variant({ displayname: "Bob" }, { displayname: "Bob", avatar_url: avatar }),
          variant({ displayname: "Robert", avatar_url: avatar }, { displayname: "Bob" }),
        ]}
      />
    );
  },
  play: async ({ canvas }) => {
    const lines = canvas.getAllByRole("listitem").map((item) => item.textContent);
    await expect(lines).toEqual([
      "@bob:localhost set their display name to Bob",
      "Bob removed their display name",
      "Bob removed their profile picture",
      "Bob changed their name and profile picture",
    ]);
  },
};

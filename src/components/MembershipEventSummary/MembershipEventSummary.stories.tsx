import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent } from "storybook/test";
import transitions from "../../../tests/fixtures/membership-transitions.json";
import { MembershipEventSummary } from "./MembershipEventSummary";

const timeline = transitions.timeline;
const memberNames: Record<string, string> = { "@alice:localhost": "Alice Liddell" };

/** Joins of many people, shaped like the capture's join events. */
const manyJoins = ["Dan", "Erin", "Frank", "Grace", "Heidi"].map((name) => ({
  ...timeline[11],
  sender: `@${name.toLowerCase()}:localhost`,
  state_key: `@${name.toLowerCase()}:localhost`,
  content: { displayname: name, membership: "join" },
  unsigned: {},
}));

const meta = {
  title: "Timeline/MembershipEventSummary",
  component: MembershipEventSummary,
  args: {
    events: timeline,
    getMemberName: (userId: string) => memberNames[userId],
    onExpandedChange: fn(),
  },
} satisfies Meta<typeof MembershipEventSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole Synapse capture collapsed into one line. */
export const Collapsed: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button")).toHaveAttribute("aria-expanded", "false");
  },
};

/** From the capture: Bob joins, then leaves ("bye"), while Carol is invited: Bob is told once, "joined and left". */
export const JoinedAndLeft: Story = {
  args: { events: [timeline[11], timeline[20], timeline[14]] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mmui-membership-event-summary__text")).toHaveTextContent(
      "Bob joined and left; Carol was invited",
    );
  },
};

/** Pressing the disclosure button reveals every line. */
export const Expanded: Story = {
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole("button");
    await userEvent.click(button);
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(canvas.getAllByRole("listitem")).toHaveLength(timeline.length);
    await expect(args.onExpandedChange).toHaveBeenCalledWith(true);
  },
};

/** "Dan, Erin and 3 others joined; Bob left": names, a count, two kinds. */
export const ManyPeople: Story = {
  args: { events: [...manyJoins, timeline[14]] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mmui-membership-event-summary__text")).toHaveTextContent(
      "Dan, Erin, and 3 others joined; Robert left",
    );
  },
};

/** The same run in Polish: plural verbs and "3 inne osoby". */
export const ManyPeoplePolish: Story = {
  args: { events: [...manyJoins, timeline[14]] },
  globals: { locale: "pl" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button")).toHaveTextContent("Pokaż 6 zdarzeń");
  },
};

/** A run with a single visible event shows just that line. */
export const SingleEvent: Story = {
  args: { events: [timeline[17], { type: "m.room.member", content: {} }] },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole("button")).toBeNull();
  },
};

/** Malformed events counted when `showHidden` is set. */
export const WithMalformedShown: Story = {
  args: { events: [timeline[17], timeline[18], null, { type: "m.room.member", sender: "x", state_key: "y", content: {} }], showHidden: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".mmui-membership-event-summary__text")).toHaveTextContent(
      "2 membership events could not be read",
    );
  },
};

/** Expanded in a right-to-left page (pseudo-bidi text, qps-plocm) with the dark theme. */
export const ExpandedRightToLeftDark: Story = {
  args: { defaultExpanded: true },
  globals: { locale: "qps-plocm", direction: "rtl", theme: "dark" },
};

import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { Button } from "./Button";

const meta = {
  title: "Shared/Button",
  component: Button,
  args: { children: "Accept", onClick: fn() },
  argTypes: {
    variant: { control: "inline-radio", options: ["primary", "secondary", "danger", "danger-outline", "danger-text", "ghost", "link"] },
    size: { control: "inline-radio", options: ["medium", "small"] },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The main action of a card ("Accept"). */
export const Primary: Story = {
  args: { variant: "primary" },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole("button", { name: "Accept" });
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
    await expect(button).toHaveAttribute("data-state", "idle");
  },
};

/** Any other action. */
export const Secondary: Story = { args: { variant: "secondary", children: "Decline" } };

/** The confirm button inside a dialog that takes something away: the only solid red. */
export const Danger: Story = { args: { variant: "danger", children: "Decline and block" } };

/** A destructive action outside a dialog ("Ban"): outlined, lighter than a primary button. */
export const DangerOutline: Story = { args: { variant: "danger-outline", children: "Ban" } };

/** A quiet destructive action ("Decline and block…"): danger-coloured text, no fill. */
export const DangerText: Story = {
  args: { variant: "danger-text", children: "Decline and block…" },
  play: async ({ canvas }) => {
    const style = getComputedStyle(canvas.getByRole("button"));
    await expect(style.backgroundColor).toBe("rgba(0, 0, 0, 0)");
    // The light theme's danger text colour (#b3261e).
    await expect(style.color).toBe("rgb(179, 38, 30)");
  },
};

/** A text-like action that lines up with the text above it: no inline padding, no negative margins. */
export const Link: Story = {
  render: (args) => (
    <div>
      <p style={{ margin: 0 }}>The inviter wrote a message.</p>
      <Button {...args} variant="link">
        Hide message
      </Button>
    </div>
  ),
  play: async ({ canvas }) => {
    const button = canvas.getByRole("button", { name: "Hide message" });
    const text = canvas.getByText("The inviter wrote a message.");
    const style = getComputedStyle(button);
    await expect(style.paddingInlineStart).toBe("0px");
    await expect(style.marginInlineStart).toBe("0px");
    await expect(button.getBoundingClientRect().left).toBe(text.getBoundingClientRect().left);
  },
};

/** Labels wrap between words in a narrow button, never inside one ("Canc el"). */
export const WrapsBetweenWords: Story = {
  args: { variant: "secondary", children: "Cancel the request", style: { maxInlineSize: "6rem" } },
  play: async ({ canvas }) => {
    const label = canvas.getByText("Cancel the request");
    // Each word fits on a line of its own: the label is at least as wide as "Cancel".
    const probe = document.createElement("span");
    probe.textContent = "Cancel";
    probe.style.font = getComputedStyle(label).font;
    document.body.append(probe);
    const wordWidth = probe.getBoundingClientRect().width;
    probe.remove();
    await expect(label.getBoundingClientRect().width).toBeGreaterThanOrEqual(Math.floor(wordWidth));
  },
};

/** A quiet action ("Show message"). */
export const Ghost: Story = { args: { variant: "ghost", children: "Show message" } };

/** The compact size used inside lists. */
export const Small: Story = { args: { variant: "secondary", size: "small", children: "Dismiss" } };

/** Running: a spinner shows, presses are ignored, and the button keeps keyboard focus. */
export const Pending: Story = {
  args: { variant: "primary", isPending: true, children: "Accepting…" },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole("button", { name: "Accepting…" });
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toHaveAttribute("data-state", "pending");
    await expect(button).toBeEnabled();
    await userEvent.click(button);
    await userEvent.keyboard("{Enter}");
    await expect(args.onClick).not.toHaveBeenCalled();
    await expect(button).toHaveFocus();
  },
};

/** Pending inside a form: pressing it does not submit. */
export const PendingSubmit: Story = {
  args: { variant: "primary", isPending: true, type: "submit", children: "Saving…" },
  render: (args) => {
    const onSubmit = fn();
    return (
      <form
        aria-label="Settings"
        data-submitted="false"
        onSubmit={(event) => {
          event.preventDefault();
          event.currentTarget.dataset["submitted"] = "true";
          onSubmit();
        }}
      >
        <Button {...args} />
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Saving…" }));
    await expect(canvas.getByRole("form", { name: "Settings" })).toHaveAttribute("data-submitted", "false");
  },
};

/** Unavailable (not merely busy): skipped by Tab. */
export const Disabled: Story = {
  args: { variant: "secondary", disabled: true, children: "Accept" },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole("button", { name: "Accept" });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute("data-state", "disabled");
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

/** Focus is visible when reached by keyboard. */
export const KeyboardFocus: Story = {
  args: { variant: "secondary", children: "Decline" },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole("button", { name: "Decline" });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await expect(getComputedStyle(button).outlineStyle).toBe("solid");
    await userEvent.keyboard(" ");
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

/** A long translated label wraps instead of overflowing. */
export const LongLabel: Story = {
  args: {
    variant: "primary",
    children: "Zaakceptuj zaproszenie i dołącz do pokoju, aby zobaczyć pełną historię rozmowy",
    style: { maxInlineSize: "16rem" },
  },
};

/** Every variant in the dark theme. */
export const DarkTheme: Story = {
  globals: { theme: "dark" },
  render: (args) => (
    <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
      <Button {...args} variant="primary">Accept</Button>
      <Button {...args} variant="secondary">Decline</Button>
      <Button {...args} variant="danger">Decline and block</Button>
      <Button {...args} variant="danger-outline">Ban</Button>
      <Button {...args} variant="danger-text">Decline and block…</Button>
      <Button {...args} variant="ghost">Open</Button>
      <Button {...args} variant="link">Show message</Button>
      <Button {...args} variant="primary" isPending>Accepting…</Button>
    </div>
  ),
  play: async ({ canvasElement, canvas }) => {
    await expect(canvasElement.querySelector('[data-mmui-theme="dark"]')).not.toBeNull();
    // The dark accent (#74b3f5) with dark text, not the light theme's white on blue.
    await expect(getComputedStyle(canvas.getByRole("button", { name: "Accept" })).backgroundColor).toBe("rgb(116, 179, 245)");
  },
};

/** Every variant in the high-contrast theme. */
export const HighContrastTheme: Story = {
  globals: { theme: "high-contrast" },
  render: DarkTheme.render,
  play: async ({ canvas }) => {
    await expect(getComputedStyle(canvas.getByRole("button", { name: "Decline" })).borderTopWidth).toBe("2px");
  },
};

/** Right to left: the spinner sits at the start (right) of the label. */
export const RightToLeft: Story = {
  globals: { direction: "rtl" },
  args: { variant: "primary", isPending: true, children: "قبول" },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole("button");
    const spinner = button.querySelector(".mmui-button__spinner");
    const label = button.querySelector(".mmui-button__label");
    await expect(spinner).not.toBeNull();
    await expect(spinner!.getBoundingClientRect().left).toBeGreaterThan(label!.getBoundingClientRect().left);
  },
};

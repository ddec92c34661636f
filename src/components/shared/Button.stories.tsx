import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { Button } from "./Button";

const meta = {
  title: "Shared/Button",
  component: Button,
  args: { children: "Accept", onClick: fn() },
  argTypes: {
    variant: { control: "inline-radio", options: ["primary", "secondary", "danger", "ghost"] },
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

/** A destructive action ("Decline and block…"). */
export const Danger: Story = { args: { variant: "danger", children: "Decline and block…" } };

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
      <Button {...args} variant="danger">Decline and block…</Button>
      <Button {...args} variant="ghost">Show message</Button>
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

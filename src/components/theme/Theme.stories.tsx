import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";

/** Text tokens and the surfaces they are meant to sit on. */
const PAIRS: ReadonlyArray<readonly [text: string, background: string]> = [
  ["--mmui-color-text", "--mmui-color-background"],
  ["--mmui-color-text", "--mmui-color-surface"],
  ["--mmui-color-text", "--mmui-color-surface-hover"],
  ["--mmui-color-text-secondary", "--mmui-color-background"],
  ["--mmui-color-text-secondary", "--mmui-color-surface"],
  ["--mmui-color-accent-text", "--mmui-color-background"],
  ["--mmui-color-danger-text", "--mmui-color-background"],
  ["--mmui-color-text-on-accent", "--mmui-color-accent"],
  ["--mmui-color-text-on-danger", "--mmui-color-danger"],
  ["--mmui-color-neutral-text", "--mmui-color-neutral-surface"],
  ["--mmui-color-info-text", "--mmui-color-info-surface"],
  ["--mmui-color-success-text", "--mmui-color-success-surface"],
  ["--mmui-color-warning-text", "--mmui-color-warning-surface"],
  ["--mmui-color-danger-surface-text", "--mmui-color-danger-surface"],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((index) => ["--mmui-avatar-text", `--mmui-avatar-${index}`] as const),
];

/** Every text/background token pair of the active theme, as small text (the strictest contrast case). */
function ThemeTokens() {
  return (
    <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "0.25rem" }}>
      {PAIRS.map(([text, background]) => (
        <li
          key={`${text} ${background}`}
          data-text={text}
          data-background={background}
          style={{
            color: `var(${text})`,
            backgroundColor: `var(${background})`,
            padding: "0.25rem 0.5rem",
            fontSize: "0.8125rem",
            border: "1px solid var(--mmui-color-border)",
            borderRadius: "var(--mmui-radius-small)",
          }}
        >
          {text} on {background}
        </li>
      ))}
    </ul>
  );
}

const meta = {
  title: "Theme/Tokens",
  component: ThemeTokens,
  parameters: { docs: { description: { component: "The `--mmui-*` colour pairs of each theme; axe checks their contrast in Chromium." } } },
  play: async ({ canvasElement }) => {
    const items = canvasElement.querySelectorAll("li");
    await expect(items).toHaveLength(PAIRS.length);
    // Every token resolves to a colour (a missing token would leave the text transparent-on-default).
    for (const item of items) await expect(getComputedStyle(item).backgroundColor).not.toBe("rgba(0, 0, 0, 0)");
  },
} satisfies Meta<typeof ThemeTokens>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The default theme. */
export const Light: Story = { globals: { theme: "light" } };

/** `data-mmui-theme="dark"`. */
export const Dark: Story = { globals: { theme: "dark" } };

/** `data-mmui-theme="high-contrast"`. */
export const HighContrast: Story = { globals: { theme: "high-contrast" } };

import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
// Element Web's design tokens (`--cpd-*`), as a host that uses Compound loads them.
import "@vector-im/compound-design-tokens/assets/web/css/compound-design-tokens.css";
import { InvitePreviewView } from "../InvitePreview/InvitePreviewView";
import { captures, summaryOf } from "../InvitePreview/storyData";
import { Button } from "../shared/Button";
import "./compound.css";

/** The components as Element would show them: Compound's tokens, mapped by `compound.css`. */
function CompoundGallery({ compoundTheme }: { compoundTheme: "cpd-theme-light" | "cpd-theme-dark" }) {
  return (
    <div
      className={compoundTheme}
      data-mmui-theme="compound"
      style={{
        display: "grid",
        gap: "1rem",
        padding: "1rem",
        backgroundColor: "var(--mmui-color-background)",
        color: "var(--mmui-color-text)",
        fontFamily: "var(--cpd-font-family-sans)",
      }}
    >
      <InvitePreviewView summary={summaryOf(captures.namedRoomFull)} headingLevel={2} renderDeclineDialog={() => null} />
      <InvitePreviewView
        summary={summaryOf(captures.namedRoomFull)}
        headingLevel={2}
        status="error"
        error={{ code: "server_error", action: "accept", joined: true }}
        onRetry={() => undefined}
      />
      <div style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem", alignItems: "center" }}>
        <Button variant="primary">Accept</Button>
        <Button variant="secondary">Decline</Button>
        <Button variant="danger-outline">Ban</Button>
        <Button variant="danger-text">Decline and block…</Button>
        <Button variant="danger">Decline and block</Button>
        <Button variant="link">Show more</Button>
      </div>
    </div>
  );
}

/** The computed colour of a Compound token inside `root`. */
function resolvedColour(root: HTMLElement, token: string): string {
  const probe = document.createElement("span");
  probe.style.backgroundColor = `var(${token})`;
  root.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}

const meta = {
  title: "Theme/Compound (Element)",
  component: CompoundGallery,
  args: { compoundTheme: "cpd-theme-light" },
  parameters: {
    docs: {
      description: {
        component:
          "`matrix-membership-ui/compound.css` maps every `--mmui-*` token to Element's Compound tokens (`--cpd-*`) under `data-mmui-theme=\"compound\"`.",
      },
    },
  },
} satisfies Meta<typeof CompoundGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Compound's light theme: Inter, Compound's canvas, and its solid primary action. */
export const Light: Story = {
  play: async ({ canvas, canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-mmui-theme="compound"]');
    if (!root) throw new Error("no compound root");
    const article = canvas.getAllByRole("article")[0] as HTMLElement;
    // The card inherits Compound's font (Inter first), not a system stack of its own.
    await expect(getComputedStyle(article).fontFamily).toMatch(/^Inter/);
    await expect(getComputedStyle(article).backgroundColor).toBe(resolvedColour(root, "--cpd-color-bg-canvas-default"));
    const accept = canvas.getAllByRole("button", { name: "Accept" })[0] as HTMLElement;
    await expect(getComputedStyle(accept).backgroundColor).toBe(resolvedColour(root, "--cpd-color-bg-action-primary-rest"));
    await expect(getComputedStyle(accept).backgroundColor).not.toBe("rgb(11, 102, 194)");
  },
};

/** Compound's dark theme, chosen by Compound's own class: the components follow it. */
export const Dark: Story = {
  args: { compoundTheme: "cpd-theme-dark" },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-mmui-theme="compound"]');
    if (!root) throw new Error("no compound root");
    await expect(getComputedStyle(root).backgroundColor).toBe(resolvedColour(root, "--cpd-color-bg-canvas-default"));
    await expect(getComputedStyle(root).backgroundColor).not.toBe("rgb(255, 255, 255)");
  },
};

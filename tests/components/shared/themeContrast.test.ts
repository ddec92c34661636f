// @vitest-environment node
/**
 * The theme's colour pairs meet WCAG 2.2 AA in every theme: 4.5:1 for text, 3:1 for
 * borders and focus rings. Reads `theme.css` itself, so a token change that breaks
 * contrast fails here.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const themePath = fileURLToPath(new URL("../../../src/components/theme/theme.css", import.meta.url));

interface Rule {
  media: string | undefined;
  selectors: string[];
  declarations: Map<string, string>;
}

/** A tiny CSS reader: enough for the flat rules and one level of `@media` in theme.css. */
function parseRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules: Rule[] = [];
  function walk(source: string, media: string | undefined) {
    let index = 0;
    while (index < source.length) {
      const open = source.indexOf("{", index);
      if (open < 0) return;
      const prelude = source.slice(index, open).trim();
      let depth = 1;
      let close = open + 1;
      for (; close < source.length && depth > 0; close++) {
        if (source[close] === "{") depth++;
        else if (source[close] === "}") depth--;
      }
      const body = source.slice(open + 1, close - 1);
      if (prelude.startsWith("@media")) walk(body, prelude.slice("@media".length).trim());
      else {
        const declarations = new Map<string, string>();
        for (const declaration of body.split(";")) {
          const colon = declaration.indexOf(":");
          if (colon < 0) continue;
          declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
        }
        rules.push({ media, selectors: splitSelectors(prelude), declarations });
      }
      index = close;
    }
  }
  walk(text, undefined);
  return rules;
}

const rules = parseRules(readFileSync(themePath, "utf8"));

/** Splits a selector list on the commas that are not inside `:not(…)`. */
function splitSelectors(prelude: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < prelude.length; index++) {
    const character = prelude[index];
    if (character === "(") depth++;
    else if (character === ")") depth--;
    else if (character === "," && depth === 0) {
      selectors.push(prelude.slice(start, index).trim());
      start = index + 1;
    }
  }
  selectors.push(prelude.slice(start).trim());
  return selectors;
}

/**
 * The tokens an element matched by `selector` sees, inside a root element with no theme
 * attribute, with the given media features on: the root's tokens, then the element's own.
 */
function tokensFor(selector: string, media: readonly string[] = []): Map<string, string> {
  const tokens = new Map<string, string>();
  const active = rules.filter((rule) => rule.media === undefined || media.includes(rule.media));
  for (const rule of active) {
    if (!rule.selectors.some((candidate) => candidate.startsWith(":root"))) continue;
    for (const [name, value] of rule.declarations) tokens.set(name, value);
  }
  if (selector === ":root") return tokens;
  for (const rule of active) {
    if (!rule.selectors.includes(selector)) continue;
    for (const [name, value] of rule.declarations) tokens.set(name, value);
  }
  return tokens;
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1], 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => {
    const c = channel / 255;
    return c <= 0.040_45 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const TEXT_PAIRS: ReadonlyArray<[string, string]> = [
  ["--mmui-color-text", "--mmui-color-background"],
  ["--mmui-color-text", "--mmui-color-surface"],
  ["--mmui-color-text", "--mmui-color-surface-hover"],
  ["--mmui-color-text-secondary", "--mmui-color-background"],
  ["--mmui-color-text-secondary", "--mmui-color-surface"],
  ["--mmui-color-text-on-accent", "--mmui-color-accent"],
  ["--mmui-color-text-on-accent", "--mmui-color-accent-hover"],
  ["--mmui-color-accent-text", "--mmui-color-background"],
  ["--mmui-color-accent-text", "--mmui-color-surface"],
  ["--mmui-color-text-on-danger", "--mmui-color-danger"],
  ["--mmui-color-text-on-danger", "--mmui-color-danger-hover"],
  ["--mmui-color-danger-text", "--mmui-color-background"],
  ["--mmui-color-danger-text", "--mmui-color-surface"],
  ["--mmui-color-neutral-text", "--mmui-color-neutral-surface"],
  ["--mmui-color-info-text", "--mmui-color-info-surface"],
  ["--mmui-color-success-text", "--mmui-color-success-surface"],
  ["--mmui-color-warning-text", "--mmui-color-warning-surface"],
  ["--mmui-color-danger-surface-text", "--mmui-color-danger-surface"],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((index): [string, string] => ["--mmui-avatar-text", `--mmui-avatar-${index}`]),
];

const NON_TEXT_PAIRS: ReadonlyArray<[string, string]> = [
  ["--mmui-color-border", "--mmui-color-background"],
  ["--mmui-color-border", "--mmui-color-surface"],
  ["--mmui-color-focus-ring-color", "--mmui-color-background"],
  ["--mmui-color-focus-ring-color", "--mmui-color-surface"],
];

const THEMES: ReadonlyArray<[string, Map<string, string>]> = [
  ["light", tokensFor(":root")],
  ["light, prefers-contrast: more", tokensFor(":root", ["(prefers-contrast: more)"])],
  ["dark", tokensFor('[data-mmui-theme="dark"]')],
  ["dark, prefers-contrast: more", tokensFor('[data-mmui-theme="dark"]', ["(prefers-contrast: more)"])],
  ["no theme chosen, in a page that prefers dark", tokensFor(":root", ["(prefers-color-scheme: dark)"])],
  ["auto, dark by prefers-color-scheme", tokensFor('[data-mmui-theme="auto"]', ["(prefers-color-scheme: dark)"])],
  [
    "auto, dark by prefers-color-scheme, prefers-contrast: more",
    tokensFor('[data-mmui-theme="auto"]', [
      "(prefers-color-scheme: dark)",
      "(prefers-contrast: more)",
      "(prefers-contrast: more) and (prefers-color-scheme: dark)",
    ]),
  ],
  ["high contrast", tokensFor('[data-mmui-theme="high-contrast"]')],
  ["high contrast under prefers-color-scheme: dark", tokensFor('[data-mmui-theme="high-contrast"]', ["(prefers-color-scheme: dark)"])],
  ["light inside a page that prefers dark", tokensFor('[data-mmui-theme="light"]', ["(prefers-color-scheme: dark)"])],
];

function token(tokens: Map<string, string>, name: string): string {
  // The focus ring is named `--mmui-focus-ring-color`; the table above uses a colour-style alias.
  const value = tokens.get(name === "--mmui-color-focus-ring-color" ? "--mmui-focus-ring-color" : name);
  if (!value) throw new Error(`missing token ${name}`);
  return value;
}

describe.each(THEMES)("the %s theme", (_name, tokens) => {
  it.each(TEXT_PAIRS)("gives %s on %s at least 4.5:1", (foreground, background) => {
    expect(contrast(token(tokens, foreground), token(tokens, background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT_PAIRS)("gives %s on %s at least 3:1", (foreground, background) => {
    expect(contrast(token(tokens, foreground), token(tokens, background))).toBeGreaterThanOrEqual(3);
  });
});

describe("the theme tokens", () => {
  it("stay light when the OS prefers dark but the host chose no theme: only `auto` follows the OS", () => {
    const byName = new Map(THEMES);
    expect(token(byName.get("no theme chosen, in a page that prefers dark")!, "--mmui-color-background")).toBe(
      token(byName.get("light")!, "--mmui-color-background"),
    );
  });

  it("leave the font to the host: no --mmui-font-family by default, so components inherit it", () => {
    expect(tokensFor(":root").has("--mmui-font-family")).toBe(false);
  });

  it("differ between light and dark, so the dark theme is really applied", () => {
    expect(token(THEMES[2]![1], "--mmui-color-background")).not.toBe(token(THEMES[0]![1], "--mmui-color-background"));
    const byName = new Map(THEMES);
    expect(token(byName.get("auto, dark by prefers-color-scheme")!, "--mmui-color-background")).toBe(
      token(byName.get("dark")!, "--mmui-color-background"),
    );
    expect(token(byName.get("light inside a page that prefers dark")!, "--mmui-color-background")).toBe(
      token(byName.get("light")!, "--mmui-color-background"),
    );
  });
});

// Where Debian's Chromium lives and how we start it. Shared by Vitest browser mode,
// Storybook tests, end-to-end tests and benchmarks. We never download a browser.
import { existsSync } from "node:fs";

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
];

/**
 * Extra flags for pixel comparisons (the `visual` Vitest project): colours in sRGB whatever the
 * machine's profile, greyscale text anti-aliasing whatever fontconfig says about the screen, and
 * every repaint rastered whole. Partial raster redraws only the changed part of a tile, and its
 * anti-aliasing on rounded corners differs by a few levels from a full raster, so a story that
 * changed after its first paint would otherwise look different depending on timing.
 */
export const screenshotArgs = ["--force-color-profile=srgb", "--disable-lcd-text", "--disable-partial-raster"];

const candidates = () => [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Path of the Chromium binary (`CHROME_PATH`, else Debian's), or `undefined` when none is installed. */
export function findChromium() {
  for (const candidate of candidates()) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Path of the Chromium binary: `CHROME_PATH`, else Debian's `/usr/bin/chromium`; throws when missing. */
export function chromiumPath() {
  const found = findChromium();
  if (found) return found;
  throw new Error(
    "Chromium not found. Install Debian's chromium (apt-get install chromium) or set CHROME_PATH.",
  );
}

/**
 * Launch options for playwright-core's `chromium.launch`. With `lazy`, a missing browser does not
 * throw here (so configs that merely mention the browser still load); the launch then fails
 * naming the expected path.
 */
export function chromiumLaunchOptions({ lazy = false } = {}) {
  const executablePath = lazy ? (findChromium() ?? process.env.CHROME_PATH ?? "/usr/bin/chromium") : chromiumPath();
  return { executablePath, args: chromiumArgs, headless: true };
}

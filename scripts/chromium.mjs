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

/** Path of the Chromium binary: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    "Chromium not found. Install Debian's chromium (apt-get install chromium) or set CHROME_PATH.",
  );
}

/** Launch options for playwright-core's `chromium.launch`. */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: chromiumArgs, headless: true };
}

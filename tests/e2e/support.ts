/**
 * Shared helpers of the end-to-end tests: a Chromium per file, pages that record CSP
 * violations and every request, signing in through the demo's form, and screenshots.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import type { TestUser } from "../integration/synapse/context";

export { homeserver, newUser, waitForSync, HomeserverError } from "../integration/synapse/context";
export type { TestUser } from "../integration/synapse/context";

/** The built demo's URL, from the global setup. */
export function demoUrl(): string {
  return inject("demoUrl");
}

/** Launches Debian's Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** A page plus what it did: CSP violations, requested URLs, uncaught errors. */
export interface TrackedPage {
  page: Page;
  /** `securitypolicyviolation` events, as "directive blocked-uri" strings. */
  cspViolations(): Promise<string[]>;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Uncaught page errors. */
  pageErrors: string[];
}

/**
 * A test file's browser and pages: one Chromium for the file, and `open()` for a fresh tracked
 * page. After each test the page it opened must have had no CSP violation and no uncaught
 * error; then its context is closed. Call once, at the top level of the file.
 */
export function checkedPages(): { open(): Promise<TrackedPage> } {
  let browser: Browser | undefined;
  let current: TrackedPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    if (!current) return;
    const page = current;
    current = undefined;
    expect(await page.cspViolations()).toEqual([]);
    expect(page.pageErrors).toEqual([]);
    await page.page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open() {
      if (!browser) throw new Error("checkedPages: open() runs inside a test, after the browser started");
      current = await openPage(browser);
      return current;
    },
  };
}

/** Opens a fresh context (own sessionStorage) and page that records violations and requests. */
export async function openPage(browser: Browser): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const consoleViolations: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  // Init scripts are injected by the browser's debugging protocol, not subject to the page's CSP.
  await page.addInitScript(() => {
    const store: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: store });
    document.addEventListener("securitypolicyviolation", (event) => {
      store.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    page,
    requests,
    pageErrors,
    async cspViolations() {
      const recorded = await page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
      return [...recorded, ...consoleViolations];
    },
  };
}

/** Signs in through the demo's form and waits for the inbox. */
export async function signIn(page: Page, user: Pick<TestUser, "username" | "password">, homeserverUrl: string): Promise<void> {
  await page.goto(demoUrl());
  await page.getByLabel("Homeserver URL").fill(homeserverUrl);
  await page.getByLabel("User ID or username").fill(user.username);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: /^Invites/, level: 2 }).waitFor();
}

/**
 * The invite `<article>` in the inbox whose heading names `roomName` (the preview itself, not
 * the feed's row around it, which is an article too).
 */
export function inviteArticle(page: Page, roomName: string | RegExp) {
  return page
    .getByRole("region", { name: /^Invites/ })
    .locator("article.mmui-invite-preview")
    .filter({ has: page.getByRole("heading", { name: roomName }) });
}

const screenshotDirectory = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

/**
 * Saves a screenshot under `docs/screenshots/<name>.png` when `MMUI_SCREENSHOTS=docs`, else
 * under `.cache/screenshots/` (so a normal run does not touch committed files).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.MMUI_SCREENSHOTS === "docs" ? screenshotDirectory : fileURLToPath(new URL("../../.cache/screenshots/", import.meta.url));
  mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: `${directory}${name}.png`, fullPage: false });
}

/** The demo's "Sync" setting: each choice's label and what the panel says once its feed runs. */
export const FEEDS = {
  auto: { label: "Automatic", running: "Running: sliding sync" },
  sliding: { label: "Sliding sync", running: "Running: sliding sync" },
  classic: { label: "Classic /sync", running: "Running: classic /sync" },
} as const;

/** Picks a feed in the demo's "Sync" setting and waits until it runs and the inbox is up to date. */
export async function chooseFeed(page: Page, feed: keyof typeof FEEDS): Promise<void> {
  const panel = page.getByRole("region", { name: "Sync" });
  await panel.getByRole("radio", { name: FEEDS[feed].label }).check();
  await panel.getByText(FEEDS[feed].running).waitFor({ timeout: 15_000 });
  await page.getByRole("status").filter({ hasText: "Up to date" }).waitFor({ timeout: 15_000 });
}

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUrl, homeserver, launchBrowser, newUser, openPage, screenshot, signIn } from "./support";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function submit(page: Page, homeserverUrl: string, user: string, password: string) {
  await page.goto(demoUrl());
  await page.getByLabel("Homeserver URL").fill(homeserverUrl);
  await page.getByLabel("User ID or username").fill(user);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

describe("signing in through the demo", () => {
  it("signs in with a username, keeps the session across a reload, and signs out", async () => {
    const alice = await newUser("alice");
    const tracked = await openPage(browser);
    const { page } = tracked;
    await signIn(page, alice, homeserver().baseUrl);
    await page.getByText(`Signed in as ${alice.userId}`).waitFor();
    await page.getByRole("status").filter({ hasText: "Up to date" }).waitFor();

    await page.reload();
    await page.getByRole("heading", { name: /^Invites/, level: 2 }).waitFor();
    const stored = await page.evaluate(() => sessionStorage.getItem("mmui-demo-session"));
    expect(JSON.parse(stored ?? "{}")).toMatchObject({ userId: alice.userId });

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("mmui-demo-session"))).toBeNull();
    // The token was revoked on the server, not just forgotten by the tab.
    const token = JSON.parse(stored ?? "{}").accessToken as string;
    await expect
      .poll(async () => (await fetch(`${homeserver().baseUrl}/_matrix/client/v3/account/whoami`, { headers: { Authorization: `Bearer ${token}` } })).status)
      .toBe(401);
    expect(await tracked.cspViolations()).toEqual([]);
    expect(tracked.pageErrors).toEqual([]);
    await page.context().close();
  });

  it("says the password is wrong when it is", async () => {
    const bob = await newUser("bob");
    const tracked = await openPage(browser);
    await submit(tracked.page, homeserver().baseUrl, bob.userId, "not-the-password");
    await tracked.page.getByRole("alert").filter({ hasText: /^Wrong user ID or password\.$/ }).waitFor({ timeout: 15_000 });
    await screenshot(tracked.page, "sign-in-error");
    expect(await tracked.cspViolations()).toEqual([]);
    await tracked.page.context().close();
  });

  it("says the server cannot be reached when nothing listens there", async () => {
    const tracked = await openPage(browser);
    await submit(tracked.page, "http://127.0.0.1:9", "alice", "secret");
    await tracked.page.getByRole("alert").filter({ hasText: "Could not reach http://127.0.0.1:9" }).waitFor({ timeout: 20_000 });
    expect(await tracked.page.getByLabel("Homeserver URL").evaluate((element) => element === document.activeElement)).toBe(true);
    await tracked.page.context().close();
  });

  it("says a web server that is not a homeserver is not one", async () => {
    const tracked = await openPage(browser);
    // The demo's own static server answers every path with its HTML page.
    await submit(tracked.page, demoUrl(), "alice", "secret");
    await tracked.page.getByRole("alert").filter({ hasText: "is not a Matrix homeserver" }).waitFor({ timeout: 15_000 });
    expect(await tracked.cspViolations()).toEqual([]);
    await tracked.page.context().close();
  });

  it("runs under a strict Content-Security-Policy that the browser enforces", async () => {
    const tracked = await openPage(browser);
    const { page } = tracked;
    await page.goto(demoUrl());
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ?? "";
    const directives = new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name = "", ...values]) => [name, values]));
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("img-src")).toEqual(["'self'", "blob:"]);
    expect(policy).not.toMatch(/unsafe-(inline|eval)|data:/);
    expect(await page.locator("script:not([src])").count()).toBe(0);
    expect(await tracked.cspViolations()).toEqual([]);

    // The policy is live: an image from elsewhere and an inline script are both refused.
    // (Playwright's own evaluate runs through the debugging protocol, outside the policy.)
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "https://example.org/tracker.png";
      document.body.append(image);
      const script = document.createElement("script");
      script.textContent = "window.__inlineScriptRan = true;";
      document.body.append(script);
    });
    await expect.poll(() => tracked.cspViolations()).toContainEqual(expect.stringMatching(/^img-src https:\/\/example\.org/));
    await expect.poll(() => tracked.cspViolations()).toContainEqual(expect.stringMatching(/^script-src(-elem)? inline/));
    expect(await page.evaluate(() => (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan)).toBeUndefined();
    await page.context().close();
  });
});

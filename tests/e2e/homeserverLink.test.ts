/**
 * A link can name a homeserver (`?homeserver=`), and anyone can send a link: the demo names
 * that server in words and asks before signing in to it, so a phishing link cannot silently
 * send the password to its own server. Nothing goes to the link's server before the user
 * chooses "Use this server".
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUrl, homeserver, launchBrowser, newUser, openPage } from "./support";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const EVIL = "https://matrix-login.evil.example";

function linkTo(server: string): string {
  return `${demoUrl()}/?homeserver=${encodeURIComponent(server)}`;
}

describe("a sign-in link that names a homeserver", () => {
  it("names the server and asks first; Use my own keeps the password away from it", async () => {
    const tracked = await openPage(browser);
    const { page } = tracked;
    await page.goto(linkTo(EVIL));
    await page.getByText("This link asks you to sign in to matrix-login.evil.example. Only continue if you trust it.").waitFor();
    // No password can be typed before the choice.
    expect(await page.getByLabel("Password").count()).toBe(0);

    await page.getByRole("button", { name: "Use my own" }).click();
    const field = page.getByLabel("Homeserver URL");
    expect(await field.inputValue()).toBe("http://127.0.0.1:8008");
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByLabel("User ID or username").fill("alice");
    await page.getByLabel("Password").fill("secret");
    expect(tracked.requests.filter((url) => new URL(url).origin === EVIL)).toEqual([]);
    expect(await tracked.cspViolations()).toEqual([]);
    await page.context().close();
  });

  it("signs in to the named server only after Use this server", async () => {
    const alice = await newUser("alice");
    const server = homeserver().baseUrl;
    const tracked = await openPage(browser);
    const { page } = tracked;
    await page.goto(linkTo(server));
    await page.getByText(`This link asks you to sign in to ${new URL(server).host}. Only continue if you trust it.`).waitFor();
    expect(tracked.requests.filter((url) => new URL(url).origin === new URL(server).origin)).toEqual([]);

    await page.getByRole("button", { name: "Use this server" }).click();
    expect(await page.getByLabel("Homeserver URL").inputValue()).toBe(server);
    expect(await page.getByLabel("User ID or username").evaluate((element) => element === document.activeElement)).toBe(true);
    expect(tracked.requests.filter((url) => new URL(url).origin === new URL(server).origin)).toEqual([]);
    await page.getByLabel("User ID or username").fill(alice.username);
    await page.getByLabel("Password").fill(alice.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText(`Signed in as ${alice.userId}`).waitFor();
    expect(await tracked.cspViolations()).toEqual([]);
    await page.context().close();
  });

  it("ignores a link whose homeserver is not an http(s) URL", async () => {
    const tracked = await openPage(browser);
    const { page } = tracked;
    await page.goto(linkTo("javascript:alert(1)"));
    await page.getByLabel("Password").waitFor();
    expect(await page.getByLabel("Homeserver URL").inputValue()).toBe("http://127.0.0.1:8008");
    expect(await page.getByText("This link asks you").count()).toBe(0);
    await page.context().close();
  });
});

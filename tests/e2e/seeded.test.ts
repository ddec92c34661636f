import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedHomeserver } from "../integration/synapse/seed.mjs";
import { homeserver, launchBrowser, openPage, screenshot, signIn, chooseFeed } from "./support";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the demo on the seeded homeserver (what `npm run homeserver` serves)", () => {
  it("shows every seeded invite as an article with Accept and Decline, hostile ones included, with no CSP violation", async () => {
    const seeded = await seedHomeserver(homeserver(), { suffix: `-${Date.now().toString(36)}` });
    const invited = seeded.rooms.filter((room) => room.invited);
    expect(invited.length).toBeGreaterThan(5);
    const tracked = await openPage(browser);
    const { page } = tracked;
    await signIn(page, seeded.users.demo, homeserver().baseUrl);
    // Pending knocks come with classic /sync only (a sliding sync invite list holds invites).
    await chooseFeed(page, "classic");
    await page.getByRole("heading", { name: `Invites (${invited.length})` }).waitFor({ timeout: 15_000 });

    // The hostile invites (a look-alike of a contact, a user ID as a name) land in the folded
    // "Probably spam" group, counted; opened, it shows them like the others.
    await page.getByRole("button", { name: /^Show \d+ invites? in Probably spam$/ }).click();
    // A small inbox is not virtualized: every invite is an article in the document at once.
    await expect
      .poll(() => page.locator("article.mmui-invite-preview").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-room-id") ?? "").sort()))
      .toEqual(invited.map((room) => room.roomId).sort());
    const knockShown = (await page.getByRole("group").filter({ hasText: "You asked to join" }).count()) > 0;

    const first = page.getByRole("article").first();
    expect(await first.getByRole("button", { name: "Accept" }).count()).toBe(1);
    expect(await first.getByRole("button", { name: "Decline", exact: true }).count()).toBe(1);
    // Hostile names stay text: nothing from the network became markup or a script.
    expect(await page.locator("article script, article iframe, article a[href^='javascript:']").count()).toBe(0);
    await screenshot(page, "seeded-inbox");

    // The knock the seed left pending shows as a request, not as an invite.
    expect(knockShown).toBe(seeded.rooms.some((room) => room.kind === "knock-pending"));
    // Accept the first invite, decline the next one.
    // (By room ID: the seed holds look-alike names on purpose.)
    const [firstId, secondId] = await page.locator("article.mmui-invite-preview").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-room-id")));
    await page.locator(`article.mmui-invite-preview[data-room-id="${firstId}"]`).getByRole("button", { name: "Accept" }).click();
    await page.getByRole("heading", { name: `Invites (${invited.length - 1})` }).waitFor({ timeout: 15_000 });
    const second = page.locator(`article.mmui-invite-preview[data-room-id="${secondId}"]`);
    await second.getByRole("button", { name: "Decline", exact: true }).click();
    await second.getByText("Invite declined.").first().waitFor({ timeout: 15_000 });
    await page.getByRole("heading", { name: `Invites (${invited.length - 2})` }).waitFor({ timeout: 15_000 });

    expect(await tracked.cspViolations()).toEqual([]);
    expect(tracked.pageErrors).toEqual([]);
    await page.context().close();
  });
});

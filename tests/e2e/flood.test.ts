import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFaultProxy, type FaultProxy } from "./faultProxy.mjs";
import { homeserver, launchBrowser, newUser, openPage, screenshot, signIn } from "./support";

let browser: Browser;
let proxy: FaultProxy;

beforeAll(async () => {
  [browser, proxy] = await Promise.all([launchBrowser(), startFaultProxy({ target: homeserver().baseUrl })]);
});
afterAll(async () => {
  await browser?.close();
  await proxy?.close();
});

const INVITES = 200;
const LEAVE = /\/_matrix\/client\/v3\/rooms\/[^/]+\/leave$/;

async function inParallel<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++) results[index] = await task(index);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

describe("a spam flood", () => {
  it(`clears ${INVITES} live invites with Decline all, waiting out 429s without showing one`, async () => {
    const [alice, spammer] = await Promise.all([newUser("alice"), newUser("spammer")]);
    const tracked = await openPage(browser);
    const { page } = tracked;
    await signIn(page, alice, proxy.url);
    await page.getByRole("status").filter({ hasText: "Up to date" }).waitFor();

    const roomIds = await inParallel(INVITES, 6, async (index) => {
      const roomId = await spammer.api.createRoom({ name: `Free prize ${index + 1}`, invite: [alice.userId] });
      return roomId;
    });
    expect(new Set(roomIds).size).toBe(INVITES);
    await page.getByRole("heading", { name: `Invites (${INVITES})` }).waitFor({ timeout: 60_000 });
    await screenshot(page, "flood");

    // The server pushes back now and then while the flood is cleared.
    const rateLimit = proxy.addFault({ fault: "status", status: 429, retryAfterSeconds: 1, method: "POST", path: LEAVE, times: 6 });
    // So many invites from one sender at once is a wave: they land in the folded "Probably spam"
    // group, counted, with nothing of theirs drawn until the group is opened.
    expect(await page.getByRole("article").count()).toBe(0);
    await page.getByRole("button", { name: `Show ${INVITES} invites in Probably spam` }).click();
    await page.getByRole("article").first().waitFor();
    await page.getByRole("button", { name: `Decline all ${INVITES} invites in Probably spam` }).click();
    await page.getByRole("button", { name: `Decline ${INVITES} invites` }).click();
    await page.getByText("Declining invites").or(page.getByText(/^Declining \d+ of/)).first().waitFor();
    await screenshot(page, "decline-all-progress");
    await page.getByText(`Declined ${INVITES} invites.`).first().waitFor({ timeout: 120_000 });
    await page.getByRole("heading", { name: "Invites (0)" }).waitFor({ timeout: 20_000 });
    expect(rateLimit.hits).toBe(6);
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await page.getByRole("article").count()).toBe(0);

    // The server agrees: nothing pending, every room left.
    const sync = await alice.api.sync();
    expect(Object.keys(sync.rooms?.invite ?? {})).toEqual([]);
    expect(Object.keys(sync.rooms?.join ?? {})).toEqual([]);
    // Nothing comes back on the next syncs either.
    await page.waitForTimeout(1_500);
    await page.getByRole("heading", { name: "Invites (0)" }).waitFor();
    expect(await tracked.cspViolations()).toEqual([]);
    expect(tracked.pageErrors).toEqual([]);
    await page.context().close();
    // Creating 200 rooms on a busy two-core machine can take a while.
  }, 180_000);
});

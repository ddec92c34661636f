import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFaultProxy, type FaultProxy } from "./faultProxy.mjs";
import { homeserver, inviteArticle, launchBrowser, newUser, openPage, screenshot, signIn, type TestUser, type TrackedPage } from "./support";

let browser: Browser;
let proxy: FaultProxy;
let tracked: TrackedPage | undefined;

beforeAll(async () => {
  [browser, proxy] = await Promise.all([launchBrowser(), startFaultProxy({ target: homeserver().baseUrl })]);
});
afterEach(async () => {
  proxy.reset();
  if (tracked) {
    expect(await tracked.cspViolations()).toEqual([]);
    expect(tracked.pageErrors).toEqual([]);
    await tracked.page.context().close();
    tracked = undefined;
  }
});
afterAll(async () => {
  await browser?.close();
  await proxy?.close();
});

const JOIN = /\/_matrix\/client\/v3\/join\//;
const STATE = /\/_matrix\/client\/v3\/rooms\/[^/]+\/state$/;
// Either feed's long poll: the demo's automatic choice runs sliding sync on Synapse.
const SYNC = /\/_matrix\/client\/(v3|unstable\/org\.matrix\.simplified_msc3575)\/sync$/;

/** Alice signed in through the proxy, with one invite from Bob on screen. */
async function aliceWithInvite(roomName: string): Promise<{ page: Page; alice: TestUser; bob: TestUser; roomId: string }> {
  const [alice, bob] = await Promise.all([newUser("alice", { displayName: "Alice" }), newUser("bob", { displayName: "Bob" })]);
  tracked = await openPage(browser);
  await signIn(tracked.page, alice, proxy.url);
  const roomId = await bob.api.createRoom({ name: roomName });
  await bob.api.invite(roomId, alice.userId);
  await inviteArticle(tracked.page, roomName).waitFor({ timeout: 10_000 });
  return { page: tracked.page, alice, bob, roomId };
}

/** How many times the server recorded Alice joining (a duplicate join would add a second event). */
async function joinEvents(bob: TestUser, roomId: string, userId: string): Promise<number> {
  const filter = JSON.stringify({ types: ["m.room.member"] });
  const page = await bob.api.get(`/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/messages`, { dir: "b", limit: 100, filter });
  return (page.chunk as { state_key?: string; content?: { membership?: string } }[]).filter(
    (event) => event.state_key === userId && event.content?.membership === "join",
  ).length;
}

async function joinedRoom(page: Page, name: string) {
  const room = page.getByRole("region", { name: "Joined rooms" }).getByRole("region", { name }).filter({ has: page.getByText("Membership history") });
  await room.waitFor({ timeout: 20_000 });
  return room;
}

describe("recovering from faults between the page and Synapse", () => {
  it("joins once when the connection drops during /join (the join had reached the server)", async () => {
    const { page, alice, bob, roomId } = await aliceWithInvite("Dropped join");
    // Every /join answer is lost (Chromium may resend once on a reused socket): the page must
    // find out from the server that it is joined instead of failing or joining again.
    const rule = proxy.addFault({ fault: "drop", method: "POST", path: JOIN });
    await inviteArticle(page, "Dropped join").getByRole("button", { name: "Accept" }).click();
    const room = await joinedRoom(page, "Dropped join");
    await room.getByTestId("member-count").filter({ hasText: /^2$/ }).waitFor();
    expect(rule.hits).toBeGreaterThanOrEqual(1);
    expect(proxy.requests.filter((request) => JOIN.test(request.path) && request.method === "POST").every((request) => request.status === -1)).toBe(true);
    expect(await joinEvents(bob, roomId, alice.userId)).toBe(1);
    await page.getByRole("heading", { name: "Invites (0)" }).waitFor();
    expect(await inviteArticle(page, "Dropped join").count()).toBe(0);
  });

  it("shows the joined room after a 500 on /state once the user retries, without joining again", async () => {
    const { page, alice, bob, roomId } = await aliceWithInvite("State fails");
    proxy.addFault({ fault: "status", status: 500, method: "GET", path: STATE });
    await inviteArticle(page, "State fails").getByRole("button", { name: "Accept" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "You joined the room, but its details could not be loaded" });
    await alert.waitFor({ timeout: 20_000 });
    await screenshot(page, "error-state-after-join");
    proxy.clearFaults();
    await page.getByRole("button", { name: "Load room details" }).click();
    const room = await joinedRoom(page, "State fails");
    await room.getByTestId("member-count").filter({ hasText: /^2$/ }).waitFor();
    expect(proxy.count("POST", JOIN)).toBe(1);
    expect(await joinEvents(bob, roomId, alice.userId)).toBe(1);
  });

  it("waits out a 429 with Retry-After on /join without showing an error", async () => {
    const { page, alice, bob, roomId } = await aliceWithInvite("Rate limited");
    const rule = proxy.addFault({ fault: "status", status: 429, retryAfterSeconds: 1, method: "POST", path: JOIN, times: 1 });
    const started = Date.now();
    await inviteArticle(page, "Rate limited").getByRole("button", { name: "Accept" }).click();
    await joinedRoom(page, "Rate limited");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(rule.hits).toBe(1);
    expect(proxy.count("POST", JOIN)).toBe(2);
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await joinEvents(bob, roomId, alice.userId)).toBe(1);
  });

  it("stays pending through a 10-second stall, ignores a second press, and joins once", async () => {
    const { page, alice, bob, roomId } = await aliceWithInvite("Slow join");
    proxy.addFault({ fault: "stall", delayMs: 10_000, method: "POST", path: JOIN, times: 1 });
    const article = page.locator(`article.mmui-invite-preview[data-room-id="${roomId}"]`);
    const started = Date.now();
    await article.getByRole("button", { name: "Accept" }).click();
    await page.locator(`article[data-room-id="${roomId}"][data-state="accepting"]`).waitFor();
    await page.waitForTimeout(1_000);
    // A second press while pending is ignored (the button is aria-disabled, so force the click).
    await article.getByRole("button", { name: "Accept" }).click({ force: true });
    expect(await article.getByRole("button", { name: "Accept" }).getAttribute("aria-disabled")).toBe("true");
    await screenshot(page, "accepting-slow-server");
    await joinedRoom(page, "Slow join");
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
    expect(proxy.count("POST", JOIN)).toBe(1);
    expect(await joinEvents(bob, roomId, alice.userId)).toBe(1);
  });

  it("keeps every invite when /sync fails for a while, and shows the one sent meanwhile", async () => {
    const { page, alice, bob } = await aliceWithInvite("Before the outage");
    proxy.addFault({ fault: "status", status: 502, path: SYNC, until: Date.now() + 6_000 });
    // The long-poll in flight loses its connection; the retries then meet the 502s.
    await expect.poll(() => proxy.cutInFlight(SYNC) + proxy.count("GET", SYNC) + proxy.count("POST", SYNC), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.getByRole("status").filter({ hasText: "Connection problem" }).waitFor({ timeout: 30_000 });
    await screenshot(page, "sync-outage");
    const roomId = await bob.api.createRoom({ name: "During the outage" });
    await bob.api.invite(roomId, alice.userId);
    await inviteArticle(page, "During the outage").waitFor({ timeout: 30_000 });
    await page.getByRole("status").filter({ hasText: "Up to date" }).waitFor({ timeout: 10_000 });
    expect(await inviteArticle(page, "Before the outage").count()).toBe(1);
    await page.getByRole("heading", { name: "Invites (2)" }).waitFor();
    expect(proxy.requests.some((request) => SYNC.test(request.path) && request.status === 502)).toBe(true);
  });

  it("declines even when blocking the inviter fails, then blocks on Try again without leaving twice", async () => {
    const { page, alice, bob, roomId } = await aliceWithInvite("Block fails");
    const IGNORED = /\/account_data\/m\.ignored_user_list$/;
    proxy.addFault({ fault: "status", status: 500, method: "PUT", path: IGNORED });
    const article = page.locator(`article.mmui-invite-preview[data-room-id="${roomId}"]`);
    await article.getByRole("button", { name: "Reason or ignore…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Decline", exact: true }).click();
    await article.getByText("The inviter could not be ignored.").waitFor({ timeout: 15_000 });
    expect((await bob.api.getStateEvent(roomId, "m.room.member", alice.userId)).membership).toBe("leave");
    // The card stays (it does not fade like a plain decline) until the person acts.
    await page.waitForTimeout(3_500);
    expect(await article.count()).toBe(1);

    proxy.clearFaults();
    await article.getByRole("button", { name: "Try again" }).click();
    await article.getByText("Invite declined.", { exact: true }).first().waitFor({ timeout: 15_000 });
    await expect.poll(async () => Object.keys((await alice.api.getAccountData("m.ignored_user_list")).ignored_users ?? {})).toEqual([bob.userId]);
    const LEAVE = /\/_matrix\/client\/v3\/rooms\/[^/]+\/leave$/;
    expect(proxy.count("POST", LEAVE)).toBe(1);
  });
});

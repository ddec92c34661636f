import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { homeserver, launchBrowser, newUser, openPage, screenshot, signIn, type TestUser, type TrackedPage } from "./support";

let browser: Browser;
let tracked: TrackedPage | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  if (tracked) {
    expect(await tracked.cspViolations()).toEqual([]);
    expect(tracked.pageErrors).toEqual([]);
    await tracked.page.context().close();
    tracked = undefined;
  }
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(user: TestUser): Promise<Page> {
  tracked = await openPage(browser);
  await signIn(tracked.page, user, homeserver().baseUrl);
  await tracked.page.getByRole("status").filter({ hasText: "Up to date" }).waitFor();
  return tracked.page;
}

/** Creates a room named `name` as `inviter` and invites `invitee`; returns its ID. */
async function invite(inviter: TestUser, invitee: TestUser, name: string): Promise<string> {
  return inviter.api.createRoom({ name, invite: [invitee.userId] });
}

/** The invitee's membership in `roomId`, as the inviter (still joined) reads it. */
async function membershipOf(inviter: TestUser, roomId: string, userId: string): Promise<unknown> {
  return (await inviter.api.getStateEvent(roomId, "m.room.member", userId)).membership;
}

describe("inbox triage against Synapse", () => {
  it("declines the invites selected with a click, a Shift+click and Space, and only those", async () => {
    const [alice, bob, carol] = await Promise.all([
      newUser("alice", { displayName: "Alice" }),
      newUser("bob", { displayName: "Bob" }),
      newUser("carol", { displayName: "Carol" }),
    ]);
    const page = await signedIn(alice);
    // Two senders, fewer than a wave each: every invite stays in one open group.
    const rooms = new Map<string, string>();
    for (const [inviter, name] of [
      [bob, "Pick 1"],
      [carol, "Pick 2"],
      [bob, "Pick 3"],
      [carol, "Pick 4"],
      [bob, "Pick 5"],
    ] as const) {
      rooms.set(await invite(inviter, alice, name), name);
    }
    await page.getByRole("heading", { name: "Invites (5)" }).waitFor({ timeout: 15_000 });

    // The rows in the order shown.
    const rows = page.locator("[data-item-index][data-selectable]");
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(5);
    const order = await rows.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.roomId ?? ""));
    const nameAt = (index: number) => rooms.get(order[index] ?? "") ?? "";

    await page.getByRole("checkbox", { name: `Select ${nameAt(0)}` }).click();
    await page.getByRole("checkbox", { name: `Select ${nameAt(1)}` }).click({ modifiers: ["Shift"] });
    const fourth = rows.nth(3);
    await fourth.focus();
    await page.keyboard.press("Space");
    const bar = page.getByRole("group", { name: "Selected invites" });
    await bar.getByText("3 selected").waitFor();
    for (const index of [0, 1, 3]) expect(await page.getByRole("checkbox", { name: `Select ${nameAt(index)}` }).isChecked()).toBe(true);
    for (const index of [2, 4]) expect(await page.getByRole("checkbox", { name: `Select ${nameAt(index)}` }).isChecked()).toBe(false);
    await screenshot(page, "multi-select");

    await bar.getByRole("button", { name: "Decline", exact: true }).click();
    await page.getByText("Declined 3 invites.").first().waitFor({ timeout: 30_000 });
    // The server agrees: the three selected are declined, the two others still pending.
    const inviterOf = (roomId: string) => (["Pick 1", "Pick 3", "Pick 5"].includes(rooms.get(roomId) ?? "") ? bob : carol);
    for (const [index, roomId] of order.entries()) {
      expect(await membershipOf(inviterOf(roomId), roomId, alice.userId)).toBe([0, 1, 3].includes(index) ? "leave" : "invite");
    }
    // The list hides the declined rows at once; the heading counts the invite store, which
    // drops them when the sync's long-poll next answers.
    await page.getByRole("heading", { name: "Invites (2)" }).waitFor({ timeout: 40_000 });
  }, 90_000);
});

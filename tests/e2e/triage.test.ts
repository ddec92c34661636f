import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkedPages, homeserver, inviteArticle, newUser, screenshot, signIn, type TestUser } from "./support";

const pages = checkedPages();

async function signedIn(user: TestUser): Promise<Page> {
  const tracked = await pages.open();
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
  it("Block on one invite card ignores its sender and declines every invite from them, leaving the others", async () => {
    const [alice, mallory, carol] = await Promise.all([
      newUser("alice", { displayName: "Alice" }),
      newUser("mallory", { displayName: "Mallory" }),
      newUser("carol", { displayName: "Carol" }),
    ]);
    const page = await signedIn(alice);
    const malloryRooms: string[] = [];
    for (const name of ["Prize 1", "Prize 2", "Prize 3"]) malloryRooms.push(await invite(mallory, alice, name));
    const carolRoom = await invite(carol, alice, "Book club");
    await page.getByRole("heading", { name: "Invites (4)" }).waitFor({ timeout: 15_000 });

    const card = page.locator(".demo-invite-card").filter({ has: page.getByRole("heading", { name: "Prize 2" }) });
    await card.getByRole("button", { name: `Ignore Mallory (${mallory.userId})` }).click();
    await page.getByRole("group", { name: `Ignore Mallory (${mallory.userId})?` }).waitFor();
    await page.getByRole("button", { name: "Ignore and decline their invites" }).click();
    await page.getByText("Ignored. Declined 3 invites.").waitFor({ timeout: 30_000 });
    await screenshot(page, "block-and-clear");

    await page.getByRole("heading", { name: "Invites (1)" }).waitFor({ timeout: 15_000 });
    await inviteArticle(page, "Book club").waitFor();
    for (const name of ["Prize 1", "Prize 2", "Prize 3"]) expect(await inviteArticle(page, name).count()).toBe(0);

    // The server agrees: Mallory is ignored, each of her invites was declined, Carol's is pending.
    const ignored = (await alice.api.getAccountData("m.ignored_user_list")) as { ignored_users?: Record<string, unknown> };
    expect(Object.keys(ignored.ignored_users ?? {})).toEqual([mallory.userId]);
    for (const roomId of malloryRooms) expect(await membershipOf(mallory, roomId, alice.userId)).toBe("leave");
    expect(await membershipOf(carol, carolRoom, alice.userId)).toBe("invite");
  }, 90_000);

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

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFaultProxy, type FaultProxy } from "./faultProxy.mjs";
import { checkedPages, homeserver, inviteArticle, newUser, screenshot, signIn, type TestUser } from "./support";

const pages = checkedPages();

/** Signs `user` in, at Synapse or at `homeserverUrl` (a proxy in front of it), and waits for the inbox. */
async function signedIn(user: TestUser, homeserverUrl = homeserver().baseUrl): Promise<Page> {
  const tracked = await pages.open();
  await signIn(tracked.page, user, homeserverUrl);
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
  // Synapse lists no room reports (no client or admin API), so the report test signs in through
  // a proxy in front of it that logs each request and the status Synapse answered it with.
  let proxy: FaultProxy | undefined;
  beforeAll(async () => {
    proxy = await startFaultProxy({ target: homeserver().baseUrl });
  });
  // After each test's page is closed (the proxy would cut its /sync long poll).
  afterAll(async () => {
    await proxy?.close();
  });

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

  it("reports the selected rooms without declining them, then declines the reported invites on request", async () => {
    const [alice, bob, carol] = await Promise.all([
      newUser("alice", { displayName: "Alice" }),
      newUser("bob", { displayName: "Bob" }),
      newUser("carol", { displayName: "Carol" }),
    ]);
    if (!proxy) throw new Error("the proxy starts before the tests");
    const proxied = proxy;
    const page = await signedIn(alice, proxied.url);
    const rooms = new Map<string, { inviter: TestUser; roomId: string }>();
    for (const [inviter, name] of [
      [bob, "Spam 1"],
      [carol, "Spam 2"],
      [bob, "Fine 1"],
      [carol, "Fine 2"],
    ] as const) {
      rooms.set(name, { inviter, roomId: await invite(inviter, alice, name) });
    }
    const room = (name: string) => rooms.get(name) ?? expect.unreachable(`no room ${name}`);
    const reportedNames = ["Spam 1", "Spam 2"];
    const keptNames = ["Fine 1", "Fine 2"];
    await page.getByRole("heading", { name: "Invites (4)" }).waitFor({ timeout: 15_000 });

    for (const name of reportedNames) await page.getByRole("checkbox", { name: `Select ${name}` }).click();
    const bar = page.getByRole("group", { name: "Selected invites" });
    await bar.getByText("2 selected").waitFor();
    await bar.getByRole("button", { name: "Report", exact: true }).click();
    const confirm = page.getByRole("group", { name: "Report 2 rooms to your server's admins?" });
    await confirm.getByRole("textbox", { name: "What is wrong with these rooms? (optional)" }).fill("Unsolicited advertising");
    await screenshot(page, "report-selection");
    await confirm.getByRole("button", { name: "Report 2 rooms" }).click();

    const result = page.getByRole("group", { name: "Reported 2 rooms." });
    await result.waitFor({ timeout: 30_000 });
    await result.getByText("Show the result for each of 2 invites").click();
    for (const name of reportedNames) await result.getByRole("listitem").filter({ hasText: `${name}: reported` }).waitFor();

    // Synapse took one report per selected room, and only those.
    const reports = proxied.requests.filter((request) => request.method === "POST" && /\/_matrix\/client\/v3\/rooms\/[^/]+\/report$/.test(request.path));
    expect(reports.map((request) => decodeURIComponent(request.path.split("/").at(-2) ?? "")).sort()).toEqual(reportedNames.map((name) => room(name).roomId).sort());
    expect(reports.map((request) => request.status)).toEqual([200, 200]);

    // Reporting declined nothing: every invite is listed and still pending on the server.
    for (const name of [...reportedNames, ...keptNames]) {
      await inviteArticle(page, name).waitFor();
      expect(await membershipOf(room(name).inviter, room(name).roomId, alice.userId)).toBe("invite");
    }

    await result.getByRole("button", { name: "Decline the 2 reported invites" }).click();
    await page.getByText("Declined 2 invites.").first().waitFor({ timeout: 30_000 });
    for (const name of reportedNames) expect(await membershipOf(room(name).inviter, room(name).roomId, alice.userId)).toBe("leave");
    for (const name of keptNames) expect(await membershipOf(room(name).inviter, room(name).roomId, alice.userId)).toBe("invite");
    await page.getByRole("heading", { name: "Invites (2)" }).waitFor({ timeout: 40_000 });
  }, 90_000);
});

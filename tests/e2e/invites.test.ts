import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  checkedPages,
  chooseFeed,
  homeserver,
  inviteArticle,
 
  newUser,
 
  screenshot,
  signIn,
  waitForSync,
  type TrackedPage,
  type TestUser,
} from "./support";

/** A 2×2 red PNG, for avatars. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==",
  "base64",
);

const pages = checkedPages();

/** The joined-room card (live summary and history) for `name`. */
function joinedRoom(page: Page, name: string) {
  return page.getByRole("region", { name: "Joined rooms" }).getByRole("region", { name });
}

async function signedIn(user: TestUser): Promise<TrackedPage> {
  const tracked = await pages.open();
  await signIn(tracked.page, user, homeserver().baseUrl);
  await tracked.page.getByRole("status").filter({ hasText: "Up to date" }).waitFor();
  return tracked;
}

describe("the invite inbox against Synapse", () => {
  it("shows an invite sent while the page is open within seconds", async () => {
    const [alice, bob] = await Promise.all([newUser("alice", { displayName: "Alice" }), newUser("bob", { displayName: "Bob Builder" })]);
    const { page } = await signedIn(alice);
    const roomId = await bob.api.createRoom({ name: "Garden club", topic: "Tomatoes and more" });
    await bob.api.invite(roomId, alice.userId, "Come and see the tomatoes");
    const article = inviteArticle(page, "Garden club");
    await article.waitFor({ timeout: 10_000 });
    // The inviter's message is hidden until asked for: it is the inviter's text, not ours.
    await article.getByRole("button", { name: "Show message" }).click();
    await article.getByText("Come and see the tomatoes").waitFor();
    await article.getByText(bob.userId).first().waitFor();
    expect(await article.getByRole("button", { name: "Accept" }).count()).toBe(1);
    expect(await article.getByRole("button", { name: "Decline", exact: true }).count()).toBe(1);
    await page.getByRole("heading", { name: "Invites (1)" }).waitFor();
    await screenshot(page, "inbox");
  });

  it("accepting a room renamed after the invite shows the new name, topic, members and history", async () => {
    const [alice, bob] = await Promise.all([newUser("alice", { displayName: "Alice" }), newUser("bob", { displayName: "Bob" })]);
    const { page } = await signedIn(alice);
    const roomId = await bob.api.createRoom({ name: "Old name", topic: "First topic" });
    await bob.api.invite(roomId, alice.userId);
    await inviteArticle(page, "Old name").waitFor({ timeout: 10_000 });
    // Found by room ID from here on: the heading changes once the live state is in.
    const article = page.locator(`article.mmui-invite-preview[data-room-id="${roomId}"]`);
    await bob.api.sendState(roomId, "m.room.name", "", { name: "New name" });
    await bob.api.sendState(roomId, "m.room.topic", "", { topic: "Second topic" });

    await article.getByRole("button", { name: "Accept" }).click();
    // The invite leaves the inbox for the joined-rooms panel: live summary and history.
    const room = joinedRoom(page, "New name");
    await room.waitFor({ timeout: 15_000 });
    await room.getByText("Second topic").waitFor();
    await room.getByTestId("member-count").filter({ hasText: /^2$/ }).waitFor();
    await room.getByText("Bob invited Alice").waitFor({ timeout: 10_000 });
    await room.getByText("Alice joined").waitFor();
    await page.getByRole("heading", { name: "Invites (0)" }).waitFor();
    await article.waitFor({ state: "detached" });
    const member = await bob.api.getStateEvent(roomId, "m.room.member", alice.userId);
    expect(member.membership).toBe("join");
    await screenshot(page, "accepted-room");

    // From the joined room, Alice invites someone else over the same live state.
    const carol = await newUser("carol", { displayName: "Carol" });
    await room.getByLabel("User ID").fill(carol.userId);
    await room.getByRole("button", { name: "Send invite" }).click();
    await room.getByText(`Invite sent to ${carol.userId}`).waitFor({ timeout: 10_000 });
    expect((await bob.api.getStateEvent(roomId, "m.room.member", carol.userId)).membership).toBe("invite");
    await room.getByText("Alice invited Carol").waitFor({ timeout: 15_000 });
  });

  it("accepting a direct message lists it under the inviter in m.direct, keeping the entries already there", async () => {
    const [alice, bob] = await Promise.all([newUser("alice", { displayName: "Alice" }), newUser("bob", { displayName: "Bob" })]);
    await alice.api.setAccountData("m.direct", { "@carol:localhost": ["!older:localhost"] });
    const { page } = await signedIn(alice);
    const roomId = await bob.api.createRoom({ preset: "trusted_private_chat", is_direct: true, invite: [alice.userId] });
    const article = page.locator(`article.mmui-invite-preview[data-room-id="${roomId}"]`);
    await article.waitFor({ timeout: 10_000 });

    await article.getByRole("button", { name: "Accept" }).click();

    await page.getByRole("heading", { name: "Invites (0)" }).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => alice.api.getAccountData("m.direct"), { timeout: 10_000 })
      .toEqual({ "@carol:localhost": ["!older:localhost"], [bob.userId]: [roomId] });
  });

  it("declines with a reason that the inviter's server then holds", async () => {
    const [alice, bob] = await Promise.all([newUser("alice"), newUser("bob")]);
    const { page } = await signedIn(alice);
    const roomId = await bob.api.createRoom({ name: "Timeshare offers" });
    await bob.api.invite(roomId, alice.userId);
    const article = inviteArticle(page, "Timeshare offers");
    await article.waitFor({ timeout: 10_000 });
    await article.getByRole("button", { name: "Reason or ignore…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("checkbox", { name: /^Ignore/ }).uncheck();
    await dialog.getByLabel("Reason (optional)").fill("Not interested, thanks");
    await screenshot(page, "decline-dialog");
    await dialog.getByRole("button", { name: "Decline", exact: true }).click();
    await article.getByText("Invite declined.").first().waitFor({ timeout: 10_000 });
    const member = await bob.api.getStateEvent(roomId, "m.room.member", alice.userId);
    expect(member).toMatchObject({ membership: "leave", reason: "Not interested, thanks" });
    // The confirmation goes after a few seconds, and the next syncs do not bring the invite back.
    await article.waitFor({ state: "detached", timeout: 10_000 });
    await page.waitForTimeout(1_500);
    expect(await inviteArticle(page, "Timeshare offers").count()).toBe(0);
    await page.getByRole("heading", { name: "Invites (0)" }).waitFor();
  });

  it("declines with Decline alone, leaving no reason", async () => {
    const [alice, bob] = await Promise.all([newUser("alice"), newUser("bob")]);
    const { page } = await signedIn(alice);
    const roomId = await bob.api.createRoom({ name: "Plain decline" });
    await bob.api.invite(roomId, alice.userId);
    const article = inviteArticle(page, "Plain decline");
    await article.waitFor({ timeout: 10_000 });
    await article.getByRole("button", { name: "Decline", exact: true }).click();
    await article.getByText("Invite declined.").first().waitFor({ timeout: 10_000 });
    const member = await bob.api.getStateEvent(roomId, "m.room.member", alice.userId);
    expect(member.membership).toBe("leave");
    expect(member.reason).toBeUndefined();
    await article.waitFor({ state: "detached", timeout: 10_000 });
    await page.getByRole("heading", { name: "Invites (0)" }).waitFor();
  });

  it("declines and blocks: the server's ignored list then holds the inviter", async () => {
    const [alice, bob] = await Promise.all([newUser("alice"), newUser("spammer")]);
    const { page } = await signedIn(alice);
    const roomId = await bob.api.createRoom({ name: "Cheap watches" });
    await bob.api.invite(roomId, alice.userId);
    const article = inviteArticle(page, "Cheap watches");
    await article.waitFor({ timeout: 10_000 });
    await article.getByRole("button", { name: "Reason or ignore…" }).click();
    const dialog = page.getByRole("dialog");
    // Ignoring the inviter is ticked from the start in this dialog.
    expect(await dialog.getByRole("checkbox", { name: /^Ignore/ }).isChecked()).toBe(true);
    await dialog.getByRole("button", { name: "Decline", exact: true }).click();
    await article.getByText("Invite declined.").first().waitFor({ timeout: 10_000 });
    await expect.poll(async () => Object.keys((await alice.api.getAccountData("m.ignored_user_list")).ignored_users ?? {})).toEqual([bob.userId]);
    expect((await bob.api.getStateEvent(roomId, "m.room.member", alice.userId)).membership).toBe("leave");
  });

  it("knocks by alias, and joins once the other user lets them in", async () => {
    const [alice, bob] = await Promise.all([newUser("alice", { displayName: "Alice" }), newUser("bob", { displayName: "Bob" })]);
    const aliasName = `knock-${Date.now().toString(36)}`;
    const alias = `#${aliasName}:${homeserver().serverName}`;
    const roomId = await bob.api.createRoom({
      name: "Members only",
      room_version: "10",
      room_alias_name: aliasName,
      initial_state: [{ type: "m.room.join_rules", state_key: "", content: { join_rule: "knock" } }],
    });
    const { page } = await signedIn(alice);
    // The pending knock shows in the inbox with classic /sync (a sliding sync invite list holds invites only).
    await chooseFeed(page, "classic");
    await page.getByLabel("Room alias or ID").fill(alias);
    await page.getByRole("button", { name: "Find room" }).click();
    // The room's own preview (room summary API), then the request.
    const preview = page.getByRole("region", { name: "Ask to join a room" }).getByRole("article");
    await preview.getByRole("heading", { name: "Members only" }).waitFor({ timeout: 10_000 });
    await preview.getByLabel(/^Message to the room/).fill("Hi, Bob sent me");
    await preview.getByRole("button", { name: "Ask to join" }).click();
    await preview.getByText("Request sent").waitFor({ timeout: 10_000 });
    const pending = page.getByRole("group", { name: "Members only" });
    await pending.getByText("Waiting for someone in the room").waitFor({ timeout: 10_000 });
    expect(await inviteArticle(page, "Members only").count()).toBe(0);
    await screenshot(page, "knock-sent");

    await waitForSync(bob.api, (sync) => sync.rooms?.join?.[roomId]?.timeline?.events?.some((event: { content?: { membership?: string } }) => event.content?.membership === "knock"));
    expect((await bob.api.getStateEvent(roomId, "m.room.member", alice.userId)).reason).toBe("Hi, Bob sent me");
    await bob.api.invite(roomId, alice.userId);
    await preview.getByText("Your request was accepted").waitFor({ timeout: 10_000 });
    await preview.getByRole("button", { name: "View invite" }).click();
    const invite = inviteArticle(page, "Members only");
    await invite.getByRole("button", { name: "Accept" }).waitFor({ timeout: 10_000 });
    expect(await invite.getByRole("button", { name: "Accept" }).evaluate((button) => button === document.activeElement)).toBe(true);
    await invite.getByRole("button", { name: "Accept" }).click();
    await joinedRoom(page, "Members only").waitFor({ timeout: 10_000 });
    expect((await bob.api.getStateEvent(roomId, "m.room.member", alice.userId)).membership).toBe("join");
  });
});

describe("settings", () => {
  it("with avatars hidden, no invite avatar is requested; with them shown, it is", async () => {
    const [alice, bob] = await Promise.all([newUser("alice"), newUser("bob")]);
    const { page, requests } = await signedIn(alice);
    const mediaIdOf = (mxc: string) => mxc.split("/").pop() as string;

    const shownAvatar = await bob.api.upload(PNG);
    const shownRoom = await bob.api.createRoom({
      name: "Avatar shown",
      initial_state: [{ type: "m.room.avatar", state_key: "", content: { url: shownAvatar } }],
    });
    await bob.api.invite(shownRoom, alice.userId);
    await inviteArticle(page, "Avatar shown").waitFor({ timeout: 10_000 });
    await expect.poll(() => requests.some((url) => url.includes(mediaIdOf(shownAvatar))), { timeout: 10_000 }).toBe(true);
    await inviteArticle(page, "Avatar shown").locator("img").waitFor();

    const hide = page.getByRole("switch", { name: "Hide avatars in invites" });
    await expect.poll(() => hide.getAttribute("aria-disabled")).toBeNull();
    await hide.click();
    await expect.poll(async () => (await alice.api.getAccountData("m.media_preview_config")).invite_avatars).toBe("off");
    // The next sync carries the setting: the image already shown goes away too.
    await expect.poll(() => inviteArticle(page, "Avatar shown").locator("img").count()).toBe(0);

    const hiddenAvatar = await bob.api.upload(PNG);
    const hiddenRoom = await bob.api.createRoom({
      name: "Avatar hidden",
      initial_state: [{ type: "m.room.avatar", state_key: "", content: { url: hiddenAvatar } }],
    });
    await bob.api.invite(hiddenRoom, alice.userId);
    await inviteArticle(page, "Avatar hidden").waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1_500);
    expect(requests.filter((url) => url.includes(mediaIdOf(hiddenAvatar)))).toEqual([]);
    const mediaRequests = requests.filter((url) => url.includes("/media/"));
    expect(mediaRequests.length).toBeGreaterThan(0);
    expect(mediaRequests.every((url) => url.includes(mediaIdOf(shownAvatar)))).toBe(true);
    await screenshot(page, "avatars-hidden");
  });

  it("Block all invites writes m.invite_permission_config, hides pending invites, and can be turned off again", async () => {
    const [alice, bob] = await Promise.all([newUser("alice"), newUser("bob")]);
    const { page } = await signedIn(alice);
    const roomId = await bob.api.createRoom({ name: "Before blocking" });
    await bob.api.invite(roomId, alice.userId);
    await inviteArticle(page, "Before blocking").waitFor({ timeout: 10_000 });

    const block = page.getByRole("switch", { name: "Block all invites" });
    await expect.poll(() => block.getAttribute("aria-disabled")).toBeNull();
    await block.click();
    await expect.poll(async () => (await alice.api.getAccountData("m.invite_permission_config")).default_action).toBe("block");
    expect(await block.getAttribute("aria-checked")).toBe("true");
    await page.getByRole("heading", { name: "Invites (0)" }).waitFor({ timeout: 10_000 });
    expect(await inviteArticle(page, "Before blocking").count()).toBe(0);
    await page.getByText("All invites are blocked").waitFor();

    await block.click();
    await expect.poll(async () => (await alice.api.getAccountData("m.invite_permission_config")).default_action).not.toBe("block");
    // Nothing was declined: the invite comes back.
    await inviteArticle(page, "Before blocking").waitFor({ timeout: 10_000 });
    expect((await bob.api.getStateEvent(roomId, "m.room.member", alice.userId)).membership).toBe("invite");
  });
});

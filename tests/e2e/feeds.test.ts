/**
 * The main invite flow once with each feed of the demo's "Sync" setting: automatic (which
 * picks sliding sync on Synapse), sliding sync and classic /sync. An invite arrives with its
 * preview, Accept joins, Decline leaves the list; the page's requests show which feed ran.
 */
import { describe, expect, it } from "vitest";
import { checkedPages, chooseFeed, homeserver, inviteArticle, newUser, signIn } from "./support";

const SLIDING = /\/_matrix\/client\/unstable\/org\.matrix\.simplified_msc3575\/sync\?/;
const CLASSIC = /\/_matrix\/client\/v3\/sync\?/;

const pages = checkedPages();

describe.each([
  { feed: "auto", uses: SLIDING, avoids: CLASSIC },
  { feed: "sliding", uses: SLIDING, avoids: CLASSIC },
  { feed: "classic", uses: CLASSIC, avoids: SLIDING },
] as const)("the invite flow with the $feed feed", ({ feed, uses, avoids }) => {
  it("shows an invite with its preview, accepts one and declines another", async () => {
    const [alice, bob] = await Promise.all([newUser("alice", { displayName: "Alice" }), newUser("bob", { displayName: "Bob" })]);
    const tracked = await pages.open();
    const { page } = tracked;
    await signIn(page, alice, homeserver().baseUrl);
    await chooseFeed(page, feed);
    const from = tracked.requests.length;

    const accepted = await bob.api.createRoom({ name: `Garden club (${feed})`, topic: "Tomatoes and more" });
    await bob.api.invite(accepted, alice.userId, "Come and see the tomatoes");
    const article = inviteArticle(page, `Garden club (${feed})`);
    await article.waitFor({ timeout: 15_000 });
    await article.getByText(bob.userId).first().waitFor();
    await article.getByText("Tomatoes and more").waitFor();
    await article.getByRole("button", { name: "Accept" }).click();
    await page.getByRole("region", { name: "Joined rooms" }).getByRole("region", { name: `Garden club (${feed})` }).waitFor({ timeout: 15_000 });
    expect((await bob.api.getStateEvent(accepted, "m.room.member", alice.userId)).membership).toBe("join");

    const declined = await bob.api.createRoom({ name: `Book club (${feed})` });
    await bob.api.invite(declined, alice.userId);
    const second = inviteArticle(page, `Book club (${feed})`);
    await second.waitFor({ timeout: 15_000 });
    await second.getByRole("button", { name: "Decline", exact: true }).click();
    await expect.poll(async () => (await bob.api.getStateEvent(declined, "m.room.member", alice.userId)).membership, { timeout: 15_000 }).toBe("leave");
    // Both invites have left the inbox, and stay gone after the feed's next answers.
    await page.getByRole("heading", { name: "Invites (0)" }).waitFor({ timeout: 15_000 });

    const requests = tracked.requests.slice(from);
    expect(requests.some((url) => uses.test(url))).toBe(true);
    expect(requests.filter((url) => avoids.test(url))).toEqual([]);
  });
});

/**
 * The demo cannot be framed: every server of the demo sends its Content-Security-Policy as a
 * response header with `frame-ancestors 'none'` (a `<meta>` policy cannot), plus
 * `X-Frame-Options: DENY` and `Referrer-Policy: no-referrer`. A page on another origin that
 * frames the sign-in form gets an empty frame.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUrl, launchBrowser } from "./support";

let browser: Browser;
let attacker: Server;
let attackerUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // Another origin (localhost, not 127.0.0.1, and another port) whose page frames the demo.
  attacker = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><title>Win a prize</title><iframe id="victim" src="${demoUrl()}/" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, "localhost", resolve));
  attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  attacker?.closeAllConnections();
  await new Promise((resolve) => attacker?.close(resolve));
});

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name = "", ...values]) => [name, values]),
  );
}

describe("the demo's security headers", () => {
  it.each(["/", "/?homeserver=https://matrix.example.org", "/no/such/page"])("sends them with the page at %s", async (path) => {
    const response = await fetch(`${demoUrl()}${path}`);
    await response.body?.cancel();
    const policy = directivesOf(response.headers.get("content-security-policy") ?? "");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "blob:"]);
    expect(policy.get("connect-src")).toEqual(["'self'", "https:", "http://localhost:*", "http://127.0.0.1:*"]);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("sends them with the scripts too", async () => {
    const html = await (await fetch(demoUrl())).text();
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(new URL(script ?? "", demoUrl()));
    await response.body?.cancel();
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});

describe("framing the sign-in form from another origin", () => {
  it("leaves the frame empty, and the browser says why", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refusals: string[] = [];
    page.on("console", (message) => {
      if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refusals.push(message.text());
    });
    await page.goto(attackerUrl);
    await expect.poll(() => refusals.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame).toBeDefined();
    expect(await frame?.locator("form, input").count()).toBe(0);
    expect(frame?.url()).not.toContain(new URL(demoUrl()).host);
    await context.close();
  });

  it("still opens on its own", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(demoUrl());
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await context.close();
  });
});

/**
 * Every server of the demo sends the same security headers (demo/securityHeaders.mjs): the
 * static server (tests/e2e/framing.test.ts checks it in Chromium) and Vite's preview and dev
 * servers, configured here.
 */
import { describe, expect, it } from "vitest";
import config from "../../demo/vite.config";
import { pageContentSecurityPolicy, securityHeaders } from "../../demo/securityHeaders.mjs";

describe("the demo's servers", () => {
  it("configure Vite's preview and dev servers with the demo's security headers", () => {
    expect(config.preview?.headers).toEqual(securityHeaders());
    expect(config.server?.headers).toEqual(securityHeaders());
    expect(securityHeaders()["Content-Security-Policy"]).toMatch(/; frame-ancestors 'none'$/);
    expect(securityHeaders()).toMatchObject({ "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer" });
  });

  it("narrow connect-src to a homeserver the deployment names, in the header and the page's policy", () => {
    const headers = securityHeaders({ homeserver: "https://matrix.example.org/some/path" });
    expect(headers["Content-Security-Policy"]).toContain("connect-src 'self' https://matrix.example.org;");
    expect(pageContentSecurityPolicy({ homeserver: "https://matrix.example.org" })).not.toContain("frame-ancestors");
  });
});

/**
 * The page's Content-Security-Policy directives without `frame-ancestors` (for the `<meta>`
 * policy); `homeserver` narrows `connect-src` to that origin.
 */
export declare function pageContentSecurityPolicy(options?: { homeserver?: string }): string;
/**
 * The demo's security response headers: the CSP with `frame-ancestors 'none'`,
 * `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`, `X-Content-Type-Options: nosniff`.
 * `homeserver` defaults to `MMUI_DEMO_HOMESERVER`.
 */
export declare function securityHeaders(options?: { homeserver?: string }): Record<string, string>;

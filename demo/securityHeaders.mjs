// The demo's security headers, written once for every server of the demo (demo/serve.mjs,
// and Vite's preview and dev servers in demo/vite.config.ts) and for the page's <meta> policy.
//
// The Content-Security-Policy travels as a response header because a <meta> policy cannot
// set frame-ancestors: only the header stops a page on another origin from framing the
// sign-in form (clickjacking). X-Frame-Options says the same to browsers without CSP 2.

/**
 * The policy's directives, without `frame-ancestors` (which a `<meta>` policy ignores, with
 * a console error). Scripts and styles only from this origin (no inline script, no eval);
 * images only from this origin and `blob:` URLs (authenticated media is fetched, then shown
 * as a blob); network only to this origin and homeservers: https anywhere and plain http on
 * loopback for local development, or `homeserver`'s origin alone when the deployment knows it.
 * @param {{ homeserver?: string }} [options]
 * @returns {string}
 */
export function pageContentSecurityPolicy(options = {}) {
  const connect = options.homeserver ? `'self' ${new URL(options.homeserver).origin}` : "'self' https: http://localhost:* http://127.0.0.1:*";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * Every response header of the demo's security set: the CSP with `frame-ancestors 'none'`,
 * `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer` (no homeserver or media server
 * learns which page the user came from) and `X-Content-Type-Options: nosniff`.
 * `homeserver` defaults to `MMUI_DEMO_HOMESERVER`, as the build's `<meta>` policy does.
 * @param {{ homeserver?: string }} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders(options = { homeserver: process.env.MMUI_DEMO_HOMESERVER }) {
  return {
    "Content-Security-Policy": `${pageContentSecurityPolicy(options)}; frame-ancestors 'none'`,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
  };
}

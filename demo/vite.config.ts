import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { pageContentSecurityPolicy, securityHeaders } from "./securityHeaders.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Writes the page's `<meta>` Content-Security-Policy from `demo/securityHeaders.mjs`, the one
 * place the policy is written. `MMUI_DEMO_HOMESERVER=https://matrix.example.org vite build …`
 * narrows its `connect-src` to that homeserver alone (a deployment that knows its server).
 * Without it the page may talk to any https server and to plain http on loopback, since the
 * user types the homeserver's address. The servers send the same policy as a header, with
 * `frame-ancestors 'none'`, which a `<meta>` policy cannot carry.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "mmui-demo-csp-meta",
    transformIndexHtml(html) {
      const policy = pageContentSecurityPolicy({ homeserver: process.env.MMUI_DEMO_HOMESERVER });
      return html.replace(/(http-equiv="Content-Security-Policy"\s+content=")[^"]*"/, `$1${policy}"`);
    },
  };
}

/**
 * The demo client: an app build of `index.html` at the repository root, separate from the
 * library build in the root `vite.config.ts`. Served from the production build (Vite's dev
 * server injects inline scripts, which the demo's Content-Security-Policy refuses).
 */
export default defineConfig({
  root,
  plugins: [react(), contentSecurityPolicyMeta()],
  // `vite preview --config demo/vite.config.ts` sends the same headers as demo/serve.mjs.
  // (The dev server too, though its inline scripts break under the policy: serve the build.)
  preview: { headers: securityHeaders() },
  server: { headers: securityHeaders() },
  publicDir: false,
  build: {
    outDir: ".cache/demo-dist",
    emptyOutDir: true,
    sourcemap: false,
    // The polyfill would be fine under the CSP, but no supported browser needs it.
    modulePreload: { polyfill: false },
    rollupOptions: { input: `${root}index.html` },
  },
});

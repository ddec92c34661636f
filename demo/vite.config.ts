import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * `MMUI_DEMO_HOMESERVER=https://matrix.example.org vite build …` narrows the page's
 * `connect-src` to that homeserver alone (a deployment that knows its server). Without it
 * the page may talk to any https server and to plain http on loopback, since the user
 * types the homeserver's address.
 */
function homeserverConnectSource(): Plugin {
  const homeserver = process.env.MMUI_DEMO_HOMESERVER;
  return {
    name: "mmui-demo-connect-src",
    transformIndexHtml(html) {
      if (!homeserver) return html;
      const origin = new URL(homeserver).origin;
      return html.replace(/connect-src [^;"]*/, `connect-src 'self' ${origin}`);
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
  plugins: [react(), homeserverConnectSource()],
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

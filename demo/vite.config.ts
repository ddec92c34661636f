import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * The demo client: an app build of `index.html` at the repository root, separate from the
 * library build in the root `vite.config.ts`. Served from the production build (Vite's dev
 * server injects inline scripts, which the demo's Content-Security-Policy refuses).
 */
export default defineConfig({
  root,
  plugins: [react()],
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

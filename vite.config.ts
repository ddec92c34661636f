/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * One config for the library build and every Vitest project:
 * - `unit`: the framework-free core, in Node.
 * - `components`: hooks and components with Testing Library, in jsdom.
 * - `storybook`: every story rendered and checked (play functions, axe) in Debian's Chromium.
 * - `integration`: the core against a real Synapse started by the global setup.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    cssCodeSplit: false,
    lib: {
      entry: {
        index: "src/index.ts",
        core: "src/core/index.ts",
      },
      formats: ["es"],
      cssFileName: "styles",
    },
    rollupOptions: {
      external: [
        "react",
        "react-dom",
        "react/jsx-runtime",
        "react-dom/client",
        "matrix-js-sdk",
        /^matrix-js-sdk\//,
      ],
      output: {
        // Only the React entry is a client module; the framework-free core stays neutral.
        banner: (chunk) => (chunk.isEntry && chunk.name === "index" ? '"use client";' : ""),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/core/**/*.test.ts", "tests/i18n/**/*.test.ts", "tests/repo/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "components",
          environment: "jsdom",
          include: ["tests/hooks/**/*.test.{ts,tsx}", "tests/components/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/setup/components.ts"],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: {
          name: "storybook",
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions({ lazy: true }) }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.{ts,tsx}"],
          globalSetup: ["tests/integration/synapse/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

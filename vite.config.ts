import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { configDefaults } from "vitest/config";
import react from "@vitejs/plugin-react";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { chromiumLaunchOptions, screenshotArgs } from "./scripts/chromium.mjs";
import { pinnedFonts } from "./scripts/visual-fonts.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));
const visualLaunch = chromiumLaunchOptions({ lazy: true });
/** Files that only the `node22` project runs. */
const node22Only = "**/*.node22.test.*";
/** The settings of every project that starts the shared Synapse. */
const againstSynapse = {
  environment: "node" as const,
  globalSetup: ["tests/integration/synapse/global-setup.ts"],
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

/**
 * One config for the library build and every Vitest project:
 * - `unit`: the framework-free core, in Node.
 * - `components`: hooks and components with Testing Library, in jsdom.
 * - `storybook`: every story rendered and checked (play functions, axe) in Debian's Chromium.
 * - `visual`: stories photographed in Debian's Chromium and compared with the committed baselines
 *   (`tests/visual/__screenshots__/`; `npm run test:visual:update` rewrites them).
 * - `integration`: the core against a real Synapse started by the global setup.
 * - `node22`: the files named `*.node22.test.ts` (matrix-js-sdk 43, which needs Node 22), unit
 *   and Synapse scenarios alike; `npm run test:node22` runs it under Node 22 (scripts/node22.mjs).
 *   No other project picks them up.
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
        // The runtime dependencies, which the consumer's bundler resolves (and dedupes): InviteList's
        // virtualizer, and the confusables table display names are compared with (matrix-js-sdk
        // depends on the same package, so a host that ships the SDK already carries it).
        "@tanstack/react-virtual",
        "unhomoglyph",
      ],
      output: {
        // Only the React entry is a client module; the framework-free core stays neutral.
        banner: (chunk) => (chunk.isEntry && chunk.name === "index" ? '"use client";' : ""),
        // The confusables table (unhomoglyph, ~30 KiB gzipped) is imported by one small module,
        // kept in a chunk of its own: a consumer that never compares display names (one that
        // imports only summarizeInvite, say) drops that chunk and the table with it, since the
        // package is free of side effects. In the shared core chunk, the import would stay.
        codeSplitting: {
          groups: [{ name: "confusables", test: /src\/core\/confusables\.ts$/ }],
        },
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
          exclude: [...configDefaults.exclude, node22Only],
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
        plugins: [pinnedFonts()],
        test: {
          name: "visual",
          include: ["tests/visual/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/visual/setup.ts"],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { ...visualLaunch, args: [...visualLaunch.args, ...screenshotArgs] },
              // One CSS pixel is one image pixel; no system theme, motion or locale leaks in.
              contextOptions: {
                viewport: { width: 1024, height: 1024 },
                deviceScaleFactor: 1,
                colorScheme: "light",
                reducedMotion: "reduce",
                forcedColors: "none",
                locale: "en-US",
                timezoneId: "UTC",
              },
            }),
            viewport: { width: 800, height: 900 },
            instances: [{ browser: "chromium" }],
            // A failed comparison already writes the new picture and a diff under .cache/visual-diffs/.
            screenshotFailures: false,
            expect: {
              toMatchScreenshot: {
                // Exact: rendering here is deterministic (pinned font, clock, flags), so any pixel whose
                // colour changed counts; only pixels pixelmatch classes as anti-aliasing are ignored.
                comparatorName: "pixelmatch",
                comparatorOptions: { threshold: 0, allowedMismatchedPixels: 0 },
                screenshotOptions: { animations: "disabled", caret: "hide", scale: "css" },
                resolveDiffPath: ({ arg, ext, testFileName, browserName, platform }) =>
                  `${root}.cache/visual-diffs/${testFileName}/${arg}-${browserName}-${platform}${ext}`,
              },
            },
          },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.{ts,tsx}"],
          exclude: [...configDefaults.exclude, node22Only],
          ...againstSynapse,
        },
      },
      {
        extends: true,
        test: {
          name: "node22",
          include: ["tests/**/*.node22.test.ts"],
          setupFiles: ["tests/setup/node22.ts"],
          ...againstSynapse,
        },
      },
    ],
  },
});

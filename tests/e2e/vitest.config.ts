import { defineConfig } from "vitest/config";

/**
 * End-to-end tests: the demo client in Debian's Chromium (playwright-core) against a real
 * Synapse. The global setup starts Synapse, builds the demo and serves it; each file drives
 * its own browser. Files run one at a time: two cores are shared with Synapse.
 * `npx vitest run --config tests/e2e/vitest.config.ts`
 */
export default defineConfig({
  test: {
    name: "e2e",
    root: new URL("../..", import.meta.url).pathname,
    environment: "node",
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});

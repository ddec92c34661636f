import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { build } from "vite";
import { startSynapse } from "../integration/synapse/harness.mjs";
import { SYNAPSE_VERSION, installedSynapseVersion, prepareSynapse } from "../integration/synapse/prepare.mjs";
import { serveDemo } from "../../demo/serve.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** The URL of the built demo, served statically (its CSP applies as in production). */
    demoUrl: string;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = `${root}.cache/e2e-demo-dist`;

/**
 * Starts one relaxed Synapse (or uses `MMUI_HOMESERVER_URL` + `MMUI_HOMESERVER_SHARED_SECRET`),
 * builds the demo with `demo/vite.config.ts` into `.cache/e2e-demo-dist` and serves it.
 * Provides `homeserver` (as the integration setup does) and `demoUrl`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const externalUrl = process.env.MMUI_HOMESERVER_URL;
  const externalSecret = process.env.MMUI_HOMESERVER_SHARED_SECRET;
  const synapse =
    externalUrl && externalSecret
      ? undefined
      : (() => {
          if (installedSynapseVersion() !== SYNAPSE_VERSION) prepareSynapse();
          return startSynapse({ rateLimits: "relaxed" });
        })();
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: `${root}demo/vite.config.ts`, mode: "production", logLevel: "warn", build: { outDir } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const demo = await serveDemo({ directory: outDir });
  const server = await synapse;
  project.provide("homeserver", {
    baseUrl: server?.baseUrl ?? (externalUrl as string).replace(/\/+$/, ""),
    serverName: server?.serverName ?? process.env.MMUI_HOMESERVER_NAME ?? "localhost",
    sharedSecret: server?.sharedSecret ?? (externalSecret as string),
  });
  project.provide("demoUrl", demo.url);
  return async () => {
    await demo.close();
    await server?.stop();
  };
}

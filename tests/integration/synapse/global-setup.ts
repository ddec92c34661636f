import type { TestProject } from "vitest/node";
import type { HomeserverConnection } from "./harness.d.mts";
import { startSynapse } from "./harness.mjs";
import { SYNAPSE_VERSION, installedSynapseVersion, prepareSynapse } from "./prepare.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** The relaxed-rate-limit Synapse shared by every integration test file in the run. */
    homeserver: HomeserverConnection;
  }
}

/**
 * Vitest global setup for the `integration` project: installs Synapse when the venv is missing,
 * starts ONE relaxed server for the whole run, provides its connection details, and stops it in
 * teardown. Set `MMUI_HOMESERVER_URL` and `MMUI_HOMESERVER_SHARED_SECRET` to test against a
 * server you already run (for example `npm run homeserver`) instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const externalUrl = process.env.MMUI_HOMESERVER_URL;
  const externalSecret = process.env.MMUI_HOMESERVER_SHARED_SECRET;
  if (externalUrl && externalSecret) {
    project.provide("homeserver", {
      baseUrl: externalUrl.replace(/\/+$/, ""),
      serverName: process.env.MMUI_HOMESERVER_NAME ?? "localhost",
      sharedSecret: externalSecret,
    });
    return async () => {};
  }
  if (installedSynapseVersion() !== SYNAPSE_VERSION) prepareSynapse();
  const server = await startSynapse({ rateLimits: "relaxed" });
  console.log(`Synapse ${SYNAPSE_VERSION} ready on ${server.baseUrl} in ${server.startupMs} ms`);
  project.provide("homeserver", {
    baseUrl: server.baseUrl,
    serverName: server.serverName,
    sharedSecret: server.sharedSecret,
  });
  return async () => {
    await server.stop();
  };
}

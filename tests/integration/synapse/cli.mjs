#!/usr/bin/env node
// `npm run homeserver`: a local Synapse for trying the components by hand, seeded with sample
// users and an invite of every kind. Ctrl-C stops it (the in-memory database goes with it).
import { parseArgs } from "node:util";
import { isPortFree, startSynapse } from "./harness.mjs";
import { SYNAPSE_VERSION, installedSynapseVersion, prepareSynapse } from "./prepare.mjs";
import { seedHomeserver } from "./seed.mjs";

const usage = `Usage: npm run homeserver -- [--port 8008] [--no-seed] [--rate-limits relaxed|default]

Starts Synapse ${SYNAPSE_VERSION} on http://127.0.0.1:<port> (loopback only, in-memory database),
registers sample users and invites the demo user to rooms of every kind. Ctrl-C stops it.`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string", default: "8008" },
      "no-seed": { type: "boolean", default: false },
      "rate-limits": { type: "string", default: "relaxed" },
      help: { type: "boolean", short: "h", default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`--port must be a port number, got ${JSON.stringify(values.port)}`);
  process.exit(2);
}
const rateLimits = values["rate-limits"];
if (rateLimits !== "relaxed" && rateLimits !== "default") {
  console.error(`--rate-limits must be "relaxed" or "default", got ${JSON.stringify(rateLimits)}`);
  process.exit(2);
}
if (!(await isPortFree(port))) {
  console.error(`Port ${port} on 127.0.0.1 is in use. Stop what runs there or pick another: npm run homeserver -- --port 8448`);
  process.exit(1);
}

if (installedSynapseVersion() !== SYNAPSE_VERSION) {
  console.log(`Installing Synapse ${SYNAPSE_VERSION} into .cache/synapse-venv (once, about a minute)…`);
  try {
    prepareSynapse({ log: (line) => console.log(`  ${line}`) });
  } catch (error) {
    console.error(`Could not install Synapse: ${error.message}`);
    process.exit(1);
  }
}

console.log(`Starting Synapse ${SYNAPSE_VERSION} on port ${port}…`);
let server;
try {
  server = await startSynapse({ port, rateLimits });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping Synapse…`);
  await server.stop();
  console.log("Stopped.");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

try {
  let seeded;
  if (!values["no-seed"]) {
    console.log("Seeding users and invites…");
    seeded = await seedHomeserver(server, { log: (line) => console.log(`  ${line}`) });
  }
  const lines = [
    "",
    `Synapse ${SYNAPSE_VERSION} is running (${rateLimits} rate limits, started in ${server.startupMs} ms).`,
    "",
    `  Homeserver URL   ${server.baseUrl}`,
    `  Server name      ${server.serverName}`,
    `  Shared secret    ${server.sharedSecret}   (registration: /_synapse/admin/v1/register)`,
  ];
  if (seeded) {
    lines.push("", "  Users (password)");
    for (const user of Object.values(seeded.users)) {
      const note = user.userId === seeded.demoUserId ? "   ← holds the invites" : "";
      lines.push(`    ${user.userId.padEnd(22)} ${user.password.padEnd(18)} ${user.displayName}${note}`);
    }
    const invites = seeded.rooms.filter((room) => room.invited).length;
    lines.push("", `  ${invites} invites and ${seeded.rooms.length - invites} knock rooms for ${seeded.demoUserId}. Sign in as demo / demo-password.`);
  }
  lines.push(
    "",
    "  Point the integration tests at this server:",
    `    MMUI_HOMESERVER_URL=${server.baseUrl} MMUI_HOMESERVER_SHARED_SECRET=${server.sharedSecret} npm run test:integration`,
    "",
    "Press Ctrl-C to stop (everything is kept in memory and is gone afterwards).",
  );
  console.log(lines.join("\n"));
} catch (error) {
  console.error(`Seeding failed: ${error.stack ?? error}`);
  await server.stop();
  process.exit(1);
}

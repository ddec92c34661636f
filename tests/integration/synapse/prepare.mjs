#!/usr/bin/env node
// Installs the pinned Synapse into a Python venv under `.cache/synapse-venv` (git-ignored).
// Idempotent: when the venv already holds the pinned version it returns in well under a second.
// If pip cannot install Synapse it says so and exits non-zero: the tests never fake a server.
//
// Fallback when PyPI wheels cannot be built on a machine (documented, not automated): Debian
// sid ships `matrix-synapse`; `debootstrap sid /opt/sid` then `chroot /opt/sid apt-get install
// matrix-synapse`, and point SYNAPSE_PYTHON at a wrapper that runs the chroot's python3.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The Synapse release every test runs against; bump it here and nowhere else. */
export const SYNAPSE_VERSION = "1.163.2";

const here = dirname(fileURLToPath(import.meta.url));
/** Repository root (three levels above this folder). */
export const repositoryRoot = resolve(here, "..", "..", "..");
/** Where the venv lives; override with SYNAPSE_VENV (an absolute path). */
export const venvDirectory = process.env.SYNAPSE_VENV ?? join(repositoryRoot, ".cache", "synapse-venv");
/** The venv's Python interpreter, which runs Synapse. */
export const venvPython = join(venvDirectory, "bin", "python");

const minimumPython = [3, 10];

/**
 * Returns the Synapse version installed in the venv, or `undefined` when the venv or Synapse is
 * missing.
 */
export function installedSynapseVersion() {
  if (!existsSync(venvPython)) return undefined;
  const run = spawnSync(
    venvPython,
    ["-c", "import importlib.metadata as m; print(m.version('matrix-synapse'))"],
    { encoding: "utf8" },
  );
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/** Finds a system Python ≥ 3.10 (SYNAPSE_PYTHON first), or throws saying what was tried. */
function findSystemPython() {
  const candidates = [process.env.SYNAPSE_PYTHON, "python3.13", "python3.12", "python3.11", "python3.10", "python3"];
  const tried = [];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const run = spawnSync(candidate, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], {
      encoding: "utf8",
    });
    if (run.status !== 0) {
      tried.push(`${candidate}: not found`);
      continue;
    }
    const version = run.stdout.trim();
    const [major = 0, minor = 0] = version.split(".").map(Number);
    if (major > minimumPython[0] || (major === minimumPython[0] && minor >= minimumPython[1])) {
      return candidate;
    }
    tried.push(`${candidate}: ${version} (too old)`);
  }
  throw new Error(`Synapse ${SYNAPSE_VERSION} needs Python ≥ ${minimumPython.join(".")}. Tried: ${tried.join("; ")}.`);
}

function run(command, args, what) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status ?? result.signal}): ${command} ${args.join(" ")}`);
  }
}

/**
 * Makes sure the pinned Synapse is installed in the venv, installing it when needed.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {{ python: string, version: string, installed: boolean }} `installed` is true when
 *   this call ran pip.
 */
export function prepareSynapse(options = {}) {
  const log = options.log ?? ((line) => console.log(line));
  const current = installedSynapseVersion();
  if (current === SYNAPSE_VERSION) return { python: venvPython, version: current, installed: false };

  const systemPython = findSystemPython();
  if (!existsSync(venvPython)) {
    log(`Creating the Synapse venv in ${venvDirectory} with ${systemPython}`);
    mkdirSync(dirname(venvDirectory), { recursive: true });
    run(systemPython, ["-m", "venv", venvDirectory], "Creating the venv (on Debian: apt-get install python3-venv)");
  }
  // Keeps the venv out of git even where no .gitignore covers `.cache/`.
  writeFileSync(join(venvDirectory, ".gitignore"), "*\n");

  log(`Installing matrix-synapse==${SYNAPSE_VERSION} with pip (about a minute)`);
  const started = Date.now();
  run(
    venvPython,
    ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", `matrix-synapse==${SYNAPSE_VERSION}`],
    "pip install matrix-synapse",
  );
  const version = installedSynapseVersion();
  if (version !== SYNAPSE_VERSION) {
    throw new Error(`pip finished but the venv reports matrix-synapse ${version ?? "missing"}.`);
  }
  run(venvPython, ["-c", "import synapse.app.homeserver"], "Importing synapse.app.homeserver");
  log(`Synapse ${version} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { python: venvPython, version, installed: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { version, installed } = prepareSynapse();
    console.log(`Synapse ${version} ${installed ? "installed" : "already installed"} (${venvDirectory})`);
  } catch (error) {
    console.error(`\nCould not prepare the local Synapse: ${error instanceof Error ? error.message : String(error)}`);
    console.error("The integration and end-to-end tests need a real Synapse; they will not run without it.");
    process.exit(1);
  }
}

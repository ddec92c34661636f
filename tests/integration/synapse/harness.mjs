// Starts and stops a real, throw-away Synapse and registers users on it. Types: harness.d.mts.
import { spawn } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildHomeserverConfig, buildLogConfig, generateSigningKey } from "./config.mjs";
import { SYNAPSE_VERSION, installedSynapseVersion, venvPython } from "./prepare.mjs";

const serverName = "localhost";

// Runs Synapse inside a tiny wrapper that exits when its parent (this Node process) is gone, so a
// test runner killed with SIGKILL never leaves a homeserver behind.
const launcher = `
import os, runpy, sys, threading, time
parent = os.getppid()
def watch():
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(0)
threading.Thread(target=watch, daemon=True).start()
sys.argv = ["synapse.app.homeserver", "-c", sys.argv[1]]
runpy.run_module("synapse.app.homeserver", run_name="__main__")
`;

/** Finds a TCP port on 127.0.0.1 that nothing listens on right now. */
export function findFreePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** True when `port` on 127.0.0.1 can be bound now. */
export function isPortFree(port) {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.unref();
    server.once("error", () => resolveFree(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolveFree(true)));
  });
}

function tail(file, lines = 40) {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

const sleep = (milliseconds) => new Promise((resolveSleep) => setTimeout(resolveSleep, milliseconds));

/**
 * Starts a Synapse on 127.0.0.1 and resolves once `/health` answers.
 * @param {import("./harness.d.mts").StartSynapseOptions} [options]
 * @returns {Promise<import("./harness.d.mts").Homeserver>}
 */
export async function startSynapse(options = {}) {
  const rateLimits = options.rateLimits ?? "relaxed";
  const timeoutMs = options.timeoutMs ?? 90_000;
  if (installedSynapseVersion() !== SYNAPSE_VERSION) {
    throw new Error(`Synapse ${SYNAPSE_VERSION} is not installed: run \`node tests/integration/synapse/prepare.mjs\`.`);
  }
  const port = options.port ?? (await findFreePort());
  const directory = mkdtempSync(join(tmpdir(), "mmui-synapse-"));
  const sharedSecret = randomBytes(24).toString("hex");
  const configPath = join(directory, "homeserver.yaml");
  mkdirSync(join(directory, "media"));
  writeFileSync(join(directory, "signing.key"), generateSigningKey());
  writeFileSync(join(directory, "log.config.yaml"), JSON.stringify(buildLogConfig(directory), null, 2));
  writeFileSync(
    configPath,
    JSON.stringify(buildHomeserverConfig({ directory, port, serverName, sharedSecret, rateLimits }), null, 2),
  );

  const consoleLog = join(directory, "console.log");
  const logFile = join(directory, "homeserver.log");
  const output = openSync(consoleLog, "a");
  const started = Date.now();
  const child = spawn(venvPython, ["-c", launcher, configPath], {
    cwd: directory,
    stdio: ["ignore", output, output],
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
  });
  closeSync(output);
  let exited = false;
  const exitPromise = new Promise((resolveExit) =>
    child.once("exit", (code, signal) => {
      exited = true;
      resolveExit({ code, signal });
    }),
  );
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  let stopped = false;
  const baseUrl = `http://127.0.0.1:${port}`;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and deletes its temp dir. */
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", killOnExit);
    if (!exited) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exitPromise;
      clearTimeout(timer);
    }
    if (!options.keepDirectory) rmSync(directory, { recursive: true, force: true });
  };

  const failure = (reason) =>
    new Error(
      `Synapse did not start on ${baseUrl}: ${reason}.\n--- ${consoleLog}\n${tail(consoleLog)}\n--- ${logFile}\n${tail(logFile)}`,
    );
  for (;;) {
    if (exited) {
      const { code, signal } = await exitPromise;
      const error = failure(`the process exited (${code ?? signal})`);
      await stop();
      throw error;
    }
    if (Date.now() - started > timeoutMs) {
      const error = failure(`no answer from /health within ${timeoutMs} ms`);
      await stop();
      throw error;
    }
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }

  return {
    baseUrl,
    serverName,
    sharedSecret,
    port,
    directory,
    logFile,
    rateLimits,
    startupMs: Date.now() - started,
    stop,
  };
}

/**
 * Registers a user through the shared-secret admin API (`/_synapse/admin/v1/register`).
 * @param {{ baseUrl: string, sharedSecret: string }} server
 * @param {import("./harness.d.mts").RegisterUserOptions} options
 * @returns {Promise<import("./harness.d.mts").RegisteredUser>}
 */
export async function registerUser(server, options) {
  const { username } = options;
  const password = options.password ?? `pw-${randomBytes(9).toString("base64url")}`;
  const admin = options.admin ?? false;
  const endpoint = `${server.baseUrl}/_synapse/admin/v1/register`;
  const nonceResponse = await fetch(endpoint);
  if (!nonceResponse.ok) throw new Error(`GET ${endpoint} → ${nonceResponse.status} ${await nonceResponse.text()}`);
  const { nonce } = await nonceResponse.json();
  const mac = createHmac("sha1", server.sharedSecret)
    .update([nonce, username, password, admin ? "admin" : "notadmin"].join("\0"))
    .digest("hex");
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ nonce, username, password, admin, mac, displayname: options.displayName }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`Registering ${username} failed: ${response.status} ${JSON.stringify(body)}`);
  return { userId: body.user_id, accessToken: body.access_token, deviceId: body.device_id, password, username };
}

#!/usr/bin/env node
// `npm run test:package`: the published package as a consumer gets it.
//   1. `npm run build` (scripts/build.mjs), then publint and @arethetypeswrong/cli (esm-only).
//   2. `npm pack` into .cache/package-test/ and check what the tarball holds.
//   3. For React 18.3 and React 19: a throw-away Vite app in .cache/package-test/react-<major>/
//      installs the tarball; Node renders an InvitePreview with react-dom/server; Vite builds
//      the app; Chromium loads the built page and the preview must appear, without errors.
// Usage: node scripts/package-test.mjs [--json <path>] [--skip-browser]
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const workDir = join(root, ".cache", "package-test");
const args = process.argv.slice(2);
const jsonIndex = args.indexOf("--json");
const jsonPath = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;
const skipBrowser = args.includes("--skip-browser");
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const installedReact = JSON.parse(readFileSync(join(root, "node_modules", "react", "package.json"), "utf8")).version;
const REACT_VERSIONS = [
  { label: "react-18", version: "18.3.1" },
  { label: "react-19", version: installedReact.startsWith("19.") ? installedReact : "19" },
];
const FIXTURE = join(root, "tests", "fixtures", "invite-named-room-full.json");

/** @type {{ name: string, status: "passed" | "failed", durationMs: number, message?: string }[]} */
const results = [];

/**
 * Runs one check; a throw marks it failed and the run goes on (later checks that depend on
 * it fail on their own with a clear message).
 * @param {string} name
 * @param {() => unknown} check
 */
async function test(name, check) {
  const started = Date.now();
  try {
    await check();
    results.push({ name, status: "passed", durationMs: Date.now() - started });
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.push({ name, status: "failed", durationMs: Date.now() - started, message });
    console.log(`  ✗ ${name}\n${message.replace(/^/gm, "      ")}`);
  }
}

/**
 * Runs a command; throws with the tail of its output when it fails.
 * @param {string} command @param {string[]} commandArgs @param {{ cwd?: string }} [options]
 */
function run(command, commandArgs, { cwd = root } = {}) {
  const result = spawnSync(command, commandArgs, { cwd, encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(" ")} exited ${result.status}\n${output.split("\n").slice(-25).join("\n")}`);
  }
  return output;
}

/** @param {boolean} condition @param {string} message */
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

let tarball = "";

async function main() {
  mkdirSync(workDir, { recursive: true });
  console.log("package: build, lint, pack");
  await test("the build (scripts/build.mjs) emits both entries, styles.css and declarations", () => {
    run(process.execPath, [join(root, "scripts", "build.mjs")]);
    for (const file of ["index.js", "core.js", "styles.css", "compound.css", "index.d.ts", "core.d.ts"]) {
      assert(existsSync(join(root, "dist", file)), `dist/${file} is missing`);
    }
    assert(readFileSync(join(root, "dist", "index.js"), "utf8").startsWith('"use client";'), "dist/index.js lacks 'use client'");
    assert(!readFileSync(join(root, "dist", "core.js"), "utf8").includes("use client"), "dist/core.js carries 'use client'");
  });
  await test("publint finds nothing to fix", () => {
    const output = run("npx", ["publint", "--strict"]);
    assert(/All good/.test(output), output);
  });
  await test("npm pack holds dist, README, CHANGELOG and SECURITY, and no sources or tests", () => {
    for (const file of readdirSync(workDir)) if (file.endsWith(".tgz")) rmSync(join(workDir, file));
    const output = run("npm", ["pack", "--json", "--pack-destination", workDir]);
    const [packed] = JSON.parse(output.slice(output.indexOf("[")));
    tarball = join(workDir, packed.filename);
    const files = packed.files.map((/** @type {{ path: string }} */ file) => file.path);
    for (const file of ["package.json", "README.md", "CHANGELOG.md", "SECURITY.md", "dist/index.js", "dist/core.js", "dist/styles.css", "dist/compound.css", "dist/index.d.ts", "dist/core.d.ts"]) {
      assert(files.includes(file), `the tarball lacks ${file}`);
    }
    const stray = files.filter((/** @type {string} */ file) => /^(src|tests|scripts|bench|\.cache)\//.test(file));
    assert(stray.length === 0, `the tarball holds ${stray.slice(0, 5).join(", ")}`);
    console.log(`    ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
  });
  await test("@arethetypeswrong/cli: types resolve for node16 (ESM) and bundlers", () => {
    assert(tarball !== "", "no tarball");
    run("npx", ["attw", tarball, "--profile", "esm-only", "--exclude-entrypoints", "./styles.css", "./compound.css", "--format", "ascii"]);
  });

  for (const react of REACT_VERSIONS) {
    console.log(`\n${react.label} (${react.version}): throw-away Vite app`);
    const appDir = join(workDir, react.label);
    let installed = false;
    let component = "";
    await test(`${react.label}: installs the packed tarball next to react@${react.version}`, () => {
      assert(tarball !== "", "no tarball");
      createApp(appDir, react.version);
      run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: appDir });
      const installedVersion = JSON.parse(readFileSync(join(appDir, "node_modules", "react", "package.json"), "utf8")).version;
      assert(installedVersion.startsWith(react.version.split(".")[0]), `installed react ${installedVersion}`);
      installed = true;
    });
    await test(`${react.label}: renders an InvitePreview on the server (react-dom/server)`, () => {
      assert(installed, "not installed");
      const output = run(process.execPath, ["ssr.mjs"], { cwd: appDir });
      const report = JSON.parse(output.trim().split("\n").pop() ?? "{}");
      component = report.component;
      assert(report.component === "InvitePreview", `InvitePreview is not exported by the package (rendered ${report.component} instead)`);
      assert(/^<article\b/.test(report.html), `expected an <article>, got: ${report.html.slice(0, 200)}`);
      for (const text of ["Design Review", "Alice Liddell", "@alice:localhost"]) {
        assert(report.html.includes(text), `the rendered preview lacks "${text}"`);
      }
      assert(!/<script/i.test(report.html), "network text rendered as markup");
    });
    await test(`${react.label}: builds with Vite, the package CSS included`, async () => {
      assert(installed, "not installed");
      writeFileSync(join(appDir, "main.js"), clientEntry(component || "InvitePreview"));
      const { build } = await import("vite");
      await build({
        root: appDir,
        configFile: false,
        logLevel: "warn",
        build: {
          outDir: "dist",
          emptyOutDir: true,
          rollupOptions: {
            // A client-only app has no server/client boundary: the directive is meant for RSC
            // bundlers and is dropped here, as it should be.
            onwarn(warning, warn) {
              if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("use client")) return;
              warn(warning);
            },
          },
        },
      });
      const assets = readdirSync(join(appDir, "dist", "assets"));
      assert(assets.some((file) => file.endsWith(".js")), "no JavaScript emitted");
      assert(assets.some((file) => file.endsWith(".css")), "styles.css was not bundled");
    });
    if (!skipBrowser) {
      await test(`${react.label}: the built app shows the preview in Chromium without errors`, async () => {
        assert(installed, "not installed");
        await checkInBrowser(join(appDir, "dist"));
      });
    }
  }
}

/**
 * Writes the throw-away app: package.json, the fixture, a server-render script and index.html.
 * @param {string} appDir @param {string} reactVersion
 */
function createApp(appDir, reactVersion) {
  mkdirSync(appDir, { recursive: true });
  // A fresh tarball under the same name and version: make npm take it again.
  rmSync(join(appDir, "node_modules", packageJson.name), { recursive: true, force: true });
  rmSync(join(appDir, "package-lock.json"), { force: true });
  writeFileSync(
    join(appDir, "package.json"),
    `${JSON.stringify(
      {
        name: `mmui-package-test-${reactVersion.split(".")[0]}`,
        private: true,
        type: "module",
        dependencies: { [packageJson.name]: `file:${tarball}`, react: reactVersion, "react-dom": reactVersion },
      },
      null,
      2,
    )}\n`,
  );
  copyFileSync(FIXTURE, join(appDir, "fixture.json"));
  writeFileSync(
    join(appDir, "index.html"),
    '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>package test</title></head>\n<body><main id="root"></main><script type="module" src="/main.js"></script></body>\n</html>\n',
  );
  writeFileSync(join(appDir, "invite.js"), INVITE_MODULE);
  writeFileSync(join(appDir, "ssr.mjs"), SSR_SCRIPT);
}

// Builds the props from the real capture, through the package's own public API.
const INVITE_MODULE = `import { createInviteStore, createMatrixHttpClient } from "${packageJson.name}";

export function inviteProps(capture) {
  const store = createInviteStore({ userId: capture.user_id });
  store.applySync({ rooms: { invite: { [capture.room_id]: capture.sync_invite_entry } } }, { full: true });
  const invite = store.getEntry(capture.room_id);
  if (!invite) throw new Error("the invite store did not keep the invite");
  // Never contacted while rendering: avatars are off, and no button is pressed.
  const client = createMatrixHttpClient({ baseUrl: "https://matrix.invalid", accessToken: "package-test" });
  return { client, invite, userId: capture.user_id, mediaPolicy: { showAvatars: false } };
}
`;

const SSR_SCRIPT = `import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import * as library from "${packageJson.name}";
import { inviteProps } from "./invite.js";

const capture = JSON.parse(readFileSync(new URL("./fixture.json", import.meta.url), "utf8"));
const component = typeof library.InvitePreview === "function" ? "InvitePreview" : "none";
const html = component === "InvitePreview" ? renderToString(createElement(library.InvitePreview, inviteProps(capture))) : "";
console.log(JSON.stringify({ component, html }));
`;

/** @param {string} component */
function clientEntry(component) {
  return `import "${packageJson.name}/styles.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { ${component} } from "${packageJson.name}";
import capture from "./fixture.json";
import { inviteProps } from "./invite.js";

createRoot(document.getElementById("root")).render(createElement(${component}, inviteProps(capture)));
`;
}

/**
 * Serves the built app on 127.0.0.1 and loads it in Chromium; the invite's room name must
 * appear inside an <article>, with no page error and no failed request.
 * @param {string} distDir
 */
async function checkInBrowser(distDir) {
  const { chromium } = await import("playwright-core");
  const { chromiumLaunchOptions } = await import("./chromium.mjs");
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    const file = join(distDir, path === "/" ? "index.html" : path);
    if (!file.startsWith(distDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[/** @type {keyof typeof types} */ (extname(file))] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((resolveListen) => server.listen(0, "127.0.0.1", () => resolveListen(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    /** @type {string[]} */
    const problems = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    const article = page.locator("article").first();
    await article.waitFor({ timeout: 15_000 });
    const text = await article.innerText();
    assert(text.includes("Design Review"), `the preview lacks the room name: ${text.slice(0, 200)}`);
    const buttons = await page.getByRole("button").allInnerTexts();
    assert(buttons.some((label) => /accept/i.test(label)), `no Accept button among: ${buttons.join(", ")}`);
    assert(problems.length === 0, problems.join("\n"));
  } finally {
    await browser.close();
    server.close();
  }
}

const started = Date.now();
await main();
const passed = results.filter((result) => result.status === "passed").length;
const failed = results.length - passed;
console.log(`\npackage tests: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
if (jsonPath) {
  mkdirSync(dirname(resolve(root, jsonPath)), { recursive: true });
  writeFileSync(resolve(root, jsonPath), `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed, testResults: results }, null, 2)}\n`);
}
process.exit(failed > 0 ? 1 : 0);

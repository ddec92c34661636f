#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at nothing so one run shows
// every failure. Prints one closing line "tests: N passed, N failed" summed over the runners.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const resultsDir = ".cache/test-results";
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

/** @type {{ name: string, command: string[], results?: string, when?: () => boolean }[]} */
const steps = [
  { name: "typecheck", command: ["npx", "tsc", "-p", "tsconfig.json", "--noEmit"] },
  { name: "lint", command: ["npx", "eslint", "."] },
  { name: "api", command: ["npm", "run", "-s", "api"] },
  vitestStep("unit", ["unit", "components"]),
  vitestStep("stories", ["storybook"]),
  vitestStep("visual", ["visual"]),
  vitestStep("integration", ["integration"]),
  // matrix-js-sdk 43 needs Node 22, fetched from the npm registry by scripts/node22.mjs.
  vitestStep("node22", ["node22"], ["node", "scripts/node22.mjs", "node_modules/vitest/vitest.mjs"]),
  {
    name: "e2e",
    command: ["npm", "run", "-s", "test:e2e"],
    when: () => Boolean(JSON.parse(readFileSync("package.json", "utf8")).scripts["test:e2e"]),
    results: `${resultsDir}/e2e.json`,
  },
  {
    name: "package",
    command: ["npm", "run", "-s", "test:package"],
    when: () => Boolean(JSON.parse(readFileSync("package.json", "utf8")).scripts["test:package"]),
    results: `${resultsDir}/package.json`,
  },
];

function vitestStep(name, projects, vitest = ["npx", "vitest"]) {
  const results = `${resultsDir}/${name}.json`;
  return {
    name,
    results,
    command: [
      ...vitest,
      "run",
      ...projects.flatMap((project) => ["--project", project]),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${results}`,
    ],
  };
}

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  if (step.when && !step.when()) continue;
  console.log(`\n=== ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(step.command[0], step.command.slice(1), { stdio: "inherit", env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let stepFailures = 0;
  if (step.results && existsSync(step.results)) {
    try {
      const report = JSON.parse(readFileSync(step.results, "utf8"));
      passed += report.numPassedTests ?? 0;
      stepFailures = report.numFailedTests ?? 0;
    } catch {
      console.error(`(could not read ${step.results})`);
    }
  } else if (run.status === 0) {
    passed += 1;
  }
  if (run.status !== 0) {
    failedSteps.push(step.name);
    // A runner that failed before reporting any test failure still counts as one failure.
    stepFailures = Math.max(stepFailures, 1);
  }
  failed += stepFailures;
  console.log(`=== ${step.name}: ${run.status === 0 ? "ok" : "FAILED"} in ${seconds}s`);
}

if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);

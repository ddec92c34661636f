#!/usr/bin/env node
// `npm run api` / `npm run api:update`: the committed API reports of both package entries,
// so every change to the public surface shows in review (API Extractor, as Element's module
// API does).
//   1. Type declarations of src/ with `tsc -p tsconfig.build.json` (as `npm run build` emits
//      them, declaration maps included) into .cache/api/types; incremental, so a second run
//      takes seconds.
//   2. API Extractor (its own bundled TypeScript) over `index.d.ts` (matrix-membership-ui) and
//      `core/index.d.ts` (matrix-membership-ui/core), one shared compiler program.
//   3. Each report is compared with its committed copy in etc/. The check prints a unified
//      diff and exits 1 when one is stale; `--update` writes them instead.
// Findings (see RULES) are written into the reports as `// Warning:` lines, so a new one shows
// in the diff like any other change to the surface; their counts are printed on every run.
// Usage: node scripts/api-report.mjs [--update]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cacheDir = join(root, ".cache", "api");
const typesDir = join(cacheDir, "types");
const PACKAGE_NAME = "matrix-membership-ui";

/** The two public entries: the declaration file API Extractor starts from and the committed report. */
export const ENTRIES = [
  { name: PACKAGE_NAME, declarations: "index.d.ts", report: `etc/${PACKAGE_NAME}.api.md` },
  { name: `${PACKAGE_NAME}/core`, declarations: "core/index.d.ts", report: `etc/${PACKAGE_NAME}-core.api.md` },
];

/**
 * What API Extractor reports, and where. `report` findings are written into the API report
 * (so they are reviewed and make a report stale like any other change); `off` ones are dropped.
 * - ae-forgotten-export: a public signature names a type the entry does not export.
 * - ae-undocumented: an export (or a member of one) without TSDoc; issue 11 wants every export documented.
 * - ae-unresolved-link: a `{@link}` to something the entry does not export.
 * - ae-missing-release-tag: off. One audience, no `@beta`/`@internal` split: what is exported is
 *   public, and what is not public is not exported.
 * - tsdoc-* (TSDoc's own syntax): off. Nothing renders these comments but editors, and its
 *   complaints here are the house conventions: `{name}` placeholders of the English catalog,
 *   Matrix IDs such as `@alice:example.org`, Markdown tables, `@param name text` (25 findings
 *   when last tried, none of them a missing or wrong doc).
 * Everything else keeps API Extractor's defaults (printed as a warning, not in the report).
 */
export const RULES = {
  extractor: {
    "ae-forgotten-export": "report",
    "ae-undocumented": "report",
    "ae-unresolved-link": "report",
    "ae-missing-release-tag": "off",
  },
  tsdoc: "off",
};

/**
 * Findings of these rules fail `npm run api` even when the report is up to date: a public
 * signature that names an unexported type, an export without TSDoc, or a `{@link}` to a name
 * users cannot see. The curated reports of issue 11 (step 3) have none.
 * @type {string[]}
 */
export const FATAL_RULES = ["ae-forgotten-export", "ae-undocumented", "ae-unresolved-link"];

/** @param {"report" | "off"} mode */
const rule = (mode) => (mode === "report" ? { logLevel: "warning", addToApiReportFile: true } : { logLevel: "none" });

/**
 * Emits the declarations API Extractor reads. Incremental: the build info sits beside them,
 * and both are thrown away together when one is missing.
 */
function emitDeclarations() {
  const buildInfo = join(cacheDir, "types.tsbuildinfo");
  if (!existsSync(buildInfo) || !existsSync(typesDir)) {
    rmSync(typesDir, { recursive: true, force: true });
    rmSync(buildInfo, { force: true });
  }
  const tsc = spawnSync(
    process.execPath,
    [
      join(root, "node_modules", "typescript", "bin", "tsc"),
      ["-p", "tsconfig.build.json"],
      ["--outDir", typesDir],
      ["--incremental", "--tsBuildInfoFile", buildInfo],
    ].flat(),
    { cwd: root, stdio: "inherit" },
  );
  if (tsc.status !== 0) throw new Error("tsc -p tsconfig.build.json failed: fix the type errors first");
}

/**
 * Runs API Extractor over both entries and returns each generated report's text.
 * @returns {Promise<{ entry: (typeof ENTRIES)[number], text: string, consoleMessages: { level: string, text: string }[] }[]>}
 */
async function extractReports() {
  const { CompilerState, Extractor, ExtractorConfig } = await import("@microsoft/api-extractor");
  const outputDir = join(cacheDir, "reports");
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });
  const entryPaths = ENTRIES.map((entry) => join(typesDir, entry.declarations));
  const prepare = (/** @type {number} */ index) =>
    ExtractorConfig.prepare({
      configObject: {
        projectFolder: root,
        mainEntryPointFilePath: entryPaths[index],
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              target: "ES2022",
              lib: ["ES2023", "DOM", "DOM.Iterable"],
              module: "ESNext",
              moduleResolution: "Bundler",
              jsx: "react-jsx",
              strict: true,
              skipLibCheck: true,
              types: [],
            },
            files: entryPaths,
          },
        },
        apiReport: {
          enabled: true,
          reportFileName: `report-${index}`,
          reportFolder: outputDir,
          reportTempFolder: join(cacheDir, "temp"),
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        newlineKind: "lf",
        messages: {
          compilerMessageReporting: { default: { logLevel: "warning" } },
          extractorMessageReporting: {
            default: { logLevel: "warning" },
            ...Object.fromEntries(Object.entries(RULES.extractor).map(([id, mode]) => [id, rule(mode)])),
          },
          tsdocMessageReporting: { default: rule(RULES.tsdoc) },
        },
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: join(root, "package.json"),
    });
  const configs = ENTRIES.map((_entry, index) => prepare(index));
  const compilerState = CompilerState.create(configs[0], { additionalEntryPoints: entryPaths });
  return ENTRIES.map((entry, index) => {
    /** @type {{ level: string, text: string }[]} */
    const consoleMessages = [];
    const result = Extractor.invoke(configs[index], {
      localBuild: true,
      compilerState,
      messageCallback: (message) => {
        message.handled = true;
        // console-* messages are API Extractor's progress notes (report created, copied …).
        const progress = message.messageId.startsWith("console-") && message.logLevel !== "error";
        if (!progress && (message.logLevel === "error" || message.logLevel === "warning")) {
          const where = message.sourceFilePath ? `${relative(root, message.sourceFilePath)}:${message.sourceFileLine}: ` : "";
          consoleMessages.push({ level: message.logLevel, text: `${where}(${message.messageId}) ${message.text}` });
        }
      },
    });
    const reportPath = join(outputDir, `report-${index}.api.md`);
    if (!existsSync(reportPath)) throw new Error(`API Extractor wrote no report for ${entry.name} (${result.errorCount} errors)`);
    const text = readFileSync(reportPath, "utf8");
    return { entry, text: normalizeReport(text, entry.name), consoleMessages };
  });
}

/**
 * Gives a generated report its entry's name (API Extractor names the package only), drops
 * source positions from its closing list of findings, and ends it with one newline.
 * @param {string} text
 * @param {string} entryName
 */
export function normalizeReport(text, entryName) {
  return `${text
    .replace(/\r\n/g, "\n")
    // `// src/file.ts:25:3 - (ae-…)`: the file stays, the position goes, so an edit that only
    // moves lines does not make the report stale.
    .replace(/^(\/\/ [^\s:]+):\d+:\d+ - \(/gm, "$1 - (")
    .replace(/^## API Report File for "[^"]*"/m, `## API Report File for "${entryName}"`)
    .trimEnd()}\n`;
}

/**
 * Counts the findings written into a report, by rule: `// Warning: (ae-…)` lines above (or in) a
 * declaration and the `// path:line:col - (ae-…)` lines of its closing list.
 * @param {string} text
 * @returns {Record<string, number>}
 */
export function countFindings(text) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const line of text.split("\n")) {
    const found = /^\s*\/\/ (?:Warning: |\S+ - )\(((?:ae|tsdoc)-[a-z-]+)\)/.exec(line);
    if (found?.[1]) counts[found[1]] = (counts[found[1]] ?? 0) + 1;
  }
  return counts;
}

/**
 * A unified diff from the committed report to the generated one (git's, which every clone has).
 * @param {string} committedPath
 * @param {string} generatedPath
 */
function unifiedDiff(committedPath, generatedPath) {
  const paths = [relative(root, committedPath), relative(root, generatedPath)];
  const diff = spawnSync("git", ["diff", "--no-index", "--no-color", "--", ...paths], {
    cwd: root,
    encoding: "utf8",
  });
  if (diff.error) return `(no git to show the diff: compare ${paths.join(" with ")})`;
  return diff.stdout || diff.stderr;
}

async function main() {
  const update = process.argv.includes("--update");
  const started = Date.now();
  emitDeclarations();
  const results = await extractReports();
  let failed = false;
  for (const { entry, text, consoleMessages } of results) {
    const committedPath = join(root, entry.report);
    const committed = existsSync(committedPath) ? readFileSync(committedPath, "utf8") : undefined;
    const findings = Object.entries(countFindings(text));
    const total = findings.reduce((sum, [, count]) => sum + count, 0);
    const summary = `${total} findings${total > 0 ? ` (${findings.map(([id, count]) => `${id} ${count}`).join(", ")})` : ""}`;
    // Everything on stdout, so the diff and the verdict stay in order in a CI log.
    for (const message of consoleMessages) console.log(`${entry.name}: ${message.level}: ${message.text}`);
    if (consoleMessages.some((message) => message.level === "error")) failed = true;
    const fatal = findings.filter(([id]) => FATAL_RULES.includes(id));
    if (fatal.length > 0) {
      failed = true;
      console.log(`${entry.report}: findings of enforced rules: ${fatal.map(([id, count]) => `${id} ${count}`).join(", ")}`);
    }
    if (committed === text) {
      console.log(`${entry.report}: up to date; ${summary}`);
    } else if (update) {
      mkdirSync(dirname(committedPath), { recursive: true });
      writeFileSync(committedPath, text);
      console.log(`${entry.report}: ${committed === undefined ? "written" : "updated"}; ${summary}`);
    } else {
      failed = true;
      const generatedPath = join(cacheDir, "reports", relative(join(root, "etc"), committedPath));
      writeFileSync(generatedPath, text);
      if (committed === undefined) {
        console.log(`${entry.report} is missing.`);
      } else {
        console.log(unifiedDiff(committedPath, generatedPath));
      }
      console.log(
        `${entry.report} is stale: the public API of ${entry.name} changed (diff above; ${summary}).\n` +
          "If the change is intended, run `npm run api:update` and commit the report with it.",
      );
    }
  }
  console.log(`api reports checked in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}

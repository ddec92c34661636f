/**
 * The helpers behind `npm run build` and the size check, on inputs made for the purpose, so
 * a broken rewrite or a budget check that can no longer fail shows up here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rewriteSpecifiers } from "../../scripts/build.mjs";
import {
  BUDGETS,
  findBudgetViolations,
  formatSizeReport,
  kib,
  type ConsumerSize,
  type SizeReport,
} from "../../scripts/check-size.mjs";

/** A figure such as "78.00 KiB" as a regular expression's literal text. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("declaration specifiers (rewriteSpecifiers)", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "mmui-dts-"));
    mkdirSync(join(folder, "core"));
    writeFileSync(join(folder, "core", "index.d.ts"), "export {};\n");
    writeFileSync(join(folder, "types.d.ts"), "export {};\n");
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const file = () => join(folder, "index.d.ts");

  it("points a folder import at its index.js and a file import at file.js", () => {
    const source = 'export * from "./core";\nimport type { A } from "./types";\nexport type B = import("./types").B;\n';
    expect(rewriteSpecifiers(source, file())).toBe(
      'export * from "./core/index.js";\nimport type { A } from "./types.js";\nexport type B = import("./types.js").B;\n',
    );
  });

  it("leaves package imports and specifiers that already have an extension alone", () => {
    const source = 'import type { ReactNode } from "react";\nexport * from "./types.js";\n';
    expect(rewriteSpecifiers(source, file())).toBe(source);
  });

  it("drops side-effect CSS imports, which mean nothing to the type checker", () => {
    expect(rewriteSpecifiers('import "./Button.css";\nexport {};\n', file())).toBe("\nexport {};\n");
  });
});

describe("budget check (findBudgetViolations)", () => {
  const size = (gzip: number, bundledLocales: string[] = []): ConsumerSize => ({
    minified: gzip * 3,
    gzip,
    dependencies: 0,
    bundledLocales,
    lazyChunks: 2,
  });
  const report = (overrides: Partial<SizeReport> = {}): SizeReport => ({
    full: size(BUDGETS.full),
    fullWithoutSdk: size(BUDGETS.full * 2),
    core: size(BUDGETS.core),
    component: { ...size(BUDGETS.component), name: "InvitePreview" },
    coreFunction: { ...size(BUDGETS.coreFunction), name: "summarizeInvite" },
    frameworkFree: { name: "summarizeInvite", fromIndex: size(100), fromCore: size(BUDGETS.coreFunction) },
    css: { minified: 100, gzip: 50 },
    lazyLocaleFiles: ["node_modules/matrix-membership-ui/dist/pl-x.js"],
    coreImportsReact: false,
    indexHasUseClient: true,
    coreHasUseClient: false,
    notes: [],
    ...overrides,
  });

  it("accepts sizes exactly at the budget", () => {
    expect(findBudgetViolations(report())).toEqual([]);
  });

  it("names every entry one byte over its budget", () => {
    const problems = findBudgetViolations(
      report({
        full: size(BUDGETS.full + 1),
        core: size(BUDGETS.core + 1),
        component: { ...size(BUDGETS.component + 1), name: "InvitePreview" },
        coreFunction: { ...size(BUDGETS.coreFunction + 1), name: "summarizeInvite" },
      }),
    );
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(
      new RegExp(
        `^full entry[^\\n]* > ${escape(kib(BUDGETS.full))}\\ncore entry[^\\n]* > ${escape(kib(BUDGETS.core))}\\n` +
          `only InvitePreview [^\\n]* > ${escape(kib(BUDGETS.component))}\\nonly summarizeInvite \\(\\/core\\) [^\\n]* > ${escape(kib(BUDGETS.coreFunction))}$`,
      ),
    );
  });

  it("prints each figure with its budget and whether it is met", () => {
    const lines = formatSizeReport(report({ core: size(BUDGETS.core + 1) }));
    expect(lines[0]).toMatch(new RegExp(`^full entry .* \\(budget ${escape(kib(BUDGETS.full))}, met;`));
    expect(lines[1]).toMatch(new RegExp(`^core entry .* \\(budget ${escape(kib(BUDGETS.core))}, NOT met;`));
    expect(lines[3]).toMatch(new RegExp(`^only summarizeInvite \\(\\/core\\) .* \\(budget ${escape(kib(BUDGETS.coreFunction))}, met;`));
  });

  it("fails when a non-English catalog loads eagerly, or when there is no lazy locale chunk at all", () => {
    expect(findBudgetViolations(report({ full: size(100, ["node_modules/matrix-membership-ui/dist/pl-x.js"]) }))).toEqual([
      "full: non-English locales loaded eagerly: node_modules/matrix-membership-ui/dist/pl-x.js",
    ]);
    expect(findBudgetViolations(report({ lazyLocaleFiles: [] }))).toEqual([
      "no lazily loaded locale chunk: Polish is bundled into the entry",
    ]);
  });

  it("fails on React in the core and on a misplaced 'use client'", () => {
    expect(findBudgetViolations(report({ coreImportsReact: true, indexHasUseClient: false, coreHasUseClient: true }))).toHaveLength(3);
  });
});

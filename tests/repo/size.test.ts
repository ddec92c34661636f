/**
 * The size of the published package, measured as a consumer pays it: the package is built
 * with the real build, installed into a scratch folder, and consumer entries are bundled
 * minified and tree-shaken with React, ReactDOM and matrix-js-sdk external
 * (scripts/check-size.mjs).
 *
 * Issue 7's targets (20 / 5 / 8 KiB gzipped, `BUDGETS`) are not met yet; `npm run size`
 * reports them and exits 1 until they are. What this test enforces is `CEILINGS`: today's
 * figures plus about 5 %, so any regression fails CI. Why the targets are out of reach
 * without dropping features is written next to `CEILINGS` in scripts/check-size.mjs.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BUDGETS,
  CEILINGS,
  formatSizeReport,
  kib,
  measureBundleSizes,
  type SizeReport,
} from "../../scripts/check-size.mjs";

let report: SizeReport;

beforeAll(async () => {
  report = await measureBundleSizes();
  // The figures, for whoever reads the test log.
  console.log(formatSizeReport(report).join("\n"));
}, 60_000);

describe(`bundle size ceilings (minified + gzipped, React external; issue-7 targets ${kib(BUDGETS.full)} / ${kib(BUDGETS.core)} / ${kib(BUDGETS.component)} not met yet)`, () => {
  it(`keeps the full entry from growing past ${kib(CEILINGS.full)}`, () => {
    expect(report.full.gzip).toBeGreaterThan(0);
    expect(report.full.gzip).toBeLessThanOrEqual(CEILINGS.full);
  });

  it(`keeps the framework-free core from growing past ${kib(CEILINGS.core)}`, () => {
    expect(report.core.gzip).toBeGreaterThan(0);
    expect(report.core.gzip).toBeLessThanOrEqual(CEILINGS.core);
  });

  it(`keeps a consumer that imports only InvitePreview from growing past ${kib(CEILINGS.component)}`, () => {
    expect(report.component.gzip).toBeGreaterThan(0);
    expect(report.component.gzip).toBeLessThanOrEqual(CEILINGS.component);
  });

  it("measures InvitePreview as soon as the components barrel exports it", () => {
    const barrel = readFileSync(new URL("../../src/components/index.ts", import.meta.url), "utf8");
    const exported = /\bInvitePreview\b/.test(barrel);
    expect(report.component.name === "InvitePreview").toBe(exported);
  });

  it("tree-shakes: one component costs less than the whole entry", () => {
    expect(report.component.gzip).toBeLessThan(report.full.gzip);
  });

  it("prints the issue-7 targets beside the ceilings, so the report never hides the gap", () => {
    const lines = formatSizeReport(report).join("\n");
    for (const key of ["full", "core", "component"] as const) {
      expect(lines).toContain(`target ${kib(BUDGETS[key])}`);
      expect(lines).toContain(`regression ceiling ${kib(CEILINGS[key])}`);
    }
  });
});

describe("tree-shaking of the main entry", () => {
  it("costs an app that takes only a framework-free function from the main entry what /core costs (no translator, no English catalog)", () => {
    const { fromIndex, fromCore } = report.frameworkFree;
    expect(fromCore.minified).toBeGreaterThan(0);
    // A few hundred bytes of frozen constants in hooks remain (Object.freeze is not known
    // to be pure); the English catalog alone would add about 18 KiB.
    expect(fromIndex.minified).toBeLessThanOrEqual(fromCore.minified + 1024);
  });
});

describe("lazy locales", () => {
  it("ships the Polish and pseudo-locale catalogs as separate chunks", () => {
    expect(report.lazyLocaleFiles.some((file) => /\/pl-[^/]*\.js$/.test(file))).toBe(true);
    // The pseudo-locale's code (src/i18n/pseudoLocalize.ts); it imports no catalog of its own.
    expect(report.lazyLocaleFiles.some((file) => /\/pseudo(Localize)?-[^/]*\.js$/.test(file))).toBe(true);
  });

  it("keeps locales other than English out of what a consumer loads up front", () => {
    expect(report.full.bundledLocales).toEqual([]);
    expect(report.component.bundledLocales).toEqual([]);
    expect(report.core.bundledLocales).toEqual([]);
  });
});

describe("entries", () => {
  it("marks the React entry 'use client' and leaves the core without it", () => {
    expect(report.indexHasUseClient).toBe(true);
    expect(report.coreHasUseClient).toBe(false);
  });

  it("keeps React out of everything dist/core.js loads", () => {
    expect(report.coreImportsReact).toBe(false);
  });
});

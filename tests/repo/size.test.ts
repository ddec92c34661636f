/**
 * The size budget of issue 7, measured as a consumer pays it: the package is built with the
 * real build, installed into a scratch folder, and consumer entries are bundled minified and
 * tree-shaken with React, ReactDOM and matrix-js-sdk external (scripts/check-size.mjs).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BUDGETS,
  formatSizeReport,
  measureBundleSizes,
  type SizeReport,
} from "../../scripts/check-size.mjs";

let report: SizeReport;

beforeAll(async () => {
  report = await measureBundleSizes();
  // The figures, for whoever reads the test log.
  console.log(formatSizeReport(report).join("\n"));
}, 60_000);

describe("bundle size budget (minified + gzipped, React external)", () => {
  it("keeps the full entry within 20 KiB", () => {
    expect(report.full.gzip).toBeGreaterThan(0);
    expect(report.full.gzip).toBeLessThanOrEqual(BUDGETS.full);
  });

  it("keeps the framework-free core within 5 KiB", () => {
    expect(report.core.gzip).toBeGreaterThan(0);
    expect(report.core.gzip).toBeLessThanOrEqual(BUDGETS.core);
  });

  it("adds at most 8 KiB to a consumer that imports only InvitePreview (until it is exported: another component)", () => {
    expect(report.component.gzip).toBeGreaterThan(0);
    expect(report.component.gzip).toBeLessThanOrEqual(BUDGETS.component);
  });

  it("measures InvitePreview as soon as the components barrel exports it", () => {
    const barrel = readFileSync(new URL("../../src/components/index.ts", import.meta.url), "utf8");
    const exported = /\bInvitePreview\b/.test(barrel);
    expect(report.component.name === "InvitePreview").toBe(exported);
  });

  it("tree-shakes: one component costs less than the whole entry", () => {
    expect(report.component.gzip).toBeLessThan(report.full.gzip);
  });
});

describe("lazy locales", () => {
  it("ships the Polish and pseudo-locale catalogs as separate chunks", () => {
    expect(report.lazyLocaleFiles.some((file) => /\/pl-[^/]*\.js$/.test(file))).toBe(true);
    expect(report.lazyLocaleFiles.some((file) => /\/pseudo-[^/]*\.js$/.test(file))).toBe(true);
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

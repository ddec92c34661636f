/**
 * The API report machinery (scripts/api-report.mjs, `npm run api`): every package entry has
 * a committed report, and the helpers that name a report and count its findings work on
 * inputs made for the purpose. Whether the reports are current is `npm run api`'s job (its
 * own step in `npm test`): it needs a declaration build, too slow for a unit test.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENTRIES, RULES, countFindings, normalizeReport } from "../../scripts/api-report.mjs";

const repositoryFile = (path: string) => new URL(`../../${path}`, import.meta.url);

describe("entries", () => {
  it("reports every entry of package.json's exports that has types, and nothing else", () => {
    const manifest = JSON.parse(readFileSync(repositoryFile("package.json"), "utf8")) as {
      name: string;
      exports: Record<string, string | { types?: string }>;
    };
    const typed = Object.entries(manifest.exports)
      .filter(([, target]) => typeof target === "object" && target.types)
      .map(([subpath]) => (subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`));
    expect(ENTRIES.map((entry) => entry.name).sort()).toEqual(typed.sort());
  });

  it("has a committed report for each entry, titled with the entry's name", () => {
    for (const entry of ENTRIES) {
      expect(existsSync(repositoryFile(entry.report)), `${entry.report}: run npm run api:update`).toBe(true);
      const report = readFileSync(repositoryFile(entry.report), "utf8");
      expect(report.split("\n", 1)[0]).toBe(`## API Report File for "${entry.name}"`);
    }
  });

  it("reports forgotten exports and undocumented exports in the report, not off", () => {
    expect(RULES.extractor["ae-forgotten-export"]).toBe("report");
    expect(RULES.extractor["ae-undocumented"]).toBe("report");
  });
});

describe("normalizeReport", () => {
  const generated = [
    '## API Report File for "matrix-membership-ui"',
    "",
    "// Warnings were encountered during analysis:",
    "//",
    '// src/core/client/errors.ts:25:3 - (ae-undocumented) Missing documentation for "name".',
    "",
  ].join("\r\n");

  it("names the entry, drops source positions and uses LF with one final newline", () => {
    expect(normalizeReport(`${generated}\r\n\r\n`, "matrix-membership-ui/core")).toBe(
      [
        '## API Report File for "matrix-membership-ui/core"',
        "",
        "// Warnings were encountered during analysis:",
        "//",
        '// src/core/client/errors.ts - (ae-undocumented) Missing documentation for "name".',
        "",
      ].join("\n"),
    );
  });
});

describe("countFindings", () => {
  it("counts findings above declarations, inside interfaces and in the closing list, by rule", () => {
    const report = [
      '// Warning: (ae-forgotten-export) The symbol "HttpMethod" needs to be exported by the entry point index.d.ts',
      "//",
      "// @public",
      "export interface InviteStore {",
      '    // Warning: (ae-unresolved-link) The @link reference could not be resolved: "restore"',
      "    restore(): void;",
      "}",
      "// Warnings were encountered during analysis:",
      "//",
      '// src/core/client/errors.ts - (ae-undocumented) Missing documentation for "name".',
      '// src/i18n/types.ts - (ae-undocumented) Missing documentation for "t".',
      "// (ae-undocumented) is mentioned in prose here, which is no finding",
    ].join("\n");
    expect(countFindings(report)).toEqual({ "ae-forgotten-export": 1, "ae-unresolved-link": 1, "ae-undocumented": 2 });
  });

  it("finds nothing in a clean report", () => {
    expect(countFindings('## API Report File for "x"\n\n// @public\nexport function f(): void;\n')).toEqual({});
  });
});

/**
 * The size of the public surface: how many runtime values (functions, components, classes,
 * constants) each package entry exports. Types are free; every value is a name a user has to
 * learn and the project has to keep. Issue 11 (step 3, "a curated public API") sets the
 * targets: at most 60 from `/core` and 120 from the main entry.
 */
import { describe, expect, it } from "vitest";

/**
 * The most runtime values each entry may export; the test fails above them. Issue 11's
 * curated lists (`src/core/index.ts`, `src/index.ts`) brought them from 89 and 169 to under
 * these limits. Never raise them without saying why in the commit: a new export is a promise
 * to every user, so it should replace an old one or earn its place.
 */
const EXPORT_LIMITS = { core: 60, main: 120 };

const entries = [
  { key: "core", name: "matrix-membership-ui/core", file: "src/core/index.ts", load: () => import("../../src/core/index") },
  { key: "main", name: "matrix-membership-ui", file: "src/index.ts", load: () => import("../../src/index") },
] as const;

describe("public surface (runtime values per entry)", () => {
  it.each(entries)("keeps $name at or under its limit", async ({ key, name, file, load }) => {
    const names = Object.keys(await load());
    const limit = EXPORT_LIMITS[key];
    // The figures, for whoever reads the test log.
    console.log(`${name}: ${names.length} runtime values (limit ${limit})`);
    expect(names.length).toBeGreaterThan(0);
    expect(
      names.length,
      `${name} exports ${names.length} runtime values, over its limit of ${limit}. ` +
        `Export only what users need from ${file}; internals stay unexported.`,
    ).toBeLessThanOrEqual(limit);
  });
});

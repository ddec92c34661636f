/**
 * The size of the public surface: how many runtime values (functions, components, classes,
 * constants) each package entry exports. Types are free; every value is a name a user has to
 * learn and the project has to keep. Issue 11 (step 3, "a curated public API") sets the
 * targets: at most 60 from `/core` and 120 from the main entry.
 */
import { describe, expect, it } from "vitest";

/**
 * The most runtime values each entry may export; the test fails above them.
 *
 * Set to the counts of 2026-12-04 (89 from `/core`, 169 from the main entry) while the
 * exports are curated, so the surface cannot grow meanwhile; lowered to 72 and 140 when the
 * flows redesign made the reducers and `abortReadsOnly` internal. Issue 11's targets are 60 and 120:
 * lower these to `{ core: 60, main: 120 }` when the curated export lists land, and never raise
 * them without saying why in the commit.
 */
// core 77: issue 11 (step 2) moves five readers of untrusted data into /core (parseRoomPreview,
// readTimelineEvent, readLeaveEntry, validateInvitee, acceptsKnocks); the main entry had them already.
const EXPORT_LIMITS = { core: 77, main: 140 };

/** Issue 11's targets, printed beside the counts until {@link EXPORT_LIMITS} reaches them. */
const EXPORT_TARGETS = { core: 60, main: 120 };

const entries = [
  { key: "core", name: "matrix-membership-ui/core", file: "src/core/index.ts", load: () => import("../../src/core/index") },
  { key: "main", name: "matrix-membership-ui", file: "src/index.ts", load: () => import("../../src/index") },
] as const;

describe("public surface (runtime values per entry)", () => {
  it.each(entries)("keeps $name at or under its limit", async ({ key, name, file, load }) => {
    const names = Object.keys(await load());
    const limit = EXPORT_LIMITS[key];
    // The figures, for whoever reads the test log.
    console.log(`${name}: ${names.length} runtime values (limit ${limit}; issue 11 target ${EXPORT_TARGETS[key]})`);
    expect(names.length).toBeGreaterThan(0);
    expect(
      names.length,
      `${name} exports ${names.length} runtime values, over its limit of ${limit} (issue 11 target: ` +
        `${EXPORT_TARGETS[key]}). Export only what users need from ${file}; internals stay unexported.`,
    ).toBeLessThanOrEqual(limit);
  });
});

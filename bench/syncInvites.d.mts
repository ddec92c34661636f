// Types for the part of syncInvites.mjs the unit tests use (tests/core/client/boundedResponses.test.ts
// checks that a 10,000-invite /sync fits the client's JSON cap).

/** A /sync response (as text) with `count` invites, cycling through the real Synapse captures in `fixturesDir`. */
export function makeSyncResponse(fixturesDir: string, count: number): string;

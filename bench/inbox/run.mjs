// Benchmark 3: InviteList with 100 and 10,000 invites in Chromium. Runs only once the
// component has landed and is exported; until then it says so.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * @param {{ root: string, log: (line: string) => void }} options
 * @returns {Promise<{ markdown: string[] }>}
 */
export async function benchInbox({ root, log }) {
  const barrel = join(root, "src", "components", "index.ts");
  const landed = existsSync(join(root, "src", "components", "InviteList", "index.ts")) && /\bInviteList\b/.test(readFileSync(barrel, "utf8"));
  if (!landed) {
    const note = "skipped: InviteList has not landed in src/components (or is not exported from src/components/index.ts yet)";
    log(note);
    return { markdown: [`Not measured: ${note}.`] };
  }
  const { measureInbox } = await import("./measure.mjs");
  return measureInbox({ root, log });
}

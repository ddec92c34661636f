// Benchmark 3: InviteList with 100 and 10,000 invites in Chromium (bench/inbox/measure.mjs).

/**
 * @param {{ root: string, log: (line: string) => void }} options
 * @returns {Promise<{ markdown: string[] }>}
 */
export async function benchInbox({ root, log }) {
  const { measureInbox } = await import("./measure.mjs");
  return measureInbox({ root, log });
}

// Benchmark 7: the two feeds of the invite store against a local Synapse, for a user with
// 1,000 pending invites and 50 joined rooms. Sliding: startInviteFeed({ feed: "sliding" }) (one is_invite
// list, no timeline, the summary's state, the account data extension). Classic:
// startSyncLoop with its invite filter. Each round starts a fresh feed (a new sliding
// connection, a /sync without since) and stops it once the store lists every invite; the
// two sides alternate, in the same run, on the same server. Bytes are the JSON bodies as
// Synapse sent them (it compresses nothing itself; gzip -9 of the same bytes is shown for
// what a compressing reverse proxy would send).
import { gzipSync } from "node:zlib";
import { api } from "../tests/integration/synapse/api.mjs";
import { registerUser, startSynapse } from "../tests/integration/synapse/harness.mjs";
import { prepareSynapse } from "../tests/integration/synapse/prepare.mjs";
import { median, nowMs } from "./stats.mjs";

/**
 * Runs `task(index)` for every index below `count`, at most `concurrency` at a time.
 * @template T @param {number} count @param {number} concurrency @param {(index: number) => Promise<T>} task
 */
async function inParallel(count, concurrency, task) {
  /** @type {T[]} */
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/**
 * A fetch that reads each answer whole and counts its bytes (and their gzip -9 size) into
 * `meter` while `meter.on` is set.
 * @param {{ on: boolean, requests: number, bytes: number, gzipBytes: number, encodings: Set<string> }} meter
 * @returns {typeof fetch}
 */
function meteredFetch(meter) {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!meter.on) return response;
    const body = Buffer.from(await response.arrayBuffer());
    meter.requests += 1;
    meter.bytes += body.length;
    meter.gzipBytes += gzipSync(body, { level: 9 }).length;
    meter.encodings.add(response.headers.get("content-encoding") ?? "identity");
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/**
 * @param {{ core: any, invites?: number, joinedRooms?: number, rounds?: number, log?: (line: string) => void }} options
 */
export async function benchFeeds({ core, invites = 1_000, joinedRooms = 50, rounds = 5, log = () => {} }) {
  prepareSynapse({ log });
  const server = await startSynapse();
  try {
    const suffix = Date.now().toString(36);
    const bob = await registerUser(server, { username: `bob-${suffix}`, displayName: "Bob" });
    const inviters = await Promise.all(
      [0, 1, 2, 3].map((index) => registerUser(server, { username: `inviter${index}-${suffix}`, displayName: `Inviter ${index}` })),
    );
    const inviterApis = inviters.map((inviter) => api(server.baseUrl, inviter.accessToken));
    const bobApi = api(server.baseUrl, bob.accessToken);

    const setupStarted = nowMs();
    await inParallel(joinedRooms, 4, async (index) => {
      const roomId = await bobApi.createRoom({ name: `Joined ${index}`, topic: "A room bob is in", preset: "private_chat" });
      await bobApi.sendMessage(roomId, `Hello ${index}`);
    });
    await inParallel(invites, 6, (index) =>
      inviterApis[index % inviterApis.length].createRoom({
        name: `Invite ${index}`,
        topic: "A pending invite for the feeds benchmark",
        preset: index % 10 === 0 ? "trusted_private_chat" : "private_chat",
        is_direct: index % 10 === 0,
        invite: [bob.userId],
      }),
    );
    log(`set up ${invites} invites and ${joinedRooms} joined rooms in ${(nowMs() - setupStarted).toFixed(0)} ms`);

    const meter = { on: false, requests: 0, bytes: 0, gzipBytes: 0, encodings: new Set() };
    const client = core.createMatrixHttpClient({ baseUrl: server.baseUrl, accessToken: bob.accessToken, userId: bob.userId, fetch: meteredFetch(meter) });

    /** One fresh feed until the store lists every invite. @param {"sliding" | "classic"} feed */
    async function measure(feed) {
      const store = core.createInviteStore({ userId: bob.userId });
      const full = new Promise((resolve) => {
        const unsubscribe = store.subscribe(() => {
          if (store.getSnapshot().length < invites) return;
          unsubscribe();
          resolve(undefined);
        });
      });
      Object.assign(meter, { on: true, requests: 0, bytes: 0, gzipBytes: 0 });
      const started = nowMs();
      const loop = feed === "sliding" ? core.startInviteFeed(store, client, { feed: "sliding", timeoutMs: 5_000 }) : core.startSyncLoop(store, client, { timeoutMs: 5_000 });
      await full;
      const ms = nowMs() - started;
      const sample = { ms, requests: meter.requests, bytes: meter.bytes, gzipBytes: meter.gzipBytes };
      meter.on = false;
      loop.stop();
      await loop.done;
      return sample;
    }

    /** @type {Record<"sliding" | "classic", { ms: number, requests: number, bytes: number, gzipBytes: number }[]>} */
    const samples = { sliding: [], classic: [] };
    // A warm-up round per side (Synapse's caches, the JIT), then alternating measured rounds.
    await measure("sliding");
    await measure("classic");
    for (let round = 0; round < rounds; round += 1) {
      for (const feed of /** @type {const} */ (round % 2 === 0 ? ["sliding", "classic"] : ["classic", "sliding"])) {
        const sample = await measure(feed);
        samples[feed].push(sample);
        log(`round ${round + 1} ${feed}: ${sample.ms.toFixed(0)} ms, ${sample.requests} request(s), ${sample.bytes} bytes`);
      }
    }

    // What `startInviteFeed`'s automatic choice adds before the first sliding request.
    Object.assign(meter, { on: true, requests: 0, bytes: 0, gzipBytes: 0 });
    const versionsStarted = nowMs();
    await client.getVersions();
    const versionsMs = nowMs() - versionsStarted;
    const versionsBytes = meter.bytes;
    meter.on = false;

    const summarize = (/** @type {{ ms: number, requests: number, bytes: number, gzipBytes: number }[]} */ list) => ({
      ms: median(list.map((sample) => sample.ms)),
      bestMs: Math.min(...list.map((sample) => sample.ms)),
      requests: median(list.map((sample) => sample.requests)),
      bytes: median(list.map((sample) => sample.bytes)),
      gzipBytes: median(list.map((sample) => sample.gzipBytes)),
    });
    return {
      invites,
      joinedRooms,
      rounds,
      sliding: summarize(samples.sliding),
      classic: summarize(samples.classic),
      versionsMs,
      versionsBytes,
      encodings: [...meter.encodings],
    };
  } finally {
    await server.stop();
  }
}

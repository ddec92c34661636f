// Benchmark 6: block and clear 200 invites from one sender while the server rate-limits.
// A local Synapse behind the fault proxy (tests/e2e/faultProxy.mjs), which answers every
// fifth POST /leave with 429 + Retry-After instead of passing it on. The run is the
// library's blockAndClear (ignore, then one leave at a time through declineAll), whose own
// queue waits out each 429. The client keeps its default automatic 429 retries: the flow
// asks for none on its requests (`rateLimitRetries: 0`), so every wait is still the flow's.
// The claim (issue 14): the run takes at most 1.2x the delays the server asked for plus the
// requests' own time.
//   asked: the Retry-After of every 429 the proxy sent during the run;
//   own:   the time of every request of the run, from the call to fetch until its body is read.
import { startFaultProxy } from "../tests/e2e/faultProxy.mjs";
import { api } from "../tests/integration/synapse/api.mjs";
import { registerUser, startSynapse } from "../tests/integration/synapse/harness.mjs";
import { prepareSynapse } from "../tests/integration/synapse/prepare.mjs";
import { nowMs } from "./stats.mjs";

/**
 * @param {{ core: any, invites?: number, every?: number, retryAfterSeconds?: number, log?: (line: string) => void }} options
 */
export async function benchBlockAndClear({ core, invites = 200, every = 5, retryAfterSeconds = 1, log = () => {} }) {
  prepareSynapse({ log });
  const server = await startSynapse();
  /** @type {import("../tests/e2e/faultProxy.d.mts").FaultProxy | undefined} */
  let proxy;
  try {
    const suffix = Date.now().toString(36);
    const mallory = await registerUser(server, { username: `mallory-${suffix}`, displayName: "Mallory" });
    const bob = await registerUser(server, { username: `bob-${suffix}`, displayName: "Bob" });
    const malloryApi = api(server.baseUrl, mallory.accessToken);
    const setupStarted = nowMs();
    for (let index = 0; index < invites; index += 1) {
      await malloryApi.createRoom({ name: `Spam ${index}`, preset: "private_chat", invite: [bob.userId] });
    }
    log(`set-up: ${invites} invites in ${((nowMs() - setupStarted) / 1000).toFixed(1)} s`);

    proxy = await startFaultProxy({ target: server.baseUrl });
    /** @type {{ path: string, ms: number }[]} */
    let timings = [];
    let recording = false;
    /** @type {typeof fetch} */
    const timedFetch = async (input, init) => {
      const started = nowMs();
      const response = await fetch(input, init);
      // Read the body here, so its time counts as the request's own; the client reads the copy.
      const body = await response.arrayBuffer();
      if (recording) timings.push({ path: new URL(String(input)).pathname, ms: nowMs() - started });
      return new Response(response.status === 204 ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
    const client = core.createMatrixHttpClient({
      baseUrl: proxy.url,
      accessToken: bob.accessToken,
      userId: bob.userId,
      fetch: timedFetch,
    });
    const store = core.createInviteStore({ userId: bob.userId });
    store.applySync(await client.sync({ timeoutMs: 0 }), { full: true });
    const pending = store.getSnapshot().length;
    if (pending !== invites) throw new Error(`the store holds ${pending} invites, expected ${invites}`);

    const rule = proxy.addFault({ fault: "status", method: "POST", path: /\/leave$/, every, status: 429, retryAfterSeconds });
    const logStart = proxy.requests.length;
    let waitedMs = 0;
    timings = [];
    recording = true;
    const started = nowMs();
    const result = await core.blockAndClear(client, store, {
      userId: mallory.userId,
      onRateLimited: (/** @type {string} */ _roomId, /** @type {number} */ waitMs) => {
        waitedMs += waitMs;
      },
    });
    const wallMs = nowMs() - started;
    recording = false;

    const runRequests = proxy.requests.slice(logStart);
    const limited = runRequests.filter((request) => request.status === 429);
    const askedMs = limited.length * retryAfterSeconds * 1000;
    const ownMs = timings.reduce((sum, timing) => sum + timing.ms, 0);
    const leaves = runRequests.filter((request) => request.method === "POST" && request.path.endsWith("/leave")).length;
    if (result.decline.declined.length !== invites) {
      throw new Error(`declined ${result.decline.declined.length} of ${invites} (failed ${JSON.stringify(result.decline.failed.slice(0, 3))})`);
    }
    return {
      invites,
      every,
      retryAfterSeconds,
      declined: result.decline.declined.length,
      requests: timings.length,
      leaves,
      limited: limited.length,
      faultHits: rule.hits ?? 0,
      askedMs,
      waitedMs,
      ownMs,
      wallMs,
      overheadMs: wallMs - askedMs - ownMs,
      ratio: wallMs / (askedMs + ownMs),
    };
  } finally {
    await proxy?.close();
    await server.stop();
  }
}

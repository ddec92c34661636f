// Benchmark 4: accept an invite until the live state is known, against a local Synapse.
// Library: acceptInvite = POST /join + GET /rooms/{id}/state (2 requests), then the summary.
// matrix-js-sdk: a started client (its /sync loop running, as in an app) calls joinRoom and
// we wait until /sync reports the join (the Room's own membership is "join").
// Both sides accept rooms set up the same way, alternating, on the same server.
import { api } from "../tests/integration/synapse/api.mjs";
import { registerUser, startSynapse } from "../tests/integration/synapse/harness.mjs";
import { prepareSynapse } from "../tests/integration/synapse/prepare.mjs";
import { median, nowMs } from "./stats.mjs";

/**
 * @param {{ core: { acceptInvite: Function, createMatrixHttpClient: Function }, sdk: typeof import("matrix-js-sdk"), rounds?: number, log?: (line: string) => void }} options
 */
export async function benchAccept({ core, sdk, rounds = 8, log = () => {} }) {
  prepareSynapse({ log });
  const server = await startSynapse();
  /** @type {import("matrix-js-sdk").MatrixClient | undefined} */
  let sdkClient;
  try {
    const suffix = Date.now().toString(36);
    const alice = await registerUser(server, { username: `alice-${suffix}`, displayName: "Alice" });
    const bob = await registerUser(server, { username: `bob-${suffix}`, displayName: "Bob" });
    const aliceApi = api(server.baseUrl, alice.accessToken);
    const makeInvite = (/** @type {number} */ index) =>
      aliceApi.createRoom({ name: `Bench room ${index}`, topic: "Accept benchmark", preset: "private_chat", invite: [bob.userId] });

    // The library's fetch client, counting every request it sends.
    let libraryRequests = 0;
    const libraryClient = core.createMatrixHttpClient({
      baseUrl: server.baseUrl,
      accessToken: bob.accessToken,
      userId: bob.userId,
      onRequest: () => {
        libraryRequests += 1;
      },
    });

    // matrix-js-sdk, started and synced once before anything is timed.
    /** @type {{ path: string, started: number, finished?: number }[]} */
    const sdkRequests = [];
    /** @type {typeof fetch} */
    const countingFetch = async (input, init) => {
      const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
      const record = { path: url.pathname.replace(/^\/_matrix\/client\/[^/]+/, ""), started: nowMs() };
      sdkRequests.push(record);
      try {
        return await fetch(input, init);
      } finally {
        record.finished = nowMs();
      }
    };
    sdkClient = sdk.createClient({
      baseUrl: server.baseUrl,
      accessToken: bob.accessToken,
      userId: bob.userId,
      deviceId: bob.deviceId,
      fetchFn: countingFetch,
    });
    const client = sdkClient;
    const prepared = new Promise((resolve) => {
      client.on(sdk.ClientEvent.Sync, (state) => {
        if (state === "PREPARED") resolve(undefined);
      });
    });
    await client.startClient({ initialSyncLimit: 1 });
    await prepared;

    const waitFor = (/** @type {() => boolean} */ condition, /** @type {number} */ timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        if (condition()) return resolve(undefined);
        const timer = setTimeout(() => {
          client.off(sdk.ClientEvent.Sync, check);
          client.off(sdk.RoomEvent.MyMembership, check);
          reject(new Error("matrix-js-sdk: timed out waiting for /sync"));
        }, timeoutMs);
        function check() {
          if (!condition()) return;
          clearTimeout(timer);
          client.off(sdk.ClientEvent.Sync, check);
          client.off(sdk.RoomEvent.MyMembership, check);
          resolve(undefined);
        }
        client.on(sdk.ClientEvent.Sync, check);
        client.on(sdk.RoomEvent.MyMembership, check);
      });

    const library = { times: /** @type {number[]} */ ([]), requests: /** @type {number[]} */ ([]) };
    const matrixJsSdk = { times: /** @type {number[]} */ ([]), requests: /** @type {number[]} */ ([]), paths: /** @type {string[][]} */ ([]) };
    for (let round = 0; round < rounds; round += 1) {
      // Library.
      const libraryRoom = await makeInvite(round * 2);
      await waitFor(() => client.getRoom(libraryRoom)?.getMyMembership() === "invite");
      const requestsBefore = libraryRequests;
      const libraryStarted = nowMs();
      const summary = await core.acceptInvite(libraryClient, { roomId: libraryRoom, userId: bob.userId });
      library.times.push(nowMs() - libraryStarted);
      library.requests.push(libraryRequests - requestsBefore);
      if (summary.membership !== "join") throw new Error(`acceptInvite: membership ${summary.membership}`);

      // matrix-js-sdk.
      const sdkRoom = await makeInvite(round * 2 + 1);
      await waitFor(() => client.getRoom(sdkRoom)?.getMyMembership() === "invite");
      const sdkStarted = nowMs();
      await client.joinRoom(sdkRoom);
      await waitFor(() => client.getRoom(sdkRoom)?.getMyMembership() === "join");
      const sdkFinished = nowMs();
      matrixJsSdk.times.push(sdkFinished - sdkStarted);
      // Round trips the SDK needed: requests answered inside the window (the join and the /sync
      // that reported it, which may have been sent before the join).
      const answered = sdkRequests.filter((request) => request.finished !== undefined && request.finished >= sdkStarted && request.finished <= sdkFinished);
      matrixJsSdk.requests.push(answered.length);
      matrixJsSdk.paths.push(answered.map((request) => request.path));
      if (client.getRoom(sdkRoom)?.name !== `Bench room ${round * 2 + 1}`) throw new Error("matrix-js-sdk: room name not known after the join");
    }
    const libraryMs = median(library.times);
    const sdkMs = median(matrixJsSdk.times);
    return {
      rounds,
      libraryMs,
      libraryRequests: median(library.requests),
      sdkMs,
      sdkRequests: median(matrixJsSdk.requests),
      sdkRequestPaths: matrixJsSdk.paths[Math.floor(rounds / 2)] ?? [],
      ratio: sdkMs / libraryMs,
    };
  } finally {
    sdkClient?.stopClient();
    await server.stop();
  }
}

// Benchmark 1: invite previews for 1,000 invites from one /sync response.
// Core: JSON.parse + summarizeInvite per room (and, for reference, the invite store fed the
// same response). matrix-js-sdk: a MatrixClient whose fetch serves the same /sync, from the
// moment it asks for /sync until it reports PREPARED and every invite has a Room and a name.
// Both run in this process, alternating, so machine noise hits both sides alike.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { cpuMs, median, nowMs } from "./stats.mjs";

const USER_ID = "@bob:localhost";

/**
 * A /sync response (as text) with `count` invites, cycling through the real Synapse captures
 * (named room, DM, v12, space, alias-only, …), each under a fresh room ID.
 * @param {string} fixturesDir
 * @param {number} count
 */
export function makeSyncResponse(fixturesDir, count) {
  const captures = readdirSync(fixturesDir)
    .filter((file) => file.startsWith("invite-") && file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(fixturesDir, file), "utf8")))
    .filter((capture) => capture.sync_invite_entry && capture.room_id);
  if (captures.length === 0) throw new Error(`no invite captures in ${fixturesDir}`);
  /** @type {Record<string, unknown>} */
  const invite = {};
  for (let index = 0; index < count; index += 1) {
    const capture = captures[index % captures.length];
    const roomId = `!bench${String(index).padStart(5, "0")}${capture.room_id.includes(":") ? ":localhost" : ""}`;
    invite[roomId] = JSON.parse(JSON.stringify(capture.sync_invite_entry).replaceAll(capture.room_id, roomId));
  }
  return JSON.stringify({
    next_batch: "s1_bench",
    rooms: { invite, join: {}, leave: {}, knock: {} },
    account_data: { events: [] },
    presence: { events: [] },
    to_device: { events: [] },
    device_one_time_keys_count: {},
  });
}

/**
 * Core side: parse the text and summarise every invite. Returns the names, so the work
 * cannot be optimised away and both sides can be compared.
 * @param {typeof import("../src/core/index")} core
 * @param {string} text
 */
export function runCore(core, text) {
  const started = nowMs();
  const startedCpu = cpuMs();
  const sync = JSON.parse(text);
  const names = [];
  for (const [roomId, entry] of Object.entries(sync.rooms.invite)) {
    const summary = core.summarizeInvite(entry.invite_state, { userId: USER_ID, roomId });
    names.push(summary.name.kind);
  }
  return { ms: nowMs() - started, cpuMs: cpuMs() - startedCpu, rooms: names.length };
}

/**
 * The core's invite store fed the same text (parse + readSyncDelta + summaries + sort).
 * @param {typeof import("../src/core/index")} core
 * @param {string} text
 */
export function runCoreStore(core, text) {
  const started = nowMs();
  const startedCpu = cpuMs();
  const store = core.createInviteStore({ userId: USER_ID });
  store.applySync(JSON.parse(text), { full: true });
  const rooms = store.getSnapshot().length;
  return { ms: nowMs() - started, cpuMs: cpuMs() - startedCpu, rooms };
}

/**
 * matrix-js-sdk side: a fresh client per run, its fetch answering the start-up requests at
 * once and the first /sync with `text`; later /syncs hang until the client stops.
 * @param {typeof import("matrix-js-sdk")} sdk
 * @param {string} text
 * @param {string[]} roomIds
 */
export async function runMatrixJsSdk(sdk, text, roomIds) {
  let syncStarted = 0;
  let syncStartedCpu = 0;
  let syncCalls = 0;
  /** @type {typeof fetch} */
  const fetchFn = async (input, init) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const json = (/** @type {unknown} */ body) =>
      new Response(typeof body === "string" ? body : JSON.stringify(body), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    if (url.pathname.endsWith("/sync")) {
      syncCalls += 1;
      if (syncCalls === 1) {
        syncStarted = nowMs();
        syncStartedCpu = cpuMs();
        return json(text);
      }
      return new Promise((_, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    }
    if (url.pathname.endsWith("/versions")) return json({ versions: ["v1.11", "v1.12"], unstable_features: {} });
    if (url.pathname.endsWith("/pushrules/")) return json({ global: {} });
    if (url.pathname.includes("/filter")) return json({ filter_id: "bench" });
    if (url.pathname.endsWith("/capabilities")) return json({ capabilities: {} });
    if (url.pathname.includes("/account_data/")) return new Response(JSON.stringify({ errcode: "M_NOT_FOUND" }), { status: 404 });
    return new Response(JSON.stringify({ errcode: "M_UNRECOGNIZED" }), { status: 404 });
  };
  const client = sdk.createClient({
    baseUrl: "http://bench.invalid",
    accessToken: "bench",
    userId: USER_ID,
    deviceId: "BENCH",
    fetchFn,
  });
  const prepared = new Promise((resolve, reject) => {
    client.on(sdk.ClientEvent.Sync, (state) => {
      if (state === "PREPARED") resolve(undefined);
      if (state === "ERROR") reject(new Error("matrix-js-sdk sync error"));
    });
  });
  const startedClient = nowMs();
  await client.startClient({ initialSyncLimit: 1 });
  await prepared;
  const names = roomIds.map((roomId) => client.getRoom(roomId)?.name);
  const finished = nowMs();
  const finishedCpu = cpuMs();
  client.stopClient();
  const missing = names.filter((name) => typeof name !== "string").length;
  if (missing > 0) throw new Error(`matrix-js-sdk has no Room/name for ${missing} invites`);
  return { ms: finished - syncStarted, cpuMs: finishedCpu - syncStartedCpu, msFromStart: finished - startedClient, rooms: names.length };
}

/**
 * Runs both sides `rounds` times (after a warm-up) and returns the medians and the ratio.
 * @param {{ core: typeof import("../src/core/index"), sdk: typeof import("matrix-js-sdk"), fixturesDir: string, count?: number, rounds?: number }} options
 */
export async function benchSyncInvites({ core, sdk, fixturesDir, count = 1000, rounds = 11 }) {
  const text = makeSyncResponse(fixturesDir, count);
  const roomIds = Object.keys(JSON.parse(text).rooms.invite);
  // Warm-up: JIT both sides.
  for (let index = 0; index < 2; index += 1) {
    runCore(core, text);
    runCoreStore(core, text);
    await runMatrixJsSdk(sdk, text, roomIds);
  }
  const coreTimes = [];
  const storeTimes = [];
  const sdkTimes = [];
  const sdkStartTimes = [];
  const coreCpu = [];
  const storeCpu = [];
  const sdkCpu = [];
  const gc = typeof globalThis.gc === "function" ? globalThis.gc : () => {};
  for (let round = 0; round < rounds; round += 1) {
    // A full GC before each side, so neither pays for the other's garbage.
    gc();
    const coreRun = runCore(core, text);
    if (coreRun.rooms !== count) throw new Error(`core summarised ${coreRun.rooms} of ${count} invites`);
    coreTimes.push(coreRun.ms);
    coreCpu.push(coreRun.cpuMs);
    gc();
    const storeRun = runCoreStore(core, text);
    storeTimes.push(storeRun.ms);
    storeCpu.push(storeRun.cpuMs);
    gc();
    const sdkRun = await runMatrixJsSdk(sdk, text, roomIds);
    sdkTimes.push(sdkRun.ms);
    sdkCpu.push(sdkRun.cpuMs);
    sdkStartTimes.push(sdkRun.msFromStart);
  }
  const coreMs = median(coreTimes);
  const sdkMs = median(sdkTimes);
  return {
    invites: count,
    responseBytes: Buffer.byteLength(text),
    rounds,
    coreMs,
    coreBestMs: Math.min(...coreTimes),
    coreStoreMs: median(storeTimes),
    coreStoreBestMs: Math.min(...storeTimes),
    sdkMs,
    sdkBestMs: Math.min(...sdkTimes),
    sdkFromStartMs: median(sdkStartTimes),
    ratio: sdkMs / coreMs,
    bestRatio: Math.min(...sdkTimes) / Math.min(...coreTimes),
    coreCpuMs: median(coreCpu),
    coreStoreCpuMs: median(storeCpu),
    sdkCpuMs: median(sdkCpu),
    cpuRatio: median(sdkCpu) / median(coreCpu),
  };
}

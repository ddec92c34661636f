#!/usr/bin/env node
// `npm run bench`: the figures of issue 7 (benchmarks, not tests: they print, they do not fail).
//   sync     1,000 invites from one /sync: core vs matrix-js-sdk's own pipeline (same process)
//   scaling  summarizeInvite on hostile states of 100 / 10,000 / 100,000 events
//   inbox    InviteList with 100 vs 10,000 invites in Chromium, and scroll frame times
//   accept   acceptInvite vs matrix-js-sdk joinRoom + wait for /sync, on a local Synapse
//   size     bundle sizes (scripts/check-size.mjs)
//   block    blockAndClear of 200 invites, every fifth leave answered 429 + Retry-After (issue 14)
//   feeds    sliding sync vs /sync: bytes and time to a full inbox of 1,000 invites, on a local Synapse
//   trust    assessInvite for each of 10,000 rows, one `now` for all or a different one per row
// Usage: node scripts/bench.mjs [--only sync,scaling,inbox,accept,size,block,feeds,trust] [--write]
//   --write  also rewrites docs/BENCHMARKS.md with the figures, the machine and the command.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ALL = ["sync", "scaling", "inbox", "accept", "size", "block", "feeds", "trust"];

// Heap figures need a real full GC: run again with --expose-gc when it is missing.
if (typeof globalThis.gc !== "function" && !process.execArgv.includes("--expose-gc")) {
  const child = spawnSync(process.execPath, ["--expose-gc", ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(child.status ?? 1);
}

const print = console.log.bind(console);
const args = process.argv.slice(2);
const onlyIndex = args.indexOf("--only");
const selected = onlyIndex >= 0 && args[onlyIndex + 1] ? args[onlyIndex + 1].split(",") : ALL;
const write = args.includes("--write");

/** The machine the figures come from. */
function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    nproc: typeof os.availableParallelism === "function" ? os.availableParallelism() : cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((value) => value.toFixed(2)).join(" "),
    date: new Date().toISOString(),
  };
}

/**
 * The core and the flows, bundled from source with esbuild (the same modules the package
 * ships; the flows are included even before the public entry exports them).
 */
async function loadCore() {
  const outfile = join(root, ".cache", "bench", "core.mjs");
  mkdirSync(dirname(outfile), { recursive: true });
  const exportsFrom = ["./src/core/index.ts", "./src/core/flows/index.ts"].filter((path) => existsSync(join(root, path)));
  await build({
    stdin: { contents: exportsFrom.map((path) => `export * from "${path}";`).join("\n"), resolveDir: root, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outfile,
    logLevel: "warning",
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

/** matrix-js-sdk, with its logging silenced (it logs every room it sees). */
async function loadMatrixJsSdk() {
  const sdk = await import("matrix-js-sdk");
  const { logger } = await import("matrix-js-sdk/lib/logger.js");
  logger.disableAll();
  // Child loggers created at import time ignore disableAll() and call console.* when they log
  // (e.g. MatrixRTCSessionManager's "unknown room" error while a joined room is still being
  // created). Our own output goes through `print`.
  for (const method of /** @type {const} */ (["log", "info", "debug", "warn", "error"])) console[method] = () => {};
  return sdk;
}

const ms = (/** @type {number} */ value) => (value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`);
const bytes = (/** @type {number} */ value) =>
  value >= 2 ** 20 ? `${(value / 2 ** 20).toFixed(1)} MiB` : value >= 1024 ? `${(value / 1024).toFixed(1)} KiB` : `${value} B`;

/** Markdown sections, filled as each benchmark finishes. @type {Record<string, string[]>} */
const sections = {};

async function main() {
  const machine = describeMachine();
  print(`machine: ${machine.cpu}, ${machine.nproc} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage}`);
  const core = await loadCore();
  const needsSdk = selected.includes("sync") || selected.includes("accept");
  const sdk = needsSdk ? await loadMatrixJsSdk() : undefined;

  for (const name of selected) {
    print(`\n== ${name}`);
    try {
      switch (name) {
        case "sync":
          await runSync(core, /** @type {typeof import("matrix-js-sdk")} */ (sdk));
          break;
        case "scaling":
          await runScaling(core);
          break;
        case "inbox":
          await runInbox();
          break;
        case "accept":
          await runAccept(core, /** @type {typeof import("matrix-js-sdk")} */ (sdk));
          break;
        case "size":
          await runSize();
          break;
        case "block":
          await runBlock(core);
          break;
        case "feeds":
          await runFeeds(core);
          break;
        case "trust":
          await runTrust(core);
          break;
        default:
          print(`unknown benchmark "${name}" (known: ${ALL.join(", ")})`);
      }
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      print(`${name} failed: ${message}`);
      sections[name] = [`Not measured: the benchmark failed (\`${String(error instanceof Error ? error.message : error).split("\n")[0]}\`).`];
    }
  }

  if (write) {
    const { renderBenchmarksDocument } = await import("../bench/report.mjs");
    const target = join(root, "docs", "BENCHMARKS.md");
    const previous = existsSync(target) ? readFileSync(target, "utf8") : "";
    writeFileSync(target, renderBenchmarksDocument({ machine, sections, previous, command: "npm run bench -- --write" }));
    print(`\nwrote ${target}`);
  }
}

/** @param {any} core @param {typeof import("matrix-js-sdk")} sdk */
async function runSync(core, sdk) {
  const { benchSyncInvites } = await import("../bench/syncInvites.mjs");
  const result = await benchSyncInvites({ core, sdk, fixturesDir: join(root, "tests", "fixtures") });
  const lines = [
    `${result.invites} invites, /sync response ${bytes(result.responseBytes)}, median of ${result.rounds} alternating rounds: wall time (best) / CPU time`,
    `core: JSON.parse + summarizeInvite per room           ${ms(result.coreMs)} (${ms(result.coreBestMs)}) / ${ms(result.coreCpuMs)}`,
    `core: createInviteStore().applySync (sorted list)     ${ms(result.coreStoreMs)} (${ms(result.coreStoreBestMs)}) / ${ms(result.coreStoreCpuMs)}`,
    `matrix-js-sdk: /sync answered → PREPARED + room.name  ${ms(result.sdkMs)} (${ms(result.sdkBestMs)}) / ${ms(result.sdkCpuMs)}`,
    `ratio (sdk / core): ${result.ratio.toFixed(1)}× wall median, ${result.bestRatio.toFixed(1)}× best rounds, ${result.cpuRatio.toFixed(1)}× CPU time (target ≥ 18×)`,
  ];
  lines.forEach((line) => print(line));
  sections.sync = [
    `${result.invites} invites built from the real Synapse captures in \`tests/fixtures/invite-*.json\` (one \`/sync\` response of ${bytes(result.responseBytes)}), \`bench/syncInvites.mjs\`. Median of ${result.rounds} alternating rounds after a warm-up, with a full GC before each side; the best round in brackets; and the process CPU time, which other load on a shared machine disturbs less than wall time (it counts every thread of the process, the garbage collector's helper threads included, so it can exceed the wall time).`,
    "",
    "| pipeline | wall time, median (best) | CPU time, median |",
    "| --- | ---: | ---: |",
    `| core: \`JSON.parse\` + \`summarizeInvite\` per room | ${ms(result.coreMs)} (${ms(result.coreBestMs)}) | ${ms(result.coreCpuMs)} |`,
    `| core: \`createInviteStore().applySync\` (summaries + sorted list) | ${ms(result.coreStoreMs)} (${ms(result.coreStoreBestMs)}) | ${ms(result.coreStoreCpuMs)} |`,
    `| matrix-js-sdk 36: \`/sync\` answered → \`PREPARED\`, a \`Room\` and \`room.name\` per invite | ${ms(result.sdkMs)} (${ms(result.sdkBestMs)}) | ${ms(result.sdkCpuMs)} |`,
    "",
    `**Ratio (matrix-js-sdk / core): ${result.ratio.toFixed(1)}× by median wall time, ${result.bestRatio.toFixed(1)}× by best rounds, ${result.cpuRatio.toFixed(1)}× by CPU time.** Target: at least 18× by median (issue 11; it was 25× under issue 7).`,
    "",
    "The SDK side is a real `MatrixClient` (`createClient` with a `fetchFn` that answers the start-up requests at once and serves the same `/sync` text); its timer starts when it asks for `/sync` and stops when it has emitted `PREPARED` and `client.getRoom(id).name` is read for every invite.",
    "",
    "History and spread: issue 7 gave `summarizeInvite` a second, V8-tuned parse path (hidden-class shapes, a pooled scan state, an `isUserId` cache) that reached 20–27× by median against a 25× target. Issue 11 removed it for one readable parse path shared with `parseStrippedState`, and reset the target to 18×. Warm, the core side is about 8 ms for 1,000 invites, of which `JSON.parse` of the 933 KiB text is about 5 ms and the summaries about 3 ms (the tuned path saved well under 1 ms of that); the median moves with whatever else the machine does, because a collection or a recompilation inside an 8 ms window doubles it, while the SDK's 150–200 ms absorb theirs. Seven runs on 2026-12-04 with the machine otherwise quiet gave 15.2, 15.8, 15.9, 16.1, 21.1, 21.5 and 21.5× by median (best rounds 20–23×): the 18× target is met in some runs, not reliably. Meeting it every time would take back the engine-specific tuning issue 11 removed.",
  ];
}

/** @param {any} core */
async function runScaling(core) {
  const { benchScaling } = await import("../bench/scaling.mjs");
  const result = benchScaling({ core });
  const table = [
    "| events | input JSON | wall time per call | per event | CPU time per event | heap growth during the call | heap kept after GC |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...result.rows.map(
      (row) =>
        `| ${row.events.toLocaleString("en")} | ${bytes(row.inputBytes)} | ${ms(row.ms)} | ${row.microsecondsPerEvent.toFixed(2)} µs | ${row.cpuMicrosecondsPerEvent.toFixed(2)} µs | ${bytes(row.transientHeapBytes)} | ${row.retainedHeapBytes === undefined ? "n/a" : bytes(row.retainedHeapBytes)} |`,
    ),
  ];
  table.forEach((line) => print(line));
  const steps = result.steps.map(
    (step) => `${step.from.toLocaleString("en")} → ${step.to.toLocaleString("en")} events (${(step.to / step.from).toFixed(0)}× the input): ${step.cpuPerEventGrowth.toFixed(2)}× the CPU time per event`,
  );
  steps.forEach((line) => print(line));
  sections.scaling = [
    "Hostile stripped states (`bench/scaling.mjs`): member events with bidi overrides, control characters and 300+ character names, the same state keys sent again and again, malformed events of every kind, 3,000-character topics, unknown types, nested content, and the user's own invite last (which must survive). 200,000 events is the core's `MAX_STATE_EVENTS`: events beyond it are not read. Median of 5 rounds; CPU time is what other load on the machine disturbs least.",
    "",
    ...table,
    "",
    "Growth of the per-event cost (1.0 = perfectly linear; a quadratic step would multiply it by the size ratio):",
    "",
    ...steps.map((line) => `- ${line}`),
    "",
    "Where the per-event cost steps up once and then stays flat, the input has most likely outgrown the CPU caches and the young generation of the garbage collector; an algorithmic (quadratic) cost would keep growing with every step.",
    "",
    "The summary itself is bounded (at most 5 members, capped strings): the heap it keeps does not grow with the input. What the call allocates on the way grows linearly (the parsed events are copied once).",
  ];
}

async function runInbox() {
  const { benchInbox } = await import("../bench/inbox/run.mjs");
  const result = await benchInbox({ root, log: print });
  sections.inbox = result.markdown;
}

/** @param {any} core */
async function runBlock(core) {
  const { benchBlockAndClear } = await import("../bench/blockAndClear.mjs");
  const result = await benchBlockAndClear({ core, log: print });
  const seconds = (/** @type {number} */ value) => `${(value / 1000).toFixed(2)} s`;
  const lines = [
    `${result.declined} of ${result.invites} invites declined; ${result.requests} requests (${result.leaves} leaves, ${result.limited} answered 429 + Retry-After: ${result.retryAfterSeconds})`,
    `asked by the server: ${seconds(result.askedMs)} (the flow waited ${seconds(result.waitedMs)})`,
    `requests' own time:  ${seconds(result.ownMs)}`,
    `whole run:           ${seconds(result.wallMs)} (${ms(result.overheadMs)} beyond the two)`,
    `ratio: ${result.ratio.toFixed(3)}× (target ≤ 1.2×)`,
  ];
  lines.forEach((line) => print(line));
  sections.block = [
    `\`bench/blockAndClear.mjs\`: a throw-away Synapse with one sender's ${result.invites} invites, read into an invite store by one \`/sync\`; the library's fetch client talks to it through the fault proxy (\`tests/e2e/faultProxy.mjs\`), which answers every ${result.every}th \`POST /leave\` (retries included) with 429 and \`Retry-After: ${result.retryAfterSeconds}\` without passing it on. The client keeps its default 429 retries, but the flow asks for none on its requests (\`rateLimitRetries: 0\`), so every wait is the flow's (\`declineAll\`'s queue), announced through \`onRateLimited\`. "Asked" is the sum of the \`Retry-After\` of every 429 sent during the run; "own time" the sum, over every request of the run, of the time from the call to \`fetch\` until its body was read. The requests go one at a time, so the two add up.`,
    "",
    "| run | figure |",
    "| --- | ---: |",
    `| invites declined | ${result.declined} of ${result.invites} |`,
    `| requests (ignore read + write, leaves with their retries) | ${result.requests} |`,
    `| leaves answered 429 | ${result.limited} |`,
    `| delays the server asked for | ${seconds(result.askedMs)} |`,
    `| the requests' own time | ${seconds(result.ownMs)} |`,
    `| the whole \`blockAndClear\` run | ${seconds(result.wallMs)} |`,
    `| **ratio: run / (asked + own)** | **${result.ratio.toFixed(3)}×** (target ≤ 1.2×) |`,
    "",
    `What is left, ${ms(result.overheadMs)} over ${result.requests} requests, is the flow's own time between requests and the timers' lateness. A ratio this close to 1 is what a queue that sends the next request as soon as the last one answered (or as soon as the asked delay ran out) should give: nothing here waits longer than the server asked, and nothing overlaps.`,
  ];
}

/** @param {any} core @param {typeof import("matrix-js-sdk")} sdk */
async function runAccept(core, sdk) {
  if (typeof core.acceptInvite !== "function") {
    const note = "skipped: src/core/flows/acceptInvite.ts has not landed";
    print(note);
    sections.accept = [`Not measured: ${note}.`];
    return;
  }
  const { benchAccept } = await import("../bench/accept.mjs");
  const result = await benchAccept({ core, sdk, log: print });
  const lines = [
    `library acceptInvite (join + GET /state): ${ms(result.libraryMs)}, ${result.libraryRequests} requests`,
    `matrix-js-sdk joinRoom + wait for /sync:   ${ms(result.sdkMs)}, ${result.sdkRequests} requests answered (${result.sdkRequestPaths.join(", ")})`,
    `ratio (sdk / library): ${result.ratio.toFixed(2)}×`,
  ];
  lines.forEach((line) => print(line));
  sections.accept = [
    `A throw-away Synapse (\`tests/integration/synapse/harness.mjs\`) on this machine; a fresh invited room per measurement, median of ${result.rounds} rounds per side, alternating. The SDK client is started and synced before timing, as in an app; its \`/sync\` long-poll is already waiting when \`joinRoom\` is called.`,
    "",
    "| path | time to live state | requests |",
    "| --- | ---: | ---: |",
    `| library \`acceptInvite\`: \`POST /join\` + \`GET /rooms/{id}/state\` → \`summarizeRoomState\` | ${ms(result.libraryMs)} | ${result.libraryRequests} |`,
    `| matrix-js-sdk \`joinRoom\`, then wait until \`/sync\` reports the join | ${ms(result.sdkMs)} | ${result.sdkRequests} answered (${result.sdkRequestPaths.map((path) => `\`${path.replace(/![^/]+/, "{id}")}\``).join(", ")}) |`,
    "",
    `Ratio: the SDK path takes ${result.ratio.toFixed(2)}× as long here. Both paths wait for two responses; the SDK's second one is the \`/sync\` long-poll that was already open, so it needs a started client with its sync loop running, while the library's two requests need no sync at all.`,
  ];
}

/** @param {any} core */
async function runFeeds(core) {
  const { benchFeeds } = await import("../bench/feeds.mjs");
  const result = await benchFeeds({ core, log: print });
  const { sliding, classic } = result;
  const lines = [
    `${result.invites} pending invites, ${result.joinedRooms} joined rooms; median of ${result.rounds} alternating rounds (best): time to a full inbox, requests, bytes (gzip -9)`,
    `sliding sync  ${ms(sliding.ms)} (${ms(sliding.bestMs)}), ${sliding.requests} request(s), ${bytes(sliding.bytes)} (${bytes(sliding.gzipBytes)})`,
    `/sync         ${ms(classic.ms)} (${ms(classic.bestMs)}), ${classic.requests} request(s), ${bytes(classic.bytes)} (${bytes(classic.gzipBytes)})`,
    `ratio (sliding / classic): ${(sliding.ms / classic.ms).toFixed(2)}× time, ${(sliding.bytes / classic.bytes).toFixed(2)}× bytes, ${(sliding.gzipBytes / classic.gzipBytes).toFixed(2)}× gzipped bytes`,
    `automatic choice: GET /versions first, ${ms(result.versionsMs)}, ${bytes(result.versionsBytes)}`,
  ];
  lines.forEach((line) => print(line));
  sections.feeds = [
    `\`bench/feeds.mjs\`: a throw-away Synapse (\`tests/integration/synapse/harness.mjs\`) on this machine; one user with ${result.invites.toLocaleString("en")} pending invites (from four inviters, every tenth a DM; name and topic each) and ${result.joinedRooms} joined rooms (one message each). Each round starts a fresh feed on the same fetch client — \`startInviteFeed\` with \`feed: "sliding"\` (a new connection, no \`pos\`) or \`startSyncLoop\` with its invite filter (no \`since\`) — and stops it when the store lists every invite. Median of ${result.rounds} rounds per side after a warm-up round each, alternating; the best round in brackets. Bytes are the JSON bodies as Synapse sent them (content encoding: ${result.encodings.join(", ")}); gzip -9 of the same bytes shows what a compressing reverse proxy would send.`,
    "",
    "| feed | time to a full inbox, median (best) | requests | bytes | gzip -9 |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| sliding sync: one \`is_invite\` list, \`timeline_limit\` 0, the summary's state, account data extension | ${ms(sliding.ms)} (${ms(sliding.bestMs)}) | ${sliding.requests} | ${bytes(sliding.bytes)} | ${bytes(sliding.gzipBytes)} |`,
    `| \`/sync\` with \`INVITE_SYNC_FILTER\` | ${ms(classic.ms)} (${ms(classic.bestMs)}) | ${classic.requests} | ${bytes(classic.bytes)} | ${bytes(classic.gzipBytes)} |`,
    "",
    `**Sliding / classic: ${(sliding.ms / classic.ms).toFixed(2)}× the time, ${(sliding.bytes / classic.bytes).toFixed(2)}× the bytes (${(sliding.gzipBytes / classic.gzipBytes).toFixed(2)}× gzipped).** \`startInviteFeed\`'s automatic choice first asks \`GET /_matrix/client/versions\` (${ms(result.versionsMs)}, ${bytes(result.versionsBytes)}).`,
    "",
    "Why sliding sync sends more: for invites both endpoints carry the same stripped state (sliding sync ignores `required_state` for them; `timeline_limit` 0 and the filtered `/sync` leave the joined rooms out or nearly empty). Synapse 1.163's sliding answer adds, per room, `bump_stamp`, `name`, `initial` and the notification counts, and it names every room twice (its key in `rooms` and the list's `SYNC` op), where `/sync` names it once; room IDs are random, so gzip cannot shrink the repeats, which is why the gap is wider gzipped. The account data extension sends every global event (no type filter, so `m.push_rules` too; the feed asks for no per-room account data), while `/sync`'s filter asks for the three types the store reads. What sliding sync is for is not measured here: lists that stay bounded however many rooms an account has (the filtered `/sync` also leaves joined rooms nearly empty, but still names each one that changes), and long polls that resume from a connection the server keeps.",
    "",
    "History and spread: on 2026-12-05, before the feed asked for global account data only, Synapse also sent an empty per-room account data entry keyed by every invite: 1,149,043 bytes (119 KiB gzipped) against `/sync`'s 994,409 (49.6 KiB). The times move a lot on this shared two-core machine (load average about 14 during both runs: 3.1 s against 1.1 s by median in the first, 0.6 s against 0.4 s in the second); the bytes do not move at all.",
  ];
}

/** @param {any} core */
async function runTrust(core) {
  const { benchTrust } = await import("../bench/trust.mjs");
  const result = benchTrust({ core });
  const perRow = (/** @type {number} */ value) => `${((value * 1000) / result.rows).toFixed(2)} µs`;
  const lines = [
    `${result.rows.toLocaleString("en")} rows of ${result.invites.toLocaleString("en")} pending invites, median of ${result.rounds} alternating rounds: wall time (per row) / CPU time`,
    `one now for every row:     ${ms(result.sameNow.ms)} (${perRow(result.sameNow.ms)}) / ${ms(result.sameNow.cpuMs)}`,
    `a different now per row:   ${ms(result.eachNow.ms)} (${perRow(result.eachNow.ms)}) / ${ms(result.eachNow.cpuMs)}`,
    `rows in a wave: ${result.waves.toLocaleString("en")}`,
  ];
  lines.forEach((line) => print(line));
  sections.trust = [
    `\`bench/trust.mjs\`: \`assessInvite\` for each row of an inbox of ${result.invites.toLocaleString("en")} pending invites (shaped like the invite store's entries: 900 senders with 10 invites each over a day, and one sender's 1,000 within three minutes, an \`invite_wave\`), with 100 known users and the list itself as \`pendingInvites\`. Each round assesses every row against a fresh copy of the list, so the one-time index build is inside the timing. Median of ${result.rounds} alternating rounds after a warm-up.`,
    "",
    "| rows, each assessed with | whole list, wall time | per row | CPU time |",
    "| --- | ---: | ---: | ---: |",
    `| the same \`now\` | ${ms(result.sameNow.ms)} | ${perRow(result.sameNow.ms)} | ${ms(result.sameNow.cpuMs)} |`,
    `| a different \`now\` per row (\`Date.now()\` per row) | ${ms(result.eachNow.ms)} | ${perRow(result.eachNow.ms)} | ${ms(result.eachNow.cpuMs)} |`,
    "",
    `${result.waves.toLocaleString("en")} rows are in a wave either way.`,
    "",
    "History: until 2026-12-05 the wave index was keyed by `now` as well as by the list, so each new `now` rebuilt it (sorting every sender's times again): the same 10,000 rows with one `now` took 22.4 ms, but with a different `now` per row 2.8 ms each (median of 5 rounds of 200 rows: 557 and 572 ms in two runs), about 28 s for the whole inbox. The index is now one pass over the list per list (about 3 ms, as before); each sender's times are sorted, with the densest window of every prefix of them, when the sender is first asked about (not at all for a sender with fewer invites than a wave), so a row's check at any `now` is then a binary search. With one `now` the whole inbox costs about what it did.",
  ];
}

async function runSize() {
  const { measureBundleSizes, formatSizeReport, findBudgetViolations, BUDGETS, BUDGET_KEYS, label, kib } = await import("./check-size.mjs");
  const report = await measureBundleSizes();
  formatSizeReport(report).forEach((line) => print(line));
  const problems = findBudgetViolations(report);
  problems.forEach((problem) => print(`FAILED: ${problem}`));
  const row = (/** @type {(typeof BUDGET_KEYS)[number]} */ key) => {
    const size = report[key];
    return `| ${label(report, key)} | ${kib(size.minified)} | ${kib(size.gzip)} | ${kib(BUDGETS[key])} | ${size.gzip <= BUDGETS[key] ? "met" : "**not met**"} | ${kib(size.dependencies)} |`;
  };
  sections.size = [
    "`scripts/check-size.mjs`: the package is built as `npm run build` does (production mode), installed into a scratch `node_modules`, and consumer entries are bundled with esbuild (minified, tree-shaken; React, ReactDOM and matrix-js-sdk external; runtime dependencies included). Gzip level 9, summed over the entry chunk and the chunks it imports statically; lazily loaded locales not counted.",
    "",
    "| consumer imports | minified | gzipped | budget | | of which dependencies (minified) |",
    "| --- | ---: | ---: | ---: | --- | ---: |",
    ...BUDGET_KEYS.map(row),
    `| \`styles.css\` | ${kib(report.css.minified)} | ${kib(report.css.gzip)} | | | |`,
    "",
    `Locales other than English stay in lazy chunks (${report.lazyLocaleFiles.length} found): ${problems.some((problem) => problem.includes("locale")) ? "**no**" : "yes"}.`,
    ...report.notes.map((note) => `Note: ${note}.`),
    "",
    "Issue 11 set the budgets at 64 KiB gzipped for the full entry, 20 KiB for `/core`, 20 KiB for only `InvitePreview` and 5 KiB for only `summarizeInvite` (replacing issue 7's 20 / 5 / 8 KiB, set before anything was measured). Main met them with nothing to spare; the features issues 12-15 asked for then cost, as each landed (gzipped, measured on the branches): privacy by default and bounded answers about 0.3 KiB everywhere (issue 12); trust signals, fresh previews and mutual rooms 3.1 KiB on the full entry and 2.2 KiB on `/core`, block and clear 1.5 / 0.8 KiB, the trust disclosure and fresh previews 4.3 KiB on only `InvitePreview`, inbox triage (trust groups, multi-select, ignore and clear) 4.3 KiB on the full entry (issue 14); the sliding sync feed 1.7 KiB on both (issue 15); the calm button hierarchy, shared cards, feed semantics and keys about 1.5 KiB (issue 13). Meeting the old figures would mean dropping those features, so the budgets now follow them with a few per cent of headroom (`BUDGETS` in `scripts/check-size.mjs` says what each added): a regression still fails, and a new feature has to say what it costs. `npm run size` exits 1 when one is missed, and `tests/repo/size.test.ts` enforces them in `npm test`. Where the bytes go: `node scripts/check-size.mjs --why`.",
    "",
    `An app that takes only a framework-free function from the main entry pays what \`/core\` costs (no translator, no English catalog): \`${report.frameworkFree.name}\` alone is ${kib(report.frameworkFree.fromIndex.minified)} minified from the main entry, ${kib(report.frameworkFree.fromCore.minified)} from \`/core\`.`,
    "",
    "For scale: matrix-js-sdk's `createClient` alone bundles to about 270 KiB gzipped.",
  ];
}

await main();
// matrix-js-sdk leaves timers behind after stopClient(); the figures are printed, so leave now.
process.exit(0);

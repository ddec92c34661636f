// Benchmark 2: summarizeInvite on hostile invite states of growing size. Cost per event must
// stay flat (linear growth) and what the summary keeps must not grow with the input.
import { cpuMs, median, nowMs } from "./stats.mjs";

const USER_ID = "@bob:localhost";
const INVITER = "@mallory:evil.example";

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same state. @param {number} seed */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A hostile stripped state of `count` events, as JSON text (parsed by the caller, so keys
 * like `__proto__` arrive as own properties, as from the network): member events whose
 * display names carry bidi overrides, control characters and 300+ characters; the same
 * state keys sent again and again; malformed events of every kind; huge topics; unknown
 * types; nested content; and, last, the user's own valid invite.
 * @param {number} count
 */
export function makeHostileState(count) {
  const next = random(count);
  const events = [];
  const bidi = "\u202E\u2066";
  for (let index = 0; index < count - 1; index += 1) {
    const roll = next();
    const userId = `@user${index}:evil${index % 97}.example`;
    if (roll < 0.4) {
      events.push({
        type: "m.room.member",
        state_key: userId,
        sender: userId,
        content: {
          membership: next() < 0.8 ? "join" : "invite",
          displayname: `${bidi}Admin\u0000\u0007 ${"x".repeat(300 + (index % 50))}`,
          avatar_url: index % 3 === 0 ? "javascript:alert(1)" : `mxc://evil.example/${index}`,
        },
      });
    } else if (roll < 0.55) {
      // The same (type, state_key) again: later events replace earlier ones.
      events.push({ type: "m.room.name", state_key: "", sender: INVITER, content: { name: `${bidi}Name ${index} ${"n".repeat(400)}` } });
    } else if (roll < 0.7) {
      const malformed = [
        { type: 42, state_key: "", sender: INVITER, content: {} },
        { type: "m.room.topic", state_key: { nested: true }, sender: INVITER, content: {} },
        { type: "m.room.member", state_key: userId, content: { membership: "join" } },
        { type: "m.room.name", state_key: "", sender: INVITER, content: ["not", "an", "object"] },
        null,
        "event",
        { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } }, type: "m.room.name" },
      ];
      events.push(malformed[index % malformed.length]);
    } else if (roll < 0.8) {
      events.push({ type: "m.room.topic", state_key: "", sender: INVITER, content: { topic: "t".repeat(1500), "m.topic": { "m.text": [{ body: "b".repeat(1500) }] } } });
    } else if (roll < 0.9) {
      events.push({ type: `com.evil.type${index % 1000}`, state_key: `key${index}`, sender: INVITER, content: { junk: index } });
    } else {
      let nested = { leaf: index };
      for (let depth = 0; depth < 30; depth += 1) nested = { nested };
      events.push({ type: "m.room.canonical_alias", state_key: "", sender: INVITER, content: { alias: `#${"a".repeat(300)}:evil.example`, alt_aliases: [nested] } });
    }
  }
  events.push({ type: "m.room.member", state_key: USER_ID, sender: INVITER, content: { membership: "invite", is_direct: true } });
  return JSON.stringify({ events });
}

/**
 * Times summarizeInvite over states of each size (the largest default, 200,000, is the
 * core's MAX_STATE_EVENTS: beyond it events are not read at all); reports time per event and the heap kept by
 * the summary (after a full GC, when `gc` is exposed) and the transient growth during the call.
 * @param {{ core: typeof import("../src/core/index"), sizes?: number[] }} options
 */
export function benchScaling({ core, sizes = [100, 10_000, 100_000, 200_000] }) {
  const gc = typeof globalThis.gc === "function" ? globalThis.gc : undefined;
  const rows = [];
  for (const size of sizes) {
    const text = makeHostileState(size);
    const state = JSON.parse(text);
    // Enough repetitions that each measurement covers about a million events.
    const repetitions = Math.max(3, Math.min(2000, Math.round(1_000_000 / size)));
    core.summarizeInvite(state, { userId: USER_ID }); // warm-up
    const times = [];
    const cpuTimes = [];
    for (let round = 0; round < 5; round += 1) {
      const started = nowMs();
      const startedCpu = cpuMs();
      for (let repetition = 0; repetition < repetitions; repetition += 1) core.summarizeInvite(state, { userId: USER_ID });
      times.push((nowMs() - started) / repetitions);
      cpuTimes.push((cpuMs() - startedCpu) / repetitions);
    }
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let summary = core.summarizeInvite(state, { userId: USER_ID });
    const transient = process.memoryUsage().heapUsed - before;
    gc?.();
    const retained = process.memoryUsage().heapUsed - before;
    if (summary.membership !== "invite") throw new Error(`the own invite did not survive a ${size}-event state`);
    summary = undefined;
    const ms = median(times);
    const cpu = median(cpuTimes);
    rows.push({
      events: size,
      inputBytes: Buffer.byteLength(text),
      ms,
      cpuMs: cpu,
      microsecondsPerEvent: (ms * 1000) / size,
      cpuMicrosecondsPerEvent: (cpu * 1000) / size,
      transientHeapBytes: Math.max(0, transient),
      retainedHeapBytes: gc ? Math.max(0, retained) : undefined,
    });
  }
  // Per-event CPU cost between consecutive sizes: a quadratic step would multiply it by the
  // size ratio (10× from 10,000 to 100,000; 2× from 100,000 to 200,000).
  const steps = rows.slice(1).map((row, index) => ({
    from: rows[index].events,
    to: row.events,
    cpuPerEventGrowth: row.cpuMicrosecondsPerEvent / rows[index].cpuMicrosecondsPerEvent,
  }));
  return { rows, steps, gcExposed: Boolean(gc) };
}

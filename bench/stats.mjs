// Small statistics helpers shared by the benchmarks.
import { performance } from "node:perf_hooks";

/** High-resolution time in milliseconds. */
export function nowMs() {
  return performance.now();
}

/**
 * CPU time this process has used (user + system, all threads), in milliseconds. On a shared
 * machine it moves far less than wall time when other processes compete for the cores.
 */
export function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Median of a non-empty list of numbers. @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which `fraction` of the values fall (nearest rank). @param {number[]} values @param {number} fraction */
export function percentile(values, fraction) {
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank];
}

/** Milliseconds with sensible precision. @param {number} ms */
export function formatMs(ms) {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}

/** Small statistics and timing helpers shared by the benchmarks. */
import { performance } from 'node:perf_hooks';

export interface Summary {
  p50: number;
  p95: number;
  runs: number;
}

/** Nearest-rank percentile of an unsorted sample (milliseconds in, milliseconds out). */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(sample: readonly number[]): Summary {
  return { p50: percentile(sample, 50), p95: percentile(sample, 95), runs: sample.length };
}

/** Milliseconds taken by `fn`, and what it returned. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** Median time of `runs` calls of `fn` after `warmup` untimed ones. */
export function medianMs(fn: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timed(fn).ms);
  return percentile(times, 50);
}

export const MB = 1024 * 1024;

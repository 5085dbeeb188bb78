/**
 * `npm run bench:rules`: full analysis (parse, model, examples, every rule) of generated grids,
 * p50 / p95 over repeated runs. Prints a table; numbers go to docs/performance.md.
 */
import { performance } from 'node:perf_hooks';
import { analyze } from '../server/src/core/analyze';
import { generateGrid } from './generate-grid';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(lines: number, runs: number): { p50: number; p95: number; diagnostics: number; bytes: number } {
  const text = generateGrid(lines);
  for (let i = 0; i < 5; i++) analyze(text);
  const times: number[] = [];
  let diagnostics = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    diagnostics = analyze(text).diagnostics.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), diagnostics, bytes: Buffer.byteLength(text) };
}

const rows = [1000, 5000, 20000].map((lines) => ({ lines, ...measure(lines, lines >= 20000 ? 10 : 30) }));
console.log('lines   bytes     p50 ms   p95 ms   findings');
for (const r of rows) console.log(`${String(r.lines).padEnd(7)} ${String(r.bytes).padEnd(9)} ${r.p50.toFixed(1).padStart(7)}  ${r.p95.toFixed(1).padStart(7)}   ${r.diagnostics}`);

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
for (const r of rows)
  console.log(`${String(r.lines).padEnd(7)} ${String(r.bytes).padEnd(9)} ${r.p50.toFixed(1).padStart(7)}  ${r.p95.toFixed(1).padStart(7)}   ${r.diagnostics}`);

/**
 * A simulated keystroke on the 5 000-line grid: one digit of one line changes, then the analysis
 * runs again as the language server runs it, with the document's memo (incremental parse and model,
 * rule memo). Measured: the rules phase alone (what issue « Rules » budgets) and the whole of it.
 */
import { AnalysisMemo } from '../server/src/core/analyze';
import { buildModelFromBlocks } from '../server/src/core/model/build-model';
import { runExamples } from '../server/src/core/engine/examples';
import { defaultParameters } from '../server/src/core/params/lookup';
import { runRules } from '../server/src/core/rules/run-rules';
import { LineIndex } from '../server/src/core/syntax/text';

function keystrokes(lines: number, count: number): { rulesCold: number; rulesP50: number; rulesP95: number; totalP50: number; totalP95: number } {
  let text = generateGrid(lines);
  const memo = new AnalysisMemo();
  const phase = (t: string) => {
    const { document, blocks, moved } = memo.syntax.parse(t);
    memo.model.move(moved);
    const { model, lineRuns } = buildModelFromBlocks(document, blocks, memo.model);
    const examples = runExamples(model, defaultParameters);
    const start = performance.now();
    const runs = { tokenRuns: blocks.map((b) => b.tokens), ...(lineRuns ? { lineRuns } : {}) };
    runRules({ text: t, lineIndex: new LineIndex(t), document, model, examples, params: defaultParameters, ...runs }, memo.rules);
    return performance.now() - start;
  };
  const rulesCold = phase(text);
  const rules: number[] = [];
  const totals: number[] = [];
  const positions = [...text.matchAll(/40 € par seance/g)].map((m) => m.index);
  for (let i = 0; i < count; i++) {
    const at = positions[(i * 7) % positions.length]!;
    text = text.slice(0, at) + String(30 + (i % 9)) + text.slice(at + 2);
    const start = performance.now();
    rules.push(phase(text));
    totals.push(performance.now() - start);
  }
  rules.sort((a, b) => a - b);
  totals.sort((a, b) => a - b);
  return { rulesCold, rulesP50: percentile(rules, 50), rulesP95: percentile(rules, 95), totalP50: percentile(totals, 50), totalP95: percentile(totals, 95) };
}

const k = keystrokes(5000, 40);
console.log(
  `\nkeystroke on 5 000 lines: rules p50 ${k.rulesP50.toFixed(1)} ms, p95 ${k.rulesP95.toFixed(1)} ms (cold ${k.rulesCold.toFixed(1)} ms); whole analysis p50 ${k.totalP50.toFixed(1)} ms, p95 ${k.totalP95.toFixed(1)} ms`,
);

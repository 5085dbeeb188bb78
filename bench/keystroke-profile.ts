/**
 * One keystroke on the realistic 5 000-line grid, in-process: the grid is analysed once with an
 * `AnalysisMemo` (the document opened), then characters are typed one after another in a formula
 * row in the middle of the file and deleted again, as a user types and corrects. Each edit is
 * timed through the fast pass (`analyze(text, { memo, slowRules: false })`, what the server runs
 * on every keystroke) and then the full analysis with the same memo (what it runs after a pause).
 *
 *   node out/bench/keystroke-profile.js [lines] [edits] [fast]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof out/bench/keystroke-profile.js
 *
 * These are in-process figures, not the language server's budget run (bench/lsp-bench.ts).
 */
import { loadavg } from 'node:os';
import { analyze, AnalysisMemo } from '../server/src/core/analyze';
import { realisticGrid } from './generate-grid';
import { medianMs, summarize, timed, type Summary } from './lib/stats';

export interface KeystrokeProfile {
  lines: number;
  edits: number;
  /** The fast pass of one keystroke (no examples, no slow rules). */
  fast: Summary;
  /** The full analysis after the keystroke, same memo. */
  full: Summary;
  /**
   * The same two passes in CPU time (user + system, ms): steadier than the wall clock when the
   * machine is shared (GC threads count too).
   */
  fastCpu: Summary;
  fullCpu: Summary;
  /** A fresh analysis of the whole text, no memo (median). */
  coldMs: number;
  load: number[];
}

/** The edited spot: after the first amount of the formula row nearest the middle of the grid. */
export function middleFormulaOffset(text: string): number {
  const middle = Math.floor(text.length / 2);
  const row = /^ {2}\S[^\n|]*\| [^\n]*\d+ € par/gm;
  let best = -1;
  for (const m of text.matchAll(row)) {
    if (best < 0 || Math.abs(m.index - middle) < Math.abs(best - middle)) best = m.index;
    if (m.index > middle) break;
  }
  if (best < 0) throw new Error('no formula row to edit');
  const amount = /\d+ € par/.exec(text.slice(best))!;
  return best + amount.index + amount[0].indexOf(' ');
}

/** `edits` keystrokes: half typed (digits after the amount), then as many backspaces. */
export function* typing(text: string, edits: number): Generator<string> {
  const at = middleFormulaOffset(text);
  const typed = Math.ceil(edits / 2);
  let current = text;
  for (let i = 0; i < typed; i++) {
    current = current.slice(0, at + i) + String(i % 10) + current.slice(at + i);
    yield current;
  }
  for (let i = typed; i > typed - (edits - typed); i--) {
    current = current.slice(0, at + i - 1) + current.slice(at + i);
    yield current;
  }
}

/** `fastOnly`: the fast pass alone (to profile it). */
export function profileKeystrokes(lines = 5000, edits = 50, fastOnly = false): KeystrokeProfile {
  const original = realisticGrid(lines);
  const memo = new AnalysisMemo();
  analyze(original, { memo });
  const fast: number[] = [];
  const full: number[] = [];
  const fastCpu: number[] = [];
  const fullCpu: number[] = [];
  const run = (text: string, slowRules: boolean, wall: number[], cpu: number[]) => {
    const before = process.cpuUsage();
    wall.push(timed(() => analyze(text, { memo, slowRules })).ms);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  };
  for (const text of typing(original, edits)) {
    run(text, false, fast, fastCpu);
    if (!fastOnly) run(text, true, full, fullCpu);
  }
  return {
    lines,
    edits,
    fast: summarize(fast),
    full: summarize(full),
    fastCpu: summarize(fastCpu),
    fullCpu: summarize(fullCpu),
    coldMs: medianMs(() => analyze(original), 5, 1),
    load: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

if (require.main === module) {
  const [lines, edits] = process.argv.slice(2, 4).map(Number);
  console.log(JSON.stringify(profileKeystrokes(lines || 5000, edits || 50, process.argv[4] === 'fast')));
}

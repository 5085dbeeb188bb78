/**
 * Not a test (not `*.test.ts`): measures, over stdio against the bundled server, the time from a
 * keystroke's didChange to the fast findings and to the full ones (after the server's refresh),
 * and to the full findings of a client that cannot be refreshed (one pull, no split: what every
 * pull cost before). Run: `npx tsc -p . && node esbuild.mjs && node out/test/lsp/fast-findings-bench.js`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers';
import { LspSession } from './lsp-harness';

const KEYSTROKES = 200;
const sample = fs.readFileSync(path.join(repoRoot(), 'samples', 'confort-plus.grille'), 'utf8');
/** The sample with its `exemple` blocks appended 50 times: 204 example acts. */
function manyExamples(): string {
  const examples = sample.slice(sample.indexOf('exemple "'));
  return sample + ('\n' + examples).repeat(50);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (values: number[]) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 95).toFixed(1)}`;

/** A digit typed after a forfait's amount, then deleted by the next keystroke: the text's length changes each time. */
function keystroke(text: string, i: number): string {
  return i % 2 === 0 ? text.replace('osteopathie                  40 €', 'osteopathie                  403 €') : text;
}

async function measure(name: string, text: string): Promise<void> {
  const split = await LspSession.start({ debounceMs: 0 });
  const whole = await LspSession.start({ debounceMs: 0 }, {}, {}, { diagnosticRefresh: false });
  try {
    const uri = await split.open(text);
    const wholeUri = await whole.open(text);
    await split.settledDiagnostics(uri);
    await whole.diagnostics(wholeUri);
    const fast: number[] = [];
    const full: number[] = [];
    const single: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      const typed = keystroke(text, i);
      let started = performance.now();
      const refreshes = split.diagnosticRefreshes;
      await split.change(uri, typed);
      await split.diagnostics(uri);
      fast.push(performance.now() - started);
      await split.refreshAfter(refreshes);
      await split.diagnostics(uri);
      full.push(performance.now() - started);
      started = performance.now();
      await whole.change(wholeUri, typed);
      await whole.diagnostics(wholeUri);
      single.push(performance.now() - started);
    }
    console.log(`| ${name} | ${ms(fast)} | ${ms(full)} | ${ms(single)} |`);
  } finally {
    await split.stop();
    await whole.stop();
  }
}

async function main(): Promise<void> {
  console.log(`didChange → diagnostics, ms p50 / p95, ${KEYSTROKES} keystrokes`);
  console.log('| grid | fast findings | full findings (after the refresh) | one pull, no split |');
  await measure('samples/confort-plus.grille (8 example acts)', sample);
  await measure('the same, examples ×51 (204 example acts)', manyExamples());
}

void main();

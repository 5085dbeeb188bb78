/**
 * `npm run bench`: the whole benchmark in one run, on the realistic grids (generate-grid.ts). Prints
 * one table and the budgets of docs/performance.md (PASS / MISS, bench/budgets.ts), writes
 * bench/results/latest.json, and with `--compare <results.json>` prints the change of every figure
 * since that run.
 *
 *   npm run bench                                   full run (about 7 minutes on 2 quiet cores)
 *   npm run bench -- --compare bench/results/2026-12-01.json
 *   npm run bench -- --quick                        small grids, few iterations (checks the harness)
 *   npm run bench -- --out /tmp/run.json            results elsewhere
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchActivation } from './activation-bench';
import { benchAnalysis, defaultAnalysisOptions, type AnalysisOptions, type AnalysisResult } from './analysis-bench';
import { checkBudgets, type BudgetCheck } from './budgets';
import { benchCorpus, type CorpusResult } from './cli-corpus';
import { benchEngine, DEFAULT_ENGINE_OPTIONS, type EngineOptions, type EngineResult } from './engine-bench';
import { repoRoot } from './lib/root';
import type { Summary } from './lib/stats';
import { num, pair, table } from './lib/table';
import { benchLsp, DEFAULT_LSP_OPTIONS, type LspOptions, type LspResult } from './lsp-bench';
import { benchStartup, bundleSizes } from './lsp-startup';

export interface BenchConfig {
  sizes: number[];
  analysis?: (lines: number) => AnalysisOptions;
  lsp: LspOptions;
  engine: EngineOptions;
  corpusFiles: number;
  corpusRuns: number;
  startupRuns: number;
  activationRuns: number;
}

export const FULL: BenchConfig = {
  sizes: [1000, 5000],
  lsp: DEFAULT_LSP_OPTIONS,
  engine: DEFAULT_ENGINE_OPTIONS,
  corpusFiles: 1000,
  corpusRuns: 3,
  startupRuns: 10,
  activationRuns: 9,
};

export const QUICK: BenchConfig = {
  sizes: [100],
  analysis: () => ({ keystrokes: 5, coldRuns: 2 }),
  lsp: { lines: 100, keystrokes: 4, yamlKeystrokes: 2, repeats: 1, warmup: 1 },
  engine: { throughputLines: 100, minMs: 50, cases: 200, simulationRuns: 1 },
  corpusFiles: 5,
  corpusRuns: 1,
  startupRuns: 1,
  activationRuns: 1,
};

export interface BenchResults {
  date: string;
  machine: { node: string; cpus: number; cpuModel: string; loadAverage: number[] };
  analysis: AnalysisResult[];
  lsp: LspResult;
  engine: EngineResult;
  corpus: CorpusResult;
  startup: Summary;
  activation: Summary & { error?: string };
  bundles: Record<string, number>;
  budgets: BudgetCheck[];
  /** How long the whole run took. */
  elapsedSeconds: number;
  /** Every figure by a stable name, for comparisons run to run. */
  metrics: Record<string, number>;
}

export async function runBench(config: BenchConfig, progress: (step: string) => void = () => undefined): Promise<BenchResults> {
  const load = os.loadavg();
  const started = performance.now();
  const analysis: AnalysisResult[] = [];
  for (const lines of config.sizes) {
    progress(`analysis, ${lines} lines`);
    analysis.push(benchAnalysis(lines, config.analysis?.(lines) ?? defaultAnalysisOptions(lines)));
  }
  progress(`LSP round trips, ${config.lsp.lines} lines (Grille, then yaml-language-server)`);
  const lsp = await benchLsp(config.lsp);
  progress('engine');
  const engine = benchEngine(config.engine);
  progress(`grille check on ${config.corpusFiles} grids`);
  const corpus = benchCorpus(config.corpusFiles, config.corpusRuns);
  progress('server start-up, extension activation');
  const startup = await benchStartup(config.startupRuns);
  const activation = benchActivation(config.activationRuns);
  const bundles = bundleSizes();
  const budgets = checkBudgets({ analysis, lsp, engine, corpus, activation, bundles });
  const partial = { analysis, lsp, engine, corpus, startup, activation, bundles };
  return {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      loadAverage: load.map((l, i) => Math.max(l, os.loadavg()[i]!)),
    },
    ...partial,
    budgets,
    elapsedSeconds: (performance.now() - started) / 1000,
    metrics: metricsOf(partial),
  };
}

type Figures = Pick<BenchResults, 'analysis' | 'lsp' | 'engine' | 'corpus' | 'startup' | 'activation' | 'bundles'>;

export function metricsOf(r: Figures): Record<string, number> {
  const m: Record<string, number> = {};
  for (const a of r.analysis) {
    for (const phase of ['parse', 'analysis', 'previews'] as const) {
      m[`keystroke.${phase}.${a.lines}.p50`] = a.keystroke[phase].p50;
      m[`keystroke.${phase}.${a.lines}.p95`] = a.keystroke[phase].p95;
    }
    m[`perMB.parse.${a.lines}`] = a.perMB.parse;
    m[`perMB.analysis.${a.lines}`] = a.perMB.analysis;
    m[`perMB.jsonParse.${a.lines}`] = a.perMB.jsonParse;
    m[`vsJson.analysis.${a.lines}`] = a.vsJson.analysis;
  }
  const l = r.lsp;
  for (const [name, s] of [
    ['lsp.grille.diagnostics', l.grille.diagnostics],
    ['lsp.grille.hover', l.grille.hover],
    ['lsp.grille.afterKeystroke', l.grille.afterKeystroke],
    ['lsp.grille.shipped', l.grille.shipped],
    ['lsp.yaml.stock', l.yaml.stock],
    ...Object.entries(l.grille.requests).map(([request, summary]) => [`lsp.grille.${request}`, summary] as const),
  ] as const) {
    m[`${name}.p50`] = s.p50;
    m[`${name}.p95`] = s.p95;
  }
  m['lsp.ratio.shipped.p50'] = l.ratio.shippedP50;
  m['lsp.ratio.shipped.p95'] = l.ratio.shippedP95;
  m['memory.grille.open.anonymous.MiB'] = l.grille.memoryOpen.anonymousKiB / 1024;
  m['memory.grille.open.rss.MiB'] = l.grille.memoryOpen.rssKiB / 1024;
  m['memory.grille.after.anonymous.MiB'] = l.grille.memoryAfter.anonymousKiB / 1024;
  m['memory.grille.after.rss.MiB'] = l.grille.memoryAfter.rssKiB / 1024;
  m['memory.yaml.open.anonymous.MiB'] = l.yaml.memoryOpen.anonymousKiB / 1024;
  m['memory.yaml.open.rss.MiB'] = l.yaml.memoryOpen.rssKiB / 1024;
  m['engine.perSecond'] = r.engine.perSecond;
  m['engine.simulation.ms'] = r.engine.simulation.ms;
  m['corpus.ms'] = r.corpus.ms;
  m['startup.p50'] = r.startup.p50;
  m['activation.p50'] = r.activation.p50;
  m['activation.p95'] = r.activation.p95;
  for (const [file, size] of Object.entries(r.bundles)) m[`bundle.${file}.KiB`] = size / 1024;
  return m;
}

const ps = (s: Summary) => pair(s.p50, s.p95);

export function report(r: BenchResults): string {
  const out: string[] = [];
  out.push(
    `Grille benchmark · ${r.date} · Node.js ${r.machine.node} · ${r.machine.cpus} cores · load ${r.machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}`,
  );
  out.push('');
  const sizes = r.analysis.map((a) => num(a.lines));
  out.push(
    table([
      ['per keystroke, ms p50 / p95', ...sizes.map((s) => `${s} lines`)],
      ['  parse', ...r.analysis.map((a) => ps(a.keystroke.parse))],
      ['  full analysis', ...r.analysis.map((a) => ps(a.keystroke.analysis))],
      ['  previews, 60 visible lines', ...r.analysis.map((a) => ps(a.keystroke.previews))],
      ['cold, ms per MB', ...r.analysis.map((a) => `${num(a.bytes / 1024, 0)} KiB`)],
      ['  parse', ...r.analysis.map((a) => num(a.perMB.parse))],
      ['  full analysis', ...r.analysis.map((a) => num(a.perMB.analysis))],
      ['  JSON.parse, same grid as JSON', ...r.analysis.map((a) => num(a.perMB.jsonParse))],
      ['  analysis ÷ JSON.parse', ...r.analysis.map((a) => `${num(a.vsJson.analysis)}×`)],
    ]),
  );
  out.push('');
  const l = r.lsp;
  const mem = (m: { rssKiB: number; anonymousKiB: number }) => `${num(m.anonymousKiB / 1024, 1)} / ${num(m.rssKiB / 1024, 1)}`;
  out.push(
    table([
      [`LSP over stdio, ${num(l.lines)}-line grid, median of ${l.repeats.length} repeats`, 'Grille', 'yaml-language-server', 'ratio'],
      [
        '  as shipped: didChange → diagnostics, ms p50 / p95',
        ps(l.grille.shipped),
        ps(l.yaml.stock),
        `${num(l.ratio.shippedP50)}× / ${num(l.ratio.shippedP95)}×`,
      ],
      ['  server work (debounce 0): didChange → diagnostics', ps(l.grille.diagnostics), '', ''],
      ...Object.entries(l.grille.requests).map(([name, s]) => [`    then ${name}`, ps(s), '', '']),
      ['  everything after a keystroke, in total', ps(l.grille.afterKeystroke), '', ''],
      ['  hover on the edited line', ps(l.grille.hover), '', ''],
      ['  memory open, MiB anonymous / RSS', mem(l.grille.memoryOpen), mem(l.yaml.memoryOpen), ''],
      [`  memory after ${l.grille.edits} edits`, mem(l.grille.memoryAfter), '', ''],
      [`  findings (YAML: ${num(l.yamlLines)} lines)`, num(l.grille.findings, 0), num(l.yaml.findings, 0), ''],
    ]),
  );
  out.push('');
  const e = r.engine;
  const bundles = Object.entries(r.bundles)
    .map(([f, s]) => `${path.basename(f)} ${num(s / 1024, 0)} KiB`)
    .join(', ');
  out.push(
    table([
      ['engine: line computations', `${num(e.perSecond, 0)} /s`, `(${num(e.computations, 0)} over ${num(e.lines, 0)} lines)`],
      [
        `engine: year of care, ${num(e.simulation.cases, 0)} cases`,
        `${num(e.simulation.ms)} ms`,
        `(${num(e.simulation.casesPerSecond, 0)} cases/s, ${e.simulation.failed} incalculable)`,
      ],
      [
        `grille check, ${num(r.corpus.files, 0)} grids`,
        `${num(r.corpus.ms / 1000, 2)} s`,
        `(${num(r.corpus.bytes / 1024 / 1024, 1)} MB, ${r.corpus.findings} findings)`,
      ],
      ['server start-up, spawn → initialize', `${num(r.startup.p50, 0)} ms`, `p95 ${num(r.startup.p95, 0)} ms`],
      [
        'extension activation (stub vscode)',
        r.activation.error ? 'failed' : `${num(r.activation.p50, 0)} ms`,
        r.activation.error ? r.activation.error.slice(0, 80) : `p95 ${num(r.activation.p95, 0)} ms`,
      ],
      ['bundles', bundles, ''],
    ]),
  );
  out.push('');
  out.push(table([['budget', 'target', 'measured', ''], ...r.budgets.map((b) => [b.name, b.budget, b.measured, b.pass ? 'PASS' : 'MISS'])]));
  out.push('');
  out.push(`${r.budgets.filter((b) => b.pass).length} of ${r.budgets.length} budgets met · the run took ${num(r.elapsedSeconds / 60, 1)} min`);
  return out.join('\n');
}

/** Change of every figure present in both runs (times: negative is better). */
export function compare(previous: BenchResults, current: BenchResults): string {
  const rows: string[][] = [[`since ${previous.date}`, 'before', 'now', 'change']];
  for (const [name, now] of Object.entries(current.metrics)) {
    const before = previous.metrics?.[name];
    if (before === undefined || !Number.isFinite(before) || !Number.isFinite(now)) continue;
    const change = before === 0 ? NaN : ((now - before) / before) * 100;
    rows.push([name, num(before), num(now), Number.isFinite(change) ? `${change >= 0 ? '+' : ''}${change.toFixed(0)} %` : '—']);
  }
  return table(rows);
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const out = argument('--out') ?? path.join(repoRoot(), 'bench', 'results', quick ? 'quick.json' : 'latest.json');
  const previousFile = argument('--compare');
  const previous = previousFile ? (JSON.parse(fs.readFileSync(previousFile, 'utf8')) as BenchResults) : undefined;
  const results = await runBench(quick ? QUICK : FULL, (step) => process.stderr.write(`… ${step}\n`));
  console.log(report(results));
  if (previous) console.log('\n' + compare(previous, results));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nresults: ${path.relative(process.cwd(), out)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

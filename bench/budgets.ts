/** The budgets of issue « Performance as users feel it », checked against one run's results (docs/performance.md). */
import type { AnalysisResult } from './analysis-bench';
import type { CorpusResult } from './cli-corpus';
import type { EngineResult } from './engine-bench';
import type { Summary } from './lib/stats';
import type { LspResult } from './lsp-bench';

export interface BudgetCheck {
  name: string;
  budget: string;
  measured: string;
  pass: boolean;
}

export interface BudgetInputs {
  analysis: AnalysisResult[];
  lsp: LspResult;
  engine: EngineResult;
  corpus: CorpusResult;
  activation: Summary & { error?: string };
  bundles: Record<string, number>;
}

/** The figures, as the issue writes them. */
export const BUDGETS = {
  shippedKeystrokeP95Ms: 60,
  shippedVsYaml: 4,
  diagnosticsP95Ms: 12,
  hoverP95Ms: 2,
  afterKeystrokeP95Ms: 25,
  coldVsJsonParse: 30,
  anonymousMiB: 40,
  rssMiB: 80,
  activationMs: 60,
  extensionBundleBytes: 1_000_000,
  engineLinesPerSecond: 300_000,
  checkCorpusMs: 2000,
} as const;

const ms = (v: number) => `${v.toFixed(1)} ms`;
const MiB = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;

export function checkBudgets({ analysis, lsp, engine, corpus, activation, bundles }: BudgetInputs): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const at = `${lsp.lines.toLocaleString('fr').replace(/\s/g, ' ')} lines`;
  const g = lsp.grille;
  checks.push({
    name: `keystroke → diagnostics as shipped (debounce included), ${at}`,
    budget: `p95 ≤ ${BUDGETS.shippedKeystrokeP95Ms} ms`,
    measured: `p50 ${ms(g.shipped.p50)}, p95 ${ms(g.shipped.p95)}`,
    pass: g.shipped.p95 <= BUDGETS.shippedKeystrokeP95Ms,
  });
  checks.push({
    name: `  against yaml-language-server as shipped (200 ms delay), ${at}`,
    budget: `≥ ${BUDGETS.shippedVsYaml}× faster (p50 and p95)`,
    measured: `${lsp.ratio.shippedP50.toFixed(1)}× p50, ${lsp.ratio.shippedP95.toFixed(1)}× p95 (${ms(lsp.yaml.stock.p50)} / ${ms(lsp.yaml.stock.p95)})`,
    pass: lsp.ratio.shippedP50 >= BUDGETS.shippedVsYaml && lsp.ratio.shippedP95 >= BUDGETS.shippedVsYaml,
  });
  checks.push({
    name: `server work, didChange → diagnostics, ${at}`,
    budget: `p95 ≤ ${BUDGETS.diagnosticsP95Ms} ms`,
    measured: `p50 ${ms(g.diagnostics.p50)}, p95 ${ms(g.diagnostics.p95)}`,
    pass: g.diagnostics.p95 <= BUDGETS.diagnosticsP95Ms,
  });
  checks.push({
    name: `hover, ${at}`,
    budget: `p95 ≤ ${BUDGETS.hoverP95Ms} ms`,
    measured: `p50 ${ms(g.hover.p50)}, p95 ${ms(g.hover.p95)}`,
    pass: g.hover.p95 <= BUDGETS.hoverP95Ms,
  });
  checks.push({
    name: `everything VS Code asks after a keystroke, ${at}`,
    budget: `p95 ≤ ${BUDGETS.afterKeystrokeP95Ms} ms in total`,
    measured: `p50 ${ms(g.afterKeystroke.p50)}, p95 ${ms(g.afterKeystroke.p95)}`,
    pass: g.afterKeystroke.p95 <= BUDGETS.afterKeystrokeP95Ms,
  });
  const cold = analysis.find((a) => a.lines === lsp.lines) ?? analysis[analysis.length - 1];
  if (cold) {
    checks.push({
      name: `cold full analysis against JSON.parse, ${cold.lines.toLocaleString('fr').replace(/\s/g, ' ')} lines`,
      budget: `≤ ${BUDGETS.coldVsJsonParse}×`,
      measured: `${cold.vsJson.analysis.toFixed(1)}× (${ms(cold.cold.analysisMs)} against ${ms(cold.cold.jsonParseMs)})`,
      pass: cold.vsJson.analysis <= BUDGETS.coldVsJsonParse,
    });
  }
  const anonymous = Math.max(g.memoryOpen.anonymousKiB, g.memoryAfter.anonymousKiB);
  const rss = Math.max(g.memoryOpen.rssKiB, g.memoryAfter.rssKiB);
  checks.push({
    name: `server private (anonymous) memory, ${at} open, after ${g.edits} edits`,
    budget: `≤ ${BUDGETS.anonymousMiB} MiB`,
    measured: `${MiB(g.memoryOpen.anonymousKiB)} open, ${MiB(g.memoryAfter.anonymousKiB)} after`,
    pass: anonymous <= BUDGETS.anonymousMiB * 1024,
  });
  checks.push({
    name: `server RSS, same points`,
    budget: `≤ ${BUDGETS.rssMiB} MiB`,
    measured: `${MiB(g.memoryOpen.rssKiB)} open, ${MiB(g.memoryAfter.rssKiB)} after (yaml-ls ${MiB(lsp.yaml.memoryOpen.rssKiB)} open)`,
    pass: rss <= BUDGETS.rssMiB * 1024,
  });
  checks.push({
    name: 'extension activation (require + activate)',
    budget: `p50 ≤ ${BUDGETS.activationMs} ms`,
    measured: activation.error ? `failed: ${activation.error.slice(0, 60)}` : `p50 ${ms(activation.p50)}, p95 ${ms(activation.p95)}`,
    pass: !activation.error && activation.p50 <= BUDGETS.activationMs,
  });
  const bundle = bundles['dist/extension.js'] ?? NaN;
  checks.push({
    name: 'extension bundle (dist/extension.js)',
    budget: '≤ 1 MB',
    measured: `${(bundle / 1000).toFixed(0)} kB`,
    pass: bundle <= BUDGETS.extensionBundleBytes,
  });
  checks.push({
    name: 'engine line computations',
    budget: `≥ ${BUDGETS.engineLinesPerSecond.toLocaleString('en').replace(/,/g, ' ')} /s`,
    measured: `${Math.round(engine.perSecond).toLocaleString('en').replace(/,/g, ' ')} /s`,
    pass: engine.perSecond >= BUDGETS.engineLinesPerSecond,
  });
  checks.push({
    name: `grille check of ${corpus.files} grids`,
    budget: `≤ ${BUDGETS.checkCorpusMs / 1000} s`,
    measured: `${(corpus.ms / 1000).toFixed(2)} s`,
    pass: corpus.ms <= BUDGETS.checkCorpusMs,
  });
  return checks;
}

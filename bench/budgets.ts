/** The budgets of issue « Performance and robustness », checked against one run's results. */
import type { AnalysisResult } from './analysis-bench';
import type { EngineResult } from './engine-bench';
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
}

/** Linear growth: cold analysis ms per MB of the larger grids within this factor of the 1 000-line one. */
export const LINEAR_TOLERANCE = 1.5;

export function checkBudgets({ analysis, lsp, engine }: BudgetInputs): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const at5000 = analysis.find((a) => a.lines === 5000);
  if (at5000) {
    const p95 = at5000.keystroke.analysis.p95;
    checks.push({ name: 'analysis per keystroke, 5 000 lines', budget: 'p95 ≤ 10 ms', measured: `p95 ${p95.toFixed(1)} ms`, pass: p95 <= 10 });
  }
  const r50 = lsp.yaml.diagnostics.p50 / lsp.grille.diagnostics.p50;
  const r95 = lsp.yaml.diagnostics.p95 / lsp.grille.diagnostics.p95;
  checks.push({
    name: `LSP didChange → diagnostics vs yaml-language-server, ${lsp.lines} lines`,
    budget: '≥ 10× faster (p50 and p95)',
    measured: `${r50.toFixed(1)}× p50, ${r95.toFixed(1)}× p95`,
    pass: r50 >= 10 && r95 >= 10,
  });
  const rss = lsp.grille.rssKiB / lsp.yaml.rssKiB;
  checks.push({
    name: 'server RSS vs yaml-language-server',
    budget: '≤ 0.5×',
    measured: `${(lsp.grille.rssKiB / 1024).toFixed(0)} / ${(lsp.yaml.rssKiB / 1024).toFixed(0)} MiB = ${rss.toFixed(2)}×`,
    pass: rss <= 0.5,
  });
  checks.push({
    name: 'engine line computations',
    budget: '≥ 200 000 /s',
    measured: `${Math.round(engine.perSecond).toLocaleString('en').replace(/,/g, ' ')} /s`,
    pass: engine.perSecond >= 200000,
  });
  const growth = analysis.filter((a) => a.lines >= 1000).sort((a, b) => a.lines - b.lines);
  if (growth.length >= 2) {
    // At most linear: no larger grid costs more per MB than LINEAR_TOLERANCE × the smallest one
    // (less per MB, fixed costs spread over more text, is fine).
    const perMB = growth.map((a) => a.perMB.analysis);
    const worst = Math.max(...perMB.slice(1)) / perMB[0]!;
    checks.push({
      name: `linear growth (${growth.map((a) => a.lines).join(' / ')} lines)`,
      budget: `ms per MB ≤ ${LINEAR_TOLERANCE}× the ${growth[0]!.lines}-line grid's`,
      measured: `${perMB.map((v) => v.toFixed(0)).join(' / ')} ms/MB (${worst.toFixed(2)}×)`,
      pass: worst <= LINEAR_TOLERANCE,
    });
  }
  return checks;
}

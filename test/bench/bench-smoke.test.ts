/**
 * The benchmark harness (`npm run bench`) on a 100-line grid with a few iterations: every part
 * runs, against the real bundled server and yaml-language-server, and yields finite figures. No
 * timing is asserted; this only keeps the harness from rotting between benchmark runs.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { benchMemory } from '../../bench/lsp-memory';
import { compare, QUICK, report, runBench, type BenchResults } from '../../bench/run';

function assertFinite(value: unknown, where: string): void {
  assert.equal(typeof value, 'number', `${where} is not a number`);
  assert.ok(Number.isFinite(value), `${where} is not finite: ${String(value)}`);
}

describe('benchmark harness (smoke)', () => {
  let results: BenchResults;

  it('runs every part on a 100-line grid', { timeout: 120000 }, async () => {
    results = await runBench(QUICK);
    assert.deepEqual(
      results.analysis.map((a) => a.lines),
      [100],
    );
    const a = results.analysis[0]!;
    for (const phase of ['parse', 'analysis', 'previews'] as const) {
      assertFinite(a.keystroke[phase].p50, `keystroke ${phase} p50`);
      assertFinite(a.keystroke[phase].p95, `keystroke ${phase} p95`);
    }
    assert.ok(a.keystroke.previewCount > 0, 'the visible range has previews');
    assertFinite(a.perMB.analysis, 'analysis ms/MB');
    assertFinite(a.perMB.jsonParse, 'JSON.parse ms/MB');
    assertFinite(a.vsJson.analysis, 'ratio to JSON.parse');
  });

  it('measures both language servers on the same edits', () => {
    const l = results.lsp;
    for (const [name, s] of Object.entries({
      grilleDiagnostics: l.grille.diagnostics,
      grilleHover: l.grille.hover,
      inlay: l.grille.inlayHints,
      yamlDiagnostics: l.yaml.diagnostics,
      yamlHover: l.yaml.hover,
      yamlStock: l.yaml.stockMinusDelay,
    })) {
      assertFinite(s.p50, `${name} p50`);
      assert.ok(s.runs > 0, `${name} has runs`);
    }
    assert.ok(l.yaml.schemaProbeFindings > 0, 'yaml-language-server applies the grid schema');
    assert.equal(l.yaml.findings, 0, 'the YAML grid is valid against the schema');
    assert.ok(l.grille.rssKiB > 0 && l.yaml.rssKiB > 0, 'both RSS read');
  });

  it('measures the engine, the CLI, start-up, activation and bundles', () => {
    assertFinite(results.engine.perSecond, 'engine throughput');
    assert.equal(results.engine.simulation.failed, 0, 'every simulated case computes');
    assert.equal(results.corpus.files, QUICK.corpusFiles);
    assertFinite(results.startup.p50, 'start-up');
    assert.equal(results.activation.error, undefined, 'activation runs with the stand-in vscode');
    assertFinite(results.activation.p50, 'activation');
    assert.ok(results.bundles['dist/server.js']! > 0 && results.bundles['dist/extension.js']! > 0);
  });

  it('measures the server under each heap setting (npm run bench:memory)', { timeout: 60000 }, async () => {
    const runs = await benchMemory(1, 3, 100);
    assert.ok(runs.length >= 4);
    assert.ok(runs.some((r) => r.label.includes('shipped')));
    for (const r of runs) {
      for (const [name, value] of Object.entries({
        p50: r.diagnostics.p50,
        rssOpen: r.rssOpenMiB,
        rssPeak: r.rssPeakMiB,
        rssEnd: r.rssEndMiB,
        heap: r.heapAfterGcMiB,
      }))
        assertFinite(value, `${r.label} ${name}`);
      assert.ok(r.heapAfterGcMiB > 0 && r.heapAfterGcMiB < r.rssPeakMiB, `${r.label}: the heap is read after a collection`);
    }
  });

  it('checks the budgets, prints a table and compares runs', () => {
    assert.ok(results.budgets.length >= 3);
    for (const b of results.budgets) assert.equal(typeof b.pass, 'boolean');
    for (const [name, value] of Object.entries(results.metrics)) assert.equal(typeof value, 'number', name);
    const text = report(results);
    assert.match(text, /full analysis/);
    assert.match(text, /yaml-language-server/);
    assert.match(text, /PASS|MISS/);
    const deltas = compare(results, results);
    assert.match(deltas, /keystroke\.analysis\.100\.p50 .* \+0 %/);
  });
});

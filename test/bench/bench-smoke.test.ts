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

  it('measures both language servers on the same edits, as shipped and the server work alone', () => {
    const l = results.lsp;
    for (const [name, s] of Object.entries({
      shipped: l.grille.shipped,
      diagnostics: l.grille.diagnostics,
      hover: l.grille.hover,
      afterKeystroke: l.grille.afterKeystroke,
      ...l.grille.requests,
      yamlStock: l.yaml.stock,
    })) {
      assertFinite(s.p50, `${name} p50`);
      assertFinite(s.p95, `${name} p95`);
      assert.ok(s.runs > 0, `${name} has runs`);
    }
    assert.deepEqual(Object.keys(l.grille.requests).sort(), ['codeLens', 'documentSymbol', 'foldingRange', 'inlayHint', 'semanticTokens']);
    assert.ok(l.grille.afterKeystroke.p50 >= l.grille.diagnostics.p50, 'the total includes the diagnostics');
    assert.ok(l.yaml.schemaProbeFindings > 0, 'yaml-language-server applies the grid schema');
    assert.equal(l.yaml.findings, 0, 'the YAML grid is valid against the schema');
    for (const m of [l.grille.memoryOpen, l.grille.memoryAfter, l.yaml.memoryOpen]) {
      assert.ok(m.anonymousKiB > 0 && m.rssKiB > m.anonymousKiB, 'memory read from smaps_rollup');
    }
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
    assert.equal(results.budgets.length, 12);
    for (const b of results.budgets) assert.equal(typeof b.pass, 'boolean');
    for (const [name, value] of Object.entries(results.metrics)) assert.equal(typeof value, 'number', name);
    const text = report(results);
    assert.match(text, /full analysis/);
    assert.match(text, /yaml-language-server/);
    assert.match(text, /PASS|MISS/);
    const deltas = compare(results, results);
    assert.match(deltas, /keystroke\.analysis\.100\.p50 .* \+0 %/);
    assert.ok(results.elapsedSeconds > 0);
  });
});

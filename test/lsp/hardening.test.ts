/**
 * Issue 13, the language server's part: a failed analysis keeps the last good one, binary content
 * is not analysed, the findings of a document are bounded, the server's copy of a text never
 * diverges from the editor's, only safe rule-documentation links are used, and malformed requests
 * get empty answers (docs/language-server.md).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { ruleDocUri } from '../../server/src/lsp/convert';
import { MAX_FINDINGS_PER_DOCUMENT } from '../../server/src/lsp/limits';
import { readSettings } from '../../server/src/lsp/settings';
import { LspSession } from './lsp-harness';

const GRID = 'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  consultation generaliste 100 % BR\n  zzz\n';

interface Item {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  codeDescription?: { href: string };
}

async function findings(lsp: LspSession, uri: string): Promise<Item[]> {
  return ((await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as unknown as { items: Item[] }).items;
}

async function waitFor(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !predicate(); i++) await new Promise((r) => setTimeout(r, 10));
}

const FAULTS = { GRILLE_TEST_FAULTS: '1' };

describe('when an analysis fails', () => {
  it('the last good analysis is kept, the failure is logged, no finding is invented', async () => {
    const lsp = await LspSession.start({ debounceMs: 0 }, FAULTS);
    try {
      const uri = await lsp.open(GRID);
      const good = (await findings(lsp, uri)).map((d) => d.code);
      assert.deepEqual(good, ['GR206', 'GR214', 'GR217', 'GR006', 'GR101']);
      await lsp.connection.sendNotification('grille/test/panneAnalyse', { uri });
      await lsp.change(uri, GRID + '# une note\n');
      assert.deepEqual(
        (await findings(lsp, uri)).map((d) => d.code),
        good,
      );
      await waitFor(() => lsp.logs.some((l) => l.includes('Analyse impossible')));
      assert.ok(
        lsp.logs.some((l) => l.includes(`Analyse impossible de ${uri}`) && l.includes('panne injectée')),
        lsp.logs.join('\n'),
      );
      // The fault is gone: the next edit is analysed afresh.
      await lsp.change(uri, GRID.replace('  zzz\n', ''));
      assert.deepEqual(
        (await findings(lsp, uri)).map((d) => d.code),
        ['GR206', 'GR214', 'GR217'],
      );
    } finally {
      await lsp.stop();
    }
  });

  it('the full analysis fails after the fast one: the fast findings of the text stay, the failure is logged, no finding is invented', async () => {
    const lsp = await LspSession.start({ debounceMs: 0 }, FAULTS);
    try {
      // A wrong attendu: GR401 is the full analysis's.
      const wrong =
        'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  consultation generaliste 100 % BR\nexemple "E"\n  acte consultation generaliste prix 30 €\n  attendu secu 19 € mutuelle 99 € reste 2 €\n';
      const uri = await lsp.open(wrong);
      assert.deepEqual(
        (await lsp.settledDiagnostics<Item>(uri)).map((d) => d.code),
        ['GR206', 'GR214', 'GR217', 'GR401'],
      );
      await lsp.connection.sendNotification('grille/test/panneAnalyse', { uri, phase: 'full' });
      await lsp.change(uri, wrong + '# une note\n');
      const fast = (await findings(lsp, uri)).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
      // The edit is after the example: the last full analysis's GR401 is carried into the fast answer.
      assert.deepEqual(fast, ['GR206 0:0', 'GR214 0:0', 'GR217 0:0', 'GR401 5:29']);
      // The full analysis failed: what stands for it is the fast one of this very text (no slow finding is claimed).
      assert.deepEqual(
        (await lsp.settledDiagnostics<Item>(uri)).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`),
        ['GR206 0:0', 'GR214 0:0', 'GR217 0:0'],
      );
      await waitFor(() => lsp.logs.some((l) => l.includes('Analyse impossible')));
      assert.ok(
        lsp.logs.some((l) => l.includes(`Analyse impossible de ${uri} (analyse complète)`) && l.includes('panne injectée')),
        lsp.logs.join('\n'),
      );
      // The fault is gone: the next edit gets its full analysis again.
      await lsp.change(uri, wrong);
      assert.deepEqual(
        (await lsp.settledDiagnostics<Item>(uri)).map((d) => d.code),
        ['GR206', 'GR214', 'GR217', 'GR401'],
      );
    } finally {
      await lsp.stop();
    }
  });

  it('the fast analysis fails: the last analysis that completed (the full one) answers, once, with nothing to follow', async () => {
    const lsp = await LspSession.start({ debounceMs: 0 }, FAULTS);
    try {
      const uri = await lsp.open(GRID);
      const good = (await lsp.settledDiagnostics<Item>(uri)).map((d) => d.code);
      await lsp.connection.sendNotification('grille/test/panneAnalyse', { uri, phase: 'fast' });
      await lsp.change(uri, GRID + '# une note\n');
      const refreshes = lsp.diagnosticRefreshes;
      assert.deepEqual(
        (await findings(lsp, uri)).map((d) => d.code),
        good,
      );
      await lsp.roundTrip();
      // The fallback is final for this text: no full analysis is tried, no refresh.
      assert.equal(lsp.diagnosticRefreshes, refreshes);
      await waitFor(() => lsp.logs.some((l) => l.includes('Analyse impossible')));
      assert.ok(
        lsp.logs.some((l) => l.includes(`Analyse impossible de ${uri} (analyse rapide)`)),
        lsp.logs.join('\n'),
      );
    } finally {
      await lsp.stop();
    }
  });

  it('with no good analysis yet: one internal-error finding at 0:0, not a syntax finding', async () => {
    const lsp = await LspSession.start({ debounceMs: 0 }, FAULTS);
    try {
      const uri = 'file:///panne.grille';
      await lsp.connection.sendNotification('grille/test/panneAnalyse', { uri });
      await lsp.open(GRID, uri);
      const items = await findings(lsp, uri);
      assert.deepEqual(
        items.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`),
        ['GR000 0:0'],
      );
      assert.match(items[0]!.message, /^Analyse impossible/);
      assert.equal(await lsp.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } }), null);
    } finally {
      await lsp.stop();
    }
  });
});

describe('limits', () => {
  it('binary content gets one finding and is not analysed', async () => {
    const lsp = await LspSession.start();
    try {
      // A megabyte of pseudo-random bytes, as an editor decodes a binary file opened as .grille.
      const bytes = Buffer.alloc(1 << 20);
      let seed = 7;
      for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      const started = Date.now();
      const uri = await lsp.open(bytes.toString('utf8'));
      const items = await findings(lsp, uri);
      const elapsed = Date.now() - started;
      assert.deepEqual(
        items.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`),
        ['GR102 0:0'],
      );
      assert.match(items[0]!.message, /binaire/);
      assert.ok(elapsed < 1000, `${elapsed} ms`);
      assert.deepEqual((await lsp.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, []);
    } finally {
      await lsp.stop();
    }
  });

  it(`at most ${MAX_FINDINGS_PER_DOCUMENT} findings per document, then one that says how many are not shown`, async () => {
    const lsp = await LspSession.start();
    try {
      const uri = await lsp.open(GRID + '  acte_inconnu 100 % BR\n'.repeat(1500));
      const items = await findings(lsp, uri);
      assert.equal(items.length, MAX_FINDINGS_PER_DOCUMENT + 1);
      const last = items[items.length - 1]!;
      // 3 header findings (GR206, GR214, GR217), GR006 and GR101 on zzz, 1 500 GR101: 1 505 in all.
      assert.equal(last.message, '505 autres constats non affichés (au plus 1000 par document).');
      // Placed where the first finding not shown starts: the 1 001st, on line 1 000.
      assert.deepEqual(last.range.start, { line: 999, character: 2 });
      await lsp.configure({ debounceMs: 0, language: 'en' });
      const english = await findings(lsp, uri);
      assert.equal(english[english.length - 1]!.message, '505 more findings not shown (at most 1000 per document).');
    } finally {
      await lsp.stop();
    }
  });
});

describe("the server's copy of the text", () => {
  it('a change whose range starts past the end is clamped, not duplicated', async () => {
    const lsp = await LspSession.start({ debounceMs: 0 }, FAULTS);
    try {
      const text = 'contrat "X" millesime 2026\nposte "A"\n';
      const uri = await lsp.open(text);
      const past = { line: 3, character: 0 };
      await lsp.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 10 },
        contentChanges: [{ range: { start: past, end: { line: 4, character: 0 } }, text: '\n' }],
      });
      await lsp.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 11 },
        contentChanges: [{ range: { start: past, end: past }, text: '  osteopathie 40 € par seance' }],
      });
      assert.equal(await lsp.request('grille/test/texte', { uri }), text + '\n  osteopathie 40 € par seance');
    } finally {
      await lsp.stop();
    }
  });

  it('a reused version number gets the analysis of the current text', async () => {
    const lsp = await LspSession.start();
    try {
      const uri = 'file:///version.grille';
      await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'grille', version: 1, text: GRID } });
      assert.ok((await findings(lsp, uri)).some((d) => d.code === 'GR101'));
      await lsp.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 1 },
        contentChanges: [{ text: GRID.replace('  zzz\n', '') }],
      });
      assert.deepEqual(
        (await findings(lsp, uri)).map((d) => d.code),
        ['GR206', 'GR214', 'GR217'],
      );
    } finally {
      await lsp.stop();
    }
  });
});

describe('rule documentation links', () => {
  const hrefWith = async (rulesDocumentation: string) => {
    const lsp = await LspSession.start({ debounceMs: 0, rulesDocumentation });
    try {
      const uri = await lsp.open(GRID);
      const href = (await findings(lsp, uri)).find((d) => d.code === 'GR101')!.codeDescription!.href;
      await waitFor(() => lsp.logs.some((l) => l.includes('grille.rulesDocumentation')));
      return { href, logs: lsp.logs };
    } finally {
      await lsp.stop();
    }
  };

  for (const refused of ['command:workbench.action.terminal.new', 'javascript:alert(1)', 'http://example.org/rules.html']) {
    it(`refuses ${refused.split(':')[0]}: and logs a warning`, async () => {
      const { href, logs } = await hrefWith(refused);
      assert.match(href, /^file:.*rules\.md#gr101$/);
      assert.ok(
        logs.some((l) => l.includes('grille.rulesDocumentation') && l.includes(refused)),
        logs.join('\n'),
      );
    });
  }

  it('uses an https base, its own fragment replaced by the rule', async () => {
    const { href } = await hrefWith('https://example.org/grille/rules.html#ancienne');
    assert.equal(href, 'https://example.org/grille/rules.html#gr101');
  });

  it('reads a crafted long value in linear time', () => {
    const settings = readSettings({ rulesDocumentation: `https://example.org/${'#'.repeat(100_000)}\n` }, 'fr');
    const started = Date.now();
    for (let i = 0; i < 2000; i++) ruleDocUri('GR101', settings);
    assert.equal(ruleDocUri('GR101', settings), 'https://example.org/#gr101');
    assert.ok(Date.now() - started < 500, `${Date.now() - started} ms`);
  });
});

describe('malformed requests', () => {
  const requests: [string, unknown][] = [
    ['textDocument/hover', null],
    ['textDocument/completion', []],
    ['textDocument/definition', null],
    ['textDocument/references', []],
    ['textDocument/documentSymbol', []],
    ['textDocument/foldingRange', []],
    ['textDocument/codeLens', []],
    ['textDocument/codeAction', []],
    ['textDocument/formatting', []],
    ['textDocument/inlayHint', []],
    ['textDocument/semanticTokens/full', { data: [] }],
    ['textDocument/diagnostic', { kind: 'full', items: [] }],
  ];

  it('null, missing or non-object params, or no textDocument: every feature gives its empty answer', async () => {
    const lsp = await LspSession.start();
    try {
      for (const [method, empty] of requests) {
        for (const params of [null, undefined, {}, [], 3]) {
          const answer = await lsp.rawRequest(method, params);
          assert.deepEqual(
            { error: answer.error, result: answer.result },
            { error: undefined, result: empty },
            `${method} with params ${JSON.stringify(params)}`,
          );
        }
      }
      assert.ok(lsp.alive);
    } finally {
      await lsp.stop();
    }
  });
});

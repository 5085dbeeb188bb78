/**
 * The server stays up: a request on a broken document still answers, an exception inside one
 * feature is logged and answered empty and the next request works. Settings change what it answers.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeLens, DocumentDiagnosticReport, DocumentSymbol, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { LspSession } from './lsp-harness';

const GRID = 'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  consultation generaliste 100 % BR\n';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

async function waitFor(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !predicate(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('guards', () => {
  it('a broken document still gets answers from every feature', async () => {
    const lsp = await LspSession.start();
    try {
      const uri = await lsp.open('contrat "X\n  @@@ 150 %% BR €€ \u0000\nposte\n  consultation generaliste dptam ,,, 100 % BR\nexemple\n  attendu secu\n');
      const report = await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok((report as { items: unknown[] }).items.length > 0);
      await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
      await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
      await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols));
      assert.ok(lsp.alive);
    } finally {
      await lsp.stop();
    }
  });

  it('an exception inside one feature is logged and answered empty; the next request works', async () => {
    const lsp = await LspSession.start({ debounceMs: 0 }, { GRILLE_TEST_FAULTS: '1' });
    try {
      const uri = await lsp.open(GRID);
      const position = { line: 2, character: 30 };
      await lsp.connection.sendNotification('grille/test/injecterPanne', { feature: 'hover' });
      assert.equal(await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), null);
      await waitFor(() => lsp.logs.some((l) => l.includes('[hover]')));
      assert.ok(lsp.logs.some((l) => l.includes('[hover] Error: panne injectée dans « hover »')), lsp.logs.join('\n'));
      const next = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      assert.ok(next && JSON.stringify(next.contents).includes('ce que paie la ligne'));
      assert.ok(lsp.alive);
    } finally {
      await lsp.stop();
    }
  });
});

describe('settings', () => {
  it('previews off: no inlay hints; compact style: short labels', async () => {
    let lsp = await LspSession.start({ debounceMs: 0, previews: { enabled: false } });
    try {
      const uri = await lsp.open(GRID);
      assert.deepEqual(await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE }), []);
    } finally {
      await lsp.stop();
    }
    lsp = await LspSession.start({ debounceMs: 0, previews: { style: 'compact' } });
    try {
      const uri = await lsp.open(GRID);
      const hints = await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
      assert.deepEqual(hints.map((h) => String(h.label).replace(/[\u00a0\u202f]/g, ' ')), ['30,00 € → 19,00 € / 9,00 € / 2,00 €']);
    } finally {
      await lsp.stop();
    }
  });

  it('typical prices override: the preview uses the configured price', async () => {
    const lsp = await LspSession.start({ debounceMs: 0, typicalPrices: { 'consultation generaliste': 50 } });
    try {
      const uri = await lsp.open(GRID);
      const hints = await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
      assert.deepEqual(hints.map((h) => String(h.label).replace(/[\u00a0\u202f]/g, ' ')), ['50,00 € → Sécu 19,00 € · mutuelle 9,00 € · reste 22,00 €']);
    } finally {
      await lsp.stop();
    }
  });

  it('rule links: a command opening the bundled catalogue at the rule for the Grille extension, or the configured base with the anchor', async () => {
    const href = async (lsp: LspSession) => {
      const uri = await lsp.open(GRID.replace('100 % BR', '100 % BX'));
      const report = await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      return (report as unknown as { items: { code: string; codeDescription: { href: string } }[] }).items.find((d) => d.code === 'GR010')!.codeDescription.href;
    };
    let lsp = await LspSession.start({ debounceMs: 0 }, {}, { ruleCommand: true });
    try {
      assert.equal(await href(lsp), 'command:grille.showRule?%5B%22GR010%22%5D');
    } finally {
      await lsp.stop();
    }
    lsp = await LspSession.start({ debounceMs: 0, rulesDocumentation: 'https://example.org/grille/rules.html' }, {}, { ruleCommand: true });
    try {
      assert.equal(await href(lsp), 'https://example.org/grille/rules.html#gr010');
    } finally {
      await lsp.stop();
    }
  });

  it('severity per rule code, and English messages', async () => {
    const lsp = await LspSession.start({ debounceMs: 0, severity: { GR214: 'off', GR206: 'warning' }, language: 'en' });
    try {
      const uri = await lsp.open(GRID);
      const report = await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      const items = (report as unknown as { items: { code: string; severity: number; message: string }[] }).items;
      assert.deepEqual(items.map((d) => `${d.code} ${d.severity} ${d.message}`), ['GR206 2 Responsible contract: the grid must cover the daily hospital charge.']);
    } finally {
      await lsp.stop();
    }
  });
});

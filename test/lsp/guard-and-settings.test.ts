/**
 * The server stays up: a request on a broken document still answers, an exception inside one
 * feature is logged and answered empty and the next request works. Settings change what it answers.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeLens, DocumentDiagnosticReport, DocumentSymbol, Hover, InlayHint } from 'vscode-languageserver-protocol';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, showRange } from './lsp-harness';

const GRID = 'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  consultation generaliste 100 % BR\n';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

async function waitFor(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !predicate(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('guards', () => {
  it('a broken document still gets answers from every feature', async () => {
    const lsp = await LspSession.start({ explainLenses: 'all' });
    try {
      // A control character, not a NUL: a NUL makes the text binary, which is not analysed (hardening.test.ts).
      const uri = await lsp.open('contrat "X\n  @@@ 150 %% BR €€ \u0001\nposte\n  consultation generaliste dptam ,,, 100 % BR\nexemple\n  attendu secu\n');
      const report = await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok((report as { items: unknown[] }).items.length > 0);
      const hover = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
      assert.match((hover!.contents as { value: string }).value, /^\*\*Consultation de médecin généraliste\*\* — NGAP/);
      // No millésime nor date in the broken header: nothing to preview, and no error either.
      assert.deepEqual(await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE }), []);
      const lenses = await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.deepEqual(
        lenses.map((l) => `${showRange(l.range)} ${l.command!.title}`),
        ['4:3-4:27 Expliquer', '5:1-5:8 Expliquer'],
      );
      const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const render = (s: DocumentSymbol, depth = 0): string[] => [`${'  '.repeat(depth)}${s.name}`, ...(s.children ?? []).flatMap((c) => render(c, depth + 1))];
      assert.deepEqual(
        symbols.flatMap((s) => render(s)),
        ['X', '  poste', '    consultation generaliste', '  exemple'],
      );
      assert.ok(lsp.alive);
    } finally {
      await lsp.stop();
    }
  });

  it('a text that is not a grid gets the one GR102 the CLI gives, not a finding per line', async () => {
    const lsp = await LspSession.start();
    try {
      const uri = await lsp.open('{\n  "name": "grille",\n  "version": "0.1.0"\n}\n');
      const report = (await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as {
        items: { code: string; message: string; range: unknown }[];
      };
      assert.deepEqual(
        report.items.map((d) => `${d.code} ${d.message}`),
        ["GR102 Ce texte n'est pas une grille : aucun en-tête « contrat » et aucune ligne reconnue (poste, garantie, option, exemple)."],
      );
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
      assert.ok(
        lsp.logs.some((l) => l.includes('[hover] Error: panne injectée dans « hover »')),
        lsp.logs.join('\n'),
      );
      const next = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      assert.ok(next && JSON.stringify(next.contents).includes('ce que paie la ligne'));
      assert.ok(lsp.alive);
    } finally {
      await lsp.stop();
    }
  });
});

describe('while the text is broken', () => {
  it('outline, folding and lenses answer from the last analysis without syntax errors', async () => {
    const lsp = await LspSession.start({ explainLenses: 'all' });
    try {
      const good =
        'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  consultation generaliste 100 % BR\n  osteopathie 40 € par seance\nexemple "E"\n  acte osteopathie prix 50 €\n';
      const uri = await lsp.open(good);
      const render = (s: DocumentSymbol, depth = 0): string[] => [
        `${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`,
        ...(s.children ?? []).flatMap((c) => render(c, depth + 1)),
      ];
      const outline = async () => (await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).flatMap((s) => render(s));
      const lenses = async () => (await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } })).map((l) => showRange(l.range));
      const before = await outline();
      const lensesBefore = await lenses();
      assert.deepEqual(before, ['X (millésime 2026, responsable)', '  A (2 lignes)', '    consultation generaliste', '    osteopathie', '  E (1 acte)']);
      // Mid-edit: the contract's name loses its closing quote, which swallows the rest of the header.
      await lsp.change(uri, good.replace('contrat "X"', 'contrat "X'));
      const report = await lsp.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(
        report.items.some((d) => d.code === 'GR002'),
        'the diagnostics are those of the current text',
      );
      assert.deepEqual(await outline(), before);
      assert.deepEqual(await lenses(), lensesBefore);
      const lens = (await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }))[0]!;
      assert.match(await lsp.request<string>('grille/expliquer', lens.command!.arguments![0]), /^# Expliquer : Consultation de médecin généraliste/);
      // A line more or less: the last good ranges would land on the wrong lines, the current analysis answers.
      await lsp.change(uri, good.replace('contrat "X"', 'contrat "X') + '  attendu\n');
      assert.deepEqual(await outline(), [
        'X millesime 2026 responsable base ro_inclus',
        '  A (2 lignes)',
        '    consultation generaliste',
        '    osteopathie',
        '  E (1 acte)',
      ]);
    } finally {
      await lsp.stop();
    }
  });
});

describe('while a block is broken (incremental analysis)', () => {
  it('the blocks after the edit, moved since the last good analysis, keep their ranges', async () => {
    const lsp = await LspSession.start({ explainLenses: 'all' });
    try {
      const good =
        'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  osteopathie 40 € par seance\nposte "B"\n  consultation generaliste 100 % BR\n  consultation specialiste 150 % BR\n';
      const uri = await lsp.open(good);
      const lenses = async () => (await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } })).map((l) => showRange(l.range));
      const before = await lenses();
      assert.equal(before.length, 3);
      // A quote typed in section A: its line is broken, section B moves one character on.
      await lsp.change(uri, good.replace('osteopathie 40', 'osteopathie "40'));
      const report = await lsp.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(report.items.some((d) => d.code === 'GR002'));
      assert.deepEqual(await lenses(), before);
    } finally {
      await lsp.stop();
    }
  });
});

describe('settings', () => {
  it('the server pulls its settings with workspace/configuration and again on didChangeConfiguration', async () => {
    const lsp = await LspSession.start({ debounceMs: 0 });
    try {
      const uri = await lsp.open(GRID);
      assert.equal((await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE })).length, 1);
      assert.ok(lsp.configurationPulls >= 1, 'settings pulled after initialized');
      const pulls = lsp.configurationPulls;
      await lsp.configure({ debounceMs: 0, previews: { enabled: false }, language: 'en', explainLenses: 'all' });
      assert.equal(lsp.configurationPulls, pulls + 1);
      assert.deepEqual(await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE }), []);
      const lenses = await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.deepEqual(
        lenses.map((l) => l.command!.title),
        ['Explain'],
      );
    } finally {
      await lsp.stop();
    }
  });

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
      assert.deepEqual(
        hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((part) => part.value).join('')).replace(/[\u00a0\u202f]/g, ' ')),
        ['19 € / 9 € / 2 €'],
      );
    } finally {
      await lsp.stop();
    }
  });

  it('typical prices override: the preview uses the configured price', async () => {
    const lsp = await LspSession.start({ debounceMs: 0, typicalPrices: { 'consultation generaliste': 50 } });
    try {
      const uri = await lsp.open(GRID);
      const hints = await lsp.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
      assert.deepEqual(
        hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((part) => part.value).join('')).replace(/[\u00a0\u202f]/g, ' ')),
        ['reste 22 € · Sécu 19 € · mutuelle 9 €'],
      );
    } finally {
      await lsp.stop();
    }
  });

  it('rule links: a command opening the bundled catalogue at the rule for the Grille extension, or the configured base with the anchor', async () => {
    const href = async (lsp: LspSession) => {
      const uri = await lsp.open(GRID.replace('100 % BR', '100 % BX'));
      const report = await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      return (report as unknown as { items: { code: string; codeDescription: { href: string } }[] }).items.find((d) => d.code === 'GR010')!.codeDescription
        .href;
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

  it('a rule set to « off »: no quick fix for it either', async () => {
    const text = GRID.replace(' base ro_inclus', '');
    const range = { start: { line: 2, character: 30 }, end: { line: 2, character: 45 } };
    for (const [settings, expected] of [
      [{ debounceMs: 0 }, 3],
      [{ debounceMs: 0, severity: { GR104: 'off' } }, 0],
    ] as const) {
      const lsp = await LspSession.start(settings);
      try {
        const uri = await lsp.open(text);
        const actions = await lsp.request<{ title: string; diagnostics?: { code: string }[] }[]>('textDocument/codeAction', {
          textDocument: { uri },
          range,
          context: { diagnostics: [] },
        });
        assert.equal(actions.filter((a) => a.diagnostics?.[0]?.code === 'GR104').length, expected, JSON.stringify(actions));
      } finally {
        await lsp.stop();
      }
    }
  });

  it('severity per rule code, and English messages', async () => {
    const lsp = await LspSession.start({ debounceMs: 0, severity: { GR214: 'off', GR217: 'off', GR206: 'warning' }, language: 'en' });
    try {
      const uri = await lsp.open(GRID);
      const report = await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      const items = (report as unknown as { items: { code: string; severity: number; message: string }[] }).items;
      assert.deepEqual(
        items.map((d) => `${d.code} ${d.severity} ${d.message}`),
        ['GR206 2 Responsible contract: the grid must cover the daily hospital charge (« forfait journalier 100 % FR »).'],
      );
    } finally {
      await lsp.stop();
    }
  });

  it('grille.config.json (the nearest one up from the document, as the CLI reads it) sets severities; the grille.severity setting wins', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-lsp-config-'));
    fs.writeFileSync(path.join(root, 'grille.config.json'), JSON.stringify({ severity: { GR214: 'off', GR217: 'off', GR206: 'warning' } }));
    fs.mkdirSync(path.join(root, 'grilles'));
    const file = path.join(root, 'grilles', 'g.grille');
    fs.writeFileSync(file, GRID);
    const codes = async (settings: Record<string, unknown>, uri: string) => {
      const lsp = await LspSession.start({ debounceMs: 0, ...settings });
      try {
        await lsp.open(GRID, uri);
        const report = await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
        return (report as unknown as { items: { code: string; severity: number }[] }).items.map((d) => `${d.code} ${d.severity}`);
      } finally {
        await lsp.stop();
      }
    };
    const inWorkspace = pathToFileURL(file).href;
    const elsewhere = pathToFileURL(path.join(os.tmpdir(), 'ailleurs-sans-config', 'g.grille')).href;
    assert.deepEqual(await codes({}, elsewhere), ['GR206 1', 'GR214 1', 'GR217 2']);
    assert.deepEqual(await codes({}, inWorkspace), ['GR206 2']);
    assert.deepEqual(await codes({ severity: { GR206: 'info', GR214: 'error' } }, inWorkspace), ['GR206 3', 'GR214 1']);
  });

  it('a changed grille.config.json: the server asks the client to pull diagnostics again, which get the new severities', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-lsp-config-'));
    const config = path.join(root, 'grille.config.json');
    fs.writeFileSync(config, JSON.stringify({ severity: { GR214: 'off', GR217: 'off' } }));
    const uri = pathToFileURL(path.join(root, 'g.grille')).href;
    const lsp = await LspSession.start({ debounceMs: 0 });
    try {
      await lsp.open(GRID, uri);
      const pull = async () =>
        (
          (await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })) as unknown as { items: { code: string }[] }
        ).items.map((d) => d.code);
      // Settled first: the refresh that follows the fast findings must not be taken for the config's.
      assert.deepEqual(
        (await lsp.settledDiagnostics<{ code: string }>(uri)).map((d) => d.code),
        ['GR206'],
      );
      fs.writeFileSync(config, JSON.stringify({ severity: { GR206: 'off', GR217: 'off' } }));
      const before = lsp.diagnosticRefreshes;
      await lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
      await waitFor(() => lsp.diagnosticRefreshes > before);
      assert.equal(lsp.diagnosticRefreshes, before + 1);
      assert.deepEqual(await pull(), ['GR214']);
    } finally {
      await lsp.stop();
    }
  });
});

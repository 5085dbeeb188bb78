/**
 * Formulas side by side through the real bundled server over stdio: the inlay hints of a row (one
 * at its head, one at the end of each cell, each within 43 characters), the hover of a cell, the
 * « Expliquer » of a row, the outline, the semantic tokens of `|`, `-` and `formule`, completion
 * after a `|` and of `formule "…"` on an act, and Format Document aligning the pipes.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CompletionItem, DocumentSymbol, Hover, InlayHint, SemanticTokens, TextEdit } from 'vscode-languageserver-protocol';
import { dedent } from '../helpers';
import { LspSession, withCursor } from './lsp-harness';

const GRID = dedent(`
  contrat "Gamme Pro" millesime 2026 base ro_inclus
  formule "Socle" responsable
  formule "Option 1" inclut_socle non_responsable
  formule "Prestige" non_responsable
  poste "Soins courants"
    consultation generaliste | 100 % BR | 150 % BR | -
    consultation specialiste
      dptam     | 100 % BR | 200 % BR | 300 % BR
      non_dptam | 100 % BR | 180 % BR | 200 % BR
  exemple "Option 1" formule "Option 1"
    acte consultation generaliste prix 50 €
`);

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

let lsp: LspSession;
before(async () => {
  lsp = await LspSession.start();
});
after(async () => {
  await lsp.stop();
});

describe('formulas side by side over the protocol', () => {
  it('inlay hints: the price and the Sécu after the act, each formula’s share after its cell, all short', async () => {
    const uri = await lsp.open(GRID);
    const hints = await lsp.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } },
    });
    assert.deepEqual(
      hints.map((h) => `${h.position.line + 1}:${h.position.character + 1} ${plain(h.label as string)}`),
      ['6:27 30 € → Sécu 19 €', '6:38 Socle : reste 2 € · mut. 9 €', '6:49 Option 1 : reste 2 € · mut. 9 €', '6:53 Prestige : reste 11 € · mut. 0 €'],
    );
    // The hints of a row share its source line: together within the limit package.json sets for grille files.
    assert.ok(hints.map((h) => h.label as string).join('').length <= 120);
    assert.match(
      plain(hints[2]!.tooltip as string),
      /^« Option 1 » : pour 30,00 € .*\nFormule 2 sur 3 : non responsable ; montants socle compris \(inclut_socle\)\./,
    );
  });

  it('hover on a cell: that formula’s cell; « Expliquer » at the row: each formula', async () => {
    const { text, position } = withCursor(GRID.replace('| 180 % BR', '| 18‸0 % BR'));
    const uri = await lsp.open(text);
    const hover = await lsp.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    assert.match(
      plain((hover.contents as { value: string }).value),
      /^\*\*Consultation de médecin spécialiste\*\* — formule « Option 1 » \(2 sur 3\)\n\nNon responsable/,
    );
    const trace = await lsp.request<string>('grille/expliquer', { uri, kind: 'position', key: 0, position });
    assert.deepEqual(
      plain(trace)
        .split('\n')
        .filter((l) => l.startsWith('**Formule')),
      [
        '**Formule « Socle » (1 sur 3)** : responsable ; le socle (première formule).',
        '**Formule « Option 1 » (2 sur 3)** : non responsable ; montants socle compris (inclut_socle).',
        "**Formule « Prestige » (3 sur 3)** : non responsable ; formule seule : elle ne s'ajoute pas au socle.",
      ],
    );
  });

  it('outline: the formulas under the contract, with their status and stacking; rows say their cells', async () => {
    const uri = await lsp.open(GRID);
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const render = (s: DocumentSymbol, depth = 0): string[] => [
      `${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` (${s.detail})` : ''}`,
      ...(s.children ?? []).flatMap((c) => render(c, depth + 1)),
    ];
    assert.deepEqual(
      symbols.flatMap((s) => render(s)),
      [
        '1 Gamme Pro (millésime 2026, responsable)',
        '  5 formule Socle (responsable, socle)',
        '  5 formule Option 1 (non responsable, inclut_socle)',
        '  5 formule Prestige (non responsable, seule)',
        '  3 Soins courants (2 lignes)',
        '    8 consultation generaliste (3 cellules)',
        '    8 consultation specialiste (dptam, non_dptam, 3 cellules)',
        '  24 Option 1 (1 acte)',
      ],
    );
  });

  it('semantic tokens: « | » an operator, « - » and « formule » keywords', async () => {
    const uri = await lsp.open(GRID);
    const tokens = await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const types = (lsp.initializeResult.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes;
    const lines = GRID.split('\n');
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i]!;
      character = tokens.data[i] === 0 ? character + tokens.data[i + 1]! : tokens.data[i + 1]!;
      decoded.push(`${line + 1} ${lines[line]!.slice(character, character + tokens.data[i + 2]!)} ${types[tokens.data[i + 3]!]}`);
    }
    assert.deepEqual(
      decoded.filter((d) => d.startsWith('6 ')),
      [
        '6 consultation type',
        '6 generaliste type',
        '6 | operator',
        '6 100 number',
        '6 % operator',
        '6 BR keyword',
        '6 | operator',
        '6 150 number',
        '6 % operator',
        '6 BR keyword',
        '6 | operator',
        '6 - keyword',
      ],
    );
    assert.deepEqual(
      decoded.filter((d) => d.startsWith('2 ')),
      ['2 formule keyword', '2 "Socle" string', '2 responsable keyword'],
    );
  });

  it('completion: coverages and « - » after a « | »; the declared formulas after « formule » on an act', async () => {
    const complete = async (marked: string) => {
      const { text, position } = withCursor(marked);
      const uri = await lsp.open(text);
      return lsp.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
    };
    const cell = await complete(GRID.replace('| 150 % BR | -', '| ‸'));
    assert.deepEqual(
      cell.slice(0, 3).map((i) => i.label),
      ['-', '100 % BR', '150 % BR'],
    );
    assert.ok(!cell.some((i) => i.label === 'poste' || i.label === 'dptam'));
    const names = await complete(GRID.replace('prix 50 €', 'prix 50 € formule ‸'));
    assert.deepEqual(
      names.map((i) => i.label),
      ['"Socle"', '"Option 1"', '"Prestige"'],
    );
  });

  it('Format Document aligns the pipes of a section like the printed table', async () => {
    const text = GRID.replace('consultation generaliste | 100 % BR | 150 % BR | -', 'consultation generaliste |100 % BR| 150 % BR |  -');
    const uri = await lsp.open(text);
    const edits = await lsp.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const lines = text.split('\n');
    for (const e of edits) lines[e.range.start.line] = e.newText;
    assert.deepEqual(lines.slice(1, 9), [
      'formule "Socle"    responsable',
      'formule "Option 1" inclut_socle non_responsable',
      'formule "Prestige" non_responsable',
      'poste "Soins courants"',
      '  consultation generaliste | 100 % BR | 150 % BR | -',
      '  consultation specialiste',
      '    dptam                  | 100 % BR | 200 % BR | 300 % BR',
      '    non_dptam              | 100 % BR | 180 % BR | 200 % BR',
    ]);
  });
});

/**
 * Every LSP feature against the real bundled server over stdio: input grids with a `‸` cursor,
 * expected hovers, inlay labels, lenses, completion items, symbols, formatting and quick fixes as text.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type {
  CodeAction,
  Diagnostic,
  CodeLens,
  CompletionItem,
  DocumentDiagnosticReport,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  SemanticTokens,
  TextEdit,
} from 'vscode-languageserver-protocol';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dedent, repoRoot } from '../helpers';
import { LspSession, showRange, withCursor } from './lsp-harness';

const GRID = dedent(`
  contrat "Essentiel" millesime 2026 responsable base ro_inclus
  poste "Soins courants"
    consultation generaliste   dptam 150 % BR   non_dptam 130 % BR
    osteopathie   40 € par seance, 4 seances par an
  exemple "Généraliste OPTAM"
    acte consultation generaliste dptam prix 50 €
    attendu secu 19 € mutuelle 24 € reste 7 €
`);

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

let lsp: LspSession;
before(async () => {
  lsp = await LspSession.start();
});
after(async () => {
  await lsp.stop();
});

async function pull(uri: string): Promise<string[]> {
  const report = await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return (report as unknown as { items: Diagnostic[] }).items.map(
    (d) => `${showRange(d.range)} ${d.code} ${plain(typeof d.message === 'string' ? d.message : d.message.value)}`,
  );
}

/** The findings once the full analysis is in (see LspSession.settledDiagnostics). */
async function settled(uri: string): Promise<string[]> {
  return (await lsp.settledDiagnostics(uri)).map(
    (d) => `${showRange(d.range)} ${d.code} ${plain(typeof d.message === 'string' ? d.message : d.message.value)}`,
  );
}

async function hover(marked: string): Promise<string | null> {
  const { text, position } = withCursor(marked);
  const uri = await lsp.open(text);
  const result = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  if (!result) return null;
  return plain((result.contents as { value: string }).value);
}

describe('diagnostics (pull)', () => {
  it('reports findings with their rule code and a link to the rule catalogue', async () => {
    const uri = await lsp.open(GRID.replace('150 % BR', '150 % BX'));
    const report = await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    const items = (report as { items: { code: string; codeDescription?: { href: string }; source?: string }[] }).items;
    assert.ok(items.length > 0);
    assert.equal(items[0]!.source, 'grille');
    assert.match(items[0]!.codeDescription!.href, /docs\/rules\.md#gr\d{3}$/);
    assert.ok((await pull(uri)).some((l) => l.startsWith('3:42-3:44 GR010 Unité inconnue « BX »')));
  });

  it('an edit updates the findings', async () => {
    const uri = await lsp.open(GRID);
    const clean = await settled(uri);
    assert.ok(!clean.some((l) => l.includes('GR401')));
    await lsp.change(uri, GRID.replace('mutuelle 24 €', 'mutuelle 25 €'));
    // GR401 is a slow finding: it comes with the full analysis, after the refresh.
    assert.ok(
      (await settled(uri)).includes(
        '7:30-7:32 GR401 mutuelle attendu 25,00 €, calculé 24,00 € : formule (colonne DPTAM) : 150 % BR Sécu incluse : min(50,00 €, 45,00 €) − 21,00 € = 24,00 €.',
      ),
    );
  });
});

describe('hover', () => {
  it('on « BR »: the glossary entry with the figure of the millésime, its date and source', async () => {
    const text = await hover(GRID.replace('dptam 150 % BR', 'dptam 150 % B‸R'));
    assert.ok(text!.startsWith('**BR — base de remboursement de la Sécurité sociale**'));
    assert.match(
      text!,
      /\| BR consultation de médecin généraliste \(G\), secteur 1 et DPTAM \| 30,00 € \| 22\/12\/2024 \| \(confirmé\) service-public\.fr F17042/,
    );
    assert.match(text!, /tarif d'autorité/);
  });

  it('on « TM », « OPTAM », « HN »', async () => {
    assert.match((await hover('poste "A"\n  consultation generaliste T‸M\n'))!, /^\*\*TM — ticket modérateur\*\*/);
    // On a sector word, the line's own breakdown first, then the term.
    assert.match(
      (await hover('poste "A"\n  consultation generaliste opt‸am 150 % BR non_dptam 130 % BR\n'))!,
      /^\*\*Consultation de médecin généraliste\*\* : ce que paie la ligne[\s\S]*\n---\n\n\*\*OPTAM \/ OPTAM-CO — DPTAM\*\*/,
    );
    assert.match(
      (await hover('poste "A"\n  sophrologie hors_nomencl‸ature 30 € par seance\n'))!,
      /^\*\*HN — acte hors nomenclature\*\*[\s\S]*la Sécu ne paie rien/,
    );
  });

  it('on an act: its base per sector and its AMO rate for the millésime', async () => {
    const text = (await hover(GRID.replace('  consultation generaliste   dptam', '  consultation genera‸liste   dptam')))!;
    assert.ok(text.startsWith('**Consultation de médecin généraliste** — NGAP, poste Soins courants'));
    assert.match(text, /\| secteur 1 \/ DPTAM — BR consultation de médecin généraliste \(G\), secteur 1 et DPTAM \| 30,00 € \|/);
    assert.match(text, /\| non DPTAM — BR consultation de généraliste de secteur 2 non DPTAM \| 23,00 € \| 01\/05\/2017 \| ❓ \(incertain, à confirmer\)/);
    assert.match(text, /\| non conventionné — Tarif d'autorité d'une consultation de généraliste non conventionné \| 0,61 € \|/);
    assert.match(text, /\| Sécu — Taux AMO des honoraires médicaux \| 70 % \|/);
  });

  it('on a guarantee: what the line pays, in words and in euros', async () => {
    const text = (await hover(GRID.replace('40 € par seance', '4‸0 € par seance')))!;
    assert.equal(
      text,
      '**Ostéopathie** : ce que paie la ligne\n\n- 40,00 € par séance ; 4 séances par an au plus.\n  Pour 60,00 € : Sécu 0,00 € · mutuelle 40,00 € · reste 20,00 € (pas de BR : la Sécu ne paie rien).',
    );
  });
});

describe('inlay hints (previews)', () => {
  it('show Sécu / mutuelle / reste at the end of each line, per sector, and computed amounts after examples', async () => {
    const uri = await lsp.open(GRID);
    const hints = await lsp.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
    });
    assert.deepEqual(
      hints.map((h) => `${h.position.line + 1}:${h.position.character + 1} ${plain(h.label as string)}`),
      ['3:65 DPTAM reste 2 € · Sécu 19 € · mutuelle 9 €', '4:50 reste 20 € · Sécu 0 € · mutuelle 40 €', '7:44 ✓ reste 7 € · Sécu 19 € · mutuelle 24 €'],
    );
  });

  it('only for the requested range', async () => {
    const uri = await lsp.open(GRID);
    const hints = await lsp.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } },
    });
    assert.deepEqual(
      hints.map((h) => h.position.line + 1),
      [4],
    );
  });
});

describe('code lens « Expliquer »', () => {
  it('on each example (not above every line), and the trace behind it; a line is explained from its position', async () => {
    const uri = await lsp.open(GRID);
    const lenses = await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(
      lenses.map((l) => `${showRange(l.range)} ${l.command!.title}`),
      ['5:1-5:28 Expliquer'],
    );
    const trace = await lsp.request<string>('grille/expliquer', { uri, kind: 'position', key: 0, position: { line: 2, character: 40 } });
    assert.match(plain(trace), /^# Expliquer : Consultation de médecin généraliste/);
    assert.match(plain(trace), /\*\*Base\*\* — BR = 30,00 €, tarif de convention/);
    assert.match(plain(trace), /`br\.consultation_generaliste` = 30,00 € depuis le 22\/12\/2024/);
    const example = await lsp.request<string>('grille/expliquer', lenses[0]!.command!.arguments![0]);
    assert.match(plain(example), /^# Expliquer l'exemple « Généraliste OPTAM »/);
  });
});

describe('quick fixes', () => {
  it("offers the registry's fix and its edit removes the finding", async () => {
    const text = GRID.replace(' base ro_inclus', '');
    const uri = await lsp.open(text);
    const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 30 }, end: { line: 2, character: 45 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Préciser « ro_inclus » sur cette ligne', 'Préciser « en_sus » sur cette ligne', "Ajouter « base ro_inclus » à l'en-tête (toutes les lignes)"],
    );
    const edit = actions[0]!.edit!.changes![uri]![0]!;
    assert.deepEqual({ range: showRange(edit.range), newText: edit.newText }, { range: '3:44-3:44', newText: ' ro_inclus' });
    const fixed = actions[0]!.diagnostics![0]!;
    const finding = `${showRange(fixed.range)} ${fixed.code} `;
    assert.ok((await pull(uri)).some((l) => l.startsWith(finding)));
    const lines = text.split('\n');
    const line = lines[edit.range.start.line]!;
    lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    await lsp.change(uri, lines.join('\n'));
    const after = await pull(uri);
    assert.ok(!after.some((l) => l.startsWith(finding)), after.join('\n'));
    assert.ok(!after.some((l) => l.startsWith('3:') && l.includes('150 % BR')), after.join('\n'));
  });
});

describe('quick fixes for a client that resolves edits (VS Code)', () => {
  let vscode: LspSession;
  before(async () => {
    vscode = await LspSession.start({ debounceMs: 0 }, {}, {}, { resolveCodeActionEdits: true });
  });
  after(async () => {
    await vscode.stop();
  });

  it('offers the actions without their edit, resolves the edit when one is chosen, and lists a shared fix once', async () => {
    // Two wrong figures on one attendu line (OPTAM, 50 €: Sécu 19 €, mutuelle 150 % × 30 − 21 = 24 €, reste 7 €).
    const text = GRID.replace('mutuelle 24 € reste 7 €', 'mutuelle 25 € reste 6 €');
    const uri = await vscode.open(text);
    const actions = await vscode.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 6, character: 0 }, end: { line: 6, character: 45 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(
      actions.map((a) => [plain(a.title), a.diagnostics?.length, a.edit === undefined]),
      [
        ['Remplacer par 24,00 €', 1, true],
        ['Corriger les 2 montants de cette ligne « attendu »', 2, true],
        ['Remplacer par 7,00 €', 1, true],
      ],
    );
    const resolved = await vscode.request<CodeAction>('codeAction/resolve', actions[1]);
    const edits = resolved.edit!.changes![uri]!.map((e) => `${showRange(e.range)} ${e.newText}`);
    assert.deepEqual(edits, ['7:30-7:32 24,00', '7:41-7:42 7,00']);
    // Once the text changed, the old action resolves to no edit rather than a wrong one.
    await vscode.change(uri, text.replace('reste 6 €', 'reste 5 €'));
    assert.equal((await vscode.request<CodeAction>('codeAction/resolve', actions[1])).edit, undefined);
  });
});

describe('completion', () => {
  it('at the start of a line in a section: acts with their BR, keywords and snippets', async () => {
    const { text, position } = withCursor('contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  ‸\n');
    const uri = await lsp.open(text);
    const items = await lsp.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
    const generaliste = items.find((i) => i.label === 'consultation generaliste');
    assert.equal(plain(generaliste?.detail ?? ''), 'Soins courants · BR 30,00 €');
    assert.ok(items.some((i) => i.label === 'osteopathie' && i.detail === 'Autres · hors nomenclature'));
    assert.ok(items.some((i) => i.label === 'poste') && items.some((i) => i.label === 'exemple' && i.insertTextFormat === 2));
  });

  it('after « % »: the bases; after an act: sectors and coverages', async () => {
    const afterPercent = withCursor('poste "A"\n  consultation generaliste 150 % ‸\n');
    let uri = await lsp.open(afterPercent.text);
    let items = await lsp.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: afterPercent.position });
    assert.deepEqual(
      items.map((i) => i.label),
      ['BR', 'FR', 'PMSS', 'Santé'],
    );
    const afterAct = withCursor('poste "A"\n  consultation generaliste ‸\n');
    uri = await lsp.open(afterAct.text);
    items = await lsp.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: afterAct.position });
    assert.deepEqual(
      items.slice(0, 4).map((i) => i.label),
      ['dptam', 'non_dptam', 'non_conventionne', '100 % BR'],
    );
  });
});

describe('completion of multi-word act names', () => {
  async function complete(marked: string): Promise<CompletionItem[]> {
    const { text, position } = withCursor(marked);
    const uri = await lsp.open(text);
    return lsp.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
  }
  const edit = (i: CompletionItem | undefined) =>
    i?.textEdit && 'range' in i.textEdit ? `${showRange(i.textEdit.range)} ${i.textEdit.newText}` : 'no textEdit';

  it('« consultation gen‸ » on a guarantee line: the acts, replacing both words', async () => {
    const items = await complete('poste "A"\n  consultation gen‸\n');
    assert.equal(items[0]!.label, 'consultation generaliste');
    assert.ok(!items.some((i) => i.label === 'dptam'));
    assert.equal(edit(items[0]), '2:3-2:19 consultation generaliste');
  });

  it('« optique classe b verres s‸ »: the class B lenses', async () => {
    const items = await complete('poste "Optique"\n  optique classe b verres s‸\n');
    assert.deepEqual(
      items.map((i) => `${i.label} ${edit(i)}`),
      [
        'optique classe b verres simples 2:3-2:28 optique classe b verres simples',
        'optique classe b verres simple tres complexe 2:3-2:28 optique classe b verres simple tres complexe',
      ],
    );
  });

  it('« acte consultation g‸ » in an example: accepting gives « acte consultation generaliste »', async () => {
    const marked = 'poste "A"\n  consultation generaliste 100 % BR\nexemple "E"\n  acte consultation g‸\n';
    const items = await complete(marked);
    const first = items[0]!;
    assert.equal(edit(first), '4:8-4:22 consultation generaliste');
    const { text } = withCursor(marked);
    const lines = text.split('\n');
    const e = first.textEdit as TextEdit;
    lines[3] = lines[3]!.slice(0, e.range.start.character) + e.newText + lines[3]!.slice(e.range.end.character);
    assert.equal(lines[3], '  acte consultation generaliste');
  });

  it('a space is not a trigger character (the list does not open at every space)', () => {
    const provider = lsp.initializeResult.capabilities.completionProvider as { triggerCharacters: string[] };
    assert.deepEqual(provider.triggerCharacters, ['%']);
  });

  it('after « par »: the units', async () => {
    const items = await complete('poste "A"\n  osteopathie 40 € par ‸\n');
    assert.ok(
      ['seance', 'an', 'jour'].every((u) => items.some((i) => i.label === u && i.kind === 11)),
      items.map((i) => i.label).join(', '),
    );
    assert.ok(!items.some((i) => i.label === 'dptam'));
  });
});

describe('symbols, folding, semantic tokens, formatting, navigation', () => {
  it('outline: contract → sections → lines → examples', async () => {
    const uri = await lsp.open(GRID);
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const render = (s: DocumentSymbol, depth = 0): string[] => [
      `${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`,
      ...(s.children ?? []).flatMap((c) => render(c, depth + 1)),
    ];
    assert.deepEqual(
      symbols.flatMap((s) => render(s)),
      [
        'Essentiel (millésime 2026, responsable)',
        '  Soins courants (2 lignes)',
        '    consultation generaliste (dptam, non_dptam)',
        '    osteopathie',
        '  Généraliste OPTAM (1 acte)',
      ],
    );
  });

  it('folding ranges for sections and examples', async () => {
    const uri = await lsp.open(GRID);
    const ranges = await lsp.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(
      ranges.map((r) => `${r.startLine + 1}-${r.endLine + 1}`),
      ['2-4', '5-7'],
    );
  });

  it('semantic tokens classify acts, sectors and numbers', async () => {
    const uri = await lsp.open('poste "A"\n  consultation generaliste dptam 150 % BR\n');
    const tokens = await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const types = (lsp.initializeResult.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes;
    const decoded: string[] = [];
    for (let i = 0; i < tokens.data.length; i += 5) decoded.push(types[tokens.data[i + 3]!]!);
    assert.deepEqual(decoded, ['keyword', 'string', 'type', 'type', 'enumMember', 'number', 'operator', 'keyword']);
  });

  it('formatting aligns a section like a printed table and keeps comments', async () => {
    const text =
      'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\nconsultation generaliste dptam 150 % BR non_dptam 130 % BR\n     osteopathie 40 € par seance   # HN\n';
    const uri = await lsp.open(text);
    const edits = await lsp.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const lines = text.split('\n');
    for (const e of edits) lines[e.range.start.line] = e.newText;
    assert.equal(
      lines.join('\n'),
      'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  consultation generaliste   dptam 150 % BR   non_dptam 130 % BR\n  osteopathie                40 € par seance  # HN\n',
    );
  });

  it('go to definition from an option line to the socle line of the same act (entreprise-socle-option, line 48 → 27)', async () => {
    const text = fs.readFileSync(path.join(repoRoot(), 'samples', 'entreprise-socle-option.grille'), 'utf8');
    const uri = await lsp.open(text);
    assert.match(text.split('\n')[47]!, /^  couronne tarifs libres/);
    const definition = await lsp.request<Location>('textDocument/definition', { textDocument: { uri }, position: { line: 47, character: 5 } });
    assert.equal(showRange(definition.range).split(':')[0], '27');
    assert.match(text.split('\n')[26]!, /^  couronne tarifs libres/);
  });

  it('go to definition from an example act to its guarantee line, and references back', async () => {
    const { text, position } = withCursor(GRID.replace('acte consultation generaliste', 'acte consultation gene‸raliste'));
    const uri = await lsp.open(text);
    const definition = await lsp.request<Location>('textDocument/definition', { textDocument: { uri }, position });
    assert.equal(showRange(definition.range), '3:3-3:65');
    const references = await lsp.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: { line: 2, character: 5 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      references.map((r) => showRange(r.range)),
      ['3:3-3:27', '6:8-6:32'],
    );
  });
});

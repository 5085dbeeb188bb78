/**
 * Inside the real extension host, against the real language server: what a person gets in the
 * editor, through VS Code's own command API. Waits on events, never on sleeps.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'grille.grille';
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

interface GrilleApi {
  ready: Promise<void>;
  lastTrace(): string | undefined;
  traceUri: vscode.Uri;
}

let api: GrilleApi;

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

/** Resolves when the document's diagnostics satisfy `predicate` (event-driven, with a deadline). */
function diagnosticsOf(
  uri: vscode.Uri,
  predicate: (d: readonly vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  ms = 20_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = vscode.languages.getDiagnostics(uri);
      if (predicate(current)) {
        subscription.dispose();
        clearTimeout(timer);
        resolve(current);
        return true;
      }
      return false;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics of ${uri.fsPath} never matched: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.code))}`));
    }, ms);
    check();
  });
}

async function open(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(document);
  assert.equal(document.languageId, 'grille');
  return document;
}

function positionOf(document: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `« ${needle} » not found`);
  return document.positionAt(offset + delta);
}

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return plain(hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'));
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

describe('Grille in a real VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<GrilleApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    // Activation returns at once; the server answers later.
    api = await extension.activate();
    await api.ready;
  });

  it('reports the expected findings on the grid with problems', async () => {
    const document = await open('constats.grille');
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'GR401'));
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`),
      ['1:1 GR214', '1:1 GR217', '5:47 GR202', '7:36 GR010', '10:16 GR401', '10:32 GR401', '10:45 GR401'],
    );
    const wrong = diagnostics.find((d) => codeOf(d) === 'GR401')!;
    assert.equal(plain(wrong.message), 'Sécu attendu 0,61 €, calculé 0,43 € : la Sécu paie 70 % de la BR de 0,61 €.');
    assert.ok(
      typeof wrong.code === 'object' && decodeURIComponent(wrong.code.target.toString(true)) === 'command:grille.showRule?["GR401"]',
      String(typeof wrong.code === 'object' && wrong.code.target),
    );
  });

  it('opens each sample and gets its findings: the broken one and the seed-article one as expected', async () => {
    const expected: Record<string, string[]> = {
      'casse.grille': [
        '3 GR214',
        '3 GR217',
        '5 GR007',
        '6 GR101',
        '7 GR010',
        '9 GR104',
        '10 GR001',
        '11 GR002',
        '11 GR502',
        '12 GR104',
        '12 GR113',
        '12 GR206',
        '15 GR004',
        '18 GR401',
        '18 GR401',
      ],
      'secteur3-article.grille': ['13 GR115', '23 GR401', '23 GR401', '23 GR401', '31 GR401', '31 GR401'],
      'essentiel.grille': ['47 GR403'],
      'confort-plus.grille': [],
      'entreprise-socle-option.grille': ['59 GR403'],
      'jorf-publiee.grille': [],
    };
    for (const [name, codes] of Object.entries(expected)) {
      const document = await open(name);
      // The inlay request answers once the server has the document: then the diagnostics are in.
      await vscode.commands.executeCommand('vscode.executeInlayHintProvider', document.uri, new vscode.Range(0, 0, 1, 0));
      const render = (d: readonly vscode.Diagnostic[]) => d.map((x) => `${x.range.start.line + 1} ${codeOf(x)}`).sort();
      const diagnostics = await diagnosticsOf(document.uri, (d) => JSON.stringify(render(d)) === JSON.stringify([...codes].sort()));
      assert.deepEqual(render(diagnostics), [...codes].sort(), name);
    }
  });

  it('hover on BR, TM, OPTAM and HN shows the glossary with the figure and its date', async () => {
    const document = await open('editeur.grille');
    const br = await hoverText(document, positionOf(document, '150 % BR', 7));
    assert.match(br, /BR — base de remboursement/);
    assert.match(br, /30,00 € \| 22\/12\/2024/);
    const scratch = await vscode.workspace.openTextDocument({
      language: 'grille',
      content:
        'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  consultation specialiste TM\n  consultation generaliste optam 150 % BR non_dptam 130 % BR\n  sophrologie hors_nomenclature 30 € par seance\n',
    });
    assert.match(await hoverText(scratch, positionOf(scratch, ' TM', 1)), /TM — ticket modérateur/);
    const optam = await hoverText(scratch, positionOf(scratch, 'optam', 1));
    assert.match(optam, /OPTAM \/ OPTAM-CO — DPTAM/);
    assert.match(optam, /23,00 € \| 01\/05\/2017/);
    assert.match(await hoverText(scratch, positionOf(scratch, 'hors_nomenclature', 2)), /HN — acte hors nomenclature/);
  });

  it('inlay hints show the previews in euros', async () => {
    const document = await open('editeur.grille');
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      document.uri,
      new vscode.Range(0, 0, document.lineCount, 0),
    );
    const labels = hints.map((h) => `${h.position.line + 1} ${plain(typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''))}`);
    assert.ok(labels.includes('5 DPTAM reste 2 € · Sécu 19 € · mutuelle 9 €'), labels.join('\n'));
    assert.ok(labels.includes('6 reste 20 € · Sécu 0 € · mutuelle 40 €'), labels.join('\n'));
    assert.ok(labels.includes('15 ✓ reste 7 € · Sécu 19 € · mutuelle 24 €'), labels.join('\n'));
    // The language's editor defaults the extension contributes.
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'grille' });
    assert.equal(editor.get('inlayHints.maximumLength'), 120);
    assert.equal(editor.get('tabSize'), 2);
  });

  it('« Expliquer »: a lens on the example only, the trace rendered in one reused tab that follows the cursor', async () => {
    const document = await open('editeur.grille');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    assert.deepEqual(
      lenses.map((l) => `${l.range.start.line + 1} ${l.command?.title}`),
      ['13 Expliquer'],
    );
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(4, 4, 4, 4);
    await vscode.commands.executeCommand('grille.expliquerIci');
    assert.match(plain(api.lastTrace() ?? ''), /^# Expliquer : Consultation de médecin généraliste/);
    assert.match(plain(api.lastTrace() ?? ''), /`br\.consultation_generaliste` = 30,00 € depuis le 22\/12\/2024 \(confirmé : /);
    // The trace's document is named in VS Code's display language (« Explain.md » in this English workbench).
    const name = api.traceUri.path.slice(1);
    const previews = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.label.includes(name));
    const deadline = Date.now() + 10_000;
    while (previews().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(previews().length, 1, 'the trace is rendered in a tab');
    // The example's lens: the same tab, its content replaced.
    await vscode.commands.executeCommand(lenses[0]!.command!.command, ...(lenses[0]!.command!.arguments ?? []));
    assert.match(plain(api.lastTrace() ?? ''), /^# Expliquer l'exemple « Généraliste OPTAM à 50 € »/);
    assert.equal(previews().length, 1, 'one tab, reused');
    // Moving the cursor to another line: the open trace follows it.
    const grid = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString())!;
    grid.selection = new vscode.Selection(5, 4, 5, 4);
    const follow = Date.now() + 10_000;
    while (!/^# Expliquer : Ostéopathie/.test(plain(api.lastTrace() ?? '')) && Date.now() < follow) await new Promise((r) => setTimeout(r, 100));
    assert.match(plain(api.lastTrace() ?? ''), /^# Expliquer : Ostéopathie/);
    assert.equal(previews().length, 1);
  });

  it('an example the engine cannot compute explains why', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'grille',
      content:
        'contrat "X" millesime 2026 non_responsable base ro_inclus\nposte "A"\n  consultation generaliste 100 % BR\nexemple "Date impossible"\n  acte consultation generaliste prix 30 € date 2026-02-30\n',
    });
    await vscode.window.showTextDocument(document);
    await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'GR004'));
    await vscode.commands.executeCommand('grille.expliquer', { uri: document.uri.toString(), kind: 'example', key: 0 });
    assert.match(plain(api.lastTrace() ?? ''), /\*\*Pas de calcul\*\*[\s\S]*GR004 — Date inexistante « 2026-02-30 »/);
  });

  it('Enter keeps the structure: nothing indented after the header, a section indents, a continuation line indents once more', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'grille', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    const typed = async (text: string) => {
      for (const chunk of text.split(/(\n)/)) if (chunk) await vscode.commands.executeCommand('type', { text: chunk });
    };
    await typed('contrat "X" millesime 2026 non_responsable base ro_inclus\nposte "A"\nconsultation specialiste\n');
    assert.deepEqual(document.getText().split('\n'), [
      'contrat "X" millesime 2026 non_responsable base ro_inclus',
      'poste "A"',
      '  consultation specialiste',
      '    ',
    ]);
    assert.equal(editor.options.tabSize, 2);
  });

  it('completion offers catalogue acts with their BR', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'grille',
      content: 'contrat "X" millesime 2026 responsable base ro_inclus\nposte "A"\n  \n',
    });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(2, 2));
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'consultation generaliste');
    assert.ok(item, 'consultation generaliste is offered');
    assert.equal(plain(String(item.detail)), 'Soins courants · BR 30,00 €');
  });

  it('a quick fix applies and removes its diagnostic', async () => {
    const uri = workspaceFile('ambigu.grille');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('contrat "X" millesime 2026 non_responsable\nposte "A"\n  consultation generaliste 200 % BR\n'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostics = await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'GR104'));
    const target = diagnostics.find((d) => codeOf(d) === 'GR104')!;
    // The server sends the actions without their edit; VS Code resolves the chosen one (here: up to 10).
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, undefined, 10);
    const fix = actions.find((a) => a.title === 'Préciser « ro_inclus » sur cette ligne');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(2).text, '  consultation generaliste 200 % BR ro_inclus');
    await diagnosticsOf(uri, (d) => !d.some((x) => codeOf(x) === 'GR104'));
  });

  it('a quick fix keeps the formulas side by side aligned, and one action corrects a whole « attendu » line', async () => {
    const uri = workspaceFile('aligne.grille');
    const text = [
      'contrat "X" millesime 2026 base ro_inclus',
      'formule "Socle"    responsable',
      'formule "Option 1" inclut_socle responsable',
      'poste "Hospitalisation"',
      '  frais de sejour         | 100 % BR                  | 100 % BR',
      '  forfait journalier      | 100 % FR, 30 jours par an | 100 % FR',
      '  autres actes rembourses | 100 % BR                  | 100 % BR',
      'exemple "Forfait journalier" formule "Socle"',
      '  acte forfait journalier prix 23 € date 2026-06-01',
      '  attendu secu 1 € mutuelle 2 €',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostics = await diagnosticsOf(uri, (d) => d.some((x) => codeOf(x) === 'GR206') && d.some((x) => codeOf(x) === 'GR401'));
    const limit = diagnostics.find((d) => codeOf(d) === 'GR206')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, limit.range, undefined, 10);
    const fix = actions.find((a) => a.title === 'Retirer la limite');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.deepEqual(
      [4, 5, 6].map((n) => document.lineAt(n).text),
      ['  frais de sejour         | 100 % BR | 100 % BR', '  forfait journalier      | 100 % FR | 100 % FR', '  autres actes rembourses | 100 % BR | 100 % BR'],
    );
    const wrong = (await diagnosticsOf(uri, (d) => !d.some((x) => codeOf(x) === 'GR206'))).find((d) => codeOf(d) === 'GR401')!;
    const onExample = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, wrong.range, undefined, 10);
    const all = onExample.find((a) => a.title === 'Corriger les 2 montants de cette ligne « attendu »');
    assert.ok(all?.edit, onExample.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    await diagnosticsOf(uri, (d) => !d.some((x) => codeOf(x) === 'GR401'));
  });

  it('editing a line updates its diagnostics and its preview', async () => {
    const uri = workspaceFile('edition.grille');
    await vscode.workspace.fs.copy(workspaceFile('editeur.grille'), uri, { overwrite: true });
    const document = await open('edition.grille');
    const line = 5; // osteopathie, 0-based
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.lineAt(line).range, '  osteopathie                50 € par seance, 4 seances par an');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, document.lineAt(line).range);
    assert.deepEqual(
      hints.map((h) => plain(typeof h.label === 'string' ? h.label : '')),
      ['reste 10 € · Sécu 0 € · mutuelle 50 €'],
    );
    const broken = new vscode.WorkspaceEdit();
    broken.replace(document.uri, document.lineAt(line).range, '  osteopathie                50 € par semaine');
    assert.ok(await vscode.workspace.applyEdit(broken));
    await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'GR010' && x.range.start.line === line));
  });
});

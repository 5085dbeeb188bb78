/**
 * The grid preview inside the real extension host: the command opens a webview beside the grid
 * (its page has a cell per formula and sector), the page follows an edit, and the export writes the
 * standalone page. The click on a cell is checked by what a person does (run-real-editor.ts,
 * grid-preview-dom.ts).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';

interface GrilleApi {
  gridPreview: { html(): string | undefined; nextUpdate(): Promise<string> };
}

let api: GrilleApi;

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

/** The preview's tab, once the workbench lists it (tab events may follow the command by a few ticks). */
async function previewTab(): Promise<vscode.Tab | undefined> {
  for (let i = 0; i < 50; i++) {
    const tab = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('grille.gridPreview'));
    if (tab) return tab;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

const cells = (html: string) => (html.match(/<td class="cell[^"]*" data-start=/g) ?? []).length;

describe('Grille grid preview in a real VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<GrilleApi>('grille.grille');
    assert.ok(extension);
    api = await extension.activate();
  });

  it('opens beside the grid with a column per formula and a cell per formula and sector', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('gamme-quatre-formules.grille'));
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('grille.apercuGrille');
    const html = api.gridPreview.html();
    assert.ok(html, 'the panel got its page');
    for (const name of ['Socle', 'Option 1', 'Option 2', 'Option 3']) assert.ok(html.includes(`>${name}</th>`), name);
    // 26 guarantee lines, 10 of them with two sector rows: 36 rows, 4 formulas, a few « - » cells included.
    assert.ok(cells(html) > 100, `${cells(html)} cells`);
    const tab = await previewTab();
    const tabs = vscode.window.tabGroups.all.flatMap((g) =>
      g.tabs.map((t) => `${t.label} ${t.input instanceof vscode.TabInputWebview ? t.input.viewType : typeof t.input}`),
    );
    assert.ok(tab, `a webview tab among ${JSON.stringify(tabs)}`);
    // The workbench's display language (English here) names the tab.
    assert.equal(tab.label, 'Preview: gamme-quatre-formules.grille');
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'beside the editor');
  });

  it('follows the author as they type (debounced)', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('gamme-quatre-formules.grille'));
    const next = api.gridPreview.nextUpdate();
    const edit = new vscode.WorkspaceEdit();
    const offset = document.getText().indexOf('formule "Option 3"');
    edit.replace(
      document.uri,
      new vscode.Range(document.positionAt(offset), document.positionAt(offset + 'formule "Option 3"'.length)),
      'formule "Option Trois"',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    const html = await next;
    assert.ok(html.includes('>Option Trois</th>'));
    const back = new vscode.WorkspaceEdit();
    const at = document.getText().indexOf('formule "Option Trois"');
    back.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + 'formule "Option Trois"'.length)), 'formule "Option 3"');
    assert.ok(await vscode.workspace.applyEdit(back));
  });

  it('exports the standalone page (no script) to a file', async () => {
    const target = workspaceFile('gamme-export.html');
    const written = await vscode.commands.executeCommand<vscode.Uri>('grille.exporterGrille', workspaceFile('gamme-quatre-formules.grille'), target);
    assert.equal(written?.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(html, /^<!doctype html>/);
    assert.ok(!html.includes('<script'));
    assert.ok(cells(html) > 100);
  });
});

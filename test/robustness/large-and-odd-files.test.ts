/**
 * A 10 MB grid, a binary file and an empty file, given to the language server and to the CLI:
 * clear diagnostics or messages, no crash.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentDiagnosticReport, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { generateGrid } from '../../bench/generate-grid';
import { repoRoot } from '../helpers';
import { LspSession } from '../lsp/lsp-harness';

const BIG = generateGrid(170_000);
const BINARY = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));

function items(report: DocumentDiagnosticReport): { code: string; message: string }[] {
  return (report as unknown as { items: { code: string; message: string }[] }).items;
}

describe('odd inputs in the language server', () => {
  let lsp: LspSession;
  before(async () => {
    lsp = await LspSession.start();
  });
  after(async () => {
    await lsp.stop();
  });

  it('a 10 MB grid gets its diagnostics, hover and previews', { timeout: 120_000 }, async () => {
    assert.ok(BIG.length > 9_500_000);
    const uri = await lsp.open(BIG);
    const report = await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(items(report), []);
    const hover = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 100_000, character: 4 } });
    assert.ok(hover);
    const hints = await lsp.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 100_000, character: 0 }, end: { line: 100_060, character: 0 } },
    });
    assert.ok(hints.length > 30);
    assert.ok(lsp.alive);
  });

  it('binary content and an empty document: findings, no crash', async () => {
    const binary = await lsp.open(BINARY.toString('latin1'));
    // One clear finding, not one per unexpected character.
    const found = items(await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: binary } }));
    assert.deepEqual(
      found.map((d) => d.code),
      ['GR102'],
    );
    assert.match(found[0]!.message, /n'est pas une grille/);
    const empty = await lsp.open('');
    assert.deepEqual(
      items(await lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: empty } })).map((d) => d.code),
      ['GR102'],
    );
    assert.ok(lsp.alive);
  });
});

describe('odd inputs in the CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-odd-'));
  fs.writeFileSync(path.join(dir, 'grande.grille'), BIG);
  fs.writeFileSync(path.join(dir, 'binaire.grille'), BINARY);
  fs.writeFileSync(path.join(dir, 'vide.grille'), '');
  const grille = (args: string[]) =>
    spawnSync(process.execPath, [path.join(repoRoot(), 'bin', 'grille.js'), ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });

  it('a 10 MB grid is checked', { timeout: 120_000 }, () => {
    const run = grille(['check', 'grande.grille']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '1 fichier(s), 0 erreur(s), 0 avertissement(s).\n');
  });

  it('a binary file: exit 2 and a clear message; an empty file: a finding', () => {
    const binary = grille(['check', 'binaire.grille']);
    assert.equal(binary.status, 2);
    assert.equal(binary.stderr, "grille : binaire.grille n'est pas une grille (fichier binaire).\n");
    const empty = grille(['check', 'vide.grille']);
    assert.equal(empty.status, 1);
    assert.match(empty.stdout, /^vide\.grille:1:1: erreur GR102/);
  });
});

/** The `grille` command run for real, as a subprocess: output text and exit codes. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dedent, repoRoot } from '../helpers';

function grille(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(repoRoot(), 'bin', 'grille.js'), ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempGrid(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grille-cli-'));
  const file = path.join(dir, 'grille.grille');
  fs.writeFileSync(file, text);
  return file;
}

const CLEAN = dedent(`
  contrat "Test" millesime 2026 non_responsable base ro_inclus
  poste "Soins courants"
    consultation generaliste dptam 150 % BR non_dptam 130 % BR
  exemple "R2"
    acte consultation generaliste dptam prix 50 €
    attendu secu 19 € mutuelle 24 € reste 7 €
`);

describe('grille check', () => {
  it('a clean grid: exit 0', () => {
    const run = grille(['check', tempGrid(CLEAN)]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /0 erreur\(s\), 0 avertissement\(s\)\./);
  });

  it('a wrong expected amount: exit 1, the finding with its source line and a caret', () => {
    const file = tempGrid(CLEAN.replace('mutuelle 24 €', 'mutuelle 25 €'));
    const run = grille(['check', file]);
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], `${file}:6:30: erreur GR401 mutuelle attendu 25,00 €, calculé 24,00 € : formule (colonne DPTAM) : 150 % BR Sécu incluse : min(50,00 €, 45,00 €) − 21,00 € = 24,00 €.`);
    assert.equal(lines[1], '    attendu secu 19 € mutuelle 25 € reste 7 €');
    assert.equal(lines[2], ' '.repeat(2 + 29) + '^^');
  });

  it('a missing file: exit 2 and a clear message, no stack trace', () => {
    const run = grille(['check', '/nonexistent/grid.grille']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trim(), 'grille : fichier ou dossier introuvable : /nonexistent/grid.grille');
  });

  it('an unknown command: exit 2 with the usage', () => {
    const run = grille(['verifier']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Commande inconnue « verifier »/);
  });
});

describe('grille explain', () => {
  it('prints the trace of a line with the parameters and their dates', () => {
    const run = grille(['explain', `${tempGrid(CLEAN)}:3`]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Consultation de médecin généraliste — DPTAM — Sécu 19,00 € · mutuelle 9,00 € · reste 2,00 €$/m);
    assert.match(run.stdout, /br\.consultation_generaliste = 30 depuis le 2024-12-22/);
    assert.match(run.stdout, /Formule \(colonne non DPTAM\) : 130 % BR Sécu incluse : min\(40,00 €, 29,90 €\) − 16,10 € = 13,80 €\./);
  });
});

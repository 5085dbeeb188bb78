/**
 * `grille import`: tables an author already has — an insurer's workbook of four formulas with
 * merged section rows and merged cells, a CSV saved by Excel in French (`;`, decimal commas, a
 * BOM, or Windows-1252), an HTML table saved from an insurer's page (thead, rowspan, colspan,
 * no-break spaces, footnote marks) — read into a formatted `.grille` draft. The drafts and the
 * summaries are expected files (test/cli/fixtures/import/*.expected, refreshed with
 * UPDATE_EXPECT=1); the inputs are built by fixtures/import/make-fixtures.ts.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { ruleInfo } from '../../server/src/core/rules/registry';
import { formatGrid } from '../../server/src/services/formatting';
import { repoRoot } from '../helpers';
import { expectFile } from '../services/fixture';
import { buildWorkbook, FIXTURES } from './fixtures/import/make-fixtures';
import { grille, tempDir } from './run-grille';

const input = (name: string) => path.join('test', 'cli', 'fixtures', 'import', name);

/** The review lines of a summary: `<stdout>:LINE:COLUMN IMPxxx REF …` → [line, column, code]. */
function reviewPlaces(stderr: string): [number, number, string][] {
  return [...stderr.matchAll(/^ {2}\S+:(\d+):(\d+) (IMP\d{3}) /gm)].map((m) => [Number(m[1]), Number(m[2]), m[3]!]);
}

/**
 * The draft's findings that say the language did not read something (syntax errors, GR111), as
 * `line:column CODE`: they must be exactly the cells the summary lists to review (IMP003).
 */
function notReadFindings(draft: string): string[] {
  const analysis = analyze(draft);
  return analysis.diagnostics
    .filter((d) => d.severity === 'error' && (ruleInfo(d.code)?.category === 'syntaxe' || d.code === 'GR111'))
    .map((d) => {
      const p = analysis.lineIndex.positionAt(d.range.start);
      return `${p.line + 1}:${p.character + 1}`;
    });
}

function importOf(name: string, args: string[] = []) {
  const run = grille(['import', input(name), ...args]);
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return run;
}

for (const [name, summaryIncludes] of [
  ['gamme-horizon.xlsx', /actes : colonne A ; formules : B « Socle », C « Option 1 », D « Option 2 », E « Option 3 » \(en-tête ligne 3\)/],
  [
    'gamme.csv',
    /séparateur « ; » \(détecté\)\n {2}actes : colonne B ; formules : C « Essentiel », D « Confort », E « Prestige » \(en-tête ligne 3\)\n {2}postes : colonne A/,
  ],
  ['assureur.html', /actes : colonne A ; formules : B « Formule 1 », C « Formule 2 », D « Formule 3 » \(en-tête ligne 2\)/],
] as const) {
  describe(`grille import ${name}`, () => {
    it('writes the expected draft on stdout and the expected summary on stderr', (t) => {
      const run = importOf(name);
      expectFile(path.join(FIXTURES, `${name}.expected`), run.stdout, t);
      expectFile(path.join(FIXTURES, `${name}.summary.expected`), run.stderr, t);
      assert.match(run.stderr, summaryIncludes);
    });

    it('the draft analyses with no syntax error but at the cells the summary sends to review, each at its place', () => {
      const run = importOf(name);
      const cells = reviewPlaces(run.stderr)
        .filter(([, , code]) => code === 'IMP003')
        .map(([line, column]) => `${line}:${column}`);
      assert.deepEqual(notReadFindings(run.stdout), cells);
      // Every place the summary gives is a line of the draft; a cell's is the cell's first character.
      const lines = run.stdout.split('\n');
      for (const [line, column, code] of reviewPlaces(run.stderr)) {
        const text = lines[line - 1] ?? '';
        assert.ok(text.length >= column, `${code} at ${line}:${column} is past « ${text} »`);
        assert.notEqual(text[column - 1], ' ', `${code} at ${line}:${column} points at a space in « ${text} »`);
      }
      // The draft is formatted already: the formatter changes nothing in it.
      assert.deepEqual(formatGrid(analyze(run.stdout)), []);
      // Exit 1 when there is something to review, 0 when not.
      assert.equal(run.code, reviewPlaces(run.stderr).length > 0 ? 1 : 0);
    });
  });
}

describe('grille import: what a spreadsheet means', () => {
  const draft = importOf('gamme-horizon.xlsx').stdout;

  it('a row merged across the table is a section; a sector row (« Médecins adhérents DPTAM ») is a sector column of the act above', () => {
    assert.match(draft, /^poste "Hospitalisation"$/m);
    assert.match(
      draft,
      /^ {2}honoraires chirurgicaux "Honoraires chirurgicaux et d'anesthésie"\n {4}dptam +\| 100 % BR \| 150 % BR +\| 200 % BR +\| 300 % BR\n {4}non_dptam +\| 100 % BR \| 130 % BR/m,
    );
  });

  it('a value merged across the four formulas is one guarantee for every formula; one merged down two rows is in both', () => {
    assert.match(draft, /^ {2}frais sejour +100 % BR$/m);
    assert.match(draft, /^ {2}biologie +\| 100 % BR \| 100 % BR +\| 150 % BR/m);
    assert.match(draft, /^ {2}imagerie +\| 100 % BR \| 100 % BR +\| 150 % BR/m);
  });

  it('a percentage stored as a number with a percent format reads as printed (1.25 → 125 %)', () => {
    assert.match(draft, /^ {2}couronne tarifs maitrises +\| 125 % +\| 200 %/m);
  });

  it('an unknown label becomes a hors_nomenclature line, marked for review; a note row a note; a text row a comment', () => {
    assert.match(
      draft,
      /# à revoir IMP001 \(A18\) : « Bilan podologique » n'est pas un acte du catalogue : ligne hors nomenclature\.\n {2}bilan podologique hors_nomenclature "Bilan podologique"/,
    );
    assert.match(draft, /^note \(1\) "Dans la limite de 30 jours par an en psychiatrie\."$/m);
    assert.match(draft, /# Les montants incluent le remboursement de la Sécurité sociale\./);
  });

  it('a cell the language does not read keeps its text in place and is named above its row with the language finding', () => {
    assert.match(draft, /# à revoir IMP003 \(E19\) : « Option 3 » : « selon barème » ne se lit pas \(GR005 /);
    assert.match(draft, /^ {2}medecines douces \| - \| 2 séances\/an à 40 € \| 3 séances\/an à 40 € \| selon barème$/m);
  });

  it('the workbook built afresh by make-fixtures.ts imports to the committed draft', async () => {
    const dir = tempDir({});
    await buildWorkbook().xlsx.writeFile(path.join(dir, 'gamme-horizon.xlsx'));
    const fresh = grille(['import', 'gamme-horizon.xlsx'], { cwd: dir });
    assert.equal(fresh.stdout, draft);
  });
});

describe('grille import: CSV as spreadsheets save it', () => {
  it('a Windows-1252 file is read as such and said so; the draft is the UTF-8 one', () => {
    const utf8 = importOf('gamme.csv');
    const latin1 = importOf('gamme-latin1.csv');
    assert.equal(latin1.stdout.replace('gamme-latin1.csv', 'gamme.csv'), utf8.stdout);
    assert.match(latin1.stderr, /gamme-latin1\.csv n'est pas en UTF-8 : lu en Windows-1252/);
    assert.doesNotMatch(utf8.stderr, /UTF-8/);
  });

  it('French decimals stay in their cell with « ; » separators; a quoted cell over two lines is one cell; the BOM is not part of the first cell', () => {
    const { stdout } = importOf('gamme.csv');
    assert.match(stdout, /chambre particuliere +\| 30 € par nuit \| 45,50 € par nuit \| 2,5 % PMSS par jour/);
    assert.match(stdout, /osteopathie +\| - +\| 40 € par séance, 4 par an \| 50 € par séance, 5 par an/);
    assert.match(stdout, /^contrat "Tableau des garanties Mutuelle des Tilleuls 2026" millesime 2026/m);
  });

  it('the columns said by the options give the same draft as the ones found', () => {
    const found = importOf('gamme.csv').stdout;
    const said = importOf('gamme.csv', ['--header-row', '3', '--acts-column', 'Garanties', '--formula-columns', 'C-E', '--separator', ';']).stdout;
    assert.equal(said, found);
  });

  it('one formula column: rows without cells, no formule declaration', () => {
    const { stdout } = importOf('gamme.csv', ['--formula-columns', 'Essentiel']);
    assert.doesNotMatch(stdout, /^formule /m);
    assert.match(stdout, /^ {2}honoraires chirurgicaux +100 % BR$/m);
  });
});

describe('grille import: files and options', () => {
  it('--out writes the draft; an existing file is kept unless --force', () => {
    const dir = tempDir({ 'gamme.csv': fs.readFileSync(path.join(FIXTURES, 'gamme.csv')), 'existant.grille': 'garder\n' });
    const first = grille(['import', 'gamme.csv', '--out', 'brouillon.grille'], { cwd: dir });
    assert.equal(first.code, 1, first.stderr);
    assert.equal(first.stdout, '');
    assert.match(first.stderr, /gamme\.csv → brouillon\.grille/);
    assert.match(first.stderr, /brouillon\.grille:\d+:\d+ IMP003/);
    assert.equal(fs.readFileSync(path.join(dir, 'brouillon.grille'), 'utf8'), importOf('gamme.csv').stdout);
    const refused = grille(['import', 'gamme.csv', '--out', 'existant.grille'], { cwd: dir });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /existant\.grille existe déjà : le brouillon n'est pas écrit \(--force pour le remplacer\)/);
    assert.equal(fs.readFileSync(path.join(dir, 'existant.grille'), 'utf8'), 'garder\n');
    assert.equal(grille(['import', 'gamme.csv', '--out', 'existant.grille', '--force'], { cwd: dir }).code, 1);
    assert.match(fs.readFileSync(path.join(dir, 'existant.grille'), 'utf8'), /^# Brouillon écrit par « grille import »/);
  });

  it('refuses with exit 2 and a message: an .ods file, an unknown sheet (with a did-you-mean), a bad header row, a missing file', () => {
    const dir = tempDir({ 'g.ods': 'x', 'g.csv': 'a;b\n' });
    const ods = grille(['import', 'g.ods'], { cwd: dir });
    assert.equal(ods.code, 2);
    assert.match(ods.stderr, /le format \.ods n'est pas lu ; enregistrez le classeur en \.xlsx/);
    const sheet = grille(['import', input('gamme-horizon.xlsx'), '--sheet', 'Horizon 2025']);
    assert.equal(sheet.code, 2);
    assert.match(sheet.stderr, /--sheet « Horizon 2025 » : pas de feuille de ce nom ni de ce rang \(vouliez-vous dire « Horizon 2026 » \?\)/);
    const header = grille(['import', input('gamme.csv'), '--header-row', 'trois']);
    assert.equal(header.code, 2);
    assert.match(header.stderr, /--header-row « trois » : un numéro de ligne/);
    const missing = grille(['import', 'absent.csv'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /lecture impossible de absent\.csv/);
    const none = grille(['import', 'g.csv'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /aucune colonne de garanties trouvée/);
  });

  it('the table readers are loaded by import only: check does not load exceljs, csv-parse nor parse5, and the language server bundle holds none', () => {
    const probe = spawnSync(
      process.execPath,
      [
        '-e',
        `process.argv=[process.argv[0],'grille','check','samples'];require('./bin/grille.js');process.on('exit',()=>process.stderr.write(JSON.stringify(Object.keys(require.cache))))`,
      ],
      { cwd: repoRoot(), encoding: 'utf8' },
    );
    const loaded = (JSON.parse(probe.stderr.slice(probe.stderr.indexOf('['))) as string[]).join('\n');
    for (const library of ['exceljs', 'csv-parse', 'parse5']) assert.doesNotMatch(loaded, new RegExp(`node_modules[\\\\/]${library}[\\\\/]`), library);
    const bundle = path.join(repoRoot(), 'dist', 'server.js');
    if (fs.existsSync(bundle)) assert.doesNotMatch(fs.readFileSync(bundle, 'utf8'), /exceljs|csv-parse/);
  });
});

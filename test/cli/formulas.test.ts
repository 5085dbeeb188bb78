/**
 * The real `grille` command on a grid of formulas side by side (fixtures/formulas/gamme.grille):
 * `table` with one column per formula (the Markdown and CSV outputs are expected files, refreshed
 * with UPDATE_EXPECT=1), `explain` naming the formula and explaining one chosen by name, by rank or
 * by the column of its cell, `examples` naming the formula of each act, SARIF messages that carry
 * the formula's name, and `demo`.
 *
 * Amounts (2026 figures, docs/parameters.md): consultation generaliste at 50 €, BR 30 €, Sécu 70 %
 * = 21 € less the 2 € participation forfaitaire: 19 €. Socle 100 % BR: 30 − 21 = 9 €; Option 1
 * (inclut_socle) 150 % BR: 45 − 21 = 24 €; Option 2 (en_sus) the socle's 9 € plus 100 % BR capped
 * at 50 − 21 − 9 = 20 €: 29 €; Prestige alone at 50 % BR pays nothing.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { repoRoot } from '../helpers';
import { expectFile } from '../services/fixture';
import { grille, tempDir } from './run-grille';
import { sarifErrors } from './sarif-schema';

const FOLDER = path.join(repoRoot(), 'test', 'cli', 'fixtures', 'formulas');
const GRID = 'test/cli/fixtures/formulas/gamme.grille';

/** The lines of an explanation that say what is computed and its amounts (the steps' sources may change with the parameters). */
const headlines = (stdout: string) => stdout.split('\n').filter((l) => /^(Formule|Cellule|Ligne sans|Secteur|  Sécu|  incalculable)/.test(l));

describe('grille table: one column per formula', () => {
  it('markdown: the formulas and their status above the table, each cell its guarantee and amounts, a finding in its cell', (t) => {
    const run = grille(['table', GRID]);
    assert.equal(run.code, 1, run.stderr);
    expectFile(path.join(FOLDER, 'table.md.expected'), run.stdout, t);
    assert.match(run.stderr, /gamme\.grille:11:82: erreur GR202 « Option 2 » : Contrat responsable/);
  });

  it('csv: three columns per formula (guarantee, mutuelle, reste) for spreadsheets', (t) => {
    const run = grille(['table', '--format', 'csv', GRID]);
    expectFile(path.join(FOLDER, 'table.csv.expected'), run.stdout, t);
  });

  it('html: the grid preview as a standalone page, a header cell per formula and the legend, the finding in its cell, no script', () => {
    const run = grille(['table', '--format', 'html', GRID]);
    assert.equal(run.code, 1, run.stderr);
    const html = run.stdout.replace(/[\u00a0\u202f]/g, ' ');
    assert.match(
      html,
      /<th scope="col">Sécu<\/th><th scope="col" class="column"[^>]*>Socle<\/th><th scope="col" class="column"[^>]*>Option 1<\/th><th scope="col" class="column"[^>]*>Option 2<\/th><th scope="col" class="column"[^>]*>Prestige<\/th>/,
    );
    assert.match(html, /<li><strong>Option 1<\/strong> : non responsable ; montants socle compris \(inclut_socle\)<\/li>/);
    assert.match(html, /<li class="error" title="GR202 \(ligne 11\)/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
    assert.doesNotMatch(html, /<script/);
    // The same page as the editor's export: the same bytes at each run.
    assert.equal(grille(['table', '--format', 'html', GRID]).stdout, run.stdout);
  });
});

describe('grille explain: formulas side by side', () => {
  it('a row without --formule: every formula in turn, named, with its cell', () => {
    const run = grille(['explain', `${GRID}:11`, '--prix', '50']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(headlines(run.stdout), [
      'Formule « Socle » (1 sur 4) : responsable ; le socle (première formule).',
      'Cellule : 100 % BR',
      'Secteur : secteur1',
      '  Sécu 19,00 € · mutuelle 9,00 € · reste 22,00 € (prix 50,00 €, le 2026-01-01)',
      'Formule « Option 1 » (2 sur 4) : non responsable ; montants socle compris (inclut_socle).',
      'Cellule : 150 % BR',
      'Secteur : secteur1',
      '  Sécu 19,00 € · mutuelle 24,00 € · reste 7,00 € (prix 50,00 €, le 2026-01-01)',
      'Formule « Option 2 » (3 sur 4) : responsable ; en plus du socle (en_sus_du_socle).',
      'Cellule : 100 % BR en_sus',
      'Secteur : secteur1',
      '  Sécu 19,00 € · mutuelle 29,00 € · reste 2,00 € (prix 50,00 €, le 2026-01-01)',
      "Formule « Prestige » (4 sur 4) : non responsable ; formule seule : elle ne s'ajoute pas au socle.",
      'Cellule : 50 % BR',
      'Secteur : secteur1',
      '  Sécu 19,00 € · mutuelle 0,00 € · reste 31,00 € (prix 50,00 €, le 2026-01-01)',
    ]);
    assert.match(run.stdout, /Option : Formule « Option 1 » \(ses montants incluent le socle\)\./);
  });

  it('--formule by name (any case) or by rank; FILE:LINE:COLUMN the formula and the sector of that cell', () => {
    const byName = grille(['explain', `${GRID}:11`, '--prix', '50', '--formule', 'option 2']);
    const byRank = grille(['explain', `${GRID}:11`, '--prix', '50', '--formule', '3']);
    assert.equal(byName.code, 0, byName.stderr);
    assert.equal(byName.stdout, byRank.stdout);
    assert.deepEqual(headlines(byName.stdout).slice(0, 2), [
      'Formule « Option 2 » (3 sur 4) : responsable ; en plus du socle (en_sus_du_socle).',
      'Cellule : 100 % BR en_sus',
    ]);
    // Line 15, column 50: the non_dptam row, in Option 1's cell « 180 % BR ».
    const cell = grille(['explain', `${GRID}:15:50`, '--prix', '60']);
    assert.equal(cell.code, 0, cell.stderr);
    assert.deepEqual(headlines(cell.stdout), [
      'Formule « Option 1 » (2 sur 4) : non responsable ; montants socle compris (inclut_socle).',
      'Cellule : dptam 200 % BR ; non_dptam 180 % BR',
      'Secteur : non_dptam',
      '  Sécu 15,50 € · mutuelle 27,50 € · reste 17,00 € (prix 60,00 €, le 2026-01-01)',
    ]);
    // --option with a formula's name is the same as --formule.
    assert.equal(grille(['explain', `${GRID}:11`, '--prix', '50', '--option', 'Option 2']).stdout, byName.stdout);
  });

  it('a row without cells: one explanation, said to be the same for every formula', () => {
    const run = grille(['explain', `${GRID}:9`]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(headlines(run.stdout).slice(0, 2), [
      'Formule « Socle » (1 sur 4) : responsable ; le socle (première formule).',
      'Ligne sans cellules : la même pour toutes les formules.',
    ]);
  });

  it('a wrong formula, a column outside the cells, or --formule on a grid without formulas: exit 2 with why', () => {
    const plainGrid = tempDir({
      'g.grille': 'contrat "x" millesime 2026 responsable base ro_inclus\nposte "Soins courants"\n  consultation generaliste 100 % BR\n',
    });
    const runs = [
      grille(['explain', `${GRID}:11`, '--formule', 'Prestij']),
      grille(['explain', `${GRID}:11`, '--formule', '5']),
      grille(['explain', `${GRID}:11`, '--formule', '1', '--option', 'Option 1']),
      grille(['explain', `${GRID}:11:5`]),
      grille(['explain', 'g.grille:3', '--formule', '1'], { cwd: plainGrid }),
    ];
    assert.deepEqual(
      runs.map((r) => `${r.code} ${r.stderr.trimEnd()}`),
      [
        '2 grille : --formule : formule inconnue « Prestij ». Vouliez-vous dire « Prestige » ? Formules de la grille : Socle, Option 1, Option 2, Prestige.',
        '2 grille : --formule : la grille a 4 formules (1 à 4), pas « 5 ».',
        "2 grille : --formule et --option : donnez l'une ou l'autre.",
        "2 grille : ligne 11, colonne 5 : pas dans la cellule d'une formule (donnez --formule ou FICHIER:LIGNE).",
        "2 grille : --formule : la grille n'a pas de formules côte à côte (« 1 »).",
      ],
    );
  });
});

describe('grille examples, check --format sarif and demo: the formula is named', () => {
  it('examples: each act with the formula it is computed with', () => {
    const run = grille(['examples', GRID]);
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(run.stdout.split('\n'), [
      `✓ ${GRID}:18 « Généraliste, Option 1 » (formule « Option 1 ») consultation generaliste : Sécu 19,00 € · mutuelle 24,00 € · reste 7,00 €`,
      `= ${GRID}:21 « Généraliste, chaque formule » (formule « Socle ») consultation generaliste : Sécu 19,00 € · mutuelle 9,00 € · reste 22,00 €`,
      `= ${GRID}:22 « Généraliste, chaque formule » (formule « Option 2 ») consultation generaliste : Sécu 19,00 € · mutuelle 29,00 € · reste 2,00 €`,
      `= ${GRID}:23 « Généraliste, chaque formule » (formule « Prestige ») consultation generaliste : Sécu 19,00 € · mutuelle 0,00 € · reste 31,00 €`,
      '4 exemple(s) conforme(s), 0 en écart.',
      '',
    ]);
  });

  it('sarif: valid, and a finding on a cell names the formula and points into that cell', () => {
    const run = grille(['check', '--format', 'sarif', GRID]);
    assert.equal(run.code, 1);
    const log = JSON.parse(run.stdout);
    assert.deepEqual(sarifErrors(log), []);
    const found = (
      log.runs[0].results as {
        ruleId: string;
        message: { text: string };
        locations: { physicalLocation: { region: { startLine: number; startColumn: number; endColumn: number } } }[];
      }[]
    )
      .filter((r) => r.ruleId === 'GR202' || r.ruleId === 'GR116')
      .map((r) => {
        const region = r.locations[0]!.physicalLocation.region;
        return `${region.startLine}:${region.startColumn}-${region.endColumn} ${r.ruleId} ${r.message.text.split(' : ')[0]}`;
      });
    // Line 11: « 100 % BR en_sus » (Option 2's cell) at columns 82–97, « 50 % BR » (Prestige's) at 100–107.
    assert.deepEqual(found, ['11:82-97 GR202 « Option 2 »', '11:100-107 GR116 « Prestige »']);
  });

  it('demo: each formula’s cells with its name', () => {
    const run = grille(['demo', 'test/cli/fixtures/formulas']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ {4}11 {2}Consultation de médecin généraliste \[formule Option 1\], 30,00 € : Sécu 19,00 € · mutuelle 9,00 € · reste 2,00 €$/m);
    assert.match(
      run.stdout,
      /^ {4}13 {2}Consultation de médecin spécialiste \[formule Prestige\] \(non DPTAM\), 60,00 € : Sécu 15,50 € · mutuelle 32,50 € · reste 12,00 €$/m,
    );
  });
});

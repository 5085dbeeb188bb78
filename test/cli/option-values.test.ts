/**
 * Issue 13 (8): the options of `grille explain` and `check --max-warnings` are read as strictly as
 * the language reads the same values (an amount in cents, a quantity and an age within GR111's
 * bounds), and a case the engine cannot compute is exit 1, as docs/cli.md says.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { dedent } from '../helpers';
import { grille, tempDir } from './run-grille';

const GRID = dedent(`
  contrat "Test" millesime 2026 non_responsable base ro_inclus
  poste "Soins courants"
    consultation generaliste   dptam 200 % BR   non_dptam 180 % BR   non_conventionne 200 % BR
  poste "Hospitalisation"
    chambre particuliere       2 % PMSS par jour, 60 jours par an
`);
const cwd = tempDir({ 'g.grille': GRID });
const explain = (line: number, ...options: string[]) => {
  const r = grille(['explain', `g.grille:${line}`, ...options], { cwd, timeout: 20_000 });
  return `${r.code} ${r.stderr.trimEnd()}`;
};

describe('grille explain: option values', () => {
  it('--prix: an amount in cents, as in the language; more decimals, a « 1.000 » (thousands or decimals?) or other text is exit 2', () => {
    assert.deepEqual(
      ['10,555', '10.555', '1.000', 'abc', '-5', '1e3', '0x10', '', '50 € 20', '1 000 000 000'].map((price) => explain(3, '--prix', price)),
      [
        '2 grille : --prix : un montant en euros a au plus deux décimales (les centimes), pas « 10,555 ».',
        '2 grille : --prix : « 10.555 » est ambigu (séparateur des milliers ou décimales ?) : écrivez 10555.',
        '2 grille : --prix : « 1.000 » est ambigu (séparateur des milliers ou décimales ?) : écrivez 1000 ou 1,000.',
        '2 grille : --prix : un montant en euros est attendu (50, 49,90, 1 234,56 €), pas « abc ».',
        '2 grille : --prix : un montant en euros est attendu (50, 49,90, 1 234,56 €), pas « -5 ».',
        '2 grille : --prix : un montant en euros est attendu (50, 49,90, 1 234,56 €), pas « 1e3 ».',
        '2 grille : --prix : un montant en euros est attendu (50, 49,90, 1 234,56 €), pas « 0x10 ».',
        '2 grille : --prix : un montant en euros est attendu (50, 49,90, 1 234,56 €), pas «  ».',
        '2 grille : --prix : un montant en euros est attendu (50, 49,90, 1 234,56 €), pas « 50 € 20 ».',
        // Past the language's 9 digits before the decimal separator (GR012 in a grid).
        '2 grille : --prix : « 1 000 000 000 » est hors limites (au plus 9 chiffres avant la virgule).',
      ],
    );
  });

  it('--prix as the language writes it: French or English decimals, grouped thousands, a euro sign', () => {
    for (const [price, shown] of [
      ['49,90', '49,90 €'],
      ['49.9', '49,90 €'],
      ['1 234,56 €', '1 234,56 €'],
      ['60€', '60,00 €'],
    ]) {
      const r = grille(['explain', 'g.grille:3', '--secteur', '1', '--prix', price!], { cwd });
      assert.equal(r.code, 0, `${price}: ${r.stderr}`);
      assert.match(r.stdout, new RegExp(`\\(prix ${shown}, le 2026-01-01\\)`), price);
    }
  });

  it("--quantite: a whole number from 1 to 366, as an example's « quantite »; 99999999 days is refused, not a crash", () => {
    assert.deepEqual(
      ['99999999', '367', '0', '1,5', '0x10', '1e2', ' '].map((quantity) => explain(5, '--quantite', quantity)),
      [
        '2 grille : --quantite : un entier de 1 à 366 est attendu, pas « 99999999 ».',
        '2 grille : --quantite : un entier de 1 à 366 est attendu, pas « 367 ».',
        '2 grille : --quantite : un entier de 1 à 366 est attendu, pas « 0 ».',
        '2 grille : --quantite : un entier de 1 à 366 est attendu, pas « 1,5 ».',
        '2 grille : --quantite : un entier de 1 à 366 est attendu, pas « 0x10 ».',
        '2 grille : --quantite : un entier de 1 à 366 est attendu, pas « 1e2 ».',
        '2 grille : --quantite : un entier de 1 à 366 est attendu, pas «   ».',
      ],
    );
    const stay = grille(['explain', 'g.grille:5', '--quantite', '366', '--date', '2026-12-31', '--prix', '80'], { cwd });
    assert.equal(stay.code, 0, stay.stderr);
    assert.match(stay.stdout, /Séjour à cheval sur deux années : 1 jour en 2026, puis 365 à partir du/);
  });

  it("--age: a whole number from 0 to 130, as an example's « age »", () => {
    assert.deepEqual(
      ['131', '0x10', '-1', '12,5'].map((age) => explain(3, '--age', age)),
      [
        '2 grille : --age : un âge en années est attendu (entier de 0 à 130), pas « 131 ».',
        '2 grille : --age : un âge en années est attendu (entier de 0 à 130), pas « 0x10 ».',
        '2 grille : --age : un âge en années est attendu (entier de 0 à 130), pas « -1 ».',
        '2 grille : --age : un âge en années est attendu (entier de 0 à 130), pas « 12,5 ».',
      ],
    );
    assert.equal(explain(3, '--age', '130'), '0 ');
  });

  it('a case the engine cannot compute (no BR at that date) is « incalculable » and exit 1', () => {
    const r = grille(['explain', 'g.grille:3', '--secteur', '1', '--date', '1900-01-01'], { cwd });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^ {2}incalculable : Paramètre « BR consultation de médecin généraliste/m);
    assert.equal(explain(3, '--secteur', '1', '--date', '2026-03-02'), '0 ');
  });
});

describe('grille check --max-warnings', () => {
  it('a plain non-negative decimal integer; 0x10, 1e1, 1.0, an empty or spaced value are usage errors', () => {
    for (const value of ['0x10', '1e1', '1.0', '', ' 1', '+1', '-0']) {
      const r = grille(['check', '--max-warnings', value, 'g.grille'], { cwd });
      assert.equal(r.code, 2, `« ${value} »: ${r.stdout}`);
      assert.match(r.stderr, /un entier positif ou nul en chiffres décimaux est attendu/, value);
    }
    assert.equal(grille(['check', '--max-warnings', '10', 'g.grille'], { cwd }).code, 0);
  });
});

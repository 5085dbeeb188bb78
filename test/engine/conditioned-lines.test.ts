/**
 * Lines printed for a case (docs/language.md « Conditions d'une ligne »): by age, kind of stay,
 * establishment, ALD. The engine takes the most specific line the case meets, else the act's line
 * without conditions; when the act has lines for other cases only, the mutuelle pays nothing and
 * GR404 says so — never another line's figures.
 *
 * Private rooms have no BR: the Sécu pays nothing, the mutuelle its forfait per night up to the
 * price. Orthodontics (BR 193,50 € a semester, Sécu 100 % before 16): docs/parameters.md.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { parse } from '../../server/src/core/syntax/blocks';
import { dedent, euros, renderDiagnostics } from '../helpers';

const GRID = dedent(`
  contrat "Conditions" millesime 2026 responsable base ro_inclus
  poste "Hospitalisation"
    forfait journalier 100 % FR
    chambre particuliere (médecine, chirurgie) 50 € par nuit
    chambre particuliere (psychiatrie) 45 € par nuit
    chambre particuliere (enfant jusqu'à 16 ans, hors ALD) 70 € par nuit
    chambre particuliere (ambulatoire) 20 € par jour
  poste "Dentaire"
    orthodontie (enfant de moins de 16 ans) 200 % BR
`);

/** `mutuelle · reste` of each act of an example appended to the grid. */
function mutuelle(example: string): string[] {
  const analysis = analyze(GRID + dedent(example));
  return analysis.examples.flatMap((e) => e.events.map((ev) => (ev.total ? `${euros(ev.total.mutuelle)} · ${euros(ev.total.reste)}` : 'incalculable')));
}

describe('conditions of a line: the syntax', () => {
  it('reads ages, stays, establishment and ALD as printed in parentheses, accents or not', () => {
    const conditions = (line: string) => {
      const document = parse(`poste "x"\n  ${line}\n`);
      const section = document.items[0];
      assert.ok(section?.kind === 'section');
      return section.lines[0]!.conditions?.items.map((c) => ({ ...c, range: undefined }));
    };
    assert.deepEqual(conditions('chambre particuliere (médecine, chirurgie) 50 € par nuit'), [
      { kind: 'stay', value: 'mco', range: undefined },
      { kind: 'stay', value: 'mco', range: undefined },
    ]);
    assert.deepEqual(conditions('orthodontie (enfant de moins de 16 ans) 200 % BR'), [{ kind: 'age', below: 16, range: undefined }]);
    assert.deepEqual(conditions("orthodontie (jusqu'à 16 ans) 200 % BR"), [{ kind: 'age', below: 17, range: undefined }]);
    assert.deepEqual(conditions('orthodontie (60 ans et plus) 200 % BR'), [{ kind: 'age', from: 60, range: undefined }]);
    assert.deepEqual(conditions('chambre particuliere (SSR, hors ALD) 30 € par nuit'), [
      { kind: 'stay', value: 'ssr', range: undefined },
      { kind: 'ald', value: false, range: undefined },
    ]);
    assert.deepEqual(conditions('chambre particuliere (établissement non conventionné) 30 € par nuit'), [
      { kind: 'establishment', conventionne: false, range: undefined },
    ]);
    assert.deepEqual(conditions('chambre particuliere (hors psychiatrie) 30 € par nuit'), [
      { kind: 'stay', value: 'psychiatrie', negated: true, range: undefined },
    ]);
  });

  it('an unknown word of a condition is one finding, the line is still read and computed', () => {
    const analysis = analyze(
      dedent(`
        contrat "x" millesime 2026 responsable base ro_inclus
        poste "Hospitalisation"
          forfait journalier 100 % FR
          chambre particuliere (psychiatrei) 45 € par nuit
        exemple "x"
          acte chambre particuliere prix 60 € sejour psychiatrie
      `),
    );
    assert.deepEqual(
      renderDiagnostics(analysis).filter((d) => / GR00\d /.test(d)),
      [
        '4:25 GR009 Condition inconnue « psychiatrei » (vouliez-vous dire « psychiatrie » ?) : âge (enfant, adulte, moins de 16 ans), séjour (médecine, chirurgie, psychiatrie, SSR, ambulatoire, maternité), établissement (conventionné), ALD. Le mot est ignoré.',
      ],
    );
    // The condition left is empty: the line applies to every case (45 € for the night).
    assert.equal(euros(analysis.examples[0]!.events[0]!.total!.mutuelle), '45,00 €');
  });
});

describe('conditions of a line: which line pays', () => {
  it('a private room in psychiatry pays the psychiatry line, not the court-séjour one', () => {
    // 2 nights at 80 €: psychiatry 45 € a night = 90 €, reste 70 €; médecine 50 € a night = 100 €.
    assert.deepEqual(
      mutuelle(`
        exemple "x"
          acte chambre particuliere quantite 2 prix 80 € sejour psychiatrie
          acte chambre particuliere quantite 2 prix 80 € psychiatrie
          acte chambre particuliere quantite 2 prix 80 €
      `),
      ['90,00 € · 70,00 €', '90,00 € · 70,00 €', '100,00 € · 60,00 €'],
    );
  });

  it('the most specific line the case meets: a child of 12 (not ALD) gets the children line', () => {
    // 70 € a night for 2 nights at 80 € = 140 €, reste 20 €. At 17 the children line (up to 16)
    // does not apply: the médecine line, 100 €. In ALD it does not apply either.
    assert.deepEqual(
      mutuelle(`
        exemple "x"
          acte chambre particuliere quantite 2 prix 80 € age 12
          acte chambre particuliere quantite 2 prix 80 € age 17
          acte chambre particuliere quantite 2 prix 80 € age 12 ald
      `),
      ['140,00 € · 20,00 €', '100,00 € · 60,00 €', '100,00 € · 60,00 €'],
    );
  });

  it('a day stay takes the ambulatoire line (written as a stay, or as the act of that name)', () => {
    assert.deepEqual(
      mutuelle(`
        exemple "x"
          acte chambre particuliere prix 40 € sejour ambulatoire
          acte chambre particuliere ambulatoire prix 40 €
      `),
      ['20,00 € · 20,00 €', '20,00 € · 20,00 €'],
    );
  });

  it('no line for the case: the mutuelle pays nothing and GR404 says which lines there are', () => {
    // A stay in SSR: no line; orthodontics at 17: the line is for under 16 only.
    const analysis = analyze(
      GRID +
        dedent(`
          exemple "x"
            acte chambre particuliere quantite 2 prix 80 € sejour ssr
            acte orthodontie prix 300 € age 17
        `),
    );
    assert.deepEqual(
      analysis.examples[0]!.events.map((e) => euros(e.total!.mutuelle)),
      ['0,00 €', '0,00 €'],
    );
    assert.deepEqual(
      renderDiagnostics(analysis).filter((d) => d.includes('GR404')),
      [
        "11:8 GR404 Aucune ligne de « Chambre particulière » pour ce cas (soins de suite et de réadaptation) : la grille n'en a que pour « médecine, chirurgie », « psychiatrie », « moins de 17 ans ; hors ALD », « ambulatoire ». La mutuelle ne paie rien.",
        "12:8 GR404 Aucune ligne de « Orthodontie (avant 16 ans) » pour ce cas (17 ans) : la grille n'en a que pour « moins de 16 ans ». La mutuelle ne paie rien.",
      ],
    );
  });

  it('lines of one act for different cases are not repeats (no GR117); the same case twice is', () => {
    const codes = renderDiagnostics(analyze(GRID)).filter((d) => d.includes('GR117'));
    assert.deepEqual(codes, []);
    const psychiatry = '  chambre particuliere (psychiatrie) 45 € par nuit\n';
    const twice = renderDiagnostics(analyze(GRID.replace(psychiatry, psychiatry + psychiatry))).filter((d) => d.includes('GR117'));
    assert.equal(twice.length, 1);
  });

  it('formulas side by side keep the conditions of their row', () => {
    const analysis = analyze(
      dedent(`
        contrat "x" millesime 2026 responsable base ro_inclus
        formule "Socle"
        formule "Plus" inclut_socle
        poste "Hospitalisation"
          forfait journalier 100 % FR
          chambre particuliere (médecine, chirurgie) | 30 € par nuit | 60 € par nuit
          chambre particuliere (psychiatrie)         | 20 € par nuit | 40 € par nuit
        exemple "x" formule "Plus"
          acte chambre particuliere prix 80 € sejour psychiatrie
          acte chambre particuliere prix 80 €
      `),
    );
    assert.deepEqual(
      analysis.examples[0]!.events.map((e) => euros(e.total!.mutuelle)),
      ['40,00 €', '60,00 €'],
    );
  });
});

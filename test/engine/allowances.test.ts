/**
 * Allowances as printed (issue 15, item 5): shared by the family (`/ an / Famille`), over several
 * civil years (`par période de 2 années civiles`), one pool for several lines (`commun "…"`,
 * `tous praticiens confondus`), from a rank (`à compter du 2e intermédiaire`), and by seniority
 * (`1re année : … / à partir de la 2e année : …`). Every amount is computed by hand below.
 *
 * Figures used (server/src/core/params/parameters.ts): lentilles remboursées, BR 39,48 € a year
 * per eye (`br.lentilles`), Sécu 60 % = 23,69 € (`taux.lpp`), so « 100 % BR » Sécu incluse pays the
 * TM 39,48 − 23,69 = 15,79 €; intermediate of a bridge, BR 64,50 € (`br.bridge_intermediaire`),
 * Sécu 60 % = 38,70 €, TM 25,80 €. The other acts are outside the nomenclature: Sécu 0 €.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { codesByLine, dedent, euros } from '../helpers';

/** The mutuelle's part of each act of the grid's first example. */
function mutuelle(grid: string): string[] {
  const analysis = analyze(dedent(grid));
  assert.deepEqual(
    analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`),
    [],
    'the grid has no error',
  );
  return analysis.examples[0]!.events.map((e) => (e.total ? euros(e.total.mutuelle) : 'incalculable'));
}

const HEADER = 'contrat "Test" millesime 2026 non_responsable base ro_inclus effet 2026-01-01';

describe('allowances shared by the family', () => {
  it('a count « par famille » is consumed by every beneficiary of the example', () => {
    // 3 séances a year for the family at 30 €. A: 2 séances → 2 × 30 = 60 €. B: 2 séances, 1 left
    // → 30 €. C the next year: a new year, 3 left → 30 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Soins courants"
          pedicure hors_nomenclature 30 € par seance, 3 seances par an, par famille
        exemple "Famille"
          acte pedicure prix 40 € le 2026-03-01 beneficiaire "A" quantite 2
          acte pedicure prix 40 € le 2026-04-01 beneficiaire "B" quantite 2
          acte pedicure prix 40 € le 2027-01-10 beneficiaire "C"
      `),
      ['60,00 €', '30,00 €', '30,00 €'],
    );
  });

  it('« / an / Famille » on a yearly forfait: one allowance for the household', () => {
    // 150 € a year for the family: A spends 100 € → 100 €; B 100 € → 50 € left → 50 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Soins courants"
          osteopathie hors_nomenclature 150 € / an / Famille
        exemple "Famille"
          acte osteopathie prix 100 € le 2026-03-01 beneficiaire "A"
          acte osteopathie prix 100 € le 2026-04-01 beneficiaire "B"
      `),
      ['100,00 €', '50,00 €'],
    );
  });

  it('without « par famille », each beneficiary has his own allowance', () => {
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Soins courants"
          osteopathie hors_nomenclature 150 € par an
        exemple "Chacun"
          acte osteopathie prix 100 € le 2026-03-01 beneficiaire "A"
          acte osteopathie prix 100 € le 2026-04-01 beneficiaire "B"
      `),
      ['100,00 €', '100,00 €'],
    );
  });

  it('a section cap « par famille » is shared by the household', () => {
    // Section cap 200 € a year for the family; lines 50 € per séance. A: 3 séances → 150 €; B: 2
    // séances → 100 € asked, 50 € left → 50 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Médecines douces" plafond 200 € par an par famille
          osteopathie hors_nomenclature 50 € par seance
        exemple "Famille"
          acte osteopathie prix 60 € le 2026-03-01 beneficiaire "A" quantite 3
          acte osteopathie prix 60 € le 2026-04-01 beneficiaire "B" quantite 2
      `),
      ['150,00 €', '50,00 €'],
    );
  });
});

describe('allowances over several civil years', () => {
  it('« 150 € par période de 2 années civiles »: 2026–2027, then 2028–2029', () => {
    // The contract takes effect on 01/01/2026: periods 2026–2027 and 2028–2029.
    // 2026: 100 € paid, 50 € left. 2027: 100 € asked → 50 €. 2028: a new period → 100 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Soins courants"
          acupuncture hors_nomenclature 150 € par période de 2 années civiles
        exemple "Deux ans"
          acte acupuncture prix 100 € le 2026-03-01
          acte acupuncture prix 100 € le 2027-03-01
          acte acupuncture prix 100 € le 2028-03-01
      `),
      ['100,00 €', '50,00 €', '100,00 €'],
    );
  });

  it('periods count from the adhesion: a member since 2027 has 2027–2028', () => {
    // Adhesion 01/03/2027: periods 2027–2028, 2029–2030. 2027: 100 €; 2028: 50 € left; 2029: 100 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Soins courants"
          acupuncture hors_nomenclature 150 € par période de 2 années civiles
        exemple "Deux ans"
          situation adhesion 2027-03-01
          acte acupuncture prix 100 € le 2027-06-01
          acte acupuncture prix 100 € le 2028-03-01
          acte acupuncture prix 100 € le 2029-03-01
      `),
      ['100,00 €', '50,00 €', '100,00 €'],
    );
  });

  it('a count over two years (« 2 séances par période de 24 mois »)', () => {
    // 2 séances for 2026–2027 at 40 €: 2026 one → 40 €; 2027 two asked, one left → 40 €; 2028 → 40 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Soins courants"
          osteopathie hors_nomenclature 40 € par seance, 2 seances par période de 24 mois
        exemple "Deux ans"
          acte osteopathie prix 50 € le 2026-03-01
          acte osteopathie prix 50 € le 2027-03-01 quantite 2
          acte osteopathie prix 50 € le 2028-03-01
      `),
      ['40,00 €', '40,00 €', '40,00 €'],
    );
  });
});

describe('one pool shared by several lines', () => {
  it('médecines douces: « 4 séances par an » common to the ostéopathe and the chiropracteur', () => {
    // The pool « douces »: 4 séances a year at 40 €. Ostéopathe 3 séances → 120 €; chiropracteur 2
    // séances, 1 left → 40 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Médecines douces"
          osteopathie hors_nomenclature 40 € par seance, 4 seances par an, commun "douces"
          chiropractie hors_nomenclature 40 € par seance, 4 seances par an, commun "douces"
        exemple "Pool"
          acte osteopathie prix 60 € le 2026-02-01 quantite 3
          acte chiropractie prix 60 € le 2026-03-01 quantite 2
      `),
      ['120,00 €', '40,00 €'],
    );
  });

  it('« tous praticiens confondus »: the pool of the section', () => {
    // 150 € a year for the section's lines that say so: ostéopathe 100 €; étiopathe 100 € asked, 50 € left.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Médecines douces"
          osteopathie hors_nomenclature 150 € par an, tous praticiens confondus
          etiopathie hors_nomenclature 150 € par an, tous praticiens confondus
        exemple "Pool"
          acte osteopathie prix 100 € le 2026-02-01
          acte etiopathie prix 100 € le 2026-03-01
      `),
      ['100,00 €', '50,00 €'],
    );
  });

  it('lenses: 100 € a year common to both lines, then the TM only', () => {
    // Non-reimbursed lenses 80 € → 80 € (20 € left). Reimbursed lenses 150 €: TM 15,79 € + the 20 €
    // left = 35,79 €. Again in September: the pool is spent, the TM only: 15,79 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Optique"
          lentilles remboursees 100 % BR + 100 € par an, commun "lentilles"
          lentilles non remboursees hors_nomenclature 100 € par an, commun "lentilles"
        exemple "Lentilles"
          acte lentilles non remboursees prix 80 € le 2026-02-01
          acte lentilles remboursees prix 150 € le 2026-06-01
          acte lentilles remboursees prix 150 € le 2026-09-01
      `),
      ['80,00 €', '35,79 €', '15,79 €'],
    );
  });

  it('the socle and an option keep a pool each', () => {
    // Socle: 30 € a séance, 2 a year in the pool « douces »; the option, on top of the socle: 20 € a
    // séance, 2 a year in its own pool « douces ». 3 séances: the socle pays 2 × 30 = 60 €, the
    // option 2 × 20 = 40 € (its pool is not the socle's) → 100 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Médecines douces"
          osteopathie hors_nomenclature 30 € par seance, 2 seances par an, commun "douces"
        option "Plus" en_sus_du_socle
        poste "Médecines douces"
          osteopathie hors_nomenclature 20 € par seance, 2 seances par an, commun "douces"
        exemple "Option" option "Plus"
          acte osteopathie prix 60 € le 2026-02-01 quantite 3
      `),
      ['100,00 €'],
    );
  });
});

describe('allowances from a rank', () => {
  it('« à partir de la 3e séance »: the first two séances of the year are not paid', () => {
    // 50 € a séance from the 3rd, at most 6 paid a year. 4 séances: ranks 1–4, 2 paid → 100 €.
    // 6 more: ranks 5–10, all from the 3rd, 4 of the 6 paid left → 200 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Soins courants"
          psychologue hors_nomenclature 50 € par seance, à partir de la 3e séance, 6 seances par an
        exemple "Rang"
          acte psychologue prix 60 € le 2026-03-01 quantite 4
          acte psychologue prix 60 € le 2026-04-01 quantite 6
      `),
      ['100,00 €', '200,00 €'],
    );
  });

  it('« à compter du 2e intermédiaire »: ranked within the bridge, not over the year', () => {
    // 3 intermediates: the 1st is not paid; the 2nd and 3rd: TM 25,80 € + 100 € = 125,80 € each →
    // 251,60 €. A second bridge in the year starts again at rank 1: 1 intermediate → 0 €.
    assert.deepEqual(
      mutuelle(`
        ${HEADER}
        poste "Dentaire"
          intermediaire bridge 100 % BR + 100 € par inter, à compter du 2e intermédiaire
        exemple "Bridge"
          acte intermediaire bridge prix 500 € le 2026-03-01 quantite 3
          acte intermediaire bridge prix 500 € le 2026-09-01
      `),
      ['251,60 €', '0,00 €'],
    );
  });

  it('a rank in a unit the act is not billed in is a finding, and is not applied', () => {
    const analysis = analyze(
      dedent(`
        ${HEADER}
        poste "Dentaire"
          bridge 100 % BR + 100 € par inter, à compter du 2e intermédiaire
      `),
    );
    assert.deepEqual(codesByLine(analysis), ['3 GR111']);
    assert.match(analysis.diagnostics[0]!.message, /compte des « inter », mais l'acte se facture par « prothese »/);
  });
});

describe('allowances by seniority', () => {
  const grid = (situation: string, ...acts: string[]) =>
    mutuelle(`
      ${HEADER}
      poste "Dentaire"
        orthodontie non remboursee hors_nomenclature 1re année : 200 € par an / 2e année : 300 € par an / à partir de la 3e année : 400 € par an
      exemple "Ancienneté"
        ${situation}
        ${acts.join('\n        ')}
    `);

  it('the figures of the membership year of the care, from the adhesion', () => {
    // Adhesion 01/06/2025. 01/03/2026: 1st year (before 01/06/2026) → 200 €. 01/07/2026: 2nd year →
    // its own 300 € (the 1st year's consumption is the 1st year's). 01/07/2027: 3rd year → 400 €.
    assert.deepEqual(
      grid(
        'situation adhesion 2025-06-01',
        'acte orthodontie non remboursee prix 500 € le 2026-03-01',
        'acte orthodontie non remboursee prix 500 € le 2026-07-01',
        'acte orthodontie non remboursee prix 500 € le 2027-07-01',
      ),
      ['200,00 €', '300,00 €', '400,00 €'],
    );
  });

  it('without an adhesion date, seniority counts from the contract’s effect', () => {
    // Effect 01/01/2026: 2026 is the 1st year → 200 €; 2028 the 3rd → 400 €.
    assert.deepEqual(
      grid('situation age 12', 'acte orthodontie non remboursee prix 500 € le 2026-05-01', 'acte orthodontie non remboursee prix 500 € le 2028-05-01'),
      ['200,00 €', '400,00 €'],
    );
  });

  it('by seniority in one formula’s cell of a range printed side by side', () => {
    // Formula « B »'s cell: 200 € the 1st year, 300 € from the 2nd. Adhesion 01/01/2026: care on
    // 01/03/2027 is in the 2nd year → 300 €. Formula « A » pays a flat 100 € a year → 100 €.
    const analysis = analyze(
      dedent(`
        ${HEADER}
        formule "A"
        formule "B"
        poste "Dentaire"
          orthodontie non remboursee hors_nomenclature | 100 € par an | 1re année : 200 € par an / à partir de la 2e année : 300 € par an
        exemple "A" formule "A"
          acte orthodontie non remboursee prix 500 € le 2027-03-01
        exemple "B" formule "B"
          acte orthodontie non remboursee prix 500 € le 2027-03-01
      `),
    );
    assert.deepEqual(
      analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
      [],
    );
    assert.deepEqual(
      analysis.examples.map((x) => euros(x.events[0]!.total!.mutuelle)),
      ['100,00 €', '300,00 €'],
    );
  });

  it('years out of order are a finding', () => {
    const analysis = analyze(
      dedent(`
        ${HEADER}
        poste "Dentaire"
          orthodontie non remboursee hors_nomenclature 2e année : 300 € par an / 1re année : 200 € par an
      `),
    );
    assert.deepEqual(codesByLine(analysis), ['3 GR111', '3 GR111']);
  });
});

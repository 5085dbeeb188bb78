/**
 * The regulatory figures of issue 16, each checked on a case computed by hand on both sides of the
 * date it changes. Every case states its steps and the source of its figures (the sources are in
 * server/src/core/params/parameters.ts and docs/parameters.md, with their confidence).
 *
 * Conventions of the hand computations: secteur 1, the grid pays « 100 % BR » RO inclus (so the
 * mutuelle pays the TM) or « 100 % FR » for the forfaits; the participation forfaitaire (PF) is 2 €
 * since 15/05/2024 and 1 € before, withheld from the Sécu for adults only.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import { analyze } from '../../server/src/core/analyze';
import { defaultCatalogue } from '../../server/src/core/catalogue/index';
import { simulate } from '../../server/src/core/engine/simulate';
import type { CareCase } from '../../server/src/core/model/grid-model';
import { defaultParameters } from '../../server/src/core/params/lookup';
import { plainSpaces } from '../../server/src/core/engine/money';
import { firstExampleAmounts, gridWith, renderDiagnostics } from '../helpers';

/** A grid with no contrat responsable findings to get in the way of the amounts. */
const PLAIN = 'contrat "Test" millesime 2026 non_responsable base ro_inclus';

function amounts(line: string, act: string, header = PLAIN): string {
  return firstExampleAmounts(gridWith({ header, lines: [line], acts: [act] }));
}

/** The value of a parameter on a date, as a plain decimal string (`null` when undefined then). */
function figure(id: string, date: string): string | null {
  const found = defaultParameters.lookup(id, date);
  return found ? found.value.toString() : null;
}

describe('forfait journalier hospitalier: 20 € then 23 € from 1 March 2026', () => {
  // Source: fjh.montant (arrêté of the JO of 28/02/2026 quoted by the press, secondary); the Sécu pays
  // nothing of the forfait, a « 100 % FR » line pays all of it.
  it('a day in hospital on 28 February 2026: 20 €', () => {
    assert.equal(amounts('forfait journalier 100 % FR', 'forfait journalier jours 1 date 2026-02-28'), 'secu 0,00 € · mutuelle 20,00 € · reste 0,00 €');
  });

  it('a day in hospital on 1 March 2026: 23 €', () => {
    assert.equal(amounts('forfait journalier 100 % FR', 'forfait journalier jours 1 date 2026-03-01'), 'secu 0,00 € · mutuelle 23,00 € · reste 0,00 €');
  });

  it('in psychiatry: 2 days at 15 € in February, 2 days at 17 € in March', () => {
    // 2 × 15 € = 30 €; 2 × 17 € = 34 € (fjh.psychiatrie).
    assert.equal(
      amounts('forfait journalier 100 % FR', 'forfait journalier jours 2 psychiatrie date 2026-02-10'),
      'secu 0,00 € · mutuelle 30,00 € · reste 0,00 €',
    );
    assert.equal(
      amounts('forfait journalier 100 % FR', 'forfait journalier jours 2 psychiatrie date 2026-03-10'),
      'secu 0,00 € · mutuelle 34,00 € · reste 0,00 €',
    );
  });

  it('a « 100 % FR » line left with a 20 € cap per day leaves the 3 € of the increase to pay', () => {
    // A grid written before the increase: 2 days on 2026-03-10 cost 2 × 23 € = 46 €, the line pays
    // 2 × 20 € = 40 €, the patient 6 €.
    assert.equal(amounts('forfait journalier 20 € par jour', 'forfait journalier jours 2 date 2026-03-10'), 'secu 0,00 € · mutuelle 40,00 € · reste 6,00 €');
  });

  it('a stay across 1 March 2026 prices each day at its own figure: 27 and 28 February at 20 €, 1 March at 23 €', () => {
    // 20 € + 20 € + 23 € = 63 € (the engine cuts the case on 1 March, the start of fjh.montant's
    // 2026 period: docs/engine.md, « Cases computed in parts »). Priced at the first day's figure
    // it was 60 €.
    assert.equal(amounts('forfait journalier 100 % FR', 'forfait journalier jours 3 date 2026-02-27'), 'secu 0,00 € · mutuelle 63,00 € · reste 0,00 €');
  });

  it('in psychiatry across 1 March 2026: 15 + 15 + 17 + 17 = 64 €', () => {
    // 27 and 28 February at 15 €, 1 and 2 March at 17 € (fjh.psychiatrie).
    assert.equal(
      amounts('forfait journalier 100 % FR', 'forfait journalier jours 4 psychiatrie date 2026-02-27'),
      'secu 0,00 € · mutuelle 64,00 € · reste 0,00 €',
    );
  });

  it('across 1 January 2018 too: 30 and 31 December 2017 at 18 €, 1 January 2018 at 20 € (56 €)', () => {
    const header = 'contrat "Test" millesime 2017 non_responsable base ro_inclus';
    assert.equal(amounts('forfait journalier 100 % FR', 'forfait journalier jours 3 date 2017-12-30', header), 'secu 0,00 € · mutuelle 56,00 € · reste 0,00 €');
  });

  it('a line capped at 20 € a day pays 3 × 20 € = 60 € of the 63 € across 1 March: 3 € left to pay', () => {
    assert.equal(amounts('forfait journalier 20 € par jour', 'forfait journalier jours 3 date 2026-02-27'), 'secu 0,00 € · mutuelle 60,00 € · reste 3,00 €');
  });

  it('the explanation shows the two parts and why the second starts on 1 March', () => {
    const { model } = analyze(gridWith({ header: PLAIN, lines: ['forfait journalier 100 % FR'], acts: [] }));
    const care: CareCase = {
      act: defaultCatalogue.find(['forfait', 'journalier'])!,
      sector: 'secteur1',
      unitPrice: null,
      br: null,
      date: '2026-02-27',
      quantity: 3,
      age: 40,
      flags: new Set(),
      adhesionDate: null,
      option: null,
      beneficiary: 'Léa',
    };
    const result = simulate(model, [care], { explain: true })[0]!;
    assert.equal(result.quantity, 3);
    assert.equal(result.price.toFixed(2), '63.00');
    assert.equal(
      plainSpaces(result.trace[0]!.text),
      'Calcul en 2 parties : 2 jours à partir du 27/02/2026, puis 1 à partir du 01/03/2026 (nouveau montant : Forfait journalier hospitalier), chacune aux montants et aux règles de ses jours.',
    );
    const amountsUsed = result.trace.flatMap((step) => step.parameters ?? []).filter((p) => p.id === 'fjh.montant');
    assert.deepEqual(
      amountsUsed.map((p) => `${p.value} € (${p.start})`),
      ['20 € (2018-01-01)', '23 € (2026-03-01)'],
    );
  });
});

describe('forfait patient urgences: 19,61 € then 23 €, reduced 8,49 € then 9,96 €, from 1 March 2026', () => {
  // Source: fpu.montant, fpu.reduit (arrêté of 17/12/2021, confirmed; 2026 amounts: AFP 23/02/2026
  // and Que Choisir 01/03/2026, secondary). The Sécu pays nothing of the FPU.
  it('an emergency visit on 28 February 2026: 19,61 €', () => {
    assert.equal(amounts('forfait patient urgences 100 % FR', 'forfait patient urgences date 2026-02-28'), 'secu 0,00 € · mutuelle 19,61 € · reste 0,00 €');
  });

  it('an emergency visit on 1 March 2026: 23 €', () => {
    assert.equal(amounts('forfait patient urgences 100 % FR', 'forfait patient urgences date 2026-03-01'), 'secu 0,00 € · mutuelle 23,00 € · reste 0,00 €');
  });

  it('a patient in ALD: 8,49 € on 28 February, 9,96 € on 1 March', () => {
    assert.equal(amounts('forfait patient urgences 100 % FR', 'forfait patient urgences ald date 2026-02-28'), 'secu 0,00 € · mutuelle 8,49 € · reste 0,00 €');
    assert.equal(amounts('forfait patient urgences 100 % FR', 'forfait patient urgences ald date 2026-03-01'), 'secu 0,00 € · mutuelle 9,96 € · reste 0,00 €');
  });
});

describe('participation « actes lourds »: 24 € then 32 € from 22 April 2026 (the day is uncertain)', () => {
  // A cataract operation of 271,70 € (≥ 120 €, pal.seuil): the Sécu pays the BR less the PAL
  // instead of 80 % or 70 % (CSS R160-16), the PF is not withheld; the line pays the PAL.
  const LINE = 'chirurgie cataracte 100 % BR';

  it('on 21 April 2026: 271,70 € − 24 € = 247,70 € from the Sécu, 24 € from the mutuelle', () => {
    assert.equal(amounts(LINE, 'chirurgie cataracte secteur 1 prix 271,70 € date 2026-04-21'), 'secu 247,70 € · mutuelle 24,00 € · reste 0,00 €');
  });

  it('on 22 April 2026: 271,70 € − 32 € = 239,70 € from the Sécu, 32 € from the mutuelle', () => {
    assert.equal(amounts(LINE, 'chirurgie cataracte secteur 1 prix 271,70 € date 2026-04-22'), 'secu 239,70 € · mutuelle 32,00 € · reste 0,00 €');
  });

  it('in 2018: 18 € (271,70 € − 18 € = 253,70 €)', () => {
    assert.equal(amounts(LINE, 'chirurgie cataracte secteur 1 prix 271,70 € date 2018-06-04'), 'secu 253,70 € · mutuelle 18,00 € · reste 0,00 €');
  });

  it('the computation carries the figure with its confidence: uncertain from 22 April, confirmed before', () => {
    const { model } = analyze(gridWith({ header: PLAIN, lines: [LINE], acts: [] }));
    const care = (date: string): CareCase => ({
      act: defaultCatalogue.find(['chirurgie', 'cataracte'])!,
      sector: 'secteur1',
      unitPrice: new Decimal('271.70'),
      br: null,
      date,
      quantity: 1,
      age: 40,
      flags: new Set(),
      adhesionDate: null,
      option: null,
      beneficiary: 'Léa',
    });
    const pal = (date: string) =>
      simulate(model, [care(date)], { explain: true })[0]!
        .trace.flatMap((step) => step.parameters ?? [])
        .find((p) => p.id === 'pal.montant')!;
    assert.deepEqual([pal('2026-04-21').value, pal('2026-04-21').confidence], ['24', 'confirmed']);
    assert.deepEqual([pal('2026-04-22').value, pal('2026-04-22').confidence], ['32', 'uncertain']);
  });
});

describe('consultations: the « 1 July 2025 » step applied on 1 January 2026', () => {
  // Source: br.consultation_psychiatre, .moins_25 (secondary, several sources). Price 60 € or 75 €.
  const LINE = 'consultation psychiatre 100 % BR';

  it('a psychiatrist on 15 December 2025, patient of 40: BR 55 €', () => {
    // Sécu 70 % × 55 € = 38,50 € − 2 € PF = 36,50 €; mutuelle TM 55 € − 38,50 € = 16,50 €;
    // reste 60 € − 36,50 € − 16,50 € = 7 € (the 2 € PF and 5 € of overbilling the line does not cover).
    assert.equal(amounts(LINE, 'consultation psychiatre secteur 1 prix 60 € age 40 date 2025-12-15'), 'secu 36,50 € · mutuelle 16,50 € · reste 7,00 €');
  });

  it('a psychiatrist on 5 January 2026, patient of 40: BR 57 €', () => {
    // Sécu 70 % × 57 € = 39,90 € − 2 € = 37,90 €; mutuelle 57 € − 39,90 € = 17,10 €; reste 60 € − 55 € = 5 €.
    assert.equal(amounts(LINE, 'consultation psychiatre secteur 1 prix 60 € age 40 date 2026-01-05'), 'secu 37,90 € · mutuelle 17,10 € · reste 5,00 €');
  });

  it('a patient of 20: BR 67 € in December 2025, 75 € in January 2026', () => {
    // December: Sécu 70 % × 67 € = 46,90 € − 2 € = 44,90 €; mutuelle 67 € − 46,90 € = 20,10 €; reste 75 € − 65 € = 10 €.
    assert.equal(amounts(LINE, 'consultation psychiatre secteur 1 prix 75 € age 20 date 2025-12-15'), 'secu 44,90 € · mutuelle 20,10 € · reste 10,00 €');
    // January: Sécu 70 % × 75 € = 52,50 € − 2 € = 50,50 €; mutuelle 75 € − 52,50 € = 22,50 €; reste 2 € (the PF).
    assert.equal(amounts(LINE, 'consultation psychiatre secteur 1 prix 75 € age 20 date 2026-01-05'), 'secu 50,50 € · mutuelle 22,50 € · reste 2,00 €');
  });

  it('a GP consultation of a child of 3 in 2026: BR 35 € (G + MEG), no PF under 18', () => {
    // Source: br.consultation_generaliste.moins_6 (35 € since 22/12/2024, secondary).
    // Sécu 70 % × 35 € = 24,50 €; mutuelle 35 € − 24,50 € = 10,50 €; reste 0 €.
    assert.equal(
      amounts('consultation generaliste 100 % BR', 'consultation generaliste secteur 1 prix 35 € age 3 date 2026-03-10'),
      'secu 24,50 € · mutuelle 10,50 € · reste 0,00 €',
    );
  });

  it('a physiotherapy session: 16,13 € until 21 February 2024, 16,58 € from the 22nd, 17,90 € from 1 January 2026', () => {
    // Source: br.seance_kine (AMK/AMS 7,5 × 2,15 € then × 2,21 €; AMS 8,1 × 2,21 € in 2026; secondary).
    assert.deepEqual(
      ['2024-02-21', '2024-02-22', '2025-12-31', '2026-01-01'].map((d) => figure('br.seance_kine', d)),
      ['16.13', '16.58', '16.58', '17.9'],
    );
    // A session at 20 € on 15 January 2026: Sécu 60 % × 17,90 € = 10,74 € − 1 € franchise = 9,74 €;
    // mutuelle TM 17,90 € − 10,74 € = 7,16 €; reste 20 € − 9,74 € − 7,16 € = 3,10 €.
    assert.equal(amounts('auxiliaires medicaux 100 % BR', 'auxiliaires medicaux prix 20 € date 2026-01-15'), 'secu 9,74 € · mutuelle 7,16 € · reste 3,10 €');
  });
});

describe('a grid of millésime 2016 computes with the 2016 figures', () => {
  const HEADER_2016 = 'contrat "Test" millesime 2016 non_responsable base ro_inclus';

  it('a GP consultation on 10 March 2016: BR 23 €, PF 1 €', () => {
    // Source: br.consultation_generaliste (23 € from 2011 to 30/04/2017, secondary), pf.montant (1 €).
    // Sécu 70 % × 23 € = 16,10 € − 1 € = 15,10 €; mutuelle 23 € − 16,10 € = 6,90 €; reste 1 €.
    assert.equal(
      amounts('consultation generaliste 100 % BR', 'consultation generaliste secteur 1 prix 23 € date 2016-03-10', HEADER_2016),
      'secu 15,10 € · mutuelle 6,90 € · reste 1,00 €',
    );
  });

  it('a specialist consultation on 10 March 2016: BR 28 € (CS 23 € + MPC 2 € + MCS 3 €)', () => {
    // Sécu 70 % × 28 € = 19,60 € − 1 € = 18,60 €; mutuelle 28 € − 19,60 € = 8,40 €; reste 1 €.
    assert.equal(
      amounts('consultation specialiste 100 % BR', 'consultation specialiste secteur 1 prix 28 € date 2016-03-10', HEADER_2016),
      'secu 18,60 € · mutuelle 8,40 € · reste 1,00 €',
    );
  });

  it('two days in hospital in 2016: 2 × 18 € = 36 €', () => {
    assert.equal(
      amounts('forfait journalier 100 % FR', 'forfait journalier jours 2 date 2016-03-10', HEADER_2016),
      'secu 0,00 € · mutuelle 36,00 € · reste 0,00 €',
    );
  });

  it('a private room at 2 % PMSS a night in 2016: 2 % × 3 218 € = 64,36 €', () => {
    assert.equal(
      amounts('chambre particuliere 2 % PMSS par jour', 'chambre particuliere prix 100 € date 2016-05-02', HEADER_2016),
      'secu 0,00 € · mutuelle 64,36 € · reste 35,64 €',
    );
  });

  it('a GP consultation of a child under 6 in 2016 is not computed, and the finding says which figure is missing', () => {
    // Before 01/05/2017 the child's consultation had two bands (28 € under 2, 26 € from 2 to 6):
    // br.consultation_generaliste.moins_6 starts on 2017-05-01, so the engine refuses to guess.
    const text = gridWith({
      header: HEADER_2016,
      lines: ['consultation generaliste 100 % BR'],
      acts: ['consultation generaliste secteur 1 prix 28 € age 1 date 2016-03-10'],
    });
    const findings = renderDiagnostics(analyze(text));
    assert.ok(
      findings.some((f) => f.includes('GR402') && f.includes('br.consultation_generaliste.moins_6') && f.includes('10/03/2016')),
      findings.join('\n'),
    );
  });
});

describe('PMSS 2015–2026', () => {
  // Source: pmss (arrêtés « portant fixation du plafond de la sécurité sociale »; 2015 and 2026 read
  // on Légifrance / JORF copies, confirmed; the others secondary, each arrêté named).
  const SERIES: [number, string][] = [
    [2015, '3170'],
    [2016, '3218'],
    [2017, '3269'],
    [2018, '3311'],
    [2019, '3377'],
    [2020, '3428'],
    [2021, '3428'],
    [2022, '3428'],
    [2023, '3666'],
    [2024, '3864'],
    [2025, '3925'],
    [2026, '4005'],
  ];

  for (const [year, value] of SERIES) {
    it(`${year}: ${value} € from 1 January to 31 December`, () => {
      assert.equal(figure('pmss', `${year}-01-01`), value);
      assert.equal(figure('pmss', `${year}-12-31`), value);
    });
  }

  it('undefined before 2015, so a grid of an earlier millésime is told so rather than computed', () => {
    assert.equal(figure('pmss', '2014-12-31'), null);
  });

  it('the 2015 and 2026 values rest on the text of the arrêté itself', () => {
    assert.equal(defaultParameters.lookup('pmss', '2015-06-01')!.confidence, 'confirmed');
    assert.equal(defaultParameters.lookup('pmss', '2026-06-01')!.confidence, 'confirmed');
    assert.equal(defaultParameters.lookup('pmss', '2020-06-01')!.confidence, 'secondary');
  });
});

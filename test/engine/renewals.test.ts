/**
 * Renewal periods (issue 16, mechanism 2): optical equipment is counted per beneficiary, whatever
 * the line that paid it, with the LPP periods (one year under 16, early renewal when the sight
 * changes); hearing aids per ear. Each case is computed by hand below.
 *
 * Sources (server/src/core/params/parameters.ts, docs/parameters.md):
 * - R871-2 3° CSS (contrat responsable): « au plus un équipement par période de deux ans »,
 *   per beneficiary; one year under 16 (`cr.optique.renouvellement_ans.moins_16`, instruction DSS as
 *   relayed by MGEFI, MC Alsace, lamie; generali.fr: « tous les an pour les assurés de moins de 16 ans
 *   … Elles commencent à partir de la date de paiement des lunettes »);
 * - early renewal on a change of sight (`cr.optique.renouvellement_anticipe_ans`): « au terme d'un
 *   an » from 16, « sans délai » under 16 (odacyeux.fr; generali.fr), secondary;
 * - hearing aids: « un appareil par oreille tous les quatre ans » (arrêté LPP of 14/11/2018, quoted),
 *   each ear on its own (`cr.audio.renouvellement_ans`).
 *
 * Figures: an optical class B equipment has a BR of 3 × 0,05 € = 0,15 €, the Sécu pays 60 % = 0,09 €;
 * « 100 % BR + 150 € par equipement » pays 0,15 − 0,09 = 0,06 € + 150 € = 150,06 €. A class II hearing
 * aid of an adult has a BR of 400 € (since 2021), the Sécu pays 240 €; « 100 % BR + 600 € par oreille »
 * pays 400 − 240 = 160 € + 600 € = 760 €.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { euros } from '../helpers';

const GRID = [
  'contrat "Test" millesime 2026 non_responsable base ro_inclus',
  'poste "Optique"',
  '  optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans',
  '  optique classe b verres complexes 100 % BR + 250 € par equipement, 1 equipement tous les 2 ans',
  '  monture classe b 100 € par equipement, 1 equipement tous les 2 ans',
  'poste "Aides auditives"',
  '  aide auditive classe ii 100 % BR + 600 € par oreille, 1 equipement tous les 4 ans',
  'exemple "Cas"',
].join('\n');

/** The mutuelle's part of each act of the example. */
function mutuelle(...acts: string[]): string[] {
  const analysis = analyze(`${GRID}\n${acts.map((a) => `  ${a}`).join('\n')}\n`);
  return analysis.examples[0]!.events.map((e) => (e.total ? euros(e.total.mutuelle) : `incalculable: ${e.results.map((r) => r.problems).join(' ')}`));
}

describe('optical equipment: one per beneficiary per period, whatever the line', () => {
  it('a simple pair, then a complex pair a year later: the second is refused (both were paid before)', () => {
    // 10/01/2026: 150,06 €. 10/01/2027: within two years of the first, on another line: 0 €.
    // 10/01/2028: two years after the first paid equipment: 250,06 €.
    assert.deepEqual(
      mutuelle(
        'situation age 40',
        'acte optique classe b verres simples prix 250 € date 2026-01-10',
        'acte optique classe b verres complexes prix 500 € date 2027-01-10',
        'acte optique classe b verres complexes prix 500 € date 2028-01-10',
      ),
      ['150,06 €', '0,00 €', '250,06 €'],
    );
  });

  it('a frame and its lenses bought the same day, on two lines, are one equipment', () => {
    // Frame line « 100 € par equipement »: 100 €; lenses the same day: their BR no longer counts the
    // frame (2 × 0,05 € = 0,10 €, Sécu 0,06 €): 0,04 € + 150 € = 150,04 €. A frame a year later:
    // within two years: 0 €.
    assert.deepEqual(
      mutuelle(
        'situation age 40',
        'acte monture classe b prix 120 € date 2026-01-10',
        'acte optique classe b verres simples prix 250 € date 2026-01-10',
        'acte monture classe b prix 120 € date 2027-01-10',
      ),
      ['100,00 €', '150,04 €', '0,00 €'],
    );
  });

  it('under 16: one year, even on a line that writes two', () => {
    // A child of 10: 10/01/2026 paid; 10/12/2026 (11 months): 0 €; 10/01/2027 (one year): 150,06 €.
    assert.deepEqual(
      mutuelle(
        'situation age 10',
        'acte optique classe b verres simples prix 250 € date 2026-01-10',
        'acte optique classe b verres simples prix 250 € date 2026-12-10',
        'acte optique classe b verres simples prix 250 € date 2027-01-10',
      ),
      ['150,06 €', '0,00 €', '150,06 €'],
    );
  });

  it('at 16 the adult period applies: a year later is refused', () => {
    assert.deepEqual(
      mutuelle(
        'situation age 16',
        'acte optique classe b verres simples prix 250 € date 2026-01-10',
        'acte optique classe b verres simples prix 250 € date 2027-01-10',
      ),
      ['150,06 €', '0,00 €'],
    );
  });

  it('the sight changed (`evolution_vue`): from 16, renewed after one year, not before', () => {
    // 10/12/2026 (11 months), sight changed: 0 €; 10/01/2027 (one year), sight changed: 150,06 €.
    assert.deepEqual(
      mutuelle(
        'situation age 40',
        'acte optique classe b verres simples prix 250 € date 2026-01-10',
        'acte optique classe b verres simples prix 250 € date 2026-12-10 evolution_vue',
        'acte optique classe b verres simples prix 250 € date 2027-01-10 evolution_vue',
      ),
      ['150,06 €', '0,00 €', '150,06 €'],
    );
  });

  it('the sight changed under 16: renewed without delay', () => {
    // A child of 10, new glasses two months later for a new correction: 150,06 € again.
    assert.deepEqual(
      mutuelle(
        'situation age 10',
        'acte optique classe b verres simples prix 250 € date 2026-01-10',
        'acte optique classe b verres simples prix 250 € date 2026-03-10 evolution_vue',
      ),
      ['150,06 €', '150,06 €'],
    );
  });

  it('two beneficiaries count apart', () => {
    assert.deepEqual(
      mutuelle(
        'acte optique classe b verres simples prix 250 € age 40 date 2026-01-10 beneficiaire "Léa"',
        'acte optique classe b verres complexes prix 500 € age 42 date 2026-06-10 beneficiaire "Hugo"',
      ),
      ['150,06 €', '250,06 €'],
    );
  });
});

describe('hearing aids: one per ear every four years, each ear on its own', () => {
  it('the second ear bought a year after the first is paid; a third aid within four years is not', () => {
    // 10/01/2026, one ear: 760 €. 10/01/2027, the other ear: 760 € (was refused: one renewal for
    // the line). 10/01/2028: both ears equipped within four years: 0 €.
    assert.deepEqual(
      mutuelle(
        'situation age 60',
        'acte aide auditive classe ii prix 1 500 € date 2026-01-10',
        'acte aide auditive classe ii prix 1 500 € date 2027-01-10',
        'acte aide auditive classe ii prix 1 500 € date 2028-01-10',
      ),
      ['760,00 €', '760,00 €', '0,00 €'],
    );
  });

  it('two ears on 11/01/2030: the first ear (10/01/2026) is due again, the second (10/01/2027) not yet', () => {
    // 1 ear of 2 covered: 760 €. The Sécu pays both (480 €): its own renewal is not modelled.
    const analysis = analyze(
      `${GRID}\n  situation age 60\n  acte aide auditive classe ii prix 1 500 € date 2026-01-10\n  acte aide auditive classe ii prix 1 500 € date 2027-01-10\n  acte aide auditive classe ii prix 1 500 € quantite 2 date 2030-01-11\n`,
    );
    const last = analysis.examples[0]!.events[2]!.total!;
    assert.deepEqual([euros(last.secu), euros(last.mutuelle), euros(last.reste)], ['480,00 €', '760,00 €', '1 760,00 €']);
  });

  it('both ears the same day are two aids, each paid', () => {
    assert.deepEqual(mutuelle('situation age 60', 'acte aide auditive classe ii prix 1 500 € quantite 2 date 2026-01-10'), ['1 520,00 €']);
  });
});

/**
 * The acts added to the catalogue for issue 15 (item 3), each as a guarantee line and an act with
 * the amounts computed by hand from the dated parameters (docs/parameters.md gives each source):
 * price, BR, AMO rate, AMO (BR × rate, less the participation forfaitaire where it applies), what
 * the line pays, reste à charge. Then the inlay-core split (a hors-panier line is not held to the
 * HLF) and the non-health lines (accepted, never checked as a contrat responsable line).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { ACTS } from '../../server/src/core/catalogue/acts';
import { defaultCatalogue } from '../../server/src/core/catalogue/index';
import { codesByLine, firstExampleAmounts, gridWith, renderDiagnostics } from '../helpers';

interface Case {
  name: string;
  line: string;
  act: string;
  expected: string;
}

const CASES: Case[] = [
  {
    // br.seance_psychologue 50 € since 15/06/2024, taux.psychologue 60 % (Mon soutien psy: legitimconseil, mes-allocs,
    // agipi). AMO 50 × 60 % = 30 €, no PF (not a doctor). The line pays the TM: 50 − 30 = 20 €. Reste 0 €.
    name: 'Mon soutien psy, 100 % BR: 60 % of 50 € by the Sécu, the TM by the mutuelle',
    line: 'mon soutien psy 100 % BR',
    act: 'mon soutien psy prix 50 € date 2026-03-02',
    expected: 'secu 30,00 € · mutuelle 20,00 € · reste 0,00 €',
  },
  {
    // The same séance before 15/06/2024: 30 € (april.fr, 11/03/2024). AMO 18 €, TM 12 €.
    name: 'Mon soutien psy before 15 June 2024: the 30 € tariff',
    line: 'mon soutien psy 100 % BR',
    act: 'mon soutien psy prix 30 € date 2024-03-04',
    expected: 'secu 18,00 € · mutuelle 12,00 € · reste 0,00 €',
  },
  {
    // Hors nomenclature: no BR, AMO 0 €; the forfait pays 40 € of the 60 € séance. Reste 20 €.
    name: 'Psychologue outside Mon soutien psy (HN): only the forfait pays',
    line: 'psychologue 40 € par seance, 4 seances par an',
    act: 'psychologue prix 60 € date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 40,00 € · reste 20,00 €',
  },
  {
    // br.visite_generaliste: G 30 € (service-public F17042, 22/12/2024) + MD 10 € = 40 €. taux.medecin 70 %:
    // 28 €, less the 2 € PF = 26 €. 100 % BR pays the TM: 40 − 28 = 12 €. Reste: the PF, 2 €.
    name: 'Home visit of a GP (VG + MD), secteur 1, 100 % BR',
    line: 'visite generaliste 100 % BR',
    act: 'visite generaliste secteur 1 prix 40 € date 2026-03-02',
    expected: 'secu 26,00 € · mutuelle 12,00 € · reste 2,00 €',
  },
  {
    // No line of its own: the « consultations et visites » line covers it, on the visit's own BR (40 €).
    name: 'A home visit on a « consultations visites generalistes » line (coveredBy)',
    line: 'consultations visites generalistes 100 % BR',
    act: 'visite generaliste secteur 1 prix 40 € date 2026-03-02',
    expected: 'secu 26,00 € · mutuelle 12,00 € · reste 2,00 €',
  },
  {
    // br.mammographie_bilaterale 66,42 € (medisite, mongustave), taux.depistage_organise 100 %, no PF:
    // the Sécu pays it all; the imagerie line has nothing left to pay.
    name: 'Organised breast screening: 100 % Sécu, on the imaging line',
    line: 'imagerie 100 % BR',
    act: 'mammographie depistage prix 66,42 € date 2026-03-02',
    expected: 'secu 66,42 € · mutuelle 0,00 € · reste 0,00 €',
  },
  {
    // The same mammography on prescription: taux.imagerie 70 % × 66,42 = 46,49 € (46,494 rounded), less the
    // 2 € PF = 44,49 €. 100 % BR: 66,42 − 46,49 = 19,93 €. Reste 80 − 44,49 − 19,93 = 15,58 €.
    name: 'Prescribed mammography at 80 €, 100 % BR',
    line: 'mammographie 100 % BR',
    act: 'mammographie secteur 1 prix 80 € date 2026-03-02',
    expected: 'secu 44,49 € · mutuelle 19,93 € · reste 15,58 €',
  },
  {
    // LPP device. br.prothese_capillaire (class II) 250 € from 02/04/2019 (senopolesevigne, adpassurances);
    // taux.lpp 60 %: 150 €. 100 % BR: 250 − 150 = 100 €. Reste 600 − 150 − 100 = 350 €.
    name: 'Wig (prothèse capillaire classe II) at 600 € in 2025, 100 % BR',
    line: 'protheses capillaires 100 % BR',
    act: 'prothese capillaire prix 600 € date 2025-06-02',
    expected: 'secu 150,00 € · mutuelle 100,00 € · reste 350,00 €',
  },
  {
    // LPP device on the general « appareillage » line (coveredBy), with the BR given in the example:
    // taux.fauteuil_roulant 60 % before 01/12/2025: 600 €; 100 % BR: 400 €; reste 0 €.
    name: 'Wheelchair before December 2025: 60 % of the LPP tariff, on the appareillage line',
    line: 'appareillage 100 % BR',
    act: 'fauteuil roulant prix 1000 € br 1000 € date 2025-06-02',
    expected: 'secu 600,00 € · mutuelle 400,00 € · reste 0,00 €',
  },
  {
    // From 01/12/2025, taux.fauteuil_roulant 100 % (uncertain: AFP 30/11/2025): the Sécu pays the tariff.
    name: 'Wheelchair from December 2025: fully paid by the Sécu at the LPP tariff',
    line: 'appareillage 100 % BR',
    act: 'fauteuil roulant prix 1000 € br 1000 € date 2026-03-02',
    expected: 'secu 1 000,00 € · mutuelle 0,00 € · reste 0,00 €',
  },
  {
    // br.bridge_intermediaire 64,50 € (SPR 30 × 2,15 €, uncertain), taux.dentaire 60 %: 38,70 €. 200 % BR Sécu
    // included: 129 € in all, so the line pays 129 − 38,70 = 90,30 €. Reste 600 − 38,70 − 90,30 = 471 €.
    name: 'Bridge intermediate (« inter »), 200 % BR',
    line: 'inter bridge 200 % BR',
    act: 'inter bridge prix 600 € date 2026-03-02',
    expected: 'secu 38,70 € · mutuelle 90,30 € · reste 471,00 €',
  },
  {
    // br.bridge_3_elements 279,50 € (lemedecin.fr CCAM sheets), 60 %: 167,70 €. 300 % BR: 838,50 € in all,
    // the line pays 838,50 − 167,70 = 670,80 €. Reste 2 000 − 167,70 − 670,80 = 1 161,50 €.
    name: 'A bridge at tarifs libres, 300 % BR',
    line: 'bridge 300 % BR',
    act: 'bridge prix 2000 € date 2026-03-02',
    expected: 'secu 167,70 € · mutuelle 670,80 € · reste 1 161,50 €',
  },
  {
    // br.prothese_amovible 182,75 € (fee posters), 60 %: 109,65 €. « 100 % Santé » pays up to the HLF
    // (hlf.prothese_amovible_100_sante 1 100 €, uncertain): 1 100 − 109,65 = 990,35 €. Reste 0 €.
    name: 'Removable resin denture of the 100 % Santé basket at its HLF',
    line: 'prothese amovible 100 sante 100 % Santé',
    act: 'prothese amovible 100 sante prix 1100 € date 2026-03-02',
    expected: 'secu 109,65 € · mutuelle 990,35 € · reste 0,00 €',
  },
  {
    // br.inlay_core 90 €, 60 %: 54 €. The basket's inlay-core up to hlf.inlay_core_100_sante 175 €: 121 €.
    name: 'Inlay-core of the 100 % Santé basket at its HLF',
    line: 'inlay core 100 sante 100 % Santé',
    act: 'inlay core 100 sante prix 175 € date 2026-03-02',
    expected: 'secu 54,00 € · mutuelle 121,00 € · reste 0,00 €',
  },
  {
    // The bare name is the hors-panier inlay-core: 150 % BR = 135 € in all, the line pays 135 − 54 = 81 €.
    // Reste 250 − 54 − 81 = 115 €.
    name: 'Inlay-core hors panier (the bare name), 150 % BR',
    line: 'inlay core 150 % BR',
    act: 'inlay core prix 250 € date 2026-03-02',
    expected: 'secu 54,00 € · mutuelle 81,00 € · reste 115,00 €',
  },
  {
    // br.cure_thermale_surveillance 80 € (snmr.org), taux.medecin 70 %: 56 €, less the 2 € PF = 54 €. The
    // « cure thermale » line covers it (coveredBy) at 100 % BR: 80 − 56 = 24 €. Reste: the PF.
    name: 'Thermal surveillance fee (STH) on the cure thermale line',
    line: 'cure thermale 100 % BR',
    act: 'honoraires cure thermale prix 80 € date 2026-03-02',
    expected: 'secu 54,00 € · mutuelle 24,00 € · reste 2,00 €',
  },
  {
    // No BR (sans_br): 10 days at 70 €, the line pays 30 € a day. Reste 700 − 300 = 400 €.
    name: 'EHPAD lodging: no BR, a daily forfait',
    line: 'hebergement ehpad 30 € par jour',
    act: 'hebergement ehpad jours 10 prix 70 € date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 300,00 € · reste 400,00 €',
  },
  {
    // A therapist without a line of its own on the « médecines douces » line (coveredBy): HN, AMO 0 €.
    name: 'Naturopathy on a « médecines douces » forfait',
    line: 'medecines douces 30 € par seance',
    act: 'naturopathie prix 60 € date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 30,00 € · reste 30,00 €',
  },
  {
    // Not a health expense: no BR, the Sécu pays nothing, the allowance pays 1 000 € of the 1 500 €.
    name: 'Funeral allowance (non-health line)',
    line: 'frais obseques 1 000 €',
    act: 'frais obseques prix 1500 € date 2026-03-02',
    expected: 'secu 0,00 € · mutuelle 1 000,00 € · reste 500,00 €',
  },
];

describe('catalogue acts added for real grids: hand-computed cases', () => {
  for (const c of CASES) {
    it(c.name, () => {
      assert.equal(firstExampleAmounts(gridWith({ lines: [c.line], acts: [c.act] })), c.expected);
    });
  }
});

describe('the inlay-core inside and outside the 100 % Santé basket', () => {
  const grid = (dental: string[]) =>
    analyze(
      [
        'contrat "T" millesime 2026 responsable base ro_inclus',
        'poste "Hospitalisation"',
        '  forfait journalier 100 % FR',
        'poste "Optique"',
        '  optique classe a 100 % Santé, 1 equipement tous les 2 ans',
        'poste "Aides auditives"',
        '  aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans',
        'poste "Dentaire"',
        ...dental.map((l) => `  ${l}`),
        '',
      ].join('\n'),
    );

  it('a hors-panier « inlay core » line in % BR raises no GR213 (it has no HLF to reach)', () => {
    const codes = codesByLine(grid(['couronne 100 sante 100 % Santé', 'inlay core 125 % BR']));
    assert.deepEqual(
      codes.filter((c) => / GR21[34]$/.test(c)),
      [],
    );
  });

  it('an « inlay core » line does not stand for the dental basket: GR214 names it', () => {
    const lines = renderDiagnostics(grid(['inlay core 125 % BR'])).filter((d) => d.includes('GR214'));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /prothèses dentaires 100 % Santé/);
  });

  it('the basket inlay-core « inlay core 100 sante » is held to its HLF (GR213) and counts as the dental basket', () => {
    const codes = codesByLine(grid(['inlay core 100 sante 150 % BR']));
    assert.ok(codes.includes('9 GR213'), codes.join(', '));
    assert.ok(!codes.some((c) => c.endsWith('GR214')), codes.join(', '));
  });

  it('the name « inlay core » is the hors-panier act, and the catalogue says so', () => {
    const act = defaultCatalogue.find(['inlay', 'core'])!;
    assert.equal(act.id, 'inlay_core');
    assert.equal(act.sante100, undefined);
    assert.equal(act.dentalBasket, 'libre');
    assert.match(act.description, /hors panier 100 % Santé/);
    assert.equal(defaultCatalogue.find(['inlay', 'core', '100', 'sante'])?.sante100?.cap, 'hlf.inlay_core_100_sante');
  });
});

describe('non-health lines (funeral, assistance, birth allowances)', () => {
  const nonHealth = ACTS.filter((a) => a.nonSante);

  it('are marked nonSante, have no BR and no AMO rate', () => {
    assert.deepEqual(nonHealth.map((a) => a.id).sort(), ['allocation_naissance', 'assistance', 'frais_obseques']);
    for (const act of nonHealth) {
      assert.equal(act.nomenclature, 'sans_br', act.id);
      assert.equal(act.base, undefined, act.id);
      assert.equal(act.rate, undefined, act.id);
      assert.ok(!act.sante100 && !act.dentalBasket && !act.neverCoverable && !act.regulatedPrice, act.id);
    }
  });

  it('are accepted as lines of a responsible grid and raise no contrat responsable finding on their line', () => {
    const analysis = analyze(
      [
        'contrat "T" millesime 2026 responsable type collectif base ro_inclus',
        'poste "Autres"',
        '  frais obseques 1 000 €',
        '  assistance 100 € par an',
        '  allocation naissance 150 €',
        '',
      ].join('\n'),
    );
    const onLines = codesByLine(analysis).filter((c) => !c.startsWith('1 '));
    assert.deepEqual(onLines, []);
  });
});

describe('names of the catalogue', () => {
  it('every written name (and identifier) of an act finds that act: no name is shared by two acts', () => {
    const clashes: string[] = [];
    for (const act of ACTS) {
      for (const name of act.names) {
        const found = defaultCatalogue.find(name.split(/\s+/));
        if (found?.id !== act.id) clashes.push(`« ${name} » of ${act.id} finds ${found?.id ?? 'nothing'}`);
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('an act named « coveredBy » exists', () => {
    const ids = new Set(ACTS.map((a) => a.id));
    assert.deepEqual(
      ACTS.filter((a) => a.coveredBy && !ids.has(a.coveredBy)).map((a) => a.id),
      [],
    );
  });
});

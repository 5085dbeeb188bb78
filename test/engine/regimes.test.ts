/**
 * Régimes and situations of the insured person (issue 16, mechanism 4), each case computed by hand
 * below with its steps and its source:
 *
 * - the régime local d'Alsace-Moselle (`regime local`, on a case or as the header's default): the
 *   Sécu's part includes the régime local's complement — 90 % of doctors', auxiliaries', biology
 *   and dental bases, drugs 90 / 80 / 15 %, hospital 100 % with the forfait journalier (lelynx.fr,
 *   Le Quotidien du médecin 2006 and 2019, rue89strasbourg 2023: `rl.*` in params/parameters.ts);
 *   out of the parcours it adds its complement, not the mark-up (Sénat amendment n° 549, 2004);
 *   the participation forfaitaire and the franchises stay withheld;
 * - accidents du travail and maladies professionnelles (`accident_travail`): 100 % of the BR, no
 *   participation forfaitaire, no franchise, no forfait journalier, the reduced FPU (ameli.fr,
 *   CSS L431-1, L432-1 to L432-3, L174-4, L160-13 I); dental prostheses at 150 % (uncertain);
 * - overseas départements (`residence reunion`): the LPP base and price of optics and hearing aids
 *   times the département's coefficient (arrêté du 1er décembre 2020: optics ×1,3 Guadeloupe, ×1,15
 *   Martinique and Guyane, ×1,2 La Réunion; hearing aids ×1,2 at La Réunion).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { computeCare, type Reimbursement } from '../../server/src/core/engine/compute';

const LINES = [
  'poste "Hospitalisation"',
  '  frais de sejour 100 % BR',
  '  forfait journalier 100 % FR',
  '  forfait patient urgences 100 % FR',
  '  honoraires chirurgicaux 100 % BR',
  'poste "Soins courants"',
  '  consultation generaliste 100 % BR',
  '  auxiliaires medicaux 100 % BR',
  '  pharmacie smr majeur 100 % BR',
  '  pharmacie smr modere 100 % BR',
  '  pharmacie smr faible 100 % BR',
  'poste "Dentaire"',
  '  couronne tarifs libres 100 % BR',
  'poste "Optique"',
  '  optique classe a 100 % Sante',
  'poste "Aides auditives"',
  '  aide auditive classe i 100 % Sante',
].join('\n');

function grid(header = ''): string {
  return `contrat "T" millesime 2026 responsable base ro_inclus${header}\n${LINES}\n`;
}

/** Every act of one example, as « act: Sécu / mutuelle / reste ». */
function results(acts: string[], header = ''): Reimbursement[] {
  const analysis = analyze(`${grid(header)}exemple "E"\n${acts.map((a) => `  ${a}\n`).join('')}`);
  const syntax = analysis.diagnostics.filter((d) => /^GR0/.test(d.code));
  assert.deepEqual(
    syntax.map((d) => d.message),
    [],
  );
  return analysis.examples[0]!.events.flatMap((e) => e.results);
}

function amounts(r: Reimbursement): string {
  assert.ok(r.ok, r.problems.join(' '));
  return `Sécu ${r.amoNet.toFixed(2)} mutuelle ${r.amc.toFixed(2)} reste ${r.reste.toFixed(2)}`;
}

function one(act: string, header = ''): string {
  return amounts(results([act], header)[0]!);
}

describe("régime local d'Alsace-Moselle", () => {
  it('a GP consultation at 30 €: Sécu 90 % = 27 € less the 2 € PF, mutuelle 30 − 27 = 3 €, the PF left to pay', () => {
    // 90 % × 30 = 27,00; PF 2 € withheld (the régime local does not cover it): 25,00. 100 % BR Sécu
    // incluse: min(30, 30) − 27 = 3,00. Reste 30 − 25 − 3 = 2,00. Régime général: 19 / 9 / 2.
    assert.equal(one('acte consultation generaliste secteur 1 prix 30 € date 2026-03-10 regime local'), 'Sécu 25.00 mutuelle 3.00 reste 2.00');
    assert.equal(one('acte consultation generaliste secteur 1 prix 30 € date 2026-03-10'), 'Sécu 19.00 mutuelle 9.00 reste 2.00');
  });

  it('out of the parcours: 30 % plus the régime local complement of 20 % = 50 %, the mark-up not covered', () => {
    // 50 % × 30 = 15 − 2 (PF) = 13. The responsible contract computes its 100 % BR against the
    // in-parcours Sécu (27 €): 3 €. Reste 30 − 13 − 3 = 14 (the 40-point mark-up 12 € + the PF 2 €).
    assert.equal(one('acte consultation generaliste secteur 1 prix 30 € date 2026-03-10 regime local hors parcours'), 'Sécu 13.00 mutuelle 3.00 reste 14.00');
  });

  it('drugs at 65 %, 30 % and 15 % of the régime général: 90 %, 80 % and 15 % with the régime local', () => {
    // BR 10 €, 1 € franchise per box withheld: 9 − 1 = 8 (mutuelle 10 − 9 = 1); 8 − 1 = 7 (mutuelle
    // 2); 1,50 − 1 = 0,50 (mutuelle 10 − 1,50 = 8,50). Each leaves the franchise, 1 €.
    const [majeur, modere, faible] = results(
      ['pharmacie smr majeur br 10 € prix 10 €', 'pharmacie smr modere br 10 € prix 10 €', 'pharmacie smr faible br 10 € prix 10 €'].map(
        (a) => `acte ${a} date 2026-03-10 regime local`,
      ),
    );
    assert.equal(amounts(majeur!), 'Sécu 8.00 mutuelle 1.00 reste 1.00');
    assert.equal(amounts(modere!), 'Sécu 7.00 mutuelle 2.00 reste 1.00');
    assert.equal(amounts(faible!), 'Sécu 0.50 mutuelle 8.50 reste 1.00');
  });

  it('a physiotherapy session: 90 % of the BR, the 1 € franchise withheld', () => {
    // 90 % × 20 = 18 − 1 (franchise paramédicale) = 17; mutuelle 20 − 18 = 2; reste 1.
    assert.equal(one('acte auxiliaires medicaux br 20 € prix 20 € date 2026-03-10 regime local'), 'Sécu 17.00 mutuelle 2.00 reste 1.00');
  });

  it('a stay: the stay fees at 100 % and the forfait journalier paid by the régime local', () => {
    // Stay fees BR 800 €: 100 % = 800. Forfaits 3 × 23 € (from 1 March 2026) = 69 €, paid by the
    // régime local: Sécu 69. The mutuelle has nothing left to pay.
    const [fees, fj] = results(
      ['acte frais de sejour br 800 € prix 800 € sejour "S1"', 'acte forfait journalier jours 3 sejour "S1"'].map((a) => `${a} date 2026-03-10 regime local`),
    );
    assert.equal(amounts(fees!), 'Sécu 800.00 mutuelle 0.00 reste 0.00');
    assert.equal(amounts(fj!), 'Sécu 69.00 mutuelle 0.00 reste 0.00');
    // Régime général, for contrast: 80 % = 640 €, TM 160 € ≥ forfaits 69 €: the forfait is imputed
    // on the TM (CSS L174-4, price 0), the mutuelle pays the TM.
    const [feesG, fjG] = results(
      ['acte frais de sejour br 800 € prix 800 € sejour "S1"', 'acte forfait journalier jours 3 sejour "S1"'].map((a) => `${a} date 2026-03-10`),
    );
    assert.equal(amounts(feesG!), 'Sécu 640.00 mutuelle 160.00 reste 0.00');
    assert.equal(amounts(fjG!), 'Sécu 0.00 mutuelle 0.00 reste 0.00');
  });

  it('a surgeon in a stay: 100 % of the base, so no participation « actes lourds »', () => {
    // Régime général: 300 − 24 = 276 (the PAL in place of the TM). Régime local: hospital 100 %.
    assert.equal(one('acte honoraires chirurgicaux br 300 € prix 300 € date 2026-03-10 sejour "S1" regime local'), 'Sécu 300.00 mutuelle 0.00 reste 0.00');
    assert.equal(one('acte honoraires chirurgicaux br 300 € prix 300 € date 2026-03-10 sejour "S1"'), 'Sécu 276.00 mutuelle 24.00 reste 0.00');
  });

  it('the header « regime local » is every case default; a case « regime general » is computed at the régime général', () => {
    const [local, general] = results(
      ['acte consultation generaliste secteur 1 prix 30 € date 2026-03-10', 'acte consultation generaliste secteur 1 prix 30 € date 2026-03-11 regime general'],
      ' regime local',
    );
    assert.equal(amounts(local!), 'Sécu 25.00 mutuelle 3.00 reste 2.00');
    assert.equal(amounts(general!), 'Sécu 19.00 mutuelle 9.00 reste 2.00');
  });

  it('the trace says the rate comes from the régime local, with its dated source', () => {
    const analysis = analyze(`${grid()}exemple "E"\n  acte consultation generaliste secteur 1 prix 30 € date 2026-03-10 regime local\n`);
    const care = analysis.model.examples[0]!.events[0]!.care!;
    const step = computeCare(analysis.model, care, { explain: true }).trace.find((t) => t.step === 'Taux AMO')!;
    assert.match(
      step.text.replace(/[\u00a0\u202f]/g, ' '),
      /^90 % de 30,00 € = 27,00 € \(Taux AMO des honoraires médicaux, régime local d'Alsace-Moselle compris, au lieu de 70 % au régime général/,
    );
    assert.deepEqual(
      step.parameters!.map((p) => [p.id, p.confidence]),
      [['rl.taux.medecin', 'secondary']],
    );
  });
});

describe('accidents du travail et maladies professionnelles', () => {
  it('a GP consultation: 100 % of the BR, no participation forfaitaire', () => {
    // 100 % × 30 = 30; no PF (ameli.fr: « ni participation forfaitaire ni franchise »); nothing left.
    assert.equal(one('acte consultation generaliste secteur 1 prix 30 € date 2026-03-10 accident_travail'), 'Sécu 30.00 mutuelle 0.00 reste 0.00');
  });

  it('a drug box: 100 %, no franchise', () => {
    assert.equal(one('acte pharmacie smr modere br 10 € prix 10 € date 2026-03-10 maladie_professionnelle'), 'Sécu 10.00 mutuelle 0.00 reste 0.00');
  });

  it('no forfait journalier (CSS L174-4) and the stay fees at 100 %', () => {
    const [fees, fj] = results(
      ['acte frais de sejour br 800 € prix 800 € sejour "S1"', 'acte forfait journalier jours 3 sejour "S1"'].map((a) => `${a} date 2026-03-10 at_mp`),
    );
    assert.equal(amounts(fees!), 'Sécu 800.00 mutuelle 0.00 reste 0.00');
    assert.equal(amounts(fj!), 'Sécu 0.00 mutuelle 0.00 reste 0.00');
  });

  it('no participation « actes lourds » on a surgeon of 300 €', () => {
    assert.equal(one('acte honoraires chirurgicaux br 300 € prix 300 € date 2026-03-10 accident_travail'), 'Sécu 300.00 mutuelle 0.00 reste 0.00');
  });

  it('the reduced forfait patient urgences: 9,96 € from 1 March 2026 (CSS L160-13 I), paid by the line at 100 % FR', () => {
    assert.equal(one('acte forfait patient urgences date 2026-03-10 accident_travail'), 'Sécu 0.00 mutuelle 9.96 reste 0.00');
  });

  it('a crown at 150 % of its base (uncertain parameter): 180 € of a 120 € base, within the price', () => {
    // 150 % × 120 = 180 ≤ 500. 100 % BR Sécu incluse: min(500, 120) − 180 < 0 → 0. Reste 320.
    assert.equal(one('acte couronne tarifs libres br 120 € prix 500 € date 2026-03-10 accident_travail'), 'Sécu 180.00 mutuelle 0.00 reste 320.00');
    // Never more than was spent: a 150 € crown of base 120 € is paid 150 €.
    assert.equal(one('acte couronne tarifs libres br 120 € prix 150 € date 2026-03-10 accident_travail'), 'Sécu 150.00 mutuelle 0.00 reste 0.00');
  });
});

describe("départements d'outre-mer: LPP coefficients", () => {
  it('a class I hearing aid at La Réunion: BR 400 × 1,2 = 480 €, PLV 950 × 1,2 = 1 140 € (domain.md §11)', () => {
    // Sécu 60 % × 480 = 288; 100 % Santé: min(1 140, 1 140) − 288 = 852; reste 0.
    assert.equal(one('acte aide auditive classe i prix 1 140 € age 50 date 2026-03-10 residence reunion'), 'Sécu 288.00 mutuelle 852.00 reste 0.00');
  });

  it('a class A optical equipment in Guadeloupe: BR 28,50 × 1,3 = 37,05 €, PLV 95 × 1,3 = 123,50 €', () => {
    // Sécu 60 % × 37,05 = 22,23; mutuelle 123,50 − 22,23 = 101,27; reste 0.
    assert.equal(one('acte optique classe a prix 123,50 € age 40 date 2026-03-10 residence guadeloupe'), 'Sécu 22.23 mutuelle 101.27 reste 0.00');
  });

  it('a hearing aid in Martinique, whose coefficient was not found, is not computed rather than computed wrong', () => {
    const result = results(['acte aide auditive classe i prix 1 100 € age 50 date 2026-03-10 residence martinique'])[0]!;
    assert.equal(result.ok, false);
    assert.match(result.problems.join(' '), /dom\.audio\.martinique/);
  });

  it('a consultation is not an LPP device: the same base overseas', () => {
    assert.equal(one('acte consultation generaliste secteur 1 prix 30 € date 2026-03-10 residence reunion'), 'Sécu 19.00 mutuelle 9.00 reste 2.00');
  });
});

describe('the new words are read, and a wrong one is reported at its position', () => {
  it('« regime alsace moselle », « regime alsace-moselle » and « regime alsace_moselle » are the régime local', () => {
    for (const words of ['alsace moselle', 'alsace-moselle', 'alsace_moselle']) {
      assert.equal(one(`acte consultation generaliste secteur 1 prix 30 € date 2026-03-10 regime ${words}`), 'Sécu 25.00 mutuelle 3.00 reste 2.00', words);
    }
  });

  it('« regime locale » and « residence corse » are GR009 with a suggestion', () => {
    const analysis = analyze(
      `${grid()}exemple "E"\n  acte consultation generaliste prix 30 € regime locale\n  acte consultation generaliste prix 30 € residence corse\n`,
    );
    const found = analysis.diagnostics.filter((d) => d.code === 'GR009').map((d) => d.message);
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0]!, /Régime attendu .*« local »/);
    assert.match(found[1]!, /Lieu des soins attendu/);
  });
});

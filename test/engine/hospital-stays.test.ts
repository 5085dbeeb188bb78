/**
 * Hospital stays (issue 16, mechanism 1): the acts of one stay, written with `sejour "S1"`, are
 * priced together. Each case is computed by hand below, with its steps and the text it applies.
 *
 * The texts (Code de la sécurité sociale, consolidated by Légifrance on 14/03/2026; quoted in
 * docs/parameters-research-2026.md):
 * - R160-16 I 2°: the participation is reduced to the flat PAL « pour l'ensemble des frais
 *   intervenant au cours d'une hospitalisation … lorsqu'il est effectué un acte … affecté d'un
 *   coefficient égal ou supérieur à 60, soit d'un tarif égal ou supérieur à 120 euros », and « la
 *   participation de l'assuré est due au titre des frais d'hospitalisation »: once per stay, on the
 *   stay's fees;
 * - R160-16 V 3°: the participation is removed « pour l'ensemble des frais intervenant au cours
 *   d'une hospitalisation à compter du trente et unième jour d'hospitalisation consécutif »;
 * - L174-4: « Le forfait journalier s'impute à due concurrence sur la participation laissée
 *   éventuellement à la charge des assurés … lorsque le montant de cette participation est supérieur
 *   ou égal à celui du forfait journalier ; dans le cas contraire, la participation est imputée sur
 *   le forfait. Cette disposition n'est toutefois pas applicable lorsque … la participation de
 *   l'assuré à l'occasion d'une hospitalisation est limitée » (the PAL case: both are due).
 *
 * Figures (server/src/core/params/parameters.ts): care on 2 March 2026, so PAL 24 € (32 € only from
 * 22 April), forfait journalier 23 € (from 1 March), hospital rate 80 %. Secteur 1, BR = price.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { simulate } from '../../server/src/core/engine/simulate';
import type { CareCase } from '../../server/src/core/model/grid-model';
import { addMonthsAndDays, compareDates, daysBetween } from '../../server/src/core/syntax/calendar';
import { plainSpaces } from '../../server/src/core/engine/money';
import { euros } from '../helpers';

const GRID = [
  'contrat "Test" millesime 2026 non_responsable base ro_inclus',
  'poste "Hospitalisation"',
  '  frais de sejour 100 % BR',
  '  honoraires chirurgie 100 % BR',
  '  forfait journalier 100 % FR',
  'exemple "Séjour"',
].join('\n');

/** Each act of the example: `secu · mutuelle · reste`. */
function stay(...acts: string[]): string[] {
  const analysis = analyze(`${GRID}\n${acts.map((a) => `  ${a}`).join('\n')}\n`);
  return analysis.examples[0]!.events.map((e) => {
    if (!e.total) return `incalculable: ${e.results.map((r) => r.problems.join(' ')).join(' ')}`;
    return `${euros(e.total.secu)} · ${euros(e.total.mutuelle)} · ${euros(e.total.reste)}`;
  });
}

describe('the participation « actes lourds » once per stay (CSS R160-16 I 2°)', () => {
  it('a hip replacement: stay fees, surgeon and anaesthetist share one PAL, borne by the stay fees', () => {
    // Stay fees BR 1 500 €: Sécu 1 500 − 24 = 1 476 €, the mutuelle the 24 € (100 % BR − Sécu).
    // Surgeon BR 300 € (≥ 120 €: the stay is « heavy »): Sécu 100 %, 300 €, mutuelle 0.
    // Anaesthetist BR 150 €: Sécu 150 €, mutuelle 0.
    // Forfait journalier 4 × 23 € = 92 €, due on top of the PAL (L174-4, last sentence): mutuelle 92 €.
    // In all: Sécu 1 926 €, mutuelle 116 €. Per act, as before, the Sécu paid 1 476 + 276 + 126 =
    // 1 878 € and the patient's participation was 3 × 24 € = 72 €.
    assert.deepEqual(
      stay(
        'situation sejour "S1" date 2026-03-02',
        'acte frais de sejour br 1 500 € prix 1 500 €',
        'acte honoraires chirurgie secteur 1 br 300 € prix 300 €',
        'acte honoraires chirurgie secteur 1 br 150 € prix 150 €',
        'acte forfait journalier jours 4',
      ),
      ['1 476,00 € · 24,00 € · 0,00 €', '300,00 € · 0,00 € · 0,00 €', '150,00 € · 0,00 € · 0,00 €', '0,00 € · 92,00 € · 0,00 €'],
    );
  });

  it('in any order: the surgeon written before the stay fees is still paid 100 %', () => {
    assert.deepEqual(
      stay('situation sejour "S1" date 2026-03-02', 'acte honoraires chirurgie secteur 1 br 300 € prix 300 €', 'acte frais de sejour br 1 500 € prix 1 500 €'),
      ['300,00 € · 0,00 € · 0,00 €', '1 476,00 € · 24,00 € · 0,00 €'],
    );
  });

  it('without stay fees the first heavy act bears it; an act below 120 € written before it is paid 100 %', () => {
    // Anaesthetist BR 100 € (< 120 €), written first: the stay has a heavy act, so its fees are
    // covered by the one participation: Sécu 100 €. Surgeon BR 300 €: Sécu 300 − 24 = 276 €,
    // mutuelle 24 €. Per act, the anaesthetist would have paid a TM of 20 € (Sécu 80 €).
    assert.deepEqual(
      stay(
        'situation sejour "S2" date 2026-03-02',
        'acte honoraires chirurgie secteur 1 br 100 € prix 100 €',
        'acte honoraires chirurgie secteur 1 br 300 € prix 300 €',
      ),
      ['100,00 € · 0,00 € · 0,00 €', '276,00 € · 24,00 € · 0,00 €'],
    );
  });

  it('the same acts without `sejour` keep one PAL each (separate consultations in town)', () => {
    // 300 − 24 = 276 € and 150 − 24 = 126 €: R160-16 I 1°, one act of one practitioner at a time.
    assert.deepEqual(
      stay(
        'acte honoraires chirurgie secteur 1 br 300 € prix 300 € date 2026-03-02',
        'acte honoraires chirurgie secteur 1 br 150 € prix 150 € date 2026-03-02',
      ),
      ['276,00 € · 24,00 € · 0,00 €', '126,00 € · 24,00 € · 0,00 €'],
    );
  });

  it('the explanation says why, and names the text', () => {
    const analysis = analyze(
      `${GRID}\n  situation sejour "S1" date 2026-03-02\n  acte frais de sejour br 1 500 € prix 1 500 €\n  acte honoraires chirurgie secteur 1 br 300 € prix 300 €\n  attendu secu 0 €\n`,
    );
    // The wrong expectation makes GR401 run the example again with the trace.
    const trace = analysis.examples[0]!.events.flatMap((e) => e.results.flatMap((r) => r.trace.map((t) => plainSpaces(t.text))));
    assert.ok(
      trace.some((t) => t.includes('une seule participation de 24,00 €') && t.includes('R160-16 I 2°') && t.includes('frais de séjour')),
      trace.join('\n'),
    );
    assert.ok(
      trace.some((t) => t.includes('due une seule fois') && t.includes('100 %')),
      trace.join('\n'),
    );
  });
});

describe('the forfait journalier and the TM of a stay (CSS L174-4)', () => {
  it('a medical stay (no act of 120 €): TM 160 € ≥ forfaits 69 €, the forfait is not billed on top', () => {
    // Stay fees BR 800 €: no heavy act, so the TM stays proportional: Sécu 80 % = 640 €, TM 160 €.
    // Forfait journalier 3 × 23 € = 69 € ≤ 160 €: it « s'impute sur la participation »: 0 € billed.
    // The patient's share is 160 €, not 160 + 69 = 229 €.
    assert.deepEqual(stay('situation sejour "M" date 2026-03-02', 'acte frais de sejour br 800 € prix 800 €', 'acte forfait journalier jours 3'), [
      '640,00 € · 160,00 € · 0,00 €',
      '0,00 € · 0,00 € · 0,00 €',
    ]);
  });

  it('TM 180 € < forfaits 230 €: the TM is imputed on the forfait, which alone is billed', () => {
    // Stay fees BR 900 €: Sécu 720 €, TM 180 €. Forfait journalier 10 × 23 € = 230 € > 180 €: « la
    // participation est imputée sur le forfait »: the stay fees are billed 900 − 180 = 720 € (all
    // paid by the Sécu), the forfait 230 € (the mutuelle). The patient's share is 230 €, not 410 €.
    assert.deepEqual(stay('situation sejour "M" date 2026-03-02', 'acte forfait journalier jours 10', 'acte frais de sejour br 900 € prix 900 €'), [
      '0,00 € · 230,00 € · 0,00 €',
      '720,00 € · 0,00 € · 0,00 €',
    ]);
  });

  it('the stay fees alone, without `sejour`, still take the PAL (the engine cannot know what was done)', () => {
    assert.deepEqual(stay('acte frais de sejour br 800 € prix 800 € date 2026-03-02'), ['776,00 € · 24,00 € · 0,00 €']);
  });
});

describe('100 % from the 31st day of a stay (CSS R160-16 V 3°)', () => {
  it('stay fees billed on day 30 pay the TM, those of day 31 none', () => {
    // Day 1 = 2 March 2026. 31 March is day 30: BR 1 000 €, Sécu 80 % = 800 €, TM 200 €.
    // 1 April is day 31: BR 1 000 €, Sécu 100 % = 1 000 €, TM 0 €.
    assert.deepEqual(
      stay(
        'situation sejour "L"',
        'acte frais de sejour br 3 000 € prix 3 000 € date 2026-03-02',
        'acte frais de sejour br 1 000 € prix 1 000 € date 2026-03-31',
        'acte frais de sejour br 1 000 € prix 1 000 € date 2026-04-01',
      ),
      ['2 400,00 € · 600,00 € · 0,00 €', '800,00 € · 200,00 € · 0,00 €', '1 000,00 € · 0,00 € · 0,00 €'],
    );
  });

  it('the forfait journalier stays due after the 30th day, and is counted in two parts', () => {
    // A surgeon on day 1 (BR 300 €, the PAL: Sécu 276 €); forfait journalier 40 days from 2 March:
    // 30 × 23 € + 10 × 23 € = 920 €, all due (PAL stay: no imputation), paid by the « 100 % FR » line.
    const analysis = analyze(
      `${GRID}\n  situation sejour "L" date 2026-03-02\n  acte honoraires chirurgie secteur 1 br 300 € prix 300 €\n  acte forfait journalier jours 40\n  attendu mutuelle 0 €\n`,
    );
    const [surgeon, forfait] = analysis.examples[0]!.events;
    assert.equal(euros(surgeon!.total!.secu), '276,00 €');
    assert.equal(euros(forfait!.total!.mutuelle), '920,00 €');
    const trace = forfait!.results[0]!.trace.map((t) => plainSpaces(t.text));
    assert.ok(
      trace.some((t) => t.includes('30 jours à partir du 02/03/2026, puis 10 à partir du 01/04/2026 (31e jour du séjour)')),
      trace.join('\n'),
    );
  });
});

describe('`sejour "S1"` in an example', () => {
  it('ends the act name only before a quoted name: « frais de sejour » stays an act', () => {
    const analysis = analyze(`${GRID}\n  acte frais de sejour sejour "S1" br 800 € date 2026-03-02\n`);
    assert.deepEqual(
      analysis.diagnostics.map((d) => d.code),
      [],
    );
    const care = analysis.model.examples[0]!.events[0]!.care!;
    assert.deepEqual([care.act.id, care.stayName], ['frais_sejour', 'S1']);
  });

  it('a stay name and a kind of stay together: `sejour "S1" sejour psychiatrie`', () => {
    const analysis = analyze(
      `${GRID}\n  acte frais de sejour sejour "S1" sejour psychiatrie br 800 € date 2026-03-02\n  acte forfait journalier sejour "S1" jours 2\n`,
    );
    assert.deepEqual(
      analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
      [],
    );
    const [fees, forfait] = analysis.model.examples[0]!.events.map((e) => e.care!);
    assert.deepEqual([fees!.act.id, fees!.stayName, fees!.stay, fees!.flags.has('psychiatrie')], ['frais_sejour', 'S1', 'psychiatrie', true]);
    assert.deepEqual([forfait!.act.id, forfait!.stayName], ['forfait_journalier', 'S1']);
  });

  it('a stay is per beneficiary: the same name for two people is two stays', () => {
    // Léa's stay has the surgeon (PAL on her stay fees: 1 476 €); Hugo's stay fees alone do not make his
    // stay heavy: 80 % of 800 € = 640 €.
    assert.deepEqual(
      stay(
        'situation sejour "S1" date 2026-03-02',
        'acte frais de sejour br 1 500 € prix 1 500 € beneficiaire "Léa"',
        'acte honoraires chirurgie secteur 1 br 300 € prix 300 € beneficiaire "Léa"',
        'acte frais de sejour br 800 € prix 800 € beneficiaire "Hugo"',
      ),
      ['1 476,00 € · 24,00 € · 0,00 €', '300,00 € · 0,00 € · 0,00 €', '640,00 € · 160,00 € · 0,00 €'],
    );
  });
});

describe('stays over generated acts', () => {
  it('the amounts add up, and a heavy stay leaves at most one PAL of participation on its eligible acts', () => {
    const { model } = analyze(`${GRID}\n`);
    const byId = (id: string) => model.lines.find((l) => l.act?.id === id)!.act!;
    const acts = ['frais_sejour', 'honoraires_chirurgie', 'forfait_journalier'].map(byId);
    const care = fc
      .record({
        act: fc.constantFrom(...acts),
        br: fc.integer({ min: 1, max: 300_000 }),
        price: fc.option(fc.integer({ min: 0, max: 400_000 }), { nil: null }),
        day: fc.integer({ min: 0, max: 45 }),
        quantity: fc.integer({ min: 1, max: 3 }),
      })
      .map((c): CareCase => ({
        act: c.act,
        sector: 'secteur1',
        unitPrice: c.price === null ? null : new Decimal(c.price).dividedBy(100),
        br: new Decimal(c.br).dividedBy(100),
        date: addMonthsAndDays('2026-02-20', 0, c.day),
        quantity: c.quantity,
        age: 40,
        flags: new Set(),
        adhesionDate: null,
        option: null,
        beneficiary: 'x',
        stayName: 'S',
      }));
    fc.assert(
      fc.property(fc.array(care, { minLength: 1, maxLength: 6 }), (cases) => {
        const results = simulate(model, cases);
        const start = cases.map((c) => c.date).sort(compareDates)[0]!;
        let participation = new Decimal(0);
        let heavy = false;
        results.forEach((r, i) => {
          assert.ok(r.ok, r.problems.join(' '));
          assert.ok(r.amoNet.plus(r.amc).plus(r.reste).equals(r.price));
          assert.ok(r.amc.greaterThanOrEqualTo(0) && r.amc.lessThanOrEqualTo(r.price.minus(r.amoGross)));
          const c = cases[i]!;
          const early = daysBetween(start, c.date) < 30;
          if (c.act.palEligible && r.base && early) {
            participation = participation.plus(Decimal.min(r.price, r.base.times(r.quantity)).minus(r.amoGross));
            if (c.act.id !== 'frais_sejour' && r.base.greaterThanOrEqualTo(120)) heavy = true;
          }
        });
        if (heavy) assert.ok(participation.greaterThanOrEqualTo(0) && participation.lessThanOrEqualTo(32), `participation ${participation.toString()}`);
      }),
      { numRuns: 300 },
    );
  });
});

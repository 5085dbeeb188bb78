/**
 * Precision and dates (issue 16, mechanism 5): money exact at any size a grid can hold, dates
 * compared as dates, and every date the language accepts computed or refused with a finding. The
 * bounds are `server/src/core/syntax/limits.ts` (docs/language.md, « Bounds »); each case below is
 * computed by hand.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import Decimal from '../../server/src/core/decimal';
import { analyze } from '../../server/src/core/analyze';
import { computeCare } from '../../server/src/core/engine/compute';
import { overridePrice } from '../../server/src/core/engine/simulate';
import { ENGINE_PRECISION, LANGUAGE_LIMITS } from '../../server/src/core/syntax/limits';
import type { CareCase } from '../../server/src/core/model/grid-model';

const GRID = [
  'contrat "T" millesime 2026 responsable base ro_inclus',
  'poste "Hospitalisation"',
  '  chambre particuliere 100 % FR',
  '  forfait journalier 100 % FR, carence 3 mois',
  '',
].join('\n');

function example(acts: string[]) {
  return analyze(`${GRID}exemple "E"\n${acts.map((a) => `  ${a}\n`).join('')}`);
}

/** The forfait journalier case of the grid, with the given fields (built as a front end would). */
function forfaitCase(fields: Partial<CareCase>): { grid: ReturnType<typeof analyze>['model']; care: CareCase } {
  const analysis = example(['acte forfait journalier date 2026-03-10']);
  return { grid: analysis.model, care: { ...analysis.model.examples[0]!.events[0]!.care!, ...fields } };
}

describe('money: exact at any size the language accepts', () => {
  it('the precision is tied to the bounds: the largest amount × the largest rate × the largest count is exact', () => {
    // 999 999 999,999999 (9 + 6 digits, the largest number) squared, times 366 × 1 000 units:
    // (10^9 − 10^−6)² × 366 000 = 366 000 × (10^18 − 2 × 10^3 + 10^−12), computed in integers of
    // millionths (BigInt) and compared digit for digit.
    const largest = '999999999.999999';
    const count = LANGUAGE_LIMITS.quantity * LANGUAGE_LIMITS.repeat;
    assert.equal(count, 366_000);
    const micro = 999_999_999_999_999n; // the largest number in millionths
    const exact = micro * micro * 366_000n; // in 10^−12
    const digits = exact.toString();
    const expected = `${digits.slice(0, -12)}.${digits.slice(-12)}`.replace(/0+$/, '');
    assert.equal(new Decimal(largest).times(largest).times(count).toFixed(), expected);
    assert.ok(digits.length <= ENGINE_PRECISION, `${digits.length} digits within ${ENGINE_PRECISION}`);
    // decimal.js's default precision would not hold it.
    const Default = Decimal.clone({ precision: 20 });
    assert.notEqual(new Default(largest).times(largest).times(count).toFixed(), expected);
  });

  it('the issue’s price of 10^20 € is refused (GR012) rather than computed 0,49 € short', () => {
    const analysis = example(['acte chambre particuliere prix 100 000 000 000 000 000 000,49 € date 2026-03-10']);
    assert.deepEqual(
      analysis.diagnostics.filter((d) => d.code === 'GR012').map((d) => d.range.start),
      [GRID.length + 'exemple "E"\n  acte chambre particuliere prix '.length],
    );
    assert.equal(analysis.examples[0]?.events.length ?? 0, 0);
  });

  it('the largest price for the longest stay, to the cent: 366 × 999 999 999,99 € = 365 999 999 996,34 €', () => {
    // 366 × (10^9 − 0,01) = 366 000 000 000 − 3,66. The line pays 100 % of it (no BR: Sécu 0).
    const result = example(['acte chambre particuliere prix 999 999 999,99 € jours 366 date 2026-01-01']).examples[0]!.events[0]!.results;
    const total = result.reduce((sum, r) => sum.plus(r.amc), new Decimal(0));
    assert.equal(total.toFixed(2), '365999999996.34');
  });

  it('a typical-price setting past the language’s digits or in fractions of a cent is ignored, like a grid’s would be refused', () => {
    const act = example([]).model.socleByAct.get('chambre_particuliere')!.act!;
    assert.equal(overridePrice(act, { chambre_particuliere: 80 })!.toFixed(2), '80.00');
    assert.equal(overridePrice(act, { chambre_particuliere: 1e20 }), null);
    assert.equal(overridePrice(act, { chambre_particuliere: 80.555 }), null);
    assert.equal(overridePrice(act, { chambre_particuliere: 'abc' }), null);
    assert.equal(overridePrice(act, { chambre_particuliere: -1 }), null);
  });
});

describe('dates: compared as dates, every accepted date computed or refused with a finding', () => {
  it('an adhesion written in year 10000 is refused at its position, not a vanished carence', () => {
    const analysis = example(['acte forfait journalier date 2026-03-10 adhesion 10000-01-01']);
    const found = analysis.diagnostics.filter((d) => /^GR00/.test(d.code));
    assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
    assert.match(found[0]!.message, /Date d'adhésion/);
  });

  it('an adhesion of year 10000 given to the engine directly still binds the carence (day numbers, not text)', () => {
    // Adhesion 01/01/10000 + 3 months: covered from 01/04/10000; care on 10/03/2026 is before it,
    // so the mutuelle pays nothing of the 23 € forfait. As text, "10000-01-01" < "2026-03-10".
    const { grid, care } = forfaitCase({ adhesionDate: '10000-01-01' });
    const result = computeCare(grid, care);
    assert.ok(result.ok, result.problems.join(' '));
    assert.equal(result.price.toFixed(2), '23.00');
    assert.equal(result.amc.toFixed(2), '0.00');
  });

  for (const date of ['0099-12-30', '0000-12-30', '9999-12-30', '2101-01-01']) {
    it(`a stay dated ${date} in a grid is GR004 at the date`, () => {
      const analysis = example([`acte forfait journalier jours 5 date ${date}`]);
      const gr004 = analysis.diagnostics.filter((d) => d.code === 'GR004');
      assert.equal(gr004.length, 1);
      assert.equal(
        analysis.examples[0]!.events.every((e) => e.results.length === 0),
        true,
      );
    });
  }

  it('given to the engine, a stay across 31 December 0099 is not computed, and says why (no figure then)', () => {
    const { grid, care } = forfaitCase({ date: '0099-12-30', quantity: 5 });
    const result = computeCare(grid, care);
    assert.equal(result.ok, false);
    assert.match(result.problems.join(' '), /fjh\.montant.*30\/12\/0099/);
  });

  it('given to the engine, a stay across 31 December 9999 is split at 1 January 10000: 2 + 3 days at 23 €', () => {
    // 30 and 31 December 9999, then 1 to 3 January 10000: 5 × 23 € = 115 €, paid by the 100 % FR line.
    const { grid, care } = forfaitCase({ date: '9999-12-30', quantity: 5 });
    const result = computeCare(grid, care, { explain: true });
    assert.ok(result.ok, result.problems.join(' '));
    assert.equal(result.amc.toFixed(2), '115.00');
    assert.ok(result.trace.some((t) => /2 jours en 9999, puis 3 à partir du 01\/01\/10000/.test(t.text)));
  });
});

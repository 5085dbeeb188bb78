/**
 * Every date, duration and number the language accepts is computed, exactly; every one past the
 * language's bounds (core/syntax/limits.ts) is refused with a finding at its position — never a
 * crash, an « Invalid time value », or an amount rounded without a word.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { analyze } from '../../server/src/core/analyze';
import { computeCare } from '../../server/src/core/engine/compute';
import type { CareCase } from '../../server/src/core/model/grid-model';
import { percentOf, timesCount } from '../../server/src/core/engine/money';
import { addMonthsAndDays, compareDates, daysBetween, isCalendarDate } from '../../server/src/core/syntax/calendar';
import { LANGUAGE_LIMITS } from '../../server/src/core/syntax/limits';
import { previews } from '../../server/src/services/previews';
import { codesByLine, renderDiagnostics } from '../helpers';

const HEADER = 'contrat "T" millesime 2026 non_responsable base ro_inclus\n';
const STAY = `${HEADER}poste "Hospitalisation"\n  chambre particuliere 2 % PMSS par jour\n`;

/** Analyses must not throw: the test fails with the thrown error rather than crashing the run. */
function findings(text: string, code?: string): string[] {
  const analysis = analyze(text);
  return renderDiagnostics(analysis).filter((d) => !code || d.includes(` ${code} `));
}

describe('dates the language accepts are computed; others get GR004 at their position', () => {
  for (const date of ['9999-12-31', '0000-01-01', '0099-12-30', '1899-12-31', '2101-01-01']) {
    it(`a stay dated ${date} is refused, not crashed on`, () => {
      const text = `${STAY}exemple "E"\n  acte chambre particuliere jours 4 prix 100 € date ${date}\n`;
      assert.deepEqual(findings(text), [`5:53 GR004 Date « ${date} » hors des années prises en charge (1900 à 2100).`]);
      assert.equal(analyze(text).examples[0]!.events[0]!.results.length, 0, 'an example with a refused date is not computed');
    });
  }

  it('an effective date out of range is refused at its position, and the header is still read', () => {
    const analysis = analyze(
      'contrat "T" millesime 2026 effet 9999-12-31 non_responsable base ro_inclus\nposte "Soins courants"\n  consultation generaliste 100 % BR\n',
    );
    assert.deepEqual(codesByLine(analysis), ['1 GR004']);
    assert.equal(analysis.model.contract.millesime, 2026);
  });

  it('a stay across 31 December of the last accepted year is computed day by day', () => {
    const analysis = analyze(`${STAY}exemple "E"\n  acte chambre particuliere jours 5 prix 100 € date 2100-12-30\n`);
    const result = analysis.examples[0]!.events[0]!.results[0]!;
    assert.ok(result.ok, result.problems.join(' '));
    assert.equal(result.quantity, 5);
    assert.equal(result.price.toFixed(2), '500.00');
  });

  it('the engine splits a stay of any length by year without recursion (100 000 days, 274 years)', () => {
    const analysis = analyze(STAY);
    const act = analysis.model.lines[0]!.act!;
    const care: CareCase = {
      act,
      sector: 'dptam',
      unitPrice: new Decimal(100),
      br: null,
      date: '2026-06-01',
      quantity: 100_000,
      flags: new Set(),
      beneficiary: 'b',
      age: 40,
      adhesionDate: null,
      option: null,
    };
    const result = computeCare(analysis.model, care);
    assert.ok(result.ok, result.problems.join(' '));
    assert.equal(result.quantity, 100_000);
    assert.equal(result.price.toFixed(2), '10000000.00');
  });
});

describe('durations: bounded, each bound with a finding at the value', () => {
  const carence = (value: string) =>
    `${HEADER}poste "Dentaire"\n  implant dentaire 400 € par an, carence ${value}\nexemple "E"\n  acte implant dentaire prix 1 000 € date 2026-03-01 adhesion 2026-01-01\n`;
  const renewal = (value: string) => `${HEADER}poste "Optique"\n  optique classe a 100 % Santé, 1 equipement tous les ${value} ans\n`;

  it('carence 1 000 000 000 000 000 mois: GR012, the line is not computed', () => {
    assert.deepEqual(
      findings(carence('1 000 000 000 000 000 mois'), 'GR012').map((f) => f.slice(0, 11)),
      ['3:42 GR012 '],
    );
  });
  it(`carence past ${LANGUAGE_LIMITS.carenceMonths} mois or ${LANGUAGE_LIMITS.carenceDays} jours: GR111 at the value`, () => {
    assert.deepEqual(findings(carence('121 mois'), 'GR111'), ['3:42 GR111 Durée de carence invalide : un nombre entier de 0 à 120 mois est attendu.']);
    assert.deepEqual(findings(carence('3661 jours'), 'GR111'), ['3:42 GR111 Durée de carence invalide : un nombre entier de 0 à 3660 jours est attendu.']);
  });
  it('the longest carence accepted is computed, in the example and in the previews', () => {
    const analysis = analyze(carence('120 mois'));
    assert.deepEqual(
      renderDiagnostics(analysis).filter((d) => / GR[0-4]\d\d /.test(d) && !/ GR(403|2\d\d) /.test(d)),
      [],
    );
    const result = analysis.examples[0]!.events[0]!.results[0]!;
    assert.ok(result.ok, result.problems.join(' '));
    assert.equal(result.amc.toFixed(2), '0.00', 'in carence until 2036');
    assert.ok(previews(analysis, { start: 0, end: analysis.text.length }).length > 0, 'the line has its previews');
  });
  it('1 equipement tous les 1 000 000 000 000 000 ans: GR012; 100 ans: GR111; 99 ans is read', () => {
    assert.equal(findings(renewal('1 000 000 000 000 000'), 'GR012').length, 1);
    assert.deepEqual(findings(renewal('100'), 'GR111'), ["3:55 GR111 Période de renouvellement invalide : un nombre entier d'années de 1 à 99 est attendu."]);
    assert.deepEqual(findings(renewal('99'), 'GR111'), []);
  });
});

describe('numbers: bounded digits, exact computation within the bounds', () => {
  it('a 100 000-digit amount is one GR012 with a shortened quote, found in linear time', () => {
    const start = performance.now();
    const found = findings(`${HEADER}poste "Soins courants"\n  osteopathie ${'9'.repeat(100_000)} € par seance\n`);
    assert.ok(performance.now() - start < 2000, 'well under the 9,5 s of the quadratic grouping');
    assert.equal(found.filter((f) => f.includes('GR012')).length, 1);
    assert.match(
      found.find((f) => f.includes('GR012'))!,
      /« 9{20}… \(100000 caractères\) » hors limites/,
    );
  });

  it('the largest rate times the largest amount times the largest count is exact to the last digit', () => {
    const nines = (integer: number, fraction: number) => '9'.repeat(integer) + '.' + '9'.repeat(fraction);
    const rate = nines(LANGUAGE_LIMITS.integerDigits, LANGUAGE_LIMITS.fractionDigits);
    const amount = nines(LANGUAGE_LIMITS.integerDigits, LANGUAGE_LIMITS.fractionDigits);
    const count = LANGUAGE_LIMITS.quantity * LANGUAGE_LIMITS.repeat;
    const computed = timesCount(percentOf(new Decimal(rate), new Decimal(amount)), count);
    // The same product in integers: rate and amount scaled by 10^6 each, the percent by 10^2.
    const exact = BigInt(rate.replace('.', '')) * BigInt(amount.replace('.', '')) * BigInt(count);
    const scale = LANGUAGE_LIMITS.fractionDigits * 2 + 2;
    const digits = exact.toString().padStart(scale + 1, '0');
    assert.equal(computed.toFixed(scale), `${digits.slice(0, -scale)}.${digits.slice(-scale)}`);
  });

  it('an amount at the bound is computed to the cent in an example', () => {
    const text = `${HEADER}poste "Soins courants"\n  osteopathie 999 999 999,99 € par seance\nexemple "E"\n  acte osteopathie prix 999 999 999,99 € quantite 366\n`;
    const total = analyze(text).examples[0]!.events[0]!.total!;
    assert.equal(total.mutuelle.toFixed(2), '365999999996.34');
  });
});

describe('calendar arithmetic: dates as dates, for every year', () => {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  it('agrees with the JS Date where Date is right (1970–2100)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.integer({ min: -40_000, max: 40_000 }),
        (date, days) => {
          const start = iso(date);
          const expected = iso(new Date(Date.parse(start) + days * 86_400_000));
          assert.equal(addMonthsAndDays(start, 0, days), expected);
          assert.equal(daysBetween(start, expected), days);
        },
      ),
    );
  });
  it('the years 0–99 are not read as 1900–1999, and five-digit years order after four-digit ones', () => {
    assert.equal(addMonthsAndDays('0099-12-31', 0, 1), '0100-01-01');
    assert.equal(addMonthsAndDays('0004-02-28', 0, 1), '0004-02-29');
    assert.equal(addMonthsAndDays('9999-12-31', 0, 1), '10000-01-01');
    assert.equal(addMonthsAndDays('2026-01-31', 1, 0), '2026-02-28');
    assert.ok(compareDates('10000-01-01', '2026-01-01') > 0);
    assert.ok(compareDates('2026-01-01', '10000-01-01') < 0);
    assert.equal(compareDates('2026-03-01', '2026-03-01'), 0);
  });
  it('isCalendarDate (GR004 and the CLI --date) accepts the language years only', () => {
    assert.deepEqual(['2026-02-28', '2026-02-29', '2024-02-29', '1900-01-01', '2100-12-31', '2101-01-01', '0000-01-01'].map(isCalendarDate), [
      true,
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

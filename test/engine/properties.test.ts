/**
 * Properties that hold for every grid line and every case, checked over thousands of generated
 * ones: the amounts add up to the price to the cent, the mutuelle never pays less than nothing,
 * never more than what the Sécu left, and never the participation forfaitaire or the franchises.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { ACTS } from '../../server/src/core/catalogue/acts';
import type { Reimbursement } from '../../server/src/core/engine/compute';
import { compare, max, min, minus, percentOf, plus, roundCents } from '../../server/src/core/engine/money';
import { previewLine, simulate } from '../../server/src/core/engine/simulate';
import type { CareCase } from '../../server/src/core/model/grid-model';
import type { CaseFlag, CaseSector } from '../../server/src/core/syntax/ast';

const money = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((cents) => (cents / 100).toFixed(2).replace('.', ','));
const rate = fc.constantFrom('90', '100', '125', '130', '150', '175', '200', '250', '300', '400');

const term = fc.oneof(
  rate.map((r) => `${r} % BR`),
  fc.tuple(rate, fc.constantFrom('ro_inclus', 'en_sus')).map(([r, b]) => `${r} % BR ${b}`),
  fc.constant('TM'),
  rate.map((r) => `TM + ${r} % BR`),
  fc.constant('100 % FR'),
  rate.map((r) => `100 % FR limité à ${r} % BR`),
  fc.tuple(money(0, 500), fc.constantFrom('', ' par acte', ' par seance', ' par jour', ' par an', ' par equipement')).map(([m, per]) => `${m} €${per}`),
  fc.constantFrom('1', '1,5', '2', '3').map((r) => `${r} % PMSS par jour`),
  fc.constant('100 % Santé'),
  fc.constant('non_couvert'),
);

const coverage = fc.array(term, { minLength: 1, maxLength: 3 }).map((terms) => terms.join(' + '));

const limits = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 10 }).map((n) => `${n} seances par an`),
    money(10, 1000).map((m) => `dans la limite de ${m} € par an`),
    money(10, 500).map((m) => `plafond ${m} € par acte`),
    fc.integer({ min: 1, max: 3 }).map((n) => `1 equipement tous les ${n} ans`),
  ),
  { maxLength: 2 },
);

const column = fc.tuple(coverage, limits).map(([c, l]) => [c, ...l].join(', '));

const act = fc.constantFrom(...ACTS);

const line = fc.tuple(act, fc.boolean(), column, column, column).map(([a, sectors, c1, c2, c3]) => ({
  act: a,
  text: a.doctor && sectors ? `${a.names[0]} dptam ${c1} non_dptam ${c2} non_conventionne ${c3}` : `${a.names[0]} ${c1}`,
}));

const sector = fc.constantFrom<CaseSector>('secteur1', 'dptam', 'non_dptam', 'non_conventionne', 'inconnu');
const flags = fc.subarray<CaseFlag>(['hors_parcours', 'ald', 'maternite', 'css', 'psychiatrie', 'hospitalise', 'evolution_vue'], { maxLength: 2 });
const date = fc.integer({ min: 0, max: 3 * 365 - 1 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));

const careFor = (a: (typeof ACTS)[number]) =>
  fc
    .record({
      sector,
      price: fc.option(money(0, 3000), { nil: null }),
      br: fc.option(money(1, 2000), { nil: null }),
      date,
      quantity: fc.integer({ min: 1, max: 5 }),
      age: fc.option(fc.integer({ min: 0, max: 95 }), { nil: null }),
      flags,
      // A hospital stay the case belongs to (its acts share a PAL, the forfait and the TM, the 31st day).
      stay: fc.option(fc.constantFrom('S1', 'S2'), { nil: null }),
    })
    .map((c): CareCase => ({
      act: a,
      sector: c.sector,
      unitPrice: c.price === null ? null : new Decimal(c.price.replace(',', '.')),
      br: c.br === null ? null : new Decimal(c.br.replace(',', '.')),
      date: c.date,
      quantity: c.quantity,
      age: c.age,
      flags: new Set(c.flags),
      adhesionDate: null,
      option: null,
      beneficiary: 'x',
      ...(c.stay ? { stayName: c.stay } : {}),
    }));

const scenario = fc
  .tuple(line, fc.constantFrom('responsable', 'non_responsable'))
  .chain(([l, responsible]) => fc.tuple(fc.constant(l), fc.constant(responsible), fc.array(careFor(l.act), { minLength: 1, maxLength: 6 })));

const cents = (d: Decimal) => d.decimalPlaces() <= 2;

/**
 * A stay of days or nights cut at 31 December: the engine splits a stay across years and gives each
 * year its own annual limits (test/engine/stay-across-years.test.ts), while the bookkeeping below
 * counts a result in the year of its date.
 */
const withinItsYear = (care: CareCase): CareCase => {
  if (care.act.unit !== 'jour' && care.act.unit !== 'nuit') return care;
  const start = Date.parse(`${care.date}T00:00:00Z`);
  const january = Date.UTC(Number(care.date.slice(0, 4)) + 1, 0, 1);
  return { ...care, quantity: Math.min(care.quantity, Math.round((january - start) / 86_400_000)) };
};

describe('engine invariants over generated lines and cases', () => {
  it('Sécu + mutuelle + reste = price to the cent; 0 ≤ mutuelle ≤ price − Sécu gross; PF and franchises never paid', () => {
    let computed = 0;
    fc.assert(
      fc.property(scenario, ([l, responsible, cases]) => {
        const text = `contrat "P" millesime 2025 ${responsible} base ro_inclus\nposte "P"\n  ${l.text}\n`;
        const { model } = analyze(text);
        assert.equal(model.lines[0]?.act?.id, l.act.id, `generated line did not parse: ${text}`);
        for (const result of simulate(model, cases)) {
          if (!result.ok) {
            // Only a missing dated parameter may stop a computation, and it must say so.
            assert.ok(result.problems.length > 0 && result.amc.isZero() && result.reste.isZero());
            continue;
          }
          computed++;
          const context = `${l.text} | ${result.date} ${result.sector} price ${result.price.toString()}`;
          assert.ok(result.amoNet.plus(result.amc).plus(result.reste).equals(result.price), `sum ≠ price: ${context}`);
          assert.ok(result.amc.greaterThanOrEqualTo(0), `AMC < 0: ${context}`);
          assert.ok(result.amc.lessThanOrEqualTo(result.price.minus(result.amoGross)), `AMC > price − AMO gross: ${context}`);
          assert.ok(result.reste.greaterThanOrEqualTo(result.participation.plus(result.franchise)), `PF or franchise paid: ${context}`);
          assert.ok(result.amoNet.greaterThanOrEqualTo(0) && result.amoNet.lessThanOrEqualTo(result.amoGross), `AMO net out of range: ${context}`);
          assert.ok([result.amoNet, result.amc, result.reste, result.amoGross].every(cents), `not in cents: ${context}`);
          if (result.base === null) assert.ok(result.amoGross.isZero(), `no BR but AMO paid: ${context}`);
        }
      }),
      { numRuns: 3000, seed: 20261123 },
    );
    assert.ok(computed > 5000, `only ${computed} computations ran`);
  });

  it('with an option (either mode): the amounts still add up, and an inclut_socle annual cap bounds socle + option', () => {
    const optionScenario = fc
      .tuple(line, column, fc.constantFrom('inclut_socle', 'en_sus_du_socle'), money(10, 800), fc.constantFrom('responsable', 'non_responsable'))
      .chain(([l, optionColumn, mode, cap, responsible]) =>
        fc.tuple(
          fc.constant(l),
          fc.constant(optionColumn),
          fc.constant(mode),
          fc.constant(cap),
          fc.constant(responsible),
          fc.array(careFor(l.act).map(withinItsYear), { minLength: 1, maxLength: 6 }),
        ),
      );
    let computed = 0;
    fc.assert(
      fc.property(optionScenario, ([l, optionColumn, mode, cap, responsible, cases]) => {
        const optionLine = `${l.act.names[0]} ${optionColumn}, dans la limite de ${cap} € par an`;
        const text = `contrat "P" millesime 2025 ${responsible} base ro_inclus\nposte "P"\n  ${l.text}\noption "O" ${mode}\n  ${optionLine}\n`;
        const { model } = analyze(text);
        assert.equal(model.options[0]?.lines[0]?.act?.id, l.act.id, `generated option line did not parse: ${text}`);
        const sorted = [...cases].sort((a, b) => a.date.localeCompare(b.date)).map((c) => ({ ...c, option: 'O' }));
        const capValue = new Decimal(cap.replace(',', '.'));
        const byYear = new Map<string, { total: Decimal; option: Decimal }>();
        const results = simulate(model, sorted);
        for (const [index, result] of results.entries()) {
          if (!result.ok) continue;
          computed++;
          const context = `${l.text} | option ${mode} ${optionLine} | ${result.date} ${result.sector} price ${result.price.toString()}`;
          assert.ok(result.amoNet.plus(result.amc).plus(result.reste).equals(result.price), `sum ≠ price: ${context}`);
          assert.ok(result.amcOption.greaterThanOrEqualTo(0) && result.amcSocle.greaterThanOrEqualTo(0), `AMC < 0: ${context}`);
          assert.ok(result.amc.lessThanOrEqualTo(result.price.minus(result.amoGross)), `AMC > price − AMO gross: ${context}`);
          assert.ok(result.reste.greaterThanOrEqualTo(result.participation.plus(result.franchise)), `PF or franchise paid: ${context}`);
          assert.ok([result.amc, result.amcOption, result.reste].every(cents), `not in cents: ${context}`);
          const year = result.date.slice(0, 4);
          const before = byYear.get(year) ?? { total: new Decimal(0), option: new Decimal(0) };
          const sums = { option: before.option.plus(result.amcOption), total: before.total.plus(result.amc) };
          byYear.set(year, sums);
          assert.ok(sums.option.lessThanOrEqualTo(capValue), `option paid ${sums.option.toString()} over its cap ${cap}: ${context}`);
          // The cap of an inclut_socle option includes the socle: the option never pays past it. A
          // case of a stay may be computed in parts (docs/engine.md, « Cases computed in parts »):
          // the socle of a later part is not bound by the option's cap, so only what was paid
          // before the case and the option's own payment are bounded then.
          if (mode === 'inclut_socle' && result.amcOption.greaterThan(0)) {
            const inParts = sorted[index]!.stayName !== undefined;
            const bounded = inParts ? before.total.plus(result.amcOption) : sums.total;
            assert.ok(bounded.lessThanOrEqualTo(capValue), `socle + option ${bounded.toString()} over the inclut_socle cap ${cap}: ${context}`);
          }
        }
      }),
      { numRuns: 1500, seed: 20261201 },
    );
    assert.ok(computed > 2000, `only ${computed} computations ran`);
  });

  it('an annual cap is never exceeded over a year of care', () => {
    fc.assert(
      fc.property(money(10, 800), fc.array(fc.tuple(money(1, 400), date), { minLength: 1, maxLength: 12 }), (cap, visits) => {
        const text = `contrat "P" millesime 2025 responsable base ro_inclus\nposte "P"\n  osteopathie 50 € par seance, dans la limite de ${cap} € par an\n`;
        const { model } = analyze(text);
        const osteo = ACTS.find((a) => a.id === 'osteopathie')!;
        const sorted = [...visits].sort((a, b) => a[1].localeCompare(b[1]));
        const cases = sorted.map(([price, d]): CareCase => ({
          act: osteo,
          sector: 'secteur1',
          unitPrice: new Decimal(price.replace(',', '.')),
          br: null,
          date: d,
          quantity: 1,
          age: 30,
          flags: new Set(),
          adhesionDate: null,
          option: null,
          beneficiary: 'x',
        }));
        const byYear = new Map<string, Decimal>();
        for (const r of simulate(model, cases)) byYear.set(r.date.slice(0, 4), (byYear.get(r.date.slice(0, 4)) ?? new Decimal(0)).plus(r.amc));
        for (const total of byYear.values()) assert.ok(total.lessThanOrEqualTo(new Decimal(cap.replace(',', '.'))));
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});

/** Every amount and outcome of a result, exactly as decimal.js holds it (`valueOf` keeps a −0). */
const amountsOf = (r: Reimbursement) =>
  [
    r.ok,
    r.problems.join(' '),
    r.column,
    r.price,
    r.base,
    r.amoRate,
    r.amoGross,
    r.participation,
    r.franchise,
    r.amoNet,
    r.amc,
    r.amcSocle,
    r.amcOption,
    r.reste,
  ]
    .map((v) => (v instanceof Decimal ? v.valueOf() : String(v)))
    .join(' | ');

describe('the trace changes no amount', () => {
  it('simulate with and without the trace gives the same amounts, problems and columns, socle and options', () => {
    const withOption = fc.tuple(scenario, fc.option(fc.tuple(column, fc.constantFrom('inclut_socle', 'en_sus_du_socle')), { nil: null }));
    let compared = 0;
    fc.assert(
      fc.property(withOption, ([[l, responsible, cases], option]) => {
        const optionText = option ? `option "O" ${option[1]}\n  ${l.act.names[0]} ${option[0]}\n` : '';
        const text = `contrat "P" millesime 2025 ${responsible} base ro_inclus\nposte "P"\n  ${l.text}\n${optionText}`;
        const { model } = analyze(text);
        const sorted = [...cases].sort((a, b) => a.date.localeCompare(b.date)).map((c) => (option ? { ...c, option: 'O' } : c));
        const bare = simulate(model, sorted);
        const explained = simulate(model, sorted, { explain: true });
        bare.forEach((r, i) => {
          const e = explained[i]!;
          assert.equal(amountsOf(r), amountsOf(e), `${text} | case ${i} ${r.date} ${r.sector}`);
          assert.equal(r.trace.length, 0, 'no trace was asked for');
          assert.ok(e.trace.length > 0, 'the trace was asked for');
          compared++;
        });
      }),
      { numRuns: 2500, seed: 20261201 },
    );
    assert.ok(compared > 5000, `only ${compared} comparisons ran`);
  });

  it('every grid line previewed with and without the trace gives the same amounts', () => {
    fc.assert(
      fc.property(line, fc.constantFrom('2024-01-01', '2025-01-01', '2026-01-01'), (l, effective) => {
        const { model } = analyze(`contrat "P" millesime 2025 date_effet ${effective} responsable base ro_inclus\nposte "P"\n  ${l.text}\n`);
        const grid = model.lines[0]!;
        const bare = previewLine(model, grid).map((p) => amountsOf(p.result));
        const explained = previewLine(model, grid, { explain: true }).map((p) => amountsOf(p.result));
        assert.deepEqual(bare, explained, l.text);
      }),
      { numRuns: 1500, seed: 7 },
    );
  });
});

describe('the money helpers give what decimal.js gives', () => {
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }), fc.boolean())
    .map(([digits, scale, negativeZero]) => (digits === 0n && negativeZero ? new Decimal(-0) : new Decimal(`${digits}e-${scale}`)));
  it('compare, min and max agree with comparedTo, Decimal.min and Decimal.max', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) => {
        assert.equal(compare(a, b), a.comparedTo(b), `${a.valueOf()} vs ${b.valueOf()}`);
        assert.equal(min(a, b, c).valueOf(), Decimal.min(a, b, c).valueOf());
        assert.equal(max(a, b, c).valueOf(), Decimal.max(a, b, c).valueOf());
      }),
      { numRuns: 20000, seed: 11 },
    );
  });
  it('percentOf, roundCents, plus and minus agree with the plain decimal.js operations', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        assert.equal(percentOf(a, b).valueOf(), b.times(a).dividedBy(100).valueOf());
        assert.equal(roundCents(a).valueOf(), a.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).valueOf());
        assert.equal(plus(a, b).valueOf(), a.plus(b).valueOf(), `${a.valueOf()} + ${b.valueOf()}`);
        assert.equal(minus(a, b).valueOf(), a.minus(b).valueOf(), `${a.valueOf()} − ${b.valueOf()}`);
      }),
      { numRuns: 20000, seed: 12 },
    );
  });
});

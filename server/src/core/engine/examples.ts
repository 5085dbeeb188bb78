/**
 * Runs the example cases written in a grid and compares them with their expected amounts (the
 * findings that judge them are a rule family: rules/families/examples.ts). Each
 * example is one beneficiary's sequence of care: limits carry from one act to the next.
 */
import Decimal from '../decimal';
import type { CareCase, CareEvent, ExampleModel, GridModel } from '../model/grid-model';
import type { ParameterSet } from '../params/lookup';
import type { ExpectedField } from '../syntax/ast';
import { computeCare, planSequence, type Reimbursement } from './compute';
import { formatEuros, plainSpaces, ZERO } from './money';
import { SimulationState } from './state';

export interface EventOutcome {
  event: CareEvent;
  /** One result per repetition. */
  results: Reimbursement[];
  total: { secu: Decimal; mutuelle: Decimal; reste: Decimal; price: Decimal } | null;
  mismatches: { field: ExpectedField; expected: Decimal; computed: Decimal }[];
}

export interface ExampleOutcome {
  example: ExampleModel;
  events: EventOutcome[];
}

/**
 * Runs every example of the grid. Amounts only, unless `explain`; an example whose expected amounts
 * disagree with the engine is run again with the trace, which GR401 quotes to say why.
 */
export function runExamples(grid: GridModel, params?: ParameterSet, explain = false): ExampleOutcome[] {
  return grid.examples.map((example) => {
    const outcome = runExample(grid, example, params, explain);
    const mismatched = !explain && outcome.events.some((e) => e.mismatches.length > 0);
    return mismatched ? runExample(grid, example, params, true) : outcome;
  });
}

/** One example, from a fresh state (limits carry from one act to the next within it). */
export function runExample(grid: GridModel, example: ExampleModel, params: ParameterSet | undefined, explain: boolean): ExampleOutcome {
  const state = new SimulationState();
  const options = { ...(params ? { params } : {}), state, explain };
  // The acts of a hospital stay, or of one optical equipment, are priced together: planned from all of them first.
  planSequence(
    grid,
    example.events.flatMap((event) => (event.care ? Array<CareCase>(event.repeat).fill(event.care) : [])),
    options,
  );
  const events = example.events.map((event): EventOutcome => {
    if (!event.care) return { event, results: [], total: null, mismatches: [] };
    const results: Reimbursement[] = [];
    for (let i = 0; i < event.repeat; i++) results.push(computeCare(grid, event.care, options));
    if (results.some((r) => !r.ok)) return { event, results, total: null, mismatches: [] };
    const total = {
      secu: results.reduce((sum, r) => sum.plus(r.amoNet), ZERO),
      mutuelle: results.reduce((sum, r) => sum.plus(r.amc), ZERO),
      reste: results.reduce((sum, r) => sum.plus(r.reste), ZERO),
      price: results.reduce((sum, r) => sum.plus(r.price), ZERO),
    };
    const mismatches: EventOutcome['mismatches'] = [];
    for (const field of ['secu', 'mutuelle', 'reste'] as const) {
      const expected = event.expected?.[field];
      if (expected && !expected.amount.equals(total[field])) mismatches.push({ field, expected: expected.amount, computed: total[field] });
    }
    return { event, results, total, mismatches };
  });
  return { example, events };
}

/** The amount as an author writes it: `0,79`, `1 234,56` (plain spaces). */
export function writtenAmount(value: Decimal): string {
  return plainSpaces(formatEuros(value)).replace(/\s*€$/, '');
}

/** A sequence of care over time for one grid: limits and allowances are consumed in order. */
import Decimal from '../decimal';
import { actKey } from '../catalogue/index';
import type { CareCase, GridModel, LineModel } from '../model/grid-model';
import type { ParameterSet } from '../params/lookup';
import type { CaseSector } from '../syntax/ast';
import { numberWithinLimits } from '../syntax/limits';
import { computeCare, planSequence, type Reimbursement } from './compute';
import { SimulationState } from './state';

export interface SimulationOptions {
  params?: ParameterSet;
  state?: SimulationState;
  /** Write each result's trace (off by default: amounts only, see EngineOptions.explain). */
  explain?: boolean;
}

/** Computes each case in the order given, sharing counters (write cases in date order). */
export function simulate(grid: GridModel, cases: CareCase[], options: SimulationOptions = {}): Reimbursement[] {
  const state = options.state ?? new SimulationState();
  const engineOptions = { ...(options.params ? { params: options.params } : {}), state, explain: options.explain ?? false };
  planSequence(grid, cases, engineOptions);
  return cases.map((care) => computeCare(grid, care, engineOptions));
}

export interface LinePreview {
  column: 'all' | 'dptam' | 'non_dptam' | 'non_conventionne';
  sector: CaseSector;
  result: Reimbursement;
}

const PREVIEW_SECTOR: Record<LinePreview['column'], CaseSector> = {
  all: 'secteur1',
  dptam: 'dptam',
  non_dptam: 'non_dptam',
  non_conventionne: 'non_conventionne',
};

/**
 * What a line pays at the act's typical price (the column's `prix typique` when the grid gives one),
 * once per sector column written on the line, at the
 * contract's effective date, for an adult in the parcours with nothing consumed yet.
 */
export interface PreviewOptions {
  params?: ParameterSet;
  date?: string;
  /** Unit prices to use instead of the catalogue's typical ones, by act id or act name. */
  typicalPrices?: Record<string, number | string>;
  /** Write the trace (« Expliquer »); the inline previews and hovers only need the amounts. */
  explain?: boolean;
  /** One unit price for every column, over the grid's and the settings' (the diff's representative prices). */
  unitPrice?: Decimal;
  /**
   * The sector columns to compute, instead of those written on the line: a column the line does not
   * write is computed as the engine reads it (the line's column for every sector, say), so two
   * versions of a line can be compared sector by sector.
   */
  columns?: LinePreview['column'][];
}

/** The overriding price for an act, if the settings name it (by id or by any of its names). */
export function overridePrice(act: NonNullable<LineModel['act']>, prices: PreviewOptions['typicalPrices']): Decimal | null {
  if (!prices) return null;
  for (const [name, value] of Object.entries(prices)) {
    if (name === act.id || act.names.some((n) => actKey(n) === actKey(name))) {
      // A setting is read as a grid's price would be: in cents, within the language's digits
      // (GR012), so a preview never computes with a number the language itself would refuse.
      let price: Decimal;
      try {
        price = new Decimal(value);
      } catch {
        return null; // not a number (`'abc'`): decimal.js throws
      }
      return price.isFinite() && !price.isNegative() && price.decimalPlaces() <= 2 && numberWithinLimits(price.toFixed()) ? price : null;
    }
  }
  return null;
}

export function previewLine(grid: GridModel, line: LineModel, options: PreviewOptions = {}): LinePreview[] {
  const act = line.act;
  const date = options.date ?? grid.contract.effectiveDate;
  if (!act || !date) return [];
  const columns = (options.columns ?? (Object.keys(line.columns) as LinePreview['column'][])).filter((c) => act.doctor || c === 'all' || c === 'dptam');
  const previews: LinePreview[] = [];
  const engineOptions = { ...(options.params ? { params: options.params } : {}), explain: options.explain ?? false };
  for (const column of columns) {
    const sector = PREVIEW_SECTOR[column];
    const care: CareCase = {
      act,
      sector,
      // The grid's `prix typique` on this column, else the settings' price, else the catalogue's.
      unitPrice: options.unitPrice ?? line.columns[column]?.typicalPrice ?? overridePrice(act, options.typicalPrices),
      br: null,
      date,
      quantity: 1,
      age: null,
      flags: new Set(),
      adhesionDate: null,
      option: line.option?.name ?? null,
      beneficiary: 'aperçu',
      // The header's `regime local`: previews show what its insured persons are paid.
      ...(grid.contract.regime !== 'general' ? { regime: grid.contract.regime } : {}),
    };
    previews.push({ column, sector, result: computeCare(grid, care, engineOptions) });
  }
  return previews;
}

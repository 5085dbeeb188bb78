/** Date-keyed lookups over the parameter data. Dates are ISO strings, compared as text. */
import Decimal from '../decimal';
import { compareDates } from '../syntax/calendar';
import { PARAMETERS, type Confidence, type ParameterDefinition, type ParameterUnit } from './parameters';

export interface ResolvedParameter {
  id: string;
  label: string;
  unit: ParameterUnit;
  value: Decimal | boolean;
  /** Start of the period the value comes from. */
  start: string;
  confidence: Confidence;
  source: string;
  note?: string;
}

export class ParameterSet {
  private readonly byId: Map<string, ParameterDefinition>;
  /** Resolved periods, made once: the engine looks parameters up several times per computation. */
  private readonly resolved = new Map<ParameterDefinition['periods'][number], ResolvedParameter>();

  constructor(definitions: ParameterDefinition[]) {
    this.byId = new Map(definitions.map((d) => [d.id, { ...d, periods: [...d.periods].sort((a, b) => compareDates(a.start, b.start)) }]));
  }

  definition(id: string): ParameterDefinition | undefined {
    return this.byId.get(id);
  }

  all(): ParameterDefinition[] {
    return [...this.byId.values()];
  }

  /** The last lookup of each parameter: the engine asks for the same date many times in a row. */
  private readonly last = new Map<string, { date: string; result: ResolvedParameter | null }>();

  /** The value in force on `date`, or null when the parameter is not defined then. Shared: do not mutate. */
  lookup(id: string, date: string): ResolvedParameter | null {
    const last = this.last.get(id);
    if (last && last.date === date) return last.result;
    const result = this.find(id, date);
    if (this.byId.has(id)) this.last.set(id, { date, result });
    return result;
  }

  private find(id: string, date: string): ResolvedParameter | null {
    const definition = this.byId.get(id);
    if (!definition) return null;
    let found = null;
    for (const period of definition.periods) {
      if (compareDates(period.start, date) <= 0) found = period;
      else break;
    }
    if (!found || found.value === null) return null;
    const cached = this.resolved.get(found);
    if (cached) return cached;
    const resolved: ResolvedParameter = {
      id,
      label: definition.label,
      unit: definition.unit,
      value: typeof found.value === 'boolean' ? found.value : new Decimal(found.value),
      start: found.start,
      confidence: found.confidence,
      source: found.source,
    };
    if (found.note) resolved.note = found.note;
    this.resolved.set(found, resolved);
    return resolved;
  }

  /** A copy where some parameters get a different value from `start` on (grid or test overrides). */
  withOverrides(overrides: { id: string; start: string; value: string | boolean; source: string }[]): ParameterSet {
    const definitions = this.all().map((d) => ({ ...d, periods: [...d.periods] }));
    const map = new Map(definitions.map((d) => [d.id, d]));
    for (const o of overrides) {
      const d = map.get(o.id);
      if (!d) continue;
      d.periods = d.periods.filter((p) => p.start !== o.start);
      d.periods.push({ start: o.start, value: o.value, confidence: 'confirmed', source: o.source });
    }
    return new ParameterSet(definitions);
  }
}

export const defaultParameters = new ParameterSet(PARAMETERS);

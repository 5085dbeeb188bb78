/** Date-keyed lookups over the parameter data. Dates are ISO strings, compared as text. */
import Decimal from 'decimal.js';
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

  constructor(definitions: ParameterDefinition[]) {
    this.byId = new Map(definitions.map((d) => [d.id, { ...d, periods: [...d.periods].sort((a, b) => a.start.localeCompare(b.start)) }]));
  }

  definition(id: string): ParameterDefinition | undefined {
    return this.byId.get(id);
  }

  all(): ParameterDefinition[] {
    return [...this.byId.values()];
  }

  /** The value in force on `date`, or null when the parameter is not defined then. */
  lookup(id: string, date: string): ResolvedParameter | null {
    const definition = this.byId.get(id);
    if (!definition) return null;
    let found = null;
    for (const period of definition.periods) {
      if (period.start <= date) found = period;
      else break;
    }
    if (!found || found.value === null) return null;
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

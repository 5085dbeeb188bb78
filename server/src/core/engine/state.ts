/**
 * What a year of care consumes: séance counts, annual allowances and caps, PF and franchise caps,
 * renewal dates. Keyed by beneficiary, then by what is counted and its period, so one simulation
 * can follow several people and several years.
 */
import Decimal from '../decimal';
import { yearOf } from '../syntax/calendar';
import { plus, ZERO } from './money';

export class SimulationState {
  private readonly counters = new Map<string, Decimal>();
  private readonly lastPaidDates = new Map<string, string>();

  used(beneficiary: string, what: string, period: string): Decimal {
    return this.counters.get(`${beneficiary}\u0000${what}\u0000${period}`) ?? ZERO;
  }

  consume(beneficiary: string, what: string, period: string, amount: Decimal): void {
    const key = `${beneficiary}\u0000${what}\u0000${period}`;
    this.counters.set(key, plus(this.counters.get(key) ?? ZERO, amount));
  }

  lastPaid(beneficiary: string, what: string): string | undefined {
    return this.lastPaidDates.get(`${beneficiary}\u0000${what}`);
  }

  setLastPaid(beneficiary: string, what: string, date: string): void {
    this.lastPaidDates.set(`${beneficiary}\u0000${what}`, date);
  }
}

/**
 * The period annual limits are counted in: the calendar year, or the membership year that starts
 * on the anniversary of the adhesion date.
 */
export function periodKey(date: string, mode: 'civile' | 'adhesion', adhesionDate: string | null): string {
  // `-mm-jj` is the last six characters whatever the year's width: month and day compare as text.
  if (mode === 'civile' || !adhesionDate) return date.slice(0, -6);
  const anniversary = adhesionDate.slice(-6);
  const year = yearOf(date);
  const start = date.slice(-6) >= anniversary ? year : year - 1;
  return `adhésion ${start}${anniversary}`;
}

/**
 * What a year of care consumes: séance counts, annual allowances and caps, PF and franchise caps,
 * the equipments paid (renewals), the plans of hospital stays and optical equipments. Keyed by beneficiary, then by what
 * is counted and its period, so one simulation can follow several people and several years.
 */
import Decimal from '../decimal';
import { yearOf } from '../syntax/calendar';
import { plus, ZERO } from './money';

/**
 * What the engine knows of one hospital stay (`sejour "S1"`) before computing its acts, from all
 * of them (compute.ts#planStays): the acts of a stay are priced together, whatever their order.
 */
export interface StayPlan {
  id: string;
  /** The first day of the stay: the earliest date among its acts (day 1; the 31st day is 30 days later). */
  start: string;
  /** An act whose tariff reaches the PAL threshold was performed during the stay (CSS R160-16 I 2°). */
  heavy: boolean;
  /**
   * In a heavy stay, which act bears its one participation: the first frais de séjour subject to it
   * (« due au titre des frais d'hospitalisation »), else the first heavy act.
   */
  bearer: 'frais' | 'lourd' | null;
  /** Whether the stay's participation has been withheld yet (set while the acts are computed). */
  palCharged: boolean;
  /**
   * CSS L174-4, in a stay under the proportional TM: the forfait journalier is imputed on the TM of
   * the stay's fees when the TM is at least the forfait (`fj-sur-tm`: the forfait is not billed on
   * top), else the TM is imputed on the forfait (`tm-sur-fj`: the TM is not billed). Both amounts
   * count the days before the 31st.
   */
  imputation: { kind: 'fj-sur-tm' | 'tm-sur-fj'; tm: Decimal; fj: Decimal } | null;
}

/**
 * The optical acts a beneficiary buys on one day: one equipment (compute.ts#planSequence). The
 * correction case of its class B lenses, and whether its frame is bought on a line of its own.
 */
export interface EquipmentPlan {
  lensCase: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | null;
  frame: boolean;
}

export class SimulationState {
  private readonly counters = new Map<string, Decimal>();
  private readonly stays = new Map<string, StayPlan>();

  private readonly equipments = new Map<string, EquipmentPlan>();

  equipment(beneficiary: string, date: string): EquipmentPlan | undefined {
    return this.equipments.get(`${beneficiary}\u0000${date}`);
  }

  setEquipment(beneficiary: string, date: string, plan: EquipmentPlan): void {
    this.equipments.set(`${beneficiary}\u0000${date}`, plan);
  }

  stay(beneficiary: string, id: string): StayPlan | undefined {
    return this.stays.get(`${beneficiary}\u0000${id}`);
  }

  setStay(beneficiary: string, plan: StayPlan): void {
    this.stays.set(`${beneficiary}\u0000${plan.id}`, plan);
  }

  used(beneficiary: string, what: string, period: string): Decimal {
    return this.counters.get(`${beneficiary}\u0000${what}\u0000${period}`) ?? ZERO;
  }

  consume(beneficiary: string, what: string, period: string, amount: Decimal): void {
    const key = `${beneficiary}\u0000${what}\u0000${period}`;
    this.counters.set(key, plus(this.counters.get(key) ?? ZERO, amount));
  }

  /** Units paid for a renewal period (`what`: a line, or every optical equipment or hearing aid of the beneficiary), by date, in order. */
  private readonly renewals = new Map<string, { date: string; units: number }[]>();

  paidEquipments(beneficiary: string, what: string): readonly { date: string; units: number }[] {
    return this.renewals.get(`${beneficiary}\u0000${what}`) ?? [];
  }

  recordEquipment(beneficiary: string, what: string, date: string, units: number): void {
    const key = `${beneficiary}\u0000${what}`;
    this.renewals.set(key, [...(this.renewals.get(key) ?? []), { date, units }]);
  }
}

/** Who a counter belongs to when a line's figures are shared by the family (`/ an / Famille`): never a beneficiary's name. */
export const FAMILY_HOLDER = '\u0001famille';

/**
 * The period annual limits are counted in: the calendar year, or the membership year that starts
 * on the anniversary of the adhesion date. A figure over several years (`par période de 2 années
 * civiles`) counts in consecutive periods of `years` years from the year of `anchor` (the
 * adhesion, else the contract's effect): the calendar years 2026–2027, 2028–2029…, or the
 * membership years grouped the same way.
 */
export function periodKey(date: string, mode: 'civile' | 'adhesion', adhesionDate: string | null, years = 1, anchor: string | null = adhesionDate): string {
  // `-mm-jj` is the last six characters whatever the year's width: month and day compare as text.
  const membership = mode === 'adhesion' && adhesionDate !== null;
  const anniversary = membership ? adhesionDate.slice(-6) : '';
  const year = yearOf(date);
  const start = membership ? (date.slice(-6) >= anniversary ? year : year - 1) : year;
  if (years <= 1) return membership ? `adhésion ${start}${anniversary}` : date.slice(0, -6);
  const from = yearOf(anchor ?? date);
  const first = from + Math.floor((start - from) / years) * years;
  return membership ? `adhésion ${first}${anniversary} ×${years}` : `${first}–${first + years - 1}`;
}

/**
 * The membership year of a date of care (1 the first twelve months from `start`, 2 the next…), for
 * figures printed by seniority (`1re année : …`). Before `start`: 1.
 */
export function membershipYear(date: string, start: string): number {
  let years = yearOf(date) - yearOf(start);
  if (date.slice(-5) < start.slice(-5)) years -= 1;
  return Math.max(1, years + 1);
}

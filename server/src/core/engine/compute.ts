/**
 * The reimbursement engine: one act for one beneficiary, in the order the French system applies
 * its rules (docs/engine.md): base → AMO rate → forfait actes lourds → PF and franchises withheld →
 * the contract's formula, limits and caps → reste à charge. Every step writes a trace line naming
 * the figure and the dated parameter it used. Money is decimal.js throughout.
 */
import Decimal from '../decimal';
import type { ActDefinition } from '../catalogue/acts';
import { coveringEntry } from '../catalogue/index';
import type { CareCase, ColumnKey, ColumnModel, ContractInfo, FormulaTerm, GridModel, LineLimits, LineModel, OptionModel } from '../model/grid-model';
import { defaultParameters, type ParameterSet, type ResolvedParameter } from '../params/lookup';
import type { CaseSector, PerUnit } from '../syntax/ast';
import { frenchDate } from '../present/dates';
import { agreed, countText, PER_EN } from '../present/units';
import { addMonthsAndDays, compareDates, daysBetween, yearOf } from '../syntax/calendar';
import { constantDecimal, formatEuros, formatPercent, HUNDRED, max, min, minus, percentOf, plus, roundCents, timesCount, ZERO } from './money';
import { evaluateTerm } from './formula';
import { FAMILY_HOLDER, SimulationState, membershipYear, periodKey, type StayPlan } from './state';
import { caseFacts, conditionsMet } from '../model/line-conditions';
import type { Localized } from '../diagnostics/messages';
import { ACT_TEXT_EN } from '../catalogue/acts-en';
import { PARAMETER_LABELS_EN } from '../params/parameters-en';

/** A trace sentence in both languages. */
const both = (fr: string, en: string): Localized => ({ fr, en });
/** An act's name in both languages (its English from the catalogue's table). */
const actName = (act: ActDefinition): Localized => ({ fr: act.label, en: ACT_TEXT_EN[act.id]?.label ?? act.label });
/** A parameter's label in both languages. */
const paramName = (p: { id: string; label: string }): Localized => ({ fr: p.label, en: PARAMETER_LABELS_EN[p.id] ?? p.label });

export interface ParameterUse {
  id: string;
  label: string;
  value: string;
  start: string;
  source: string;
  confidence: string;
}

export interface TraceStep {
  /** Short name of the step, in French: « Base », « Taux AMO », « Mutuelle »… (its English: `present/trace.ts`). */
  step: string;
  /** One sentence in French saying what was done and why. */
  text: string;
  /** The same sentence in English (the French one where it is not written yet). */
  textEn: string;
  amount?: Decimal;
  parameters?: ParameterUse[];
}

export interface Reimbursement {
  /** False when a parameter or an input was missing: amounts are then zero and `problems` says why. */
  ok: boolean;
  problems: string[];
  act: ActDefinition;
  sector: CaseSector;
  date: string;
  quantity: number;
  price: Decimal;
  base: Decimal | null;
  amoRate: Decimal | null;
  amoGross: Decimal;
  participation: Decimal;
  franchise: Decimal;
  amoNet: Decimal;
  amc: Decimal;
  amcSocle: Decimal;
  amcOption: Decimal;
  reste: Decimal;
  line: LineModel | null;
  column: ColumnKey | null;
  /** The act has lines for other cases only (ages, stays…): the conditions of those lines; the mutuelle pays nothing. */
  unmatched?: string[];
  trace: TraceStep[];
}

export interface EngineOptions {
  params?: ParameterSet;
  state?: SimulationState;
  /**
   * Write the trace (`Reimbursement.trace`), the French sentences « Expliquer » shows. Off by
   * default: previews, examples and rules only need the amounts, which are the same either way
   * (`problems` too); the trace is then empty.
   */
  explain?: boolean;
}

class MissingParameter extends Error {
  constructor(
    readonly id: string,
    readonly date: string,
    label?: string,
  ) {
    super(`Paramètre « ${label ?? id} » (${id}) non défini au ${frenchDate(date)}.`);
  }
}

/** Sector column of a guarantee line used for a practitioner's sector. */
export function columnFor(sector: CaseSector): Exclude<ColumnKey, 'all'> {
  switch (sector) {
    case 'secteur1':
    case 'dptam':
      return 'dptam';
    case 'non_dptam':
    case 'inconnu':
      return 'non_dptam';
    case 'non_conventionne':
      return 'non_conventionne';
  }
}

/** Units that are parts of one prosthesis: `à compter du 2e intermédiaire` ranks them within the act (one bridge), not over the year. */
const RANKED_WITHIN_ACT: ReadonlySet<PerUnit> = new Set<PerUnit>(['inter', 'pilier', 'dent', 'couronne', 'implant', 'prothese']);

const SECTOR_LABEL: Record<CaseSector, string> = {
  secteur1: 'secteur 1',
  dptam: "secteur 2 adhérent d'un DPTAM (OPTAM/OPTAM-CO)",
  non_dptam: "secteur 2 non adhérent d'un DPTAM",
  non_conventionne: 'non conventionné (secteur 3)',
  inconnu: 'secteur 2, adhésion au DPTAM inconnue',
};

const COLUMN_LABEL_EN: Record<ColumnKey, string> = {
  all: 'all sectors',
  dptam: 'DPTAM',
  non_dptam: 'non-DPTAM',
  non_conventionne: 'non-contracted',
};

const SECTOR_LABEL_EN: Record<CaseSector, string> = {
  secteur1: 'sector 1',
  dptam: 'sector 2 DPTAM (OPTAM/OPTAM-CO)',
  non_dptam: 'sector 2 non-DPTAM',
  non_conventionne: 'non-contracted (sector 3)',
  inconnu: 'sector 2, DPTAM membership unknown',
};

const COLUMN_LABEL: Record<ColumnKey, string> = {
  all: 'tous secteurs',
  dptam: 'DPTAM',
  non_dptam: 'non DPTAM',
  non_conventionne: 'non conventionné',
};

/** The line of an index (socle or option) for an act: its own line, else the line of the category that covers it (cataract → surgeons' fees). */
export function lineForAct(index: Map<string, LineModel>, act: ActDefinition): LineModel | null {
  return coveringEntry(index, act) ?? null;
}

/**
 * The column of a line that applies to a practitioner's column (`all` for acts without sectors):
 * that column, for a non-conventionné the non-DPTAM one when the line has none, else the column
 * for every sector.
 */
export function columnUsed(line: LineModel, doctor: boolean, wanted: ColumnKey): ColumnModel | null {
  const columns = line.columns;
  if (!doctor || wanted === 'all') return columns.all ?? columns.dptam ?? null;
  return columns[wanted] ?? (wanted === 'non_conventionne' ? columns.non_dptam : undefined) ?? columns.all ?? null;
}

/**
 * The line of an index for a case: among the act's lines (printed per age, stay, establishment…),
 * the first whose conditions the case meets, else the act's line without conditions. `unmatched`:
 * the act has lines, none for this case (the engine then pays nothing and says so, never another
 * line's figures).
 */
export function lineForCase(index: Map<string, LineModel>, care: CareCase): { line: LineModel | null; unmatched: LineModel[] } {
  const act = care.act;
  const first = coveringEntry(index, act);
  if (!first) return { line: null, unmatched: [] };
  const all = first.sameAct ?? [first];
  if (!all.some((l) => l.conditions)) return { line: first, unmatched: [] };
  // The most specific line the case meets (`(enfant, hors ALD)` before `(médecine, chirurgie)`), the first written among equals.
  let met: LineModel | null = null;
  for (const l of all) if (l.conditions && conditionsMet(l.conditions, care) && (!met || specificity(l) > specificity(met))) met = l;
  met ??= all.find((l) => !l.conditions) ?? null;
  return met ? { line: met, unmatched: [] } : { line: null, unmatched: all };
}

/** How many kinds of condition a line states (age, stay, establishment, ALD). */
function specificity(line: LineModel): number {
  const c = line.conditions;
  if (!c) return 0;
  return (
    (c.ageBelow !== undefined || c.ageFrom !== undefined ? 1 : 0) +
    (c.stays || c.notStays ? 1 : 0) +
    (c.conventionne !== undefined ? 1 : 0) +
    (c.ald !== undefined ? 1 : 0)
  );
}

/**
 * Finds the socle line and, when the case names an option, the option's line for the act. A
 * formula that stands alone (`remplace_socle`) is computed with its own line in place of the
 * socle's, never stacked on it; the socle's line when the row gives no cell for it (the same for
 * every formula).
 */
export function linesFor(
  grid: GridModel,
  care: CareCase,
): { socle: LineModel | null; option: LineModel | null; optionModel: OptionModel | null; unmatched: LineModel[] } {
  const optionModel = care.option ? (grid.options.find((o) => o.name === care.option) ?? null) : null;
  const socle = lineForCase(grid.socleByAct, care);
  const option = optionModel ? lineForCase(optionModel.byAct, care) : null;
  const unmatched = option?.line ? [] : socle.unmatched.length > 0 ? socle.unmatched : (option?.unmatched ?? []);
  if (optionModel?.mode === 'remplace_socle') return { socle: option?.line ?? socle.line, option: null, optionModel, unmatched };
  return { socle: socle.line, option: option?.line ?? null, optionModel, unmatched };
}

/** How an option's part reads its figures: a formula standing alone reads them as a socle does. */
export function stackingOf(option: OptionModel | null): 'socle' | 'inclut_socle' | 'en_sus_du_socle' {
  return !option || option.mode === 'remplace_socle' ? 'socle' : option.mode;
}

/** One act for one beneficiary, under a grid (socle plus the case's option). */
export function computeCare(grid: GridModel, care: CareCase, options: EngineOptions = {}): Reimbursement {
  const params = options.params ?? defaultParameters;
  const state = options.state ?? new SimulationState();
  let stay: StayPlan | null = null;
  if (care.stayName) {
    // A stay the sequence did not plan (a single computation) is planned from this act alone.
    if (!state.stay(care.beneficiary, care.stayName)) planStays(grid, [care], { params, state });
    stay = state.stay(care.beneficiary, care.stayName) ?? null;
  }
  const explain = options.explain ?? false;
  const parts = splitCare(care, params, stay);
  if (parts.length > 1)
    return joinParts(
      parts.map((part) => computePart(grid, part.care, params, state, explain, stay)),
      parts,
      explain,
    );
  return computePart(grid, care, params, state, explain, stay);
}

function computePart(grid: GridModel, care: CareCase, params: ParameterSet, state: SimulationState, explain: boolean, stay: StayPlan | null): Reimbursement {
  const { socle, option, optionModel, unmatched } = linesFor(grid, care);
  const typical = gridTypicalPrice(option ?? socle, care);
  // The formula the beneficiary has decides what a responsible contract may not cover.
  const contract =
    optionModel && optionModel.responsible !== grid.contract.responsible ? { ...grid.contract, responsible: optionModel.responsible } : grid.contract;
  return new Computation(contract, care, params, state, explain, typical, unmatched, stay).run(socle, option, optionModel);
}

/** A beneficiary has two ears: two hearing aids at most within a renewal period. */
const EARS = 2;

/** Acts counted in days or nights: a stay of N of them starting on the case's date. */
const DAILY_UNITS = new Set(['jour', 'nuit']);

/** Why a stay written as one case is computed in parts from a date on. */
interface CarePart {
  care: CareCase;
  /**
   * Why the part starts (none for the first): `year` (1 January), `day31` (the 31st day of its
   * stay), `pal` (the units after the one bearing the stay's PAL), else the label of a parameter
   * the act uses whose new period starts that day.
   */
  reasons: string[];
}

/** The parameters a case's own figures may come from: its regulated price (as `unitPrice` picks it), base, rate and price cap. */
function parametersOf(care: CareCase): string[] {
  const act = care.act;
  const ids: string[] = [];
  const price = act.regulatedPrice;
  if (price) {
    let id = price.param;
    if (price.psychiatry && care.flags.has('psychiatrie')) id = price.psychiatry;
    if (price.reduced && (care.flags.has('ald') || care.flags.has('accident_travail'))) id = price.reduced;
    ids.push(id);
  }
  if (act.base) {
    ids.push(act.base.convention);
    if (act.base.nonDptam && (care.sector === 'non_dptam' || care.sector === 'inconnu')) ids.push(act.base.nonDptam);
    if (act.base.young && care.age !== null) ids.push(act.base.young.convention);
  }
  if (act.rate) ids.push(act.rate);
  if (act.rate && care.regime === 'alsace_moselle') ids.push(`rl.${act.rate}`, 'rl.taux.hospitalisation');
  if (care.flags.has('accident_travail')) ids.push('taux.at_mp', 'taux.at_mp.protheses_dentaires');
  const dom = domCoefficientId(care);
  if (dom) ids.push(dom);
  if (act.sante100) ids.push(act.sante100.cap, ...(act.sante100.young ? [act.sante100.young.cap] : []));
  return ids;
}

/**
 * The coefficient an overseas département applies to the act's LPP base and price (arrêté du
 * 1er décembre 2020: optics and hearing aids), or null in metropolitan France and for other acts.
 */
function domCoefficientId(care: CareCase): string | null {
  const act = care.act;
  if (!care.territory || care.territory === 'metropole' || act.nomenclature !== 'LPP') return null;
  if (act.poste === 'Optique') return `dom.optique.${care.territory}`;
  if (act.poste === 'Aides auditives') return `dom.audio.${care.territory}`;
  return null;
}

/**
 * A case as the parts it is computed in. A stay written as one case (`jours 5`, an act counted in
 * days or nights) is cut on each day its figures change, so each day takes the figures in force
 * that day: 1 January (PMSS, amounts and annual limits of the year), the start of a new period of a
 * parameter the act uses (the forfait journalier of 20 € then 23 € from 1 March 2026), and the
 * 31st day of its stay (CSS R160-16 V 3°). An act of several units in a heavy stay is cut after its
 * first unit, which alone may bear the stay's PAL. Any other case is its own single part.
 */
function splitCare(care: CareCase, params: ParameterSet, stay: StayPlan | null): CarePart[] {
  let parts: CarePart[] = [{ care, reasons: [] }];
  if (care.quantity >= 2 && DAILY_UNITS.has(care.act.unit)) {
    const end = addMonthsAndDays(care.date, 0, care.quantity);
    const cuts = new Map<string, string[]>();
    const cut = (date: string, reason: string) => {
      if (compareDates(date, care.date) <= 0 || compareDates(date, end) >= 0) return;
      const reasons = cuts.get(date) ?? [];
      if (!reasons.includes(reason)) reasons.push(reason);
      cuts.set(date, reasons);
    };
    for (let year = yearOf(care.date) + 1; year <= yearOf(end); year++) cut(`${String(year).padStart(4, '0')}-01-01`, 'year');
    for (const id of parametersOf(care)) {
      const definition = params.definition(id);
      for (const period of definition?.periods ?? []) cut(period.start, definition!.label);
    }
    if (stay) {
      const day = params.lookup('sejour.jour_exoneration', stay.start);
      if (day && typeof day.value !== 'boolean') cut(addMonthsAndDays(stay.start, 0, day.value.toNumber() - 1), 'day31');
    }
    const dates = [...cuts.keys()].sort(compareDates);
    if (dates.length > 0) {
      parts = [];
      let from = care.date;
      let reasons: string[] = [];
      for (const date of [...dates, end]) {
        parts.push({ care: { ...care, date: from, quantity: daysBetween(from, date) }, reasons });
        from = date;
        reasons = cuts.get(date) ?? [];
      }
    }
  }
  // In a heavy stay the PAL is due once: one unit may bear it, the others are paid at 100 %.
  const first = parts[0]!;
  if (stay?.heavy && care.act.palEligible && first.care.quantity > 1 && !DAILY_UNITS.has(care.act.unit))
    parts.splice(
      0,
      1,
      { care: { ...first.care, quantity: 1 }, reasons: first.reasons },
      { care: { ...first.care, quantity: first.care.quantity - 1 }, reasons: ['pal'] },
    );
  return parts;
}

/** A step of a split stay's trace, written in French only so far (shown as is in English). */
const frenchStep = (step: string, text: string): TraceStep => ({ step, text, textEn: text });

/** The parts of a case as one result (amounts added, traces in a row). */
function joinParts(results: Reimbursement[], parts: CarePart[], explain: boolean): Reimbursement {
  const failed = results.find((p) => !p.ok);
  if (failed) return failed;
  const [first, ...rest] = results as [Reimbursement, ...Reimbursement[]];
  let trace: TraceStep[] = [];
  if (explain) {
    const yearsOnly = parts.slice(1).every((p) => p.reasons.length === 1 && p.reasons[0] === 'year');
    if (yearsOnly) {
      // A stay across 31 December.
      const year = (p: Reimbursement) => p.date.slice(0, -6);
      const later = rest.map((p) => `${p.quantity} à partir du ${frenchDate(p.date)}`).join(', puis ');
      const years = results.length === 2 ? 'deux années' : `${results.length} années`;
      trace = [
        frenchStep(
          'Séjour',
          `Séjour à cheval sur ${years} : ${countText(first.quantity, first.act.unit)} en ${year(first)}, puis ${later}, chacun aux montants de son année.`,
        ),
        ...first.trace,
        ...rest.flatMap((p) => [frenchStep('Séjour', `Jours de ${year(p)} :`), ...p.trace]),
      ];
    } else {
      const why = (reasons: string[]) =>
        reasons
          .map((r) =>
            r === 'year'
              ? 'nouvelle année'
              : r === 'day31'
                ? '31e jour du séjour'
                : r === 'pal'
                  ? 'unités suivantes, sans la participation du séjour'
                  : `nouveau montant : ${r}`,
          )
          .join(' ; ');
      const later = rest.map((p, i) => `${p.quantity} à partir du ${frenchDate(p.date)} (${why(parts[i + 1]!.reasons)})`).join(', puis ');
      trace = [
        frenchStep(
          'Séjour',
          `Calcul en ${results.length} parties : ${countText(first.quantity, first.act.unit)} à partir du ${frenchDate(first.date)}, puis ${later}, chacune aux montants et aux règles de ses jours.`,
        ),
        ...first.trace,
        ...rest.flatMap((p, i) => [frenchStep('Séjour', `À partir du ${frenchDate(p.date)} (${why(parts[i + 1]!.reasons)}) :`), ...p.trace]),
      ];
    }
  }
  const sum = (pick: (p: Reimbursement) => Decimal) => results.reduce((total, p) => total.plus(pick(p)), ZERO);
  return {
    ...first,
    problems: [...new Set(results.flatMap((p) => p.problems))],
    quantity: results.reduce((n, p) => n + p.quantity, 0),
    price: sum((p) => p.price),
    amoGross: sum((p) => p.amoGross),
    participation: sum((p) => p.participation),
    franchise: sum((p) => p.franchise),
    amoNet: sum((p) => p.amoNet),
    amc: sum((p) => p.amc),
    amcSocle: sum((p) => p.amcSocle),
    amcOption: sum((p) => p.amcOption),
    reste: sum((p) => p.reste),
    trace,
  };
}

/** What planning a stay needs to know of one of its acts (computed alone, at its own figures). */
interface StayFacts {
  /** The frais de séjour, which bear the stay's PAL (« due au titre des frais d'hospitalisation »). */
  stayFee: boolean;
  /** Subject to the PAL: an eligible act whose participation is not removed (ALD, maternity, CSS, from the 31st day). */
  subject: boolean;
  /** A subject act, other than the stay's fees, whose tariff reaches the PAL threshold. */
  heavy: boolean;
  /** The TM of the stay's fees before the 31st day (for the imputation of the forfait journalier). */
  tm: Decimal;
  /** The forfait journalier billed before the 31st day, at its regulated price. */
  fj: Decimal;
}

/**
 * Plans a sequence of care before any of it is computed: its hospital stays (`planStays`) and its
 * optical equipments — the optical acts a beneficiary buys on one day are one equipment, whose
 * class B lenses give the correction case the frame is capped with, and whose frame, bought on a
 * line of its own, is no longer counted in the BR of the lenses (its 0,05 € once).
 */
export function planSequence(grid: GridModel, cases: readonly CareCase[], options: { params?: ParameterSet; state: SimulationState }): void {
  planStays(grid, cases, options);
  for (const care of cases) {
    const act = care.act;
    if (!act.optiqueCase && act.id !== FRAME) continue;
    const plan = options.state.equipment(care.beneficiary, care.date) ?? { lensCase: null, frame: false };
    if (act.optiqueCase) plan.lensCase ??= act.optiqueCase;
    if (act.id === FRAME) plan.frame = true;
    options.state.setEquipment(care.beneficiary, care.date, plan);
  }
}

/** The class B frame bought on a line of its own. */
const FRAME = 'monture_classe_b';

/**
 * Plans the hospital stays of a sequence of care (`sejour "S1"`, per beneficiary) before any of
 * their acts is computed: the first day of each stay, whether an act of it reaches the PAL
 * threshold (then one participation covers all its fees: CSS R160-16 I 2°) and which act bears it,
 * and, in a stay under the proportional TM, which of the forfait journalier and the TM of its fees
 * is imputed on the other (CSS L174-4). The plans go into the state the sequence is computed with.
 */
export function planStays(grid: GridModel, cases: readonly CareCase[], options: { params?: ParameterSet; state: SimulationState }): void {
  const params = options.params ?? defaultParameters;
  const stays = new Map<string, CareCase[]>();
  for (const care of cases) {
    if (!care.stayName) continue;
    const key = `${care.beneficiary}\u0000${care.stayName}`;
    const list = stays.get(key) ?? [];
    list.push(care);
    stays.set(key, list);
  }
  for (const list of stays.values()) {
    const first = list[0]!;
    const start = list.map((c) => c.date).reduce((a, b) => (compareDates(b, a) < 0 ? b : a));
    const probing: StayPlan = { id: first.stayName!, start, heavy: false, bearer: null, palCharged: false, imputation: null };
    const facts = list.flatMap((care) =>
      splitCare(care, params, probing).map((part) => {
        const { socle, option, optionModel } = linesFor(grid, part.care);
        const contract =
          optionModel && optionModel.responsible !== grid.contract.responsible ? { ...grid.contract, responsible: optionModel.responsible } : grid.contract;
        return new Computation(contract, part.care, params, new SimulationState(), false, gridTypicalPrice(option ?? socle, part.care), [], probing).probe();
      }),
    );
    const heavy = facts.some((f) => f.heavy);
    const plan: StayPlan = { id: first.stayName!, start, heavy, bearer: null, palCharged: false, imputation: null };
    if (heavy) plan.bearer = facts.some((f) => f.subject && f.stayFee) ? 'frais' : 'lourd';
    else {
      const tm = facts.reduce((sum, f) => sum.plus(f.tm), ZERO);
      const fj = facts.reduce((sum, f) => sum.plus(f.fj), ZERO);
      if (tm.greaterThan(0) && fj.greaterThan(0)) plan.imputation = { kind: tm.greaterThanOrEqualTo(fj) ? 'fj-sur-tm' : 'tm-sur-fj', tm, fj };
    }
    options.state.setStay(first.beneficiary, plan);
  }
}

/** The `prix typique` the grid gives on the column that applies to the case, if any. */
function gridTypicalPrice(line: LineModel | null, care: CareCase): Decimal | null {
  if (!line) return null;
  const columns = line.columns;
  const own = care.act.doctor ? columns[columnFor(care.sector)] : undefined;
  return own?.typicalPrice ?? columns.all?.typicalPrice ?? (care.act.doctor ? null : columns.dptam?.typicalPrice) ?? null;
}

/** One act under one line (no option). */
export function compute(line: LineModel | null, care: CareCase, contract: ContractInfo, options: EngineOptions = {}): Reimbursement {
  return new Computation(contract, care, options.params ?? defaultParameters, options.state ?? new SimulationState(), options.explain ?? false).run(
    line,
    null,
    null,
  );
}

interface Amo {
  unitPrice: Decimal;
  base: Decimal | null;
  rate: Decimal | null;
  amoUnit: Decimal;
  /** AMO per unit at the in-parcours rate: what the contract's formula is computed against. */
  amoReferenceUnit: Decimal;
  /** Per unit, the part a responsible contract may not cover out of the parcours (mark-up + DA). */
  excludedUnit: Decimal;
}

class Computation {
  private readonly trace: TraceStep[] = [];
  private readonly problems: string[] = [];

  constructor(
    private readonly contract: ContractInfo,
    private readonly care: CareCase,
    private readonly params: ParameterSet,
    private readonly state: SimulationState,
    /** Whether to write the trace; the amounts never depend on it. */
    private readonly explain: boolean,
    private readonly gridTypical: Decimal | null = null,
    /** The act's lines, none of which applies to this case (`lineForCase`). */
    private readonly unmatched: LineModel[] = [],
    /** The hospital stay the act belongs to (`sejour "S1"`), as planned from all its acts. */
    private readonly stay: StayPlan | null = null,
  ) {}

  /** Set while the stay is being planned: the act is computed alone, without what the plan decides. */
  private probing = false;

  /** What planning a stay needs of this act (see `planStays`): its own figures, nothing of the plan. */
  probe(): StayFacts {
    this.probing = true;
    const act = this.care.act;
    const none: StayFacts = { stayFee: act.id === 'frais_sejour', subject: false, heavy: false, tm: ZERO, fj: ZERO };
    try {
      if (act.id === 'forfait_journalier') {
        // A price the example writes is what was billed: nothing is imputed on it.
        if (this.care.unitPrice || this.fromDay31()) return none;
        return { ...none, fj: timesCount(this.unitPrice(), this.care.quantity) };
      }
      const amo = this.amo();
      if (!amo.base || !amo.rate) return none;
      const proportional = amo.rate.lessThan(HUNDRED);
      const subject = act.palEligible && proportional && !this.flag('css');
      const heavy = subject && !none.stayFee && amo.base.greaterThanOrEqualTo(this.money('pal.seuil').value);
      const tm = none.stayFee && proportional ? timesCount(max(ZERO, min(amo.unitPrice, amo.base).minus(amo.amoUnit)), this.care.quantity) : ZERO;
      return { ...none, subject, heavy, tm };
    } catch (error) {
      if (error instanceof MissingParameter) return none;
      throw error;
    }
  }

  /** The day of the stay the care falls on (1 on its first day), or null outside a stay. */
  private stayDay(): number | null {
    return this.stay ? daysBetween(this.stay.start, this.care.date) + 1 : null;
  }

  /** From the 31st consecutive day of a stay the participation is removed (CSS R160-16 V 3°). */
  private fromDay31(): boolean {
    const day = this.stayDay();
    return day !== null && constantDecimal(day).greaterThanOrEqualTo(this.money('sejour.jour_exoneration').value);
  }

  run(socle: LineModel | null, optionLine: LineModel | null, optionModel: OptionModel | null): Reimbursement {
    const care = this.care;
    try {
      const amo = this.amo();
      const price = timesCount(amo.unitPrice, care.quantity);
      const amoGross = timesCount(amo.amoUnit, care.quantity);
      const { participation, franchise } = this.withheld(amoGross);
      const amoNet = minus(minus(amoGross, participation), franchise);
      if (this.explain)
        this.add(
          'Sécu',
          both(
            `Remboursement de la Sécu (AMO net) : ${formatEuros(amoGross)} − ${formatEuros(participation.plus(franchise))} retenus = ${formatEuros(amoNet)}.`,
            `Sécu payment (net AMO): ${formatEuros(amoGross)} − ${formatEuros(participation.plus(franchise))} withheld = ${formatEuros(amoNet)}.`,
          ),
          amoNet,
        );

      let amcSocle = ZERO;
      let column: ColumnKey | null = null;
      if (socle) {
        if (this.explain && socle.conditions)
          this.add('Ligne', `Ligne « ${care.act.label} (${socle.conditions.label}) » : le cas (${caseFacts(care)}) en remplit les conditions.`);
        const result = this.contractPart(socle, amo, price, amoGross, ZERO, 'socle');
        amcSocle = result.amc;
        column = result.column;
      } else if (this.unmatched.length > 0) {
        const printed = this.unmatched.map((l) => `« ${l.conditions?.label ?? 'sans condition'} »`).join(', ');
        if (this.explain)
          this.add(
            'Mutuelle',
            both(
              `Aucune ligne de « ${care.act.label} » ne s'applique à ce cas (${caseFacts(care)}) : lignes pour ${printed}. La mutuelle ne paie rien.`,
              `No line of « ${actName(care.act).en} » applies to this case (${caseFacts(care)}): lines for ${printed}. The insurer pays nothing.`,
            ),
            ZERO,
          );
      } else {
        if (this.explain)
          this.add(
            'Mutuelle',
            both(
              `Aucune ligne du tableau ne couvre « ${care.act.label} » : la mutuelle ne paie rien.`,
              `No line of the grid covers « ${actName(care.act).en} »: the insurer pays nothing.`,
            ),
            ZERO,
          );
      }
      let amcOption = ZERO;
      if (optionLine && optionModel) {
        amcOption = this.optionPart(optionLine, optionModel, amo, price, amoGross, amcSocle);
      } else if (optionModel?.mode === 'remplace_socle') {
        if (this.explain && socle && socle.option !== optionModel)
          this.add(
            'Formule',
            both(
              `La formule « ${optionModel.name} » n'a pas de cellule propre pour cet acte : la ligne commune à toutes les formules s'applique.`,
              `The formula « ${optionModel.name} » has no cell of its own for this act: the row shared by every formula applies.`,
            ),
          );
      } else if (care.option) {
        if (this.explain)
          this.add(
            'Option',
            both(
              `L'option « ${care.option} » n'a pas de ligne pour cet acte : seul le socle s'applique.`,
              `The option « ${care.option} » has no line for this act: only the base cover applies.`,
            ),
          );
      }
      const amc = plus(amcSocle, amcOption);
      // What this act of an optical equipment took of the equipment's cap, Sécu included.
      if (this.contract.responsible && (care.act.optiqueCase || care.act.id === FRAME))
        this.state.consume(care.beneficiary, 'optique-equipement', care.date, plus(amoGross, amc));
      const reste = minus(minus(price, amoNet), amc);
      if (this.explain)
        this.add(
          'Reste à charge',
          both(
            `Reste à charge = ${formatEuros(price)} − ${formatEuros(amoNet)} (Sécu) − ${formatEuros(amc)} (mutuelle) = ${formatEuros(reste)}.`,
            `Out-of-pocket = ${formatEuros(price)} − ${formatEuros(amoNet)} (Sécu) − ${formatEuros(amc)} (insurer) = ${formatEuros(reste)}.`,
          ),
          reste,
        );
      return this.result({
        price,
        base: amo.base,
        amoRate: amo.rate,
        amoGross,
        participation,
        franchise,
        amoNet,
        amc,
        amcSocle,
        amcOption,
        reste,
        line: socle,
        column,
      });
    } catch (error) {
      if (!(error instanceof MissingParameter)) throw error;
      this.problems.push(error.message);
      if (this.explain)
        this.add(
          'Erreur',
          both(`${error.message} Aucun montant n'est calculé plutôt qu'un montant faux.`, `${error.message} No amount is computed rather than a wrong one.`),
        );
      return this.result(
        {
          price: ZERO,
          base: null,
          amoRate: null,
          amoGross: ZERO,
          participation: ZERO,
          franchise: ZERO,
          amoNet: ZERO,
          amc: ZERO,
          amcSocle: ZERO,
          amcOption: ZERO,
          reste: ZERO,
          line: socle,
          column: null,
        },
        false,
      );
    }
  }

  private result(v: Omit<Reimbursement, 'ok' | 'problems' | 'act' | 'sector' | 'date' | 'quantity' | 'trace'>, ok = true): Reimbursement {
    const care = this.care;
    return {
      ok,
      problems: this.problems,
      act: care.act,
      sector: care.sector,
      date: care.date,
      quantity: care.quantity,
      price: v.price,
      base: v.base,
      amoRate: v.amoRate,
      amoGross: v.amoGross,
      participation: v.participation,
      franchise: v.franchise,
      amoNet: v.amoNet,
      amc: v.amc,
      amcSocle: v.amcSocle,
      amcOption: v.amcOption,
      reste: v.reste,
      line: v.line,
      column: v.column,
      ...(this.unmatched.length > 0 && !v.line ? { unmatched: this.unmatched.map((l) => l.conditions?.label ?? '') } : {}),
      trace: this.trace,
    };
  }

  /** One step of the trace; `text` in both languages, or French alone where no English is written yet. */
  private add(step: string, text: string | Localized, amount?: Decimal, parameters?: ResolvedParameter[]): void {
    const entry: TraceStep = typeof text === 'string' ? { step, text, textEn: text } : { step, text: text.fr, textEn: text.en };
    if (amount) entry.amount = amount;
    if (parameters && parameters.length > 0) {
      entry.parameters = parameters.map((p) => ({
        id: p.id,
        label: p.label,
        value: typeof p.value === 'boolean' ? (p.value ? 'oui' : 'non') : p.value.toString(),
        start: p.start,
        source: p.source,
        confidence: p.confidence,
      }));
    }
    this.trace.push(entry);
  }

  private param(id: string, date = this.care.date): ResolvedParameter {
    const found = this.params.lookup(id, date);
    if (!found) throw new MissingParameter(id, date, this.params.definition(id)?.label);
    return found;
  }

  private money(id: string, date = this.care.date): { value: Decimal; param: ResolvedParameter } {
    const param = this.param(id, date);
    if (typeof param.value === 'boolean') throw new MissingParameter(id, date);
    return { value: param.value, param };
  }

  /** Whether the beneficiary is below the age a dated parameter gives (false when the age is unknown). */
  private isYoung(ageParam: string): boolean {
    if (this.care.age === null) return false;
    const limit = this.money(ageParam);
    const young = constantDecimal(this.care.age).lessThan(limit.value);
    if (young && this.explain)
      this.add(
        'Âge',
        both(
          `${this.care.age} ans, moins de ${limit.value.toString()} ans : tarifs « jeunes » (${limit.param.label}).`,
          `Aged ${this.care.age}, under ${limit.value.toString()}: the « young » tariffs (${paramName(limit.param).en}).`,
        ),
        undefined,
        [limit.param],
      );
    return young;
  }

  private flag(name: Parameters<CareCase['flags']['has']>[0]): boolean {
    return this.care.flags.has(name);
  }

  private isExempt(): boolean {
    const ageLimit = this.care.age !== null ? this.money('pf.age_exoneration').value : null;
    return (
      (ageLimit !== null && constantDecimal(this.care.age!).lessThan(ageLimit)) || this.flag('css') || this.flag('maternite') || this.flag('accident_travail')
    );
  }

  /** The régime local d'Alsace-Moselle adds its complement to the Sécu's part. */
  private regimeLocal(): boolean {
    return this.care.regime === 'alsace_moselle';
  }

  /** Care in hospital: a hospital act, an act of a stay (`sejour "S1"`) or of a hospitalised patient. */
  private inHospital(): boolean {
    return this.care.act.hospital || this.flag('hospitalise') || this.care.stayName !== undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Steps 1 to 3: price, base, AMO rate, forfait actes lourds

  private unitPrice(): Decimal {
    const act = this.care.act;
    if (this.care.unitPrice) {
      if (this.explain)
        this.add(
          'Prix',
          both(
            `Prix facturé : ${formatEuros(this.care.unitPrice)} par ${act.unit}${this.care.quantity > 1 ? `, ${this.care.quantity} unités` : ''}.`,
            `Price charged: ${formatEuros(this.care.unitPrice)} ${PER_EN[act.unit] ?? `per ${act.unit}`}${this.care.quantity > 1 ? `, ${this.care.quantity} units` : ''}.`,
          ),
          this.care.unitPrice,
        );
      return this.care.unitPrice;
    }
    if (act.regulatedPrice) {
      const exemptions = act.regulatedPrice.exemptions ?? [];
      if (exemptions.length > 0) {
        // Not due in maternity, under the CSS (the forfait journalier), nor for a newborn under 30
        // days — which `age 0` stands for, the language counting age in years. The acts say which
        // apply (catalogue: `regulatedPrice.exemptions`, with their sources).
        const why =
          exemptions.includes('maternite') && this.flag('maternite')
            ? 'maternité'
            : exemptions.includes('css') && this.flag('css')
              ? 'bénéficiaire de la CSS'
              : exemptions.includes('nouveau_ne') && this.care.age === 0
                ? 'nouveau-né de moins de 30 jours (« age 0 »)'
                : exemptions.includes('accident_travail') && this.flag('accident_travail')
                  ? 'accident du travail ou maladie professionnelle, CSS L174-4'
                  : null;
        if (why) {
          if (this.explain) this.add('Prix', `${act.label} non dû (${why}) : rien à payer.`, ZERO);
          return ZERO;
        }
      }
      let id = act.regulatedPrice.param;
      if (act.regulatedPrice.psychiatry && this.flag('psychiatrie')) id = act.regulatedPrice.psychiatry;
      // The reduced amount (FPU): ALD patients and AT/MP victims (CSS L160-13 I: « peut être réduit … pour les bénéficiaires des prestations mentionnées à l'article L. 431-1 »).
      if (act.regulatedPrice.reduced && (this.flag('ald') || this.flag('accident_travail'))) id = act.regulatedPrice.reduced;
      const { value, param } = this.money(id);
      const imputation = this.stay && !this.probing ? this.stay.imputation : null;
      if (act.id === 'forfait_journalier' && imputation?.kind === 'fj-sur-tm' && !this.fromDay31()) {
        // CSS L174-4: the forfait « s'impute à due concurrence sur la participation laissée … à la
        // charge des assurés » when that participation is at least the forfait.
        if (this.explain)
          this.add(
            'Prix',
            `${act.label} de ${formatEuros(value)} par jour imputé sur le ticket modérateur des frais du séjour « ${this.stay!.id} » (TM ${formatEuros(imputation.tm)} ≥ forfaits ${formatEuros(imputation.fj)}, CSS L174-4) : il n'est pas facturé en plus.`,
            ZERO,
            [param],
          );
        return ZERO;
      }
      if (this.explain)
        this.add(
          'Prix',
          both(`Montant réglementaire : ${formatEuros(value)} (${param.label}).`, `Regulated amount: ${formatEuros(value)} (${paramName(param).en}).`),
          value,
          [param],
        );
      return value;
    }
    if (this.gridTypical) {
      if (this.explain)
        this.add(
          'Prix',
          both(
            `Prix typique donné par la grille (« prix typique ») : ${formatEuros(this.gridTypical)} (remplaçable par « prix » dans un exemple).`,
            `Typical price given by the grid (« prix typique »): ${formatEuros(this.gridTypical)} (an example's « prix » replaces it).`,
          ),
          this.gridTypical,
        );
      return this.gridTypical;
    }
    const column = columnFor(this.care.sector);
    const typical = constantDecimal(act.typicalPrice[column] ?? act.typicalPrice.default);
    if (this.explain)
      this.add(
        'Prix',
        both(
          `Prix typique utilisé pour l'aperçu : ${formatEuros(typical)} (hypothèse de Grille, remplaçable par « prix » dans un exemple).`,
          `Typical price used by the preview: ${formatEuros(typical)} (Grille's assumption; an example's « prix » replaces it).`,
        ),
        typical,
      );
    return typical;
  }

  private amo(): Amo {
    const care = this.care;
    const act = care.act;
    let unitPrice = this.unitPrice();
    if (act.id === 'forfait_journalier' && this.regimeLocal() && unitPrice.greaterThan(ZERO)) {
      const covered = this.param('rl.forfait_journalier');
      if (covered.value === true) {
        if (this.explain)
          this.add(
            'Régime local',
            `Forfait journalier pris en charge par le régime local d'Alsace-Moselle : la Sécu paie ${formatEuros(unitPrice)}.`,
            unitPrice,
            [covered],
          );
        // The forfait is the base the régime local pays in full (no BR of the régime général).
        return { unitPrice, base: unitPrice, rate: HUNDRED, amoUnit: unitPrice, amoReferenceUnit: unitPrice, excludedUnit: ZERO };
      }
    }
    if (act.nomenclature === 'HN' || act.nomenclature === 'sans_br' || !act.base || !act.rate) {
      const why =
        act.nomenclature === 'HN'
          ? both('acte hors nomenclature', 'act outside the nomenclature')
          : both('pas de base de remboursement pour ce poste', 'no reimbursement base for this item');
      if (this.explain) this.add('Base', both(`Aucune BR (${why.fr}) : la Sécu ne rembourse rien.`, `No BR (${why.en}): the Sécu pays nothing.`), ZERO);
      return { unitPrice, base: null, rate: null, amoUnit: ZERO, amoReferenceUnit: ZERO, excludedUnit: ZERO };
    }
    const base = this.base(act);
    // The Sécu never pays more than was spent: below the tariff, it reimburses on the price.
    const amoBase = min(base, unitPrice);
    if (unitPrice.lessThan(base)) {
      if (this.explain)
        this.add(
          'Base',
          both(
            `Prix inférieur à la BR : la Sécu rembourse sur le prix payé, ${formatEuros(unitPrice)}.`,
            `Price below the BR: the Sécu pays on the price paid, ${formatEuros(unitPrice)}.`,
          ),
          unitPrice,
        );
    }

    // AMO rate: the régime's rate, exemptions first, then the hors-parcours penalty.
    const generalRate = this.money(act.rate);
    // The régime local adds its complement to a rate below 100 % (`rl.` + the rate's id), 100 % in hospital.
    const localRate =
      this.regimeLocal() && generalRate.value.lessThan(HUNDRED) ? this.money(this.inHospital() ? 'rl.taux.hospitalisation' : `rl.${act.rate}`) : null;
    const normalRate = localRate ?? generalRate;
    let rate = normalRate;
    let rateReason: Localized = localRate
      ? both(
          `${localRate.param.label}, au lieu de ${formatPercent(generalRate.value)} au régime général`,
          `${paramName(localRate.param).en}, instead of ${formatPercent(generalRate.value)} in the general scheme`,
        )
      : paramName(normalRate.param);
    const parcoursApplies = act.doctor && care.sector !== 'non_conventionne' && this.flag('hors_parcours');
    let penalised = false;
    if (this.flag('ald') || this.flag('maternite')) {
      rate = this.money('taux.exoneration');
      rateReason = this.flag('ald')
        ? both("soins liés à l'ALD, TM exonéré", 'care related to the ALD, TM waived')
        : both('maternité, TM exonéré', 'maternity, TM waived');
    } else if (this.flag('accident_travail')) {
      rate = this.money(act.dentalBasket ? 'taux.at_mp.protheses_dentaires' : 'taux.at_mp');
      rateReason = both(
        `accident du travail ou maladie professionnelle (${rate.param.label})`,
        `work accident or occupational disease (${paramName(rate.param).en})`,
      );
    } else if (parcoursApplies) {
      const minimumAge = this.money('parcours.age_minimum').value;
      if (care.age === null || constantDecimal(care.age).greaterThanOrEqualTo(minimumAge)) {
        rate = this.money('taux.hors_parcours');
        rateReason = both('hors parcours de soins coordonnés (majoration du TM)', 'outside the coordinated care pathway (TM surcharge)');
        if (localRate && this.param('rl.hors_parcours_sans_majoration').value === true) {
          // The régime local adds its complement, not the mark-up: 30 % + (90 − 70) % = 50 %.
          const complement = localRate.value.minus(generalRate.value);
          rate = { value: rate.value.plus(complement), param: this.param('rl.hors_parcours_sans_majoration') };
          const outside = formatPercent(this.money('taux.hors_parcours').value);
          rateReason = both(
            `hors parcours de soins coordonnés : ${outside} plus le complément du régime local (${formatPercent(complement)}), qui ne prend pas en charge la majoration`,
            `outside the coordinated care pathway: ${outside} plus the local scheme's complement (${formatPercent(complement)}), which does not pay the surcharge`,
          );
        }
        penalised = true;
      } else {
        if (this.explain)
          this.add(
            'Taux AMO',
            both(
              `Hors parcours, mais moins de ${String(minimumAge)} ans : pas de majoration.`,
              `Outside the care pathway, but under ${String(minimumAge)}: no surcharge.`,
            ),
            undefined,
            [this.param('parcours.age_minimum')],
          ); // looked up just above: cannot throw here
      }
    }
    if (this.stay && rate.value.lessThan(HUNDRED) && this.fromDay31()) {
      rate = this.money('taux.exoneration');
      const from = this.money('sejour.jour_exoneration').value.toString();
      rateReason = both(
        `${this.stayDay()}e jour du séjour « ${this.stay.id} », participation de l'assuré supprimée dès le ${from}e jour : CSS R160-16 V 3°`,
        `day ${this.stayDay()} of the stay « ${this.stay.id} », the patient's participation waived from day ${from}: CSS R160-16 V 3°`,
      );
      penalised = false;
    }
    // Above 100 % (AT/MP prostheses at 150 %) the rate applies to the base, within the price.
    let amoUnit = rate.value.greaterThan(HUNDRED) ? min(unitPrice, roundCents(percentOf(rate.value, base))) : roundCents(percentOf(rate.value, amoBase));
    if (this.explain)
      this.add(
        'Taux AMO',
        both(
          `${formatPercent(rate.value)} de ${formatEuros(amoBase)} = ${formatEuros(amoUnit)} (${rateReason.fr}, arrondi au centime).`,
          `${formatPercent(rate.value)} of ${formatEuros(amoBase)} = ${formatEuros(amoUnit)} (${rateReason.en}, rounded to the cent).`,
        ),
        amoUnit,
        [rate.param],
      );

    // Forfait actes lourds: on an act at or above the threshold the patient owes a flat amount
    // instead of the TM; in a stay, once for all its fees.
    if (this.stay && act.palEligible && rate.value.lessThan(HUNDRED) && !this.flag('css')) {
      if (!this.probing) amoUnit = this.stayParticipation(base, amoBase, amoUnit);
    } else if (act.palEligible && rate.value.lessThan(HUNDRED) && !this.flag('css')) {
      const threshold = this.money('pal.seuil');
      if (base.greaterThanOrEqualTo(threshold.value)) {
        const pal = this.money('pal.montant');
        const withPal = max(ZERO, amoBase.minus(pal.value));
        if (withPal.greaterThan(amoUnit)) {
          amoUnit = withPal;
          if (this.explain)
            this.add(
              'Actes lourds',
              `Acte d'au moins ${formatEuros(threshold.value)} : le TM est remplacé par la participation de ${formatEuros(pal.value)}, la Sécu paie ${formatEuros(amoBase)} − ${formatEuros(pal.value)} = ${formatEuros(amoUnit)}.`,
              amoUnit,
              [threshold.param, pal.param],
            );
        }
      }
    }

    const imputation = this.stay && !this.probing ? this.stay.imputation : null;
    if (act.id === 'frais_sejour' && imputation?.kind === 'tm-sur-fj' && rate.value.lessThan(HUNDRED)) {
      // CSS L174-4: when the participation is below the forfait journalier, « la participation est
      // imputée sur le forfait »: the patient pays the forfait, not this TM on top.
      const tm = max(ZERO, min(unitPrice, base).minus(amoUnit));
      unitPrice = unitPrice.minus(tm);
      if (this.explain)
        this.add(
          'Séjour',
          `Ticket modérateur de ${formatEuros(tm)} imputé sur le forfait journalier du séjour « ${this.stay!.id} » (TM ${formatEuros(imputation.tm)} < forfaits ${formatEuros(imputation.fj)}, CSS L174-4) : il n'est pas facturé, le forfait l'inclut. Prix retenu : ${formatEuros(unitPrice)}.`,
          unitPrice,
        );
    }

    let amoReferenceUnit = amoUnit;
    let excludedUnit = ZERO;
    if (penalised && this.contract.responsible) {
      // A responsible contract covers neither the mark-up nor the authorised overbilling out of the parcours.
      amoReferenceUnit = roundCents(percentOf(normalRate.value, amoBase));
      const markUp = amoReferenceUnit.minus(amoUnit);
      const da = this.money('parcours.depassement_autorise');
      const overbilling = max(ZERO, unitPrice.minus(base));
      const daExcluded = min(overbilling, roundCents(percentOf(da.value, base)));
      excludedUnit = markUp.plus(daExcluded);
      if (this.explain)
        this.add(
          'Hors parcours',
          `Contrat responsable : la majoration du TM (${formatEuros(markUp)}) et le dépassement autorisé jusqu'à ${formatPercent(da.value)} de la BR (${formatEuros(daExcluded)}) ne sont pas couverts.`,
          excludedUnit,
          [da.param],
        );
    }
    return { unitPrice, base, rate: rate.value, amoUnit, amoReferenceUnit, excludedUnit };
  }

  /**
   * The Sécu's part of an act subject to the PAL in a stay. In a stay during which an act reaches
   * the threshold, the participation is one flat amount « pour l'ensemble des frais intervenant au
   * cours d'une hospitalisation » (CSS R160-16 I 2°), « due au titre des frais d'hospitalisation »:
   * the act that bears it (the first frais de séjour, else the first heavy act) is paid its base
   * less the PAL, every other act of the stay its base in full. In a stay without such an act the TM
   * stays proportional: the stay's fees alone never make it heavy.
   */
  private stayParticipation(base: Decimal, amoBase: Decimal, amoUnit: Decimal): Decimal {
    const stay = this.stay!;
    const act = this.care.act;
    const stayFee = act.id === 'frais_sejour';
    const threshold = this.money('pal.seuil');
    if (!stay.heavy) {
      if (this.explain && stayFee && base.greaterThanOrEqualTo(threshold.value))
        this.add(
          'Actes lourds',
          `Aucun acte d'au moins ${formatEuros(threshold.value)} dans le séjour « ${stay.id} » : ses frais seuls ne remplacent pas le ticket modérateur par la participation forfaitaire (CSS R160-16 I 2°).`,
          undefined,
          [threshold.param],
        );
      return amoUnit;
    }
    const pal = this.money('pal.montant');
    const bears = !stay.palCharged && (stay.bearer === 'frais' ? stayFee : !stayFee && base.greaterThanOrEqualTo(threshold.value));
    if (bears) {
      stay.palCharged = true;
      const withPal = max(ZERO, amoBase.minus(pal.value));
      if (this.explain)
        this.add(
          'Actes lourds',
          `Séjour « ${stay.id} » avec un acte d'au moins ${formatEuros(threshold.value)} : une seule participation de ${formatEuros(pal.value)} pour l'ensemble de ses frais (CSS R160-16 I 2°), portée par ${stayFee ? 'les frais de séjour' : 'cet acte'} ; la Sécu paie ${formatEuros(amoBase)} − ${formatEuros(pal.value)} = ${formatEuros(withPal)}.`,
          withPal,
          [threshold.param, pal.param],
        );
      return withPal;
    }
    if (this.explain)
      this.add(
        'Actes lourds',
        `Séjour « ${stay.id} » : la participation de ${formatEuros(pal.value)} est due une seule fois, ${stay.bearer === 'frais' ? 'sur les frais de séjour' : 'sur le premier acte lourd'} ; la Sécu paie cet acte à 100 %, ${formatEuros(amoBase)}.`,
        amoBase,
        [pal.param],
      );
    return amoBase;
  }

  private base(act: ActDefinition): Decimal {
    const care = this.care;
    const spec = act.base!;
    // Class B lenses bought with a frame on its own line: the frame's element is counted once, there.
    const count = spec.count && act.optiqueCase && this.state.equipment(care.beneficiary, care.date)?.frame ? spec.count - 1 : spec.count;
    let convention: { value: Decimal; param: ResolvedParameter | null };
    if (care.br) {
      convention = { value: care.br, param: null };
    } else {
      const young = spec.young && this.isYoung(spec.young.ageParam) ? spec.young : null;
      const found = this.money(young ? young.convention : spec.convention);
      convention = { value: count ? found.value.times(count) : found.value, param: found.param };
    }
    const dom = convention.param ? this.domCoefficient() : null;
    if (dom) {
      const metropole = convention.value;
      convention = { value: roundCents(percentOf(dom.value, metropole)), param: convention.param };
      if (this.explain)
        this.add(
          'Base',
          `Soins en outre-mer : tarif de métropole ${formatEuros(metropole)} × ${formatPercent(dom.value)} = ${formatEuros(convention.value)} (${dom.param.label}, arrondi au centime).`,
          convention.value,
          [dom.param],
        );
    }
    const params = convention.param ? [convention.param, ...(dom ? [dom.param] : [])] : [];
    const origin = convention.param ? convention.param.label : "BR donnée par l'exemple";
    const originEn = convention.param ? paramName(convention.param).en : 'BR given by the example';
    const countNote =
      count && !care.br ? ` (${count} éléments${count < (spec.count ?? 0) ? ", la monture achetée le même jour sur sa propre ligne n'y compte pas" : ''})` : '';
    const countNoteEn =
      count && !care.br ? ` (${count} units${count < (spec.count ?? 0) ? ', the frame bought the same day on its own line does not count' : ''})` : '';
    const kind = act.nomenclature === 'LPP' ? 'tarif de responsabilité' : 'tarif de convention';
    const kindEn = act.nomenclature === 'LPP' ? 'tarif de responsabilité (LPP tariff)' : 'contractual tariff';
    if (!act.doctor) {
      if (care.sector !== 'secteur1' && this.explain)
        this.add('Base', both(`Le secteur du praticien ne change pas la base de cet acte.`, "The practitioner's sector does not change this act's base."));
      if (this.explain)
        this.add(
          'Base',
          both(
            `BR = ${formatEuros(convention.value)}, ${kind}${countNote} (${origin}).`,
            `BR = ${formatEuros(convention.value)}, ${kindEn}${countNoteEn} (${originEn}).`,
          ),
          convention.value,
          params,
        );
      return convention.value;
    }
    switch (care.sector) {
      case 'secteur1':
      case 'dptam':
        if (this.explain)
          this.add(
            'Base',
            both(
              `BR = ${formatEuros(convention.value)}, tarif de convention pour un médecin ${SECTOR_LABEL[care.sector]} (${origin}).`,
              `BR = ${formatEuros(convention.value)}, contractual tariff for a ${SECTOR_LABEL_EN[care.sector]} doctor (${originEn}).`,
            ),
            convention.value,
            params,
          );
        return convention.value;
      case 'non_dptam':
      case 'inconnu': {
        const unknown = care.sector === 'inconnu' ? ' (adhésion inconnue : traité comme non adhérent)' : '';
        const unknownEn = care.sector === 'inconnu' ? ' (membership unknown: treated as non-DPTAM)' : '';
        if (spec.nonDptam && !care.br) {
          const lower = this.money(spec.nonDptam);
          if (this.explain)
            this.add(
              'Base',
              both(
                `BR = ${formatEuros(lower.value)}, base minorée d'un médecin non adhérent d'un DPTAM${unknown}.`,
                `BR = ${formatEuros(lower.value)}, the lower base of a non-DPTAM doctor${unknownEn}.`,
              ),
              lower.value,
              [lower.param],
            );
          return lower.value;
        }
        if (this.explain)
          this.add(
            'Base',
            both(
              `BR = ${formatEuros(convention.value)}, tarif de convention${unknown} (${origin}).`,
              `BR = ${formatEuros(convention.value)}, contractual tariff${unknownEn} (${originEn}).`,
            ),
            convention.value,
            params,
          );
        return convention.value;
      }
      case 'non_conventionne': {
        if (spec.authority === 'generaliste' || spec.authority === 'specialiste') {
          const ta = this.money(spec.authority === 'generaliste' ? 'ta.consultation_generaliste' : 'ta.consultation_specialiste');
          if (this.explain)
            this.add(
              'Base',
              both(
                `Médecin non conventionné : BR = tarif d'autorité de ${formatEuros(ta.value)}, quel que soit le prix payé.`,
                `Non-contracted doctor: BR = tarif d'autorité of ${formatEuros(ta.value)}, whatever the price paid.`,
              ),
              ta.value,
              [ta.param],
            );
          return ta.value;
        }
        const share = this.money('ta.actes_techniques');
        const ta = roundCents(percentOf(share.value, convention.value));
        if (this.explain)
          this.add(
            'Base',
            both(
              `Médecin non conventionné : BR = tarif d'autorité de ${formatPercent(share.value)} du tarif CCAM ${formatEuros(convention.value)} = ${formatEuros(ta)}.`,
              `Non-contracted doctor: BR = tarif d'autorité of ${formatPercent(share.value)} of the CCAM tariff ${formatEuros(convention.value)} = ${formatEuros(ta)}.`,
            ),
            ta,
            [share.param, ...params],
          );
        return ta;
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Step 4: participation forfaitaire and franchises

  private withheld(amoGross: Decimal): { participation: Decimal; franchise: Decimal } {
    const care = this.care;
    const act = care.act;
    let participation = ZERO;
    let franchise = ZERO;
    if (amoGross.isZero()) return { participation, franchise };
    const inHospital = act.hospital || this.flag('hospitalise');
    const applies = act.pf || act.franchise;
    if (!applies) return { participation, franchise };
    if (inHospital) {
      if (this.explain)
        this.add(
          'Retenues',
          both("Soins à l'hôpital : ni participation forfaitaire ni franchise.", 'Care in hospital: neither participation forfaitaire nor franchise.'),
        );
      return { participation, franchise };
    }
    if (this.isExempt()) {
      const why = this.flag('css')
        ? both('bénéficiaire de la CSS', 'CSS beneficiary')
        : this.flag('maternite')
          ? both('maternité', 'maternity')
          : this.flag('accident_travail')
            ? both('accident du travail ou maladie professionnelle', 'work accident or occupational disease')
            : both('moins de 18 ans', 'under 18');
      // Looked up whether or not the trace is written: a missing parameter makes the case incalculable either way.
      const ageParam = this.param('pf.age_exoneration');
      if (this.explain)
        this.add(
          'Retenues',
          both(`Pas de participation forfaitaire ni de franchise (${why.fr}).`, `No participation forfaitaire nor franchise (${why.en}).`),
          ZERO,
          [ageParam],
        );
      return { participation, franchise };
    }
    const year = care.date.slice(0, 4);
    const quantity = care.quantity;
    if (act.pf) {
      const sector3 = this.param('pf.secteur3');
      if (care.sector === 'non_conventionne' && act.doctor && sector3.value === false) {
        if (this.explain)
          this.add(
            'Participation forfaitaire',
            both(
              "Médecin non conventionné : la participation forfaitaire n'est pas retenue (paramètre incertain, voir la source).",
              'Non-contracted doctor: the participation forfaitaire is not withheld (uncertain parameter, see the source).',
            ),
            ZERO,
            [sector3],
          );
      } else {
        const amount = this.money('pf.montant');
        const dayCap = this.money('pf.plafond_journalier');
        const yearCap = this.money('pf.plafond_annuel');
        const due = timesCount(amount.value, quantity);
        const dayLeft = max(ZERO, minus(dayCap.value, this.state.used(care.beneficiary, 'pf-jour', care.date)));
        const yearLeft = max(ZERO, minus(yearCap.value, this.state.used(care.beneficiary, 'pf-an', year)));
        participation = min(due, dayLeft, yearLeft, amoGross);
        this.state.consume(care.beneficiary, 'pf-jour', care.date, participation);
        this.state.consume(care.beneficiary, 'pf-an', year, participation);
        const notes: Localized[] = [];
        if (participation.lessThan(due)) {
          if (amoGross.lessThan(due) && participation.equals(amoGross))
            notes.push(
              both(
                'le remboursement est inférieur à la participation : le reste sera retenu sur des remboursements ultérieurs',
                'the payment is below the participation: the rest will be withheld from later payments',
              ),
            );
          else notes.push(both('plafond journalier ou annuel atteint', 'daily or yearly cap reached'));
        }
        if (this.explain)
          this.add(
            'Participation forfaitaire',
            both(
              `Participation forfaitaire retenue : ${formatEuros(participation)}${notes.length ? ` (${notes.map((n) => n.fr).join(' ; ')})` : ''}. La mutuelle ne la rembourse jamais.`,
              `Participation forfaitaire withheld: ${formatEuros(participation)}${notes.length ? ` (${notes.map((n) => n.en).join('; ')})` : ''}. The insurer never pays it back.`,
            ),
            participation,
            [amount.param, dayCap.param, yearCap.param],
          );
      }
    }
    if (act.franchise) {
      const amount = this.money(`franchise.${act.franchise}`);
      const yearCap = this.money('franchise.plafond_annuel');
      const due = timesCount(amount.value, quantity);
      let left = max(ZERO, minus(yearCap.value, this.state.used(care.beneficiary, 'franchise-an', year)));
      const params = [amount.param, yearCap.param];
      if (act.franchise !== 'medicament') {
        const dayCap = this.money(`franchise.${act.franchise}_plafond_journalier`);
        params.push(dayCap.param);
        left = min(left, max(ZERO, minus(dayCap.value, this.state.used(care.beneficiary, `franchise-jour-${act.franchise}`, care.date))));
        this.state.consume(care.beneficiary, `franchise-jour-${act.franchise}`, care.date, min(due, left, minus(amoGross, participation)));
      }
      franchise = min(due, left, minus(amoGross, participation));
      this.state.consume(care.beneficiary, 'franchise-an', year, franchise);
      if (this.explain)
        this.add(
          'Franchise',
          both(
            `Franchise médicale retenue : ${formatEuros(franchise)}. La mutuelle ne la rembourse jamais.`,
            `Medical franchise withheld: ${formatEuros(franchise)}. The insurer never pays it back.`,
          ),
          franchise,
          params,
        );
    }
    return { participation, franchise };
  }

  // -------------------------------------------------------------------------------------------
  // Step 5: the contract

  private pickColumn(line: LineModel): ColumnModel | null {
    const wanted = columnFor(this.care.sector);
    const column = columnUsed(line, this.care.act.doctor, wanted);
    if (
      this.explain &&
      this.care.act.doctor &&
      wanted === 'non_conventionne' &&
      column &&
      column === line.columns.non_dptam &&
      !line.columns.non_conventionne
    ) {
      this.add(
        'Colonne',
        both(
          "Pas de colonne « non conventionné » sur la ligne : la colonne « non DPTAM » s'applique.",
          'No « non conventionné » column on the line: the « non DPTAM » column applies.',
        ),
      );
    }
    return column;
  }

  private inCarence(column: ColumnModel): boolean {
    const carence = column.limits.carence;
    if (!carence) return false;
    const start = this.care.adhesionDate ?? this.contract.effectiveDate ?? this.care.date;
    const end = addToDate(start, carence.months, carence.days);
    if (compareDates(this.care.date, end) < 0) {
      if (this.explain)
        this.add(
          'Carence',
          `Délai de carence : garantie acquise à partir du ${frenchDate(end)} (adhésion le ${frenchDate(start)}) ; rien n'est payé pour des soins du ${frenchDate(this.care.date)}.`,
          ZERO,
        );
      return true;
    }
    return false;
  }

  /**
   * The socle's part (or an option's, with `alreadyPaid` the socle's AMC). `mode` says how the
   * formula reads: `socle` and `inclut_socle` as written, `en_sus_du_socle` as an amount on top.
   */
  private contractPart(
    line: LineModel,
    amo: Amo,
    price: Decimal,
    amoGross: Decimal,
    alreadyPaid: Decimal,
    mode: 'socle' | 'inclut_socle' | 'en_sus_du_socle',
  ): { amc: Decimal; column: ColumnKey | null } {
    const care = this.care;
    const who = mode === 'socle' ? 'Mutuelle' : 'Option';
    const picked = this.pickColumn(line);
    if (!picked) {
      if (this.explain)
        this.add(
          who,
          both(
            `La ligne n'a pas de colonne pour un médecin ${SECTOR_LABEL[care.sector]} : rien n'est payé.`,
            `The line has no column for a ${SECTOR_LABEL_EN[care.sector]} doctor: nothing is paid.`,
          ),
          ZERO,
        );
      return { amc: ZERO, column: null };
    }
    const column = this.seniorityTier(picked, who);
    const columnNote = column.key === 'all' ? '' : ` (colonne ${COLUMN_LABEL[column.key]})`;
    const columnNoteEn = column.key === 'all' ? '' : ` (${COLUMN_LABEL_EN[column.key]} column)`;
    const limits = column.limits;
    const quantity = care.quantity;
    // A pool (`commun "…"`, `tous praticiens confondus`) is one set of counters for its lines, per formula or option.
    // Each membership year's figures (`2e année : …`) are allowances of their own.
    const tier = column === picked ? '' : `#année${picked.tiers?.find((t) => t.column === column)?.fromYear ?? ''}`;
    const pool = limits.pool ? `pool:${limits.pool.name ?? `poste ${line.section?.id ?? ''}`}@${line.option?.id ?? 'socle'}` : null;
    const key = (pool ?? line.id) + tier;
    // `/ an / Famille`: the family's counters, whoever the beneficiary.
    const holder = limits.family ? FAMILY_HOLDER : care.beneficiary;
    const periodOf = (years = 1) => this.periodOf(years);
    const period = periodOf();
    if (this.explain && (limits.family || limits.pool))
      this.add(
        who,
        both(
          [
            limits.pool
              ? `Forfait commun${limits.pool.label ? ` « ${limits.pool.label} »` : ' aux lignes du poste'} : ses montants et ses nombres sont consommés par chacune de ses lignes`
              : '',
            limits.family ? 'Par famille : les montants et les nombres de la ligne sont partagés par tous les bénéficiaires' : '',
          ]
            .filter(Boolean)
            .join(' ; ') + '.',
          [
            limits.pool
              ? `Shared allowance${limits.pool.label ? ` « ${limits.pool.label} »` : " of the section's lines"}: each of its lines uses up its amounts and counts`
              : '',
            limits.family ? "Per family: the line's amounts and counts are shared by all the beneficiaries" : '',
          ]
            .filter(Boolean)
            .join('; ') + '.',
        ),
      );
    if (this.inCarence(column)) {
      this.recordSocleOnly(line, limits, key, holder, alreadyPaid, mode);
      return { amc: ZERO, column: column.key };
    }

    // Renewal: one paid equipment per period (per beneficiary for optics, per ear for hearing aids).
    const renewal = this.renewal(line, mode);
    let renewalUnits = quantity;
    if (limits.renewal) {
      renewalUnits = this.renewalUnits(renewal, limits.renewal.years, who);
      if (renewalUnits === 0) {
        this.recordSocleOnly(line, limits, key, holder, alreadyPaid, mode);
        return { amc: ZERO, column: column.key };
      }
    }

    // What the contract may pay at most, per unit: the price less the Sécu's gross payment
    // (so never the PF or franchises), less what a responsible contract may not cover, less what
    // the socle already paid.
    const ceilingUnit = max(ZERO, minus(minus(amo.unitPrice, amo.amoUnit), amo.excludedUnit));
    const alreadyPaidUnit = alreadyPaid.isZero() ? ZERO : alreadyPaid.dividedBy(quantity);
    let unitAmc = ZERO;
    let annualAllowance = ZERO;
    const parts: Localized[] = [];
    for (const term of column.terms) {
      const value = this.termValue(term, amo, mode);
      if ('annual' in value) {
        annualAllowance = plus(annualAllowance, value.annual);
        continue;
      }
      unitAmc = plus(unitAmc, value.amount);
      if (this.explain) parts.push(value.text);
    }
    if (parts.length > 0 && this.explain)
      this.add(
        who,
        both(`Formule${columnNote} : ${parts.map((p) => p.fr).join(' + ')}.`, `Formula${columnNoteEn}: ${parts.map((p) => p.en).join(' + ')}.`),
        unitAmc,
      );
    const grossUnitAmc = unitAmc;
    if (mode === 'inclut_socle') unitAmc = max(ZERO, unitAmc.minus(alreadyPaidUnit));
    const ceiling = mode === 'socle' ? ceilingUnit : max(ZERO, minus(ceilingUnit, alreadyPaidUnit));
    if (unitAmc.greaterThan(ceiling)) {
      if (this.explain)
        this.add(
          who,
          both(
            `Plafonné à ${formatEuros(ceiling)} par unité : la mutuelle ne paie jamais plus que la dépense moins la part de la Sécu${amo.excludedUnit.isZero() ? '' : ' et moins la part hors parcours non couvrable'}${mode === 'socle' ? '' : ' et le socle'}.`,
            `Capped at ${formatEuros(ceiling)} per unit: the insurer never pays more than the expense less the Sécu's share${amo.excludedUnit.isZero() ? '' : ' and less the part outside the care pathway it may not cover'}${mode === 'socle' ? '' : ' and the base cover'}.`,
          ),
          ceiling,
        );
      unitAmc = ceiling;
    }
    if (limits.unitCap) {
      // `Sécu incluse`: the cap bounds Sécu + mutuelle, so the mutuelle gets the cap less the Sécu.
      let unitCap = limits.unitCap.roInclus ? max(ZERO, limits.unitCap.amount.minus(amo.amoReferenceUnit)) : limits.unitCap.amount;
      // In an `inclut_socle` option the cap is a total that includes what the socle paid.
      if (mode === 'inclut_socle') unitCap = max(ZERO, unitCap.minus(alreadyPaidUnit));
      if (unitAmc.greaterThan(unitCap)) {
        unitAmc = unitCap;
        const secuText = limits.unitCap.roInclus
          ? both(` Sécu incluse, moins ${formatEuros(amo.amoReferenceUnit)} de la Sécu`, ` Sécu included, less the Sécu's ${formatEuros(amo.amoReferenceUnit)}`)
          : both('', '');
        const socleText =
          mode === 'inclut_socle' && alreadyPaidUnit.greaterThan(0)
            ? both(`, moins ${formatEuros(alreadyPaidUnit)} payés par le socle`, `, less ${formatEuros(alreadyPaidUnit)} paid by the base cover`)
            : both('', '');
        if (this.explain)
          this.add(
            who,
            both(
              `Plafond de la ligne : ${formatEuros(limits.unitCap.amount)} par ${limits.unitCap.per ?? 'acte'}${secuText.fr}${socleText.fr} = ${formatEuros(unitAmc)}.`,
              `The line's cap: ${formatEuros(limits.unitCap.amount)} ${PER_EN[limits.unitCap.per ?? 'acte'] ?? ''}${secuText.en}${socleText.en} = ${formatEuros(unitAmc)}.`,
            ),
            unitAmc,
          );
      }
    }

    // `à compter du 2e intermédiaire`: the units ranked before are not paid by the line.
    let rankedUnits = renewalUnits;
    if (limits.fromRank) {
      // Parts of one prosthesis (a bridge's intermediates, pillars…) are ranked within the act; sessions within the year.
      const withinAct = limits.fromRank.unit !== null && RANKED_WITHIN_ACT.has(limits.fromRank.unit);
      const before = withinAct ? 0 : this.state.used(holder, `${key}#rang`, period).toNumber();
      if (!withinAct) this.state.consume(holder, `${key}#rang`, period, new Decimal(renewalUnits));
      const skipped = Math.max(0, Math.min(renewalUnits, limits.fromRank.rank - 1 - before));
      rankedUnits = renewalUnits - skipped;
      if (this.explain)
        this.add(
          who,
          both(
            `À compter du rang ${limits.fromRank.rank}${withinAct ? " dans l'acte" : before > 0 ? ` (${before} déjà dans l'année)` : " dans l'année"} : ${skipped} ${agreed('unité', skipped)} non ${agreed('payée', skipped)}, ${rankedUnits} ${agreed('payée', rankedUnits)}.`,
            `From rank ${limits.fromRank.rank}${withinAct ? ' within the act' : before > 0 ? ` (${before} already this year)` : ' in the year'}: ${skipped} ${skipped === 1 ? 'unit' : 'units'} not paid, ${rankedUnits} paid.`,
          ),
        );
    }

    // Count limits (séances, jours par an).
    let coveredUnits = rankedUnits;
    if (limits.count) {
      const countPeriod = periodOf(limits.count.years);
      const used = this.state.used(holder, `${key}#count`, countPeriod).toNumber();
      const left = Math.max(0, limits.count.value - used);
      coveredUnits = Math.min(rankedUnits, left);
      this.state.consume(holder, `${key}#count`, countPeriod, new Decimal(coveredUnits));
      const per = limits.count.years ? `par période de ${limits.count.years} ans` : 'par an';
      const perEn = limits.count.years ? `per period of ${limits.count.years} years` : 'per year';
      if (this.explain)
        this.add(
          who,
          both(
            `Limite de ${countText(limits.count.value, limits.count.unit)} ${per} : ${used} déjà ${agreed('utilisé', used)}, ${coveredUnits} sur ${quantity} ${agreed('couvert', coveredUnits)}.`,
            `Limit of ${countText(limits.count.value, limits.count.unit, 'en')} ${perEn}: ${used} already used, ${coveredUnits} of ${quantity} covered.`,
          ),
        );
    }
    let amc = timesCount(unitAmc, coveredUnits);
    // A responsible contract's cap on an optical class B equipment, frame included (R871-2 3°).
    const equipment = this.equipmentRoom(amoGross, alreadyPaid);
    if (equipment && amc.greaterThan(equipment.room)) {
      if (this.explain) this.add(who, equipment.text, equipment.room, equipment.params);
      amc = equipment.room;
    }

    // An `inclut_socle` option's annual figures are totals that include the socle: what the socle
    // paid for this act counts against them (and is recorded with the option's own payments).
    const includesSocle = mode === 'inclut_socle' && alreadyPaid.greaterThan(0);
    const socleNote = includesSocle ? `, dont ${formatEuros(alreadyPaid)} payés par le socle pour ces soins` : '';
    const socleNoteEn = includesSocle ? `, of which ${formatEuros(alreadyPaid)} paid by the base cover for this care` : '';

    // Annual € allowance ("250 € par an"): consumed over the year, what is left pays.
    if (annualAllowance.greaterThan(0)) {
      // The socle's payment beyond what the option's per-unit terms already account for.
      const socleShare = includesSocle ? max(ZERO, alreadyPaid.minus(grossUnitAmc.times(coveredUnits))) : ZERO;
      const allowancePeriod = periodOf(limits.allowanceYears);
      const used = this.state.used(holder, `${key}#forfait`, allowancePeriod);
      const left = max(ZERO, minus(minus(annualAllowance, used), socleShare));
      let room = max(ZERO, ceiling.times(coveredUnits).minus(amc));
      if (equipment) room = min(room, max(ZERO, equipment.room.minus(amc)));
      const paid = min(left, room);
      this.state.consume(holder, `${key}#forfait`, allowancePeriod, plus(paid, socleShare));
      amc = plus(amc, paid);
      const socleText = socleShare.greaterThan(0) ? `, moins ${formatEuros(socleShare)} déjà payés par le socle (le forfait de l'option inclut le socle)` : '';
      const socleTextEn = socleShare.greaterThan(0)
        ? `, less ${formatEuros(socleShare)} already paid by the base cover (the option's allowance includes the base cover)`
        : '';
      if (this.explain)
        this.add(
          who,
          both(
            `Forfait ${limits.allowanceYears ? `de ${formatEuros(annualAllowance)} par période de ${limits.allowanceYears} ans (${allowancePeriod})` : `annuel de ${formatEuros(annualAllowance)}`} : ${formatEuros(used)} déjà consommés${socleText}, ${formatEuros(left)} disponibles, ${formatEuros(paid)} versés.`,
            `${limits.allowanceYears ? `Allowance of ${formatEuros(annualAllowance)} per period of ${limits.allowanceYears} years (${allowancePeriod})` : `Yearly allowance of ${formatEuros(annualAllowance)}`}: ${formatEuros(used)} already used${socleTextEn}, ${formatEuros(left)} available, ${formatEuros(paid)} paid.`,
          ),
          paid,
        );
    }

    const socleInCap = includesSocle ? alreadyPaid : ZERO;
    // Annual cap on the line ("dans la limite de 500 € par an").
    if (limits.annualCap) {
      // `Sécu incluse`: the Sécu's gross payment counts against the cap too.
      const secuInCap = limits.annualCap.roInclus ? amoGross : ZERO;
      const capPeriod = periodOf(limits.annualCap.years);
      const used = this.state.used(holder, `${key}#plafond`, capPeriod);
      const left = max(ZERO, minus(minus(minus(limits.annualCap.amount, used), socleInCap), secuInCap));
      if (amc.greaterThan(left)) {
        const secuNote = limits.annualCap.roInclus ? ` Sécu incluse (${formatEuros(amoGross)} payés par la Sécu pour ces soins)` : '';
        const secuNoteEn = limits.annualCap.roInclus ? ` Sécu included (${formatEuros(amoGross)} paid by the Sécu for this care)` : '';
        if (this.explain)
          this.add(
            who,
            both(
              `Plafond annuel de ${formatEuros(limits.annualCap.amount)}${secuNote} : ${formatEuros(used)} déjà versés${socleNote}, reste ${formatEuros(left)}.`,
              `Yearly cap of ${formatEuros(limits.annualCap.amount)}${secuNoteEn}: ${formatEuros(used)} already paid${socleNoteEn}, ${formatEuros(left)} left.`,
            ),
            left,
          );
        amc = left;
      }
      this.state.consume(holder, `${key}#plafond`, capPeriod, plus(plus(amc, socleInCap), secuInCap));
    }

    // Annual cap shared by a section's lines.
    const section = line.section;
    if (section?.annualCap) {
      const sectionHolder = section.annualCap.family ? FAMILY_HOLDER : care.beneficiary;
      const sectionPeriod = periodOf(section.annualCap.years);
      const used = this.state.used(sectionHolder, `${section.id}#plafond`, sectionPeriod);
      const left = max(ZERO, minus(minus(section.annualCap.amount, used), socleInCap));
      if (amc.greaterThan(left)) {
        if (this.explain)
          this.add(
            who,
            both(
              `Plafond annuel du poste « ${section.name} » (${formatEuros(section.annualCap.amount)})${socleNote} : reste ${formatEuros(left)}.`,
              `Yearly cap of the section « ${section.name} » (${formatEuros(section.annualCap.amount)})${socleNoteEn}: ${formatEuros(left)} left.`,
            ),
            left,
          );
        amc = left;
      }
      this.state.consume(sectionHolder, `${section.id}#plafond`, sectionPeriod, plus(amc, socleInCap));
    }

    amc = min(roundCents(amc), max(ZERO, minus(minus(price, amoGross), alreadyPaid)));
    // An optical equipment or a hearing aid paid counts for the renewal of every line of its kind.
    if ((limits.renewal || renewal.kind !== 'line') && amc.greaterThan(0))
      this.state.recordEquipment(care.beneficiary, renewal.key, care.date, renewal.kind === 'audio' ? coveredUnits : 1);
    if (this.explain)
      this.add(
        who,
        both(
          `${mode === 'socle' ? 'La mutuelle' : "L'option"} paie ${formatEuros(amc)}.`,
          `${mode === 'socle' ? 'The insurer' : 'The option'} pays ${formatEuros(amc)}.`,
        ),
        amc,
      );
    return { amc, column: column.key };
  }

  /**
   * What a line's renewal period counts. Optical equipment (frames and lenses, class A or B: LPP
   * devices sold per equipment) is counted per beneficiary, whatever the line — a simple pair then
   * a complex pair a year later are two equipments within two years — and so are hearing aids, per
   * ear. Any other act is counted per line. The socle and each option keep their own count.
   */
  private renewal(line: LineModel, mode: 'socle' | 'inclut_socle' | 'en_sus_du_socle'): { kind: 'optique' | 'audio' | 'line'; key: string } {
    const act = this.care.act;
    const scope = mode === 'socle' ? 'socle' : (line.option?.id ?? 'option');
    if (act.poste === 'Optique' && act.nomenclature === 'LPP' && act.unit === 'equipement') return { kind: 'optique', key: `optique#${scope}` };
    if (act.audioClass && act.unit === 'oreille') return { kind: 'audio', key: `audio#${scope}` };
    return { kind: 'line', key: line.id };
  }

  /**
   * How many of the case's units the renewal period leaves to pay (0 or all, but per ear for
   * hearing aids). The line writes the adult period (`1 équipement tous les 2 ans`); for optical
   * equipment the LPP periods apply within it: one year under 16
   * (`cr.optique.renouvellement_ans.moins_16`), and when the sight changed (`evolution_vue`) one
   * year from 16, no delay under 16 (`cr.optique.renouvellement_anticipe_ans`). Equipment paid the
   * same day is the same equipment (a frame and its lenses on two lines). Hearing aids: one per ear,
   * two ears, each ear its own period (`cr.audio.renouvellement_ans`, the LPP's « par oreille »).
   */
  private renewalUnits(renewal: { kind: 'optique' | 'audio' | 'line'; key: string }, years: number, who: string): number {
    const care = this.care;
    let months = years * 12;
    let why = `un seul équipement tous les ${years} ans`;
    if (renewal.kind === 'optique') {
      const childAge = this.money('cr.optique.renouvellement.age_enfant');
      const child = care.age !== null && constantDecimal(care.age).lessThan(childAge.value);
      const params = [childAge.param];
      if (child) {
        const childYears = this.money('cr.optique.renouvellement_ans.moins_16');
        params.push(childYears.param);
        months = Math.min(months, childYears.value.times(12).toNumber());
      }
      if (this.flag('evolution_vue')) {
        const early = this.money(child ? 'cr.optique.renouvellement_anticipe_ans.moins_16' : 'cr.optique.renouvellement_anticipe_ans');
        params.push(early.param);
        months = Math.min(months, early.value.times(12).toNumber());
      }
      const period =
        months === 0 ? 'sans délai' : months % 12 === 0 ? (months === 12 ? 'tous les ans' : `tous les ${months / 12} ans`) : `tous les ${months} mois`;
      const reason = [child ? `moins de ${childAge.value.toString()} ans` : '', this.flag('evolution_vue') ? 'évolution de la vue' : '']
        .filter(Boolean)
        .join(', ');
      why = `un équipement d'optique par bénéficiaire ${period}, toutes lignes confondues${reason ? ` (${reason})` : ''}`;
      if (this.explain && (child || this.flag('evolution_vue'))) this.add(who, `Renouvellement : ${why}.`, undefined, params);
    }
    if (months === 0) return care.quantity;
    const inPeriod = this.state
      .paidEquipments(care.beneficiary, renewal.key)
      .filter(
        (p) =>
          (renewal.kind === 'optique' ? compareDates(p.date, care.date) < 0 : compareDates(p.date, care.date) <= 0) &&
          compareDates(care.date, addToDate(p.date, months, 0)) < 0,
      );
    if (renewal.kind === 'audio') {
      const equipped = inPeriod.reduce((n, p) => n + p.units, 0);
      const left = Math.max(0, Math.min(care.quantity, EARS - equipped));
      if (this.explain && equipped > 0)
        this.add(
          who,
          `Renouvellement : une aide auditive par oreille tous les ${years} ans ; ${countText(equipped, 'oreille')} déjà ${agreed('équipée', equipped)} depuis le ${frenchDate(inPeriod[0]!.date)}, ${left} sur ${care.quantity} ${agreed('couverte', left)}.`,
          left === 0 ? ZERO : undefined,
        );
      return left;
    }
    const last = inPeriod[inPeriod.length - 1];
    if (!last) return care.quantity;
    if (this.explain) this.add(who, `Renouvellement : ${why}, le précédent date du ${frenchDate(last.date)} ; rien n'est payé.`, ZERO);
    return 0;
  }

  /**
   * What a responsible contract may still pay for this act of an optical class B equipment (the
   * class B lenses and the frame a beneficiary buys on one day: `planSequence`), or null when no
   * cap applies. R871-2 3° caps the equipment by its correction case, a) 420 € … f) 800 €, and the
   * frame within it at 100 €, both « incluant la part … de l'assurance maladie obligatoire et la
   * participation » (Sécu and TM included): the Sécu's gross payment, what the earlier acts of the
   * equipment took (Sécu and mutuelle) and what the socle already paid for this act count against
   * them. Before the caps' first date (2020) nothing is capped.
   */
  private equipmentRoom(amoGross: Decimal, alreadyPaid: Decimal): { room: Decimal; text: string; params: ResolvedParameter[] } | null {
    const care = this.care;
    const act = care.act;
    const frame = act.id === FRAME;
    if (!this.contract.responsible || (!act.optiqueCase && !frame)) return null;
    const lensCase = act.optiqueCase ?? this.state.equipment(care.beneficiary, care.date)?.lensCase ?? null;
    const used = this.state.used(care.beneficiary, 'optique-equipement', care.date);
    const params: ResolvedParameter[] = [];
    const texts: string[] = [];
    let room: Decimal | null = null;
    const money = (id: string) => {
      const found = this.params.lookup(id, care.date);
      return found && typeof found.value !== 'boolean' ? { value: found.value, param: found } : null;
    };
    const maximum = lensCase ? money(`cr.optique.${lensCase}.maximum`) : null;
    if (maximum) {
      params.push(maximum.param);
      room = minus(minus(minus(maximum.value, used), amoGross), alreadyPaid);
      texts.push(
        `un équipement de classe B, cas ${lensCase}), est pris en charge au plus ${formatEuros(maximum.value)}, Sécu et monture comprises${used.greaterThan(0) ? ` (${formatEuros(used)} déjà pris par ses autres éléments achetés le même jour)` : ''}`,
      );
    }
    const frameMaximum = frame ? money('cr.optique.monture_maximum') : null;
    if (frameMaximum) {
      params.push(frameMaximum.param);
      const frameRoom = minus(minus(frameMaximum.value, amoGross), alreadyPaid);
      room = room ? min(room, frameRoom) : frameRoom;
      texts.push(`la monture au plus ${formatEuros(frameMaximum.value)}, Sécu comprise`);
    }
    if (!room) return null;
    room = max(ZERO, room);
    const socle = alreadyPaid.greaterThan(0) ? `, moins ${formatEuros(alreadyPaid)} payés par le socle` : '';
    return {
      room,
      params,
      text: `Contrat responsable (R871-2 3°) : ${texts.join(' ; ')}. Moins la Sécu (${formatEuros(amoGross)})${socle}, la mutuelle paie au plus ${formatEuros(room)}.`,
    };
  }

  /** An `inclut_socle` option that pays nothing still counts what the socle paid against its annual figures. */
  private recordSocleOnly(
    line: LineModel,
    limits: LineLimits,
    key: string,
    holder: string,
    alreadyPaid: Decimal,
    mode: 'socle' | 'inclut_socle' | 'en_sus_du_socle',
  ): void {
    if (mode !== 'inclut_socle' || !alreadyPaid.greaterThan(0)) return;
    const care = this.care;
    const periodOf = (years = 1) => this.periodOf(years);
    this.state.consume(holder, `${key}#forfait`, periodOf(limits.allowanceYears), alreadyPaid);
    if (limits.annualCap) this.state.consume(holder, `${key}#plafond`, periodOf(limits.annualCap.years), alreadyPaid);
    const section = line.section?.annualCap ? line.section : null;
    if (section?.annualCap)
      this.state.consume(section.annualCap.family ? FAMILY_HOLDER : care.beneficiary, `${section.id}#plafond`, periodOf(section.annualCap.years), alreadyPaid);
  }

  /** The period the case's yearly figures count in, over `years` years (state.ts#periodKey). */
  private periodOf(years = 1): string {
    const adhesion = this.care.adhesionDate ?? this.contract.effectiveDate;
    return periodKey(this.care.date, this.contract.yearMode, adhesion, years, adhesion);
  }

  /**
   * A line printed by seniority (`1re année : … / à partir de la 2e année : …`): the figures of the
   * membership year of the care, counted from the adhesion (else the contract's effect).
   */
  private seniorityTier(column: ColumnModel, who: string): ColumnModel {
    if (!column.tiers) return column;
    const start = this.care.adhesionDate ?? this.contract.effectiveDate;
    const year = start ? membershipYear(this.care.date, start) : 1;
    let chosen = column.tiers[0]!;
    for (const tier of column.tiers) if (tier.fromYear <= year) chosen = tier;
    if (this.explain)
      this.add(
        who,
        start
          ? `Ancienneté : ${year}${year === 1 ? 're' : 'e'} année d'adhésion (depuis le ${frenchDate(start)}) : les montants « ${chosen.label} » s'appliquent.`
          : `Ancienneté inconnue (ni date d'adhésion ni date d'effet) : les montants de la 1re année s'appliquent.`,
      );
    return chosen.column;
  }

  private optionPart(line: LineModel, option: OptionModel, amo: Amo, price: Decimal, amoGross: Decimal, amcSocle: Decimal): Decimal {
    const how = option.mode === 'inclut_socle' ? 'ses montants incluent le socle' : "ses montants s'ajoutent au socle";
    const howEn = option.mode === 'inclut_socle' ? 'its amounts include the base cover' : 'its amounts add to the base cover';
    if (this.explain)
      this.add(
        'Option',
        both(
          `${option.kind === 'formule' ? 'Formule' : 'Option'} « ${option.name} » (${how}).`,
          `${option.kind === 'formule' ? 'Formula' : 'Option'} « ${option.name} » (${howEn}).`,
        ),
      );
    return this.contractPart(line, amo, price, amoGross, amcSocle, stackingOf(option)).amc;
  }

  /** One term of the formula, per unit (formula.ts); annual allowances are handled by the caller. */
  private termValue(
    term: FormulaTerm,
    amo: Amo,
    mode: 'socle' | 'inclut_socle' | 'en_sus_du_socle',
  ): { amount: Decimal; text: Localized } | { annual: Decimal } {
    const value = evaluateTerm(term, {
      price: amo.unitPrice,
      base: amo.base,
      amoReference: amo.amoReferenceUnit,
      onTop: mode === 'en_sus_du_socle',
      pmss: (rate) => this.pmssAmount(rate),
      sante100Cap: () => this.sante100Cap(),
      explain: this.explain,
    });
    switch (value.kind) {
      case 'unit':
        return value;
      case 'annual':
        return { annual: value.amount };
      case 'void':
        this.problems.push(
          value.reason === 'no-base'
            ? `« ${value.what} » ne paie rien : « ${this.care.act.label} » n'a pas de base de remboursement.`
            : `« ${this.care.act.label} » n'appartient pas à un panier 100 % Santé : « 100 % Santé » ne paie rien.`,
        );
        return { amount: ZERO, text: both(`${value.what} = 0,00 €`, `${value.what} = 0,00 €`) };
    }
  }

  private sante100Cap(): { kind: 'PLV' | 'HLF'; cap: Decimal } | null {
    const spec = this.care.act.sante100;
    if (!spec) return null;
    const young = spec.young && this.isYoung(spec.young.ageParam);
    const cap = this.money(young ? spec.young!.cap : spec.cap);
    const dom = this.domCoefficient();
    const value = dom ? roundCents(percentOf(dom.value, cap.value)) : cap.value;
    if (this.explain)
      this.add(
        '100 % Santé',
        dom
          ? both(
              `${spec.kind} de ${formatEuros(cap.value)} en métropole × ${formatPercent(dom.value)} = ${formatEuros(value)} (${cap.param.label} ; ${dom.param.label}).`,
              `${spec.kind} of ${formatEuros(cap.value)} in mainland France × ${formatPercent(dom.value)} = ${formatEuros(value)} (${paramName(cap.param).en}; ${paramName(dom.param).en}).`,
            )
          : both(`${spec.kind} de ${formatEuros(cap.value)} (${cap.param.label}).`, `${spec.kind} of ${formatEuros(cap.value)} (${paramName(cap.param).en}).`),
        value,
        dom ? [cap.param, dom.param] : [cap.param],
      );
    return { kind: spec.kind, cap: value };
  }

  /** The overseas coefficient of the act's LPP base and price (`residence reunion`), or null. */
  private domCoefficient(): { value: Decimal; param: ResolvedParameter } | null {
    const id = domCoefficientId(this.care);
    return id ? this.money(id) : null;
  }

  /** X % of the PMSS of the year of care (or of the millésime when the header says so), to the cent. */
  private pmssAmount(rate: Decimal): Decimal {
    const date = this.contract.pmssYear === 'millesime' && this.contract.effectiveDate ? this.contract.effectiveDate : this.care.date;
    const pmss = this.money('pmss', date);
    const amount = roundCents(percentOf(rate, pmss.value));
    if (this.explain)
      this.add(
        'PMSS',
        both(
          `${formatPercent(rate)} × PMSS ${date.slice(0, 4)} (${formatEuros(pmss.value)}) = ${formatEuros(amount)}.`,
          `${formatPercent(rate)} × PMSS ${date.slice(0, 4)} (${formatEuros(pmss.value)}) = ${formatEuros(amount)}.`,
        ),
        amount,
        [pmss.param],
      );
    return amount;
  }
}

/** ISO date plus months and days (month ends clamp: 31 Jan + 1 month = 28/29 Feb). */
export const addToDate = addMonthsAndDays;

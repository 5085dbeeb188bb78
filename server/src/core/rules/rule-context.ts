/**
 * What a rule sees and how it reports. Rules probe what a line can pay through the same per-unit
 * term evaluation as the engine (engine/formula.ts), without state or trace, so checking a large
 * grid stays cheap.
 */
import Decimal from '../decimal';
import type { ActDefinition } from '../catalogue/acts';
import type { CheckCode } from './registry';
import type { Localized } from '../diagnostics/messages';
import type { Finding } from '../diagnostics/diagnostic';
import { columnUsed, lineForAct, stackingOf } from '../engine/compute';
import { evaluateTerm } from '../engine/formula';
import { max, min, percentOf, roundCents, ZERO } from '../engine/money';
import type { ExampleOutcome } from '../engine/examples';
import type { ColumnKey, ColumnModel, GridModel, LineModel, SectionModel } from '../model/grid-model';
import type { ParameterSet, ResolvedParameter } from '../params/lookup';
import type { GridDocument } from '../syntax/ast';
import type { Token } from '../syntax/lexer';
import type { LineIndex, Span } from '../syntax/text';

export interface RuleInput {
  text: string;
  /** The text's lines (every line end: `\n`, `\r\n` or a lone `\r`), to name a line without scanning the text. */
  lineIndex: LineIndex;
  /**
   * With a memo (see `AnalysisMemo`): the tokens and the line models of each block, in order. A
   * block kept from the previous analysis keeps the same arrays, so checks memoised by run skip it.
   */
  tokenRuns?: Token[][];
  lineRuns?: LineModel[][];
  document: GridDocument;
  model: GridModel;
  examples: ExampleOutcome[];
  params: ParameterSet;
}

/** A number whose writing GR501 objects to, with its unit and the expected writing. */
export interface Misformatted {
  token: Token;
  unit: Token;
  expected: string;
  problems: Localized[];
}

/**
 * The slots whole-grid checks keep between analyses of one document, each keyed by something a
 * kept block keeps as it is (its token run, its section model): declared here, held by `RuleCache`.
 */
export interface RuleMemoSlots {
  /** GR501: the misformatted numbers of each token run. */
  readonly misformattedByRun: WeakMap<Token[], Misformatted[]>;
  /** GR117: the repeated acts of each section. */
  readonly repeatsBySection: WeakMap<SectionModel, [LineModel, LineModel][]>;
}

/** What is left of a line's payment once the year's limits are used up (`RuleContext.amcAt`). */
export interface LimitProbe {
  /** Count annual allowances (`250 € par an`); false: they are spent. */
  readonly annual?: boolean;
  /** Whether a part's limits are used up: it then pays nothing. */
  readonly cuts?: (line: LineModel, column: ColumnModel) => boolean;
}

/** What the Sécu does for one column of a line, at the grid's effective date. */
export interface ColumnFacts {
  base: Decimal | null;
  /** AMO per unit at the in-parcours rate. */
  amo: Decimal;
  rate: Decimal | null;
}

/**
 * A family's check, as the registry schedules it: a line check runs per line and its findings are
 * memoised per line text; a grid check runs on the whole grid. `reports` names the codes it may
 * report: a check is slow, and left out of a fast analysis, when one of them is (`fast: false`).
 */
export type RuleCheck =
  | { readonly scope: 'line'; readonly reports: readonly CheckCode[]; readonly run: (ctx: RuleContext, line: LineModel) => void }
  | { readonly scope: 'grid'; readonly reports: readonly CheckCode[]; readonly run: (ctx: RuleContext) => void };

export class RuleContext {
  readonly date: string | null;
  private readonly paramCache = new Map<string, ResolvedParameter | null>();
  /** Parameters a check needed and could not find, reported once by GR110. */
  readonly missing = new Map<string, Span>();

  constructor(
    readonly input: RuleInput,
    private readonly sink: Finding<CheckCode>[],
    private readonly shared?: RuleContext,
    /** The document's rule memo, where checks keep what they found per block (null: a fresh analysis). */
    readonly memo: RuleMemoSlots | null = null,
  ) {
    this.date = input.model.contract.effectiveDate;
  }

  /** A context for one line's checks: its own findings and missing parameters, shared caches. */
  forLine(sink: Finding<CheckCode>[]): RuleContext {
    return new RuleContext(this.input, sink, this.shared ?? this, this.memo);
  }

  get model(): GridModel {
    return this.input.model;
  }

  /**
   * Whether a line is held to the contrat responsable rules: an option's or a formula's line by
   * its own status (a stacked one is then judged on socle + option), a socle line by the grid's.
   */
  isResponsible(line: LineModel): boolean {
    return (line.option ? line.option.responsible : this.model.contract.responsible) === true;
  }

  /** Adds a finding (made by its family's `findingOf`). */
  report(finding: Finding<CheckCode>): void {
    this.sink.push(finding);
  }

  /** A parameter at the grid's effective date; null (and noted for GR110) when undefined. */
  param(id: string, where: Span): ResolvedParameter | null {
    if (!this.date) return null;
    const cache = (this.shared ?? this).paramCache;
    let found = cache.get(id);
    if (found === undefined) {
      found = this.input.params.lookup(id, this.date);
      cache.set(id, found);
    }
    if (!found && !this.missing.has(id)) this.missing.set(id, where);
    return found;
  }

  money(id: string, where: Span): Decimal | null {
    const p = this.param(id, where);
    return p && typeof p.value !== 'boolean' ? p.value : null;
  }

  private readonly factsCache = new Map<string, ColumnFacts | null>();

  /** Base and AMO for a column, as the engine would find them for a typical case (adult, in the parcours). */
  facts(line: LineModel, key: ColumnKey): ColumnFacts | null {
    const act = line.act;
    if (!act) return null;
    const cacheKey = `${act.id}\u0000${act.doctor ? key : 'all'}`;
    const cache = (this.shared ?? this).factsCache;
    if (cache.has(cacheKey)) {
      const cached = cache.get(cacheKey)!;
      // A line that hits the cache still needs the parameters it reads noted for GR110.
      if (!cached) this.computeFacts(line, key);
      return cached;
    }
    const facts = this.computeFacts(line, key);
    cache.set(cacheKey, facts);
    return facts;
  }

  private computeFacts(line: LineModel, key: ColumnKey): ColumnFacts | null {
    const act = line.act!;
    if (!act.base || !act.rate) return { base: null, amo: ZERO, rate: null };
    const where = line.node.act.range;
    const convention = this.money(act.base.convention, where);
    const rate = this.money(act.rate, where);
    if (!convention || !rate) return null;
    let base = act.base.count ? convention.times(act.base.count) : convention;
    if (act.doctor && key === 'non_dptam' && act.base.nonDptam) {
      const lower = this.money(act.base.nonDptam, where);
      if (!lower) return null;
      base = lower;
    }
    if (act.doctor && key === 'non_conventionne') {
      const authority = act.base.authority;
      const ta =
        authority === 'generaliste'
          ? this.money('ta.consultation_generaliste', where)
          : authority === 'specialiste'
            ? this.money('ta.consultation_specialiste', where)
            : null;
      if (ta) base = ta;
      else {
        const share = this.money('ta.actes_techniques', where);
        if (!share) return null;
        base = roundCents(percentOf(share, base));
      }
    }
    let amo = roundCents(percentOf(rate, base));
    if (act.palEligible) {
      const threshold = this.money('pal.seuil', where);
      const pal = this.money('pal.montant', where);
      if (threshold && pal && base.greaterThanOrEqualTo(threshold)) amo = max(amo, base.minus(pal));
    }
    return { base, amo, rate };
  }

  /**
   * The socle line an option line stacks on (the engine's lookup: the act's line, else the line of
   * the category that covers it); null for socle lines and when the socle has no line for the act.
   */
  socleOf(line: LineModel): LineModel | null {
    if (!line.option || !line.act || line.option.mode === 'remplace_socle') return null;
    const first = lineForAct(this.model.socleByAct, line.act);
    // Lines printed per age or stay: the socle's line for the same conditions, else its general one.
    if (!first?.sameAct) return first;
    const key = line.conditions?.key;
    return first.sameAct.find((l) => l.conditions?.key === key) ?? first.sameAct.find((l) => !l.conditions) ?? first;
  }

  /**
   * What the contract pays per unit at `price` for this column, before limits and caps, with
   * annual allowances counted once in full. For an option line, socle and option together, stacked
   * as the engine stacks them (`en_sus_du_socle`: the option's terms on top of the socle's part;
   * `inclut_socle`: the option's amounts include it). Null when a parameter is missing.
   *
   * With `probe`, what is still paid once the year's limits are used up: `annual: false` leaves
   * annual allowances out (`250 € par an`, spent), and a part whose column `cuts` (a count limit, an
   * annual cap…) pays nothing — the other part is then computed as the engine does when it pays
   * nothing (an `inclut_socle` option pays its whole amount when the socle paid nothing).
   */
  amcAt(line: LineModel, column: ColumnModel, price: Decimal, facts: ColumnFacts, probe?: LimitProbe): Decimal | null {
    const annual = probe?.annual ?? true;
    const cut = (l: LineModel, c: ColumnModel) => probe?.cuts?.(l, c) ?? false;
    const socle = this.socleOf(line);
    const socleColumn = socle ? columnUsed(socle, socle.act?.doctor ?? false, column.key) : null;
    const own = (already: Decimal) => (cut(line, column) ? ZERO : this.partAt(line, column, price, facts, stackingOf(line.option), already, line, annual));
    if (!socle || !socleColumn) return own(ZERO);
    // Parameters the socle's terms need are noted at the option line (its findings stay within it).
    const paid = cut(socle, socleColumn) ? ZERO : this.partAt(socle, socleColumn, price, facts, 'socle', ZERO, line, annual);
    if (!paid) return null;
    const option = own(paid);
    return option ? paid.plus(option) : null;
  }

  /** One line's part per unit, as engine/compute.ts contractPart computes it (without state). */
  private partAt(
    line: LineModel,
    column: ColumnModel,
    price: Decimal,
    facts: ColumnFacts,
    mode: 'socle' | 'inclut_socle' | 'en_sus_du_socle',
    alreadyPaid: Decimal,
    checked: LineModel = line,
    annual = true,
  ): Decimal | null {
    const act = checked.act!;
    const at = (range: Span) => (checked === line ? range : checked.node.act.range);
    let missing = false;
    let total = ZERO;
    for (const term of column.terms) {
      const value = evaluateTerm(term, {
        price,
        base: facts.base,
        amoReference: min(facts.amo, price),
        onTop: mode === 'en_sus_du_socle',
        pmss: (rate) => {
          const pmss = this.money('pmss', at(term.range));
          if (!pmss) missing = true;
          return pmss ? roundCents(percentOf(rate, pmss)) : ZERO;
        },
        sante100Cap: () => this.sante100Cap(act, at(term.range), () => (missing = true)),
        explain: false,
      });
      if (value.kind === 'unit' || (annual && value.kind === 'annual')) total = total.plus(value.amount);
    }
    if (missing) return null;
    if (mode === 'inclut_socle') total = max(ZERO, total.minus(alreadyPaid));
    const ceiling = max(ZERO, price.minus(min(facts.amo, price)).minus(alreadyPaid));
    let amc = min(total, ceiling);
    if (column.limits.unitCap)
      amc = min(amc, column.limits.unitCap.roInclus ? max(ZERO, column.limits.unitCap.amount.minus(min(facts.amo, price))) : column.limits.unitCap.amount);
    return amc;
  }

  sante100Cap(act: ActDefinition, where: Span, onMissing: () => void = () => undefined): { kind: 'PLV' | 'HLF'; cap: Decimal } | null {
    if (!act.sante100) return null;
    const cap = this.money(act.sante100.cap, where);
    if (!cap) {
      onMissing();
      return null;
    }
    return { kind: act.sante100.kind, cap };
  }

  /**
   * The text to remove to drop a limit from a line: the limit with the comma that separates it from
   * what comes before (or, for a first limit followed by others, after), so no `, ` is left behind.
   */
  limitRemoval(range: Span): Span {
    const text = this.input.text;
    let start = range.start;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    if (text[start - 1] === ',') return { start: start - 1, end: range.end };
    let end = range.end;
    while (text[end] === ' ' || text[end] === '\t') end++;
    if (text[end] === ',') {
      end++;
      while (text[end] === ' ' || text[end] === '\t') end++;
      return { start: range.start, end };
    }
    return range;
  }

  /** A price high enough that only caps bind. */
  static readonly HIGH_PRICE = new Decimal(100000);
}

/**
 * Runs every registered check over an analysed grid. Line checks depend only on the line's text,
 * the contract's header and, for an option line, its option's stacking mode and the socle line of
 * the same act, so their findings are memoised per line (relative to the line's start): on a
 * keystroke only the edited line is checked again. Whole-grid checks always run, except the slow
 * ones when `slow: false` (the checks that report a code marked `fast: false`: the example checks).
 */
import { type CheckCode, isSlow } from './registry';
import type { Finding } from '../diagnostics/diagnostic';
import type { LineModel, SectionModel } from '../model/grid-model';
import type { Token } from '../syntax/lexer';
import type { ParameterSet } from '../params/lookup';
import { detach, type Span } from '../syntax/text';
import { CONTRAT_RESPONSABLE_CHECKS } from './families/contrat-responsable';
import { EXAMPLE_CHECKS } from './families/examples';
import { MEANING_CHECKS, reportUndefinedParameters } from './families/meaning';
import { SANTE_100_CHECKS } from './families/sante-100';
import { STYLE_CHECKS } from './families/style';
import { RuleContext, type Misformatted, type RuleCheck, type RuleInput, type RuleMemoSlots } from './rule-context';

/** Every family's checks; their scope and speed come from their declaration and the codes' metadata. */
export const CHECKS: readonly RuleCheck[] = [...MEANING_CHECKS, ...CONTRAT_RESPONSABLE_CHECKS, ...SANTE_100_CHECKS, ...EXAMPLE_CHECKS, ...STYLE_CHECKS];

/** A check is slow when one of the codes it reports is (`fast: false` in its family). */
export const isSlowCheck = (check: RuleCheck): boolean => check.reports.some(isSlow);
const LINE_CHECKS = CHECKS.flatMap((c) => (c.scope === 'line' ? [c.run] : []));
const GRID_CHECKS = CHECKS.flatMap((c) => (c.scope === 'grid' ? [{ run: c.run, slow: isSlowCheck(c) }] : []));

export interface RunRulesOptions {
  /** Run the slow rules too (default true): the example checks GR401, GR402, GR403. */
  slow?: boolean;
}

interface LineFindings {
  /** Findings with ranges relative to the line's start. */
  diagnostics: Finding<CheckCode>[];
  /** Parameters the line needed and could not find, with where (relative). */
  missing: [string, Span][];
}

/**
 * Memo of line findings for one document: valid for one parameter set and one header (a change of
 * either starts afresh); keyed by the line's text; bounded so a long session does not grow without end.
 */
export class RuleCache implements RuleMemoSlots {
  private params: ParameterSet | null = null;
  private header = '';
  private readonly byLine = new Map<string, LineFindings>();
  /**
   * The lines with findings of each run of line models (`GridModel.lineRuns`, one per block): a
   * block neither edited nor moved to another context keeps its run (see `AnalysisMemo`), so its
   * lines need not be cut out of the text and looked up again. An option line (a formula's cell
   * included) also depends on its socle line, which may be in another block, and on its option's
   * mode: the run keeps what they were (`OptionDependency`), and is used only while they are.
   */
  private byRun = new WeakMap<LineModel[], RunFindings>();
  readonly misformattedByRun = new WeakMap<Token[], Misformatted[]>();
  readonly repeatsBySection = new WeakMap<SectionModel, [LineModel, LineModel][]>();
  static readonly LIMIT = 50_000;

  /** Makes the memo valid for this parameter set and header. */
  use(params: ParameterSet, header: string): void {
    if (params !== this.params || header !== this.header) {
      this.byLine.clear();
      this.byRun = new WeakMap();
      this.params = params;
      this.header = header;
    }
  }

  get(line: string): LineFindings | undefined {
    return this.byLine.get(line);
  }

  ofRun(run: LineModel[]): RunFindings | undefined {
    return this.byRun.get(run);
  }

  setRun(run: LineModel[], value: RunFindings): void {
    this.byRun.set(run, value);
  }

  set(line: string, value: LineFindings): void {
    if (this.byLine.size >= RuleCache.LIMIT) this.byLine.clear();
    // The key is cut from the text: a copy, or the memo would keep every version of the text.
    this.byLine.set(detach(line), value);
  }
}

/** What an option line's findings depend on outside its own text: the socle line it stacks on (by identity: a kept block keeps its line models), its option's kind, mode and status, its formula's column. */
type OptionDependency = [line: LineModel, socle: LineModel | null, kind: string, mode: string, responsible: unknown, formula: number];

interface RunFindings {
  withFindings: [LineModel, LineFindings][];
  dependencies: OptionDependency[];
}

function optionDependency(line: LineModel, ctx: RuleContext): OptionDependency {
  const option = line.option!;
  const formula = option.kind === 'formule' ? ctx.model.formulas.findIndex((f) => f.option === option) : -1;
  return [line, ctx.socleOf(line), option.kind, option.mode, option.responsible, formula];
}

function stillHolds(dependencies: OptionDependency[], ctx: RuleContext): boolean {
  for (const d of dependencies) {
    const now = optionDependency(d[0], ctx);
    for (let i = 1; i < d.length; i++) if (now[i] !== d[i]) return false;
  }
  return true;
}

const shift = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

function shiftDiagnostic(d: Finding<CheckCode>, by: number): Finding<CheckCode> {
  const out: Finding<CheckCode> = { ...d, range: shift(d.range, by) };
  if (d.fixes) out.fixes = d.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ range: shift(e.range, by), newText: e.newText })) }));
  return out;
}

/**
 * One term, one finding: where GR201 (ticket modérateur not covered) fires, GR116 (below 100 % BR)
 * and GR118 (never pays) on the same coverage say the same thing and are left out.
 */
function withoutEchoes(findings: Finding<CheckCode>[]): Finding<CheckCode>[] {
  const tm = findings.filter((d) => d.code === 'GR201');
  if (tm.length === 0) return findings;
  const within = (inner: Span, outer: Span) => inner.start < outer.end && outer.start < inner.end;
  return findings.filter((d) => !((d.code === 'GR116' || d.code === 'GR118') && tm.some((t) => within(d.range, t.range))));
}

const textOf = (text: string, line: LineModel) => text.slice(line.node.range.start, line.node.range.end);

/**
 * What a line's checks depend on besides the header: its text and, for an option line, the
 * option's stacking mode and the socle line it stacks on (socle and option are checked together).
 */
function lineKey(text: string, line: LineModel, ctx: RuleContext): string {
  if (!line.option) return textOf(text, line);
  const socle = ctx.socleOf(line);
  const option = line.option;
  // Two formulas' lines of one row have the same text: the formula (its column) tells them apart.
  const formula = option.kind === 'formule' ? ctx.model.formulas.findIndex((f) => f.option === option) : -1;
  return `${textOf(text, line)}\u0000${option.kind}\u0000${formula}\u0000${option.mode}\u0000${option.responsible}\u0000${socle ? textOf(text, socle) : ''}`;
}

/** The lines a row stands for: itself and, written in cells, each formula's line. */
function linesOfRow(row: LineModel): LineModel[] {
  return row.formulaLines ? [row, ...row.formulaLines] : [row];
}

/** « Option 1 » for a finding on a formula's cell; null for a line that is the same for every formula. */
function formulaOfLine(line: LineModel, model: RuleInput['model']): string | null {
  if (model.formulas.length === 0) return null;
  if (line.option?.kind === 'formule') return line.option.name;
  if (!line.option && Object.values(line.columns).some((c) => c.variant.cells)) return model.formulas[0]?.name ?? null;
  return null;
}

/** A finding on one formula's cell says which formula it is about. */
function namingFormula(d: Finding<CheckCode>, formula: string): Finding<CheckCode> {
  const out: Finding<CheckCode> = { ...d, message: `« ${formula} » : ${d.message}` };
  if (d.messageEn !== undefined) out.messageEn = `« ${formula} »: ${d.messageEn}`;
  return out;
}

export function runRules(input: RuleInput, cache?: RuleCache, options: RunRulesOptions = {}): Finding<CheckCode>[] {
  const slow = options.slow ?? true;
  const diagnostics: Finding<CheckCode>[] = [];
  const ctx = new RuleContext(input, diagnostics, undefined, cache ?? null);
  const contract = input.model.contract;
  // Everything of the header that line checks read.
  const formulas = input.model.formulas.map((f) => `${f.name}\u0000${f.responsible}\u0000${f.option?.mode ?? ''}`).join('\u0001');
  cache?.use(
    input.params,
    `${contract.effectiveDate}|${contract.responsible}|${contract.collective}|${contract.defaultBasis}|${contract.pmssYear}|${formulas}`,
  );
  const missing: [string, Span][] = [];
  const model = input.model;
  for (const run of input.lineRuns ?? [model.lines]) {
    const kept = cache && input.lineRuns ? cache.ofRun(run) : undefined;
    let withFindings = kept && stillHolds(kept.dependencies, ctx) ? kept.withFindings : undefined;
    if (!withFindings) {
      withFindings = [];
      const dependencies: OptionDependency[] = [];
      for (const row of run) {
        for (const line of linesOfRow(row)) {
          if (line.option) dependencies.push(optionDependency(line, ctx));
          const key = cache ? lineKey(input.text, line, ctx) : '';
          let findings = cache?.get(key);
          if (!findings) {
            const origin = line.node.range.start;
            const sink: Finding<CheckCode>[] = [];
            const lineCtx = ctx.forLine(sink);
            for (const check of LINE_CHECKS) check(lineCtx, line);
            const formula = formulaOfLine(line, model);
            findings = {
              diagnostics: withoutEchoes(sink).map((d) => shiftDiagnostic(formula ? namingFormula(d, formula) : d, -origin)),
              missing: [...lineCtx.missing].map(([id, where]) => [id, shift(where, -origin)]),
            };
            cache?.set(key, findings);
          }
          if (findings.diagnostics.length > 0 || findings.missing.length > 0) withFindings.push([line, findings]);
        }
      }
      if (cache && input.lineRuns) cache.setRun(run, { withFindings, dependencies });
    }
    for (const [line, findings] of withFindings) {
      const origin = line.node.range.start;
      for (const d of findings.diagnostics) diagnostics.push(shiftDiagnostic(d, origin));
      for (const [id, where] of findings.missing) missing.push([id, shift(where, origin)]);
    }
  }
  for (const check of GRID_CHECKS) if (slow || !check.slow) check.run(ctx);
  // A grid dated before the parameters it needs gets one GR110 at its header, which names the
  // examples that fail for the same reason: their GR402 are not repeated.
  const folded = reportUndefinedParameters(ctx, [...missing, ...ctx.missing]);
  return folded.size === 0 ? diagnostics : diagnostics.filter((d) => d.code !== 'GR402' || !folded.has(d.range.start));
}

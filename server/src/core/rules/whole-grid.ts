/**
 * What the whole-grid contrat responsable, 100 % Santé and collective checks share: the yearly
 * limits that stop a line's payments, what a line still pays once they are reached, the contracts
 * a grid holds (socle, formulas side by side) and the line the engine applies to an act in each.
 */
import { englishActLabel } from '../catalogue/acts-en';
import type Decimal from '../decimal';
import type { ActDefinition } from '../catalogue/acts';
import { coveringEntry } from '../catalogue/index';
import type { Localized } from '../diagnostics/messages';
import type { ColumnModel, LineModel, OptionModel } from '../model/grid-model';
import { eurosArg } from '../present/money';
import type { Span } from '../syntax/text';
import type { ColumnFacts, RuleContext } from './rule-context';

/** A column's limits of the year that stop its payments once reached: a count, an annual cap. */
export function yearlyLimit(column: ColumnModel): { range: Span; text: Localized } | null {
  const { count, annualCap } = column.limits;
  if (count) return { range: count.range, text: { fr: `${count.value} par an`, en: `${count.value} a year` } };
  if (annualCap) {
    const cap = eurosArg(annualCap.amount);
    return { range: annualCap.range, text: { fr: `${cap.fr} par an`, en: `${cap.en} a year` } };
  }
  return null;
}

/** The annual allowance of a column (`500 € par an`), if it has one. */
export function annualTerm(column: ColumnModel): Span | null {
  return column.terms.find((t) => (t.kind === 'amount' || t.kind === 'pmss') && t.per === 'an')?.range ?? null;
}

/**
 * What a line still pays per unit at `price` once the limits of the year are reached: its own
 * yearly limit (and the socle's) used up, annual allowances spent (`RuleContext.amcAt`'s probe).
 */
export function paidOnceLimited(ctx: RuleContext, line: LineModel, column: ColumnModel, price: Decimal, facts: ColumnFacts, sections = false): Decimal | null {
  return ctx.amcAt(line, column, price, facts, {
    annual: false,
    cuts: (l, c) => yearlyLimit(c) !== null || (sections && !!l.section?.annualCap),
  });
}

/**
 * The contracts a grid holds that the whole-grid checks judge: the socle alone (`option` blocks
 * are judged on their lines), or each formula side by side (socle + its lines); `names` is null
 * without formulas. `held` says which status the check asks for.
 */
export function contractsOf(ctx: RuleContext, held: (responsible: boolean | null) => boolean): { option: OptionModel | null; names: string | null }[] {
  const formulas = ctx.model.formulas;
  if (formulas.length === 0) return held(ctx.model.contract.responsible) ? [{ option: null, names: null }] : [];
  return formulas.filter((f) => held(f.responsible)).map((f) => ({ option: f.option, names: `« ${f.name} »` }));
}

/** The line the engine applies to an act under one contract (socle + formula): the formula's, else the socle's. */
export function lineApplied(ctx: RuleContext, option: OptionModel | null, act: ActDefinition): LineModel | null {
  return (option ? coveringEntry(option.byAct, act) : undefined) ?? coveringEntry(ctx.model.socleByAct, act) ?? null;
}

/** Whether an act's BR and AMO rate are defined at the grid's date (an act created later is not asked of an older grid). */
export function reimbursedAt(ctx: RuleContext, act: ActDefinition): boolean {
  const date = ctx.date ?? '9999-12-31';
  return !!act.base && !!act.rate && ctx.input.params.lookup(act.base.convention, date) !== null && ctx.input.params.lookup(act.rate, date) !== null;
}

/** Contracts with the same answer share one finding, which names their formulas. */
export function grouped<T>(items: { key: string; names: string | null; value: T }[]): { names: string | null; value: T }[] {
  const groups = new Map<string, { names: string | null; value: T }>();
  for (const item of items) {
    const group = groups.get(item.key);
    if (group) group.names = `${group.names}, ${item.names}`;
    else groups.set(item.key, { names: item.names, value: item.value });
  }
  return [...groups.values()];
}

/** At most `max` items joined (`, ` or ` ; `), then how many more: « a », « b » et 3 autres. */
export function listed(items: readonly Localized[], separator: { fr: string; en: string } = { fr: ', ', en: ', ' }, max = 5): Localized {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  const fr = shown.map((i) => i.fr).join(separator.fr);
  const en = shown.map((i) => i.en).join(separator.en);
  return { fr: more > 0 ? `${fr} et ${more} autre${more > 1 ? 's' : ''}` : fr, en: more > 0 ? `${en} and ${more} more` : en };
}

/** Act labels in quotes, as `listed` lists them. */
export function quotedActs(labels: readonly string[]): Localized {
  return listed(labels.map((l) => ({ fr: `« ${l} »`, en: `« ${englishActLabel(l)} »` })));
}

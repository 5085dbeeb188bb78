/**
 * One term of a guarantee formula, evaluated per unit: a pure function shared by the engine (which
 * adds the trace, limits and state) and the rules (which probe what a line can pay).
 */
import type Decimal from '../decimal';
import type { FormulaTerm } from '../model/grid-model';
import type { Localized } from '../diagnostics/messages';
import { PER_EN } from '../present/units';
import { formatEuros, formatPercent, max, min, minus, percentOf, roundCents, ZERO } from './money';

const NO_TEXT: Localized = { fr: '', en: '' };
/** « par seance » as the trace has always written it (the unit word as typed); « per session » in English. */
const perUnit = (unit: string | null | undefined): Localized => ({ fr: `par ${unit ?? 'acte'}`, en: PER_EN[unit ?? 'acte'] ?? `per ${unit}` });

export interface UnitInputs {
  /** Unit price charged. */
  price: Decimal;
  /** Tarif (BR) per unit, null for acts without one. */
  base: Decimal | null;
  /** AMO per unit the formula is computed against (the in-parcours amount). */
  amoReference: Decimal;
  /** Option stacked on top of the socle: every term is an amount paid on top. */
  onTop: boolean;
  /** X % of the applicable PMSS, to the cent. */
  pmss: (rate: Decimal) => Decimal;
  /** The 100 % Santé price cap (PLV or HLF) of the act, or null outside the baskets. */
  sante100Cap: () => { kind: 'PLV' | 'HLF'; cap: Decimal } | null;
  /** Write the sentence of each term (the engine's trace, in French and English); rules only need amounts. */
  explain: boolean;
}

export type TermValue =
  | { kind: 'unit'; amount: Decimal; text: Localized }
  /** An annual allowance (`250 € par an`): consumed over the year by the engine. */
  | { kind: 'annual'; amount: Decimal }
  /** A term that needs a BR on an act that has none, or a 100 % Santé term outside the baskets. */
  | { kind: 'void'; what: string; reason: 'no-base' | 'not-in-basket' };

export function evaluateTerm(term: FormulaTerm, inputs: UnitInputs): TermValue {
  const { price, base, amoReference: reference, onTop } = inputs;
  switch (term.kind) {
    case 'pct-br': {
      // `what` names the term in the engine's problems too, which never depend on `explain`.
      if (!base) return { kind: 'void', what: `${formatPercent(term.rate)} BR`, reason: 'no-base' };
      const what = inputs.explain ? `${formatPercent(term.rate)} BR` : '';
      const amount = roundCents(percentOf(term.rate, base));
      if (term.basis === 'en_sus' || term.afterTm || onTop)
        return {
          kind: 'unit',
          amount,
          text: inputs.explain
            ? { fr: `${what} en sus de la Sécu = ${formatEuros(amount)}`, en: `${what} on top of the Sécu = ${formatEuros(amount)}` }
            : NO_TEXT,
        };
      const value = max(ZERO, minus(min(price, amount), reference));
      return {
        kind: 'unit',
        amount: value,
        text: inputs.explain
          ? {
              fr: `${what} Sécu incluse : min(${formatEuros(price)}, ${formatEuros(amount)}) − ${formatEuros(reference)} = ${formatEuros(value)}`,
              en: `${what} Sécu included: min(${formatEuros(price)}, ${formatEuros(amount)}) − ${formatEuros(reference)} = ${formatEuros(value)}`,
            }
          : NO_TEXT,
      };
    }
    case 'tm': {
      if (!base) return { kind: 'void', what: 'TM', reason: 'no-base' };
      const value = max(ZERO, minus(min(price, base), reference));
      return {
        kind: 'unit',
        amount: value,
        text: inputs.explain
          ? {
              fr: `ticket modérateur min(${formatEuros(price)}, ${formatEuros(base)}) − ${formatEuros(reference)} = ${formatEuros(value)}`,
              en: `TM (co-payment) min(${formatEuros(price)}, ${formatEuros(base)}) − ${formatEuros(reference)} = ${formatEuros(value)}`,
            }
          : NO_TEXT,
      };
    }
    case 'frais-reels': {
      let total = roundCents(percentOf(term.rate, price));
      const text = { fr: '', en: '' };
      if (inputs.explain) {
        text.fr = `${formatPercent(term.rate)} des frais réels (${formatEuros(total)})`;
        text.en = `${formatPercent(term.rate)} of the actual costs (${formatEuros(total)})`;
      }
      if (term.capPercentBr) {
        if (!base) return { kind: 'void', what: 'FR limité à un % BR', reason: 'no-base' };
        const cap = roundCents(percentOf(term.capPercentBr, base));
        total = min(total, cap);
        if (inputs.explain) {
          text.fr += ` limités à ${formatPercent(term.capPercentBr)} BR (${formatEuros(cap)})`;
          text.en += ` within ${formatPercent(term.capPercentBr)} BR (${formatEuros(cap)})`;
        }
      }
      const value = onTop ? total : max(ZERO, minus(total, reference));
      const tail = `${onTop ? '' : ` − ${formatEuros(reference)}`} = ${formatEuros(value)}`;
      return { kind: 'unit', amount: value, text: inputs.explain ? { fr: text.fr + tail, en: text.en + tail } : NO_TEXT };
    }
    case 'amount':
      if (term.per === 'an') return { kind: 'annual', amount: term.amount };
      if (term.roInclus && !onTop) {
        // A total that includes the Sécu: what is left of it once the Sécu has paid.
        const value = max(ZERO, minus(min(price, term.amount), reference));
        return {
          kind: 'unit',
          amount: value,
          text: inputs.explain
            ? {
                fr: `${formatEuros(term.amount)} ${perUnit(term.per).fr} Sécu incluse : min(${formatEuros(price)}, ${formatEuros(term.amount)}) − ${formatEuros(reference)} = ${formatEuros(value)}`,
                en: `${formatEuros(term.amount)} ${perUnit(term.per).en} Sécu included: min(${formatEuros(price)}, ${formatEuros(term.amount)}) − ${formatEuros(reference)} = ${formatEuros(value)}`,
              }
            : NO_TEXT,
        };
      }
      return {
        kind: 'unit',
        amount: term.amount,
        text: inputs.explain
          ? { fr: `forfait de ${formatEuros(term.amount)} ${perUnit(term.per).fr}`, en: `allowance of ${formatEuros(term.amount)} ${perUnit(term.per).en}` }
          : NO_TEXT,
      };
    case 'pmss': {
      const amount = inputs.pmss(term.rate);
      if (term.per === 'an') return { kind: 'annual', amount };
      return {
        kind: 'unit',
        amount,
        text: inputs.explain
          ? {
              fr: `${formatPercent(term.rate)} du PMSS = ${formatEuros(amount)} ${perUnit(term.per).fr}`,
              en: `${formatPercent(term.rate)} of the PMSS = ${formatEuros(amount)} ${perUnit(term.per).en}`,
            }
          : NO_TEXT,
      };
    }
    case '100-sante': {
      const cap = inputs.sante100Cap();
      if (!cap) return { kind: 'void', what: '100 % Santé', reason: 'not-in-basket' };
      const value = max(ZERO, minus(min(price, cap.cap), reference));
      return {
        kind: 'unit',
        amount: value,
        text: inputs.explain
          ? {
              fr: `100 % Santé min(${formatEuros(price)}, ${cap.kind} ${formatEuros(cap.cap)}) − ${formatEuros(reference)} = ${formatEuros(value)}`,
              en: `100 % Santé min(${formatEuros(price)}, ${cap.kind} ${formatEuros(cap.cap)}) − ${formatEuros(reference)} = ${formatEuros(value)}`,
            }
          : NO_TEXT,
      };
    }
    case 'none':
      return { kind: 'unit', amount: ZERO, text: { fr: 'non couvert', en: 'not covered' } };
  }
}

/**
 * Amounts and rates as people read them (fr-FR), and the spaces they are written with. The one
 * place that formats money: the engine's messages, the hovers, the CLI and the docs all come here.
 */
import type Decimal from '../decimal';

const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** `1 234,56 €` in French formatting (Intl puts no-break spaces; they are kept). */
export function formatEuros(value: Decimal): string {
  return EUROS.format(value.toFixed(2) as unknown as number);
}

/** `70 %`, `17,5 %`. */
export function formatPercent(value: Decimal): string {
  return `${NUMBER.format(value.toString() as unknown as number)}\u00a0%`;
}

/** The no-break spaces French formatting writes: U+00A0 (before `€`, `%`) and U+202F (thousands). */
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

/** Replaces the no-break spaces Intl produces with plain spaces (for plain-text output and tests). */
export function plainSpaces(text: string): string {
  return text.replace(NO_BREAK_SPACES, ' ');
}

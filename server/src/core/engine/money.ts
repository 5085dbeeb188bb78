/** Money helpers: decimal.js everywhere, rounding to the cent only where the rules say so. */
import Decimal from 'decimal.js';

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** Rounds to the cent, half up (0,427 € → 0,43 €). */
export function roundCents(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** `rate` is a percentage (70 → 70 %). */
export function percentOf(rate: Decimal, amount: Decimal): Decimal {
  return amount.times(rate).dividedBy(HUNDRED);
}

export function min(...values: Decimal[]): Decimal {
  return Decimal.min(...values);
}

export function max(...values: Decimal[]): Decimal {
  return Decimal.max(...values);
}

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

/** Replaces the no-break spaces Intl produces with plain spaces (for plain-text output and tests). */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

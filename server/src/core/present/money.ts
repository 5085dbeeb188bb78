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

/** A change of an amount, signed: `+15,00 €`, `−6,00 €` (a true minus sign), `0,00 €`. */
export function signedEuros(value: Decimal, language: 'fr' | 'en' = 'fr'): string {
  const format = language === 'en' ? formatEurosEn : formatEuros;
  if (value.isZero()) return format(value.abs());
  return `${value.isNegative() ? '\u2212' : '+'}${format(value.abs())}`;
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

const EUROS_EN = new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const NUMBER_EN = new Intl.NumberFormat('en-IE', { maximumFractionDigits: 2 });

/** `€1,234.56`, as an English reader writes an amount. */
export function formatEurosEn(value: Decimal): string {
  return EUROS_EN.format(value.toFixed(2) as unknown as number);
}

/** `70%`, `17.5%`. */
export function formatPercentEn(value: Decimal): string {
  return `${NUMBER_EN.format(value.toString() as unknown as number)}%`;
}

/**
 * An amount as short as it reads unambiguously, for labels that must fit a narrow space (inline
 * previews): whole euros without cents (`19 €`, `€19`), others with them (`9,50 €`, `€9.50`).
 */
export function shortEuros(value: Decimal, language: 'fr' | 'en' = 'fr'): string {
  const full = language === 'en' ? formatEurosEn(value) : formatEuros(value);
  if (!value.isInteger()) return full;
  return language === 'en' ? full.replace(/\.00$/, '') : full.replace(/,00(?=\u00a0€$)/, '');
}

/** An amount for a message template, in both languages (plain spaces: messages are plain text). */
export function eurosArg(value: Decimal): { fr: string; en: string } {
  return { fr: plainSpaces(formatEuros(value)), en: formatEurosEn(value) };
}

/** A rate for a message template, in both languages: `160,5 %` / `160.5%`. */
export function percentArg(value: Decimal): { fr: string; en: string } {
  return { fr: plainSpaces(formatPercent(value)), en: formatPercentEn(value) };
}

/** A count of things for a message template: `3 lignes` / `3 lines`, `1 ligne` / `1 line`. */
export function countArg(count: number, fr: readonly [one: string, many: string], en: readonly [one: string, many: string]): { fr: string; en: string } {
  return { fr: `${count} ${count >= 2 ? fr[1] : fr[0]}`, en: `${count} ${count === 1 ? en[0] : en[1]}` };
}

/** `1 234,56`: comma decimals, a space every three digits from 1 000 on; keeps the decimals written. */
export function frenchNumber(canonical: string): string {
  const dot = canonical.indexOf('.');
  const integer = dot === -1 ? canonical : canonical.slice(0, dot);
  // Most amounts are below 1 000: no grouping to do (the hot path on large grids).
  const grouped = integer.length >= 4 ? groupThousands(integer) : integer;
  return dot === -1 ? grouped : `${grouped},${canonical.slice(dot + 1)}`;
}

/** `1234567` → `1 234 567`, in one pass (a lookahead regex rescans the rest of the digits at each one). */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(' ');
}

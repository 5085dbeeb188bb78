/**
 * Command-line values read the way the language reads the same values in a grid, so that a case
 * given to `grille explain` is refused exactly when the same case written as an `exemple` would
 * be (GR111): numbers through the language's own lexer, the same bounds, no JavaScript `Number()`
 * leniency (`0x10`, `1e3`, `''` are not numbers of the language).
 */
import Decimal from 'decimal.js';
import { LANGUAGE_LIMITS, lex, numberWithinLimits, type Token } from '../core';
import { InputError } from './inputs';

/** The bounds an example's `quantite` and `age` accept (GR111), from the language's one table. */
export const MAX_QUANTITY = LANGUAGE_LIMITS.quantity;
export const MAX_AGE = LANGUAGE_LIMITS.age;

/** The value as the language's tokens, without the end-of-text token. */
function tokens(value: string): Token[] {
  return lex(value).filter((t) => t.kind !== 'eof');
}

/** One number of the language and nothing else (an optional trailing € when `euro`), or null. */
function singleNumber(value: string, euro: boolean): Token | null {
  const read = tokens(value);
  const [number, ...rest] = read;
  if (!number || number.kind !== 'number' || number.malformed) return null;
  if (rest.length === 0 || (euro && rest.length === 1 && rest[0]!.kind === 'euro')) return number;
  return null;
}

/** `--prix`: a non-negative euro amount in cents, written as in a grid (`49,90`, `1 234,56 €`, `60€`). */
export function readAmount(option: string, value: string): Decimal {
  const number = singleNumber(value, true);
  if (!number) throw new InputError(`${option} : un montant en euros est attendu (50, 49,90, 1 234,56 €), pas « ${value} ».`);
  if (number.ambiguous) {
    // As the parser says it of `1.000` in a grid: thousands or decimals?
    const [integer, decimals] = number.text.split('.');
    const asCents = new Decimal(number.value).decimalPlaces() <= 2 ? ` ou ${integer},${decimals}` : '';
    throw new InputError(`${option} : « ${number.text} » est ambigu (séparateur des milliers ou décimales ?) : écrivez ${integer}${decimals}${asCents}.`);
  }
  // Past the language's digits (GR012 in a grid), refused rather than computed inexactly.
  if (!numberWithinLimits(number.value))
    throw new InputError(`${option} : « ${value} » est hors limites (au plus ${LANGUAGE_LIMITS.integerDigits} chiffres avant la virgule).`);
  const amount = new Decimal(number.value);
  if (amount.decimalPlaces() > 2) throw new InputError(`${option} : un montant en euros a au plus deux décimales (les centimes), pas « ${value} ».`);
  return amount;
}

/** A whole number of the language (digits, no decimals) from `min` to `max`, or null. */
function wholeNumber(value: string, min: number, max: number): number | null {
  const number = singleNumber(value, false);
  if (!number || !/^\d+$/.test(number.value)) return null;
  const n = Number(number.value);
  return n >= min && n <= max ? n : null;
}

/** `--quantite`: days, nights, sessions… as an example's `quantite`. */
export function readQuantity(option: string, value: string): number {
  const n = wholeNumber(value, 1, MAX_QUANTITY);
  if (n === null) throw new InputError(`${option} : un entier de 1 à ${MAX_QUANTITY} est attendu, pas « ${value} ».`);
  return n;
}

/** `--age`: in whole years, as an example's `age`. */
export function readAge(option: string, value: string): number {
  const n = wholeNumber(value, 0, MAX_AGE);
  if (n === null) throw new InputError(`${option} : un âge en années est attendu (entier de 0 à ${MAX_AGE}), pas « ${value} ».`);
  return n;
}

/** `--max-warnings`: a count written in plain decimal digits (not a number of the language: no grouping, no sign). */
export function readCount(value: string): number | null {
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

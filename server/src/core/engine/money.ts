/** Money helpers: decimal.js everywhere, rounding to the cent only where the rules say so. */
import Decimal from '../decimal';

// Decimals are immutable: the helpers below return one of their arguments (or a shared constant)
// rather than a copy, which spares the engine's hot path an allocation per operation.
export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);
const HUNDREDTH = new Decimal('0.01');

/** Rounds to the cent, half up (0,427 € → 0,43 €). An amount already in cents is returned as is. */
export function roundCents(value: Decimal): Decimal {
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

const fractions = new WeakMap<Decimal, Decimal>();

/**
 * `rate` % of `amount` (70 → 70 %). `amount × (rate ÷ 100)` has the same digits as
 * `(amount × rate) ÷ 100` (dividing by 100 only moves the exponent), so the fraction of each rate
 * of the grid and the parameters is computed once.
 */
export function percentOf(rate: Decimal, amount: Decimal): Decimal {
  let fraction = fractions.get(rate);
  if (!fraction) {
    fraction = rate.times(HUNDREDTH);
    fractions.set(rate, fraction);
  }
  return amount.times(fraction);
}

/**
 * `x.comparedTo(y)` for finite values without the copy of `y` decimal.js makes on every
 * comparison (same algorithm over the documented `d`, `e`, `s` properties; NaN and ±∞ go to
 * decimal.js).
 */
export function compare(x: Decimal, y: Decimal): number {
  const xd = x.d;
  const yd = y.d;
  if (!xd || !yd) return x.comparedTo(y);
  const xs = x.s;
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -y.s : 0;
  if (xs !== y.s) return xs;
  const negative = xs < 0;
  if (x.e !== y.e) return x.e > y.e !== negative ? 1 : -1;
  const n = Math.min(xd.length, yd.length);
  for (let i = 0; i < n; i++) if (xd[i] !== yd[i]) return xd[i]! > yd[i]! !== negative ? 1 : -1;
  return xd.length === yd.length ? 0 : xd.length > yd.length !== negative ? 1 : -1;
}

/** `Decimal.min` / `Decimal.max` (n = 1 / −1) without the copies: the same choice among ties (−0 and 0). */
function maxOrMin(first: Decimal, rest: Decimal[], n: 1 | -1): Decimal {
  let x = first;
  for (const y of rest) {
    if (!y.s) return y; // NaN
    const k = compare(x, y);
    if (k === n || (k === 0 && x.s === n)) x = y;
  }
  return x;
}

/** The smallest value (one of the arguments, not a copy). */
export function min(first: Decimal, ...rest: Decimal[]): Decimal {
  return maxOrMin(first, rest, 1);
}

/** The largest value (one of the arguments, not a copy). */
export function max(first: Decimal, ...rest: Decimal[]): Decimal {
  return maxOrMin(first, rest, -1);
}

/** `a − b`; `a` itself when `b` is zero (and `a` is not: the sign of a zero result stays decimal.js's). */
export function minus(a: Decimal, b: Decimal): Decimal {
  return b.isZero() && !a.isZero() ? a : a.minus(b);
}

/** `a + b`; the other operand itself when one is zero (and the other is not). */
export function plus(a: Decimal, b: Decimal): Decimal {
  if (b.isZero() && !a.isZero()) return a;
  if (a.isZero() && !b.isZero()) return b;
  return a.plus(b);
}

/** `amount × n` for a count of units; the amount itself when n is 1. */
export function timesCount(amount: Decimal, n: number): Decimal {
  return n === 1 ? amount : amount.times(n);
}

const decimalConstants = new Map<string | number, Decimal>();
/** A Decimal for a constant of the catalogue (a typical price, an age), made once. */
export function constantDecimal(value: string | number): Decimal {
  let d = decimalConstants.get(value);
  if (!d) {
    d = new Decimal(value);
    if (decimalConstants.size < 10_000) decimalConstants.set(value, d);
  }
  return d;
}

// Formatting lives in the presentation module; re-exported for the core modules that format messages.
export { formatEuros, formatPercent, plainSpaces } from '../present/money';

/**
 * The bounds of what the language accepts, in one place: the parser, the model, the engine's
 * precision and the CLI's options all read them, so a value the language accepts is always
 * computed and a value past a bound is refused with a finding at its position.
 *
 * Each bound is far above what a real grid writes, and low enough that every date the engine
 * derives (a carence's end, a renewal, the last day of a stay) stays a four-digit year and every
 * amount stays exact in `ENGINE_PRECISION` significant digits.
 */
export const LANGUAGE_LIMITS = {
  /** Dates (care, adhesion, effect): years 1900 to 2100. The millésime is 1990–2100. */
  firstYear: 1900,
  lastYear: 2100,
  /** A number has at most 9 digits before the decimal separator (below 1 000 000 000). */
  integerDigits: 9,
  /** … and at most 6 after it (an amount in euros is also held to cents, GR111). */
  fractionDigits: 6,
  /** `carence N mois` / `carence N jours`. */
  carenceMonths: 120,
  carenceDays: 3660,
  /** `1 équipement tous les N ans`. */
  renewalYears: 99,
  /** `quantite N` of an example act (days of a stay, sessions, units), and the CLI's `--quantite`. */
  quantity: 366,
  /** `repeter N` of an example act. */
  repeat: 1000,
  /** `age N` of an example act. */
  age: 130,
} as const;

/** Significant digits of the largest number the language accepts (999 999 999,999999: 9 + 6). */
const NUMBER_DIGITS = LANGUAGE_LIMITS.integerDigits + LANGUAGE_LIMITS.fractionDigits;
/** Digits of the largest count of units one example act computes (quantity × repeats: 366 000). */
const COUNT_DIGITS = String(LANGUAGE_LIMITS.quantity * LANGUAGE_LIMITS.repeat).length;
/** Room for sums of such products over a year of care (10^4 times the largest). */
const SUM_DIGITS = 4;

/**
 * Significant digits of the engine's decimals, tied to the bounds above: the largest product the
 * engine forms is an amount (15 significant digits at most) times a rate (15) times a count
 * (quantity × repeats, 6 digits): 36 digits, plus room for the sums of a year, 40. Every
 * intermediate product of numbers the language accepts is exact; a larger number is refused by the
 * parser (GR012) before it reaches the engine. decimal.js's default of 20 would lose cents above
 * 10^18 € (a price of 10^20 € loses 0,49 €).
 */
export const ENGINE_PRECISION = 2 * NUMBER_DIGITS + COUNT_DIGITS + SUM_DIGITS;

/** Whether a number's canonical value (`1234.5`, as the lexer gives it) is within the bounds. */
export function numberWithinLimits(value: string): boolean {
  const dot = value.indexOf('.');
  const integer = dot === -1 ? value.length : dot;
  const fraction = dot === -1 ? 0 : value.length - dot - 1;
  return integer <= LANGUAGE_LIMITS.integerDigits && fraction <= LANGUAGE_LIMITS.fractionDigits;
}

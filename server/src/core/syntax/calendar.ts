/**
 * Calendar dates of the language: ISO `aaaa-mm-jj` strings, computed as day numbers of the
 * proleptic Gregorian calendar with integer arithmetic. No JS `Date`: `Date.UTC` reads the years
 * 0–99 as 1900–1999 and gives « Invalid time value » past ±275 760 years, and a date compared as a
 * string stops being ordered once a year has five digits.
 */
import { LANGUAGE_LIMITS } from './limits';

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Days from 1970-01-01 (negative before), for any integer year. */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Years counted from March, so that the leap day is the last day of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The civil date of a day number (the inverse of `daysFromCivil`). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** `aaaa-mm-jj`, the year on four digits at least (a computed date past 9999 keeps all of them). */
export function isoDate({ year, month, day }: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${year < 0 ? '-' + pad(-year, 4) : pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const ISO = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

/** The parts of an ISO date string, or null when it is not one (no calendar check). */
export function parseIsoDate(iso: string): CivilDate | null {
  const m = ISO.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export function yearOf(iso: string): number {
  return parseIsoDate(iso)?.year ?? NaN;
}

function dayNumber(iso: string): number {
  const date = parseIsoDate(iso);
  return date ? daysFromCivil(date.year, date.month, date.day) : NaN;
}

/**
 * Orders two dates as dates (negative, zero, positive). Two dates with four-digit years are
 * ordered by their text, the fast path of the engine's lookups; any other pair by day numbers.
 */
export function compareDates(a: string, b: string): number {
  if (a.length === 10 && b.length === 10 && a.charCodeAt(0) !== 45 && b.charCodeAt(0) !== 45) return a < b ? -1 : a > b ? 1 : 0;
  return dayNumber(a) - dayNumber(b);
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** A date plus months and days (a month end clamps: 31 January + 1 month = 28/29 February). */
export function addMonthsAndDays(iso: string, months: number, days: number): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const totalMonths = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12 + 1;
  const day = Math.min(date.day, daysInMonth(year, month));
  return isoDate(civilFromDays(daysFromCivil(year, month, day) + days));
}

/** The canonical ISO text of a calendar date, or '' when the day does not exist (2026-02-30). */
export function calendarDate(year: number, month: number, day: number): string {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return '';
  return isoDate({ year, month, day });
}

/** Whether a calendar date lies in the years the language accepts (see `LANGUAGE_LIMITS`). */
export function inLanguageRange(iso: string): boolean {
  const year = yearOf(iso);
  return year >= LANGUAGE_LIMITS.firstYear && year <= LANGUAGE_LIMITS.lastYear;
}

/**
 * A date as written in a grid (`aaaa-mm-jj` or `jj/mm/aaaa`): its canonical ISO value, or what is
 * wrong with it — a day that does not exist, or a year outside the language's range. The check
 * behind GR004, shared by the lexer and the CLI's `--date`.
 */
export function readWrittenDate(text: string): { value: string; problem: 'format' | 'calendar' | 'range' | null } {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const fr = iso ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!iso && !fr) return { value: '', problem: 'format' };
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : [fr![3], fr![2], fr![1]];
  const value = calendarDate(Number(year), Number(month), Number(day));
  if (!value) return { value: '', problem: 'calendar' };
  return inLanguageRange(value) ? { value, problem: null } : { value: '', problem: 'range' };
}

/** A real calendar date written aaaa-mm-jj, within the language's years (2026-13-45 and 0099-12-30 are not). */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-/.test(text) && readWrittenDate(text).problem === null;
}

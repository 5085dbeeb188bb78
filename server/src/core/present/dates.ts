/**
 * Dates as people read them: the grid's ISO `aaaa-mm-jj` written `jj/mm/aaaa`. The arithmetic and
 * the ISO form are `syntax/calendar.ts`'s, which imports nothing of the presentation, so the model
 * and the engine can write dates in their messages.
 */
import { isoDate, parseIsoDate } from '../syntax/calendar';

/** `jj/mm/aaaa` (the year as `calendar.ts#isoDate` writes it); a text that is not an ISO date is returned as is. */
export function frenchDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.day)}/${pad(date.month)}/${isoDate(date).slice(0, -6)}`;
}

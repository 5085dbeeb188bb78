/**
 * Dates as people read them: the grid's ISO `aaaa-mm-jj` written `jj/mm/aaaa`. A rearrangement of
 * the text, so it imports nothing and the model and the engine can write dates in their messages
 * (the arithmetic is `syntax/calendar.ts`'s).
 */

/** The ISO form `syntax/calendar.ts` reads and writes (a year of four digits or more, maybe negative). */
const ISO_DATE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

/** `jj/mm/aaaa` (the year as `calendar.ts#isoDate` writes it); a text that is not an ISO date is returned as is. */
export function frenchDate(iso: string): string {
  const parts = ISO_DATE.exec(iso);
  if (!parts) return iso;
  const year = Number(parts[1]);
  const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${parts[3]}/${parts[2]}/${yearText}`;
}

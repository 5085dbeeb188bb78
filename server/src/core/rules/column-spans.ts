/** Where a column's parts are written, for the quick fixes of the contrat responsable and 100 % Santé checks. */
import type { ColumnModel } from '../model/grid-model';
import type { Span } from '../syntax/text';

/** From the column's first term to its last (the coverage, without its limits). */
export function termsRange(column: ColumnModel): Span {
  return { start: column.terms[0]!.range.start, end: column.terms[column.terms.length - 1]!.range.end };
}

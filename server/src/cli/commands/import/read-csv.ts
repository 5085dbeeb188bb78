/**
 * CSV (and tab-separated text) through csv-parse: quoted fields, doubled quotes and line breaks
 * inside a quoted field are the parser's. The separator is `--separator`, else the one of `;`
 * (what Excel writes in French, where the comma is the decimal separator), tab and `,` that cuts
 * the first lines into the most rows of one same width.
 */
import { parse } from 'csv-parse/sync';
import { InputError } from '../../inputs';
import { decodeText, tableFromTexts, type ReadOptions, type SourceTable } from './table';

const SEPARATORS: Record<string, string> = { ';': ';', ',': ',', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|' };

function rowsOf(text: string, delimiter: string, toLine?: number): string[][] {
  return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true, ...(toLine ? { to_line: toLine } : {}) });
}

/** The separator that gives the most rows of one width (more than one column), `;` first on a tie. */
export function detectSeparator(text: string): string {
  let best = { delimiter: ';', score: -1 };
  for (const delimiter of [';', '\t', ',']) {
    let rows: string[][];
    try {
      rows = rowsOf(text, delimiter, 20);
    } catch {
      continue;
    }
    const widths = new Map<number, number>();
    for (const row of rows) if (row.length > 1) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    const score = Math.max(0, ...widths.values());
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

export function readCsv(bytes: Uint8Array, name: string, options: ReadOptions): SourceTable {
  const notes: string[] = [];
  const text = decodeText(bytes, name, notes);
  let delimiter: string;
  if (options.separator !== undefined) {
    const given = SEPARATORS[options.separator];
    if (!given) throw new InputError(`--separator « ${options.separator} » : ; , tab ou | est attendu.`);
    delimiter = given;
  } else delimiter = detectSeparator(text);
  let rows: string[][];
  try {
    rows = rowsOf(text, delimiter);
  } catch (error) {
    throw new InputError(`${name} ne se lit pas en CSV : ${error instanceof Error ? error.message : String(error)}`);
  }
  notes.push(`séparateur « ${delimiter === '\t' ? 'tabulation' : delimiter} »${options.separator === undefined ? ' (détecté)' : ''}`);
  return { name: null, rows: tableFromTexts(rows), notes };
}

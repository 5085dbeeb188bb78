/**
 * A table as `grille import` reads it, whatever the file: rows of cells, each cell with its text
 * and its place (`B7`, as a spreadsheet names it), a merged cell (xlsx merge, HTML rowspan or
 * colspan) copied into every place it covers and remembering the range. The readers (CSV, xlsx,
 * HTML) are in their own modules, each loaded only when a file of its kind is read, so that no
 * other command pays for their libraries.
 */
import * as path from 'node:path';
import { InputError } from '../../inputs';

export interface Merge {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TableCell {
  text: string;
  /** The cell's place as a spreadsheet writes it: `B7`. */
  ref: string;
  /** The merged range this cell belongs to, when it is merged. */
  merge?: Merge;
}

export interface SourceTable {
  /** What the table is called: the sheet's or the table's caption, or null. */
  name: string | null;
  /** Rows padded to the same width. */
  rows: TableCell[][];
  /** What the reader had to say (an encoding guessed, the sheet chosen among several). */
  notes: string[];
}

export interface ReadOptions {
  /** `--sheet`: a sheet's name or its rank (xlsx), a table's rank (HTML). */
  sheet?: string;
  /** `--separator` for CSV: `;`, `,`, `tab`… */
  separator?: string;
}

export type TableKind = 'csv' | 'xlsx' | 'html';

/** The kind of a file, by its extension; an .ods or .xls file is refused with what to do. */
export function tableKind(file: string): TableKind {
  const ext = path.extname(file).toLowerCase();
  switch (ext) {
    case '.csv':
    case '.tsv':
    case '.txt':
      return 'csv';
    case '.xlsx':
    case '.xlsm':
      return 'xlsx';
    case '.html':
    case '.htm':
      return 'html';
    case '.ods':
    case '.xls':
      throw new InputError(
        `${path.basename(file)} : le format ${ext} n'est pas lu ; enregistrez le classeur en .xlsx (ou la feuille en .csv) et importez ce fichier.`,
      );
    default:
      throw new InputError(`${path.basename(file)} : extension inconnue « ${ext || '(aucune)'} » ; grille import lit les fichiers .csv, .xlsx et .html.`);
  }
}

/** `B7` for row 6, column 1 (0-based). */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** `A`, …, `Z`, `AA`… for a 0-based column. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A column named by its letters (`C`) or its rank (`3`), 0-based; null when it is neither. */
export function columnIndex(name: string): number | null {
  const text = name.trim();
  if (/^\d+$/.test(text)) return Number(text) >= 1 ? Number(text) - 1 : null;
  if (!/^[A-Za-z]{1,3}$/.test(text)) return null;
  let n = 0;
  for (const c of text.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The text of a file: UTF-8 (a BOM is dropped); a file that is not valid UTF-8 is read as
 * Windows-1252 — what a spreadsheet saves as « CSV » on a French Windows — and said so.
 */
export function decodeText(bytes: Uint8Array, name: string, notes: string[]): string {
  if (bytes.includes(0)) throw new InputError(`${name} n'est pas un fichier texte (octet nul) : est-ce bien un .csv ou un .html ?`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    notes.push(`${name} n'est pas en UTF-8 : lu en Windows-1252 (Latin-1), l'encodage des CSV d'Excel en français ; vérifiez les accents du brouillon.`);
    return windows1252(bytes);
  }
}

/** Windows-1252's characters at 0x80–0x9F (€, œ, guillemets, dashes…); the other bytes are Latin-1's. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** Cells from rows of texts (CSV), padded to one width. */
export function tableFromTexts(texts: string[][]): TableCell[][] {
  const width = Math.max(0, ...texts.map((r) => r.length));
  return texts.map((row, r) => Array.from({ length: width }, (_, c) => ({ text: row[c] ?? '', ref: cellRef(r, c) })));
}

/**
 * Cells from a grid of texts with merged ranges (xlsx, HTML): each range's first cell's text is
 * copied into every cell of the range, which remembers the range.
 */
export function tableWithMerges(texts: string[][], merges: Merge[]): TableCell[][] {
  const width = Math.max(0, ...texts.map((r) => r.length), ...merges.map((m) => m.right + 1));
  const height = Math.max(texts.length, ...merges.map((m) => m.bottom + 1));
  const rows: TableCell[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => ({ text: texts[r]?.[c] ?? '', ref: cellRef(r, c) })),
  );
  for (const merge of merges) {
    const text = texts[merge.top]?.[merge.left] ?? '';
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        const cell = rows[r]![c]!;
        cell.text = text;
        cell.merge = merge;
      }
    }
  }
  return rows;
}

/** Reads the table of a file with the reader of its kind (loaded now, not at start-up). */
export async function readTable(bytes: Uint8Array, file: string, options: ReadOptions): Promise<SourceTable> {
  const name = path.basename(file);
  switch (tableKind(file)) {
    case 'csv':
      return (await import('./read-csv.js')).readCsv(bytes, name, options);
    case 'xlsx':
      return (await import('./read-xlsx.js')).readXlsx(bytes, name, options);
    case 'html':
      return (await import('./read-html.js')).readHtml(bytes, name, options);
  }
}

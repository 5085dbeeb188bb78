/**
 * An .xlsx workbook through ExcelJS: one sheet (`--sheet` by name or rank; without it the first
 * that has cells), its merged ranges, each cell's value as the text a reader sees — a percentage
 * format shows `1.5` as `150 %`, a euro format `40` as `40 €`, a formula its last result, rich text
 * its runs.
 */
import Decimal from 'decimal.js';
import * as ExcelJS from 'exceljs';
import { frenchDidYouMean } from '../../../core';
import { InputError } from '../../inputs';
import { columnIndex, tableWithMerges, type Merge, type ReadOptions, type SourceTable } from './table';

/** A number in French notation, exactly (never through a float's shortest form times 100). */
function frenchNumber(value: Decimal): string {
  return value.toFixed().replace('.', ',');
}

function numberText(value: number, format: string | undefined): string {
  const exact = new Decimal(String(value));
  const plainFormat = (format ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, (part) => (part.includes('€') ? '€' : ''));
  if (plainFormat.includes('%')) return `${frenchNumber(exact.times(100))} %`;
  if (plainFormat.includes('€') || /\[\$€/.test(format ?? '')) return `${frenchNumber(exact)} €`;
  return frenchNumber(exact);
}

function valueText(value: ExcelJS.CellValue, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value, format);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return valueText((value as ExcelJS.CellFormulaValue).result, format);
  if ('text' in value) return typeof value.text === 'string' ? value.text : valueText(value.text, format);
  if ('error' in value) return String(value.error);
  return '';
}

function rangeOf(ref: string): Merge | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  return { top: Number(m[2]) - 1, left: columnIndex(m[1]!)!, bottom: Number(m[4]) - 1, right: columnIndex(m[3]!)! };
}

export async function readXlsx(bytes: Uint8Array, name: string, options: ReadOptions): Promise<SourceTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new InputError(`${name} ne se lit pas comme un classeur .xlsx : ${error instanceof Error ? error.message : String(error)}`);
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new InputError(`${name} : le classeur n'a aucune feuille.`);
  const notes: string[] = [];
  let sheet: ExcelJS.Worksheet | undefined;
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet && /^\d+$/.test(wanted)) sheet = sheets[Number(wanted) - 1];
    if (!sheet) {
      const names = sheets.map((s) => s.name);
      throw new InputError(
        `--sheet « ${wanted} » : pas de feuille de ce nom ni de ce rang${frenchDidYouMean(wanted, names, { ignoreCase: true })} ; les feuilles : ${names.map((n) => `« ${n} »`).join(', ')}.`,
      );
    }
  } else {
    sheet = sheets.find((s) => s.actualRowCount > 0) ?? sheets[0]!;
    if (sheets.length > 1) notes.push(`feuille « ${sheet.name} » sur ${sheets.length} (--sheet NOM pour une autre)`);
  }
  const texts: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A merged range's other cells repeat its first cell's value: the range is read from the merges.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cells[columnNumber - 1] = valueText(cell.value, cell.numFmt)
        .replace(/[\s\u00a0\u202f]+/g, ' ')
        .trim();
    });
    texts[rowNumber - 1] = cells;
  });
  for (let r = 0; r < texts.length; r++) texts[r] ??= [];
  const merges = (sheet.model.merges ?? []).map(rangeOf).filter((m): m is Merge => m !== null);
  return { name: sheet.name, rows: tableWithMerges(texts, merges), notes };
}

/**
 * The cells of a grid as its printed table has them: the columns (one per formula, or the socle
 * and each `option` block), the rows (socle lines, and option lines no socle line has) and, for
 * each row, an identity that does not depend on where the line is written — its act and its
 * conditions — so two versions of a grid can be matched cell by cell (services/grid-diff.ts), and
 * the grid preview can mark the cells a comparison found changed.
 */
import { actKey, type Analysis, type LineModel } from '../core';
import { type ColumnKey, type ColumnModel, formulaLine, formulaSummary, type GridModel } from './formulas';

type OptionModel = GridModel['options'][number];

/** How the table computes a column on a row: the line to preview, or null when the column has none there. */
export interface GridColumn {
  /** What matches the column across versions: `formule:NAME`, `option:NAME`, or '' for the socle of a grid without formulas. */
  key: string;
  name: string;
  summary: string;
  lineFor(row: LineModel): LineModel | null;
}

/** The words the columns need: the socle's name (with or without option blocks) and the stacking modes. */
export interface ColumnWords {
  socle: string;
  guarantee: string;
  stacking: Record<OptionModel['mode'], string>;
}

export const SECTOR_ORDER: ColumnKey[] = ['all', 'dptam', 'non_dptam', 'non_conventionne'];

/** The columns of the table: one per formula, or the socle and each `option` block. */
export function gridColumns(grid: GridModel, language: 'fr' | 'en', words: ColumnWords): GridColumn[] {
  if (grid.formulas.length > 0) {
    return grid.formulas.map((f, k) => ({
      key: `formule:${f.name}`,
      name: f.name,
      summary: formulaSummary(f, language),
      // A line of an `option` block in a grid of formulas shows in the first formula's column (as `grille table`).
      lineFor: (row) => (row.option ? (k === 0 ? row : null) : formulaLine(row, f)),
    }));
  }
  const options = grid.options.filter((o) => o.kind === 'option');
  const socle: GridColumn = { key: '', name: options.length > 0 ? words.socle : words.guarantee, summary: '', lineFor: (row) => (row.option ? null : row) };
  return [
    socle,
    ...options.map((o): GridColumn => ({
      key: `option:${o.name}`,
      name: o.name,
      summary: words.stacking[o.mode],
      lineFor: (row) => (row.option ? (row.option === o ? row : null) : (optionLineOf(o, row) ?? { ...row, option: o })),
    })),
  ];
}

/** The option's own line for a socle row: same act, same conditions. */
export function optionLineOf(option: OptionModel, row: LineModel): LineModel | null {
  if (!row.act) return null;
  return option.lines.find((l) => l.act?.id === row.act!.id && (l.conditions?.key ?? '') === (row.conditions?.key ?? '')) ?? null;
}

/** The rows of the table: socle lines, then option lines no socle line has (for grids with option blocks). */
export function gridRows(grid: GridModel): LineModel[] {
  const socle = grid.lines.filter((l) => !l.option);
  if (grid.formulas.length > 0) return grid.lines;
  const orphans = grid.lines.filter(
    (l) => l.option && !socle.some((s) => s.act && s.act.id === l.act?.id && (s.conditions?.key ?? '') === (l.conditions?.key ?? '')),
  );
  return [...socle, ...orphans];
}

/**
 * Each row's identity: its act (the catalogue's id, or the name as written for an unknown act), its
 * conditions and, for an option block's own row, the option; a second row with the same identity
 * (the same act written twice) gets `#2`, in source order.
 */
export function rowKeys(rows: LineModel[]): Map<LineModel, string> {
  const keys = new Map<LineModel, string>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const act = row.act ? row.act.id : `?${actKey(row.node.act.text)}`;
    const base = `${act}|${row.conditions?.key ?? ''}|${row.option && !row.row ? row.option.name : ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    keys.set(row, n === 1 ? base : `${base}#${n}`);
  }
  return keys;
}

/** The key of one cell: row, column, sector. */
export const cellKey = (row: string, column: string, sector: ColumnKey) => `${row}\u0000${column}\u0000${sector}`;

export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The guarantee as printed in a column: its text from its first term (no sector word, no `|`). */
export function printedText(analysis: Analysis, column: ColumnModel): string {
  const start = column.terms[0]?.range.start ?? column.range.start;
  return oneLine(analysis.text.slice(Math.max(start, column.range.start), column.range.end));
}

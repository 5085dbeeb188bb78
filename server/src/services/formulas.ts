/**
 * Formulas side by side, as the front ends see them: which formula a line or a cell belongs to,
 * the words for its status and stacking mode, and the line to compute for a formula on any row.
 *
 * In the model (core/model/grid-model.ts) a row's first cell is the socle line itself (in
 * `model.lines`), the other formulas' cells are lines hanging on it (`line.formulaLines`), each with
 * `option` = the formula's option and columns whose `range` is the cell's.
 */
import type { Analysis, GuaranteeLine, Language, LineModel, Span } from '../core';
import { contains } from './locate';

export type GridModel = Analysis['model'];
export type FormulaModel = GridModel['formulas'][number];
export type ColumnModel = NonNullable<LineModel['columns'][keyof LineModel['columns']]>;
export type ColumnKey = ColumnModel['key'];
export type Variant = GuaranteeLine['variants'][number];
export type Cell = NonNullable<Variant['cells']>[number];

/** One formula's cell of a row: the formula, its line of the row and the column built from the cell. */
export interface FormulaCell {
  formula: FormulaModel;
  line: LineModel;
  column: ColumnModel;
}

/** A row of formulas side by side: a socle line of a grid with formulas, with cells written (`|`). */
export function isFormulaRow(grid: GridModel, line: LineModel): boolean {
  return grid.formulas.length > 0 && !line.option && !line.row && line.node.variants.some((v) => v.cells);
}

/** The formula a line computes: its own for a formula's line, the first for a socle line of a grid with formulas. */
export function formulaOf(grid: GridModel, line: LineModel): FormulaModel | null {
  if (grid.formulas.length === 0) return null;
  if (line.row) return grid.formulas.find((f) => f.option === line.option) ?? null;
  return line.option ? null : grid.formulas[0]!;
}

/** A row's lines, formula by formula: the row itself (the first formula's), then its formula lines. */
export function rowLines(row: LineModel): LineModel[] {
  return row.formulaLines ? [row, ...row.formulaLines] : [row];
}

/**
 * The line to compute for `formula` on `row`: the formula's own line of the row when it has a
 * cell there, else the row read under that formula (a row without cells is the same for every
 * formula: the engine falls back to the socle line, with the formula's status).
 */
export function formulaLine(row: LineModel, formula: FormulaModel): LineModel {
  if (!formula.option) return row;
  return row.formulaLines?.find((l) => l.option === formula.option) ?? { ...row, option: formula.option };
}

/** Whether a column was built from a formula's cell (not from a sector column written without `|`). */
export function isCellColumn(column: ColumnModel): boolean {
  return column.variant.cells !== undefined;
}

/** The formula's cell under `offset` on a row, if any. */
export function cellAt(grid: GridModel, row: LineModel, offset: number): FormulaCell | null {
  if (!isFormulaRow(grid, row)) return null;
  for (const line of rowLines(row)) {
    const formula = formulaOf(grid, line);
    if (!formula) continue;
    for (const column of Object.values(line.columns)) if (isCellColumn(column) && contains(column.range, offset)) return { formula, line, column };
  }
  return null;
}

/** Every cell of a row, in source order (sector row by sector row, formula by formula). */
export function rowCells(grid: GridModel, row: LineModel): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const line of rowLines(row)) {
    const formula = formulaOf(grid, line);
    if (!formula) continue;
    for (const column of Object.values(line.columns)) if (isCellColumn(column)) out.push({ formula, line, column });
  }
  return out.sort((a, b) => a.column.range.start - b.column.range.start);
}

/**
 * What an example's act is computed with in a grid of formulas side by side: « formule « X » »
 * (the first one when it names none), or « option « X » » for an `option` block; '' without formulas.
 */
export function caseFormulaText(grid: GridModel, option: string | null | undefined, language: Language = 'fr'): string {
  if (grid.formulas.length === 0) return '';
  const formula = language === 'en' ? 'formula' : 'formule';
  if (!option) return `${formula} « ${grid.formulas[0]!.name} »`;
  return grid.formulas.some((f) => f.option?.name === option) ? `${formula} « ${option} »` : `option « ${option} »`;
}

/** The `formule` declaration a span falls in. */
export function formulaDeclarationAt(grid: GridModel, offset: number): FormulaModel | null {
  return grid.formulas.find((f) => contains(f.node.range, offset)) ?? null;
}

const WORDS = {
  fr: {
    responsible: 'responsable',
    nonResponsible: 'non responsable',
    unknownStatus: 'statut non précisé',
    socle: 'le socle (première formule)',
    inclut_socle: 'montants socle compris (inclut_socle)',
    en_sus_du_socle: 'en plus du socle (en_sus_du_socle)',
    remplace_socle: "formule seule : elle ne s'ajoute pas au socle",
    position: (n: number, of: number) => `${n} sur ${of}`,
    formula: (name: string) => `formule « ${name} »`,
    rank: (n: number, of: number) => `Formule ${n} sur ${of}`,
    everyFormula: 'Ligne sans cellules : la même pour toutes les formules.',
    socleShare: (name: string, amount: string) => `Dont ${amount} au titre du socle « ${name} ».`,
  },
  en: {
    responsible: 'responsible',
    nonResponsible: 'non-responsible',
    unknownStatus: 'status not stated',
    socle: 'the base cover (first formula)',
    inclut_socle: 'amounts include the base cover (inclut_socle)',
    en_sus_du_socle: 'on top of the base cover (en_sus_du_socle)',
    remplace_socle: 'stands alone: not added to the base cover',
    position: (n: number, of: number) => `${n} of ${of}`,
    formula: (name: string) => `formula "${name}"`,
    rank: (n: number, of: number) => `Formula ${n} of ${of}`,
    everyFormula: 'No cells on this row: the same for every formula.',
    socleShare: (name: string, amount: string) => `Of which ${amount} from the base cover "${name}".`,
  },
} as const;

export function formulaWords(language: Language) {
  return WORDS[language];
}

/** « responsable », « non responsable », « statut non précisé ». */
export function statusText(formula: FormulaModel, language: Language = 'fr'): string {
  const w = WORDS[language];
  return formula.responsible === true ? w.responsible : formula.responsible === false ? w.nonResponsible : w.unknownStatus;
}

/** How the formula's figures relate to the socle, in words. */
export function stackingText(formula: FormulaModel, language: Language = 'fr'): string {
  const w = WORDS[language];
  return formula.option ? w[formula.option.mode] : w.socle;
}

/** « formule « Option 1 » (2 sur 4) » / « formula "Option 1" (2 of 4) ». */
export function formulaTitle(grid: GridModel, formula: FormulaModel, language: Language = 'fr'): string {
  const w = WORDS[language];
  return `${w.formula(formula.name)} (${w.position(formula.index + 1, grid.formulas.length)})`;
}

/** « non responsable ; montants socle compris (inclut_socle) ». */
export function formulaSummary(formula: FormulaModel, language: Language = 'fr'): string {
  return `${statusText(formula, language)}${language === 'en' ? ';' : ' ;'} ${stackingText(formula, language)}`;
}

/** The span a formula's cells are written in on a row's variant: from its first `|` (or first cell) to its end. */
export function cellsSpan(variant: Variant): Span | null {
  const cells = variant.cells;
  if (!cells || cells.length === 0) return null;
  return { start: cells[0]!.range.start, end: cells[cells.length - 1]!.range.end };
}

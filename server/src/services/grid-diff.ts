/**
 * What changed between two versions of a grid, for the people it pays: cell by cell (a cell is an
 * act with its conditions, a formula — or the socle and each `option` block — and a sector
 * column), the guarantee before and after and what it pays at a few representative prices, with
 * the same engine as the previews (`previewLine`); the findings added and resolved; the examples
 * whose amounts moved.
 *
 * Nothing is matched by position: rows by their act and conditions, columns by the formula's (or
 * option's) name, findings by rule code and the cell, line, example or formula they fall on,
 * examples by their name. A grid whose lines were moved or whose layout was reformatted has no
 * difference.
 *
 * Both versions are computed at the new version's date (its `effet`, else 1 January of its
 * millésime; a column with a carence on the first date its guarantee applies, as the previews do),
 * so a change of the Sécu's figures between two years does not show as a change of the grid.
 *
 * Protocol-free: the CLI (`grille diff`) and the language server (the grid preview's comparison)
 * render the same `GridDiff`.
 */
import Decimal from 'decimal.js';
import { addToDate, type Analysis, type Diagnostic, type LineModel, previewLine } from '../core';
import { type ColumnKey, type ColumnModel, formulaOf, type GridModel } from './formulas';
import { cellKey, type GridColumn, gridColumns, gridRows, oneLine, printedText, rowKeys, SECTOR_ORDER } from './grid-cells';

/** The representative prices a cell is compared at. */
export type PricePointKind = 'tarif' | 'typique' | 'double';

export interface DiffAmounts {
  secu: Decimal;
  mutuelle: Decimal;
  reste: Decimal;
}

export interface PricePoint {
  kind: PricePointKind;
  /** The unit price (quantity 1). */
  price: Decimal;
  /** What each version pays at that price; null when the engine cannot compute it (the version has no such formula, a parameter is missing). */
  before: DiffAmounts | null;
  after: DiffAmounts | null;
  /** What the Sécu and the mutuelle pay together, after less before (negative: a reduction); null unless both are computed. */
  difference: Decimal | null;
}

export interface CellChange {
  /** `changed`: in both versions; `added`, `removed`: the cell is written in one version only. */
  kind: 'changed' | 'added' | 'removed';
  /** The identities the cell was matched by (services/grid-cells.ts): its row's and its column's. */
  rowKey: string;
  columnKey: string;
  section: string;
  /** The act's label (the catalogue's), its id (null for an unknown act) and the line's conditions, if any. */
  act: string;
  actId: string | null;
  conditions: string;
  /** The formula's or option's name; '' for the only column of a grid without formulas or options. */
  column: string;
  sector: ColumnKey;
  /** The guarantee as printed in each version (the column for every sector when the sector is not written), null where absent. */
  before: string | null;
  after: string | null;
  /** 1-based source lines, null where absent. */
  lineBefore: number | null;
  lineAfter: number | null;
  points: PricePoint[];
  /** Some point pays less (more), Sécu and mutuelle together. */
  reduction: boolean;
  increase: boolean;
}

export interface FindingChange {
  code: string;
  severity: Diagnostic['severity'];
  message: string;
  messageEn?: string;
  /** 1-based line in the version it is in (the new one for an added finding, the old one for a resolved one). */
  line: number;
  /** What it falls on, as matched: `act|conditions|option` (with ` — formule`) of a row, `exemple « … »`, `formule « … »`, or ''. */
  anchor: string;
}

export interface ExampleChange {
  kind: 'changed' | 'added' | 'removed';
  name: string;
  /** The example's totals (every act's Sécu, mutuelle, reste added); null when it cannot be computed or is absent. */
  before: DiffAmounts | null;
  after: DiffAmounts | null;
  /** The acts whose amounts moved, in the order of the example. */
  events: { index: number; act: string; before: DiffAmounts | null; after: DiffAmounts | null }[];
}

export interface GridDiff {
  /** The date both versions are computed at (aaaa-mm-jj), or null when the new version has none. */
  date: string | null;
  old: { title: string | null; millesime: number | null; date: string | null };
  new: { title: string | null; millesime: number | null; date: string | null };
  columns: { added: string[]; removed: string[] };
  cells: CellChange[];
  findings: { added: FindingChange[]; resolved: FindingChange[] };
  examples: ExampleChange[];
}

export interface GridDiffOptions {
  /** Unit prices instead of the catalogue's typical ones, by act id or name (`grille.typicalPrices`). */
  typicalPrices?: Record<string, number | string>;
  /** The findings of each version, severities overridden (default: the analyses'). */
  oldDiagnostics?: Diagnostic[];
  newDiagnostics?: Diagnostic[];
}

/** Whether the two versions pay, report and exemplify the same. */
export function noDifference(diff: GridDiff): boolean {
  return (
    diff.cells.length === 0 &&
    diff.columns.added.length === 0 &&
    diff.columns.removed.length === 0 &&
    diff.findings.added.length === 0 &&
    diff.findings.resolved.length === 0 &&
    diff.examples.length === 0
  );
}

/** The words the columns are named with (the socle of a grid without formulas: '' in a diff, matched by key). */
const COLUMN_WORDS = { socle: 'Socle', guarantee: '', stacking: { option: '', inclut_socle: '', en_sus_du_socle: '', remplace_socle: '' } };

/** One side's cells: the row, its column and the line computed for it, by cell key. */
interface SideCell {
  row: LineModel;
  rowKey: string;
  column: GridColumn;
  columnIndex: number;
  rowIndex: number;
  line: LineModel;
  sector: ColumnKey;
  /** The column of the line that this sector reads (its own, else the one for every sector). */
  used: ColumnModel;
}

interface Side {
  analysis: Analysis;
  grid: GridModel;
  columns: GridColumn[];
  cells: Map<string, SideCell>;
  /** Per row and column, the sectors written. */
  rows: { row: LineModel; key: string }[];
}

/** The sector columns a line writes that the previews compute (an act without sectors: the one for all). */
function writtenSectors(line: LineModel): ColumnKey[] {
  const doctor = line.act?.doctor ?? true;
  return SECTOR_ORDER.filter((k) => line.columns[k] && (doctor || k === 'all' || k === 'dptam'));
}

function sideOf(analysis: Analysis): Side {
  const grid = analysis.model;
  const columns = gridColumns(grid, 'fr', COLUMN_WORDS);
  const rows = gridRows(grid);
  const keys = rowKeys(rows);
  const cells = new Map<string, SideCell>();
  rows.forEach((row, rowIndex) => {
    const rowKey = keys.get(row)!;
    columns.forEach((column, columnIndex) => {
      const line = column.lineFor(row);
      if (!line) return;
      for (const sector of writtenSectors(line))
        cells.set(cellKey(rowKey, column.key, sector), { row, rowKey, column, columnIndex, rowIndex, line, sector, used: line.columns[sector]! });
    });
  });
  return { analysis, grid, columns, cells, rows: rows.map((row) => ({ row, key: keys.get(row)! })) };
}

/** The cell of a side for a sector it may not write: its own, else its column for every sector. */
function resolve(side: Side, rowKey: string, column: string, sector: ColumnKey): SideCell | null {
  const own = side.cells.get(cellKey(rowKey, column, sector));
  if (own) return own;
  if (sector === 'all') return null;
  const all = side.cells.get(cellKey(rowKey, column, 'all'));
  return all ? { ...all, sector } : null;
}

const ZERO = new Decimal(0);

/** What a line pays for a sector at a price (the typical one when null), at `date` plus the column's carence. */
function amountsAt(
  grid: GridModel,
  line: LineModel,
  used: ColumnModel | null,
  sector: ColumnKey,
  price: Decimal | null,
  date: string,
  options: GridDiffOptions,
) {
  const carence = used?.limits.carence;
  const at = carence ? addToDate(date, carence.months, carence.days) : date;
  const previews = previewLine(grid, line, {
    date: at,
    columns: [sector],
    ...(price ? { unitPrice: price } : {}),
    ...(options.typicalPrices ? { typicalPrices: options.typicalPrices } : {}),
  });
  return previews[0]?.result ?? null;
}

const amountsOf = (r: { ok: boolean; amoNet: Decimal; amc: Decimal; reste: Decimal } | null): DiffAmounts | null =>
  r?.ok ? { secu: r.amoNet, mutuelle: r.amc, reste: r.reste } : null;

const sameAmounts = (a: DiffAmounts | null, b: DiffAmounts | null) =>
  a === null || b === null ? a === b : a.secu.eq(b.secu) && a.mutuelle.eq(b.mutuelle) && a.reste.eq(b.reste);

const paid = (a: DiffAmounts) => a.secu.plus(a.mutuelle);

/** Text compared without its spaces: a reformatted cell is the same cell. */
const sameText = (a: string | null, b: string | null) => (a === null || b === null ? a === b : a.replace(/\s+/g, '') === b.replace(/\s+/g, ''));

/**
 * The prices a cell is compared at, from the version that has it (the new one first): the BR, when
 * the act has one that is at least a fifth of the typical price and below it (a fee at the
 * convention's tariff; an optical BR of a few cents is no price anyone pays); the typical price
 * (the cell's own `prix typique`, else `grille.typicalPrices`, else the catalogue's); twice it.
 */
function pricePoints(typical: { price: Decimal; base: Decimal | null } | null): { kind: PricePointKind; price: Decimal }[] {
  if (!typical || typical.price.isZero()) return typical ? [{ kind: 'typique', price: typical.price }] : [];
  const out: { kind: PricePointKind; price: Decimal }[] = [];
  const base = typical.base;
  if (base && base.gt(0) && base.lt(typical.price) && base.mul(5).gte(typical.price)) out.push({ kind: 'tarif', price: base.toDecimalPlaces(2) });
  out.push({ kind: 'typique', price: typical.price }, { kind: 'double', price: typical.price.mul(2) });
  return out;
}

/**
 * The sectors two versions of a cell are compared on: every sector either writes; the column for
 * every sector too, unless one version split it into sectors (then each sector is compared with it).
 */
function sectorsOf(before: ColumnKey[], after: ColumnKey[]): ColumnKey[] {
  const specific = SECTOR_ORDER.filter((k) => k !== 'all' && (before.includes(k) || after.includes(k)));
  const splits = (x: ColumnKey[], y: ColumnKey[]) => x.includes('all') && !y.includes('all') && y.length > 0;
  const all = (before.includes('all') || after.includes('all')) && !splits(before, after) && !splits(after, before);
  return [...(all ? (['all'] as ColumnKey[]) : []), ...specific];
}

function sectionOf(row: LineModel): string {
  return row.section?.name ?? '';
}

/** The two versions compared. */
export function gridDiff(oldAnalysis: Analysis, newAnalysis: Analysis, options: GridDiffOptions = {}): GridDiff {
  const before = sideOf(oldAnalysis);
  const after = sideOf(newAnalysis);
  const date = newAnalysis.model.contract.effectiveDate ?? oldAnalysis.model.contract.effectiveDate;
  const beforeColumns = new Set(before.columns.map((c) => c.key));
  const afterColumns = new Set(after.columns.map((c) => c.key));
  const shared = (key: string) => beforeColumns.has(key) && afterColumns.has(key);

  // Every (row, column) either version has, in the new version's order, then the removed ones in the old's.
  const pairs = new Map<string, { rowKey: string; column: string; sectors: { before: ColumnKey[]; after: ColumnKey[] } }>();
  const collect = (side: Side, which: 'before' | 'after') => {
    for (const cell of side.cells.values()) {
      const id = `${cell.rowKey}\u0000${cell.column.key}`;
      let pair = pairs.get(id);
      if (!pair) pairs.set(id, (pair = { rowKey: cell.rowKey, column: cell.column.key, sectors: { before: [], after: [] } }));
      pair.sectors[which].push(cell.sector);
    }
  };
  collect(after, 'after');
  collect(before, 'before');

  const cells: CellChange[] = [];
  const order = new Map<CellChange, number[]>();
  for (const pair of pairs.values()) {
    for (const sector of sectorsOf(pair.sectors.before, pair.sectors.after)) {
      const b = resolve(before, pair.rowKey, pair.column, sector);
      const a = resolve(after, pair.rowKey, pair.column, sector);
      const present = (a ?? b)!;
      const textBefore = b ? printedText(oldAnalysis, b.used) : null;
      const textAfter = a ? printedText(newAnalysis, a.used) : null;
      const points: PricePoint[] = [];
      if (date && present.line.act) {
        const typical = amountsAt((a ? after : before).grid, present.line, present.used, sector, null, date, options);
        // The version without the cell is computed too, when it has the formula: what it pays for the act without this line.
        const lineBefore = b?.line ?? (shared(pair.column) ? present.line : null);
        const lineAfter = a?.line ?? (shared(pair.column) ? present.line : null);
        for (const point of pricePoints(typical ? { price: typical.price, base: typical.base } : null)) {
          const x = lineBefore ? amountsOf(amountsAt(before.grid, lineBefore, b?.used ?? null, sector, point.price, date, options)) : null;
          const y = lineAfter ? amountsOf(amountsAt(after.grid, lineAfter, a?.used ?? null, sector, point.price, date, options)) : null;
          points.push({ ...point, before: x, after: y, difference: x && y ? paid(y).minus(paid(x)) : null });
        }
      }
      const moved = points.some((p) => !sameAmounts(p.before, p.after));
      if (a && b && sameText(textBefore, textAfter) && !moved) continue;
      const act = present.row.act;
      const change: CellChange = {
        kind: a && b ? 'changed' : a ? 'added' : 'removed',
        rowKey: pair.rowKey,
        columnKey: pair.column,
        section: sectionOf(present.row),
        act: act ? act.label : oneLine(present.row.node.act.text),
        actId: act?.id ?? null,
        conditions: present.row.conditions?.label ?? '',
        column: present.column.key === '' ? '' : present.column.name,
        sector,
        before: textBefore,
        after: textAfter,
        lineBefore: b ? oldAnalysis.lineIndex.positionAt(b.used.range.start).line + 1 : null,
        lineAfter: a ? newAnalysis.lineIndex.positionAt(a.used.range.start).line + 1 : null,
        points,
        reduction: points.some((p) => p.difference?.isNegative() && !p.difference.isZero()),
        increase: points.some((p) => p.difference?.gt(0)),
      };
      cells.push(change);
      order.set(change, [a ? 0 : 1, a ? a.rowIndex : b!.rowIndex, present.columnIndex, SECTOR_ORDER.indexOf(sector)]);
    }
  }
  // Sections in the new version's order (a removed row's section where the old one had it, after).
  const sectionRank = new Map<string, number>();
  for (const side of [after, before]) for (const { row } of side.rows) if (!sectionRank.has(sectionOf(row))) sectionRank.set(sectionOf(row), sectionRank.size);
  cells.sort((x, y) => {
    const d = sectionRank.get(x.section)! - sectionRank.get(y.section)!;
    if (d !== 0) return d;
    const ox = order.get(x)!;
    const oy = order.get(y)!;
    for (let i = 0; i < ox.length; i++) if (ox[i] !== oy[i]) return ox[i]! - oy[i]!;
    return 0;
  });

  const name = (side: Side, key: string) => side.columns.find((c) => c.key === key)?.name ?? key;
  const contractOf = (a: Analysis) => ({ title: a.model.contract.name, millesime: a.model.contract.millesime, date: a.model.contract.effectiveDate });
  return {
    date,
    old: contractOf(oldAnalysis),
    new: contractOf(newAnalysis),
    columns: {
      added: [...afterColumns].filter((k) => !beforeColumns.has(k)).map((k) => name(after, k)),
      removed: [...beforeColumns].filter((k) => !afterColumns.has(k)).map((k) => name(before, k)),
    },
    cells,
    findings: findingChanges(before, options.oldDiagnostics ?? oldAnalysis.diagnostics, after, options.newDiagnostics ?? newAnalysis.diagnostics),
    examples: exampleChanges(oldAnalysis, newAnalysis),
  };
}

/** What a finding falls on, the same in both versions wherever the line is written. */
function anchorOf(side: Side, finding: Diagnostic): string {
  const offset = finding.range.start;
  const grid = side.grid;
  for (const { row, key } of side.rows) {
    if (offset < row.node.range.start || offset > row.node.range.end) continue;
    // The formula (or option block) whose cell the finding is in.
    for (const line of [row, ...(row.formulaLines ?? [])])
      for (const column of Object.values(line.columns))
        if (column.variant.cells && offset >= column.range.start && offset <= column.range.end) {
          const formula = formulaOf(grid, line);
          return `${key} — ${formula?.name ?? ''}`;
        }
    return key;
  }
  for (const option of grid.options)
    for (const line of option.lines) if (offset >= line.node.range.start && offset <= line.node.range.end) return `option:${option.name}|${line.act?.id ?? ''}`;
  for (const example of grid.examples) if (offset >= example.node.range.start && offset <= example.node.range.end) return `exemple « ${example.name} »`;
  for (const formula of grid.formulas) if (offset >= formula.node.range.start && offset <= formula.node.range.end) return `formule « ${formula.name} »`;
  return '';
}

function findingChanges(before: Side, oldFindings: Diagnostic[], after: Side, newFindings: Diagnostic[]): GridDiff['findings'] {
  const shown = (d: Diagnostic) => d.severity !== 'hint';
  const entries = (side: Side, findings: Diagnostic[]) =>
    findings.filter(shown).map((d): FindingChange => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      ...(d.messageEn ? { messageEn: d.messageEn } : {}),
      line: side.analysis.lineIndex.positionAt(d.range.start).line + 1,
      anchor: anchorOf(side, d),
    }));
  const olds = entries(before, oldFindings);
  const news = entries(after, newFindings);
  // Matched as multisets of (code, anchor): the n-th of a kind in one version with the n-th in the other.
  const unmatched = (from: FindingChange[], against: FindingChange[]) => {
    const counts = new Map<string, number>();
    for (const f of against) counts.set(`${f.code}\u0000${f.anchor}`, (counts.get(`${f.code}\u0000${f.anchor}`) ?? 0) + 1);
    return from.filter((f) => {
      const key = `${f.code}\u0000${f.anchor}`;
      const n = counts.get(key) ?? 0;
      if (n > 0) {
        counts.set(key, n - 1);
        return false;
      }
      return true;
    });
  };
  return { added: unmatched(news, olds), resolved: unmatched(olds, news) };
}

type Outcome = Analysis['examples'][number];

function totalsOf(events: Outcome['events']): DiffAmounts | null {
  if (events.some((e) => !e.total)) return null;
  return events.reduce<DiffAmounts>(
    (sum, e) => ({ secu: sum.secu.plus(e.total!.secu), mutuelle: sum.mutuelle.plus(e.total!.mutuelle), reste: sum.reste.plus(e.total!.reste) }),
    { secu: ZERO, mutuelle: ZERO, reste: ZERO },
  );
}

const eventAmounts = (e: Outcome['events'][number] | undefined): DiffAmounts | null =>
  e?.total ? { secu: e.total.secu, mutuelle: e.total.mutuelle, reste: e.total.reste } : null;

const eventAct = (e: Outcome['events'][number]) => e.event.care?.act.label ?? oneLine(e.event.node.act.text);

/** The examples, matched by name: those whose amounts moved, and those added or removed. */
function exampleChanges(oldAnalysis: Analysis, newAnalysis: Analysis): ExampleChange[] {
  const byName = (a: Analysis) => {
    const map = new Map<string, Outcome>();
    for (const o of a.examples) if (!map.has(o.example.name)) map.set(o.example.name, o);
    return map;
  };
  const olds = byName(oldAnalysis);
  const news = byName(newAnalysis);
  const out: ExampleChange[] = [];
  for (const [name, o] of news) {
    const old = olds.get(name);
    if (!old) {
      out.push({ kind: 'added', name, before: null, after: totalsOf(o.events), events: [] });
      continue;
    }
    const events: ExampleChange['events'] = [];
    const n = Math.max(o.events.length, old.events.length);
    for (let i = 0; i < n; i++) {
      const x = eventAmounts(old.events[i]);
      const y = eventAmounts(o.events[i]);
      if (!sameAmounts(x, y) || !old.events[i] || !o.events[i])
        events.push({ index: i + 1, act: eventAct((o.events[i] ?? old.events[i])!), before: x, after: y });
    }
    if (events.length > 0) out.push({ kind: 'changed', name, before: totalsOf(old.events), after: totalsOf(o.events), events });
  }
  for (const [name, o] of olds) if (!news.has(name)) out.push({ kind: 'removed', name, before: totalsOf(o.events), after: null, events: [] });
  return out;
}

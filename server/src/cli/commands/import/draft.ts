/**
 * From a table to a `.grille` draft: where the act labels and the formulas are (said by the
 * options, or found), what each row is (a section, an act of the catalogue or one outside it, a
 * sector row of the act above, a note, a comment), each cell written as printed — the language
 * reads printed notations — then the draft analysed: a cell the language cannot read keeps its
 * text in its place, with the language's finding there, and a comment above the row says what to
 * review. Nothing of the table is dropped: a row that is no guarantee is a comment, a column that
 * is neither the acts' nor a formula's is a comment under its row.
 *
 * The codes of what to review are the import's own (IMP001…), not rules of the language: the
 * draft's findings stay the language's (`grille check`).
 */
import { analyze, ruleInfo, unocamRank, type Analysis, type Diagnostic } from '../../../core';
import { formatGrid } from '../../../services/formatting';
import { InputError } from '../../inputs';
import { madeUpActName, plainWords, readLabel, splitMarks, type LabelReading, type Sector } from './labels';
import { cellRef, columnIndex, columnLetters, type SourceTable, type TableCell } from './table';

export type ImportCode = 'IMP001' | 'IMP002' | 'IMP003' | 'IMP004' | 'IMP005';

/** What each import code says, for the docs and the summary. */
export const IMPORT_CODES: Record<ImportCode, string> = {
  IMP001: "libellé absent du catalogue : ligne hors nomenclature (la Sécu n'en paie rien), à vérifier",
  IMP002: 'libellé rapproché d’un acte du catalogue par « vouliez-vous dire », à vérifier',
  IMP003: 'cellule que la langue ne lit pas : son texte est gardé, avec le constat de la langue à sa place',
  IMP004: 'cellule vide entre des cellules remplies : écrite « - » (non couvert), à vérifier',
  IMP005: "ligne ou colonne qui n'est pas une garantie : gardée en commentaire",
};

export type Stacking = 'inclut_socle' | 'en_sus_du_socle' | 'seule';

export interface ImportOptions {
  headerRow?: string;
  actsColumn?: string;
  formulaColumns?: string;
  contract?: string;
  millesime?: string;
  stacking?: Stacking;
}

export interface Layout {
  /** 0-based; null: no header row. */
  headerRow: number | null;
  actsColumn: number;
  formulas: { column: number; name: string }[];
  /** A column left of the acts' that names the sections (« Poste »), merged or repeated down. */
  sectionColumn: number | null;
  /** Other columns with content: kept as comments under their row. */
  otherColumns: number[];
}

export interface ReviewItem {
  code: ImportCode;
  /** 1-based line and column in the draft. */
  line: number;
  column: number;
  /** The place in the table (`B7`). */
  ref: string;
  message: string;
}

export interface ImportResult {
  draft: string;
  layout: Layout;
  review: ReviewItem[];
  counts: {
    rows: number;
    acts: number;
    synonyms: number;
    suggestions: number;
    unknown: number;
    sections: number;
    notes: number;
    comments: number;
    blank: number;
    cells: number;
    cellsRead: number;
    cellsToReview: number;
  };
  /** The draft's own findings by severity once every cell to review is set apart (`grille check` tells them). */
  findings: { errors: number; warnings: number };
}

// ── Reading a table's layout ────────────────────────────────────────────────────────────────

/** Whether a cell's text looks like a printed coverage (a rate, an amount, a word of the notations). */
export function isNotation(text: string): boolean {
  if (/%|€|^[-–—]$/.test(text.trim())) return true;
  return /\b(euros?|eur|br|brss|tm|fr|frais reels|pmss|ro|rss|mr|plv|hlf|neant|non pris en charge|non couvert|non rembourse|inclus|forfait|ticket moderateur|100 sante|\d+ ?(par|\/) ?(an|jour|nuit|seance))\b/.test(
    plainWords(text),
  );
}

/** The distinct cells of a row (a merged range counts once), with their column. */
function distinctCells(row: TableCell[]): { column: number; cell: TableCell }[] {
  const seen = new Set<object>();
  const out: { column: number; cell: TableCell }[] = [];
  row.forEach((cell, column) => {
    if (!cell.text) return;
    if (cell.merge) {
      if (seen.has(cell.merge)) return;
      seen.add(cell.merge);
    }
    out.push({ column, cell });
  });
  return out;
}

/** One column by letters, rank or header text. */
function columnByName(name: string, header: TableCell[] | null, what: string): number {
  const index = columnIndex(name);
  if (index !== null) return index;
  const wanted = plainWords(name);
  const found = header?.findIndex((c) => plainWords(c.text) === wanted) ?? -1;
  if (found >= 0) return found;
  throw new InputError(
    `${what} « ${name} » : une lettre de colonne (B), un rang (2) ou le texte d'un en-tête est attendu${
      header
        ? ` ; les en-têtes : ${header
            .filter((c) => c.text)
            .map((c) => `« ${c.text} »`)
            .join(', ')}`
        : ''
    }.`,
  );
}

/** `B-E`, `B,C,E`, `Socle,Option 1`. */
function columnList(spec: string, header: TableCell[] | null): number[] {
  const columns: number[] = [];
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const range = /^([A-Za-z]{1,3}|\d+)\s*[-:]\s*([A-Za-z]{1,3}|\d+)$/.exec(part);
    if (range) {
      const from = columnIndex(range[1]!)!;
      const to = columnIndex(range[2]!)!;
      if (to < from) throw new InputError(`--formula-columns « ${part} » : la plage va à rebours.`);
      for (let c = from; c <= to; c++) columns.push(c);
    } else columns.push(columnByName(part, header, '--formula-columns'));
  }
  if (columns.length === 0) throw new InputError('--formula-columns : au moins une colonne est attendue.');
  return columns;
}

export function detectLayout(table: SourceTable, options: ImportOptions): Layout {
  const rows = table.rows;
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0) throw new InputError('le tableau est vide.');
  const notationRow = (r: number) => distinctCells(rows[r]!).some(({ cell }) => isNotation(cell.text));
  let headerRow: number | null;
  if (options.headerRow !== undefined) {
    if (!/^\d+$/.test(options.headerRow))
      throw new InputError(`--header-row « ${options.headerRow} » : un numéro de ligne (1 pour la première, 0 pour aucune) est attendu.`);
    const n = Number(options.headerRow);
    if (n > rows.length) throw new InputError(`--header-row ${n} : le tableau a ${rows.length} lignes.`);
    headerRow = n === 0 ? null : n - 1;
  } else {
    // The last row of two texts or more that are no notations, before the first row of notations.
    const firstData = rows.findIndex((_, r) => notationRow(r));
    headerRow = null;
    for (let r = 0; r < (firstData < 0 ? Math.min(rows.length, 20) : firstData); r++) {
      const texts = distinctCells(rows[r]!).filter(({ cell }) => !isNotation(cell.text));
      if (texts.length >= 2) headerRow = r;
    }
  }
  const header = headerRow === null ? null : rows[headerRow]!;
  const dataRows = rows.slice(headerRow === null ? 0 : headerRow + 1);
  const filled = (column: number, test: (text: string) => boolean) => dataRows.filter((row) => row[column]?.text && test(row[column].text)).length;

  let actsColumn: number;
  if (options.actsColumn !== undefined) actsColumn = columnByName(options.actsColumn, header, '--acts-column');
  else {
    actsColumn = 0;
    let best = -1;
    // The column of the most different labels (a « Poste » column repeats a few).
    for (let c = 0; c < width; c++) {
      const labels = new Set(dataRows.map((row) => row[c]!.text).filter((t) => t && !isNotation(t) && !/^\d/.test(t))).size;
      if (labels > best) [best, actsColumn] = [labels, c];
    }
  }
  if (actsColumn >= width) throw new InputError(`--acts-column : le tableau a ${width} colonnes (A à ${columnLetters(width - 1)}).`);

  let formulaColumns: number[];
  if (options.formulaColumns !== undefined) formulaColumns = columnList(options.formulaColumns, header);
  else {
    formulaColumns = [];
    for (let c = actsColumn + 1; c < width; c++)
      if (filled(c, isNotation) > 0 && (header === null || header[c]!.text || formulaColumns.length > 0)) formulaColumns.push(c);
  }
  for (const c of formulaColumns) {
    if (c >= width) throw new InputError(`--formula-columns : la colonne ${columnLetters(c)} est hors du tableau (A à ${columnLetters(width - 1)}).`);
    if (c === actsColumn) throw new InputError(`la colonne ${columnLetters(c)} ne peut être à la fois celle des actes et celle d'une formule.`);
  }
  if (formulaColumns.length === 0)
    throw new InputError('aucune colonne de garanties trouvée (des cellules comme « 100 % BR », « 40 € ») : dites-la avec --formula-columns.');

  const names = new Set<string>();
  const formulas = formulaColumns.map((column, i) => {
    let name = (header?.[column]?.text ?? '').replace(/"/g, "'");
    if (!name || names.has(name)) name = formulaColumns.length === 1 && !name ? 'Garantie' : `${name || 'Formule'} ${i + 1}`.trim();
    names.add(name);
    return { column, name };
  });
  // A column left of the acts' whose few values repeat down: the sections (« Poste »).
  let sectionColumn: number | null = null;
  for (let c = 0; c < actsColumn; c++) {
    const values = dataRows.map((row) => row[c]!.text).filter(Boolean);
    if (values.length > 0 && new Set(values).size * 2 <= values.length) sectionColumn = c;
  }
  const used = new Set([actsColumn, ...formulaColumns, ...(sectionColumn === null ? [] : [sectionColumn])]);
  const otherColumns: number[] = [];
  for (let c = 0; c < width; c++) if (!used.has(c) && filled(c, () => true) > 0) otherColumns.push(c);
  return { headerRow, actsColumn, formulas, sectionColumn, otherColumns };
}

// ── The draft's items ───────────────────────────────────────────────────────────────────────

interface DraftCell {
  /** As written in the draft. */
  text: string;
  /** As in the table. */
  original: string;
  ref: string;
  formula: string;
  empty: boolean;
  /** The language's finding that says it is not read, set by the first analysis. */
  problem?: Diagnostic;
}

interface SectorRow {
  sector: Sector | null;
  cells: DraftCell[];
  ref: string;
}

interface Guarantee {
  kind: 'guarantee';
  reading: LabelReading;
  ref: string;
  rows: SectorRow[];
  /** Words of the other columns, kept as comments under the line. */
  extras: string[];
  /** Conditions the language did not read (GR009), moved into the label by the second pass. */
  conditionsAsLabel?: boolean;
}

type Item =
  | Guarantee
  | { kind: 'section'; name: string; marks: string[]; ref: string }
  | { kind: 'note'; mark: string; text: string; ref: string }
  | { kind: 'comment'; text: string; ref: string; code?: ImportCode }
  | { kind: 'blank' };

/** What a cell writes in the draft: one line, no `|` (the cells' separator), no `#` (a comment), no unbalanced `"`. */
function cellText(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/[|¦│]/g, '/')
    .replace(/#/g, 'n°')
    .replace(/"/g, "'")
    .trim();
}

/** A comment's text on one line. */
const oneLine = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A section's name as a section line writes it: « HOSPITALISATION » → « Hospitalisation ». */
function sectionName(text: string): string {
  const name = text.replace(/"/g, "'").trim();
  if (name === name.toUpperCase() && /\p{Lu}/u.test(name)) return name.charAt(0) + name.slice(1).toLowerCase();
  return name;
}

function buildItems(table: SourceTable, layout: Layout): { items: Item[]; titles: string[] } {
  const rows = table.rows;
  const items: Item[] = [];
  const titles: string[] = [];
  const start = layout.headerRow === null ? 0 : layout.headerRow + 1;
  const headerOf = (c: number) => (layout.headerRow === null ? columnLetters(c) : rows[layout.headerRow]![c]!.text || columnLetters(c));
  // Rows above the header: the table's title and what the page says before it.
  for (let r = 0; r < start; r++) {
    const texts = distinctCells(rows[r]!).map(({ cell }) => oneLine(cell.text));
    if (r === layout.headerRow) {
      const others = layout.otherColumns.filter((c) => rows[r]![c]!.text).map((c) => `${columnLetters(c)} « ${oneLine(rows[r]![c]!.text)} »`);
      if (others.length > 0)
        items.push({ kind: 'comment', text: `Colonnes gardées en commentaire : ${others.join(', ')}`, ref: cellRef(r, 0), code: 'IMP005' });
      continue;
    }
    if (texts.length > 0) titles.push(texts.join(' — '));
  }
  let current: Guarantee | null = null;
  let section: string | null = null;
  let blank = false;
  const nextLabel = (r: number) => {
    for (let n = r + 1; n < rows.length; n++) {
      const text = rows[n]![layout.actsColumn]!.text;
      if (distinctCells(rows[n]!).length > 0) return text;
    }
    return '';
  };
  for (let r = start; r < rows.length; r++) {
    const row = rows[r]!;
    const labelCell = row[layout.actsColumn]!;
    const distinct = distinctCells(row);
    if (distinct.length === 0) {
      if (!blank) items.push({ kind: 'blank' });
      blank = true;
      current = null;
      continue;
    }
    blank = false;
    if (layout.sectionColumn !== null) {
      const name = row[layout.sectionColumn]!.text;
      if (name && name !== section) {
        section = name;
        const { text, marks } = splitMarks(name);
        items.push({ kind: 'section', name: sectionName(text), marks, ref: row[layout.sectionColumn]!.ref });
        current = null;
      }
    }
    // A formula cell merged with the label (a section row merged across the table) holds no guarantee.
    const formulaCells = layout.formulas.map(({ column, name }) => {
      const cell = row[column]!;
      const empty = !cell.text || (cell.merge !== undefined && cell.merge === labelCell.merge);
      return { cell, name, empty };
    });
    const extras = layout.otherColumns
      .filter((c) => row[c]!.text && !(row[c]!.merge && row[c]!.merge === labelCell.merge))
      .map((c) => `${headerOf(c)} (${row[c]!.ref}) : ${oneLine(row[c]!.text)}`);
    const label = labelCell.text;
    const anyCell = formulaCells.some((c) => !c.empty);
    if (!label) {
      // Cells without a label: kept, to review.
      const texts = distinct.map(({ cell }) => `${cell.ref} « ${oneLine(cell.text)} »`);
      items.push({ kind: 'comment', text: `Ligne ${r + 1} sans libellé d'acte : ${texts.join(' ; ')}`, ref: cellRef(r, layout.actsColumn), code: 'IMP005' });
      current = null;
      continue;
    }
    const reading = readLabel(label);
    const cells = (): DraftCell[] =>
      formulaCells.map(({ cell, name, empty }) => ({
        text: empty ? '-' : cellText(cell.text),
        original: cell.text,
        ref: cell.ref,
        formula: name,
        empty: empty && anyCell,
      }));
    if (!anyCell) {
      const head = reading.act && !reading.sectorOnly && readLabel(nextLabel(r)).sectorOnly;
      if (head) {
        current = { kind: 'guarantee', reading, ref: labelCell.ref, rows: [], extras };
        items.push(current);
        continue;
      }
      current = null;
      const { text, marks } = splitMarks(label);
      const note = /^\s*(\((\d{1,2}|\*+)\)|\*+|[¹²³⁴⁵⁶⁷⁸⁹]|\d{1,2}[).])\s*(.*)$/.exec(oneLine(label));
      if (note) {
        const raw = note[1]!.replace(/[).]$/, '').replace(/^\(/, '');
        const mark = /^\*+$/.test(raw) ? raw : `(${splitMarks(`x${note[1]!}`).marks[0]?.replace(/[()]/g, '') ?? raw})`;
        items.push({ kind: 'note', mark, text: oneLine(note[3]!).replace(/"/g, "'"), ref: labelCell.ref });
      } else if (unocamRank(text) !== -1 || (text.split(' ').length <= 6 && text.length <= 60 && !/[.;:]$/.test(text))) {
        items.push({ kind: 'section', name: sectionName(text), marks, ref: labelCell.ref });
      } else items.push({ kind: 'comment', text: oneLine(label), ref: labelCell.ref });
      for (const extra of extras) items.push({ kind: 'comment', text: extra, ref: labelCell.ref, code: 'IMP005' });
      continue;
    }
    if (reading.sectorOnly) {
      if (current) {
        current.rows.push({ sector: reading.sector, cells: cells(), ref: labelCell.ref });
        current.extras.push(...extras);
        continue;
      }
      // A sector row under no act: a guarantee of its own, whose act is to review.
    }
    const sameAct =
      current !== null &&
      reading.sector !== null &&
      current.reading.act !== null &&
      current.reading.act === reading.act &&
      current.reading.groups.join() === reading.groups.join() &&
      current.rows.every((row) => row.sector !== null);
    if (sameAct && current) {
      current.rows.push({ sector: reading.sector, cells: cells(), ref: labelCell.ref });
      current.extras.push(...extras);
      continue;
    }
    current = { kind: 'guarantee', reading, ref: labelCell.ref, rows: [{ sector: reading.sector, cells: cells(), ref: labelCell.ref }], extras };
    items.push(current);
  }
  return { items, titles };
}

// ── Writing ─────────────────────────────────────────────────────────────────────────────────

interface Written {
  text: string;
  /** Each cell's span in `text`. */
  cells: Map<DraftCell, { start: number; end: number }>;
  /** Each guarantee's head span (the act, its label and conditions). */
  heads: Map<Guarantee, { start: number; end: number }>;
  /** Review items with their 0-based line (the column is found once formatted). */
  review: (Omit<ReviewItem, 'line' | 'column'> & { line: number; cell?: DraftCell })[];
}

interface Header {
  contract: string;
  millesime: string;
  source: string;
  formulas: { name: string; stacking: Stacking }[];
  titles: string[];
  stackingGuessed: boolean;
}

function writeDraft(items: Item[], header: Header, withReview: boolean): Written {
  const lines: string[] = [];
  let offset = 0;
  const cells = new Map<DraftCell, { start: number; end: number }>();
  const heads = new Map<Guarantee, { start: number; end: number }>();
  const review: Written['review'] = [];
  const push = (line: string) => {
    lines.push(line);
    offset += line.length + 1;
  };
  // Review items of the guarantee being written, pointed at its line once it is written.
  let pending: Written['review'] = [];
  const comment = (indent: string, code: ImportCode | undefined, ref: string, message: string, cell?: DraftCell) => {
    if (code) {
      const item = { code, line: lines.length, ref, message, ...(cell ? { cell } : {}) };
      review.push(item);
      pending.push(item);
    }
    push(`${indent}# ${code ? `à revoir ${code} (${ref}) : ` : ''}${message}`);
  };
  push(`# Brouillon écrit par « grille import » depuis ${header.source} : à relire avant usage.`);
  for (const title of header.titles) push(`# ${title}`);
  push(
    `# À vérifier : le statut responsable, le millésime et la base des « % BR » (Sécu incluse) sont supposés${header.formulas.length > 1 && header.stackingGuessed ? ", ainsi que l'empilement des formules" : ''}.`,
  );
  push(`contrat "${header.contract.replace(/"/g, "'")}" millesime ${header.millesime} responsable base ro_inclus`);
  const several = header.formulas.length > 1;
  if (several) {
    push('');
    header.formulas.forEach((f, i) => push(`formule "${f.name}"${i > 0 && f.stacking !== 'seule' ? ` ${f.stacking}` : ''}`));
  }
  let inSection = false;
  for (const item of items) {
    switch (item.kind) {
      case 'blank':
        if (lines[lines.length - 1] !== '') push('');
        break;
      case 'section':
        if (lines[lines.length - 1] !== '') push('');
        push(`poste "${item.name}"${item.marks.length ? ` ${item.marks.join(' ')}` : ''}`);
        inSection = true;
        break;
      case 'note':
        push(`note ${item.mark} "${item.text}"`);
        break;
      case 'comment':
        comment(inSection ? '  ' : '', item.code, item.ref, item.text);
        break;
      case 'guarantee': {
        pending = [];
        if (!inSection) {
          push('poste "Garanties"');
          inSection = true;
        }
        const reading = item.reading;
        if (withReview) {
          if (reading.match === 'unknown') {
            const closest = reading.closest.length > 0 ? ` ; les plus proches : ${reading.closest.map((n) => `« ${n} »`).join(', ')}` : '';
            comment('  ', 'IMP001', item.ref, `« ${oneLine(reading.printed)} » n'est pas un acte du catalogue : ligne hors nomenclature${closest}.`);
          } else if (reading.match === 'suggestion')
            comment('  ', 'IMP002', item.ref, `« ${oneLine(reading.printed)} » lu comme l'acte « ${reading.act!.names[0]} » (vouliez-vous dire) : vérifiez.`);
          for (const row of item.rows) {
            for (const cell of row.cells) {
              if (cell.problem)
                comment(
                  '  ',
                  'IMP003',
                  cell.ref,
                  `« ${cell.formula} » : « ${oneLine(cell.original)} » ne se lit pas (${cell.problem.code} ${oneLine(cell.problem.message).replace(/\.$/, '')}).`,
                  cell,
                );
              else if (cell.empty) comment('  ', 'IMP004', cell.ref, `« ${cell.formula} » : cellule vide, écrite « - » (non couvert).`, cell);
            }
          }
        }
        const act = reading.act ? reading.act.names[0]! : `${madeUpActName(reading, 'acte importe')} hors_nomenclature`;
        const showLabel = reading.match !== 'exact' || item.conditionsAsLabel === true;
        const labelText = item.conditionsAsLabel ? reading.printed : splitMarks(reading.printed).text;
        const label = showLabel && labelText ? ` "${labelText.replace(/"/g, "'")}"` : '';
        const conditions = !item.conditionsAsLabel && reading.groups.length > 0 ? ` (${reading.groups.join(', ')})` : '';
        const marks = reading.marks.length > 0 && !(showLabel && item.conditionsAsLabel) ? ` ${reading.marks.join(' ')}` : '';
        const head = `  ${act}${label}${conditions}${marks}`;
        for (const item of pending) item.line = lines.length;
        pending = [];
        const writeCells = (prefix: string, row: SectorRow) => {
          let line = prefix;
          const first = row.cells[0];
          const same = first !== undefined && row.cells.every((c) => c.text === first.text && !c.empty && !c.problem);
          if (!several || same) {
            // One formula, or the same guarantee in every column (a merged cell): a row without cells.
            line += '   ';
            const start = offset + line.length;
            line += first!.text;
            for (const c of row.cells) cells.set(c, { start, end: start + first!.text.length });
          } else {
            for (const c of row.cells) {
              line += ' | ';
              const start = offset + line.length;
              line += c.text;
              cells.set(c, { start, end: start + c.text.length });
            }
          }
          push(line);
        };
        const single = item.rows.length === 1 ? item.rows[0]! : null;
        if (single && single.sector === null) {
          heads.set(item, { start: offset + 2, end: offset + head.length });
          writeCells(head, single);
        } else if (single) {
          heads.set(item, { start: offset + 2, end: offset + head.length });
          writeCells(`${head} ${single.sector}`, single);
        } else {
          heads.set(item, { start: offset + 2, end: offset + head.length });
          push(head);
          for (const row of item.rows) writeCells(`    ${row.sector ?? 'dptam'}`, row);
        }
        for (const extra of item.extras) comment('  ', 'IMP005', item.ref, extra);
        break;
      }
    }
  }
  return { text: lines.join('\n') + '\n', cells, heads, review };
}

// ── Checking the draft ──────────────────────────────────────────────────────────────────────

/** A finding that says the language did not read what it covers (it is not computed with). */
function notRead(d: Diagnostic): boolean {
  if (d.severity !== 'error') return false;
  const rule = ruleInfo(d.code);
  return rule?.category === 'syntaxe' || d.code === 'GR111';
}

const within = (d: Diagnostic, span: { start: number; end: number }) => d.range.start >= span.start && d.range.start <= span.end;

/** The draft with the formatter's layout (only spaces change: the lines stay where they are). */
function formatted(text: string): { text: string; analysis: Analysis } {
  const first = analyze(text);
  const edits = [...formatGrid(first)].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return { text: out, analysis: analyze(out) };
}

function firstYear(texts: string[]): string | null {
  for (const t of texts) {
    const m = /\b(19[5-9]\d|20\d\d)\b/.exec(t);
    if (m) return m[1]!;
  }
  return null;
}

function guessedStacking(names: string[]): Stacking {
  const [first, ...others] = names.map(plainWords);
  const socle = /\b(socle|base|essentiel)\b/.test(first ?? '');
  return socle && others.some((n) => /\b(option|renfort|sur ?complementaire|surco|module|extension)\b/.test(n)) ? 'inclut_socle' : 'seule';
}

export function importTable(table: SourceTable, source: string, baseName: string, options: ImportOptions): ImportResult {
  const layout = detectLayout(table, options);
  const { items, titles } = buildItems(table, layout);
  if (options.millesime !== undefined && !/^(19|20)\d\d$/.test(options.millesime))
    throw new InputError(`--millesime « ${options.millesime} » : une année (2026) est attendue.`);
  const tableName = table.name && !/^(feuil|sheet|tableau|table)\s*\d*$/i.test(table.name) ? table.name : null;
  const contract = options.contract ?? tableName ?? titles[0] ?? baseName;
  const millesime = options.millesime ?? firstYear([contract, ...titles, baseName, table.name ?? '']) ?? String(new Date().getFullYear());
  const names = layout.formulas.map((f) => f.name);
  const stacking = options.stacking ?? guessedStacking(names);
  const header: Header = {
    contract,
    millesime,
    source,
    formulas: names.map((name) => ({ name, stacking })),
    titles: titles.filter((t) => t !== contract),
    stackingGuessed: options.stacking === undefined,
  };

  // First analysis: which cells the language reads, which conditions it does not.
  const draft = writeDraft(items, header, false);
  const first = analyze(draft.text);
  const guarantees = items.filter((i): i is Guarantee => i.kind === 'guarantee');
  for (const [cell, span] of draft.cells) cell.problem = first.diagnostics.find((d) => notRead(d) && within(d, span));
  for (const g of guarantees) {
    const span = draft.heads.get(g);
    if (span && g.reading.groups.length > 0 && first.diagnostics.some((d) => d.code === 'GR009' && within(d, span))) g.conditionsAsLabel = true;
  }
  // Second writing, with what to review above each row, laid out by the formatter.
  const final = writeDraft(items, header, true);
  const { text, analysis } = formatted(final.text);
  // A cell's place once formatted: the formatter changes only spaces, so the line is the same and
  // the cell is the same-numbered cell of its row; a cell not read is where its finding is.
  const lineOfOffset = (offset: number) => final.text.slice(0, offset).split('\n').length - 1;
  const cellsByLine = new Map<number, DraftCell[]>();
  for (const [cell, span] of final.cells) {
    const line = lineOfOffset(span.start);
    cellsByLine.set(line, [...(cellsByLine.get(line) ?? []), cell]);
  }
  const columnOf = (cell: DraftCell, line: number): number => {
    const row = cellsByLine.get(line) ?? [];
    const lineStart = analysis.lineIndex.lineStart(line);
    const source = analysis.text.slice(lineStart, analysis.lineIndex.lineEnd(line));
    const found = analysis.diagnostics.filter((d) => notRead(d) && analysis.lineIndex.positionAt(d.range.start).line === line);
    // The cell's part of its row: after its `|` (the n-th of the row) up to the next one.
    const bars = [...source.matchAll(/\|/g)].map((m) => m.index);
    const n = row.indexOf(cell);
    const from = bars[n];
    if (from === undefined) return found[0] ? analysis.lineIndex.positionAt(found[0].range.start).character + 1 : 1;
    const to = bars[n + 1] ?? source.length;
    const finding = found.find((d) => d.range.start - lineStart > from && d.range.start - lineStart <= to);
    if (cell.problem && finding) return finding.range.start - lineStart + 1;
    const rest = source.slice(from + 1);
    return from + 2 + (rest.length - rest.trimStart().length);
  };
  const review: ReviewItem[] = final.review.map((item) => {
    const line = item.cell ? lineOfOffset(final.cells.get(item.cell)!.start) : item.line;
    const column = item.cell ? columnOf(item.cell, line) : (/\S/.exec(analysis.text.slice(analysis.lineIndex.lineStart(line)))?.index ?? 0) + 1;
    return { code: item.code, ref: item.ref, message: item.message, line: line + 1, column };
  });
  const allCells = [...final.cells.keys()];
  const readings = guarantees.map((g) => g.reading);
  const toReview = allCells.filter((c) => c.problem || c.empty).length;
  const serious = analysis.diagnostics.filter((d) => !notRead(d));
  return {
    draft: text,
    layout,
    review,
    counts: {
      rows: table.rows.length,
      acts: readings.filter((r) => r.match === 'exact' || r.match === 'synonym').length,
      synonyms: readings.filter((r) => r.match === 'synonym').length,
      suggestions: readings.filter((r) => r.match === 'suggestion').length,
      unknown: readings.filter((r) => r.match === 'unknown').length,
      sections: items.filter((i) => i.kind === 'section').length,
      notes: items.filter((i) => i.kind === 'note').length,
      comments: items.filter((i) => i.kind === 'comment').length,
      blank: items.filter((i) => i.kind === 'blank').length,
      cells: allCells.length,
      cellsRead: allCells.length - toReview,
      cellsToReview: toReview,
    },
    findings: { errors: serious.filter((d) => d.severity === 'error').length, warnings: serious.filter((d) => d.severity === 'warning').length },
  };
}

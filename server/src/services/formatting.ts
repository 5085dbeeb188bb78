/**
 * Formatting: lays a grid out like a printed table. Structure keywords at column 0, guarantee lines
 * and example steps indented by two, continuation lines by four; within a section, the act names
 * and the sector columns of one-line guarantees are aligned. Comments are kept; a line with a
 * syntax error is left as written, so formatting never loses anything.
 *
 * Formulas side by side: the `|` of consecutive rows of a section line up like the printed table
 * (each cell padded to its column's width), a sector row's with its row's, and a row without cells
 * has its guarantee where the others have their first cell; the `formule` declarations are aligned
 * after their names. Only spaces change: the pipes are kept as written (`|`, `¦`, `│`), a leading
 * or trailing `|` is neither added nor removed.
 */
import type { Analysis, GuaranteeLine, TextEdit, Token } from '../core';
import type { Variant } from './formulas';

interface Row {
  line: GuaranteeLine;
  lineNumber: number;
  head: string;
  cells: string[];
  comment: string;
}

/** A source line that is one row of formulas side by side: what comes before its cells, and its cells. */
interface CellRow {
  lineNumber: number;
  /** The indentation and the head (the act, its label, or the sector word), spaces collapsed. */
  prefix: string;
  /** The `|` before the first cell, as written, or null when the first cell has none. */
  leading: string | null;
  cells: string[];
  /** The `|` after each cell (the last one: a trailing `|`, or null). */
  after: (string | null)[];
  comment: string;
}

/** Single spaces between tokens; quoted names are kept exactly as written. */
const collapse = (s: string) =>
  s
    .split(/("[^"]*"|“[^”]*”|«[^»]*»)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[ \t]+/g, ' ')))
    .join('')
    .trim();

export function formatGrid(analysis: Analysis): TextEdit[] {
  const { text, lineIndex, document } = analysis;
  const lineCount = lineIndex.lineCount;
  const content = (n: number) => text.slice(lineIndex.lineStart(n), lineIndex.lineEnd(n));
  const lineOf = (offset: number) => lineIndex.positionAt(offset).line;

  const broken = new Set<number>();
  for (const e of document.errors) for (let n = lineOf(e.range.start); n <= lineOf(e.range.end); n++) broken.add(n);

  // Comments by line, to keep them at the end of what they follow.
  const commentOf = new Map<number, string>();
  for (const c of document.comments) commentOf.set(lineOf(c.range.start), c.text.trimEnd());

  const desired = new Map<number, string>();
  const indentOnly = (n: number, indent: number) => {
    const raw = content(n);
    const comment = commentOf.get(n);
    const body = comment !== undefined ? raw.slice(0, raw.lastIndexOf(comment)) : raw;
    const code = collapse(body);
    desired.set(n, code ? `${' '.repeat(indent)}${code}${comment !== undefined ? `  ${comment}` : ''}` : `${' '.repeat(indent)}${comment ?? ''}`);
  };

  const tokens = document.tokens;
  // Structure lines: by their first token.
  const firstWordByLine = new Map<number, string>();
  for (const t of tokens) {
    if (t.kind === 'newline' || t.kind === 'comment' || t.kind === 'eof') continue;
    const n = lineOf(t.start);
    if (!firstWordByLine.has(n)) firstWordByLine.set(n, t.kind === 'word' ? t.value : '');
  }
  for (const [n, word] of firstWordByLine) {
    if (['contrat', 'poste', 'option', 'exemple'].includes(word)) indentOnly(n, 0);
    else if (['acte', 'situation', 'attendu'].includes(word)) indentOnly(n, 2);
  }
  formatFormulaDeclarations(analysis, commentOf, desired);
  if (document.header) for (let n = lineOf(document.header.range.start) + 1; n <= lineOf(document.header.range.end); n++) indentOnly(n, 2);

  // Guarantee lines: one-line ones become table rows, continuation lines get four spaces; the
  // source lines of formulas side by side become rows of cells.
  const groups: { rows: Row[]; cellRows: CellRow[] }[] = [];
  let current: Row[] = [];
  let currentCells: CellRow[] = [];
  let lastSection: unknown = null;
  const allLines = analysis.model.lines;
  const flush = () => {
    if (current.length || currentCells.length) groups.push({ rows: current, cellRows: currentCells });
    current = [];
    currentCells = [];
  };
  for (const model of allLines) {
    const line = model.node;
    const first = lineOf(line.range.start);
    const last = lineOf(line.range.end);
    if (model.section !== lastSection) {
      flush();
      lastSection = model.section;
    }
    if (line.variants.some((v) => v.cells)) {
      for (let n = first; n <= last; n++) {
        const row = broken.has(n) ? null : cellRow(analysis, line, n, n === first ? 2 : 4, commentOf.get(n) ?? '');
        if (row) currentCells.push(row);
        else indentOnly(n, n === first ? 2 : 4);
      }
      continue;
    }
    if (first !== last) {
      indentOnly(first, 2);
      for (let n = first + 1; n <= last; n++) indentOnly(n, 4);
      continue;
    }
    const cells = line.variants.map((v) => collapse(text.slice(v.range.start, v.range.end)));
    const headEnd = line.variants[0]?.range.start ?? line.range.end;
    current.push({ line, lineNumber: first, head: collapse(text.slice(line.range.start, headEnd)), cells, comment: commentOf.get(first) ?? '' });
  }
  flush();
  for (const { rows, cellRows } of groups) {
    // With rows of cells, the pipes' column: after the longest head, and where a row without
    // cells has its guarantee (the first cell's content starts three columns after its pipe).
    const pipeColumn = cellRows.length ? Math.max(...cellRows.map((r) => r.prefix.length + 1), ...rows.map((r) => 2 + r.head.length + 1)) : 0;
    if (cellRows.length) layCellRows(cellRows, pipeColumn, desired);
    if (rows.length === 0) continue;
    const headWidth = cellRows.length ? pipeColumn - 3 : Math.max(...rows.map((r) => r.head.length));
    const widths: number[] = [];
    // A cell's width only matters when another cell follows it on the row.
    for (const r of rows) r.cells.forEach((c, i) => i < r.cells.length - 1 && (widths[i] = Math.max(widths[i] ?? 0, c.length)));
    for (const r of rows) {
      const cells = r.cells.map((c, i) => (i < r.cells.length - 1 ? c.padEnd(widths[i]!) : c));
      let out = `  ${r.head.padEnd(headWidth)}   ${cells.join('   ')}`.trimEnd();
      if (r.comment) out += `  ${r.comment}`;
      desired.set(r.lineNumber, out);
    }
  }

  const edits: TextEdit[] = [];
  for (let n = 0; n < lineCount; n++) {
    const before = content(n);
    let after = desired.get(n);
    if (after === undefined) after = before.trimEnd();
    if (broken.has(n)) after = before;
    if (after !== before) edits.push({ range: { start: lineIndex.lineStart(n), end: lineIndex.lineEnd(n) }, newText: after });
  }
  return edits;
}

/** The token index of the first token at or after `offset`. */
function tokenIndexFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Source line `n` of `line` as a row of cells: one variant with cells, written on that line alone,
 * with nothing after its cells but a comment. Null otherwise (the line is then only indented).
 */
function cellRow(analysis: Analysis, line: GuaranteeLine, n: number, indent: number, comment: string): CellRow | null {
  const { text, lineIndex, document } = analysis;
  const lineStart = lineIndex.lineStart(n);
  const lineEnd = lineIndex.lineEnd(n);
  const onLine = (v: Variant) => v.range.start < lineEnd && v.range.end > lineStart;
  const variants = line.variants.filter(onLine);
  if (variants.length !== 1) return null;
  const variant = variants[0]!;
  const cells = variant.cells;
  if (!cells || cells.length === 0 || variant.range.start < lineStart || variant.range.end > lineEnd) return null;
  const tokens = document.tokens;
  const codeStart = Math.max(lineStart, line.range.start);
  const head = text.slice(codeStart, cells[0]!.range.start);
  // The first cell's own `|`, if written: the last token before it.
  const firstIndex = tokenIndexFrom(tokens, cells[0]!.range.start);
  const before = tokens[firstIndex - 1];
  const leading = before && before.kind === 'pipe' && before.start >= codeStart ? before : null;
  const prefix = collapse(leading ? text.slice(codeStart, leading.start) : head);
  const after: (string | null)[] = [];
  for (let k = 0; k < cells.length; k++) {
    const next = tokens[tokenIndexFrom(tokens, cells[k]!.range.end)];
    const bound = k + 1 < cells.length ? cells[k + 1]!.range.start : lineEnd;
    after.push(next && next.kind === 'pipe' && next.start < bound ? next.text : null);
  }
  // Between two cells there must be exactly their `|`; after the last, at most one, then the comment.
  for (let k = 0; k + 1 < cells.length; k++) if (after[k] === null) return null;
  const lastEnd = cells[cells.length - 1]!.range.end;
  const tail = text.slice(lastEnd, comment ? text.lastIndexOf(comment, lineEnd) : lineEnd).replace(/[|¦│]/, '');
  if (tail.trim() !== '') return null;
  return {
    lineNumber: n,
    prefix: `${' '.repeat(indent)}${prefix}`,
    leading: leading ? leading.text : null,
    cells: cells.map((c) => collapse(text.slice(c.range.start, c.range.end))),
    after,
    comment,
  };
}

/** Lays rows of cells out: the pipes at `pipeColumn`, then each cell padded to its column's width. */
function layCellRows(rows: CellRow[], pipeColumn: number, desired: Map<number, string>): void {
  const widths: number[] = [];
  // A cell's width only matters when a `|` follows it.
  for (const r of rows) r.cells.forEach((c, k) => r.after[k] !== null && (widths[k] = Math.max(widths[k] ?? 0, c.length)));
  for (const r of rows) {
    let out = `${r.prefix.padEnd(pipeColumn - 1)} ${r.leading ?? ' '} `;
    r.cells.forEach((c, k) => {
      const pipe = r.after[k];
      out += pipe !== null ? `${c.padEnd(widths[k]!)} ${pipe}${k + 1 < r.cells.length ? ' ' : ''}` : c;
    });
    out = out.trimEnd();
    if (r.comment) out += `  ${r.comment}`;
    desired.set(r.lineNumber, out);
  }
}

/** `formule` declarations at column 0, the words after their names aligned (consecutive one-line declarations). */
function formatFormulaDeclarations(analysis: Analysis, commentOf: Map<number, string>, desired: Map<number, string>): void {
  const { text, lineIndex, document } = analysis;
  const lineOf = (offset: number) => lineIndex.positionAt(offset).line;
  let run: { n: number; name: string; rest: string; comment: string }[] = [];
  const lay = () => {
    const width = Math.max(0, ...run.map((d) => d.name.length));
    for (const d of run) {
      const out = d.rest ? `formule ${d.name.padEnd(width)} ${d.rest}` : `formule ${d.name}`;
      desired.set(d.n, d.comment ? `${out}  ${d.comment}` : out);
    }
    run = [];
  };
  let previous = -2;
  for (const item of document.items) {
    if (item.kind !== 'formula') continue;
    const n = lineOf(item.range.start);
    if (!item.name || lineOf(item.range.end) !== n) continue;
    if (n !== previous + 1) lay();
    previous = n;
    const comment = commentOf.get(n) ?? '';
    const end = comment ? text.lastIndexOf(comment, lineIndex.lineEnd(n)) : lineIndex.lineEnd(n);
    run.push({
      n,
      name: text.slice(item.name.range.start, item.name.range.end),
      rest: collapse(text.slice(item.name.range.end, end)),
      comment,
    });
  }
  lay();
}

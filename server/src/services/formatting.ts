/**
 * Formatting: lays a grid out like a printed table. Structure keywords at column 0, guarantee lines
 * and example steps indented by two, continuation lines by four; within a section, the act names
 * and the sector columns of one-line guarantees are aligned. Comments are kept; a line with a
 * syntax error is left as written, so formatting never loses anything.
 */
import type { Analysis, GuaranteeLine, TextEdit } from '../core';

interface Row {
  line: GuaranteeLine;
  lineNumber: number;
  head: string;
  cells: string[];
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
  if (document.header) for (let n = lineOf(document.header.range.start) + 1; n <= lineOf(document.header.range.end); n++) indentOnly(n, 2);

  // Guarantee lines: one-line ones become table rows, continuation lines get four spaces.
  const groups: Row[][] = [];
  let current: Row[] = [];
  let lastSection: unknown = null;
  const allLines = analysis.model.lines;
  for (const model of allLines) {
    const line = model.node;
    const first = lineOf(line.range.start);
    const last = lineOf(line.range.end);
    if (model.section !== lastSection) {
      if (current.length) groups.push(current);
      current = [];
      lastSection = model.section;
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
  if (current.length) groups.push(current);
  for (const rows of groups) {
    const headWidth = Math.max(...rows.map((r) => r.head.length));
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

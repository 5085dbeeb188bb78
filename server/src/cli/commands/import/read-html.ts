/**
 * An HTML table (a page saved from an insurer's site, a table copied from Word) through parse5:
 * rows of `thead`, `tbody` and `tfoot` in order, `rowspan` and `colspan` as merged cells, the
 * text of a cell with its line breaks and no-break spaces as spaces and a `<sup>` footnote mark
 * written as the language reads one (`<sup>1</sup>` → `(1)`). `--sheet N` takes the N-th table of
 * the page; without it, the largest.
 */
import { parse } from 'parse5';
import { InputError } from '../../inputs';
import { decodeText, tableWithMerges, type Merge, type ReadOptions, type SourceTable } from './table';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const children = (node: Node): Node[] => node.childNodes ?? node.content?.childNodes ?? [];

function attribute(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

/** The tables of the page, outermost first, in document order (a table inside a cell is a table of its own). */
function tablesOf(node: Node, found: Node[] = []): Node[] {
  if (node.tagName === 'table') found.push(node);
  for (const child of children(node)) tablesOf(child, found);
  return found;
}

/** The table's own rows (not those of a table nested in one of its cells). */
function rowsOf(table: Node): Node[] {
  const rows: Node[] = [];
  const walk = (node: Node) => {
    for (const child of children(node)) {
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') walk(child);
    }
  };
  walk(table);
  return rows;
}

/** What a cell reads as: its text, breaks and no-break spaces as spaces, `<sup>` marks as `(n)`. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName === 'br') return ' ';
  if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'table') return '';
  const inner = children(node).map(textOf).join('');
  if (node.tagName === 'sup') {
    const mark = inner.trim();
    if (/^\d+$/.test(mark)) return `(${mark})`;
    if (/^\(?\*+\)?$/.test(mark) || /^\(\d+\)$/.test(mark)) return mark;
    return mark ? ` ${mark}` : '';
  }
  if (node.tagName === 'p' || node.tagName === 'div' || node.tagName === 'li') return ` ${inner} `;
  return inner;
}

const clean = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function span(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

export function readHtml(bytes: Uint8Array, name: string, options: ReadOptions): SourceTable {
  const notes: string[] = [];
  const document = parse(decodeText(bytes, name, notes)) as unknown as Node;
  const tables = tablesOf(document);
  if (tables.length === 0) throw new InputError(`${name} : aucun tableau (<table>) dans la page.`);
  let table: Node;
  if (options.sheet !== undefined) {
    const rank = /^\d+$/.test(options.sheet) ? Number(options.sheet) : NaN;
    const chosen = tables[rank - 1];
    if (!chosen) throw new InputError(`--sheet ${options.sheet} : la page a ${tables.length} tableau(x) ; donnez un rang de 1 à ${tables.length}.`);
    table = chosen;
  } else {
    table = tables.reduce((a, b) => (rowsOf(b).length > rowsOf(a).length ? b : a));
    if (tables.length > 1) notes.push(`tableau ${tables.indexOf(table) + 1} sur ${tables.length} (le plus grand ; --sheet N pour un autre)`);
  }
  // The grid of the table: each cell placed at the first free column of its row, spans reserved.
  const texts: string[][] = [];
  const taken: boolean[][] = [];
  const merges: Merge[] = [];
  rowsOf(table).forEach((tr, r) => {
    texts[r] ??= [];
    taken[r] ??= [];
    let c = 0;
    for (const cell of children(tr)) {
      if (cell.tagName !== 'td' && cell.tagName !== 'th') continue;
      while (taken[r][c]) c++;
      const rows = span(attribute(cell, 'rowspan'));
      const columns = span(attribute(cell, 'colspan'));
      texts[r][c] = clean(textOf(cell));
      for (let dr = 0; dr < rows; dr++) {
        taken[r + dr] ??= [];
        texts[r + dr] ??= [];
        for (let dc = 0; dc < columns; dc++) taken[r + dr]![c + dc] = true;
      }
      if (rows > 1 || columns > 1) merges.push({ top: r, left: c, bottom: r + rows - 1, right: c + columns - 1 });
      c += columns;
    }
  });
  const caption = children(table).find((n) => n.tagName === 'caption');
  return { name: caption ? clean(textOf(caption)) || null : null, rows: tableWithMerges(texts, merges), notes };
}

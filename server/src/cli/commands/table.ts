/**
 * `grille table`: the grid as a readable tableau de garanties, with for each line what it pays at
 * the typical price per sector (Sécu, mutuelle, reste, in euros), in Markdown, HTML or CSV. A grid
 * of formulas side by side gets one column per formula, like the printed table (CSV: three per
 * formula, its guarantee, mutuelle and reste, for spreadsheets). The HTML is the editor's grid
 * preview as a standalone page (services/grid-preview.ts), the same file as its export.
 */
import { type Analysis, describeColumn, type Diagnostic, formatEuros, type LineModel, type LinePreview, plainSpaces, previewLine, type Span } from '../../core';
import { gridPreview, gridPreviewHtml } from '../../services/grid-preview';
import { type ColumnKey, formulaLine, type FormulaModel, formulaSummary, isCellColumn, isFormulaRow, rowLines } from '../../services/formulas';

export type TableFormat = 'md' | 'html' | 'csv';

interface Row {
  poste: string;
  acte: string;
  colonne: string;
  garantie: string;
  prix: string;
  secu: string;
  mutuelle: string;
  reste: string;
}

const COLUMN = { all: 'tous secteurs', dptam: 'DPTAM', non_dptam: 'non DPTAM', non_conventionne: 'non conventionné' } as const;
const HEADERS: [keyof Row, string][] = [
  ['poste', 'Poste'],
  ['acte', 'Acte'],
  ['colonne', 'Secteur'],
  ['garantie', 'Garantie'],
  ['prix', 'Prix typique'],
  ['secu', 'Sécu'],
  ['mutuelle', 'Mutuelle'],
  ['reste', 'Reste à charge'],
];

/**
 * One row per line and column. A line whose act is unknown or whose guarantee does not read gets
 * an « incalculable » row; a line with an error finding is marked « ⚠ GR… » in its Garantie cell
 * (its amounts are not to be trusted: see `grille check`).
 */
function rows(analysis: Analysis, diagnostics: Diagnostic[]): Row[] {
  const out: Row[] = [];
  const errorsByLine = new Map<number, Set<string>>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const line = analysis.lineIndex.positionAt(d.range.start).line;
    if (!errorsByLine.has(line)) errorsByLine.set(line, new Set());
    errorsByLine.get(line)!.add(d.code);
  }
  for (const line of analysis.model.lines) {
    const poste = `${line.option ? `${line.option.name} — ` : ''}${line.section?.name ?? ''}`;
    const first = analysis.lineIndex.positionAt(line.node.range.start).line;
    const last = analysis.lineIndex.positionAt(line.node.range.end).line;
    const codes = new Set<string>();
    for (let l = first; l <= last; l++) for (const c of errorsByLine.get(l) ?? []) codes.add(c);
    const flag = codes.size > 0 ? ` ⚠ ${[...codes].join(', ')}` : '';
    const previews = line.act ? previewLine(analysis.model, line) : [];
    if (previews.length === 0) {
      const source = plainSpaces(analysis.text.slice(line.node.range.start, line.node.range.end).replace(/\s+/g, ' '));
      out.push({
        poste,
        acte: line.act?.label ?? `${line.node.act.text} (acte inconnu)`,
        colonne: '',
        garantie: `${source}${flag}`,
        prix: '',
        secu: 'incalculable',
        mutuelle: 'incalculable',
        reste: 'incalculable',
      });
      continue;
    }
    for (const p of previews) {
      const column = line.columns[p.column]!;
      const r = p.result;
      out.push({
        poste,
        acte: line.act!.label,
        colonne: COLUMN[p.column],
        garantie: plainSpaces(describeColumn(column)) + flag,
        prix: plainSpaces(formatEuros(r.price)),
        secu: r.ok ? plainSpaces(formatEuros(r.amoNet)) : 'incalculable',
        mutuelle: r.ok ? plainSpaces(formatEuros(r.amc)) : 'incalculable',
        reste: r.ok ? plainSpaces(formatEuros(r.reste)) : 'incalculable',
      });
    }
  }
  return out;
}

const escapeCsv = (s: string) => (/[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function renderTable(analysis: Analysis, format: TableFormat, diagnostics: Diagnostic[] = analysis.diagnostics): string {
  if (format === 'html') return gridPreviewHtml(gridPreview(analysis, { diagnostics }), { kind: 'standalone' });
  const contract = analysis.model.contract;
  const title = `${contract.name ?? 'Grille'}${contract.millesime ? ` — millésime ${contract.millesime}` : ''}`;
  if (analysis.model.formulas.length > 0) return renderFormulaTable(analysis, format, diagnostics, title);
  const data = rows(analysis, diagnostics);
  switch (format) {
    case 'csv':
      // Semicolons: French spreadsheets read commas as decimal separators.
      return [HEADERS.map(([, h]) => h).join(';'), ...data.map((r) => HEADERS.map(([k]) => escapeCsv(r[k])).join(';'))].join('\n');
    case 'md':
      return [
        `# ${title}`,
        '',
        'Exemples de remboursement au prix typique de chaque acte, par secteur.',
        '',
        `| ${HEADERS.map(([, h]) => h).join(' | ')} |`,
        `| ${HEADERS.map(() => '---').join(' | ')} |`,
        ...data.map((r) => `| ${HEADERS.map(([k]) => r[k].replace(/\|/g, '\\|')).join(' | ')} |`),
      ].join('\n');
  }
}

/** What one formula pays on one row and sector. */
interface FormulaCellText {
  garantie: string;
  mutuelle: string;
  reste: string;
  /** The cell's price when it is not the row's (a `prix typique` on the cell). */
  prix: string;
  flag: string;
}

interface FormulaTableRow {
  poste: string;
  acte: string;
  colonne: string;
  prix: string;
  secu: string;
  cells: FormulaCellText[];
}

const COLUMN_ORDER: ColumnKey[] = ['all', 'dptam', 'non_dptam', 'non_conventionne'];
const FIXED: [Exclude<keyof FormulaTableRow, 'cells'>, string][] = [
  ['poste', 'Poste'],
  ['acte', 'Acte'],
  ['colonne', 'Secteur'],
  ['prix', 'Prix typique'],
  ['secu', 'Sécu'],
];

const flagOf = (codes: Set<string>) => (codes.size > 0 ? ` ⚠ ${[...codes].join(', ')}` : '');
const oneLine = (text: string) => plainSpaces(text.replace(/\s+/g, ' ').trim());

/**
 * One row per line and sector, one cell per formula. A row without cells is read under each
 * formula (the same guarantee for all, computed with each formula's status); a line of an `option`
 * block (the older form) shows in the first formula's column. Error findings inside a formula's
 * cell mark that cell (« ⚠ GR… »), the others the Acte cell.
 */
function formulaRows(analysis: Analysis, diagnostics: Diagnostic[]): FormulaTableRow[] {
  const grid = analysis.model;
  const formulas = grid.formulas;
  const lineOf = (offset: number) => analysis.lineIndex.positionAt(offset).line;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const inSpan = (span: Span) => new Set(errors.filter((d) => d.range.start >= span.start && d.range.start <= span.end).map((d) => d.code));
  const out: FormulaTableRow[] = [];
  for (const line of grid.lines) {
    const poste = `${line.option ? `${line.option.name} — ` : ''}${line.section?.name ?? ''}`;
    const first = lineOf(line.node.range.start);
    const last = lineOf(line.node.range.end);
    const row = isFormulaRow(grid, line);
    const cellSpans = row
      ? rowLines(line).flatMap((l) =>
          Object.values(l.columns)
            .filter(isCellColumn)
            .map((c) => c.range),
        )
      : [];
    const rowCodes = new Set(
      errors
        .filter((d) => {
          const n = lineOf(d.range.start);
          return n >= first && n <= last && !cellSpans.some((span) => d.range.start >= span.start && d.range.start <= span.end);
        })
        .map((d) => d.code),
    );
    // Each formula's line for this row (an option block's line: its own, in the first column only).
    const lines: (LineModel | null)[] = formulas.map((f, k) => (line.option ? (k === 0 ? line : null) : formulaLine(line, f)));
    const previews = lines.map((l) => (l?.act ? previewLine(grid, l) : []));
    const keys = COLUMN_ORDER.filter((key) => previews.some((list) => list.some((p) => p.column === key)));
    if (keys.length === 0) {
      const source = oneLine(analysis.text.slice(line.node.act.range.end, line.node.range.end));
      out.push({
        poste,
        acte: `${line.act?.label ?? `${line.node.act.text} (acte inconnu)`}${flagOf(rowCodes)}`,
        colonne: '',
        prix: '',
        secu: 'incalculable',
        cells: formulas.map((_, k) => ({ garantie: k === 0 ? source : '', mutuelle: 'incalculable', reste: 'incalculable', prix: '', flag: '' })),
      });
      continue;
    }
    keys.forEach((key, index) => {
      const found: (LinePreview | undefined)[] = previews.map((list) => list.find((p) => p.column === key));
      const head = found.find((p) => p?.result.ok) ?? found.find((p) => p);
      const price = head ? plainSpaces(formatEuros(head.result.price)) : '';
      out.push({
        poste,
        acte: `${line.act!.label}${index === 0 ? flagOf(rowCodes) : ''}`,
        colonne: COLUMN[key],
        prix: price,
        secu: head?.result.ok ? plainSpaces(formatEuros(head.result.amoNet)) : 'incalculable',
        cells: formulas.map((_, k) => {
          const l = lines[k];
          const column = l?.columns[key];
          const p = found[k];
          if (!l || !column || !p) return { garantie: l ? '—' : '', mutuelle: '', reste: '', prix: '', flag: '' };
          const r = p.result;
          const own = plainSpaces(formatEuros(r.price));
          return {
            garantie: plainSpaces(describeColumn(column)),
            mutuelle: r.ok ? plainSpaces(formatEuros(r.amc)) : 'incalculable',
            reste: r.ok ? plainSpaces(formatEuros(r.reste)) : 'incalculable',
            prix: own !== price ? own : '',
            flag: isCellColumn(column) ? flagOf(inSpan(column.range)) : '',
          };
        }),
      });
    });
  }
  return out;
}

/** A formula's cell in one column: the guarantee, then what the mutuelle pays and what is left. */
function cellText(cell: FormulaCellText): string {
  if (!cell.mutuelle) return `${cell.garantie}${cell.flag}`;
  const at = cell.prix ? `à ${cell.prix} : ` : '';
  const amounts = cell.mutuelle === 'incalculable' ? 'incalculable' : `${at}mutuelle ${cell.mutuelle} · reste ${cell.reste}`;
  return `${cell.garantie ? `${cell.garantie} → ` : ''}${amounts}${cell.flag}`;
}

function legend(formulas: FormulaModel[]): string[] {
  return formulas.map((f) => `${f.name} : ${formulaSummary(f)}`);
}

function renderFormulaTable(analysis: Analysis, format: Exclude<TableFormat, 'html'>, diagnostics: Diagnostic[], title: string): string {
  const formulas = analysis.model.formulas;
  const data = formulaRows(analysis, diagnostics);
  const intro =
    'Exemples de remboursement au prix typique de chaque acte, par secteur et par formule : dans la colonne de chaque formule, sa garantie, puis ce que paie la mutuelle et ce qui reste à charge.';
  switch (format) {
    case 'csv': {
      const headers = [...FIXED.map(([, h]) => h), ...formulas.flatMap((f) => [`${f.name} — garantie`, `${f.name} — mutuelle`, `${f.name} — reste`])];
      const row = (r: FormulaTableRow) => [
        ...FIXED.map(([k]) => r[k]),
        ...r.cells.flatMap((c) => [`${c.garantie}${c.flag}`, c.prix && c.mutuelle !== 'incalculable' ? `${c.mutuelle} (à ${c.prix})` : c.mutuelle, c.reste]),
      ];
      return [headers.map(escapeCsv).join(';'), ...data.map((r) => row(r).map(escapeCsv).join(';'))].join('\n');
    }
    case 'md': {
      const headers = [...FIXED.map(([, h]) => h), ...formulas.map((f) => f.name)];
      const md = (v: string) => v.replace(/\|/g, '\\|');
      return [
        `# ${title}`,
        '',
        intro,
        '',
        ...legend(formulas).map((l) => `- ${l}`),
        '',
        `| ${headers.map(md).join(' | ')} |`,
        `| ${headers.map(() => '---').join(' | ')} |`,
        ...data.map((r) => `| ${[...FIXED.map(([k]) => r[k]), ...r.cells.map(cellText)].map(md).join(' | ')} |`),
      ].join('\n');
    }
  }
}

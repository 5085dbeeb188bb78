/**
 * The grid preview: the grid rendered as the printed tableau de garanties, one column per formula
 * (or the socle and each `option` block), sections in the UNOCAM order, each cell with what it
 * pays at the typical price per sector (Sécu, mutuelle, reste à charge) and a stacked bar of the
 * three, the findings marked in the cell they fall in. The editor shows it in a webview (with a
 * nonce'd script that asks the editor to reveal a cell's source when it is clicked); `grille table
 * --format html` and the editor's export write the standalone page (no script, its own light and
 * dark styles).
 *
 * Protocol-free: the data (`gridPreview`) is built from an `Analysis` with offsets, the page
 * (`gridPreviewHtml`) is a string. Every text from the grid is escaped; the page loads nothing
 * (`default-src 'none'`): its style and its script are inline, allowed by nonce (webview) or by
 * hash (standalone).
 */
import { createHash } from 'node:crypto';
import Decimal from 'decimal.js';
import {
  actLabel,
  type Analysis,
  describeColumn,
  type Diagnostic,
  formatEuros,
  formatEurosEn,
  LABELS,
  type Language,
  type LineModel,
  type LinePreview,
  plainSpaces,
  previewLine,
  signedEuros,
  type Span,
  unocamRank,
} from '../core';
import { type ColumnKey, type GridModel, isCellColumn, isFormulaRow } from './formulas';
import { cellKey, type GridColumn, gridColumns, gridRows, oneLine, printedText, rowKeys, SECTOR_ORDER } from './grid-cells';
import type { CellChange, GridDiff, PricePoint } from './grid-diff';

type Amount = LinePreview['result']['price'];

export interface GridPreviewOptions {
  language?: Language;
  /** Unit prices instead of the catalogue's typical ones, by act id or name (`grille.typicalPrices`). */
  typicalPrices?: Record<string, number | string>;
  /** The findings to mark, severities overridden (default: the analysis's). */
  diagnostics?: Diagnostic[];
  /** A comparison with another version of the grid (services/grid-diff.ts): its cells marked, its findings and examples listed. */
  compare?: { diff: GridDiff; label: string };
}

/** A cell's change in a comparison, as the preview shows it. */
export interface PreviewChange {
  kind: CellChange['kind'];
  /** `down`: pays less at some price; `up`: more; `mixed`: both; `same`: the wording only. */
  trend: 'down' | 'up' | 'mixed' | 'same';
  before: string | null;
  points: { label: string; mutuelle: string; reste: string; difference: string }[];
}

/** The comparison shown above the table. */
export interface PreviewComparison {
  label: string;
  summary: string;
  /** Cells of the other version that this one no longer has (listed, not in the table). */
  removed: { title: string; before: string; points: PreviewChange['points'] }[];
  findingsAdded: PreviewFinding[];
  findingsResolved: PreviewFinding[];
  examples: string[];
}

/** A finding as the preview marks it. */
export interface PreviewFinding {
  code: string;
  severity: Diagnostic['severity'];
  message: string;
  /** 1-based line of the finding, as the editor numbers it. */
  line: number;
  range: Span;
}

/** One column of the table: a formula, or the socle and each option block of a grid without formulas. */
export interface PreviewColumn {
  name: string;
  /** Its status and how it stacks on the socle (« responsable ; montants socle compris »), or ''. */
  summary: string;
}

export interface PreviewAmounts {
  price: string;
  secu: string;
  mutuelle: string;
  reste: string;
  /** Shares of the price, in percent with two decimals, for the bar (they add up to 100). */
  shares: { secu: string; mutuelle: string; reste: string };
  /** Where the mutuelle's and the reste's segments start on the bar (0–100). */
  offsets: { mutuelle: string; reste: string };
}

export interface PreviewCell {
  /** The guarantee as printed (the cell's or the column's text), '' for a formula without this row. */
  printed: string;
  /** The guarantee in words (`describeColumn`). */
  description: string;
  /** What it pays, or null when it cannot be computed (`problem` says why) or the formula has no line here. */
  amounts: PreviewAmounts | null;
  problem: string | null;
  /** The source a click reveals (the cell, or the line the amounts come from); null for an empty cell. */
  source: Span | null;
  /** The price differs from the row's (a `prix typique` on the cell). */
  ownPrice: boolean;
  findings: PreviewFinding[];
  /** Its change since the version compared with, if any. */
  change?: PreviewChange;
}

export interface PreviewRow {
  act: string;
  /** `(psychiatrie)`, `(moins de 16 ans)`: whom the line is for, or ''. */
  conditions: string;
  /** The sector of this row of the line, '' for all sectors. */
  sector: string;
  price: string;
  secu: string;
  /** The line's act name in the source (a click on the act reveals it). */
  source: Span;
  /** Findings on the line outside any formula's cell (on the first sector row only). */
  findings: PreviewFinding[];
  cells: PreviewCell[];
}

export interface PreviewSection {
  name: string;
  rows: PreviewRow[];
}

export interface GridPreview {
  language: Language;
  title: string;
  insurer: string | null;
  /** The date the amounts are computed at (jj/mm/aaaa), or null when the grid has none. */
  date: string | null;
  columns: PreviewColumn[];
  sections: PreviewSection[];
  /** Findings on no guarantee line (header, examples, missing lines), in source order. */
  otherFindings: PreviewFinding[];
  /** The grid's footnotes (`note (5) "…"`), which the marks in the cells refer to. */
  notes: { mark: string; text: string; source: Span }[];
  comparison?: PreviewComparison;
}

/** « 1 cellule modifiée », « 0 cellule modifiée », « 3 cellules modifiées » (French: singular below 2). */
const plural = (n: number, one: string, many: string) => `${n} ${n >= 2 ? many : one}`;
/** « 1 cell changed », « 0 cells changed » (English: singular for one only). */
const pluralEn = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const WORDS = {
  fr: {
    grid: 'Grille',
    millesime: 'millésime',
    guarantee: 'Garantie',
    socle: 'Socle',
    act: 'Acte',
    sector: 'Secteur',
    price: 'Prix typique',
    intro: (date: string | null) =>
      `Ce que paie chaque ligne au prix typique de l'acte${date ? `, le ${date}` : ''}, pour un adulte dans le parcours de soins, rien encore consommé : la Sécu, la mutuelle, et le reste à charge.`,
    noDate: "La grille n'a ni millésime ni date d'effet : les montants ne se calculent pas.",
    legend: 'Barres : part du prix payée par la Sécu, par la mutuelle, et reste à charge.',
    sectors: { all: '', dptam: 'DPTAM', non_dptam: 'non DPTAM', non_conventionne: 'non conventionné' } as Record<ColumnKey, string>,
    unknownAct: (name: string) => `${name} (acte inconnu)`,
    notCovered: 'pas de ligne',
    outsideSection: 'Hors poste',
    otherFindings: 'Autres constats',
    line: (n: number) => `ligne ${n}`,
    at: (price: string) => `à ${price}`,
    reveal: 'Cliquer pour voir la ligne dans la grille',
    shares: (s: string, m: string, r: string) => `Sécu ${s} %, mutuelle ${m} %, reste ${r} %`,
    findings: (n: number) => `${n} constat${n > 1 ? 's' : ''}`,
    stacking: { option: 'option', inclut_socle: 'montants socle compris', en_sus_du_socle: 'en plus du socle', remplace_socle: 'seule' },
    compare: (label: string) => `Comparaison avec ${label}`,
    compareSummary: (changed: number, added: number, removed: number, down: number, up: number, fa: number, fr: number, ex: number) =>
      changed + added + removed + fa + fr + ex === 0
        ? 'Aucune différence.'
        : `${plural(changed, 'cellule modifiée', 'cellules modifiées')}, ${plural(added, 'ajoutée', 'ajoutées')}, ${plural(removed, 'retirée', 'retirées')} (${down} en baisse, ${up} en hausse) ; ${plural(fa, 'constat ajouté', 'constats ajoutés')}, ${plural(fr, 'résolu', 'résolus')} ; ${plural(ex, 'exemple dont les montants changent', 'exemples dont les montants changent')}.`,
    kinds: { changed: 'modifiée', added: 'ajoutée', removed: 'retirée' },
    trends: { down: 'en baisse', up: 'en hausse', mixed: 'en hausse ou en baisse selon le prix', same: 'montants inchangés' },
    before: 'avant',
    noLine: 'pas de ligne',
    points: { tarif: 'au tarif', typique: 'au prix typique', double: 'au double' } as Record<PricePoint['kind'], string>,
    removedCells: 'Cellules retirées',
    findingsAdded: 'Constats ajoutés',
    findingsResolved: 'Constats résolus',
    examplesMoved: 'Exemples dont les montants changent',
  },
  en: {
    grid: 'Grid',
    millesime: 'millésime',
    guarantee: 'Cover',
    socle: 'Base cover',
    act: 'Act',
    sector: 'Sector',
    price: 'Typical price',
    intro: (date: string | null) =>
      `What each line pays at the act's typical price${date ? ` on ${date}` : ''}, for an adult within the care pathway with nothing used yet: the Sécu, the ${LABELS.en.mutuelle}, and the ${LABELS.en.reste}.`,
    noDate: 'The grid has neither a millésime nor an effective date: amounts cannot be computed.',
    legend: `Bars: the share of the price paid by the Sécu, by the ${LABELS.en.mutuelle}, and left ${LABELS.en.reste}.`,
    sectors: { all: '', dptam: 'DPTAM', non_dptam: 'non-DPTAM', non_conventionne: 'non-contracted' } as Record<ColumnKey, string>,
    unknownAct: (name: string) => `${name} (unknown act)`,
    notCovered: 'no line',
    outsideSection: 'Outside any section',
    otherFindings: 'Other findings',
    line: (n: number) => `line ${n}`,
    at: (price: string) => `at ${price}`,
    reveal: 'Click to see the line in the grid',
    shares: (s: string, m: string, r: string) => `Sécu ${s} %, ${LABELS.en.mutuelle} ${m} %, ${LABELS.en.reste} ${r} %`,
    findings: (n: number) => `${n} finding${n > 1 ? 's' : ''}`,
    stacking: { option: 'option', inclut_socle: 'amounts include the base cover', en_sus_du_socle: 'on top of the base cover', remplace_socle: 'stands alone' },
    compare: (label: string) => `Compared with ${label}`,
    compareSummary: (changed: number, added: number, removed: number, down: number, up: number, fa: number, fr: number, ex: number) =>
      changed + added + removed + fa + fr + ex === 0
        ? 'No difference.'
        : `${pluralEn(changed, 'cell changed', 'cells changed')}, ${added} added, ${removed} removed (${down} down, ${up} up); ${pluralEn(fa, 'finding added', 'findings added')}, ${fr} resolved; ${pluralEn(ex, 'example whose amounts move', 'examples whose amounts move')}.`,
    kinds: { changed: 'changed', added: 'added', removed: 'removed' },
    trends: { down: 'down', up: 'up', mixed: 'up or down depending on the price', same: 'amounts unchanged' },
    before: 'before',
    noLine: 'no line',
    points: { tarif: 'at the tariff', typique: 'at the typical price', double: 'at twice the price' } as Record<PricePoint['kind'], string>,
    removedCells: 'Cells removed',
    findingsAdded: 'Findings added',
    findingsResolved: 'Findings resolved',
    examplesMoved: 'Examples whose amounts move',
  },
} as const;

function columnsOf(grid: GridModel, language: Language): GridColumn[] {
  return gridColumns(grid, language, WORDS[language]);
}

/** The share of `part` in `whole`, in percent, two decimals, between 0 and `max`. */
function share(part: Amount, whole: Amount, max: Decimal): Decimal {
  if (whole.isZero()) return new Decimal(0);
  return Decimal.min(max, Decimal.max(0, part.div(whole).mul(100).toDecimalPlaces(2)));
}

function amountsOf(result: LinePreview['result']): PreviewAmounts {
  const hundred = new Decimal(100);
  const secu = share(result.amoNet, result.price, hundred);
  const mutuelle = share(result.amc, result.price, hundred.minus(secu));
  // The reste takes what is left of 100, so the bar is whole whatever the rounding (nothing for a free act).
  const reste = result.price.isZero() ? new Decimal(0) : hundred.minus(secu).minus(mutuelle);
  return {
    price: formatEuros(result.price),
    secu: formatEuros(result.amoNet),
    mutuelle: formatEuros(result.amc),
    reste: formatEuros(result.reste),
    shares: { secu: secu.toFixed(2), mutuelle: mutuelle.toFixed(2), reste: reste.toFixed(2) },
    offsets: { mutuelle: secu.toFixed(2), reste: secu.plus(mutuelle).toFixed(2) },
  };
}

/** The grid as the preview shows it. */
export function gridPreview(analysis: Analysis, options: GridPreviewOptions = {}): GridPreview {
  const language = options.language ?? 'fr';
  const w = WORDS[language];
  const grid = analysis.model;
  const lineOf = (offset: number) => analysis.lineIndex.positionAt(offset).line + 1;
  const english = language === 'en';
  const findings: PreviewFinding[] = (options.diagnostics ?? analysis.diagnostics)
    .filter((d) => d.severity !== 'hint')
    .map((d) => ({
      code: d.code,
      severity: d.severity,
      message: plainSpaces(english ? (d.messageEn ?? d.message) : d.message),
      line: lineOf(d.range.start),
      range: d.range,
    }));
  const used = new Set<PreviewFinding>();
  const take = (inside: (f: PreviewFinding) => boolean) => {
    const out = findings.filter((f) => !used.has(f) && inside(f));
    for (const f of out) used.add(f);
    return out;
  };
  const within = (span: Span) => (f: PreviewFinding) => f.range.start >= span.start && f.range.start <= span.end;

  const columns = columnsOf(grid, language);
  const previewOptions = options.typicalPrices ? { typicalPrices: options.typicalPrices } : {};
  const bySection = new Map<string, { name: string; rank: number; order: number; rows: PreviewRow[] }>();

  const rows = gridRows(grid);
  const keys = rowKeys(rows);
  const changes = new Map<string, CellChange>();
  for (const c of options.compare?.diff.cells ?? []) if (c.kind !== 'removed') changes.set(cellKey(c.rowKey, c.columnKey, c.sector), c);
  const shown = new Set<CellChange>();
  const changeOf = (row: LineModel, k: number, sector: ColumnKey): PreviewChange | undefined => {
    const c = changes.get(cellKey(keys.get(row)!, columns[k]!.key, sector));
    if (!c) return undefined;
    shown.add(c);
    return previewChange(c, language);
  };

  for (const row of rows) {
    const sectionName = row.section?.name ?? w.outsideSection;
    let section = bySection.get(sectionName);
    if (!section) {
      const rank = unocamRank(sectionName);
      section = { name: sectionName, rank: rank === -1 ? Number.MAX_SAFE_INTEGER : rank, order: bySection.size, rows: [] };
      bySection.set(sectionName, section);
    }
    const lines = columns.map((c) => c.lineFor(row));
    const previews = lines.map((l) => (l?.act ? previewLine(grid, l, previewOptions) : []));
    // A formula's cells take their findings first; what is left on the line goes to the act.
    const cellFindings = lines.map((l) => {
      if (!l || !isFormulaRow(grid, row)) return new Map<ColumnKey, PreviewFinding[]>();
      const map = new Map<ColumnKey, PreviewFinding[]>();
      for (const column of Object.values(l.columns)) if (isCellColumn(column)) map.set(column.key, take(within(column.range)));
      return map;
    });
    // An option block's line in its own column: its findings are that cell's.
    const ownLineFindings = lines.map((l) => (l && l !== row && l.option && !l.row && l.node !== row.node ? take(within(l.node.range)) : []));
    const rowFindings = take(within(row.node.range));
    const act = row.act ? actLabel(row.act, language) : w.unknownAct(row.node.act.text);
    const conditions = row.conditions?.label ?? '';
    const keys = SECTOR_ORDER.filter((key) => lines.some((l) => l?.columns[key]));

    if (keys.length === 0 || previews.every((p) => p.length === 0)) {
      // Unknown act, no readable guarantee, or no date: one row, the source as printed.
      const source = oneLine(analysis.text.slice(row.node.act.range.end, row.node.range.end));
      section.rows.push({
        act,
        conditions,
        sector: '',
        price: '',
        secu: '',
        source: row.node.act.range,
        findings: rowFindings,
        cells: lines.map((l, k) => ({
          // The source once, in the column of the line it is written on.
          printed: l === row ? source : '',
          description: '',
          amounts: null,
          problem: l ? LABELS[language].incalculableShort : null,
          source: l ? l.node.range : null,
          ownPrice: false,
          findings: [...[...cellFindings[k]!.values()].flat(), ...ownLineFindings[k]!],
        })),
      });
      continue;
    }

    keys.forEach((key, index) => {
      const found = previews.map((list) => list.find((p) => p.column === key));
      const head = found.find((p) => p?.result.ok) ?? found.find((p) => p);
      section.rows.push({
        act,
        conditions,
        sector: w.sectors[key],
        price: head ? formatEuros(head.result.price) : '',
        secu: head?.result.ok ? formatEuros(head.result.amoNet) : '',
        source: row.node.act.range,
        findings: index === 0 ? rowFindings : [],
        cells: lines.map((l, k): PreviewCell => {
          const column = l?.columns[key];
          const p = found[k];
          const marks = [...(cellFindings[k]!.get(key) ?? []), ...(index === 0 ? ownLineFindings[k]! : [])];
          if (!l || !column) return { printed: '', description: '', amounts: null, problem: null, source: null, ownPrice: false, findings: marks };
          const r = p?.result;
          const change = changeOf(row, k, key);
          return {
            ...(change ? { change } : {}),
            printed: printedText(analysis, column),
            description: plainSpaces(describeColumn(column, language)),
            amounts: r?.ok ? amountsOf(r) : null,
            problem: r?.ok ? null : plainSpaces(r?.problems.join(' ') || LABELS[language].incalculableShort),
            source: column.range,
            ownPrice: Boolean(r && head && !r.price.eq(head.result.price)),
            findings: marks,
          };
        }),
      });
    });
  }

  const contract = grid.contract;
  const title = `${contract.name ?? w.grid}${contract.millesime ? ` — ${w.millesime} ${contract.millesime}` : ''}`;
  const date = contract.effectiveDate ? contract.effectiveDate.split('-').reverse().join('/') : null;
  return {
    language,
    title,
    insurer: contract.insurer,
    date,
    columns: columns.map((c) => ({ name: c.name, summary: c.summary })),
    sections: [...bySection.values()].sort((a, b) => a.rank - b.rank || a.order - b.order).map((s) => ({ name: s.name, rows: s.rows })),
    otherFindings: findings.filter((f) => !used.has(f)),
    notes: grid.document.notes.map((n) => ({ mark: n.key, text: oneLine(n.text), source: n.range })),
    ...(options.compare ? { comparison: comparisonOf(options.compare.diff, options.compare.label, shown, language) } : {}),
  };
}

function previewChange(c: CellChange, language: Language): PreviewChange {
  const w = WORDS[language];
  const money = (d: Decimal) => plainSpaces(language === 'en' ? formatEurosEn(d) : formatEuros(d));
  const move = (x: Decimal | undefined, y: Decimal | undefined) => (x && y && x.eq(y) ? money(x) : `${x ? money(x) : '—'} → ${y ? money(y) : '—'}`);
  return {
    kind: c.kind,
    trend: c.reduction && c.increase ? 'mixed' : c.reduction ? 'down' : c.increase ? 'up' : 'same',
    before: c.before,
    points: c.points.map((p) => ({
      label: `${w.points[p.kind]} (${money(p.price)})`,
      mutuelle: move(p.before?.mutuelle, p.after?.mutuelle),
      reste: move(p.before?.reste, p.after?.reste),
      difference: p.difference && !p.difference.isZero() ? plainSpaces(signedEuros(p.difference, language)) : '',
    })),
  };
}

function comparisonOf(diff: GridDiff, label: string, shown: Set<CellChange>, language: Language): PreviewComparison {
  const w = WORDS[language];
  const english = language === 'en';
  const count = (kind: CellChange['kind']) => diff.cells.filter((c) => c.kind === kind).length;
  const sectors = w.sectors;
  const finding = (f: GridDiff['findings']['added'][number]): PreviewFinding => ({
    code: f.code,
    severity: f.severity,
    message: plainSpaces(english ? (f.messageEn ?? f.message) : f.message),
    line: f.line,
    range: { start: 0, end: 0 },
  });
  return {
    label,
    summary: w.compareSummary(
      count('changed'),
      count('added'),
      count('removed'),
      diff.cells.filter((c) => c.reduction).length,
      diff.cells.filter((c) => c.increase).length,
      diff.findings.added.length,
      diff.findings.resolved.length,
      diff.examples.length,
    ),
    // A removed cell, or a changed one the table does not show (a sector this version no longer writes).
    removed: diff.cells
      .filter((c) => !shown.has(c))
      .map((c) => ({
        title: [`${c.section ? `${c.section} — ` : ''}${c.act}${c.conditions ? ` (${c.conditions})` : ''}`, sectors[c.sector], c.column]
          .filter(Boolean)
          .join(', '),
        before: c.before ?? w.noLine,
        points: previewChange(c, language).points,
      })),
    findingsAdded: diff.findings.added.map(finding),
    findingsResolved: diff.findings.resolved.map(finding),
    examples: diff.examples.map((e) => `« ${e.name} » (${w.kinds[e.kind]})`),
  };
}

// ——— The page ———

/** Where the page is shown: in the editor's webview (a nonce'd script reveals a clicked cell's source), or standalone (no script). */
export type GridPreviewTarget = { kind: 'webview'; nonce: string } | { kind: 'standalone' };

/** Escapes a text for HTML content and for attribute values in double quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
:root {
  --own-fg: #1f2328; --own-bg: #ffffff; --own-muted: #59636e; --own-border: #d1d9e0; --own-head: #f6f8fa;
  --own-secu: #3574c4; --own-mutuelle: #2f9e5b; --own-reste: #d1742b;
  --own-error: #cf222e; --own-warning: #9a6700; --own-info: #0969da; --own-focus: #0969da;
  --fg: var(--vscode-editor-foreground, var(--own-fg));
  --bg: var(--vscode-editor-background, var(--own-bg));
  --muted: var(--vscode-descriptionForeground, var(--own-muted));
  --border: var(--vscode-contrastBorder, var(--vscode-panel-border, var(--own-border)));
  --head: var(--vscode-sideBar-background, var(--own-head));
  --secu: var(--vscode-charts-blue, var(--own-secu));
  --mutuelle: var(--vscode-charts-green, var(--own-mutuelle));
  --reste: var(--vscode-charts-orange, var(--own-reste));
  --error: var(--vscode-editorError-foreground, var(--own-error));
  --warning: var(--vscode-editorWarning-foreground, var(--own-warning));
  --info: var(--vscode-editorInfo-foreground, var(--own-info));
  --focus: var(--vscode-focusBorder, var(--own-focus));
}
@media (prefers-color-scheme: dark) {
  :root {
    --own-fg: #e6edf3; --own-bg: #0d1117; --own-muted: #9198a1; --own-border: #3d444d; --own-head: #151b23;
    --own-secu: #58a6ff; --own-mutuelle: #3fb950; --own-reste: #f0883e;
    --own-error: #ff7b72; --own-warning: #d29922; --own-info: #58a6ff; --own-focus: #58a6ff;
  }
}
body { margin: 0; padding: 0 16px 24px; color: var(--fg); background: var(--bg);
  font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); line-height: 1.4; }
h1 { font-size: 1.35em; margin: 16px 0 4px; }
h2 { font-size: 1.1em; margin: 0; }
p, .muted { color: var(--muted); margin: 4px 0; }
ul.formulas { margin: 4px 0 8px; padding-left: 20px; }
ul.notes { list-style: none; margin: 8px 0; padding: 0; color: var(--muted); font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; margin-top: 8px; }
th, td { border: 1px solid var(--border); padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { position: sticky; top: 0; background: var(--head); z-index: 1; }
tr.section th { background: var(--head); padding-top: 8px; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.act .cond { color: var(--muted); }
td.cell { min-width: 8em; }
td.cell .printed { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); }
td.cell .amounts { font-variant-numeric: tabular-nums; }
td.cell .amounts span { white-space: nowrap; }
td.act { min-width: 11em; }
td.cell .reste { font-weight: 600; }
td.cell.empty { color: var(--muted); }
td.cell .problem { color: var(--muted); font-style: italic; }
[data-start] { cursor: pointer; }
[data-start]:hover { outline: 1px dashed var(--focus); outline-offset: -1px; }
[data-start]:focus { outline: 2px solid var(--focus); outline-offset: -2px; }
svg.bar { display: block; width: 100%; height: 8px; margin-top: 3px; }
.secu { fill: var(--secu); background: var(--secu); }
.mutuelle { fill: var(--mutuelle); background: var(--mutuelle); }
.rest { fill: var(--reste); background: var(--reste); }
.legend .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin: 0 4px 0 10px; vertical-align: -1px; }
ul.findings { list-style: none; margin: 3px 0 0; padding: 0; font-size: 0.9em; }
ul.findings li { border-left: 3px solid var(--info); padding-left: 4px; margin-top: 2px; }
ul.findings li.error { border-color: var(--error); }
ul.findings li.warning { border-color: var(--warning); }
ul.findings .code { font-weight: 600; }
td.has-error { box-shadow: inset 0 0 0 1px var(--error); }
section.comparison { border: 1px solid var(--border); border-left: 4px solid var(--info); padding: 4px 8px; margin: 8px 0; }
section.comparison h3 { font-size: 1em; margin: 6px 0 2px; }
td.cell.changed, td.cell.added { box-shadow: inset 3px 0 0 var(--info); }
td.cell.down { box-shadow: inset 3px 0 0 var(--error); }
td.cell.up { box-shadow: inset 3px 0 0 var(--mutuelle); }
td.cell .change { margin-top: 4px; font-size: 0.9em; border-top: 1px dashed var(--border); padding-top: 2px; }
td.cell .change-kind { font-weight: 600; }
td.cell .before { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); color: var(--muted); }
ul.points { list-style: none; margin: 0; padding: 0; font-variant-numeric: tabular-nums; }
body.vscode-high-contrast svg.bar rect, body.vscode-high-contrast-light svg.bar rect { stroke: var(--vscode-contrastBorder); stroke-width: 1px; }
@media (forced-colors: active) {
  svg.bar rect { stroke: CanvasText; stroke-width: 1px; }
  .secu { fill: CanvasText; background: CanvasText; forced-color-adjust: none; }
  .mutuelle { fill: Highlight; background: Highlight; forced-color-adjust: none; }
  .rest { fill: Canvas; background: Canvas; forced-color-adjust: none; }
}
`;

/** The webview's script: a click (or Enter) on a cell asks the editor to reveal its source; an update replaces the table. */
const SCRIPT = `
(() => {
  const vscode = acquireVsCodeApi();
  const reveal = (target) => {
    const el = target instanceof Element ? target.closest('[data-start]') : null;
    if (el) vscode.postMessage({ type: 'reveal', start: Number(el.dataset.start), end: Number(el.dataset.end) });
  };
  document.addEventListener('click', (e) => reveal(e.target));
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') reveal(e.target); });
  window.addEventListener('message', (e) => {
    const message = e.data;
    if (!message || message.type !== 'update' || typeof message.html !== 'string') return;
    const next = new DOMParser().parseFromString(message.html, 'text/html').querySelector('main');
    const current = document.querySelector('main');
    if (next && current) current.replaceWith(document.adoptNode(next));
  });
})();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function findingsList(findings: PreviewFinding[], language: Language): string {
  if (findings.length === 0) return '';
  const w = WORDS[language];
  const items = findings.map(
    (f) =>
      `<li class="${f.severity}" title="${escapeHtml(`${f.code} (${w.line(f.line)}) : ${f.message}`)}"><span class="code">${escapeHtml(f.code)}</span> ${escapeHtml(f.message)}</li>`,
  );
  return `<ul class="findings">${items.join('')}</ul>`;
}

const sourceAttributes = (span: Span | null) => (span ? ` data-start="${span.start}" data-end="${span.end}" tabindex="0"` : '');

function bar(amounts: PreviewAmounts, language: Language): string {
  const s = amounts.shares;
  const label = WORDS[language].shares(s.secu, s.mutuelle, s.reste);
  // Widths in a 100-wide box: attributes, not inline styles, so the CSP needs no 'unsafe-inline'.
  const mutuelleX = amounts.offsets.mutuelle;
  const resteX = amounts.offsets.reste;
  return (
    `<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>` +
    `<rect class="secu" x="0" y="0" width="${s.secu}" height="8"/><rect class="mutuelle" x="${mutuelleX}" y="0" width="${s.mutuelle}" height="8"/>` +
    `<rect class="rest" x="${resteX}" y="0" width="${s.reste}" height="8"/></svg>`
  );
}

function cellHtml(cell: PreviewCell, language: Language): string {
  const w = WORDS[language];
  const l = LABELS[language];
  const classes = [
    'cell',
    ...(cell.source ? [] : ['empty']),
    ...(cell.findings.some((f) => f.severity === 'error') ? ['has-error'] : []),
    ...(cell.change ? [cell.change.kind, cell.change.trend] : []),
  ];
  if (!cell.source)
    return `<td class="${classes.join(' ')}">${cell.findings.length ? findingsList(cell.findings, language) : `<span title="${escapeHtml(w.notCovered)}">—</span>`}</td>`;
  const parts = [`<div class="printed">${escapeHtml(cell.printed)}</div>`];
  if (cell.amounts) {
    const a = cell.amounts;
    const at = cell.ownPrice ? `${escapeHtml(w.at(a.price))} : ` : '';
    parts.push(
      `<div class="amounts">${at}<span class="mut">${escapeHtml(l.mutuelle)} ${escapeHtml(a.mutuelle)}</span> · <span class="reste">${escapeHtml(l.reste)} ${escapeHtml(a.reste)}</span></div>`,
      bar(a, language),
    );
  } else if (cell.problem) {
    parts.push(`<div class="problem">${escapeHtml(cell.problem)}</div>`);
  }
  if (cell.change) parts.push(changeHtml(cell.change, language));
  parts.push(findingsList(cell.findings, language));
  const tip = cell.amounts
    ? l.previewTip(cell.description || cell.printed, cell.amounts.price, cell.amounts.secu, cell.amounts.mutuelle, cell.amounts.reste)
    : cell.description || cell.printed;
  return `<td class="${classes.join(' ')}"${sourceAttributes(cell.source)} title="${escapeHtml(`${plainSpaces(tip)}\n${w.reveal}`)}">${parts.join('')}</td>`;
}

/** A cell's change: what it was, and each compared price's mutuelle and reste before → after. */
function changeHtml(change: PreviewChange, language: Language): string {
  const w = WORDS[language];
  const l = LABELS[language];
  const head = `<div class="change-kind">${escapeHtml(`${w.kinds[change.kind]}, ${w.trends[change.trend]}`)}</div>`;
  const before = `<div class="before">${escapeHtml(`${w.before} : ${change.before ?? w.noLine}`)}</div>`;
  const points = change.points
    .map(
      (p) =>
        `<li>${escapeHtml(`${p.label} : ${l.mutuelle} ${p.mutuelle} · ${l.reste} ${p.reste}`)}${p.difference ? ` <strong>${escapeHtml(p.difference)}</strong>` : ''}</li>`,
    )
    .join('');
  return `<div class="change">${head}${before}<ul class="points">${points}</ul></div>`;
}

/** The comparison above the table: its summary, the cells removed, the findings added and resolved, the examples moved. */
function comparisonHtml(c: PreviewComparison, language: Language): string {
  const w = WORDS[language];
  const out = [`<section class="comparison"><h2>${escapeHtml(w.compare(c.label))}</h2><p>${escapeHtml(c.summary)}</p>`];
  if (c.removed.length > 0) {
    out.push(`<h3>${escapeHtml(w.removedCells)}</h3><ul class="removed">`);
    for (const r of c.removed)
      out.push(
        `<li><strong>${escapeHtml(r.title)}</strong> : ${escapeHtml(`${w.before} : ${r.before}`)}<ul class="points">${r.points
          .map(
            (p) =>
              `<li>${escapeHtml(`${p.label} : ${LABELS[language].mutuelle} ${p.mutuelle} · ${LABELS[language].reste} ${p.reste}`)}${p.difference ? ` <strong>${escapeHtml(p.difference)}</strong>` : ''}</li>`,
          )
          .join('')}</ul></li>`,
      );
    out.push('</ul>');
  }
  const list = (title: string, findings: PreviewFinding[], cls: string) => {
    if (findings.length === 0) return;
    out.push(`<h3>${escapeHtml(title)}</h3><ul class="findings ${cls}">`);
    for (const f of findings)
      out.push(`<li class="${f.severity}"><span class="code">${escapeHtml(f.code)}</span> ${escapeHtml(w.line(f.line))} : ${escapeHtml(f.message)}</li>`);
    out.push('</ul>');
  };
  list(w.findingsAdded, c.findingsAdded, 'added');
  list(w.findingsResolved, c.findingsResolved, 'resolved');
  if (c.examples.length > 0)
    out.push(`<h3>${escapeHtml(w.examplesMoved)}</h3><ul class="examples">${c.examples.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`);
  out.push('</section>');
  return out.join('');
}

/** The page body: the title, the formulas, the legend, the table, the findings on no line. */
function mainHtml(preview: GridPreview): string {
  const language = preview.language;
  const w = WORDS[language];
  const l = LABELS[language];
  const out: string[] = ['<main>', `<h1>${escapeHtml(preview.title)}</h1>`];
  if (preview.insurer) out.push(`<p class="insurer">${escapeHtml(preview.insurer)}</p>`);
  out.push(`<p>${escapeHtml(preview.date ? w.intro(preview.date) : w.noDate)}</p>`);
  if (preview.comparison) out.push(comparisonHtml(preview.comparison, language));
  const described = preview.columns.filter((c) => c.summary);
  if (described.length > 0)
    out.push(`<ul class="formulas">${described.map((c) => `<li><strong>${escapeHtml(c.name)}</strong> : ${escapeHtml(c.summary)}</li>`).join('')}</ul>`);
  out.push(
    `<p class="legend">${escapeHtml(w.legend)}<span class="swatch secu"></span>Sécu<span class="swatch mutuelle"></span>${escapeHtml(l.mutuelle)}<span class="swatch rest"></span>${escapeHtml(l.reste)}</p>`,
  );
  const width = 4 + preview.columns.length;
  out.push(
    '<table class="grid">',
    `<thead><tr><th scope="col">${escapeHtml(w.act)}</th><th scope="col">${escapeHtml(w.sector)}</th><th scope="col">${escapeHtml(w.price)}</th><th scope="col">Sécu</th>${preview.columns
      .map((c) => `<th scope="col" class="column"${c.summary ? ` title="${escapeHtml(c.summary)}"` : ''}>${escapeHtml(c.name)}</th>`)
      .join('')}</tr></thead>`,
  );
  for (const section of preview.sections) {
    out.push(`<tbody><tr class="section"><th colspan="${width}" scope="rowgroup"><h2>${escapeHtml(section.name)}</h2></th></tr>`);
    for (const row of section.rows) {
      const act = `${escapeHtml(row.act)}${row.conditions ? ` <span class="cond">(${escapeHtml(row.conditions)})</span>` : ''}`;
      out.push(
        `<tr><td class="act${row.findings.some((f) => f.severity === 'error') ? ' has-error' : ''}"${sourceAttributes(row.source)}>${act}${findingsList(row.findings, language)}</td>` +
          `<td>${escapeHtml(row.sector)}</td><td class="num">${escapeHtml(row.price)}</td><td class="num">${escapeHtml(row.secu)}</td>` +
          `${row.cells.map((c) => cellHtml(c, language)).join('')}</tr>`,
      );
    }
    out.push('</tbody>');
  }
  out.push('</table>');
  if (preview.notes.length > 0) {
    out.push(`<ul class="notes">`);
    for (const n of preview.notes) out.push(`<li${sourceAttributes(n.source)}>${n.mark ? `(${escapeHtml(n.mark)}) ` : ''}${escapeHtml(n.text)}</li>`);
    out.push('</ul>');
  }
  if (preview.otherFindings.length > 0) {
    out.push(`<h2 class="other">${escapeHtml(w.otherFindings)}</h2><ul class="findings other">`);
    for (const f of preview.otherFindings)
      out.push(
        `<li class="${f.severity}"${sourceAttributes(f.range)}><span class="code">${escapeHtml(f.code)}</span> ${escapeHtml(w.line(f.line))} : ${escapeHtml(f.message)}</li>`,
      );
    out.push('</ul>');
  }
  out.push('</main>');
  return out.join('\n');
}

/**
 * The preview as a whole HTML page. Its Content-Security-Policy loads nothing (`default-src
 * 'none'`) and allows only its own inline style and, in the webview, its own script, by nonce; the
 * standalone page has no script and allows its style by hash (the file is the same at each export).
 */
export function gridPreviewHtml(preview: GridPreview, target: GridPreviewTarget): string {
  const webview = target.kind === 'webview';
  const nonce = webview ? target.nonce.replace(/[^A-Za-z0-9+/=_-]/g, '') : '';
  const csp = webview
    ? `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`
    : `default-src 'none'; style-src ${sha256(STYLE)}; base-uri 'none'; form-action 'none'`;
  return [
    '<!doctype html>',
    `<html lang="${preview.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(preview.title)}</title>`,
    `<style${webview ? ` nonce="${nonce}"` : ''}>${STYLE}</style>`,
    '</head>',
    '<body>',
    mainHtml(preview),
    ...(webview ? [`<script nonce="${nonce}">${SCRIPT}</script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

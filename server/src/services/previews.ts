/**
 * Inline previews: at the end of each guarantee line, what it pays at the act's typical price for
 * each sector column; after each example's expected amounts, what the engine computes.
 *
 * A column with a carence is previewed on the first date its guarantee applies (the contract's
 * effective date plus the carence), and says so: at the effective date it would pay nothing.
 *
 * A row of formulas side by side (`| 100 % BR | 150 % BR | -`) gets short hints instead of one
 * long label: after the row's head (the act, or the sector word of a sector row) the price and the
 * Sécu's share, the same for every formula; after each cell what that formula's mutuelle pays and
 * what is left. Each hint is kept within VS Code's default `editor.inlayHints.maximumLength` (43
 * characters): the formula's name is dropped first, then the word « mutuelle », the same way on
 * every cell of the row; the tooltip (and the hover of the cell) says everything.
 */
import {
  addToDate,
  type Analysis,
  carenceText,
  formatEuros,
  LABELS,
  type Language,
  type LineModel,
  type LinePreview,
  type ParameterSet,
  previewLine,
  type Span,
  type Token,
} from '../core';
import { type ColumnModel, formulaSummary, formulaWords, isCellColumn, isFormulaRow, rowCells, type Variant } from './formulas';

export type PreviewStyle = 'full' | 'compact';

export interface Preview {
  /** Where the label goes: the end of the line (after a trailing comment) or of the expected amounts. */
  offset: number;
  label: string;
  tooltip: string;
  /** A space after the label too (a hint written just before a `|`). */
  paddingRight?: boolean;
}

/** VS Code's default `editor.inlayHints.maximumLength`: a longer label is cut with « … ». */
export const MAX_HINT_LENGTH = 43;

export interface LinePreviewOptions {
  params?: ParameterSet;
  /** Unit prices instead of the catalogue's typical ones (the `grille.typicalPrices` setting). */
  typicalPrices?: Record<string, number | string>;
  /** Write the engine's trace (« Expliquer »); labels, tooltips and hovers only need the amounts. */
  explain?: boolean;
}

export interface DatedPreview extends LinePreview {
  /** The carence waited for before the date of the preview, in words (« 6 mois »), if any. */
  afterCarence?: string;
}

/** What each column of a line pays at the typical price, on the first date its guarantee applies. */
export function linePreviews(analysis: Analysis, line: LineModel, options: LinePreviewOptions = {}, language: Language = 'fr'): DatedPreview[] {
  const start = analysis.model.contract.effectiveDate;
  const base = {
    ...(options.params ? { params: options.params } : {}),
    ...(options.typicalPrices ? { typicalPrices: options.typicalPrices } : {}),
    explain: options.explain ?? false,
  };
  const atStart = previewLine(analysis.model, line, base);
  if (!start) return atStart;
  // Columns with the same carence share one preview of the line at that later date.
  const byDate = new Map<string, LinePreview[]>();
  return atStart.map((preview) => {
    const carence = line.columns[preview.column]?.limits.carence;
    if (!carence) return preview;
    const date = addToDate(start, carence.months, carence.days);
    if (!byDate.has(date)) byDate.set(date, previewLine(analysis.model, line, { ...base, date }));
    const later = byDate.get(date)!.find((p) => p.column === preview.column);
    return later ? { ...later, afterCarence: carenceText(carence, language) } : preview;
  });
}

const COLUMN_SHORT = {
  fr: { all: '', dptam: 'DPTAM', non_dptam: 'non DPTAM', non_conventionne: 'secteur 3' },
  en: { all: '', dptam: 'DPTAM', non_dptam: 'non-DPTAM', non_conventionne: 'sector 3' },
} as const;

/** The end of the source line a guarantee line ends on, after any trailing comment. */
function endOfSourceLine(analysis: Analysis, offset: number): number {
  const line = analysis.lineIndex.positionAt(offset).line;
  let end = analysis.lineIndex.lineEnd(line);
  while (end > offset && /\s/.test(analysis.text[end - 1] ?? '')) end--;
  return end;
}

export function previews(analysis: Analysis, range: Span, options: LinePreviewOptions & { style?: PreviewStyle; language?: Language } = {}): Preview[] {
  const style = options.style ?? 'full';
  const language = options.language ?? 'fr';
  const t = LABELS[language];
  const out: Preview[] = [];
  const grid = analysis.model;
  for (const line of analysis.model.lines) {
    if (!line.act || line.node.range.end < range.start || line.node.range.start > range.end) continue;
    const row = isFormulaRow(grid, line);
    if (row) out.push(...formulaRowPreviews(analysis, line, options, style, language));
    // On a row of formulas, the columns written without cells (if any) keep the label at the end.
    const results = linePreviews(analysis, line, options, language).filter((p) => !row || !isCellColumn(line.columns[p.column]!));
    const parts: string[] = [];
    const tips: string[] = [];
    for (const p of results) {
      const r = p.result;
      const name = COLUMN_SHORT[language][p.column];
      if (!r.ok) {
        parts.push(`${name ? `${name}${t.colon} ` : ''}${t.incalculableShort}`);
        tips.push(r.problems.join(' '));
        continue;
      }
      const amounts =
        style === 'compact'
          ? `${formatEuros(r.amoNet)} / ${formatEuros(r.amc)} / ${formatEuros(r.reste)}`
          : `${t.secu} ${formatEuros(r.amoNet)} · ${t.mutuelle} ${formatEuros(r.amc)} · ${t.reste} ${formatEuros(r.reste)}`;
      const when = p.afterCarence ? ` (${t.afterCarence(p.afterCarence)})` : '';
      parts.push(`${name ? name + ' ' : ''}${formatEuros(r.price)} → ${amounts}${when}`);
      tips.push(t.previewTip(`${name || t.allSectors}${when}`, formatEuros(r.price), formatEuros(r.amoNet), formatEuros(r.amc), formatEuros(r.reste)));
    }
    if (parts.length === 0) continue;
    // In a grid of formulas, a row without cells is the same for every formula.
    const every = grid.formulas.length > 0 && !line.option ? `\n${formulaWords(language).everyFormula}` : '';
    out.push({ offset: endOfSourceLine(analysis, line.node.range.end), label: parts.join(' | '), tooltip: tips.join('\n') + every + '\n' + t.detail });
  }
  for (const outcome of analysis.examples) {
    for (const event of outcome.events) {
      const anchor = event.event.expected?.node.range ?? event.event.node.range;
      if (anchor.end < range.start || anchor.start > range.end) continue;
      if (!event.total) {
        const problems = event.results.flatMap((r) => r.problems);
        if (problems.length > 0) out.push({ offset: endOfSourceLine(analysis, anchor.end), label: t.incalculableShort, tooltip: problems.join(' ') });
        continue;
      }
      const total = event.total;
      const status = event.event.expected ? (event.mismatches.length === 0 ? '✓' : '✗') : '=';
      const label =
        style === 'compact'
          ? `${status} ${formatEuros(total.secu)} / ${formatEuros(total.mutuelle)} / ${formatEuros(total.reste)}`
          : `${status} ${t.computed}${t.colon} ${t.secu} ${formatEuros(total.secu)} · ${t.mutuelle} ${formatEuros(total.mutuelle)} · ${t.reste} ${formatEuros(total.reste)}`;
      out.push({ offset: endOfSourceLine(analysis, anchor.end), label, tooltip: event.mismatches.length > 0 ? t.mismatch : t.computedTip });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

const ROW_WORDS = {
  fr: {
    mutuelle: 'mutuelle',
    reste: 'reste',
    after: (c: string) => `après ${c}`,
    headTip: (price: string, secu: string) =>
      `Pour ${price} (prix typique), la Sécu paie ${secu}, quelle que soit la formule ; ce que paie chaque formule s'affiche au bout de sa cellule.`,
  },
  en: {
    // Shorter than the labels' « complementary » and « out-of-pocket »: a cell's hint must fit in 43 characters.
    mutuelle: 'covers',
    reste: 'you pay',
    after: (c: string) => `after ${c}`,
    headTip: (price: string, secu: string) =>
      `For ${price} (typical price), the Sécu pays ${secu} whatever the formula; what each formula pays shows at the end of its cell.`,
  },
} as const;

/**
 * Where the hint of a row's head goes: after the last word before its cells (the act, its label,
 * the sector word), or before the first `|` when the cells start a line of their own.
 */
function headAnchor(analysis: Analysis, variant: Variant): { offset: number; paddingRight: boolean } | null {
  const first = variant.cells?.[0];
  if (!first) return null;
  const tokens = analysis.document.tokens;
  let i = tokens.findIndex((tok) => tok.start >= first.range.start);
  if (i < 0) i = tokens.length;
  const pipe: Token | undefined = tokens[i - 1]?.kind === 'pipe' ? tokens[i - 1] : undefined;
  const before = tokens[pipe ? i - 2 : i - 1];
  const lineOf = (offset: number) => analysis.lineIndex.positionAt(offset).line;
  if (before && before.kind !== 'newline' && before.kind !== 'comment' && lineOf(before.end) === lineOf(first.range.start))
    return { offset: before.end, paddingRight: false };
  return pipe ? { offset: pipe.start, paddingRight: true } : null;
}

/** The hints of a row of formulas side by side (see the file's comment). */
function formulaRowPreviews(analysis: Analysis, row: LineModel, options: LinePreviewOptions, style: PreviewStyle, language: Language): Preview[] {
  const grid = analysis.model;
  const t = LABELS[language];
  const w = ROW_WORDS[language];
  const fw = formulaWords(language);
  const socleName = grid.formulas[0]?.name ?? '';
  const byLine = new Map<LineModel, DatedPreview[]>();
  const previewOf = (line: LineModel, column: ColumnModel) => {
    if (!byLine.has(line)) byLine.set(line, linePreviews(analysis, line, options, language));
    return byLine.get(line)!.find((p) => p.column === column.key);
  };
  const cells = rowCells(grid, row).flatMap((cell) => {
    const preview = previewOf(cell.line, cell.column);
    return preview ? [{ ...cell, preview }] : [];
  });
  const out: Preview[] = [];
  // The head of each variant (the row, or each sector row): the price and the Sécu, from the first formula that computes.
  const heads = new Map<Variant, DatedPreview>();
  for (const cell of [...cells].sort((a, b) => a.formula.index - b.formula.index)) {
    if (!heads.has(cell.column.variant) && cell.preview.result.ok) heads.set(cell.column.variant, cell.preview);
  }
  for (const [variant, head] of heads) {
    const anchor = headAnchor(analysis, variant);
    if (!anchor) continue;
    const r = head.result;
    const label = style === 'compact' ? `${formatEuros(r.price)} → ${formatEuros(r.amoNet)}` : `${formatEuros(r.price)} → ${t.secu} ${formatEuros(r.amoNet)}`;
    out.push({
      offset: anchor.offset,
      label,
      tooltip: w.headTip(formatEuros(r.price), formatEuros(r.amoNet)),
      ...(anchor.paddingRight ? { paddingRight: true } : {}),
    });
  }
  // Each cell: the longest form that fits on every cell of the row (name, then « mutuelle », dropped).
  const forms = cells.map((cell) => {
    const r = cell.preview.result;
    const name = cell.formula.name;
    if (!r.ok) return [`${name}${t.colon} ${t.incalculableShort}`, t.incalculableShort];
    const headPrice = heads.get(cell.column.variant)?.result.price;
    const price = headPrice && r.price.equals(headPrice) ? '' : `${formatEuros(r.price)} → `;
    const when = cell.preview.afterCarence ? ` (${w.after(cell.preview.afterCarence)})` : '';
    if (style === 'compact') {
      const amounts = `${price}${formatEuros(r.amc)} / ${formatEuros(r.reste)}${when}`;
      return [`${name} ${amounts}`, amounts];
    }
    const rest = `${w.reste} ${formatEuros(r.reste)}${when}`;
    return [
      `${name}${t.colon} ${price}${w.mutuelle} ${formatEuros(r.amc)} · ${rest}`,
      `${price}${w.mutuelle} ${formatEuros(r.amc)} · ${rest}`,
      `${price}${formatEuros(r.amc)} · ${rest}`,
    ];
  });
  const depth = Math.max(0, ...forms.map((f) => f.length));
  const pick = (f: string[], k: number) => f[Math.min(k, f.length - 1)]!;
  let k = 0;
  while (k < depth - 1 && forms.some((f) => pick(f, k).length > MAX_HINT_LENGTH)) k++;
  cells.forEach((cell, i) => {
    const r = cell.preview.result;
    const sector = COLUMN_SHORT[language][cell.column.key];
    const when = cell.preview.afterCarence ? ` (${t.afterCarence(cell.preview.afterCarence)})` : '';
    const title = `« ${cell.formula.name} »${sector ? `, ${sector}` : ''}${when}`;
    const tips = r.ok
      ? [t.previewTip(title, formatEuros(r.price), formatEuros(r.amoNet), formatEuros(r.amc), formatEuros(r.reste))]
      : [`${title}${t.colon} ${t.incalculableShort}. ${r.problems.join(' ')}`];
    tips.push(`${fw.rank(cell.formula.index + 1, grid.formulas.length)}${t.colon} ${formulaSummary(cell.formula, language)}.`);
    const mode = cell.formula.option?.mode;
    if (r.ok && (mode === 'inclut_socle' || mode === 'en_sus_du_socle')) tips.push(fw.socleShare(socleName, formatEuros(r.amcSocle)));
    tips.push(t.detail);
    out.push({ offset: cell.column.range.end, label: pick(forms[i]!, k), tooltip: tips.join('\n') });
  });
  return out;
}

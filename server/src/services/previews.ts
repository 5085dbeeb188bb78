/**
 * Inline previews: at the end of each guarantee line, what it pays at the act's typical price for
 * each sector column; after each example's expected amounts, what the engine computes.
 *
 * A column with a carence is previewed on the first date its guarantee applies (the contract's
 * effective date plus the carence), and says so: at the effective date it would pay nothing.
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
} from '../core';

export type PreviewStyle = 'full' | 'compact';

export interface Preview {
  /** Where the label goes: the end of the line (after a trailing comment) or of the expected amounts. */
  offset: number;
  label: string;
  tooltip: string;
}

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
  for (const line of analysis.model.lines) {
    if (!line.act || line.node.range.end < range.start || line.node.range.start > range.end) continue;
    const results = linePreviews(analysis, line, options, language);
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
    out.push({ offset: endOfSourceLine(analysis, line.node.range.end), label: parts.join(' | '), tooltip: tips.join('\n') + '\n' + t.detail });
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

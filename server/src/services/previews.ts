/**
 * Inline previews: at the end of each guarantee line, what it pays at the act's typical price for
 * each sector column; after each example's expected amounts, what the engine computes.
 *
 * A column with a carence is previewed on the first date its guarantee applies (the contract's
 * effective date plus the carence), and says so: at the effective date it would pay nothing.
 *
 * VS Code gives all the hints of a source line 43 characters together (its default
 * `editor.inlayHints.maximumLength`), so a label is designed for that space: the reste à charge
 * first (a cut never hides it), short words and whole euros without cents, the longest wording
 * that fits; a line of several sector columns shows the first column, then the others' reste if
 * they fit, the others in full in the tooltip. After an `attendu` line that the engine contradicts,
 * the wrong figures come first, each with the expected one.
 *
 * A row of formulas side by side (`| 100 % BR | 150 % BR | -`) gets short hints instead of one
 * long label: after the row's head (the act, or the sector word of a sector row) the price and the
 * Sécu's share, the same for every formula; after each cell what is left and what that formula
 * pays. The extension raises the limit to `ROW_HINT_LENGTH` for grille files; the formula's name is
 * dropped first, then the insurer's word, then its amount, the same way on every cell of the row;
 * the tooltip (and the hover of the cell) says everything.
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
  shortEuros,
  type Span,
  type Token,
} from '../core';
import type Decimal from 'decimal.js';
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

/**
 * VS Code's default `editor.inlayHints.maximumLength`: the characters of all the hints of one
 * source line together; past it the editor cuts the label with « … » and drops the line's later
 * hints. A line's label is designed for it (the reste first, one sector column at a time).
 */
export const MAX_HINT_LENGTH = 43;

/**
 * The hints of a row of formulas side by side (one per cell) share a source line: the extension
 * raises `editor.inlayHints.maximumLength` to this for grille files
 * (package.json, `contributes.configurationDefaults`), and the cells' labels are shortened to fit it.
 */
export const ROW_HINT_LENGTH = 120;

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

/** The words of a preview's label, short: a label must fit the space VS Code gives the hints of a line. */
const HINT_WORDS = {
  fr: {
    reste: 'reste',
    secu: 'Sécu',
    mutuelle: 'mutuelle',
    mutuelleShort: 'mut.',
    price: (p: string) => `pour ${p}`,
    after: (c: string) => `après ${c}`,
    expected: (e: string) => `attendu ${e}`,
    fields: { secu: 'Sécu', mutuelle: 'mutuelle', reste: 'reste' },
    otherColumns: (n: number) => `Les ${n === 1 ? 'autre colonne' : `${n} autres colonnes`} au survol.`,
  },
  en: {
    reste: 'out-of-pocket',
    secu: 'Sécu',
    mutuelle: 'insurer',
    mutuelleShort: 'insurer',
    price: (p: string) => `for ${p}`,
    after: (c: string) => `after ${c}`,
    expected: (e: string) => `expected ${e}`,
    fields: { secu: 'Sécu', mutuelle: 'insurer', reste: 'out-of-pocket' },
    otherColumns: (n: number) => `The ${n === 1 ? 'other column' : `${n} other columns`} on hover.`,
  },
} as const;

/** The first candidate that fits `budget` characters, else the last (the shortest, the reste first: a cut keeps it). */
function fit(candidates: string[], budget: number): string {
  return candidates.find((c) => c.length <= budget) ?? candidates[candidates.length - 1]!;
}

interface Amounts {
  price?: Decimal;
  secu: Decimal;
  mutuelle: Decimal;
  reste: Decimal;
}

/** The amounts of one column or one example act, from the longest wording to the shortest, the reste first. */
function amountForms(a: Amounts, language: Language, style: PreviewStyle): string[] {
  const w = HINT_WORDS[language];
  const e = (d: Decimal) => shortEuros(d, language);
  if (style === 'compact') return [`${e(a.secu)} / ${e(a.mutuelle)} / ${e(a.reste)}`];
  const forms = [
    `${w.reste} ${e(a.reste)} · ${w.secu} ${e(a.secu)} · ${w.mutuelle} ${e(a.mutuelle)}`,
    `${w.reste} ${e(a.reste)} · ${w.secu} ${e(a.secu)} · ${w.mutuelleShort} ${e(a.mutuelle)}`,
    `${w.reste} ${e(a.reste)} (${e(a.secu)} / ${e(a.mutuelle)})`,
  ];
  return a.price ? [`${forms[0]} ${w.price(e(a.price))}`, ...forms] : forms;
}

export function previews(analysis: Analysis, range: Span, options: LinePreviewOptions & { style?: PreviewStyle; language?: Language } = {}): Preview[] {
  const style = options.style ?? 'full';
  const language = options.language ?? 'fr';
  const t = LABELS[language];
  const w = HINT_WORDS[language];
  const out: Preview[] = [];
  const grid = analysis.model;
  for (const line of analysis.model.lines) {
    if (!line.act || line.node.range.end < range.start || line.node.range.start > range.end) continue;
    const row = isFormulaRow(grid, line);
    if (row) out.push(...formulaRowPreviews(analysis, line, options, style, language));
    // On a row of formulas, the columns written without cells (if any) keep the label at the end.
    const results = linePreviews(analysis, line, options, language).filter((p) => !row || !isCellColumn(line.columns[p.column]!));
    if (results.length === 0) continue;
    const tips: string[] = [];
    // Each column's forms, longest first; a line of several sector columns shows one (the first), the others on hover.
    const columns = results.map((p) => {
      const r = p.result;
      const name = COLUMN_SHORT[language][p.column];
      const named = (s: string) => (name ? `${name} ${s}` : s);
      if (!r.ok) {
        tips.push(`${name || t.allSectors}${t.colon} ${t.incalculableShort}. ${r.problems.join(' ')}`);
        return { full: [named(t.incalculableShort)], reste: named(t.incalculableShort) };
      }
      const when = p.afterCarence ? ` (${w.after(p.afterCarence)})` : '';
      tips.push(
        t.previewTip(
          `${name || t.allSectors}${p.afterCarence ? ` (${t.afterCarence(p.afterCarence)})` : ''}`,
          formatEuros(r.price),
          formatEuros(r.amoNet),
          formatEuros(r.amc),
          formatEuros(r.reste),
        ),
      );
      const forms = amountForms({ price: r.price, secu: r.amoNet, mutuelle: r.amc, reste: r.reste }, language, style);
      return { full: forms.map((f) => named(f + when)), reste: named(`${style === 'compact' ? '' : `${w.reste} `}${shortEuros(r.reste, language)}${when}`) };
    });
    const [first, ...others] = columns;
    const candidates =
      others.length === 0
        ? first!.full
        : [
            ...first!.full.map((f) => [f, ...others.map((o) => o.full[0]!)].join(' | ')),
            ...first!.full.map((f) => [f, ...others.map((o) => o.reste)].join(' | ')),
            ...first!.full,
          ];
    const label = fit(candidates, MAX_HINT_LENGTH);
    const hidden = others.length > 0 && !label.includes(' | ') ? `\n${w.otherColumns(others.length)}` : '';
    // In a grid of formulas, a row without cells is the same for every formula.
    const every = grid.formulas.length > 0 && !line.option ? `\n${formulaWords(language).everyFormula}` : '';
    out.push({ offset: endOfSourceLine(analysis, line.node.range.end), label, tooltip: tips.join('\n') + hidden + every + '\n' + t.detail });
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
      const amounts = amountForms({ secu: total.secu, mutuelle: total.mutuelle, reste: total.reste }, language, style);
      let candidates: string[];
      if (!event.event.expected) candidates = amounts.map((a) => `= ${a}`);
      else if (event.mismatches.length === 0) candidates = amounts.map((a) => `✓ ${a}`);
      else {
        // The wrong figures first (the reste first of them), each with what was expected; then the right ones if they fit.
        const e = (d: Decimal) => shortEuros(d, language);
        const order = ['reste', 'secu', 'mutuelle'] as const;
        const mismatches = [...event.mismatches].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
        const wrong = mismatches.map((m) => `${w.fields[m.field]} ${e(m.computed)} (${w.expected(e(m.expected))})`);
        const short = mismatches.map((m) => `${w.fields[m.field]} ${e(m.computed)} ≠ ${e(m.expected)}`);
        const right = order.filter((f) => !mismatches.some((m) => m.field === f)).map((f) => `${w.fields[f]} ${e(total[f])}`);
        candidates = [[...wrong, ...right], [...short, ...right], wrong, short, ...short.slice(0, -1).map((_, i) => short.slice(0, short.length - 1 - i))].map(
          (c) => `✗ ${c.join(' · ')}`,
        );
      }
      const label = fit(candidates, MAX_HINT_LENGTH);
      const tip = `${t.computed}${t.colon} ${t.secu} ${formatEuros(total.secu)} · ${t.mutuelle} ${formatEuros(total.mutuelle)} · ${t.reste} ${formatEuros(total.reste)}.`;
      out.push({ offset: endOfSourceLine(analysis, anchor.end), label, tooltip: `${tip}\n${event.mismatches.length > 0 ? t.mismatch : t.computedTip}` });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

const ROW_WORDS = {
  fr: {
    mutuelle: 'mut.',
    reste: 'reste',
    after: (c: string) => `après ${c}`,
    headTip: (price: string, secu: string) =>
      `Pour ${price} (prix typique), la Sécu paie ${secu}, quelle que soit la formule ; ce que paie chaque formule s'affiche au bout de sa cellule.`,
  },
  en: {
    mutuelle: 'insurer',
    reste: 'out-of-pocket',
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
    const label =
      style === 'compact'
        ? `${shortEuros(r.price, language)} → ${shortEuros(r.amoNet, language)}`
        : `${shortEuros(r.price, language)} → ${t.secu} ${shortEuros(r.amoNet, language)}`;
    out.push({
      offset: anchor.offset,
      label,
      tooltip: w.headTip(formatEuros(r.price), formatEuros(r.amoNet)),
      ...(anchor.paddingRight ? { paddingRight: true } : {}),
    });
  }
  // Each cell: the longest form that fits, the same on every cell of the row (name, then the
  // insurer's word, then its amount dropped), all the hints of a source line within the row budget.
  const e = (d: Decimal) => shortEuros(d, language);
  const forms = cells.map((cell) => {
    const r = cell.preview.result;
    const name = cell.formula.name;
    if (!r.ok) return [`${name}${t.colon} ${t.incalculableShort}`, t.incalculableShort];
    const headPrice = heads.get(cell.column.variant)?.result.price;
    const price = headPrice && r.price.equals(headPrice) ? '' : `${e(r.price)} → `;
    const when = cell.preview.afterCarence ? ` (${w.after(cell.preview.afterCarence)})` : '';
    if (style === 'compact') {
      const amounts = `${price}${e(r.amc)} / ${e(r.reste)}${when}`;
      return [`${name} ${amounts}`, amounts];
    }
    const rest = `${price}${w.reste} ${e(r.reste)}`;
    return [
      `${name}${t.colon} ${rest} · ${w.mutuelle} ${e(r.amc)}${when}`,
      `${rest} · ${w.mutuelle} ${e(r.amc)}${when}`,
      `${rest} · ${e(r.amc)}${when}`,
      `${rest}${when}`,
    ];
  });
  const depth = Math.max(0, ...forms.map((f) => f.length));
  const pick = (f: string[], k: number) => f[Math.min(k, f.length - 1)]!;
  const lineOf = (offset: number) => analysis.lineIndex.positionAt(offset).line;
  const fits = (k: number) => {
    const used = new Map<number, number>();
    for (const head of out) used.set(lineOf(head.offset), (used.get(lineOf(head.offset)) ?? 0) + head.label.length);
    cells.forEach((cell, i) => used.set(lineOf(cell.column.range.end), (used.get(lineOf(cell.column.range.end)) ?? 0) + pick(forms[i]!, k).length));
    return [...used.values()].every((n) => n <= ROW_HINT_LENGTH);
  };
  let k = 0;
  while (k < depth - 1 && !fits(k)) k++;
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

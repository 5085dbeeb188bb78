/**
 * Inline previews: at the end of each guarantee line, what it pays at the act's typical price for
 * each sector column; after each example's expected amounts, what the engine computes.
 */
import type { Analysis } from '../core/analyze';
import { formatEuros } from '../core/engine/money';
import { previewLine } from '../core/engine/simulate';
import type { ParameterSet } from '../core/params/lookup';
import type { Span } from '../core/syntax/text';

export type PreviewStyle = 'full' | 'compact';

export interface Preview {
  /** Where the label goes: the end of the line or of the expected amounts. */
  offset: number;
  label: string;
  tooltip: string;
}

const COLUMN_SHORT = { all: '', dptam: 'DPTAM', non_dptam: 'non DPTAM', non_conventionne: 'secteur 3' } as const;

export function previews(analysis: Analysis, range: Span, options: { style?: PreviewStyle; params?: ParameterSet; typicalPrices?: Record<string, number | string> } = {}): Preview[] {
  const style = options.style ?? 'full';
  const out: Preview[] = [];
  for (const line of analysis.model.lines) {
    if (!line.act || line.node.range.end < range.start || line.node.range.start > range.end) continue;
    const results = previewLine(analysis.model, line, { ...(options.params ? { params: options.params } : {}), ...(options.typicalPrices ? { typicalPrices: options.typicalPrices } : {}) });
    const parts: string[] = [];
    const tips: string[] = [];
    for (const p of results) {
      const r = p.result;
      const name = COLUMN_SHORT[p.column];
      if (!r.ok) {
        parts.push(`${name ? name + ' : ' : ''}incalculable`);
        tips.push(r.problems.join(' '));
        continue;
      }
      const amounts =
        style === 'compact'
          ? `${formatEuros(r.amoNet)} / ${formatEuros(r.amc)} / ${formatEuros(r.reste)}`
          : `Sécu ${formatEuros(r.amoNet)} · mutuelle ${formatEuros(r.amc)} · reste ${formatEuros(r.reste)}`;
      parts.push(`${name ? name + ' ' : ''}${formatEuros(r.price)} → ${amounts}`);
      tips.push(`${name || 'Tous secteurs'} : pour ${formatEuros(r.price)} (prix typique), la Sécu paie ${formatEuros(r.amoNet)}, la mutuelle ${formatEuros(r.amc)}, il reste ${formatEuros(r.reste)}.`);
    }
    if (parts.length === 0) continue;
    out.push({ offset: line.node.range.end, label: parts.join(' | '), tooltip: tips.join('\n') + '\nDétail : « Expliquer ».' });
  }
  for (const outcome of analysis.examples) {
    for (const event of outcome.events) {
      const anchor = event.event.expected?.node.range ?? event.event.node.range;
      if (anchor.end < range.start || anchor.start > range.end) continue;
      if (!event.total) {
        const problems = event.results.flatMap((r) => r.problems);
        if (problems.length > 0) out.push({ offset: anchor.end, label: 'incalculable', tooltip: problems.join(' ') });
        continue;
      }
      const t = event.total;
      const status = event.event.expected ? (event.mismatches.length === 0 ? '✓' : '✗') : '=';
      const label =
        style === 'compact'
          ? `${status} ${formatEuros(t.secu)} / ${formatEuros(t.mutuelle)} / ${formatEuros(t.reste)}`
          : `${status} calculé : Sécu ${formatEuros(t.secu)} · mutuelle ${formatEuros(t.mutuelle)} · reste ${formatEuros(t.reste)}`;
      out.push({ offset: anchor.end, label, tooltip: event.mismatches.length > 0 ? 'Le calcul diffère du montant attendu (voir le constat GR401).' : 'Montants calculés par le moteur.' });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** The engine's step-by-step trace as Markdown: for a guarantee line (each sector column) or an example act. */
import type { Analysis } from '../core/analyze';
import type { Reimbursement } from '../core/engine/compute';
import { formatEuros } from '../core/engine/money';
import { previewLine } from '../core/engine/simulate';
import type { ParameterSet } from '../core/params/lookup';
import { COLUMN_NAME } from './describe';

function renderTrace(title: string, r: Reimbursement): string[] {
  const out = [`## ${title}`, ''];
  if (r.ok) out.push(`**Sécu ${formatEuros(r.amoNet)} · mutuelle ${formatEuros(r.amc)} · reste à charge ${formatEuros(r.reste)}** pour ${formatEuros(r.price)} le ${r.date.split('-').reverse().join('/')}.`, '');
  else out.push(`**Incalculable** : ${r.problems.join(' ')}`, '');
  let n = 1;
  for (const step of r.trace) {
    out.push(`${n++}. **${step.step}** — ${step.text}`);
    for (const p of step.parameters ?? []) out.push(`   - \`${p.id}\` = ${p.value} depuis le ${p.start.split('-').reverse().join('/')} (${p.confidence === 'confirmed' ? '✅' : p.confidence === 'secondary' ? '🟡' : '❓'} ${p.source})`);
  }
  out.push('');
  return out;
}

/** What a line pays, column by column, with the full trace. Offsets select the line. */
export function explainLine(analysis: Analysis, lineStart: number, params?: ParameterSet): string | null {
  const line = analysis.model.lines.find((l) => l.node.range.start === lineStart);
  if (!line || !line.act) return null;
  const out = [`# Expliquer : ${line.act.label}`, '', `Calcul au prix typique, pour un adulte dans le parcours de soins, à la date d'effet du contrat. Ligne : \`${analysis.text.slice(line.node.range.start, line.node.range.end).replace(/\s+/g, ' ')}\``, ''];
  for (const p of previewLine(analysis.model, line, params ? { params } : {})) out.push(...renderTrace(p.column === 'all' ? 'Tous secteurs' : COLUMN_NAME[p.column].fr, p.result));
  return out.join('\n');
}

/** The trace of each computed act of an example (each repetition). */
export function explainExample(analysis: Analysis, exampleIndex: number): string | null {
  const outcome = analysis.examples[exampleIndex];
  if (!outcome) return null;
  const out = [`# Expliquer l'exemple « ${outcome.example.name} »`, ''];
  for (const event of outcome.events) {
    event.results.forEach((r, i) => out.push(...renderTrace(`${event.event.node.act.text}${event.results.length > 1 ? ` (${i + 1}/${event.results.length})` : ''}`, r)));
    if (event.mismatches.length > 0) {
      out.push(`**Écarts avec l'attendu** : ${event.mismatches.map((m) => `${m.field} attendu ${formatEuros(m.expected)}, calculé ${formatEuros(m.computed)}`).join(' ; ')}.`, '');
    }
  }
  return out.join('\n');
}

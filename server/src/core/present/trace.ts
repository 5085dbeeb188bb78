/**
 * The engine's step-by-step trace (`Reimbursement.trace`, computed with `explain: true`) for
 * people: as Markdown for the editor's « Expliquer » document, as plain text for `grille explain`.
 * Both read the same result; they differ only in what each medium shows best (the editor names a
 * parameter's value in French at its start date, the terminal its raw value and ISO date).
 */
import type { Reimbursement } from '../engine/compute';
import { defaultParameters, type ParameterSet } from '../params/lookup';
import { frenchDate } from './dates';
import { parameterValue } from './labels';
import { formatEuros, plainSpaces } from './money';

const CONFIDENCE_EMOJI: Record<string, string> = { confirmed: '✅', secondary: '🟡' };

/** A section `## title`: the amounts, then each step with the parameters it read. */
export function traceMarkdown(title: string, r: Reimbursement, params: ParameterSet = defaultParameters): string[] {
  const out = [`## ${title}`, ''];
  if (r.ok)
    out.push(
      `**Sécu ${formatEuros(r.amoNet)} · mutuelle ${formatEuros(r.amc)} · reste à charge ${formatEuros(r.reste)}** pour ${formatEuros(r.price)} le ${frenchDate(r.date)}.`,
      '',
    );
  else out.push(`**Incalculable** : ${r.problems.join(' ')}`, '');
  let n = 1;
  for (const step of r.trace) {
    out.push(`${n++}. **${step.step}** — ${step.text}`);
    for (const p of step.parameters ?? [])
      out.push(`   - \`${p.id}\` = ${shownValue(p, params)} depuis le ${frenchDate(p.start)} (${CONFIDENCE_EMOJI[p.confidence] ?? '❓'} ${p.source})`);
  }
  out.push('');
  return out;
}

/** A parameter's value in fr-FR (`31,50 €`, `70 %`), as the hovers write it. */
function shownValue(p: { id: string; value: string; start: string }, params: ParameterSet): string {
  const resolved = params.lookup(p.id, p.start);
  return resolved ? parameterValue(resolved) : p.value;
}

/** The title, then indented: the amounts with plain spaces, each step, the parameters it read. */
export function traceText(title: string, r: Reimbursement): string[] {
  const out = [`${title}`];
  out.push(
    r.ok
      ? `  Sécu ${plainSpaces(formatEuros(r.amoNet))} · mutuelle ${plainSpaces(formatEuros(r.amc))} · reste ${plainSpaces(formatEuros(r.reste))} (prix ${plainSpaces(formatEuros(r.price))}, le ${r.date})`
      : `  incalculable : ${r.problems.join(' ')}`,
  );
  r.trace.forEach((step, i) => {
    out.push(`  ${i + 1}. ${step.step} : ${plainSpaces(step.text)}`);
    for (const p of step.parameters ?? []) out.push(`       ${p.id} = ${p.value} depuis le ${p.start} — ${p.source} (${p.confidence})`);
  });
  return out;
}

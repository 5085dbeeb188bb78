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

/** How sure a figure is, in words: editors' fonts often lack the emoji (a ✅ renders as a box). */
const CONFIDENCE = {
  fr: { confirmed: 'confirmé', secondary: 'source secondaire', uncertain: 'incertain' },
  en: { confirmed: 'confirmed', secondary: 'secondary source', uncertain: 'uncertain' },
} as const;

const WORDS = {
  fr: {
    amounts: (secu: string, amc: string, reste: string, price: string, date: string) =>
      `**Sécu ${secu} · mutuelle ${amc} · reste à charge ${reste}** pour ${price} le ${date}.`,
    incalculable: '**Incalculable** :',
    since: 'depuis le',
    colon: ' :',
  },
  en: {
    amounts: (secu: string, amc: string, reste: string, price: string, date: string) =>
      `**Sécu ${secu} · insurer ${amc} · out-of-pocket ${reste}** for ${price} on ${date}.`,
    incalculable: '**Cannot compute**:',
    since: 'since',
    colon: ':',
  },
} as const;

/** The engine's step names (`TraceStep.step`, French: the rules read them) in English. */
const STEP_EN: Readonly<Record<string, string>> = {
  '100 % Santé': '100 % Santé',
  'Actes lourds': 'Major acts',
  Âge: 'Age',
  Base: 'Base (BR)',
  Carence: 'Waiting period',
  Colonne: 'Column',
  Erreur: 'Error',
  Formule: 'Formula',
  Franchise: 'Franchise',
  'Hors parcours': 'Outside the care pathway',
  Ligne: 'Line',
  Mutuelle: 'Insurer',
  Option: 'Option',
  'Participation forfaitaire': 'Participation forfaitaire',
  PMSS: 'PMSS',
  Prix: 'Price',
  'Régime local': 'Local scheme',
  'Reste à charge': 'Out-of-pocket',
  Retenues: 'Withheld',
  Sécu: 'Sécu',
  Séjour: 'Stay',
  'Taux AMO': 'AMO rate',
};

/** A step's name and sentence in `language`. */
export function stepWords(step: { step: string; text: string; textEn: string }, language: 'fr' | 'en'): { step: string; text: string } {
  return language === 'en' ? { step: STEP_EN[step.step] ?? step.step, text: step.textEn } : { step: step.step, text: step.text };
}

/**
 * A section `## title`: the amounts, then each step with the parameters it read, all in `language`
 * (the engine writes each step's sentence in French and English).
 */
export function traceMarkdown(title: string, r: Reimbursement, params: ParameterSet = defaultParameters, language: 'fr' | 'en' = 'fr'): string[] {
  const w = WORDS[language];
  const out = [`## ${title}`, ''];
  if (r.ok) out.push(w.amounts(formatEuros(r.amoNet), formatEuros(r.amc), formatEuros(r.reste), formatEuros(r.price), frenchDate(r.date)), '');
  else out.push(`${w.incalculable} ${r.problems.join(' ')}`, '');
  let n = 1;
  for (const step of r.trace) {
    const words = stepWords(step, language);
    out.push(`${n++}. **${words.step}** — ${words.text}`);
    for (const p of step.parameters ?? []) {
      const confidence = CONFIDENCE[language][p.confidence as keyof (typeof CONFIDENCE)['fr']] ?? p.confidence;
      out.push(`   - \`${p.id}\` = ${shownValue(p, params, language)} ${w.since} ${frenchDate(p.start)} (${confidence}${w.colon} ${p.source})`);
    }
  }
  out.push('');
  return out;
}

/** A parameter's value in fr-FR (`31,50 €`, `70 %`), as the hovers write it. */
function shownValue(p: { id: string; value: string; start: string }, params: ParameterSet, language: 'fr' | 'en'): string {
  const resolved = params.lookup(p.id, p.start);
  return resolved ? parameterValue(resolved, language) : p.value;
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

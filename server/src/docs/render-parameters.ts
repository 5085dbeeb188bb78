/** docs/parameters.md from the parameter data: every figure with its periods, source and confidence. */
import Decimal from 'decimal.js';
import { formatEuros, formatPercent, type ParameterDefinition, PARAMETERS, plainSpaces } from '../core';

export const CONFIDENCE = { confirmed: '✅ confirmé', secondary: '🟡 secondaire', uncertain: '❓ incertain' } as const;

const GROUPS: [string, string][] = [
  ['pmss', 'Plafond de la Sécurité sociale'],
  ['taux', 'Taux de remboursement de la Sécu (AMO)'],
  ['parcours', 'Parcours de soins'],
  ['pf', 'Participation forfaitaire'],
  ['franchise', 'Franchises médicales'],
  ['pal', 'Participation actes lourds'],
  ['fjh', 'Forfait journalier hospitalier'],
  ['fpu', 'Forfait patient urgences'],
  ['ta', "Tarifs d'autorité (secteur 3)"],
  ['br', 'Bases de remboursement'],
  ['typique', 'Bases illustratives des aperçus'],
  ['plv', '100 % Santé : prix limites de vente'],
  ['hlf', '100 % Santé : honoraires limites de facturation'],
  ['cr', 'Contrat responsable'],
  ['ani', 'Panier minimum des contrats collectifs'],
  ['seuil', 'Information du patient'],
];

/** A parameter's value as docs show it (`95,00 €`, `70 %`, `2 ans`, `6 mois`). */
export function value(definition: ParameterDefinition, raw: string | boolean | null): string {
  if (raw === null) return '(fin)';
  if (typeof raw === 'boolean') return raw ? 'oui' : 'non';
  const d = new Decimal(raw);
  if (definition.unit === 'EUR') return plainSpaces(formatEuros(d));
  if (definition.unit === 'percent') return plainSpaces(formatPercent(d));
  // A period under a year reads in months (« 6 mois », not « 0.5 ans »).
  if (d.lessThan(1)) return `${d.times(12).toString()} mois`;
  return `${raw} ${d.equals(1) ? 'an' : 'ans'}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderParametersMarkdown(): string {
  const out = [
    '# Parameters: regulatory figures with dates and sources',
    '',
    '<!-- Generated from server/src/core/params/parameters.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every regulatory figure Grille uses lives in one data module, `server/src/core/params/parameters.ts`.',
    'A value applies from its start date until the next period of the same parameter; lookups are by',
    'date, so a 2025 grid and a 2026 grid compute with their own figures, and a figure undefined at a',
    "grid's date is reported (GR110) instead of guessed.",
    '',
    'Confidence: ✅ confirmé (official or primary source), 🟡 secondaire (insurer, broker or press pages),',
    '❓ incertain (conflicting sources or memory: verify before relying on it). Sources are the copies',
    'cited in `shared/reference/domain.md`; none was read live.',
    '',
  ];
  for (const [prefix, title] of GROUPS) {
    const group = PARAMETERS.filter((p) => p.id === prefix || p.id.startsWith(`${prefix}.`));
    if (group.length === 0) continue;
    out.push(`## ${title}`, '', '| paramètre | libellé | depuis | valeur | confiance | source | note |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const p of group) {
      for (const period of p.periods) {
        out.push(
          `| \`${p.id}\` | ${cell(p.label)} | ${period.start} | ${value(p, period.value)} | ${CONFIDENCE[period.confidence]} | ${cell(period.source)} | ${cell(period.note ?? '')} |`,
        );
      }
    }
    out.push('');
  }
  const covered = new Set(GROUPS.map(([g]) => g));
  const others = PARAMETERS.filter((p) => !covered.has(p.id.split('.')[0]!));
  if (others.length > 0) throw new Error(`parameters without a documentation group: ${others.map((p) => p.id).join(', ')}`);
  return out.join('\n');
}

/** Guarantee lines and parameters in words, for hovers, lenses and the CLI. */
import type Decimal from 'decimal.js';
import type { ColumnKey, ColumnModel, FormulaTerm } from '../core/model/grid-model';
import { formatEuros, formatPercent } from '../core/engine/money';
import type { ResolvedParameter } from '../core/params/lookup';
import { frenchDate } from '../core/engine/compute';

export type Language = 'fr' | 'en';

const PER_FR: Record<string, string> = {
  acte: 'par acte',
  seance: 'par séance',
  consultation: 'par consultation',
  jour: 'par jour',
  nuit: 'par nuit',
  an: 'par an',
  equipement: 'par équipement',
  oreille: 'par oreille',
  oeil: 'par œil',
  verre: 'par verre',
  dent: 'par dent',
  semestre: 'par semestre',
  sejour: 'par séjour',
  boite: 'par boîte',
  trajet: 'par trajet',
  prothese: 'par prothèse',
};

export const COLUMN_NAME: Record<ColumnKey, { fr: string; en: string }> = {
  all: { fr: 'tous secteurs', en: 'all sectors' },
  dptam: { fr: 'médecin DPTAM (OPTAM/OPTAM-CO) ou secteur 1', en: 'DPTAM or sector-1 doctor' },
  non_dptam: { fr: 'médecin non DPTAM', en: 'non-DPTAM doctor' },
  non_conventionne: { fr: 'médecin non conventionné (secteur 3)', en: 'non-contracted doctor (sector 3)' },
};

function pct(rate: Decimal): string {
  return formatPercent(rate);
}

export function describeTerm(term: FormulaTerm): string {
  switch (term.kind) {
    case 'pct-br':
      if (term.afterTm) return `${pct(term.rate)} de la BR en plus`;
      return term.basis === 'ro_inclus' ? `${pct(term.rate)} de la BR au total, Sécu incluse` : `${pct(term.rate)} de la BR en plus de la Sécu`;
    case 'tm':
      return 'le ticket modérateur';
    case 'frais-reels':
      return `${term.rate.equals(100) ? 'les frais réels' : `${pct(term.rate)} des frais réels`}${term.capPercentBr ? ` dans la limite de ${pct(term.capPercentBr)} de la BR au total` : ''}`;
    case 'amount':
      return `${formatEuros(term.amount)} ${PER_FR[term.per ?? 'acte'] ?? ''}`.trim();
    case 'pmss':
      return `${pct(term.rate)} du PMSS ${PER_FR[term.per ?? 'acte'] ?? ''}`.trim();
    case '100-sante':
      return 'le reste à charge jusqu\'au prix limite 100 % Santé';
    case 'none':
      return 'rien (non couvert)';
  }
}

/** « 150 % de la BR au total, Sécu incluse ; 4 séances par an ». */
export function describeColumn(column: ColumnModel): string {
  const parts = [column.terms.map(describeTerm).join(' + ')];
  const l = column.limits;
  if (l.count) {
    const unit = l.count.unit ? PER_FR[l.count.unit]?.replace('par ', '') ?? l.count.unit : 'fois';
    // « 60 nuits », « 4 séances », « 2 fois », « 3 mois » (plural when more than one).
    const plural = l.count.value <= 1 ? unit : unit === 'œil' ? 'yeux' : /[sxz]$/.test(unit) ? unit : `${unit}s`;
    parts.push(`${l.count.value} ${plural} par an au plus`);
  }
  if (l.annualCap) parts.push(`dans la limite de ${formatEuros(l.annualCap.amount)} par an`);
  if (l.unitCap) parts.push(`plafond de ${formatEuros(l.unitCap.amount)} ${PER_FR[l.unitCap.per ?? 'acte'] ?? ''}`.trim());
  if (l.renewal) parts.push(`un équipement tous les ${l.renewal.years} ans`);
  if (l.carence) parts.push(`après une carence de ${l.carence.months ? `${l.carence.months} mois` : `${l.carence.days} jours`}`);
  return parts.join(' ; ');
}

/** In words, not emoji: editors' hover fonts often lack them. */
const CONFIDENCE_MARK: Record<string, string> = { confirmed: '(confirmé)', secondary: '(secondaire)', uncertain: '(incertain)' };

/** One table row for a parameter: label, value, since, source with its confidence mark. */
export function parameterRow(p: ResolvedParameter): string {
  const value = typeof p.value === 'boolean' ? (p.value ? 'oui' : 'non') : p.unit === 'EUR' ? formatEuros(p.value) : p.unit === 'percent' ? formatPercent(p.value) : `${p.value.toString()} ans`;
  return `| ${p.label} | ${value} | ${frenchDate(p.start)} | ${CONFIDENCE_MARK[p.confidence] ?? ''} ${p.source.replace(/\|/g, '/')} |`;
}

export const PARAMETER_TABLE_HEADER = ['| chiffre | valeur | depuis | source |', '| --- | --- | --- | --- |'];

/** Guarantee lines and parameters in words, and the words around them, for hovers, lenses and the CLI. */
import type Decimal from 'decimal.js';
import type { ActDefinition, Poste } from '../catalogue/acts';
import { ACT_TEXT_EN, POSTE_EN } from '../catalogue/acts-en';
import type { ColumnKey, ColumnModel, FormulaTerm } from '../model/grid-model';
import type { ResolvedParameter } from '../params/lookup';
import { PARAMETER_LABELS_EN } from '../params/parameters-en';
import { frenchDate } from './dates';
import { formatEuros, formatPercent } from './money';
import { countWord, PER_EN, PER_FR } from './units';

export type Language = 'fr' | 'en';

/** An act's name in the language of the settings (`acts-en.ts` for English; the French label otherwise). */
export function actLabel(act: Pick<ActDefinition, 'id' | 'label'>, language: Language = 'fr'): string {
  return language === 'en' ? (ACT_TEXT_EN[act.id]?.label ?? act.label) : act.label;
}

/** What an act is, in the language of the settings. */
export function actDescription(act: Pick<ActDefinition, 'id' | 'description'>, language: Language = 'fr'): string {
  return language === 'en' ? (ACT_TEXT_EN[act.id]?.description ?? act.description) : act.description;
}

/** A poste (hospitalisation, optique…) in the language of the settings. */
export function posteName(poste: Poste, language: Language = 'fr'): string {
  return language === 'en' ? POSTE_EN[poste] : poste;
}

/** A parameter's label in the language of the settings (`parameters-en.ts` for English). */
export function parameterLabel(p: { id: string; label: string }, language: Language = 'fr'): string {
  return language === 'en' ? (PARAMETER_LABELS_EN[p.id] ?? p.label) : p.label;
}

export const COLUMN_NAME: Record<ColumnKey, { fr: string; en: string }> = {
  all: { fr: 'tous secteurs', en: 'all sectors' },
  dptam: { fr: 'médecin DPTAM (OPTAM/OPTAM-CO) ou secteur 1', en: 'DPTAM or sector-1 doctor' },
  non_dptam: { fr: 'médecin non DPTAM', en: 'non-DPTAM doctor' },
  non_conventionne: { fr: 'médecin non conventionné (secteur 3)', en: 'non-contracted doctor (sector 3)' },
};

function pct(rate: Decimal): string {
  return formatPercent(rate);
}

export function describeTerm(term: FormulaTerm, language: Language = 'fr'): string {
  const per = (unit: string | null | undefined) => (language === 'en' ? PER_EN : PER_FR)[unit ?? 'acte'] ?? '';
  const en = language === 'en';
  switch (term.kind) {
    case 'pct-br':
      if (term.afterTm) return en ? `${pct(term.rate)} of the BR on top` : `${pct(term.rate)} de la BR en plus`;
      if (en) return term.basis === 'ro_inclus' ? `${pct(term.rate)} of the BR in total, Sécu included` : `${pct(term.rate)} of the BR on top of the Sécu`;
      return term.basis === 'ro_inclus' ? `${pct(term.rate)} de la BR au total, Sécu incluse` : `${pct(term.rate)} de la BR en plus de la Sécu`;
    case 'tm':
      return en ? 'the ticket modérateur (co-payment)' : 'le ticket modérateur';
    case 'frais-reels': {
      const all = en
        ? term.rate.equals(100)
          ? 'the actual costs'
          : `${pct(term.rate)} of the actual costs`
        : term.rate.equals(100)
          ? 'les frais réels'
          : `${pct(term.rate)} des frais réels`;
      const cap = term.capPercentBr
        ? en
          ? ` within ${pct(term.capPercentBr)} of the BR in total`
          : ` dans la limite de ${pct(term.capPercentBr)} de la BR au total`
        : '';
      return all + cap;
    }
    case 'amount':
      return `${formatEuros(term.amount)} ${per(term.per)}`.trim();
    case 'pmss':
      return `${pct(term.rate)} ${en ? 'of the PMSS' : 'du PMSS'} ${per(term.per)}`.trim();
    case '100-sante':
      return en ? 'the out-of-pocket up to the 100 % Santé price cap' : "le reste à charge jusqu'au prix limite 100 % Santé";
    case 'none':
      return en ? 'nothing (not covered)' : 'rien (non couvert)';
  }
}

/** « 150 % de la BR au total, Sécu incluse ; 4 séances par an au plus ». */
export function describeColumn(column: ColumnModel, language: Language = 'fr'): string {
  const en = language === 'en';
  const per = (unit: string | null | undefined) => (en ? PER_EN : PER_FR)[unit ?? 'acte'] ?? '';
  const parts = [column.terms.map((t) => describeTerm(t, language)).join(' + ')];
  const l = column.limits;
  const perYears = (years: number | undefined) => (years ? (en ? `per period of ${years} years` : `par période de ${years} ans`) : en ? 'per year' : 'par an');
  if (l.allowanceYears) parts.push(en ? `allowance over ${l.allowanceYears} years` : `forfait sur ${l.allowanceYears} ans`);
  if (l.fromRank) {
    const unit = countWord(l.fromRank.unit, 2, language);
    parts.push(en ? `from the ${ordinalEn(l.fromRank.rank)} ${unit.replace(/s$/, '')}` : `à partir du rang ${l.fromRank.rank} (${unit})`);
  }
  if (l.count) parts.push(`${l.count.value} ${countWord(l.count.unit, l.count.value, language)} ${perYears(l.count.years)} ${en ? 'at most' : 'au plus'}`);
  if (l.annualCap)
    parts.push(
      en
        ? `within ${formatEuros(l.annualCap.amount)} ${perYears(l.annualCap.years)}`
        : `dans la limite de ${formatEuros(l.annualCap.amount)} ${perYears(l.annualCap.years)}`,
    );
  if (l.family) parts.push(en ? 'shared by the family' : 'pour la famille');
  if (l.pool) parts.push(en ? `shared with the lines of « ${l.pool.label} »` : `commun aux lignes « ${l.pool.label} »`);
  if (l.unitCap) parts.push(`${en ? 'cap of' : 'plafond de'} ${formatEuros(l.unitCap.amount)} ${per(l.unitCap.per)}`.trim());
  if (l.renewal) parts.push(en ? `one device every ${l.renewal.years} years` : `un équipement tous les ${l.renewal.years} ans`);
  if (l.carence) parts.push(en ? `after a waiting period of ${carenceText(l.carence, language)}` : `après une carence de ${carenceText(l.carence, language)}`);
  const text = parts.join(en ? '; ' : ' ; ');
  if (!column.tiers) return text;
  // `1re année : … / à partir de la 2e année : …`: each membership year's figures.
  const year = (n: number) => (en ? `year ${n}` : `${n}${n === 1 ? 're' : 'e'} année`);
  return column.tiers
    .map((tier, i) => {
      const next = column.tiers![i + 1];
      const label = next && next.fromYear === tier.fromYear + 1 ? year(tier.fromYear) : en ? `from ${year(tier.fromYear)}` : `dès la ${year(tier.fromYear)}`;
      return `${label} : ${i === 0 ? text : describeColumn({ ...tier.column, tiers: undefined }, language)}`;
    })
    .join(' / ');
}

function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** « 6 mois », « 90 jours » (« 6 months », « 90 days »). */
export function carenceText(carence: { months: number; days: number }, language: Language = 'fr'): string {
  if (language === 'en')
    return carence.months ? `${carence.months} month${carence.months > 1 ? 's' : ''}` : `${carence.days} day${carence.days > 1 ? 's' : ''}`;
  return carence.months ? `${carence.months} mois` : `${carence.days} jour${carence.days > 1 ? 's' : ''}`;
}

/**
 * In words (editors' hover fonts often lack emoji); an uncertain figure also gets the ❓ the domain
 * notes use, so it stands out wherever it is shown.
 */
const CONFIDENCE_MARK: Record<string, string> = { confirmed: '(confirmé)', secondary: '(secondaire)', uncertain: '❓ (incertain, à confirmer)' };

/** One table row for a parameter: label (after `prefix`, if any), value, since, source with its confidence mark. */
export function parameterRow(p: ResolvedParameter, language: Language = 'fr', prefix = ''): string {
  const mark = language === 'en' ? CONFIDENCE_MARK_EN : CONFIDENCE_MARK;
  const label = parameterLabel(p, language);
  return `| ${prefix ? `${prefix} — ${label}` : label} | ${parameterValue(p, language)} | ${frenchDate(p.start)} | ${mark[p.confidence] ?? ''} ${p.source.replace(/\|/g, '/')} |`;
}

/** A parameter's value as written in French (`30,00 €`, `70 %`, `18 ans`). */
export function parameterValue(p: Pick<ResolvedParameter, 'unit' | 'value'>, language: Language = 'fr'): string {
  if (typeof p.value === 'boolean') return language === 'en' ? (p.value ? 'yes' : 'no') : p.value ? 'oui' : 'non';
  if (p.unit === 'EUR') return formatEuros(p.value);
  if (p.unit === 'percent') return formatPercent(p.value);
  if (p.unit === 'days') return `${p.value.toString()} ${language === 'en' ? 'days' : 'jours'}`;
  return `${p.value.toString()} ${language === 'en' ? 'years' : 'ans'}`;
}

const CONFIDENCE_MARK_EN: Record<string, string> = { confirmed: '(confirmed)', secondary: '(secondary)', uncertain: '❓ (uncertain, to be confirmed)' };

/** « ❓ BR … : 23,00 € à confirmer (source) »: a figure of a preview whose parameter is uncertain. */
export function uncertainFigure(p: ResolvedParameter, language: Language = 'fr'): string {
  const value = parameterValue(p, language);
  return language === 'en' ? `❓ ${parameterLabel(p, 'en')}: ${value}, to be confirmed (${p.source})` : `❓ ${p.label} : ${value}, à confirmer (${p.source})`;
}

export function parameterTableHeader(language: Language = 'fr'): string[] {
  return [language === 'en' ? '| figure | value | since | source |' : '| chiffre | valeur | depuis | source |', '| --- | --- | --- | --- |'];
}

export const PARAMETER_TABLE_HEADER = parameterTableHeader('fr');

/** The words around hovers, lenses and previews, in the language of the settings. */
export const LABELS = {
  fr: {
    colon: ' :',
    figures: 'Chiffres',
    millesime: 'millésime',
    formula: 'Formule',
    source: 'Source',
    explain: 'Expliquer',
    explainLink: 'Expliquer le calcul pas à pas',
    linePays: 'ce que paie la ligne',
    sideSecu: 'Côté Sécu',
    section: 'poste',
    outsideNomenclature: 'hors nomenclature',
    noBase: 'sans base de remboursement',
    sector1: 'secteur 1 / DPTAM',
    nonDptam: 'non DPTAM',
    nonContracted: 'non conventionné',
    under: (age: number) => `moins de ${age} ans`,
    amoRate: 'Sécu',
    equipmentBase: (n: number) => `BR de l'équipement : ${n} éléments.`,
    typicalPrice: (price: string, unit: string | null) =>
      `Prix typique des aperçus : ${price}${unit ? ` ${PER_FR[unit] ?? `par ${unit}`}` : ''} (hypothèse de Grille).`,
    forPrice: 'Pour',
    secu: 'Sécu',
    mutuelle: 'mutuelle',
    reste: 'reste',
    noBr: 'pas de BR : la Sécu ne paie rien',
    incalculable: 'Incalculable',
    incalculableShort: 'incalculable',
    option: (name: string, included: boolean) => `Option « ${name} » (${included ? 'montants socle compris' : 'en plus du socle'}).`,
    afterCarence: (c: string) => `après carence de ${c}`,
    computed: 'calculé',
    allSectors: 'Tous secteurs',
    previewTip: (name: string, price: string, secu: string, amc: string, reste: string) =>
      `${name} : pour ${price} (prix typique), la Sécu paie ${secu}, la mutuelle ${amc}, il reste ${reste}.`,
    detail: 'Détail : « Expliquer ».',
    mismatch: 'Le calcul diffère du montant attendu (voir le constat GR401).',
    computedTip: 'Montants calculés par le moteur.',
  },
  en: {
    colon: ':',
    figures: 'Figures',
    millesime: 'millésime',
    formula: 'Formula',
    source: 'Source',
    explain: 'Explain',
    explainLink: 'Explain the computation step by step',
    linePays: 'what the line pays',
    sideSecu: 'Sécu side',
    section: 'section',
    outsideNomenclature: 'outside the nomenclature',
    noBase: 'no reimbursement base',
    sector1: 'sector 1 / DPTAM',
    nonDptam: 'non-DPTAM',
    nonContracted: 'non-contracted',
    under: (age: number) => `under ${age}`,
    amoRate: 'Sécu',
    equipmentBase: (n: number) => `BR of the device: ${n} elements.`,
    typicalPrice: (price: string, unit: string | null) =>
      `Typical price used by previews: ${price}${unit ? ` ${PER_EN[unit] ?? `per ${unit}`}` : ''} (Grille's assumption).`,
    forPrice: 'For',
    secu: 'Sécu',
    // One English word per concept, everywhere the extension writes English: « insurer » for the
    // mutuelle (the complementary insurer's payment), « out-of-pocket » for the reste à charge.
    mutuelle: 'insurer',
    reste: 'out-of-pocket',
    noBr: 'no BR: the Sécu pays nothing',
    incalculable: 'Cannot compute',
    incalculableShort: 'cannot compute',
    option: (name: string, included: boolean) => `Option "${name}" (${included ? 'amounts include the base cover' : 'on top of the base cover'}).`,
    afterCarence: (c: string) => `after a waiting period of ${c}`,
    computed: 'computed',
    allSectors: 'All sectors',
    previewTip: (name: string, price: string, secu: string, amc: string, reste: string) =>
      `${name}: for ${price} (typical price), the Sécu pays ${secu}, the insurer ${amc}, ${reste} is left out-of-pocket.`,
    detail: 'Details: "Explain".',
    mismatch: 'The computation differs from the expected amount (see finding GR401).',
    computedTip: 'Amounts computed by the engine.',
  },
} as const;

/**
 * When each obligation the contrat responsable and collective-minimum rules check came into force:
 * a rule judges a grid only when the grid's date (its date d'effet, or the 1st of January of its
 * millésime) is on or after the date of the obligation it checks. A grid of 2012 is not held to the
 * 100 % Santé baskets (2020–2021), nor to the 2014 specification (2015-04-01).
 *
 * These dates are regulatory data like the figures of params/parameters.ts, with a source and a
 * confidence; they live here, beside the rules that read them, until they move there. They are
 * shown in docs/rules.md (« Règles par date »).
 */
import type { ActDefinition } from '../../catalogue/acts';
import type { Confidence } from '../../params/parameters';
import { compareDates } from '../../syntax/calendar';
import type { CheckCode } from '../registry';

export interface Obligation {
  /** What comes into force, in French (docs/rules.md). */
  readonly label: string;
  /** ISO date: a grid dated on or after it is held to the obligation. */
  readonly start: string;
  /** The codes that check it (a code may check several obligations, one per act or basket). */
  readonly codes: readonly CheckCode[];
  readonly confidence: Confidence;
  readonly source: string;
  readonly note?: string;
}

const DECRET_2019_21 = 'Décret 2019-21 du 11/01/2019 (Légifrance JORFTEXT000037995163, notice)';

export const OBLIGATIONS = {
  responsable: {
    label: 'Contrat responsable : ni participation forfaitaire ni majoration hors parcours (L871-1, R871-1)',
    start: '2006-01-01',
    codes: ['GR204', 'GR205'],
    confidence: 'uncertain',
    source: 'Loi 2004-810 du 13/08/2004 (L871-1 CSS) et décret 2005-1226 du 29/09/2005 : de mémoire, non vérifié',
    note: 'Franchises médicales depuis le 01/01/2008 (LFSS 2008), même règle.',
  },
  cahierDesCharges2015: {
    label:
      'Cahier des charges du décret 2014-1374 : ticket modérateur intégral, forfait journalier sans limite de durée, dépassements des médecins non adhérents plafonnés, planchers et plafonds optiques, monture, un équipement optique tous les deux ans (R871-2)',
    start: '2015-04-01',
    codes: ['GR201', 'GR202', 'GR203', 'GR206', 'GR208', 'GR209', 'GR210', 'GR216', 'GR217'],
    confidence: 'confirmed',
    source:
      'Décret 2014-1374 du 18/11/2014 ; versions de R871-2 et R871-1 en vigueur depuis le 01/04/2015 (historique LEGI, docs/parameters-research-2026.md §9) ; domain.md §3 et §10',
    note: "Contrats collectifs issus d'accords antérieurs au décret : mise en conformité au plus tard le 01/01/2018 (de mémoire ❓), non modélisée.",
  },
  ani: {
    label: 'Panier minimum des contrats collectifs (L911-7, D911-1)',
    start: '2016-01-01',
    codes: ['GR215', 'GR220'],
    confidence: 'secondary',
    source: 'Loi 2013-504 du 14/06/2013 (L911-7 CSS : couverture des salariés au 01/01/2016) et décret 2014-1025 du 08/09/2014 (D911-1) : de mémoire',
  },
  optiqueClasseA: {
    label: "100 % Santé optique : équipements de classe A jusqu'au PLV",
    start: '2020-01-01',
    codes: ['GR207', 'GR214', 'GR219'],
    confidence: 'confirmed',
    source: `${DECRET_2019_21} : optique et dentaire pour les contrats souscrits ou renouvelés à partir du 01/01/2020`,
  },
  dentaire100Sante: {
    label: "100 % Santé dentaire : couronnes, bridges et inlay-core du panier jusqu'aux HLF",
    start: '2020-01-01',
    codes: ['GR213', 'GR214', 'GR219', 'GR220'],
    confidence: 'confirmed',
    source: `${DECRET_2019_21} : optique et dentaire pour les contrats souscrits ou renouvelés à partir du 01/01/2020`,
  },
  dentaireAmovible100Sante: {
    label: "100 % Santé dentaire : prothèses amovibles du panier jusqu'aux HLF",
    start: '2021-01-01',
    codes: ['GR213', 'GR214', 'GR219', 'GR220'],
    confidence: 'secondary',
    source: `${DECRET_2019_21} : prothèses amovibles du panier 100 % Santé à partir du 01/01/2021 ; même date que hlf.prothese_amovible_100_sante`,
  },
  audio: {
    label:
      "100 % Santé audiologie : aides auditives de classe I jusqu'au PLV ; classe II plafonnée à 1 700 € par aide ; une aide par oreille tous les quatre ans (R871-2 4°)",
    start: '2021-01-01',
    codes: ['GR210', 'GR211', 'GR212', 'GR214', 'GR219'],
    confidence: 'confirmed',
    source: `${DECRET_2019_21} : aides auditives à partir du 01/01/2021`,
  },
} as const satisfies Record<string, Obligation>;

export type ObligationId = keyof typeof OBLIGATIONS;

/**
 * Whether a grid dated `date` is held to the obligation. A grid without a date (GR102) is judged as
 * before these dates existed: by every rule.
 */
export function inForce(obligation: ObligationId, date: string | null): boolean {
  return date === null || compareDates(OBLIGATIONS[obligation].start, date) <= 0;
}

/** The 100 % Santé basket an act belongs to, with its date (null: an act outside the dated baskets). */
export function basketOf(act: ActDefinition): ObligationId | null {
  if (!act.sante100 && act.dentalBasket !== '100_sante' && act.audioClass !== 'I') return null;
  switch (act.poste) {
    case 'Optique':
      return 'optiqueClasseA';
    case 'Aides auditives':
      return 'audio';
    case 'Dentaire':
      return act.id.startsWith('prothese_amovible') ? 'dentaireAmovible100Sante' : 'dentaire100Sante';
    default:
      return null;
  }
}

/** Whether a grid dated `date` is held to the basket of this act (true for an act outside the dated baskets). */
export function basketInForce(act: ActDefinition, date: string | null): boolean {
  const basket = basketOf(act);
  return basket === null || inForce(basket, date);
}

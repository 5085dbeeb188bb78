/**
 * The language's words, in normalized form (lowercase, no accents). One table each, shared by the
 * parser, the "did you mean" suggestions, completion and the TextMate grammar's tests.
 */
import type { CaseFlag, HeaderKey, PerUnit, Regime, SectorColumn, StayKind, Territory } from './ast';

/** Unit words after `par` / `/`, singular and plural. */
export const UNIT_WORDS: Record<string, PerUnit> = {
  acte: 'acte',
  actes: 'acte',
  seance: 'seance',
  seances: 'seance',
  consultation: 'consultation',
  consultations: 'consultation',
  visite: 'consultation',
  visites: 'consultation',
  jour: 'jour',
  jours: 'jour',
  journee: 'jour',
  nuit: 'nuit',
  nuits: 'nuit',
  nuitee: 'nuit',
  an: 'an',
  ans: 'an',
  annee: 'an',
  annees: 'an',
  annuel: 'an',
  equipement: 'equipement',
  equipements: 'equipement',
  oreille: 'oreille',
  oreilles: 'oreille',
  appareil: 'oreille',
  appareils: 'oreille',
  oeil: 'oeil',
  yeux: 'oeil',
  verre: 'verre',
  verres: 'verre',
  dent: 'dent',
  dents: 'dent',
  semestre: 'semestre',
  semestres: 'semestre',
  sejour: 'sejour',
  sejours: 'sejour',
  boite: 'boite',
  boites: 'boite',
  trajet: 'trajet',
  trajets: 'trajet',
  prothese: 'prothese',
  protheses: 'prothese',
  couronne: 'couronne',
  couronnes: 'couronne',
  pilier: 'pilier',
  piliers: 'pilier',
  inter: 'inter',
  inters: 'inter',
  intermediaire: 'inter',
  intermediaires: 'inter',
  implant: 'implant',
  implants: 'implant',
  lentille: 'lentille',
  lentilles: 'lentille',
  monture: 'monture',
  montures: 'monture',
  fois: 'acte',
};

/** What follows a number to make it an ordinal (`1re`, `2e`, `3ème`, `1er`, `2nd`). */
export const ORDINAL_SUFFIXES = new Set(['e', 'eme', 'ieme', 'er', 'ere', 're', 'nd', 'nde']);

/** Ordinals written as words (`deuxième année`), normalized. */
export const ORDINAL_WORDS: Record<string, number> = {
  premier: 1,
  premiere: 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
  sixieme: 6,
};

/** `commun "…"`, `partagé "…"`: a pool of yearly figures shared by lines. */
export const POOL_WORDS = new Set(['commun', 'communs', 'commune', 'communes', 'partage', 'partagee', 'partages', 'partagees']);

/** `tous praticiens confondus`, `toutes spécialités confondues`: a pool shared by the section's lines. */
export const MERGED_WORDS = new Set(['confondu', 'confondus', 'confondue', 'confondues']);

/**
 * Scope words after `par` or `/` (`par bénéficiaire`, `/ Famille`). The family scope is parsed and
 * kept on the line's limits; the engine counts allowances per beneficiary.
 */
export const SCOPE_WORDS: Record<string, 'per-beneficiary' | 'per-family'> = {
  beneficiaire: 'per-beneficiary',
  beneficiaires: 'per-beneficiary',
  assure: 'per-beneficiary',
  assures: 'per-beneficiary',
  assuree: 'per-beneficiary',
  personne: 'per-beneficiary',
  famille: 'per-family',
  familles: 'per-family',
  foyer: 'per-family',
};

/**
 * What a percentage may be of, right after `%` (`150 % BR`, `100 % FR`, `100 % Forfait`, `100 %
 * PLV`, `100 % TM`). Any other word after `%` is a mistyped unit (GR010), unless it starts what
 * follows a bare percentage (`BASIS_START_WORDS`, a limit, a column).
 */
export const PERCENT_UNIT_WORDS = new Set([
  'br',
  'brss',
  'tr',
  'bss',
  'trss',
  'fr',
  'frais',
  'forfait',
  'forfaits',
  'pmss',
  'sante',
  'plv',
  'hlf',
  'tm',
  'ticket',
]);

/** Words that start a basis (`ro_inclus`, `Sécu incluse`, `en sus`…): after a bare `150 %` they are no unit. */
export const BASIS_START_WORDS = new Set(['ro_inclus', 'ro', 'y', 'y_compris_ro', 'secu', 'securite', 'ss', 'en', 'en_sus', 'hors_ro']);

/** After a `-`: the Sécu's reimbursement (`- MR`, `- RSS`, `- RO`, `- AMO`, `- SS`, `- Sécu`), deducted from a total. */
export const MINUS_SECU_WORDS = new Set(['mr', 'rss', 'ro', 'amo', 'ss', 'secu']);

/** The language's sigles a grid may print with dots (`B.R.`, `R.O.`): read as one word, the undotted spelling offered (GR504). */
export const DOTTED_SIGLES = new Set(['br', 'brss', 'bss', 'tr', 'trss', 'ro', 'rss', 'ss', 'mr', 'tm', 'fr', 'pmss', 'amo', 'plv', 'hlf']);

/** Sector columns of a guarantee line. Two-word forms (`non dptam`, `secteur 3`) are handled by the parser. */
export const SECTOR_WORDS: Record<string, SectorColumn> = {
  dptam: 'dptam',
  optam: 'dptam',
  optam_co: 'dptam',
  optam_aco: 'dptam',
  adherent: 'dptam',
  non_dptam: 'non_dptam',
  non_optam: 'non_dptam',
  non_optam_co: 'non_dptam',
  non_adherent: 'non_dptam',
  non_conventionne: 'non_conventionne',
  hors_convention: 'non_conventionne',
  secteur3: 'non_conventionne',
};

/** Second word after `non`. */
export const NON_SECTOR_WORDS: Record<string, SectorColumn> = {
  dptam: 'non_dptam',
  optam: 'non_dptam',
  optam_co: 'non_dptam',
  adherent: 'non_dptam',
  conventionne: 'non_conventionne',
};

export const HEADER_KEYS: Record<string, HeaderKey> = {
  assureur: 'assureur',
  organisme: 'assureur',
  millesime: 'millesime',
  effet: 'effet',
  responsable: 'responsable',
  non_responsable: 'responsable',
  base: 'base',
  type: 'type',
  collectif: 'type',
  individuel: 'type',
  annee: 'annee',
  pmss: 'pmss',
  pourcentages: 'pourcentages',
  pourcentage: 'pourcentages',
  regime: 'regime',
};

export const CASE_FLAGS: Record<string, CaseFlag> = {
  hors_parcours: 'hors_parcours',
  ald: 'ald',
  maternite: 'maternite',
  css: 'css',
  psychiatrie: 'psychiatrie',
  hospitalise: 'hospitalise',
  hospitalisation: 'hospitalise',
  /** The sight changed: an optical equipment may be renewed before its period (one year from 16, without delay under 16). */
  evolution_vue: 'evolution_vue',
  /** Care of an accident du travail or a maladie professionnelle (AT/MP): 100 % of the BR, no PF, franchise nor forfait journalier. */
  accident_travail: 'accident_travail',
  maladie_professionnelle: 'accident_travail',
  at_mp: 'accident_travail',
};

/** The words after `regime` (an example's situation, or the header's default for every example). */
export const REGIME_WORDS: Record<string, Regime> = {
  general: 'general',
  local: 'alsace_moselle',
  alsace_moselle: 'alsace_moselle',
  'alsace-moselle': 'alsace_moselle',
};

/** The words after `residence`: metropolitan France or an overseas département. */
export const TERRITORY_WORDS: Record<string, Territory> = {
  metropole: 'metropole',
  guadeloupe: 'guadeloupe',
  saint_barthelemy: 'guadeloupe',
  saint_martin: 'guadeloupe',
  martinique: 'martinique',
  guyane: 'guyane',
  reunion: 'reunion',
  mayotte: 'mayotte',
};

/** The words of a kind of stay, in a line's conditions and after `sejour` in an example. */
export const STAY_WORDS: Record<string, StayKind> = {
  mco: 'mco',
  medecine: 'mco',
  chirurgie: 'mco',
  medicale: 'mco',
  chirurgicale: 'mco',
  court: 'mco',
  psychiatrie: 'psychiatrie',
  psychiatrique: 'psychiatrie',
  ssr: 'ssr',
  smr: 'ssr',
  readaptation: 'ssr',
  suite: 'ssr',
  ambulatoire: 'ambulatoire',
  maternite: 'maternite',
  obstetrique: 'maternite',
};

/** Words a line's conditions may hold that only join or introduce the others (`en`, `de`, `et`, `séjour`…). */
export const CONDITION_FILLERS = new Set([
  'en',
  'de',
  'des',
  'du',
  'et',
  'ou',
  'sejour',
  'sejours',
  'hospitalisation',
  'hospitalisations',
  'soins',
  'pour',
  'les',
  'le',
  'la',
  'a',
  'au',
  'aux',
  'sauf',
  'cas',
  'seulement',
  'uniquement',
]);

/** Words that end an act name on a guarantee line (they start a coverage, a sector or a marker). */
export const COVERAGE_START_WORDS = new Set(['tm', 'fr', 'ro', 'non_couvert', 'neant', 'non_rembourse', 'hors_nomenclature']);

/** Attributes written after a line's coverage, like a limit (`, prix typique 80 €`). */
export const LINE_ATTRIBUTE_WORDS = ['prix typique', 'prix_typique'] as const;

/** Words that end an act name on an `acte` line of an example. */
export const CASE_KEYWORDS = new Set([
  'secteur',
  'prix',
  'br',
  'date',
  'le',
  'quantite',
  'jours',
  'nuits',
  'fois',
  'age',
  'adhesion',
  'option',
  'formule',
  'beneficiaire',
  'sejour',
  'etablissement',
  'regime',
  'residence',
  ...Object.keys(SECTOR_WORDS),
  ...Object.keys(CASE_FLAGS),
]);

/** Every keyword, for "did you mean" on a misspelled one. */
export const ALL_KEYWORDS = [
  'contrat',
  'poste',
  'option',
  'formule',
  'exemple',
  'acte',
  'situation',
  'attendu',
  'secu',
  'mutuelle',
  'reste',
  'ro_inclus',
  'en_sus',
  'inclut_socle',
  'en_sus_du_socle',
  'plafond',
  'carence',
  'limite',
  'tous',
  'hors_nomenclature',
  'non_couvert',
  'prix_typique',
  'pmss',
  'sante',
  'note',
  'commun',
  ...Object.keys(HEADER_KEYS),
  ...Object.keys(SECTOR_WORDS),
  ...Object.keys(CASE_FLAGS),
  ...CASE_KEYWORDS,
];

/**
 * The one registry of finding codes. Every diagnostic Grille produces, from the parser to the
 * contrat-responsable checks, carries one of these codes; severity, category, speed and
 * documentation come from here, so the editor, the CLI and docs/rules.md agree.
 *
 * `bad` and `good` are grid snippets: the first must raise the rule, the second must not (a test
 * checks both for every rule). A snippet that does not start with `contrat` gets DEFAULT_HEADER.
 */
import type { RuleCode } from '../diagnostics/codes';
import type { Severity } from '../diagnostics/diagnostic';

export type RuleCategory = 'syntaxe' | 'sens' | 'contrat-responsable' | '100-sante' | 'exemples' | 'style' | 'suppression';

export interface RuleInfo {
  code: RuleCode;
  severity: Severity;
  category: RuleCategory;
  /**
   * Cheap enough to run on every keystroke (true), or slow (false): its findings need work that
   * grows with the grid beyond the rules themselves — the example cases run through the engine.
   * `analyze(text, { slowRules: false })` leaves slow rules out; by default every rule runs.
   */
  fast: boolean;
  title: string;
  titleEn: string;
  /** What the rule checks and why, in French, for docs/rules.md and hovers. */
  description: string;
  bad: string;
  good: string;
  /** The legal or domain source; `uncertain` when domain.md marks it so (❓ in the source). */
  source?: string;
  uncertain?: boolean;
  /**
   * The dated parameters the rule's thresholds come from (`*` matches one segment of an id). The
   * doc renderer says which of them are uncertain, from their confidence in parameters.ts.
   */
  params?: string[];
}

export const DEFAULT_HEADER = 'contrat "Exemple" millesime 2026 responsable base ro_inclus';

const H = (lines: string[]) => lines.join('\n') + '\n';

export const RULES: RuleInfo[] = [
  // ---------------------------------------------------------------------------------------------
  // Syntaxe
  {
    code: 'GR000',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: "Erreur interne de l'analyseur",
    titleEn: 'Internal parser error',
    description: "L'analyseur a rencontré un cas imprévu. Le fichier n'est pas perdu ; signalez le fichier qui le provoque.",
    bad: '',
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
  },
  {
    code: 'GR001',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Caractère inattendu',
    titleEn: 'Unexpected character',
    description: "Un caractère qui n'appartient pas au langage (ex. `@`, `$`).",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR @']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
  },
  {
    code: 'GR002',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Chaîne non fermée',
    titleEn: 'Unterminated string',
    description: 'Un nom entre guillemets doit se fermer sur la même ligne.',
    bad: H(['poste "Soins courants', '  consultation generaliste 100 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
  },
  {
    code: 'GR003',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Nombre mal formé',
    titleEn: 'Malformed number',
    description: 'Un nombre avec deux séparateurs décimaux (`1,2,3`).',
    bad: H(['poste "Soins courants"', '  osteopathie 1,2,3 € par seance']),
    good: H(['poste "Soins courants"', '  osteopathie 40 € par seance']),
  },
  {
    code: 'GR004',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Date inexistante ou hors limites',
    titleEn: 'Invalid or out-of-range date',
    description:
      "Une date qui n'existe pas au calendrier (`2026-02-30`), ou dont l'année est hors des années que le langage calcule (1900 à 2100) : la date n'est pas utilisée, l'exemple n'est pas calculé.",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte consultation generaliste prix 30 € date 2026-02-30']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte consultation generaliste prix 30 € date 2026-02-28']),
  },
  {
    code: 'GR005',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Élément inattendu',
    titleEn: 'Unexpected token',
    description: 'La ligne contient un élément qui ne peut pas venir à cet endroit.',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR 100 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR + 10 €']),
  },
  {
    code: 'GR006',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Valeur attendue manquante',
    titleEn: 'Missing value',
    description: "Un mot-clé n'est pas suivi de la valeur qu'il demande (ex. `prix` sans montant, une ligne sans garantie).",
    bad: H(['poste "Soins courants"', '  consultation generaliste']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
  },
  {
    code: 'GR007',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Ligne de suite sans ligne de garantie',
    titleEn: 'Continuation line without a guarantee line',
    description: "Une ligne qui commence par une colonne de secteur ou une limite continue la ligne de garantie au-dessus ; il n'y en a pas.",
    bad: H(['poste "Soins courants"', '  dptam 150 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste', '    dptam 150 % BR', '    non_dptam 130 % BR']),
  },
  {
    code: 'GR008',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'En-tête ou étape mal placé',
    titleEn: 'Misplaced header or step',
    description: "Un attribut d'en-tête hors de l'en-tête, un second « contrat », ou une étape d'exemple (`acte`, `attendu`) hors d'un bloc `exemple`.",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'acte consultation generaliste prix 30 €']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "Consultation"', '  acte consultation generaliste prix 30 €']),
  },
  {
    code: 'GR009',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Mot-clé inconnu',
    titleEn: 'Unknown keyword',
    description: 'Un mot-clé mal orthographié ; le message propose le plus proche.',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte consultation generaliste secteur 1 pri 30 €']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte consultation generaliste secteur 1 prix 30 €']),
  },
  {
    code: 'GR010',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Unité inconnue',
    titleEn: 'Unknown unit',
    description: 'Après `%` il faut BR, FR, PMSS ou Santé ; après `par`, une unité (séance, jour, an…). Le message propose la plus proche.',
    bad: H(['poste "Soins courants"', '  consultation generaliste dptam 150 % BX   non_dptam 130 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste dptam 150 % BR   non_dptam 130 % BR']),
  },
  {
    code: 'GR011',
    severity: 'warning',
    category: 'syntaxe',
    fast: true,
    title: 'Nombre ambigu',
    titleEn: 'Ambiguous number',
    description:
      "Un point suivi d'exactement trois chiffres (`1.000 €`) peut être un séparateur des milliers (1 000 €) ou des décimales (1,000 €). Grille le lit comme des décimales ; écrivez le montant sans ambiguïté. Pas de correction automatique : seul l'auteur sait ce qu'il voulait dire.",
    bad: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1.000 € par oreille, 1 equipement tous les 4 ans']),
    good: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1 000 € par oreille, 1 equipement tous les 4 ans']),
  },
  {
    code: 'GR012',
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Nombre hors limites',
    titleEn: 'Number out of range',
    description:
      "Un nombre de plus de 9 chiffres avant la virgule (1 000 000 000 ou plus) ou de plus de 6 décimales. Le moteur calcule exactement tout nombre dans ces limites ; au-delà, la ligne n'est pas lue plutôt que calculée faux.",
    bad: H(['poste "Soins courants"', '  osteopathie 40 000 000 000 € par seance']),
    good: H(['poste "Soins courants"', '  osteopathie 40 € par seance']),
  },

  // ---------------------------------------------------------------------------------------------
  // Sens
  {
    code: 'GR101',
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Acte inconnu',
    titleEn: 'Unknown act',
    description:
      "L'acte n'est pas au catalogue (docs/catalogue.md). Le message propose les noms les plus proches ; un acte hors nomenclature absent du catalogue se déclare avec `hors_nomenclature`.",
    bad: H(['poste "Soins courants"', '  consultation generalste 100 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', '  reflexologie hors_nomenclature 30 € par seance']),
  },
  {
    code: 'GR102',
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'En-tête du contrat incomplet',
    titleEn: 'Incomplete contract header',
    description:
      "Sans millésime (ou date d'effet), Grille ne sait pas quels paramètres appliquer ; sans « responsable » / « non_responsable », il ne sait pas quelles règles vérifier.",
    bad: H(['contrat "Essentiel" base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
    good: H(['contrat "Essentiel" millesime 2026 responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
  },
  {
    code: 'GR103',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Attribut répété',
    titleEn: 'Repeated attribute',
    description: "Un attribut d'en-tête ou un « attendu » écrit deux fois : seule la dernière valeur compte.",
    bad: H(['contrat "Essentiel" millesime 2026 millesime 2025 responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
    good: H(['contrat "Essentiel" millesime 2026 responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
  },
  {
    code: 'GR104',
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Base « % BR » ambiguë (RO inclus ou en sus)',
    titleEn: 'Ambiguous "% BR" basis',
    description:
      "« 200 % BR » paie 200 % au total Sécu incluse (RO inclus, l'usage du marché) ou 200 % en plus de la Sécu (en sus) : 1,22 € ou 1,65 € au tarif d'autorité. Précisez la base dans l'en-tête (`base ro_inclus`) ou sur la ligne.",
    bad: H(['contrat "Essentiel" millesime 2026 responsable', 'poste "Soins courants"', '  consultation generaliste 200 % BR']),
    good: H(['contrat "Essentiel" millesime 2026 responsable', 'poste "Soins courants"', '  consultation generaliste 200 % BR ro_inclus']),
    source: 'domain.md §4.2, point 1',
  },
  {
    code: 'GR105',
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Colonne de secteur répétée',
    titleEn: 'Repeated sector column',
    description: 'La même colonne (dptam, non_dptam, non_conventionne) apparaît deux fois sur une ligne.',
    bad: H(['poste "Soins courants"', '  consultation generaliste dptam 150 % BR dptam 130 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste dptam 150 % BR non_dptam 130 % BR']),
  },
  {
    code: 'GR106',
    severity: 'error',
    category: 'sens',
    fast: true,
    title: "Mode d'empilement de l'option manquant",
    titleEn: 'Option stacking mode missing',
    description:
      "Les montants d'une option incluent-ils le socle (`inclut_socle`) ou s'y ajoutent-ils (`en_sus_du_socle`) ? Les grilles publiées font l'un et l'autre.",
    bad: H([
      'poste "Soins courants"',
      '  consultation generaliste 100 % BR',
      'option "Confort"',
      'poste "Soins courants"',
      '  consultation generaliste 150 % BR',
    ]),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste 100 % BR',
      'option "Confort" inclut_socle',
      'poste "Soins courants"',
      '  consultation generaliste 150 % BR',
    ]),
    source: 'domain.md §4.2, point 11',
  },
  {
    code: 'GR107',
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Option inconnue',
    titleEn: 'Unknown option',
    description: 'Un exemple nomme une option que le fichier ne définit pas.',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte consultation generaliste prix 30 € option "Confrt"']),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste 100 % BR',
      'option "Confort" inclut_socle',
      'poste "Soins courants"',
      '  consultation generaliste 150 % BR',
      'exemple "x"',
      '  acte consultation generaliste prix 30 € option "Confort"',
    ]),
  },
  {
    code: 'GR108',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: "Acte d'exemple sans ligne de garantie",
    titleEn: 'Example act without a guarantee line',
    description: "L'exemple calcule un acte que le socle ne couvre pas : la mutuelle n'y paiera rien.",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte osteopathie prix 60 €']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', '  osteopathie 30 € par seance', 'exemple "x"', '  acte osteopathie prix 60 €']),
  },
  {
    code: 'GR109',
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Montant attendu sans acte',
    titleEn: 'Expected amounts without an act',
    description: "« attendu » vérifie l'acte de la ligne au-dessus ; il n'y en a pas.",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  attendu secu 19 €']),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste 100 % BR',
      'exemple "x"',
      '  acte consultation generaliste prix 30 €',
      '  attendu secu 19 €',
    ]),
  },
  {
    code: 'GR110',
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Paramètre non défini à cette date',
    titleEn: 'Parameter undefined at this date',
    description:
      "La grille utilise un chiffre réglementaire (PMSS, BR, PLV…) qui n'est pas défini pour son millésime dans les paramètres datés : aucun montant n'est calculé plutôt qu'un montant faux.",
    bad: H(['contrat "Ancien" millesime 2023 responsable base ro_inclus', 'poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour']),
    good: H(['contrat "Récent" millesime 2024 responsable base ro_inclus', 'poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour']),
  },
  {
    code: 'GR111',
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Valeur hors limites',
    titleEn: 'Value out of range',
    description:
      "Un millésime, un âge, une quantité, un nombre de séances ou une durée qui n'a pas de sens, ou un montant en euros au-delà du centime (`10,555 €`), qui n'est pas utilisé dans les calculs.",
    bad: H(['poste "Soins courants"', '  osteopathie 40 € par seance, 2,5 seances par an']),
    good: H(['poste "Soins courants"', '  osteopathie 40 € par seance, 3 seances par an']),
  },
  {
    code: 'GR112',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Acte déclaré hors nomenclature à tort',
    titleEn: 'Act wrongly declared outside the nomenclature',
    description: "L'acte est au catalogue avec une BR : le déclarer `hors_nomenclature` est une erreur.",
    bad: H(['poste "Soins courants"', '  consultation generaliste hors_nomenclature 30 €']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
  },
  {
    code: 'GR113',
    severity: 'error',
    category: 'sens',
    fast: true,
    title: '« % BR » sur un poste sans base de remboursement',
    titleEn: '"% BR" on an item without a BR',
    description:
      "Les actes hors nomenclature, le forfait journalier, le FPU, la chambre particulière n'ont pas de BR : « 100 % BR » n'y paie rien. Écrivez « 100 % FR » ou un montant en euros.",
    bad: H(['poste "Hospitalisation"', '  forfait journalier 100 % BR']),
    good: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR']),
    source: 'domain.md §3 (cas limites), §4.2 points 4 et 12',
  },
  {
    code: 'GR114',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Optique classe B en « % BR » sans montant en euros',
    titleEn: 'Optical class B in "% BR" without a euro amount',
    description:
      "La BR d'un équipement de classe B est de quelques centimes (3 éléments à la BR d'un élément) : « 300 % BR » y paie quelques centimes. Ajoutez un forfait en euros ; le correctif ajoute le plancher du cas de correction en contrat responsable.",
    bad: H(['poste "Optique"', '  optique classe b verres simples 300 % BR']),
    good: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans']),
    source: 'domain.md §4.2, point 5',
    params: ['br.optique_classe_b_element', 'cr.optique.*.minimum'],
  },
  {
    code: 'GR115',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: '« % BR » pour un médecin non conventionné',
    titleEn: '"% BR" for a non-contracted doctor',
    description:
      "En secteur 3 la BR est le tarif d'autorité (0,61 € pour un généraliste, 1,22 € pour un spécialiste) : « 200 % BR » paie quelques centimes. Le message donne ce que la ligne paie vraiment.",
    bad: H(['poste "Soins courants"', '  consultation generaliste dptam 200 % BR non_dptam 180 % BR non_conventionne 200 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste dptam 200 % BR non_dptam 180 % BR']),
    source: 'domain.md §4.2 point 12, §7 (article sur le secteur 3)',
    params: ['ta.consultation_generaliste', 'ta.consultation_specialiste', 'ta.actes_techniques'],
  },
  {
    code: 'GR116',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Ligne sous 100 % BR en Sécu incluse',
    titleEn: 'Line below 100 % BR, RO included',
    description:
      "En RO inclus, « 90 % BR » couvre moins que le ticket modérateur (la Sécu paie déjà 70 %). Vérifiez que la base n'est pas « en sus ». Dans un contrat responsable, GR201 le dit déjà et GR116 n'est pas répété sur le même terme.",
    bad: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 90 % BR']),
    good: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
    source: 'domain.md §4.2, point 3',
  },
  {
    code: 'GR117',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Acte couvert deux fois dans un poste',
    titleEn: 'Act covered twice in a section',
    description: 'Deux lignes du même poste couvrent le même acte : seule la première compte.',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', '  generaliste 150 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 150 % BR']),
  },
  {
    code: 'GR118',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Ligne sans effet',
    titleEn: 'Line with no effect',
    description:
      "Quel que soit le prix, la ligne ne paie rien de plus que la Sécu (ex. « 60 % BR » sur une consultation remboursée à 70 %). Écrivez « non_couvert » si c'est voulu. Dans un contrat responsable, quand GR201 (ticket modérateur) est signalé sur la même garantie, GR118 n'est pas répété.",
    bad: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 60 % BR']),
    good: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste non_couvert']),
  },
  {
    code: 'GR119',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Limite qui ne peut jamais jouer',
    titleEn: 'Limit that can never bind',
    description:
      "Le plafond ne peut jamais être atteint : un plafond annuel au-dessus de tout ce que la ligne peut payer dans l'année (forfait par séance × nombre de séances, ou forfait annuel : « 100 € par an, dans la limite de 150 € par an ») ; un plafond par acte au-dessus de ce que la ligne peut payer sur un acte quel que soit le prix (« 100 % BR, plafond 500 € par acte » sur une consultation). Le second cas n'est vérifié que si ce maximum est borné et connu : « % BR », montants en euros, « % FR » plafonné en « % BR », 100 % Santé ; un « % FR » sans plafond n'a pas de maximum, et le plafond d'une ligne d'option dépend du socle.",
    bad: H(['poste "Autres"', '  osteopathie 40 € par seance, 4 seances par an, dans la limite de 200 € par an']),
    good: H(['poste "Autres"', '  osteopathie 40 € par seance, 4 seances par an, dans la limite de 120 € par an']),
  },
  {
    code: 'GR120',
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: '« 100 % Santé » sur un acte hors panier',
    titleEn: '"100 % Santé" on an act outside the basket',
    description:
      "« 100 % Santé » paie jusqu'au prix limite (PLV ou HLF) d'un acte du panier : optique classe A, prothèses du panier 100 % Santé, aides auditives classe I.",
    bad: H(['poste "Optique"', '  optique classe b verres simples 100 % Santé']),
    good: H(['poste "Optique"', '  optique classe a 100 % Santé']),
  },
  {
    code: 'GR121',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Colonne de secteur sur un acte sans secteur',
    titleEn: 'Sector column on an act without sectors',
    description: 'Les colonnes DPTAM / non DPTAM / non conventionné ne concernent que les honoraires de médecins.',
    bad: H(['poste "Soins courants"', '  pharmacie smr majeur dptam 100 % BR non_dptam 100 % BR']),
    good: H(['poste "Soins courants"', '  pharmacie smr majeur 100 % BR']),
  },
  {
    code: 'GR130',
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: "Actes d'un exemple hors de l'ordre des dates",
    titleEn: 'Example acts out of date order',
    description:
      "Un exemple suit un bénéficiaire dans l'ordre écrit : séances comptées, forfaits et plafonds annuels, renouvellements. Un acte daté avant l'acte précédent du même bénéficiaire fausse ces compteurs sans bruit : écrivez les actes dans l'ordre des dates.",
    bad: H([
      'poste "Soins courants"',
      '  osteopathie 40 € par seance, 2 seances par an',
      'exemple "x"',
      '  acte osteopathie prix 60 € date 2026-05-01',
      '  acte osteopathie prix 60 € date 2026-02-01',
    ]),
    good: H([
      'poste "Soins courants"',
      '  osteopathie 40 € par seance, 2 seances par an',
      'exemple "x"',
      '  acte osteopathie prix 60 € date 2026-02-01',
      '  acte osteopathie prix 60 € date 2026-05-01',
    ]),
  },

  // ---------------------------------------------------------------------------------------------
  // Contrat responsable
  {
    code: 'GR201',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Ticket modérateur non couvert (CR-TM)',
    titleEn: 'Ticket modérateur not covered (CR-TM)',
    description:
      "Un contrat responsable couvre l'intégralité du ticket modérateur de tout acte remboursé par la Sécu (au moins 100 % BR en Sécu incluse), sauf médicaments à 30 % et 15 %, homéopathie et cures thermales. À l'hôpital, la participation forfaitaire actes lourds (PAL, 24 €) remplace le ticket modérateur d'un acte d'au moins 120 € : elle fait partie de la participation de l'assuré, donc une ligne `forfait actes lourds` la couvre en entier et sans limite (`100 % FR`) — source secondaire (🟡), le texte de R160-5 n'a pas été lu. Une grille sans ligne `forfait actes lourds` n'est pas signalée : les lignes en « % BR » des actes concernés couvrent déjà la PAL avec leur ticket modérateur (vérifié par cette même règle).",
    bad: H([
      'poste "Hospitalisation"',
      '  forfait journalier 100 % FR',
      '  forfait actes lourds non_couvert',
      'poste "Soins courants"',
      '  consultation specialiste 90 % BR',
    ]),
    good: H([
      'poste "Hospitalisation"',
      '  forfait journalier 100 % FR',
      '  forfait actes lourds 100 % FR',
      'poste "Soins courants"',
      '  consultation specialiste 100 % BR',
      '  pharmacie smr modere non_couvert',
    ]),
    source:
      "R871-2 1° CSS (✅) ; correspondance des exceptions 6°, 7°, 10°, 14° de R160-5 ❓ ; PAL comprise dans la participation de l'assuré à l'hôpital (🟡, pages d'hôpitaux)",
    uncertain: true,
    params: ['pal.montant', 'pal.seuil'],
  },
  {
    code: 'GR202',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Dépassements non DPTAM trop couverts (CR-DH)',
    titleEn: 'Non-DPTAM overbilling covered too much (CR-DH)',
    description:
      "Pour un médecin non adhérent d'un DPTAM, la prise en charge totale est au plus 200 % BR (100 % BR de dépassement) et au plus celle des médecins DPTAM moins 20 % BR : 150 → 130, 200 → 180, 250 → 200.",
    bad: H(['poste "Soins courants"', '  consultation specialiste dptam 150 % BR non_dptam 140 % BR']),
    good: H(['poste "Soins courants"', '  consultation specialiste dptam 150 % BR non_dptam 130 % BR']),
    source: 'R871-2 2° CSS (✅) ; application au secteur 3 ❓',
    uncertain: true,
    params: ['cr.dh.plafond_non_dptam', 'cr.dh.ecart_dptam'],
  },
  {
    code: 'GR203',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Colonne non DPTAM manquante (CR-DH)',
    titleEn: 'Missing non-DPTAM column (CR-DH)',
    description: "Une ligne qui couvre des dépassements en DPTAM doit dire ce qu'elle paie hors DPTAM, où la couverture est plafonnée.",
    bad: H(['poste "Soins courants"', '  consultation specialiste dptam 200 % BR']),
    good: H(['poste "Soins courants"', '  consultation specialiste dptam 200 % BR non_dptam 180 % BR']),
    source: 'R871-2 2° CSS',
  },
  {
    code: 'GR204',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Participation forfaitaire ou franchise couverte (CR-PF)',
    titleEn: 'Flat participation or deductible covered (CR-PF)',
    description: 'Un contrat responsable ne rembourse ni la participation forfaitaire (2 €) ni les franchises médicales.',
    bad: H(['poste "Soins courants"', '  participation forfaitaire 100 % FR']),
    good: H(['poste "Soins courants"', '  participation forfaitaire non_couvert']),
    source: 'L871-1 CSS (✅)',
  },
  {
    code: 'GR205',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Majoration hors parcours couverte (CR-HP)',
    titleEn: 'Out-of-pathway mark-up covered (CR-HP)',
    description:
      "Un contrat responsable ne couvre ni la majoration du ticket modérateur hors parcours de soins ni les dépassements autorisés qui l'accompagnent.",
    bad: H(['poste "Soins courants"', '  majoration hors parcours 100 % FR']),
    good: H(['poste "Soins courants"', '  majoration hors parcours non_couvert']),
    source: 'L871-1 CSS (✅) ; texte exact de R871-1 ❓',
    uncertain: true,
  },
  {
    code: 'GR206',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Forfait journalier mal couvert (CR-FJ)',
    titleEn: 'Daily hospital charge not fully covered (CR-FJ)',
    description: 'Un contrat responsable couvre le forfait journalier hospitalier intégralement et sans limite de durée.',
    bad: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR, 30 jours par an']),
    good: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR']),
    source: 'Usage constant ; paragraphe de R871-2 non lu ❓',
    uncertain: true,
    params: ['fjh.montant'],
  },
  {
    code: 'GR207',
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: "Optique classe A non couverte jusqu'au PLV (CR-OPT-A)",
    titleEn: 'Optical class A not covered up to the price cap',
    description: "Les équipements d'optique du panier 100 % Santé (classe A) sont couverts jusqu'au prix limite de vente : reste à charge nul.",
    bad: H(['poste "Optique"', '  optique classe a 100 % BR']),
    good: H(['poste "Optique"', '  optique classe a 100 % Santé']),
    source: 'R871-2 3° CSS (✅)',
    params: ['plv.optique_classe_a_equipement', 'br.optique_classe_a_equipement'],
  },
  {
    code: 'GR208',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Optique classe B hors du plancher ou du plafond (CR-OPT-B)',
    titleEn: 'Optical class B outside the floor or ceiling',
    description:
      'Pour un équipement de classe B, la prise en charge (au-delà du ticket modérateur) est comprise entre un plancher et un plafond selon la correction : a) 50–420 €, b) 125–560 €, c) 200–700 €, d) 125–610 €, e) 200–750 €, f) 200–800 €.',
    bad: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 500 € par equipement, 1 equipement tous les 2 ans']),
    good: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans']),
    source: 'R871-2 3° CSS : cas a) ✅ ; plafonds b), d), e) déduits ❓',
    uncertain: true,
    params: ['cr.optique.*.minimum', 'cr.optique.*.maximum', 'br.optique_classe_b_element'],
  },
  {
    code: 'GR209',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Monture de classe B au-delà de 100 € (CR-OPT-B)',
    titleEn: 'Class B frame above 100 €',
    description: "Dans le plafond d'un équipement de classe B, la monture est prise en charge à 100 € au plus.",
    bad: H(['poste "Optique"', '  monture classe b 150 € par equipement, 1 equipement tous les 2 ans']),
    good: H(['poste "Optique"', '  monture classe b 100 € par equipement, 1 equipement tous les 2 ans']),
    source: 'Presse 2018, sources concordantes (🟡)',
    params: ['cr.optique.monture_maximum'],
  },
  {
    code: 'GR210',
    severity: 'warning',
    category: 'contrat-responsable',
    fast: true,
    title: 'Renouvellement non limité (optique, aides auditives)',
    titleEn: 'Renewal not limited',
    description:
      "Un contrat responsable prend en charge un équipement d'optique tous les 2 ans (à partir de 16 ans) et une aide auditive par oreille tous les 4 ans. La ligne doit le dire (`1 équipement tous les 2 ans`). Pour les enfants la période est plus courte : un an avant 16 ans, six mois avant 6 ans (paramètres datés `cr.optique.renouvellement_ans.moins_16` et `.moins_6`, la limite d'âge dans `cr.optique.renouvellement.age_enfant` ; la limite de 16 ans et la condition des six mois sont incertaines ❓, voir docs/parameters.md). **Limite** : une ligne de garantie ne peut pas dire qu'elle vise les enfants (l'âge ne s'écrit que dans un exemple), et une période s'écrit en années entières ; la règle vérifie donc la période adulte, et une ligne écrite pour les enfants (« 1 équipement tous les 1 an ») est signalée — supprimez le constat avec sa raison (`# grille-ignore GR210 : ligne enfants`).",
    bad: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 150 € par equipement']),
    good: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans']),
    source: 'Instruction DSS (🟡) ; arrêté LPP du 14/11/2018 (🟡)',
    params: ['cr.optique.renouvellement_ans', 'cr.audio.renouvellement_ans'],
  },
  {
    code: 'GR211',
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: "Aide auditive classe I non couverte jusqu'au PLV (CR-AUD)",
    titleEn: 'Hearing aid class I not covered up to the price cap',
    description: "Les aides auditives de classe I sont couvertes jusqu'au prix limite de vente : reste à charge nul.",
    bad: H(['poste "Aides auditives"', '  aide auditive classe i 100 % BR, 1 equipement tous les 4 ans']),
    good: H(['poste "Aides auditives"', '  aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans']),
    source: 'ameli.fr (✅)',
    params: ['plv.aide_auditive_classe_i', 'plv.aide_auditive_classe_i.moins_20'],
  },
  {
    code: 'GR212',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Aide auditive classe II au-delà de 1 700 € (CR-AUD)',
    titleEn: 'Hearing aid class II above 1 700 €',
    description: "La prise en charge d'une aide auditive de classe II est plafonnée à 1 700 € par oreille, Sécu comprise.",
    bad: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1 500 € par oreille, 1 equipement tous les 4 ans']),
    good: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1 000 € par oreille, 1 equipement tous les 4 ans']),
    source: 'insureglobe (🟡) ; texte exact non lu ❓',
    uncertain: true,
    params: ['cr.audio.classe_ii_maximum'],
  },
  {
    code: 'GR213',
    severity: 'error',
    category: '100-sante',
    fast: true,
    title: "Prothèse dentaire 100 % Santé non couverte jusqu'aux HLF (CR-DENT)",
    titleEn: 'Dental 100 % Santé not covered up to the fee cap',
    description: "Les prothèses du panier 100 % Santé sont couvertes jusqu'aux honoraires limites de facturation : reste à charge nul.",
    bad: H(['poste "Dentaire"', '  couronne 100 sante 300 % BR']),
    good: H(['poste "Dentaire"', '  couronne 100 sante 100 % Santé']),
    source: 'lexiques UNOCAM (🟡)',
    params: ['hlf.couronne_100_sante', 'hlf.inlay_core_100_sante'],
  },
  {
    code: 'GR214',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Panier 100 % Santé absent',
    titleEn: '100 % Santé basket missing',
    description:
      "Un contrat responsable couvre les trois paniers 100 % Santé : optique classe A, prothèses dentaires du panier, aides auditives classe I. La grille n'a pas de ligne pour l'un d'eux.",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste 100 % BR',
      'poste "Hospitalisation"',
      '  forfait journalier 100 % FR',
      'poste "Dentaire"',
      '  couronne 100 sante 100 % Santé',
      'poste "Optique"',
      '  optique classe a 100 % Santé, 1 equipement tous les 2 ans',
      'poste "Aides auditives"',
      '  aide auditive classe i 100 % Santé, 1 equipement tous les 4 ans',
    ]),
    source: 'R871-2 CSS (décret 2019-21)',
  },
  {
    code: 'GR215',
    severity: 'error',
    category: 'contrat-responsable',
    fast: true,
    title: 'Panier minimum des contrats collectifs (ANI)',
    titleEn: 'Collective minimum basket (ANI)',
    description:
      "Un contrat collectif couvre au moins 125 % BR pour les prothèses dentaires hors 100 % Santé et l'orthodontie, et en optique au moins 100 € (verres simples), 150 € (mixtes), 200 € (complexes).",
    bad: H(['contrat "Entreprise" millesime 2026 responsable base ro_inclus type collectif', 'poste "Dentaire"', '  couronne tarifs libres 100 % BR']),
    good: H(['contrat "Entreprise" millesime 2026 responsable base ro_inclus type collectif', 'poste "Dentaire"', '  couronne tarifs libres 125 % BR']),
    source: 'D911-1 CSS (✅) ; mise à jour optique 2019-2020 ❓',
    uncertain: true,
    params: ['ani.dentaire_minimum', 'ani.optique.simple_minimum', 'ani.optique.mixte_minimum', 'ani.optique.complexe_minimum'],
  },

  // ---------------------------------------------------------------------------------------------
  // Exemples
  {
    code: 'GR401',
    severity: 'error',
    category: 'exemples',
    fast: false,
    title: 'Montant attendu différent du calcul',
    titleEn: 'Expected amount differs from the computation',
    description:
      "Le montant attendu de l'exemple n'est pas celui que calcule le moteur. Le message donne le montant calculé et la raison ; le correctif remplace le chiffre.",
    bad: H([
      'poste "Soins courants"',
      '  consultation generaliste non_conventionne 200 % BR',
      'exemple "Secteur 3"',
      '  acte consultation generaliste secteur 3 prix 50 €',
      '  attendu secu 0,61 € mutuelle 1,22 € reste 48,17 €',
    ]),
    good: H([
      'poste "Soins courants"',
      '  consultation generaliste non_conventionne 200 % BR',
      'exemple "Secteur 3"',
      '  acte consultation generaliste secteur 3 prix 50 €',
      '  attendu secu 0,43 € mutuelle 0,79 € reste 48,78 €',
    ]),
  },
  {
    code: 'GR402',
    severity: 'error',
    category: 'exemples',
    fast: false,
    title: 'Exemple incalculable',
    titleEn: 'Example cannot be computed',
    description: "Un paramètre manque à la date des soins : aucun montant n'est calculé plutôt qu'un montant faux.",
    bad: H(['poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour', 'exemple "x"', '  acte chambre particuliere prix 100 € date 2023-05-01']),
    good: H(['poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour', 'exemple "x"', '  acte chambre particuliere prix 100 € date 2025-05-01']),
  },
  {
    code: 'GR403',
    severity: 'info',
    category: 'exemples',
    fast: false,
    title: 'Information écrite préalable (devis) obligatoire',
    titleEn: 'Written prior information required',
    description:
      "Quand les honoraires d'un acte comportent un dépassement (prix au-dessus de la BR) et atteignent 70 €, dépassement compris, le professionnel doit remettre une information écrite préalable (devis). Rappel affiché sur les exemples concernés ; le seuil s'apprécie par acte (prix unitaire), pas sur une quantité. Un acte au tarif n'est pas concerné. Pour un acte hors nomenclature (sans BR), le rappel est donné mais l'application de l'obligation est incertaine.",
    bad: H([
      'poste "Soins courants"',
      '  consultation specialiste dptam 200 % BR non_dptam 180 % BR',
      'exemple "x"',
      '  acte consultation specialiste dptam prix 80 €',
    ]),
    good: H([
      'poste "Soins courants"',
      '  consultation specialiste dptam 200 % BR non_dptam 180 % BR',
      '  actes techniques dptam 200 % BR non_dptam 180 % BR',
      'exemple "x"',
      '  acte consultation specialiste dptam prix 60 €',
      '  acte actes techniques secteur 1 prix 100 €',
      '  acte consultation specialiste dptam prix 30 € quantite 3',
    ]),
    source: 'Arrêté du 2 oct. 2008 (✅) ; actes hors nomenclature ❓',
    uncertain: true,
    params: ['seuil.information_ecrite'],
  },

  // ---------------------------------------------------------------------------------------------
  // Style
  {
    code: 'GR501',
    severity: 'hint',
    category: 'style',
    fast: true,
    title: 'Montant mal formaté',
    titleEn: 'Number formatting',
    description: "Les montants s'écrivent à la française : virgule décimale, espace des milliers, espace avant % et € (`1 234,56 €`, `150 %`).",
    bad: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1000.50€ par oreille, 1 equipement tous les 4 ans']),
    good: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1 000,50 € par oreille, 1 equipement tous les 4 ans']),
  },
  {
    code: 'GR502',
    severity: 'hint',
    category: 'style',
    fast: true,
    title: "Poste hors de l'ordre UNOCAM",
    titleEn: 'Section out of the UNOCAM order',
    description: "L'engagement de lisibilité UNOCAM présente les postes dans l'ordre : Hospitalisation, Soins courants, Dentaire, Optique, Aides auditives.",
    bad: H(['poste "Optique"', '  optique classe a 100 % Santé, 1 equipement tous les 2 ans', 'poste "Hospitalisation"', '  forfait journalier 100 % FR']),
    good: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR', 'poste "Optique"', '  optique classe a 100 % Santé, 1 equipement tous les 2 ans']),
    source: 'Engagement UNOCAM du 14 février 2019 (🟡)',
  },
  {
    code: 'GR503',
    severity: 'warning',
    category: 'style',
    fast: true,
    title: 'Ligne hors de tout poste',
    titleEn: 'Line outside any section',
    description: 'Chaque ligne de garantie appartient à un poste (`poste "Soins courants"`).',
    bad: H(['consultation generaliste 100 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
  },

  // ---------------------------------------------------------------------------------------------
  // Suppression
  {
    code: 'GR901',
    severity: 'warning',
    category: 'suppression',
    fast: true,
    title: 'Suppression sans raison',
    titleEn: 'Suppression without a reason',
    description:
      "Un commentaire `# grille-ignore CODE : raison` fait taire un constat sur sa ligne (ou, seul sur sa ligne, sur la ligne suivante). La raison est obligatoire : elle reste pour le relecteur. Une suppression sans raison (ou dont la raison n'est pas séparée des codes par « : ») ne fait rien taire : le constat visé reste affiché.",
    bad: H([
      'contrat "Exemple" millesime 2026 non_responsable base ro_inclus',
      'poste "Soins courants"',
      '  consultation generaliste 90 % BR  # grille-ignore GR116',
    ]),
    good: H([
      'contrat "Exemple" millesime 2026 non_responsable base ro_inclus',
      'poste "Soins courants"',
      "  consultation generaliste 90 % BR  # grille-ignore GR116 : reprise à l'identique du contrat historique",
    ]),
  },
  {
    code: 'GR902',
    severity: 'warning',
    category: 'suppression',
    fast: true,
    title: 'Suppression inutile',
    titleEn: 'Suppression that silences nothing',
    description: 'La suppression nomme un code qui ne signale rien sur la ligne visée : retirez-la (ou retirez ce code de la liste).',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR  # grille-ignore GR116 : ancienne ligne']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
  },
  {
    code: 'GR903',
    severity: 'warning',
    category: 'suppression',
    fast: true,
    title: 'Suppression mal formée ou code inconnu',
    titleEn: 'Malformed suppression or unknown code',
    description:
      "Après `grille-ignore` viennent un ou plusieurs codes de ce catalogue (`GR116, GR117`), puis « : » et la raison. Une suppression qui ne nomme aucun code, un mot qui n'est pas un code ou un code inconnu (le message propose le plus proche) ne fait rien taire. Les constats sur les suppressions (GR901 à GR903) ne se suppriment pas.",
    bad: H([
      'contrat "Exemple" millesime 2026 non_responsable base ro_inclus',
      'poste "Soins courants"',
      '  consultation generaliste 90 % BR  # grille-ignore GR161 : reprise du contrat historique',
    ]),
    good: H([
      'contrat "Exemple" millesime 2026 non_responsable base ro_inclus',
      'poste "Soins courants"',
      '  consultation generaliste 90 % BR  # grille-ignore GR116 : reprise du contrat historique',
    ]),
  },
];

const BY_CODE = new Map<string, RuleInfo>(RULES.map((r) => [r.code, r]));

export function ruleInfo(code: string): RuleInfo | undefined {
  return BY_CODE.get(code);
}

/** Whether a code is left out of a fast analysis (`analyze(text, { slowRules: false })`). */
export function isSlow(code: string): boolean {
  return BY_CODE.get(code)?.fast === false;
}

export function severityOf(code: RuleCode): Severity {
  return BY_CODE.get(code)!.severity;
}

/** A snippet as a whole grid: the default header unless it has its own. */
export function snippetAsGrid(snippet: string): string {
  return /^\s*contrat\b/.test(snippet) ? snippet : `${DEFAULT_HEADER}\n${snippet}`;
}
